/* feedback_module.c: the citizen feedback module's routes, navigation, audited entities and permissions. */
#include "module.h"

#include "feedback/feedback_handlers.h"
#include "feedback/feedback_pages.h"
#include "feedback/feedback_service.h"
#include "feedback/feedback_store.h"
#include "web/i18n.h"

/* Three photos of 5 MB and the text: the form's body may need 16 MiB. */
enum { FORM_WITH_PHOTOS = 16 * 1024 * 1024 };

static const struct route feedback_routes[] = {
	{ HTTP_GET, "/feedback", page_feedback_list, 0 },
	{ HTTP_GET, "/feedback/new", page_feedback_new, 0 },
	{ HTTP_POST, "/feedback/new", page_feedback_new_post, FORM_WITH_PHOTOS },
	{ HTTP_GET, "/feedback/track", page_feedback_track, 0 },
	{ HTTP_POST, "/feedback/track", page_feedback_track_post, 0 },
	{ HTTP_POST, "/feedback/track/info", page_feedback_track_info, 0 },
	{ HTTP_POST, "/feedback/track/reopen", page_feedback_track_reopen, 0 },
	{ HTTP_GET, "/feedback/queue", page_feedback_queue, 0 },
	{ HTTP_GET, "/feedback/metrics", page_feedback_metrics, 0 },
	{ HTTP_GET, "/feedback/metrics.xlsx", page_feedback_metrics_xlsx, 0 },
	{ HTTP_GET, "/feedback/rules", page_feedback_rules, 0 },
	{ HTTP_POST, "/feedback/rules", page_feedback_rules_post, 0 },
	{ HTTP_POST, "/feedback/rules/{id}/delete", page_feedback_rule_delete, 0 },
	{ HTTP_GET, "/feedback/photos/{id}", page_feedback_photo, 0 },
	{ HTTP_GET, "/feedback/{id}", page_feedback_view, 0 },
	{ HTTP_GET, "/feedback/{id}/handle", page_feedback_handle, 0 },
	{ HTTP_POST, "/feedback/{id}/act", page_feedback_act, 0 },
	{ HTTP_POST, "/feedback/{id}/moderate", page_feedback_moderate, 0 },
	{ HTTP_GET, "/open311/keys", page_open311_keys, 0 },
	{ HTTP_POST, "/open311/keys", page_open311_keys_post, 0 },
	{ HTTP_POST, "/open311/keys/{id}/revoke", page_open311_key_revoke, 0 },
	/* The router matches whole segments: "requests.json" is split by the handlers. */
	{ HTTP_GET, "/open311/v2/{doc}", open311_document, 0 },
	{ HTTP_POST, "/open311/v2/{doc}", open311_requests_post, 0 },
	{ HTTP_GET, "/open311/v2/services/{file}", open311_service, 0 },
	{ HTTP_GET, "/open311/v2/requests/{file}", open311_request, 0 },
	{ HTTP_GET, "/open311/v2/tokens/{file}", open311_token, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav feedback_nav[] = {
	{ .href = "/feedback", .label = N_("Feedback"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

static const struct audit_resolver feedback_audit[] = {
	{ "feedback", feedback_audit_may_read, N_("Feedback") },
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
	.home = fbpage_home,
	.unit_page = fbpage_unit_section,
	.behind = fbpage_behind,
};
