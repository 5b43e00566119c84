/*
 * dossier_pages_forms.c: the forms of Circular 01/2018/TT-VPCP, generated
 * from the dossier and printed from the browser — GET
 * /dossiers/{code}/forms/01 … 06.  01–05 are A5, the register 06 is A4; the
 * page size and margins are print CSS (static/css/dossier-forms.css and
 * the -a5/-a4 sheets), so "Print" gives the right paper with no PDF
 * library.  The code is printed with a QR code of the citizen's lookup URL
 * beside it.  The forms carry the applicant's details: only the staff who
 * may handle the dossier open them.
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"

static const char *const titles[] = {
	N_("Receipt and appointment for the result"),
	N_("Request to supplement and complete the dossier"),
	N_("Refusal to receive and settle the dossier"),
	N_("Apology and new date for the result"),
	N_("Process-control slip"),
	N_("Dossier register"),
};

static void doc_begin(struct http_request *req, struct html *h, int form, const char *title)
{
	html_rawf(h, "<!doctype html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
	             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>",
	          web_lang(req) == LANG_EN ? "en" : "vi");
	html_txt(h, title);
	html_rawf(h, "</title><link rel=\"stylesheet\" href=\"/static/css/dossier-forms.css\">"
	             "<link rel=\"stylesheet\" href=\"/static/css/dossier-%s.css\"></head>"
	             "<body class=\"paper paper-%s\"><main class=\"form form-%02d\">",
	          form == 6 ? "a4" : "a5", form == 6 ? "a4" : "a5", form);
}

static void doc_finish(struct http_request *req, struct html *h, const char *back)
{
	html_raw(h, "</main><p class=\"no-print screen-only\"><a href=\"");
	html_attr(h, back);
	html_raw(h, "\">");
	html_txt(h, T(req, "Back to the dossier"));
	html_raw(h, "</a></p></body></html>\n");
	size_t len;
	char *body = html_take(h, &len);
	reply_html(req, 200, body, len);
}

/* The heading every form shares: the unit, the national motto, the code with its QR code. */
static void letterhead(struct http_request *req, struct html *h, const struct dossier *d,
                       int form)
{
	html_raw(h, "<header class=\"letterhead\"><div class=\"issuer\"><p>");
	html_txt(h, dpage_unit_name(req, d->unit_id));
	html_raw(h, "</p></div><div class=\"motto\"><p class=\"nation\">");
	html_txt(h, T(req, "SOCIALIST REPUBLIC OF VIET NAM"));
	html_raw(h, "</p><p class=\"motto-line\">");
	html_txt(h, T(req, "Independence – Freedom – Happiness"));
	html_raw(h, "</p></div></header><h1>");
	html_txt(h, T(req, titles[form - 1]));
	html_raw(h, "</h1><div class=\"code-line\"><p>");
	html_txt(h, T(req, "Dossier code:"));
	html_raw(h, " <strong class=\"dossier-code\">");
	html_txt(h, d->code);
	html_raw(h, "</strong></p>");
	dpage_qr_svg(h, dpage_lookup_url(req, d->code),
	             arena_printf(&req->arena, T(req, "QR code to look up dossier %s"), d->code));
	html_raw(h, "</div>");
}

static void line(struct http_request *req, struct html *h, const char *label, const char *value)
{
	html_raw(h, "<p class=\"line\"><span class=\"label\">");
	html_txt(h, T(req, label));
	html_raw(h, "</span> ");
	html_txt(h, value && *value ? value : "…………………………");
	html_raw(h, "</p>");
}

static void items(struct html *h, const char *json_text)
{
	json_t *v = json_text ? json_loads(json_text, 0, NULL) : NULL;
	size_t i;
	json_t *e;
	html_raw(h, "<ol class=\"items\">");
	json_array_foreach(v, i, e) {
		html_raw(h, "<li>");
		html_txt(h, json_string_value(e) ? json_string_value(e) : "");
		html_raw(h, "</li>");
	}
	html_raw(h, "</ol>");
	json_decref(v);
}

static void signatures(struct http_request *req, struct html *h, const char *left,
                       const char *right)
{
	html_raw(h, "<div class=\"signatures\"><div><p class=\"role\">");
	html_txt(h, T(req, left));
	html_raw(h, "</p><p class=\"sign-hint\">");
	html_txt(h, T(req, "(signature, full name)"));
	html_raw(h, "</p></div><div><p class=\"role\">");
	html_txt(h, T(req, right));
	html_raw(h, "</p><p class=\"sign-hint\">");
	html_txt(h, T(req, "(signature, full name)"));
	html_raw(h, "</p></div></div>");
}

static void applicant(struct http_request *req, struct html *h, const struct dossier *d)
{
	line(req, h, N_("Received from:"), d->applicant_name);
	line(req, h, N_("ID card number:"), d->applicant_id_number);
	line(req, h, N_("Address:"), d->applicant_address);
	line(req, h, N_("Phone:"), d->applicant_phone);
}

