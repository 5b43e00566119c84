/*
 * dossier_pages.c: the one-stop shop's shared page parts, the procedure
 * catalogue (GET /procedures, /procedures/{code}), the officer's queue
 * (GET /dossiers) and the on-time report (GET /dossiers/report).
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <qrencode.h>

#include "http/reply.h"
#include "store/store.h"

static const char *const state_labels[DS_COUNT] = {
	[DS_SUBMITTED] = N_("Submitted online"), [DS_RECEIVED] = N_("Received"),
	[DS_REFUSED] = N_("Not received"), [DS_PROCESSING] = N_("Being processed"),
	[DS_SUPPLEMENT] = N_("Waiting for documents"), [DS_FEES_DUE] = N_("Fees due"),
	[DS_WITHDRAWN] = N_("Withdrawn"), [DS_PAUSED] = N_("Paused"),
	[DS_STOPPED] = N_("Stopped"), [DS_DONE] = N_("Result ready"),
	[DS_RETURNED] = N_("Result returned"),
};

static const char *const action_labels[DA_COUNT] = {
	[DA_ACCEPT] = N_("Accept"), [DA_REFUSE] = N_("Refuse"),
	[DA_FORWARD] = N_("Forward for processing"), [DA_STEP] = N_("Mark the next step done"),
	[DA_REQUEST_SUPPLEMENT] = N_("Ask for missing documents"),
	[DA_SUPPLEMENT] = N_("Documents received"), [DA_REQUEST_FEES] = N_("Ask for the fees"),
	[DA_PAY] = N_("Fees paid"), [DA_PAUSE] = N_("Pause"), [DA_RESUME] = N_("Resume"),
	[DA_STOP] = N_("Stop processing"), [DA_APOLOGIZE] = N_("Apologise and set a new date"),
	[DA_FINISH] = N_("Result ready"), [DA_RETURN] = N_("Return the result"),
	[DA_WITHDRAW] = N_("Withdrawn by the applicant"),
};

const char *dpage_state_label(struct http_request *req, enum dossier_state s)
{
	return (unsigned)s < DS_COUNT ? T(req, state_labels[s]) : "";
}

const char *dpage_action_label(struct http_request *req, enum dossier_action a)
{
	return (unsigned)a < DA_COUNT ? T(req, action_labels[a]) : "";
}

const char *dpage_result_label(struct http_request *req, enum dossier_result r)
{
	switch (r) {
	case DR_EARLY:
		return T(req, "Early");
	case DR_ON_TIME:
		return T(req, "On time");
	case DR_LATE:
		return T(req, "Late");
	default:
		return "—";
	}
}

const char *dpage_day(struct http_request *req, cal_day d)
{
	int y, m, dd;
	cal_to_ymd(d, &y, &m, &dd);
	return arena_printf(&req->arena, "%02d/%02d/%04d", dd, m, y);
}

const char *dpage_date(struct http_request *req, const char *iso)
{
	cal_day d;
	if (iso == NULL || !cal_parse_iso(iso, &d))
		return "—";
	return dpage_day(req, d);
}

const char *dpage_unit_name(struct http_request *req, int64_t id)
{
	struct org_unit u;
	return org_unit_get(req->store, id, &req->arena, &u) == STORE_OK ? u.name : "";
}

bool dpage_dossier_of_path(struct http_request *req, struct dossier *d, struct procedure *p)
{
	return reply_unless_found(req, dossier_get_by_code(req->store, http_param(req, "code"),
	                                                   &req->arena, d, p));
}

const char *dpage_lookup_url(struct http_request *req, const char *code)
{
	/* The Host the reader used: the forms are printed from the site the desk uses. */
	const char *host = http_header(req, "Host");
	bool safe = host && *host && strlen(host) < 200;
	for (const char *c = host; safe && *c; c++)
		safe = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')
		       || *c == '.' || *c == '-' || *c == ':' || *c == '[' || *c == ']';
	return arena_printf(&req->arena, "%s://%s/lookup?code=%s",
	                    http_from_trusted_proxy(req) ? "https" : "http",
	                    safe ? host : "localhost", code);
}

bool dpage_qr_svg(struct html *h, const char *text, const char *label)
{
	QRcode *qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (qr == NULL)
		return false;
	int w = qr->width, q = 2;   /* a quiet zone of two modules */
	html_rawf(h, "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
	             " role=\"img\" aria-label=\"", w + 2 * q, w + 2 * q);
	html_attr(h, label);
	html_rawf(h, "\" shape-rendering=\"crispEdges\"><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>"
	             "<path fill=\"#000\" d=\"", w + 2 * q, w + 2 * q);
	for (int y = 0; y < w; y++)
		for (int x = 0; x < w; x++)
			if (qr->data[y * w + x] & 1)
				html_rawf(h, "M%d %dh1v1h-1z", x + q, y + q);
	html_raw(h, "\"/></svg>");
	QRcode_free(qr);
	return true;
}

