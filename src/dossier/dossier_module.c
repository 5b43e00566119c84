/* dossier_module.c: the one-stop shop's routes, navigation, audited entities and permissions. */
#include "module.h"

#include "dossier/dossier_handlers.h"
#include "dossier/dossier_service.h"
#include "dossier/dossier_store.h"
#include "web/i18n.h"

/* Literal paths before the {code} ones: the first match wins. */
static const struct route dossier_routes[] = {
	{ HTTP_GET, "/procedures", page_procedures, 0 },
	{ HTTP_GET, "/procedures/{code}", page_procedure, 0 },
	{ HTTP_GET, "/dossiers", page_dossiers, 0 },
	{ HTTP_POST, "/dossiers", page_dossier_create, 0 },
	{ HTTP_GET, "/dossiers/new", page_dossier_new, 0 },
	{ HTTP_GET, "/dossiers/report", page_dossier_report, 0 },
	{ HTTP_GET, "/dossiers/nonconformities", page_nonconformities, 0 },
	{ HTTP_GET, "/dossiers/review", page_dossier_review, 0 },
	{ HTTP_GET, "/dossiers/audits", page_iso_audits, 0 },
	{ HTTP_POST, "/dossiers/audits", page_iso_audit_create, 0 },
	{ HTTP_GET, "/dossiers/audits/new", page_iso_audit_new, 0 },
	{ HTTP_GET, "/dossiers/audits/{id}", page_iso_audit, 0 },
	{ HTTP_GET, "/dossiers/units/{id}", page_dossier_unit, 0 },
	{ HTTP_POST, "/dossiers/nonconformities/{id}", page_nonconformity_update, 0 },
	{ HTTP_GET, "/dossiers/{code}", page_dossier, 0 },
	{ HTTP_POST, "/dossiers/{code}/events", page_dossier_act, 0 },
	{ HTTP_GET, "/dossiers/{code}/forms/{form}", page_dossier_form, 0 },
	{ HTTP_GET, "/lookup", page_lookup, 0 },
	{ HTTP_POST, "/lookup/{code}/rating", page_lookup_rate, 0 },
	{ HTTP_GET, "/api/v1/procedures", api_procedures_list, 0 },
	{ HTTP_POST, "/api/v1/procedures", api_procedures_create, 0 },
	{ HTTP_GET, "/api/v1/procedures/{code}", api_procedures_get, 0 },
	{ HTTP_POST, "/api/v1/procedures/{code}/versions", api_procedures_version, 0 },
	{ HTTP_POST, "/api/v1/procedures/{code}/review", api_procedures_review, 0 },
	{ HTTP_GET, "/api/v1/dossiers", api_dossiers_list, 0 },
	{ HTTP_POST, "/api/v1/dossiers", api_dossiers_create, 0 },
	{ HTTP_GET, "/api/v1/dossiers/report", api_dossiers_report, 0 },
	{ HTTP_GET, "/api/v1/dossiers/report.xlsx", api_dossiers_report_xlsx, 0 },
	{ HTTP_GET, "/api/v1/dossiers/review", api_dossiers_review, 0 },
	{ HTTP_GET, "/api/v1/dossiers/{code}", api_dossiers_get, 0 },
	{ HTTP_GET, "/api/v1/dossiers/{code}/events", api_dossiers_events, 0 },
	{ HTTP_POST, "/api/v1/dossiers/{code}/events", api_dossiers_act, 0 },
	{ HTTP_GET, "/api/v1/lookup/{code}", api_lookup, 0 },
	{ HTTP_POST, "/api/v1/lookup/{code}/rating", api_lookup_rate, 0 },
	{ HTTP_GET, "/api/v1/nonconformities", api_nonconformities_list, 0 },
	{ HTTP_GET, "/api/v1/iso-audits", api_iso_audits_list, 0 },
	{ HTTP_POST, "/api/v1/iso-audits", api_iso_audits_create, 0 },
	{ HTTP_POST, "/api/v1/nonconformities/{id}", api_nonconformities_update, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav dossier_nav[] = {
	{ .href = "/dossiers", .label = N_("Dossiers"), .show = NAV_SHOW_PERMITTED,
	  .perm = &dossier_perm_handle },
	{ .href = "/lookup", .label = N_("Look up a dossier"), .show = NAV_SHOW_ALWAYS },
	{ .href = NULL },
};

static const struct audit_resolver dossier_audit[] = {
	{ "dossier", dossier_audit_may_read, N_("Dossier") },
	{ "procedure", procedure_audit_may_read, N_("Procedure") },
	{ "nonconformity", nonconformity_audit_may_read, N_("Nonconformity") },
	{ "iso_audit", iso_audit_may_read, N_("Internal audit") },
	{ .entity = NULL },
};

/* The desk's clerks and the officers and heads who process; not administrators of accounts. */
const struct permission dossier_perm_handle = {
	"handle_dossiers", ROLE_BIT(ROLE_OFFICER) | ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER),
};
const struct permission dossier_perm_catalogue = {
	"manage_procedures", ROLE_BIT(ROLE_LEADER) | ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const dossier_permissions[] = {
	&dossier_perm_handle, &dossier_perm_catalogue, NULL,
};

const struct module dossier_module = {
	.name = "dossier",
	.routes = dossier_routes,
	.nav = dossier_nav,
	.audit = dossier_audit,
	.permissions = dossier_permissions,
	.storage = &dossier_storage,
	.home = dpage_home,
	.unit_page = dpage_unit_section,
	.behind = dpage_behind,
};
