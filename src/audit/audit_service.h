/*
 * audit_service.h: reading the audit trail for the handlers and pages,
 * which never call the store themselves. Who may read which entries is
 * audit_may_read()/audit_keep_readable() (audit_access.c).
 */
#ifndef DIEUHANH_AUDIT_SERVICE_H
#define DIEUHANH_AUDIT_SERVICE_H

#include "audit/audit_store.h"   /* the filters its reads take */
#include <stdbool.h>
#include <stddef.h>

#include "audit/audit.h"
#include "util/arena.h"

struct store;
struct audit_filter;

struct principal;

/*
 * May WHO list the trail by who acted (a user's history, GET
 * /api/v1/users/{id}/audit and /admin/users/{id}/history, and the links to
 * it)?  PERM_READ_AUDIT somewhere: administrators, supervisors, leaders.
 * The one answer for JSON and pages alike.
 */
bool audit_may_list(const struct principal *who);

/* The entries F selects, in A; a store_status. */
int audit_read(struct store *st, const struct audit_filter *f, struct arena *a,
               struct audit_entry **out, size_t *n);

#endif
