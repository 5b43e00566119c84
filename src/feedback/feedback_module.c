/* feedback_module.c: the citizen feedback module's routes, navigation, audited entities and permissions. */
#include "module.h"

#include "feedback/feedback_handlers.h"
#include "feedback/feedback_service.h"
#include "feedback/feedback_store.h"
#include "web/i18n.h"

static const struct route feedback_routes[] = {
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav feedback_nav[] = {
	{ .href = "/feedback", .label = N_("Feedback"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

static const struct audit_resolver feedback_audit[] = {
	{ "feedback", feedback_audit_may_read },
	{ .entity = NULL },
};

const struct permission feedback_perm_handle = {
	"handle_feedback", ROLE_BIT(ROLE_OFFICER) | ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER)
	                   | ROLE_BIT(ROLE_ADMIN),
};
const struct permission feedback_perm_moderate = {
	"moderate_feedback", ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER) | ROLE_BIT(ROLE_ADMIN),
};
const struct permission feedback_perm_configure = {
	"configure_feedback", ROLE_BIT(ROLE_ADMIN),
};
const struct permission feedback_perm_read = {
	"read_feedback", ROLE_BIT(ROLE_OFFICER) | ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER)
	                 | ROLE_BIT(ROLE_SUPERVISOR) | ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const feedback_permissions[] = {
	&feedback_perm_handle, &feedback_perm_moderate, &feedback_perm_configure,
	&feedback_perm_read, NULL,
};

const struct module feedback_module = {
	.name = "feedback",
	.routes = feedback_routes,
	.nav = feedback_nav,
	.audit = feedback_audit,
	.permissions = feedback_permissions,
	.storage = &feedback_storage,
};
