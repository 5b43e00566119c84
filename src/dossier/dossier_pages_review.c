/*
 * dossier_pages_review.c: the one-stop shop's part of the yearly management
 * review (ISO 9001 clause 9.3, Decision 19/2014 Art. 4), GET
 * /dossiers/review?year=: the year's dossiers, their timeliness per unit
 * (weakest first), the citizens' satisfaction on the Decree 61 criteria,
 * the nonconformities, and the catalogue's review state.  Printable.
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"

static void row_num(struct http_request *req, struct html *h, const char *label, int64_t n)
{
	html_raw(h, "<tr><th scope=\"row\">");
	html_txt(h, T(req, label));
	html_rawf(h, "</th><td class=\"num\">%lld</td></tr>", (long long)n);
}

void page_dossier_review(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int yy, mm, dd, latest;
	cal_to_ymd(dossier_local_day(dossier_now()), &yy, &mm, &dd);
	dossier_default_year(req->store, &req->arena, &latest);
	/* The review looks back on the year that ended, or the latest with results. */
	int64_t year = latest < yy ? latest : yy - 1;
	if (http_query_int(req, "year", 2000, 2100, &year) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", N_("Invalid query parameter"),
		              N_("The year is a whole number from 2000 to 2100."), "year");
		return;
	}
	struct dossier_review r;
	if (dossier_review_load(req->store, &req->arena, (int)year, &r) != STORE_OK) {
		reply_internal_error(req, "review");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Management review %d: the one-stop shop"),
	                                   (int)year), "/dossiers");
	html_raw(&h, "<form method=\"get\" action=\"/dossiers/review\" class=\"inline-form\">"
	             "<div class=\"field\"><label for=\"year\">");
	html_txt(&h, T(req, "Year"));
	html_rawf(&h, "</label><input id=\"year\" name=\"year\" type=\"number\" min=\"2000\" max=\"2100\""
	              " value=\"%d\"></div><div class=\"actions\"><button type=\"submit\">", (int)year);
	html_txt(&h, T(req, "Show"));
	html_raw(&h, "</button></div></form><h2>");
	html_txt(&h, T(req, "Dossiers"));
	html_raw(&h, "</h2><table class=\"dz compact\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Dossiers"));
	html_raw(&h, "</caption><tbody>");
	row_num(req, &h, N_("Received in the year"), r.received);
	row_num(req, &h, N_("Early"), r.total.early);
	row_num(req, &h, N_("On time"), r.total.on_time);
	row_num(req, &h, N_("Late"), r.total.late);
	row_num(req, &h, N_("Score"), r.total.score);
	html_raw(&h, "<tr><th scope=\"row\">");
	html_txt(&h, T(req, "On-time rate"));
	html_rawf(&h, "</th><td class=\"num\">%s</td></tr>",
	          web_fmt_percent(req, r.total.on_time_rate * 100, 1));
	row_num(req, &h, N_("Still open at the end of the year"),
	        r.by_state[DS_RECEIVED] + r.by_state[DS_PROCESSING] + r.by_state[DS_SUPPLEMENT]
	        + r.by_state[DS_FEES_DUE] + r.by_state[DS_PAUSED] + r.by_state[DS_DONE]
	        + r.by_state[DS_SUBMITTED]);
	html_raw(&h, "</tbody></table><h2>");
	html_txt(&h, T(req, "Units, lowest on-time rate first"));
	html_raw(&h, "</h2><table class=\"dz\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Units, lowest on-time rate first"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Unit"), N_("Early"), N_("On time"), N_("Late"), N_("On-time rate"));
	for (size_t i = 0; i < r.nunits; i++) {
		html_raw(&h, "<tr><th scope=\"row\">");
		html_txt(&h, r.units[i].label);
		html_rawf(&h, "</th><td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
		              "<td class=\"num\">%lld</td><td class=\"num\">%s</td></tr>",
		          (long long)r.units[i].early, (long long)r.units[i].on_time,
		          (long long)r.units[i].late, web_fmt_percent(req, r.units[i].on_time_rate * 100, 1));
	}
	html_raw(&h, "</tbody></table><h2>");
	html_txt(&h, T(req, "Citizens' satisfaction"));
	html_raw(&h, "</h2><p>");
	web_txtf(&h, T(req, "%lld ratings of dossiers returned in the year, average score out of 5."),
	         (long long)r.ratings);
	html_raw(&h, "</p><table class=\"dz compact\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Citizens' satisfaction"));
	html_raw(&h, "</caption><tbody>");
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++) {
		html_raw(&h, "<tr><th scope=\"row\">");
		html_txt(&h, T(req, dossier_rating_labels[i]));
		html_rawf(&h, "</th><td class=\"num\">%.2f</td></tr>", r.rating_avg[i]);
	}
	html_raw(&h, "</tbody></table><h2>");
	html_txt(&h, T(req, "Nonconformities"));
	html_raw(&h, "</h2><table class=\"dz compact\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Nonconformities"));
	html_raw(&h, "</caption><tbody>");
	row_num(req, &h, N_("Opened by late dossiers"), r.nc_opened);
	row_num(req, &h, N_("Closed with a corrective action"), r.nc_closed);
	html_raw(&h, "</tbody></table><h2>");
	html_txt(&h, T(req, "Documented procedures"));
	html_raw(&h, "</h2><table class=\"dz compact\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Documented procedures"));
	html_raw(&h, "</caption><tbody>");
	row_num(req, &h, N_("In the catalogue"), (int64_t)r.procedures);
	row_num(req, &h, N_("Not reviewed for a year"), (int64_t)r.review_overdue);
	row_num(req, &h, N_("Legal basis changed, no new version"), (int64_t)r.legal_pending);
	html_raw(&h, "</tbody></table><h2>");
	html_txt(&h, T(req, "Internal audits"));
	html_raw(&h, "</h2>");
	if (r.naudits == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No internal audit was recorded in this year."));
		html_raw(&h, "</p>");
	} else {
		html_raw(&h, "<table class=\"dz\"><caption class=\"vh\">");
		html_txt(&h, T(req, "Internal audits"));
		html_raw(&h, "</caption>");
		WEB_TABLE_HEAD(req, &h, N_("Date"), N_("Unit"), N_("Auditor"), N_("Scope"), N_("Findings"),
		               N_("Nonconformities"));
		for (size_t i = 0; i < r.naudits; i++) {
			html_rawf(&h, "<tr><td><a href=\"/dossiers/audits/%lld\">",
			          (long long)r.audits[i].id);
			html_txt(&h, dpage_date(req, r.audits[i].audit_date));
			html_raw(&h, "</a></td><td>");
			html_txt(&h, dpage_unit_name(req, r.audits[i].unit_id));
			html_raw(&h, "</td><td>");
			html_txt(&h, r.audits[i].auditor);
			html_raw(&h, "</td><td>");
			html_txt(&h, r.audits[i].scope);
			html_raw(&h, "</td><td>");
			html_txt(&h, r.audits[i].findings);
			html_rawf(&h, "</td><td class=\"num\">%d</td></tr>", r.audits[i].nonconformities);
		}
		html_raw(&h, "</tbody></table>");
	}
	html_rawf(&h, "<p class=\"no-print\"><a href=\"/dossiers/audits?year=%d\">", (int)year);
	html_txt(&h, T(req, "The year's internal audits"));
	html_raw(&h, "</a></p>");
	layout_finish(req, &h, 200);
}
