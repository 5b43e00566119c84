/* reception_module.c: citizen reception and dialogue sessions — routes, navigation, audited entities, permission. */
#include "module.h"

#include "reception/reception_handlers.h"
#include "reception/reception_service.h"
#include "reception/reception_store.h"
#include "web/i18n.h"

static const struct route reception_routes[] = {
	{ HTTP_GET, "/reception", page_reception_list, 0 },
	{ HTTP_POST, "/reception", page_reception_add, 0 },
	{ HTTP_GET, "/reception/{id}", page_reception_session, 0 },
	{ HTTP_POST, "/reception/{id}/questions", page_reception_question_add, 0 },
	{ HTTP_GET, "/reception/{id}/register", page_reception_register, 0 },
	{ HTTP_POST, "/reception/{id}/record", page_reception_record, 0 },
	{ HTTP_POST, "/reception/{id}/commitments", page_reception_commitment_add, 0 },
	{ HTTP_POST, "/reception/{id}/questions/{qid}/answer", page_reception_question_answer, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav reception_nav[] = {
	{ .href = "/reception", .label = N_("Citizen reception"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

static const struct audit_resolver reception_audit[] = {
	{ "reception_session", reception_audit_may_read, N_("Reception session") },
	{ .entity = NULL },
};

const struct permission reception_perm_manage = {
	"manage_reception", ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER) | ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const reception_permissions[] = { &reception_perm_manage, NULL };

const struct module reception_module = {
	.name = "reception",
	.routes = reception_routes,
	.nav = reception_nav,
	.audit = reception_audit,
	.permissions = reception_permissions,
	.storage = &reception_storage,
	.home = rcpage_home,
};
