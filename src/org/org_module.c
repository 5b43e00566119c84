/* org_module.c: the organisation module's routes, navigation and audited entities. */
#include "module.h"
#include "org/org_store.h"

#include "org/org_handlers.h"
#include "org/org_service.h"
#include "web/i18n.h"

static const struct route org_routes[] = {
	{ HTTP_GET, "/units", page_units, 0 },
	{ HTTP_GET, "/units/{id}", page_unit, 0 },
	{ HTTP_POST, "/units/{id}", page_unit_save, 0 },
	{ HTTP_GET, "/api/v1/units", api_units_list, 0 },
	{ HTTP_POST, "/api/v1/units", api_units_create, 0 },
	{ HTTP_GET, "/api/v1/units/{id}", api_units_get, 0 },
	{ HTTP_PATCH, "/api/v1/units/{id}", api_units_update, 0 },
	{ HTTP_GET, "/api/v1/units/{id}/tree", api_units_tree, 0 },
	{ HTTP_GET, "/api/v1/people", api_people_list, 0 },
	{ HTTP_POST, "/api/v1/people", api_people_create, 0 },
	{ HTTP_GET, "/api/v1/people/{id}", api_people_get, 0 },
	{ HTTP_PATCH, "/api/v1/people/{id}", api_people_update, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav org_nav[] = {
	{ .href = "/units", .label = N_("Organisation"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

static const struct audit_resolver org_audit[] = {
	{ "org_unit", org_audit_unit_may_read },
	{ "person", org_audit_person_may_read },
	{ .entity = NULL },
};

const struct permission org_perm_read_internal = {
	"read_internal", ROLE_BIT(ROLE_OFFICER) | ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER)
	                 | ROLE_BIT(ROLE_SUPERVISOR) | ROLE_BIT(ROLE_ADMIN),
};
const struct permission org_perm_manage_unit = {
	"manage_unit", ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const org_permissions[] = { &org_perm_read_internal, &org_perm_manage_unit, NULL };

const struct module org_module = {
	.name = "org",
	.routes = org_routes,
	.nav = org_nav,
	.audit = org_audit,
	.permissions = org_permissions,
	.storage = &org_storage,
};
