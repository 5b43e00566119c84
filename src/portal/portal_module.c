/* portal_module.c: the public portal's routes (search, feeds, sitemap, transparency). */
#include "module.h"

#include "portal/portal_handlers.h"
#include "web/i18n.h"

static const struct route portal_routes[] = {
	{ HTTP_GET, "/search", page_search, 0 },
	{ HTTP_GET, "/feeds/{file}", portal_feed, 0 },
	{ HTTP_GET, "/sitemap.xml", portal_sitemap, 0 },
	{ HTTP_GET, "/transparency", page_transparency, 0 },
	{ HTTP_GET, "/transparency/{id}", page_transparency_unit, 0 },
	{ HTTP_GET, "/transparency/{id}/targets.xlsx", portal_transparency_xlsx, 0 },
	{ HTTP_GET, "/transparency/{id}/dossiers.xlsx", portal_transparency_dossiers_xlsx, 0 },
	{ HTTP_GET, "/transparency/{id}/tasks.xlsx", portal_transparency_tasks_xlsx, 0 },
	{ HTTP_GET, "/transparency/{id}/feedback.xlsx", portal_transparency_feedback_xlsx, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav portal_nav[] = {
	{ .href = "/transparency", .label = N_("Transparency"), .show = NAV_SHOW_ALWAYS },
	{ .href = "/search", .label = N_("Search"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

const struct module portal_module = {
	.name = "portal",
	.routes = portal_routes,
	.nav = portal_nav,
};
