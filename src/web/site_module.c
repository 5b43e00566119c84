/*
 * site_module.c: what belongs to no module — the home page, reader
 * preferences, the health check, the metrics and static files.
 */
#include "module.h"

#include "api/api.h"
#include "http/metrics.h"
#include "http/server.h"
#include "web/web.h"

static const struct route site_routes[] = {
	{ HTTP_GET, "/", page_home, 0 },
	{ HTTP_GET, "/prefs", prefs_set, 0 },
	{ HTTP_GET, "/healthz", api_health, 0 },
	{ HTTP_GET, "/metrics", metrics_handler, 0 },
	{ HTTP_GET, "/static/{*path}", http_static_handler, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav site_nav[] = {
	{ .href = "/", .label = N_("Home"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

const struct module site_module = {
	.name = "site",
	.routes = site_routes,
	.nav = site_nav,
};
