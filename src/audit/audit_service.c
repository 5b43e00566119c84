/* audit_service.c: see audit_service.h. */
#include "audit/audit_service.h"

#include "audit/audit_store.h"
#include "auth/auth.h"
#include "store/store.h"

bool audit_may_list(const struct principal *who)
{
	return policy_allows_somewhere(who, PERM_READ_AUDIT);
}

int audit_read(struct store *st, const struct audit_filter *f, struct arena *a,
               struct audit_entry **out, size_t *n)
{
	return audit_store.list(st, f, a, out, n);
}
