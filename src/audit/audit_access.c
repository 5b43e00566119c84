/*
 * audit_access.c: who may read a record's history.  The record's unit
 * decides (a unit itself, a person's unit); records that belong to no unit
 * (accounts, tokens) need the audit permission somewhere.
 */
#include <string.h>

#include "audit/audit.h"
#include "auth/auth.h"
#include "org/org_service.h"
#include "store/store.h"

bool audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                    const char *entity, int64_t id)
{
	int64_t unit = 0;
	if (strcmp(entity, "org_unit") == 0) {
		unit = id;
	} else if (strcmp(entity, "person") == 0) {
		struct org_person p;
		if (st->ops->person_get(st, id, a, &p) == STORE_OK)
			unit = p.unit_id;
	}
	if (unit == 0)
		return policy_allows_somewhere(who, PERM_READ_AUDIT);
	return org_allows(st, a, who, PERM_READ_AUDIT, unit);
}

size_t audit_keep_readable(struct store *st, struct arena *a, const struct principal *who,
                           struct audit_entry *e, size_t n)
{
	size_t kept = 0;
	for (size_t i = 0; i < n; i++)
		if (audit_may_read(st, a, who, e[i].entity, e[i].entity_id))
			e[kept++] = e[i];
	return kept;
}
