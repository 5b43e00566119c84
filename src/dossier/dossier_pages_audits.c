/*
 * dossier_pages_audits.c: the quality system's internal audits (ISO 9001
 * clause 9.2): the year's audits (GET /dossiers/audits), one audit with its
 * findings (GET /dossiers/audits/{id}), and the form that records one (GET
 * /dossiers/audits/new, POST /dossiers/audits), for those who keep the
 * procedures of the unit audited.  The review of the year lists them too.
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"

/* What the form holds as typed. */
struct audit_form {
	const char *unit_id, *audit_date, *auditor, *scope, *findings, *nonconformities;
};

/* The units an audit can be about: the reader's, where they keep the procedures. */
static size_t audit_units(struct http_request *req, struct org_unit **out)
{
	static const char *const kinds[] = { "province", "city", "district", "ward", "commune",
	                                     "department", "one_stop_desk" };
	const struct principal *who = http_principal(req);
	struct org_unit *all = NULL;
	size_t n = 0, cap = 0;
	for (size_t g = 0; g < who->ngrants; g++) {
		int64_t root = who->grants[g].unit_id;
		struct org_unit *sub;
		size_t nsub;
		if (!org_allows(req->store, &req->arena, who, PERM_MANAGE_PROCEDURES, root)
		    || org_unit_subtree(req->store, root, &req->arena, &sub, &nsub) != STORE_OK)
			continue;
		for (size_t i = 0; i < nsub; i++) {
			bool kind = false, seen = false;
			for (size_t k = 0; k < sizeof kinds / sizeof *kinds && !kind; k++)
				kind = strcmp(sub[i].kind, kinds[k]) == 0;
			for (size_t k = 0; k < n && !seen; k++)
				seen = all[k].id == sub[i].id;
			if (!kind || seen)
				continue;
			if (n == cap) {
				size_t ncap = cap ? 2 * cap : 64;
				struct org_unit *grown = arena_array(&req->arena, ncap, sizeof *grown);
				if (n)
					memcpy(grown, all, n * sizeof *all);
				all = grown;
				cap = ncap;
			}
			all[n++] = sub[i];
		}
	}
	*out = all;
	return n;
}

static void textarea(struct http_request *req, struct html *h, const struct form_errors *e,
                     const char *name, const char *label, const char *value)
{
	const char *error = form_error_for(e, name);
	html_raw(h, error ? "<div class=\"field has-error\">" : "<div class=\"field\">");
	html_rawf(h, "<label for=\"f-%s-%s\">", e->form, name);
	html_txt(h, label);
	html_raw(h, "</label>");
	if (error) {
		html_rawf(h, "<p class=\"error\" id=\"f-%s-%s-error\"><span class=\"vh\">", e->form, name);
		html_txt(h, T(req, "Error:"));
		html_raw(h, " </span>");
		html_txt(h, error);
		html_raw(h, "</p>");
	}
	html_rawf(h, "<textarea rows=\"5\" id=\"f-%s-%s\" name=\"%s\" maxlength=\"2000\"", e->form,
	          name, name);
	if (error)
		html_rawf(h, " aria-invalid=\"true\" aria-describedby=\"f-%s-%s-error\"", e->form, name);
	html_raw(h, ">");
	if (value)
		html_txt(h, value);
	html_raw(h, "</textarea></div>");
}