void dpage_state_badge(struct http_request *req, struct html *h, enum dossier_state s)
{
	html_rawf(h, "<span class=\"status ds-%s\">", dossier_state_name(s));
	html_txt(h, dpage_state_label(req, s));
	html_raw(h, " <span class=\"portal\">(");
	web_txtf(h, T(req, "portal code %d"), dossier_portal_code(s));
	html_raw(h, ")</span></span>");
}

/* ---- the catalogue ---------------------------------------------------- */

static void flags_cell(struct http_request *req, struct html *h, const struct procedure *p,
                       cal_day today)
{
	struct proc_flags fl;
	procedure_flags(p, today, &fl);
	if (!fl.review_overdue && !fl.legal_change_pending) {
		html_txt(h, T(req, "Up to date"));
		return;
	}
	if (fl.review_overdue) {
		html_raw(h, "<strong class=\"flag\">");
		html_txt(h, T(req, "Not reviewed for a year"));
		html_raw(h, "</strong> ");
	}
	if (fl.legal_change_pending) {
		html_raw(h, "<strong class=\"flag\">");
		html_txt(h, T(req, "Legal basis changed, no new version"));
		html_raw(h, "</strong>");
	}
}

/* Public: the documented procedures are what the one-stop shop publishes. */
void page_procedures(struct http_request *req)
{
	struct procedure *p;
	size_t n;
	if (dossier_procedures(req->store, &req->arena, &p, &n) != STORE_OK) {
		reply_internal_error(req, "procedures");
		return;
	}
	cal_day today = dossier_local_day(dossier_now());
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Administrative procedures"), "/lookup");
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "The procedures received at the one-stop desks, with their statutory time "
	                   "in working days, counted from the day after a complete dossier is received."));
	html_raw(&h, "</p><table class=\"dz\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Administrative procedures"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Code"), N_("Procedure"), N_("Field"), N_("Level"),
	               N_("Working days"), N_("Fee"), N_("ISO review"));
	for (size_t i = 0; i < n; i++) {
		html_raw(&h, "<tr><th scope=\"row\"><a href=\"/procedures/");
		html_url_arg(&h, p[i].code);
		html_raw(&h, "\">");
		html_txt(&h, p[i].code);
		html_raw(&h, "</a></th><td>");
		html_txt(&h, p[i].name);
		html_raw(&h, "</td><td>");
		html_txt(&h, p[i].field ? p[i].field : "");
		html_raw(&h, "</td><td>");
		html_txt(&h, strcmp(p[i].level, "ward") == 0 ? T(req, "Ward") : T(req, "District"));
		html_rawf(&h, "</td><td class=\"num\">%d</td><td>", p[i].working_days);
		html_txt(&h, p[i].fee ? p[i].fee : "");
		html_raw(&h, "</td><td>");
		flags_cell(req, &h, &p[i], today);
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, 200);
}

