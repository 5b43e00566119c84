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
	{ HTTP_GET, "/api/v1/session", api_session_get },
	{ HTTP_POST, "/api/v1/session", api_session_create },
	{ HTTP_DELETE, "/api/v1/session", api_session_delete },
	{ HTTP_PUT, "/api/v1/session/password", api_session_password },
	{ HTTP_GET, "/api/v1/tokens", api_tokens_list },
	{ HTTP_POST, "/api/v1/tokens", api_tokens_create },
	{ HTTP_DELETE, "/api/v1/tokens/{id}", api_tokens_revoke },
	{ HTTP_GET, "/api/v1/users", api_users_list },
	{ HTTP_POST, "/api/v1/users", api_users_create },
	{ HTTP_PATCH, "/api/v1/users/{id}", api_users_update },
	{ HTTP_POST, "/api/v1/users/{id}/grants", api_users_grant },
	{ HTTP_DELETE, "/api/v1/users/{id}/grants/{grant}", api_users_revoke_grant },
	{ HTTP_GET, "/api/v1/users/{id}/audit", api_users_audit },
	{ HTTP_GET, "/api/v1/audit", api_audit_list },
	{ 0, NULL, NULL },
};