static void audit_form_render(struct http_request *req, const struct audit_form *f,
                              const struct form_errors *e, unsigned int status)
{
	struct org_unit *units;
	size_t n = audit_units(req, &units);
	struct html h = { 0 };
	layout_begin_form(req, &h, T(req, "Record an internal audit"), "/dossiers", e);
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "ISO 9001 clause 9.2: who audited which unit's quality system, when, "
	                   "what was looked at and what was found."));
	html_raw(&h, "</p>");
	form_error_summary(req, &h, e);
	form_begin(req, &h, "/dossiers/audits", e->form, NULL);
	const char **values = arena_array(&req->arena, n ? n : 1, sizeof *values);
	const char **labels = arena_array(&req->arena, n ? n : 1, sizeof *labels);
	for (size_t i = 0; i < n; i++) {
		values[i] = arena_printf(&req->arena, "%lld", (long long)units[i].id);
		labels[i] = units[i].name;
	}
	form_select(req, &h, e, "unit_id", T(req, "Unit audited"), values, labels, n, f->unit_id);
	form_input(req, &h, e, &(struct form_input){ .name = "audit_date",
	           .label = T(req, "Date of the audit"), .value = f->audit_date, .required = true,
	           .inputmode = "numeric", .size = 12, .maxlength = 32,
	           .hint = T(req, "Day/month/year, e.g. 30/09/2019.") });
	form_input(req, &h, e, &(struct form_input){ .name = "auditor",
	           .label = T(req, "Auditor or audit team"), .value = f->auditor, .required = true,
	           .maxlength = 300 });
	form_input(req, &h, e, &(struct form_input){ .name = "scope", .label = T(req, "Scope"),
	           .value = f->scope, .maxlength = 2000,
	           .hint = T(req, "The procedures and records looked at.") });
	textarea(req, &h, e, "findings", T(req, "Findings"), f->findings);
	form_input(req, &h, e, &(struct form_input){ .name = "nonconformities",
	           .label = T(req, "Nonconformities found"), .value = f->nonconformities,
	           .inputmode = "numeric", .size = 6, .maxlength = 10 });
	form_submit(&h, T(req, "Record the audit"));
	form_end(&h);
	layout_finish(req, &h, status);
}

static bool may_record(const struct principal *who)
{
	return who->authenticated && policy_allows_somewhere(who, PERM_MANAGE_PROCEDURES);
}

void page_iso_audit_new(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	if (!may_record(http_principal(req))) {
		http_forbidden(req);
		return;
	}
	struct audit_form f = { .unit_id = http_query(req, "unit"), .nonconformities = "0" };
	struct form_errors e = { .form = "audit" };
	audit_form_render(req, &f, &e, 200);
}

void page_iso_audit_create(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	if (!may_record(http_principal(req))) {
		http_forbidden(req);
		return;
	}
	struct audit_form f = {
		.unit_id = http_form(req, "unit_id"), .audit_date = http_form(req, "audit_date"),
		.auditor = http_form(req, "auditor"), .scope = http_form(req, "scope"),
		.findings = http_form(req, "findings"), .nonconformities = http_form(req, "nonconformities"),
	};
	struct form_errors e = { .form = "audit" };
	struct iso_audit in = { .scope = f.scope, .findings = f.findings, .auditor = f.auditor };
	in.unit_id = http_parse_id(f.unit_id);
	if (in.unit_id == 0)
		form_error_add(&e, "unit_id", T(req, "Choose the unit audited."));
	int y, m, d;
	cal_day day;
	if (form_date(req, &e, "audit_date", f.audit_date, &y, &m, &d)) {
		if (cal_from_ymd(y, m, d, &day) && day > dossier_local_day(dossier_now()))
			form_error_add(&e, "audit_date", T(req, "The audit's date cannot be in the future."));
		in.audit_date = arena_printf(&req->arena, "%04d-%02d-%02d", y, m, d);
	}
	double count = 0;
	if (f.nonconformities && *f.nonconformities
	    && form_number(req, &e, "nonconformities", f.nonconformities,
	                   FORM_NUM_WHOLE | FORM_NUM_MIN_ZERO, &count))
		in.nonconformities = count > 1000 ? -1 : (int)count;
	if (e.n) {
		audit_form_render(req, &f, &e, 422);
		return;
	}
	struct org_error err = { 0 };
	enum org_result r = iso_audit_record(req->store, &req->arena, http_principal(req), &in, &err);
	if (r == ORG_INVALID) {
		form_error_add(&e, err.field, form_message(req, err.detail));
		audit_form_render(req, &f, &e, 422);
		return;
	}
	if (r != ORG_OK) {
		form_reply_failure(req, r, "internal audit");
		return;
	}
	reply_redirect(req, arena_printf(&req->arena, "/dossiers/audits/%lld?recorded=1",
	                                 (long long)in.id));
}