void page_procedure(struct http_request *req)
{
	struct procedure *v;
	size_t n;
	int s = dossier_procedure_versions(req->store, &req->arena, http_param(req, "code"), &v, &n);
	if (s == STORE_OK && n == 0)
		s = STORE_NOT_FOUND;
	if (!reply_unless_found(req, s))
		return;
	const struct procedure *p = &v[0];
	cal_day today = dossier_local_day(dossier_now());
	struct html h = { 0 };
	layout_begin(req, &h, p->name, "/lookup");
	html_raw(&h, "<dl class=\"facts\"><dt>");
	html_txt(&h, T(req, "Code"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, p->code);
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Version"));
	html_rawf(&h, "</dt><dd>%d (", p->version);
	html_txt(&h, dpage_date(req, p->version_date));
	html_raw(&h, ")</dd><dt>");
	html_txt(&h, T(req, "Statutory time"));
	html_raw(&h, "</dt><dd>");
	web_txtf(&h, T(req, "%d working days"), p->working_days);
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Fee"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, p->fee && *p->fee ? p->fee : "—");
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Legal basis"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, p->legal_basis && *p->legal_basis ? p->legal_basis : "—");
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Last reviewed"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, dpage_date(req, p->reviewed_on));
	html_raw(&h, " — ");
	flags_cell(req, &h, p, today);
	html_raw(&h, "</dd></dl><h2>");
	html_txt(&h, T(req, "Documents to bring"));
	html_raw(&h, "</h2><ul>");
	for (size_t i = 0; i < p->ndocuments; i++) {
		html_raw(&h, "<li>");
		html_txt(&h, p->documents[i].name);
		if (!p->documents[i].required) {
			html_raw(&h, " (");
			html_txt(&h, T(req, "if any"));
			html_raw(&h, ")");
		}
		html_raw(&h, "</li>");
	}
	html_raw(&h, "</ul><h2>");
	html_txt(&h, T(req, "Process"));
	html_raw(&h, "</h2><table class=\"dz\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Process"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Step"), N_("Responsible"), N_("Working days"), N_("Records kept"));
	for (size_t i = 0; i < p->nsteps; i++) {
		html_rawf(&h, "<tr><th scope=\"row\">%zu. ", i + 1);
		html_txt(&h, p->steps[i].name);
		html_raw(&h, "</th><td>");
		html_txt(&h, p->steps[i].responsible ? p->steps[i].responsible : "");
		html_rawf(&h, "</td><td class=\"num\">%d</td><td>", p->steps[i].days);
		html_txt(&h, p->steps[i].records ? p->steps[i].records : "");
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");
	if (n > 1) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Earlier versions"));
		html_raw(&h, "</h2><ul>");
		for (size_t i = 1; i < n; i++) {
			html_raw(&h, "<li>");
			web_txtf(&h, T(req, "Version %d from %s: %d working days"), v[i].version,
			         dpage_date(req, v[i].version_date), v[i].working_days);
			html_raw(&h, "</li>");
		}
		html_raw(&h, "</ul>");
	}
	layout_finish(req, &h, 200);
}

/* ---- the officer's queue ---------------------------------------------- */

void page_dossiers(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	const struct principal *who = http_principal(req);
	if (!policy_allows_somewhere(who, PERM_HANDLE_DOSSIERS)) {
		http_forbidden(req);
		return;
	}
	struct dossier_filter f = { .open_only = true, .limit = 500 };
	struct dossier *d;
	size_t n;
	if (dossier_queue(req->store, &req->arena, who, &f, &d, &n) != STORE_OK) {
		reply_internal_error(req, "dossiers");
		return;
	}
	cal_day today = dossier_local_day(dossier_now());
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Dossiers"), "/dossiers");
	html_raw(&h, "<p class=\"actions\"><a class=\"button\" href=\"/dossiers/new\">");
	html_txt(&h, T(req, "Receive a dossier"));
	html_raw(&h, "</a> <a href=\"/dossiers/report\">");
	html_txt(&h, T(req, "On-time report"));
	html_raw(&h, "</a> <a href=\"/dossiers/review\">");
	html_txt(&h, T(req, "Management review"));
	html_raw(&h, "</a> <a href=\"/dossiers/nonconformities\">");
	html_txt(&h, T(req, "Nonconformities"));
	html_raw(&h, "</a> <a href=\"/dossiers/audits\">");
	html_txt(&h, T(req, "Internal audits"));
	html_raw(&h, "</a> <a href=\"/procedures\">");
	html_txt(&h, T(req, "Procedures"));
	html_raw(&h, "</a></p>");
	/* What a leader looks at first: overdue, and due within three working days. */
	struct calendar cal;
	cal_day soon = today;
	dossier_calendar(req->store, &req->arena, &cal);
	cal_deadline(&cal, today, 3, &soon);
	size_t n_overdue = 0, n_soon = 0;
	for (size_t i = 0; i < n; i++) {
		cal_day due;
		if (d[i].state == DS_DONE || d[i].state == DS_SUPPLEMENT || d[i].due_day == NULL
		    || !cal_parse_iso(d[i].due_day, &due))
			continue;
		n_overdue += due < today;
		n_soon += due >= today && due <= soon;
	}
	html_raw(&h, "<ul class=\"summary\"><li><strong class=\"flag\">");
	web_txtf(&h, T(req, "%zu overdue"), n_overdue);
	html_raw(&h, "</strong></li><li>");
	web_txtf(&h, T(req, "%zu due within 3 working days"), n_soon);
	html_raw(&h, "</li></ul><h2>");
	html_txt(&h, T(req, "Open dossiers, soonest due first"));
	html_raw(&h, "</h2>");
	if (n == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No open dossiers."));
		html_raw(&h, "</p>");
		layout_finish(req, &h, 200);
		return;
	}
	html_raw(&h, "<table class=\"dz queue\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Open dossiers, soonest due first"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Code"), N_("State"), N_("Received"), N_("Due date"), N_("Handler"));
	for (size_t i = 0; i < n; i++) {
		cal_day due;
		bool overdue = d[i].due_day && cal_parse_iso(d[i].due_day, &due) && due < today
		               && d[i].state != DS_DONE;
		html_raw(&h, "<tr><th scope=\"row\"><a href=\"/dossiers/");
		html_url_arg(&h, d[i].code);
		html_raw(&h, "\">");
		html_txt(&h, d[i].code);
		html_raw(&h, "</a></th><td>");
		html_txt(&h, dpage_state_label(req, d[i].state));
		html_raw(&h, "</td><td>");
		html_txt(&h, dpage_day(req, dossier_local_day(d[i].received_at)));
		html_raw(&h, "</td><td>");
		html_txt(&h, dpage_date(req, d[i].due_day));
		if (overdue) {
			html_raw(&h, " <strong class=\"flag\">");
			html_txt(&h, T(req, "overdue"));
			html_raw(&h, "</strong>");
		}
		html_raw(&h, "</td><td>");
		html_txt(&h, d[i].handler ? d[i].handler : "");
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, 200);
}

/* ---- the on-time report ----------------------------------------------- */

void page_dossier_report(struct http_request *req)
{
	int yy;
	dossier_default_year(req->store, &req->arena, &yy);
	int64_t year = yy;
	if (http_query_int(req, "year", 2000, 2100, &year) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", N_("Invalid query parameter"),
		              N_("The year is a whole number from 2000 to 2100."), "year");
		return;
	}
	const char *by_text = http_query(req, "by");
	int by = by_text ? dossier_report_by_parse(by_text) : BY_UNIT;
	/* Who handled what is internal (as over the API). */
	if (by < 0 || (by == BY_OFFICER && !http_principal(req)->authenticated))
		by = BY_UNIT;
	struct dossier_report_row *rows;
	size_t n;
	if (dossier_report(req->store, &req->arena, (int)year, (enum dossier_report_by)by, &rows, &n)
	    != STORE_OK) {
		reply_internal_error(req, "report");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Dossiers settled on time, %d"),
	                                   (int)year), "/lookup");
	static const char *const by_keys[] = { "unit", "procedure", "officer", "month" };
	static const char *const by_labels[] = { N_("By unit"), N_("By procedure"), N_("By officer"),
	                                         N_("By month") };
	html_raw(&h, "<nav class=\"tabs\" aria-label=\"");
	html_attr(&h, T(req, "Group the report"));
	html_raw(&h, "\"><ul>");
	for (int i = 0; i < 4; i++) {
		if (i == BY_OFFICER && !http_principal(req)->authenticated)
			continue;
		html_rawf(&h, "<li><a href=\"/dossiers/report?year=%d&amp;by=%s\"%s>", (int)year,
		          by_keys[i], i == by ? " aria-current=\"page\"" : "");
		html_txt(&h, T(req, by_labels[i]));
		html_raw(&h, "</a></li>");
	}
	html_raw(&h, "</ul></nav>");
	/* The year, by a GET form that works without script. */
	html_raw(&h, "<form method=\"get\" action=\"/dossiers/report\" class=\"inline-form\">"
	             "<input type=\"hidden\" name=\"by\" value=\"");
	html_attr(&h, by_keys[by]);
	html_raw(&h, "\"><div class=\"field\"><label for=\"year\">");
	html_txt(&h, T(req, "Year"));
	html_rawf(&h, "</label><input id=\"year\" name=\"year\" type=\"number\" min=\"2000\""
	              " max=\"2100\" value=\"%d\"></div><div class=\"actions\">"
	              "<button type=\"submit\">", (int)year);
	html_txt(&h, T(req, "Show"));
	html_raw(&h, "</button></div></form><p>");
	html_txt(&h, T(req, "Circular 01/2018/TT-VPCP, index 1: early scores 2, on time 1, late 0; "
	                   "the on-time rate is early and on time over all finished."));
	html_rawf(&h, " <a href=\"/api/v1/dossiers/report.xlsx?year=%d&amp;by=%s\">", (int)year,
	          by_keys[by]);
	html_txt(&h, T(req, "Download as a spreadsheet"));
	html_raw(&h, "</a></p><table class=\"dz\"><caption class=\"vh\">");
	html_txt(&h, T(req, by_labels[by]));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, by == BY_UNIT ? N_("Unit") : by == BY_PROCEDURE ? N_("Procedure")
	               : by == BY_OFFICER ? N_("Officer") : N_("Month"),
	               N_("Early"), N_("On time"), N_("Late"), N_("Score"), N_("On-time rate"));
	for (size_t i = 0; i < n; i++) {
		html_raw(&h, "<tr><th scope=\"row\">");
		if (by == BY_UNIT) {
			html_raw(&h, "<a href=\"/dossiers/units/");
			html_attr(&h, rows[i].key);
			html_rawf(&h, "?year=%d\">", (int)year);
		}
		html_txt(&h, rows[i].label);
		if (by == BY_UNIT)
			html_raw(&h, "</a>");
		html_rawf(&h, "</th><td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
		              "<td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
		              "<td class=\"num\">%s</td></tr>",
		          (long long)rows[i].early, (long long)rows[i].on_time, (long long)rows[i].late,
		          (long long)rows[i].score, web_fmt_percent(req, rows[i].on_time_rate * 100, 1));
	}
	html_raw(&h, "</tbody></table>");
	if (n == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No dossier was finished in this year."));
		html_raw(&h, "</p>");
	}
	layout_finish(req, &h, 200);
}

