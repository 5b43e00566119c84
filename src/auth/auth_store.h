/*
 * auth_store.h: the auth module's storage: accounts, role grants,
 * sessions, API tokens and the sign-in throttle.
 *
 * One const table of functions, implemented once in auth_store.c over the
 * engine layer (store/db.h) with the statements of auth_sql.h.
 */
#ifndef DIEUHANH_AUTH_STORE_H
#define DIEUHANH_AUTH_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "auth/account.h"
#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;

struct auth_store {
	/* Accounts.  Lists are ordered by login (bytes), then id. */
	enum store_status (*account_get)(struct store *st, int64_t id,
	                                 struct arena *a, struct account *out);
	enum store_status (*account_get_by_login)(struct store *st, const char *login,
	                                          struct arena *a, struct account *out);
	enum store_status (*account_list)(struct store *st, struct arena *a,
	                                  struct account **out, size_t *n);
	/* Sets A->id, and A->created_at (now) when 0.  STORE_CONFLICT on a duplicate login. */
	enum store_status (*account_insert)(struct store *st, struct account *acc);
	/* Writes display_name, person_id, home_unit_id, password_hash, disabled of row acc->id. */
	enum store_status (*account_update)(struct store *st, const struct account *acc);

	/*
	 * Role grants of one user, ordered by id.  A role this program does
	 * not know reads as ROLE_COUNT (it grants nothing) and is logged.
	 */
	enum store_status (*grant_list)(struct store *st, int64_t user_id,
	                                struct arena *a, struct role_grant **out, size_t *n);
	/* Sets G->id.  STORE_CONFLICT when the same grant exists. */
	enum store_status (*grant_insert)(struct store *st, struct role_grant *g);
	enum store_status (*grant_delete)(struct store *st, int64_t id);

	/* Sessions, found by the SHA-256 of their token. */
	enum store_status (*session_insert)(struct store *st, const struct session *s);
	enum store_status (*session_get)(struct store *st, const unsigned char *token_hash,
	                                 struct arena *a, struct session *out);
	/*
	 * The session of TOKEN_HASH with its account and the account's grants
	 * (as grant_list gives them), in one statement: what every signed-in
	 * request reads (three round trips to PostgreSQL were most of a cached
	 * read's time).  STORE_NOT_FOUND when there is no such session.
	 */
	enum store_status (*session_principal)(struct store *st, const unsigned char *token_hash,
	                                       struct arena *a, struct session *se,
	                                       struct account *acc, struct role_grant **grants,
	                                       size_t *ngrants);
	/*
	 * Outside a transaction; on SQLite it queues with this process's
	 * other writers (as every write outside a transaction does) instead
	 * of polling the busy timeout.
	 */
	enum store_status (*session_touch)(struct store *st, const unsigned char *token_hash,
	                                   int64_t now);
	enum store_status (*session_delete)(struct store *st, const unsigned char *token_hash);
	/* Every session of USER_ID but the one whose hash is KEEP (NULL: none kept). */
	enum store_status (*session_delete_for_user)(struct store *st, int64_t user_id,
	                                             const unsigned char *keep);
	/* Deletes sessions whose expires_at is before NOW. */
	enum store_status (*session_purge)(struct store *st, int64_t now);

	/* API tokens.  Sets T->id; last_used and revoked_at are stored too (0: NULL). */
	enum store_status (*token_insert)(struct store *st, struct api_token *t);
	enum store_status (*token_get)(struct store *st, const unsigned char *token_hash,
	                               struct arena *a, struct api_token *out);
	enum store_status (*token_get_by_id)(struct store *st, int64_t id, struct arena *a,
	                                     struct api_token *out);
	/* A user's tokens, newest first, revoked ones included. */
	enum store_status (*token_list)(struct store *st, int64_t user_id,
	                                struct arena *a, struct api_token **out, size_t *n);
	/* Sets revoked_at = NOW on token ID of USER_ID; STORE_NOT_FOUND otherwise. */
	enum store_status (*token_revoke)(struct store *st, int64_t id, int64_t user_id,
	                                  int64_t now);
	enum store_status (*token_touch)(struct store *st, int64_t id, int64_t now);
	/* Sets revoked_at = NOW on every live token of USER_ID. */
	enum store_status (*token_revoke_for_user)(struct store *st, int64_t user_id, int64_t now);

	/* Failed sign-in counters, by key ("pair:LOGIN@IP", "addr:IP"). */
	enum store_status (*throttle_get)(struct store *st, const char *key,
	                                  int *failures, int64_t *window_start);
	/*
	 * Counts one attempt against KEY, atomically: a window older than
	 * WINDOW_S seconds starts again at NOW.  *BEFORE gets the count before
	 * this attempt.
	 */
	enum store_status (*throttle_count)(struct store *st, const char *key, int64_t now,
	                                    int64_t window_s, int *before);
	/* Gives one attempt back (never below zero). */
	enum store_status (*throttle_uncount)(struct store *st, const char *key);
	enum store_status (*throttle_clear)(struct store *st, const char *key);
};

extern const struct auth_store auth_store;

/* The module's statements (for the prepare-everything test). */
extern const struct db_sql_list auth_sql;
extern const struct store_module auth_storage;

#endif
