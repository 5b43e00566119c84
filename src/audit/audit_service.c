/* audit_service.c: see audit_service.h. */
#include "audit/audit_service.h"

#include "audit/audit_store.h"
#include "store/store.h"

int audit_read(struct store *st, const struct audit_filter *f, struct arena *a,
               struct audit_entry **out, size_t *n)
{
	return audit_store.list(st, f, a, out, n);
}