/* ---- a unit's public transparency page -------------------------------- */

static void transparency_table(struct http_request *req, struct html *h, const char *caption,
                               const char *first, const struct dossier_report_row *rows,
                               size_t n)
{
	html_raw(h, "<h2>");
	html_txt(h, T(req, caption));
	html_raw(h, "</h2><table class=\"dz\"><caption class=\"vh\">");
	html_txt(h, T(req, caption));
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, first, N_("Early"), N_("On time"), N_("Late"), N_("On-time rate"));
	for (size_t i = 0; i < n; i++) {
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, rows[i].label);
		html_rawf(h, "</th><td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
		             "<td class=\"num\">%lld</td><td class=\"num\">%s</td></tr>",
		          (long long)rows[i].early, (long long)rows[i].on_time, (long long)rows[i].late,
		          web_fmt_percent(req, rows[i].on_time_rate * 100, 1));
	}
	html_raw(h, "</tbody></table>");
	if (n == 0) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "No dossier was finished in this year."));
		html_raw(h, "</p>");
	}
}

/*
 * GET /dossiers/units/{id}?year=: what a unit's one-stop desk achieved, for
 * anyone — the results by month and by procedure (Circular 01 index 1).
 * Counts only: no dossier, no applicant, no officer.
 */
void page_dossier_unit(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	struct org_unit u;
	if (id == 0 || !reply_unless_found(req, org_unit_get(req->store, id, &req->arena, &u)))
		return;
	int yy;
	dossier_default_year(req->store, &req->arena, &yy);
	int64_t year = yy;
	if (http_query_int(req, "year", 2000, 2100, &year) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", N_("Invalid query parameter"),
		              N_("The year is a whole number from 2000 to 2100."), "year");
		return;
	}
	struct dossier_report_row *months, *procs;
	size_t nm, np;
	if (dossier_report_of(req->store, &req->arena, (int)year, BY_MONTH, id, &months, &nm) != STORE_OK
	    || dossier_report_of(req->store, &req->arena, (int)year, BY_PROCEDURE, id, &procs, &np)
	       != STORE_OK) {
		reply_internal_error(req, "transparency");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "%s: dossiers settled, %d"), u.name,
	                                   (int)year), "/lookup");
	html_rawf(&h, "<form method=\"get\" action=\"/dossiers/units/%lld\" class=\"inline-form\">"
	              "<div class=\"field\"><label for=\"year\">", (long long)id);
	html_txt(&h, T(req, "Year"));
	html_rawf(&h, "</label><input id=\"year\" name=\"year\" type=\"number\" min=\"2000\" max=\"2100\""
	              " value=\"%d\"></div><div class=\"actions\"><button type=\"submit\">", (int)year);
	html_txt(&h, T(req, "Show"));
	html_raw(&h, "</button></div></form>");
	int64_t early = 0, on_time = 0, late = 0;
	for (size_t i = 0; i < nm; i++) {
		early += months[i].early;
		on_time += months[i].on_time;
		late += months[i].late;
	}
	int64_t done = early + on_time + late;
	html_raw(&h, "<p class=\"lead\">");
	web_txtf(&h, T(req, "%lld dossiers settled: %lld early, %lld on time, %lld late; on-time rate %s."),
	         (long long)done, (long long)early, (long long)on_time, (long long)late,
	         done ? web_fmt_percent(req, 100.0 * (double)(early + on_time) / (double)done, 1) : "—");
	html_raw(&h, "</p>");
	transparency_table(req, &h, N_("By month"), N_("Month"), months, nm);
	transparency_table(req, &h, N_("By procedure"), N_("Procedure"), procs, np);
	layout_finish(req, &h, 200);
}