void page_iso_audits(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int yy;
	dossier_default_year(req->store, &req->arena, &yy);
	int64_t year = yy;
	if (http_query_int(req, "year", 2000, 2100, &year) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", N_("Invalid query parameter"),
		              N_("The year is a whole number from 2000 to 2100."), "year");
		return;
	}
	struct iso_audit *a;
	size_t n;
	if (iso_audits_of_year(req->store, &req->arena, (int)year, &a, &n) != STORE_OK) {
		reply_internal_error(req, "internal audits");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Internal audits, %d"), (int)year),
	             "/dossiers");
	html_raw(&h, "<form method=\"get\" action=\"/dossiers/audits\" class=\"inline-form\">"
	             "<div class=\"field\"><label for=\"year\">");
	html_txt(&h, T(req, "Year"));
	html_rawf(&h, "</label><input id=\"year\" name=\"year\" type=\"number\" min=\"2000\""
	              " max=\"2100\" value=\"%d\"></div><div class=\"actions\"><button type=\"submit\">",
	          (int)year);
	html_txt(&h, T(req, "Show"));
	html_raw(&h, "</button></div></form>");
	if (may_record(http_principal(req))) {
		html_raw(&h, "<p class=\"actions\"><a class=\"button\" href=\"/dossiers/audits/new\">");
		html_txt(&h, T(req, "Record an internal audit"));
		html_raw(&h, "</a></p>");
	}
	if (n == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No internal audit was recorded in this year."));
		html_raw(&h, "</p>");
		layout_finish(req, &h, 200);
		return;
	}
	html_raw(&h, "<table class=\"dz\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Internal audits"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Date"), N_("Unit"), N_("Auditor"), N_("Scope"),
	               N_("Nonconformities found"));
	for (size_t i = 0; i < n; i++) {
		html_rawf(&h, "<tr><th scope=\"row\"><a href=\"/dossiers/audits/%lld\">",
		          (long long)a[i].id);
		html_txt(&h, dpage_date(req, a[i].audit_date));
		html_raw(&h, "</a></th><td>");
		html_txt(&h, dpage_unit_name(req, a[i].unit_id));
		html_raw(&h, "</td><td>");
		html_txt(&h, a[i].auditor);
		html_raw(&h, "</td><td>");
		html_txt(&h, a[i].scope ? a[i].scope : "");
		html_rawf(&h, "</td><td class=\"num\">%d</td></tr>", a[i].nonconformities);
	}
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, 200);
}

static void fact(struct http_request *req, struct html *h, const char *label, const char *value)
{
	html_raw(h, "<dt>");
	html_txt(h, T(req, label));
	html_raw(h, "</dt><dd>");
	html_txt(h, value && *value ? value : "—");
	html_raw(h, "</dd>");
}

void page_iso_audit(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int64_t id = http_param_id(req, "id");
	struct iso_audit a;
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	if (!reply_unless_found(req, iso_audit_find(req->store, &req->arena, id, &a)))
		return;
	cal_day day;
	int year = 0, mm, dd;
	if (cal_parse_iso(a.audit_date, &day))
		cal_to_ymd(day, &year, &mm, &dd);
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Internal audit of %s, %s"),
	                                   dpage_unit_name(req, a.unit_id),
	                                   dpage_date(req, a.audit_date)), "/dossiers");
	const char *recorded = http_query(req, "recorded");
	if (recorded && strcmp(recorded, "1") == 0)
		form_notice(&h, T(req, "The audit is recorded."));
	html_raw(&h, "<dl class=\"facts\">");
	fact(req, &h, N_("Unit audited"), dpage_unit_name(req, a.unit_id));
	fact(req, &h, N_("Date of the audit"), dpage_date(req, a.audit_date));
	fact(req, &h, N_("Auditor or audit team"), a.auditor);
	fact(req, &h, N_("Scope"), a.scope);
	fact(req, &h, N_("Findings"), a.findings);
	fact(req, &h, N_("Nonconformities found"),
	     arena_printf(&req->arena, "%d", a.nonconformities));
	fact(req, &h, N_("Recorded by"), a.recorded_by);
	html_rawf(&h, "</dl><ul class=\"links no-print\"><li><a href=\"/dossiers/audits?year=%d\">",
	          year);
	html_txt(&h, T(req, "The year's internal audits"));
	html_raw(&h, "</a></li><li><a href=\"/dossiers/nonconformities\">");
	html_txt(&h, T(req, "Nonconformities"));
	html_rawf(&h, "</a></li><li><a href=\"/history?entity=iso_audit&amp;id=%lld\">",
	          (long long)a.id);
	html_txt(&h, T(req, "History"));
	html_raw(&h, "</a></li></ul>");
	layout_finish(req, &h, 200);
}

/* The service's messages, listed so they are extracted and translated. */
static const char *const audit_messages[] __attribute__((unused)) = {
	N_("The auditor is required, at most 300 characters."),
	N_("A count from 0 to 1000."),
	N_("No unit has this id."),
};
