/*
 * store_shims.c: the compatibility shims of struct store_ops, forwarding to
 * the module stores, for the callers in src/api and src/web not yet moved.
 * Delete each one with its last caller.
 */
#include "store/store.h"

#include "audit/audit_store.h"
#include "auth/auth_store.h"
#include "org/org_store.h"
#include "target/target_store.h"

enum store_status store_shim_unit_get(struct store *st, int64_t id, struct arena *a,
                                      struct org_unit *out)
{
	return org_store.unit_get(st, id, a, out);
}

enum store_status store_shim_unit_list(struct store *st, const struct unit_filter *f,
                                       struct arena *a, struct org_unit **out, size_t *n)
{
	return org_store.unit_list(st, f, a, out, n);
}

enum store_status store_shim_unit_subtree(struct store *st, int64_t root, struct arena *a,
                                          struct org_unit **out, size_t *n)
{
	return org_store.unit_subtree(st, root, a, out, n);
}

enum store_status store_shim_unit_revision(struct store *st, int64_t *rev)
{
	return org_store.unit_revision(st, rev);
}

enum store_status store_shim_person_get(struct store *st, int64_t id, struct arena *a,
                                        struct org_person *out)
{
	return org_store.person_get(st, id, a, out);
}

enum store_status store_shim_person_list(struct store *st, const struct person_filter *f,
                                         struct arena *a, struct org_person **out, size_t *n)
{
	return org_store.person_list(st, f, a, out, n);
}

enum store_status store_shim_account_get(struct store *st, int64_t id, struct arena *a,
                                         struct account *out)
{
	return auth_store.account_get(st, id, a, out);
}

enum store_status store_shim_account_list(struct store *st, struct arena *a,
                                          struct account **out, size_t *n)
{
	return auth_store.account_list(st, a, out, n);
}

enum store_status store_shim_grant_list(struct store *st, int64_t user_id, struct arena *a,
                                        struct role_grant **out, size_t *n)
{
	return auth_store.grant_list(st, user_id, a, out, n);
}

enum store_status store_shim_token_list(struct store *st, int64_t user_id, struct arena *a,
                                        struct api_token **out, size_t *n)
{
	return auth_store.token_list(st, user_id, a, out, n);
}

enum store_status store_shim_audit_list(struct store *st, const struct audit_filter *f,
                                        struct arena *a, struct audit_entry **out, size_t *n)
{
	return audit_store.list(st, f, a, out, n);
}

enum store_status store_shim_target_get(struct store *st, int64_t id, struct arena *a,
                                        struct target *out)
{
	return target_store.target_get(st, id, a, out);
}

enum store_status store_shim_target_revision(struct store *st, int64_t *rev)
{
	return target_store.target_revision(st, rev);
}

enum store_status store_shim_measurement_current(struct store *st,
                                                 const struct measurement_filter *f,
                                                 struct arena *a, struct measurement **out,
                                                 size_t *n)
{
	return target_store.measurement_current(st, f, a, out, n);
}

enum store_status store_shim_measurement_history(struct store *st, int64_t target_id,
                                                 int64_t unit_id, struct arena *a,
                                                 struct measurement **out, size_t *n)
{
	return target_store.measurement_history(st, target_id, unit_id, a, out, n);
}
