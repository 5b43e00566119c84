/* org_module.c: the organisation module's routes, navigation and audited entities. */
#include "module.h"

#include <string.h>
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

static const char *unit_name(struct store *st, struct arena *a, int64_t id)
{
	struct org_unit u;
	return org_unit_get(st, id, a, &u) == STORE_OK ? u.name : NULL;
}

static const char *person_name(struct store *st, struct arena *a, int64_t id)
{
	struct org_person p;
	if (org_person_get(st, id, a, &p) != STORE_OK)
		return NULL;
	return p.title && *p.title ? arena_printf(a, "%s (%s)", p.full_name, p.title) : p.full_name;
}

static const struct audit_resolver org_audit[] = {
	{ "org_unit", org_audit_unit_may_read, N_("Unit") },
	{ "person", org_audit_person_may_read, N_("Person") },
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

static const char *org_audit_name(struct store *st, struct arena *a, const char *entity, int64_t id)
{
	if (strcmp(entity, "org_unit") == 0)
		return unit_name(st, a, id);
	if (strcmp(entity, "person") == 0)
		return person_name(st, a, id);
	return NULL;
}

const struct module org_module = {
	.audit_name = org_audit_name,
	.name = "org",
	.routes = org_routes,
	.nav = org_nav,
	.audit = org_audit,
	.permissions = org_permissions,
	.storage = &org_storage,
};
