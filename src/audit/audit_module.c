/* audit_module.c: the audit trail's routes (its entities belong to the other modules). */
#include "module.h"
#include "audit/audit_store.h"

#include "audit/audit.h"
#include "audit/audit_handlers.h"

static const struct route audit_routes[] = {
	{ HTTP_GET, "/admin/users/{id}/history", page_user_history, 0 },
	{ HTTP_GET, "/history", page_history, 0 },
	{ HTTP_GET, "/api/v1/users/{id}/audit", api_users_audit, 0 },
	{ HTTP_GET, "/api/v1/audit", api_audit_list, 0 },
	{ 0, NULL, NULL, 0 },
};

const struct permission audit_perm_read_audit = {
	"read_audit", ROLE_BIT(ROLE_LEADER) | ROLE_BIT(ROLE_SUPERVISOR) | ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const audit_permissions[] = { &audit_perm_read_audit, NULL };

const struct module audit_module = {
	.name = "audit",
	.routes = audit_routes,
	.permissions = audit_permissions,
	.storage = &audit_storage,
};
