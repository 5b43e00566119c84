/*
 * routes.c: the one route table.  A new endpoint is one row here and one
 * handler in src/api/ (JSON) or src/web/ (HTML).
 */
#include "api/api.h"
#include "http/router.h"
#include "http/server.h"
#include "web/web.h"


const struct route routes[] = {
	/* HTML pages (src/web/). */
	{ HTTP_GET, "/", page_home },
	{ HTTP_GET, "/units", page_units },
	{ HTTP_GET, "/units/{id}", page_unit },
	{ HTTP_POST, "/units/{id}", page_unit_save },
	{ HTTP_GET, "/login", page_login },
	{ HTTP_POST, "/login", page_login_post },
	{ HTTP_POST, "/logout", page_logout },
	{ HTTP_GET, "/prefs", prefs_set },
	{ HTTP_GET, "/account", page_account },
	{ HTTP_POST, "/account/password", page_account_password },
	{ HTTP_POST, "/account/tokens", page_account_token_create },
	{ HTTP_POST, "/account/tokens/{id}/revoke", page_account_token_revoke },
	{ HTTP_GET, "/admin/users", page_admin_users },
	{ HTTP_POST, "/admin/users", page_admin_user_create },
	{ HTTP_GET, "/admin/users/{id}", page_admin_user },
	{ HTTP_POST, "/admin/users/{id}/state", page_admin_user_state },
	{ HTTP_POST, "/admin/users/{id}/password", page_admin_user_password },
	{ HTTP_POST, "/admin/users/{id}/grants", page_admin_user_grant },
	{ HTTP_POST, "/admin/users/{id}/grants/{grant}/revoke", page_admin_user_revoke },
	{ HTTP_GET, "/admin/users/{id}/history", page_user_history },
	{ HTTP_GET, "/history", page_history },
	{ HTTP_GET, "/targets", page_targets },
	{ HTTP_GET, "/targets/late", page_targets_late },
	{ HTTP_GET, "/targets/{id}", page_target },
	{ HTTP_POST, "/targets/{id}/report", page_target_report },

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
	{ HTTP_GET, "/api/v1/targets", api_targets_list },
	{ HTTP_POST, "/api/v1/targets", api_targets_create },
	{ HTTP_GET, "/api/v1/targets/late", api_targets_late },
	{ HTTP_GET, "/api/v1/targets/export.csv", api_targets_export_csv },
	{ HTTP_GET, "/api/v1/targets/export.xlsx", api_targets_export_xlsx },
	{ HTTP_POST, "/api/v1/targets/import", api_targets_import },
	{ HTTP_GET, "/api/v1/targets/{id}", api_targets_get },
	{ HTTP_PATCH, "/api/v1/targets/{id}", api_targets_update },
	{ HTTP_GET, "/api/v1/targets/{id}/measurements", api_targets_history },
	{ HTTP_POST, "/api/v1/targets/{id}/measurements", api_targets_report },
	{ HTTP_GET, "/api/v1/calendar/deadline", api_calendar_deadline },
	{ HTTP_GET, "/api/v1/calendar/working-days", api_calendar_working_days },
	{ 0, NULL, NULL },
};

/*
 * Bodies are capped at 1 MiB (http_config.body_limit) whatever their
 * framing; a handler that needs more says so here.  Spreadsheets of a
 * city's targets run to a few MiB.
 */
const struct route_body_limit route_body_limits[] = {
	{ api_targets_import, 8 * 1024 * 1024 },   /* 100,000 CSV rows fit (2.5–4 MB) */
	{ NULL, 0 },
};
