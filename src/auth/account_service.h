/*
 * account_service.h: managing accounts and role grants.
 *
 * Every change is authorised by policy_allows(), written and audited in one
 * transaction (the audit records never hold password hashes).  Disabling an
 * account or resetting its password ends its sessions at once.  Creating an
 * account and setting a password hash with argon2id: call those off the
 * HTTP threads.
 */
#ifndef DIEUHANH_ACCOUNT_SERVICE_H
#define DIEUHANH_ACCOUNT_SERVICE_H

#include <jansson.h>

#include "auth/auth.h"
#include "org/org_service.h"

struct account_input {
	const char *login;
	const char *display_name;
	const char *password;
	int64_t person_id;   /* 0: none */
	int role;            /* -1: no first grant */
	int64_t unit_id;     /* unit of the first grant */
};

enum org_result account_create(struct store *st, struct arena *a, const struct principal *who,
                               const struct account_input *in, struct account *out,
                               struct org_error *err);
enum org_result account_set_disabled(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id, bool disabled,
                                     struct org_error *err);
/*
 * Sets the password of account ID.  CURRENT is required when users change
 * their own password, NULL for an administrator's reset.
 */
enum org_result account_set_password(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id,
                                     const char *current, const char *password,
                                     struct org_error *err);
enum org_result account_grant(struct store *st, struct arena *a, const struct principal *who,
                              int64_t user_id, enum role role, int64_t unit_id,
                              struct role_grant *out, struct org_error *err);
enum org_result account_revoke(struct store *st, struct arena *a, const struct principal *who,
                               int64_t user_id, int64_t grant_id, struct org_error *err);

/* May WHO manage account ID (MANAGE_ACCOUNTS on the unit of each of its grants)? */
enum org_result account_may_manage(struct store *st, struct arena *a,
                                   const struct principal *who, int64_t id);

/* The account as JSON, with its grants; never the password hash. */
json_t *account_json(const struct account *acc, const struct role_grant *grants, size_t n);

#endif
