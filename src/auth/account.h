/*
 * account.h: the records of accounts, role grants, sessions and API tokens.
 *
 * Secrets never reach storage in the clear: session and API tokens are
 * stored as their SHA-256, passwords as argon2id strings.
 */
#ifndef DIEUHANH_ACCOUNT_H
#define DIEUHANH_ACCOUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum role {
	ROLE_OFFICER = 0,
	ROLE_UNIT_HEAD,
	ROLE_LEADER,
	ROLE_SUPERVISOR,
	ROLE_ADMIN,
	ROLE_COUNT
};

/* "officer", "unit_head", "leader", "supervisor", "admin". */
const char *role_name(enum role r);
/* -1 when S names no role. */
int role_parse(const char *s);

struct account {
	int64_t id;
	const char *login;
	const char *display_name;
	int64_t person_id;         /* 0: not linked */
	int64_t home_unit_id;      /* the unit the account belongs to; decides who manages it */
	const char *password_hash; /* argon2id string */
	bool disabled;
	int64_t created_at;        /* unix seconds */
};

struct role_grant {
	int64_t id;
	int64_t user_id;
	enum role role;
	int64_t unit_id;
};

enum { TOKEN_HASH_LEN = 32 };

struct session {
	unsigned char token_hash[TOKEN_HASH_LEN];
	int64_t user_id;
	const char *csrf;          /* per-session form token */
	int64_t created_at;
	int64_t last_seen;
	int64_t expires_at;
};

struct api_token {
	int64_t id;
	unsigned char token_hash[TOKEN_HASH_LEN];
	int64_t user_id;
	const char *name;
	int64_t created_at;
	int64_t last_used;         /* 0: never */
	int64_t revoked_at;        /* 0: live */
};

#endif
