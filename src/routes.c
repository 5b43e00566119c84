/*
 * routes.c: the one route table.  A new endpoint is one row here and one
 * handler in src/api/ (JSON) or src/web/ (HTML).
 */
#include "api/api.h"
#include "http/router.h"
#include "http/server.h"
#include "web/web.h"

const struct route routes[] = {
	{ HTTP_GET, "/", page_home },
	{ HTTP_GET, "/units/{id}", page_unit },
	{ HTTP_GET, "/healthz", api_health },
	{ HTTP_GET, "/static/{*path}", http_static_handler },

	{ HTTP_GET, "/api/v1/units", api_units_list },
	{ HTTP_POST, "/api/v1/units", api_units_create },
	{ HTTP_GET, "/api/v1/units/{id}", api_units_get },
	{ HTTP_PATCH, "/api/v1/units/{id}", api_units_update },
	{ HTTP_GET, "/api/v1/units/{id}/tree", api_units_tree },
	{ HTTP_GET, "/api/v1/people", api_people_list },
	{ HTTP_POST, "/api/v1/people", api_people_create },
	{ HTTP_GET, "/api/v1/people/{id}", api_people_get },
	{ HTTP_PATCH, "/api/v1/people/{id}", api_people_update },
	{ 0, NULL, NULL },
};
