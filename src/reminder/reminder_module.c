/* reminder_module.c: the reminders' routes, navigation, audited entities and storage. */
#include "module.h"

#include "reminder/reminder_handlers.h"
#include "reminder/reminder_service.h"
#include "reminder/reminder_store.h"
#include "web/i18n.h"

static const struct route reminder_routes[] = {
	{ HTTP_GET, "/inbox", page_inbox, 0 },
	{ HTTP_POST, "/inbox/feeds", page_inbox_feed_create, 0 },
	{ HTTP_POST, "/inbox/feeds/{id}/revoke", page_inbox_feed_revoke, 0 },
	{ HTTP_GET, "/ical/{token}", ical_feed, 0 },
	{ HTTP_GET, "/api/v1/reminders/inbox", api_reminders_inbox, 0 },
	{ HTTP_GET, "/api/v1/reminders/feeds", api_reminders_feeds, 0 },
	{ HTTP_POST, "/api/v1/reminders/feeds", api_reminders_feed_create, 0 },
	{ HTTP_DELETE, "/api/v1/reminders/feeds/{id}", api_reminders_feed_revoke, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav reminder_nav[] = {
	{ .href = "/inbox", .label = N_("Reminders"), .show = NAV_SHOW_SIGNED_IN },
	{ .href = NULL },
};

static const struct audit_resolver reminder_audit[] = {
	{ "reminder_feed", reminder_audit_may_read, N_("Calendar feed") },
	{ "reminder_run", reminder_audit_may_read, N_("Daily reminders") },
	{ .entity = NULL },
};

const struct module reminder_module = {
	.name = "reminder",
	.routes = reminder_routes,
	.nav = reminder_nav,
	.audit = reminder_audit,
	.storage = &reminder_storage,
};
