/* target_module.c: the targets module's routes, navigation and audited entities. */
#include "module.h"

#include <string.h>
#include "target/target_store.h"

#include "target/target_handlers.h"
#include "target/target_pages.h"
#include "target/target_service.h"
#include "web/i18n.h"

static const struct route target_routes[] = {
	{ HTTP_GET, "/targets", page_targets, 0 },
	{ HTTP_GET, "/targets/late", page_targets_late, 0 },
	{ HTTP_GET, "/targets/{id}", page_target, 0 },
	{ HTTP_POST, "/targets/{id}/report", page_target_report, 0 },
	{ HTTP_GET, "/api/v1/targets", api_targets_list, 0 },
	{ HTTP_POST, "/api/v1/targets", api_targets_create, 0 },
	{ HTTP_GET, "/api/v1/targets/late", api_targets_late, 0 },
	{ HTTP_GET, "/api/v1/targets/export.csv", api_targets_export_csv, 0 },
	{ HTTP_GET, "/api/v1/targets/export.xlsx", api_targets_export_xlsx, 0 },
	/* Spreadsheets of a city's targets run to a few MiB; bodies are 1 MiB elsewhere. */
	{ HTTP_POST, "/api/v1/targets/import", api_targets_import, 8 * 1024 * 1024 },  /* 100,000 CSV rows fit */
	{ HTTP_GET, "/api/v1/targets/{id}", api_targets_get, 0 },
	{ HTTP_PATCH, "/api/v1/targets/{id}", api_targets_update, 0 },
	{ HTTP_GET, "/api/v1/targets/{id}/measurements", api_targets_history, 0 },
	{ HTTP_POST, "/api/v1/targets/{id}/measurements", api_targets_report, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav target_nav[] = {
	{ .href = "/targets", .label = N_("Targets"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

static const struct audit_resolver target_audit[] = {
	{ "target", target_audit_target_may_read, N_("Target") },
	{ "measurement", target_audit_measurement_may_read, N_("Figure") },
	{ .entity = NULL },
};

const struct permission target_perm_set_targets = {
	"set_targets", ROLE_BIT(ROLE_LEADER) | ROLE_BIT(ROLE_ADMIN),
};
const struct permission target_perm_report = {
	"report", ROLE_BIT(ROLE_OFFICER) | ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER)
	          | ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const target_permissions[] = { &target_perm_set_targets, &target_perm_report, NULL };

static const char *target_audit_name(struct store *st, struct arena *a, const char *entity, int64_t id)
{
	if (strcmp(entity, "target") == 0)
		return target_audit_target_name(st, a, id);
	if (strcmp(entity, "measurement") == 0)
		return target_audit_measurement_name(st, a, id);
	return NULL;
}

const struct module target_module = {
	.audit_name = target_audit_name,
	.name = "target",
	.routes = target_routes,
	.nav = target_nav,
	.audit = target_audit,
	.permissions = target_permissions,
	.storage = &target_storage,
	.home = tpage_home,
	.unit_page = tpage_unit_section,
};
