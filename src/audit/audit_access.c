/*
 * audit_access.c: who may read a record's history.
 *
 * A history is readable only when the reader's audit permission reaches
 * every unit the record belongs to: a unit itself, a person's unit, a
 * target's owner unit, a figure's unit, an account's home unit and the unit
 * of each of its grants, an API token's owner likewise.  "Audit somewhere"
 * is not enough: a supervisor of one ward must not read the history of the
 * city administrator's account.  A record that no longer exists, or an
 * entity this file does not know, belongs to no unit and is readable by
 * nobody but the system.
 */
#include <string.h>

#include "org/org_store.h"
#include "target/target_store.h"
#include "auth/auth_store.h"
#include "audit/audit.h"
#include "auth/account_service.h"
#include "auth/auth.h"
#include "org/org_service.h"
#include "store/store.h"

/* The unit of a record that belongs to one unit; 0 when unknown. */
static int64_t record_unit(struct store *st, struct arena *a, const char *entity, int64_t id)
{
	if (strcmp(entity, "org_unit") == 0) {
		struct org_unit u;
		return org_store.unit_get(st, id, a, &u) == STORE_OK ? id : 0;
	}
	if (strcmp(entity, "person") == 0) {
		struct org_person p;
		return org_store.person_get(st, id, a, &p) == STORE_OK ? p.unit_id : 0;
	}
	if (strcmp(entity, "target") == 0) {
		struct target t;
		return target_store.target_get(st, id, a, &t) == STORE_OK ? t.owner_unit_id : 0;
	}
	if (strcmp(entity, "measurement") == 0) {
		struct measurement m;
		return target_store.measurement_get(st, id, a, &m) == STORE_OK ? m.unit_id : 0;
	}
	return 0;
}

/* Every unit of account ID (home and grants) within WHO's audit reach. */
static bool account_readable(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id)
{
	struct unit_path *paths;
	size_t n;
	return account_unit_paths(st, a, id, &paths, &n) == STORE_OK
	    && policy_allows_every(who, PERM_READ_AUDIT, paths, n);
}

bool audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                    const char *entity, int64_t id)
{
	if (who->system)
		return true;
	if (strcmp(entity, "user") == 0)
		return account_readable(st, a, who, id);
	if (strcmp(entity, "api_token") == 0) {
		struct api_token t;
		return auth_store.token_get_by_id(st, id, a, &t) == STORE_OK
		    && account_readable(st, a, who, t.user_id);
	}
	int64_t unit = record_unit(st, a, entity, id);
	return unit != 0 && org_allows(st, a, who, PERM_READ_AUDIT, unit);
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
