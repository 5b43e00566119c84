/*
 * audit_access.c: who may read a record's history.
 *
 * A history is readable only when the reader's audit permission reaches
 * every unit the record belongs to: a unit itself, a person's unit, a
 * target's owner unit, a figure's unit, an account's home unit and the unit
 * of each of its grants, an API token's owner likewise.  "Audit somewhere"
 * is not enough: a supervisor of one ward must not read the history of the
 * city administrator's account.  A record that no longer exists, or an
 * entity no module registers, belongs to no unit and is readable by
 * nobody but the system.  Each module answers for its own entities (its
 * struct module's audit resolvers, src/module.h); this file knows none.
 */
#include "audit/audit.h"
#include "module.h"

bool audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                    const char *entity, int64_t id)
{
	if (who->system)
		return true;
	const struct audit_resolver *r = modules_audit_resolver(entity);
	return r != NULL && r->may_read(st, a, who, id);
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
