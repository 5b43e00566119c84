/*
 * account_service.h: managing accounts and role grants.
 *
 * Every change is authorised by the policy (policy_may_manage_account():
 * the account's home unit and every grant must lie in the administrator's
 * reach), written and audited in one transaction (the audit records never
 * hold password hashes).  Changing or resetting a password and disabling an
 * account end the account's sessions and revoke its API tokens at once: all
 * of them were obtained with the old credential.  Creating an
 * account and setting a password hash with argon2id: call those off the
 * HTTP threads.
 */
#ifndef DIEUHANH_ACCOUNT_SERVICE_H
#define DIEUHANH_ACCOUNT_SERVICE_H

#include "auth/auth_store.h"   /* the filters its reads take */
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
	int64_t home_unit_id;/* the unit the account belongs to; 0: unit_id */
};

enum org_result account_create(struct store *st, struct arena *a, const struct principal *who,
                               const struct account_input *in, struct account *out,
                               struct org_error *err);
enum org_result account_set_disabled(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id, bool disabled,
                                     struct org_error *err);
/*
 * Sets the password of account ID.  CURRENT is required when users change
 * their own password, NULL for an administrator's reset.  Every session of
 * the account ends and every API token is revoked, except (own change only)
 * the session whose token hash is KEEP_SESSION (NULL: none), the one making
 * the change.
 */
enum org_result account_set_password(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id,
                                     const char *current, const char *password,
                                     const unsigned char *keep_session,
                                     struct org_error *err);
enum org_result account_grant(struct store *st, struct arena *a, const struct principal *who,
                              int64_t user_id, enum role role, int64_t unit_id,
                              struct role_grant *out, struct org_error *err);
enum org_result account_revoke(struct store *st, struct arena *a, const struct principal *who,
                               int64_t user_id, int64_t grant_id, struct org_error *err);

/*
 * May WHO list accounts at all (GET /api/v1/users, /admin/users and the
 * menu entry to it)?  PERM_MANAGE_ACCOUNTS somewhere; the list then keeps
 * only the accounts account_may_manage() allows.
 */
bool account_may_list(const struct principal *who);

/*
 * May WHO manage account ID: MANAGE_ACCOUNTS on its home unit and on the
 * unit of each of its grants (policy_may_manage_account())?
 */
enum org_result account_may_manage(struct store *st, struct arena *a,
                                   const struct principal *who, int64_t id);

/* The paths of the home unit and of each grant's unit of account ID (in A). */
int account_unit_paths(struct store *st, struct arena *a, int64_t id,
                       struct unit_path **out, size_t *n);

/* The account as JSON, with its grants; never the password hash. */
json_t *account_json(const struct account *acc, const struct role_grant *grants, size_t n);

/*
 * Who may read the history of an account, or of an API token (its owner's):
 * the audit permission on every unit of the account, its home unit and each
 * grant's. Registered in auth_module.c.
 */
bool account_audit_user_may_read(struct store *st, struct arena *a,
                                 const struct principal *who, int64_t id);
bool account_audit_token_may_read(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t id);

/*
 * Reads for the handlers and pages, which never call the store themselves:
 * the store's answer (a store_status), results in A.  Public records, or
 * records the caller has already checked the reader may see.
 */
int account_get(struct store *st, int64_t id, struct arena *a, struct account *out);
int account_list(struct store *st, struct arena *a, struct account **out, size_t *n);
int account_grant_list(struct store *st, int64_t user_id, struct arena *a,
                       struct role_grant **out, size_t *n);
int account_token_list(struct store *st, int64_t user_id, struct arena *a,
                       struct api_token **out, size_t *n);

/*
 * The units on which P may grant roles, each once: the subtrees of the units
 * where one of P's grants carries PERM_MANAGE_ACCOUNTS. In A.
 */
void account_managed_units(struct store *st, struct arena *a, const struct principal *p,
                           struct org_unit **out, size_t *nout);

#endif
