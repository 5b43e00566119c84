/*
 * store_shims.c: the compatibility shims of struct store_ops, forwarding to
 * the module stores, for the callers in src/api and src/web not yet moved.
 * Delete each one with its last caller.
 */
#include "store/store.h"

#include "org/org_store.h"

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
