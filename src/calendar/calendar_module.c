/* calendar_module.c: the working calendar's routes, navigation, permission and storage. */
#include "module.h"

#include "calendar/calendar_handlers.h"
#include "calendar/calendar_service.h"
#include "calendar/calendar_store.h"
#include "web/i18n.h"

static const struct route calendar_routes[] = {
	{ HTTP_GET, "/calendar", page_calendar, 0 },
	{ HTTP_POST, "/calendar/days", page_calendar_day, 0 },
	{ HTTP_POST, "/calendar/confirm", page_calendar_confirm, 0 },
	{ HTTP_GET, "/api/v1/calendar/deadline", api_calendar_deadline, 0 },
	{ HTTP_GET, "/api/v1/calendar/working-days", api_calendar_working_days, 0 },
	{ HTTP_GET, "/api/v1/calendar/years/{year}", api_calendar_year, 0 },
	{ HTTP_PATCH, "/api/v1/calendar/years/{year}", api_calendar_year_patch, 0 },
	{ HTTP_PUT, "/api/v1/calendar/days/{date}", api_calendar_day_put, 0 },
	{ HTTP_DELETE, "/api/v1/calendar/days/{date}", api_calendar_day_delete, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav calendar_nav[] = {
	{ .href = "/calendar", .label = N_("Calendar"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

static const struct audit_resolver calendar_audit[] = {
	{ "calendar_year", calendar_audit_year_may_read, N_("Calendar year") },
	{ .entity = NULL },
};

/*
 * Edit the working calendar: administrators, and only on a top-level unit
 * (calendar_may_edit asks there): the days off are the whole
 * administration's.
 */
const struct permission calendar_perm_edit = { "edit_calendar", ROLE_BIT(ROLE_ADMIN) };

static const struct permission *const calendar_permissions[] = { &calendar_perm_edit, NULL };

const struct module calendar_module = {
	.name = "calendar",
	.routes = calendar_routes,
	.nav = calendar_nav,
	.audit = calendar_audit,
	.permissions = calendar_permissions,
	.storage = &calendar_storage,
};