/* Form 06: the unit's register for the month the dossier was received. */
static void register_rows(struct http_request *req, struct html *h, const struct dossier *d)
{
	struct dossier_filter f = { .unit_id = d->unit_id, .limit = 1000 };
	struct dossier *all;
	size_t n = 0;
	if (dossier_queue(req->store, &req->arena, http_principal(req), &f, &all, &n) != STORE_OK)
		n = 0;
	cal_day day = dossier_local_day(d->received_at);
	int y, m, dd;
	cal_to_ymd(day, &y, &m, &dd);
	html_raw(h, "<p>");
	web_txtf(h, T(req, "Month %02d/%04d"), m, y);
	html_raw(h, "</p><table class=\"register\"><caption class=\"vh\">");
	html_txt(h, T(req, "Dossier register"));
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("No."), N_("Code"), N_("Procedure"), N_("Applicant"),
	               N_("Received"), N_("Due date"), N_("Finished"), N_("State"), N_("Result"));
	int k = 0;
	for (size_t i = 0; i < n; i++) {
		int yy, mm, d2;
		cal_to_ymd(dossier_local_day(all[i].received_at), &yy, &mm, &d2);
		if (yy != y || mm != m)
			continue;
		struct procedure p;
		const char *pname = dossier_procedure_by_id(req->store, &req->arena,
		                                            all[i].procedure_id, &p) == STORE_OK
		                    ? p.name : "";
		html_rawf(h, "<tr><td class=\"num\">%d</td><td>", ++k);
		html_txt(h, all[i].code);
		html_raw(h, "</td><td>");
		html_txt(h, pname);
		html_raw(h, "</td><td>");
		html_txt(h, all[i].applicant_name);
		html_raw(h, "</td><td>");
		html_txt(h, dpage_day(req, dossier_local_day(all[i].received_at)));
		html_raw(h, "</td><td>");
		html_txt(h, dpage_date(req, all[i].due_day));
		html_raw(h, "</td><td>");
		html_txt(h, dpage_date(req, all[i].finished_day));
		html_raw(h, "</td><td>");
		html_txt(h, dpage_state_label(req, all[i].state));
		html_raw(h, "</td><td>");
		html_txt(h, dpage_result_label(req, all[i].result));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
}

void page_dossier_form(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	const char *which = http_param(req, "form");
	int form = which && strlen(which) == 2 && which[0] == '0' && which[1] >= '1' && which[1] <= '6'
	           ? which[1] - '0' : 0;
	if (form == 0) {
		reply_not_found(req);
		return;
	}
	struct dossier d;
	struct procedure p;
	if (!dpage_dossier_of_path(req, &d, &p))
		return;
	if (!dossier_may_handle_dossier(req->store, &req->arena, http_principal(req), &d)) {
		http_forbidden(req);
		return;
	}
	struct dossier_event *ev;
	size_t nev;
	if (dossier_events(req->store, d.id, &req->arena, &ev, &nev) != STORE_OK) {
		reply_internal_error(req, "events");
		return;
	}
	const char *back = arena_printf(&req->arena, "/dossiers/%s", d.code);
	struct html h = { 0 };
	doc_begin(req, &h, form, arena_printf(&req->arena, "%s %s", T(req, titles[form - 1]), d.code));
	letterhead(req, &h, &d, form);
	const char *received = web_datetime(req, d.received_at);
	switch (form) {
	case 1:
		applicant(req, &h, &d);
		line(req, &h, N_("Procedure:"), p.name);
		html_raw(&h, "<p class=\"line\"><span class=\"label\">");
		html_txt(&h, T(req, "Documents received:"));
		html_raw(&h, "</span></p>");
		items(&h, d.documents);
		line(req, &h, N_("Received at:"), received);
		line(req, &h, N_("Result to be returned on:"), dpage_date(req, d.first_due));
		line(req, &h, N_("Where to collect it:"), dpage_unit_name(req, d.unit_id));
		signatures(req, &h, N_("Applicant"), N_("Officer receiving the dossier"));
		break;
	case 2:
		applicant(req, &h, &d);
		line(req, &h, N_("Procedure:"), p.name);
		html_raw(&h, "<p class=\"line\"><span class=\"label\">");
		html_txt(&h, T(req, "Please supplement the dossier with:"));
		html_raw(&h, "</span></p>");
		items(&h, d.missing);
		signatures(req, &h, N_("Applicant"), N_("Officer receiving the dossier"));
		break;
	case 3:
		applicant(req, &h, &d);
		line(req, &h, N_("Procedure:"), p.name);
		line(req, &h, N_("Reason for refusal:"), d.state == DS_REFUSED ? d.note : NULL);
		signatures(req, &h, N_("Applicant"), N_("Officer receiving the dossier"));
		break;
	case 4:
		line(req, &h, N_("To:"), d.applicant_name);
		line(req, &h, N_("Procedure:"), p.name);
		line(req, &h, N_("Received at:"), received);
		line(req, &h, N_("Date first promised:"), dpage_date(req, d.first_due));
		line(req, &h, N_("Reason for the delay:"), d.apologies ? d.note : NULL);
		line(req, &h, N_("New date for the result:"), d.apologies ? dpage_date(req, d.due_day) : NULL);
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "We apologise for the inconvenience caused."));
		html_raw(&h, "</p>");
		signatures(req, &h, N_("Applicant"), N_("Head of the unit"));
		break;
	case 5: {
		line(req, &h, N_("Procedure:"), p.name);
		line(req, &h, N_("Received at:"), received);
		line(req, &h, N_("Due:"), dpage_date(req, d.due_day));
		html_raw(&h, "<table class=\"control\"><caption class=\"vh\">");
		html_txt(&h, T(req, "Process-control slip"));
		html_raw(&h, "</caption>");
		WEB_TABLE_HEAD(req, &h, N_("When"), N_("What"), N_("Done by"), N_("Note"));
		for (size_t i = 0; i < nev; i++) {
			int act = dossier_action_parse(ev[i].action);
			html_raw(&h, "<tr><td>");
			html_txt(&h, web_datetime(req, ev[i].at));
			html_raw(&h, "</td><td>");
			html_txt(&h, act >= 0 ? dpage_action_label(req, (enum dossier_action)act)
			                      : T(req, "Received at the desk"));
			html_raw(&h, "</td><td>");
			html_txt(&h, ev[i].actor);
			html_raw(&h, "</td><td>");
			html_txt(&h, ev[i].note);
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
		break;
	}
	default:
		register_rows(req, &h, &d);
		break;
	}
	doc_finish(req, &h, back);
}
