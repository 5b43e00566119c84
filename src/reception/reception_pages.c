/*
 * reception_pages.c: GET /reception — the leaders' reception calendar
 * (coming sessions, recent ones with their public summary) and the days
 * the law asks for that were missed (a district: 2 a month; a ward: 1 a
 * week); POST /reception — planning a session (those who manage it).
 */
#include "reception/reception_handlers.h"

#include <string.h>
#include <time.h>

#include "feedback/feedback_pages.h"
#include "feedback/feedback_service.h"
#include "http/reply.h"
#include "reception/reception_service.h"
#include "store/store.h"
#include "web/web.h"

static const char *day_text(struct http_request *req, cal_day d)
{
	int y, m, dd;
	cal_to_ymd(d, &y, &m, &dd);
	return arena_printf(&req->arena, "%02d/%02d/%04d", dd, m, y);
}

static const char *unit_name(const struct org_unit *u, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (u[i].id == id)
			return u[i].name;
	return "";
}

static const char *kind_label(struct http_request *req, enum rc_kind k)
{
	return k == RC_DIALOGUE ? T(req, "Dialogue") : T(req, "Reception day");
}

static void session_rows(struct http_request *req, struct html *h, const struct rc_session *s,
                         size_t n, const struct org_unit *units, size_t nunits, bool summary)
{
	html_raw(h, "<table class=\"rc-sessions\" tabindex=\"0\"><caption class=\"vh\">");
	html_txt(h, T(req, "Sessions"));
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Day"), N_("Kind"), N_("Unit"), N_("Who receives"), N_("Place"),
	               summary ? N_("Summary") : N_("Agenda"));
	for (size_t i = 0; i < n; i++) {
		html_rawf(h, "<tr><th scope=\"row\"><a href=\"/reception/%lld\">", (long long)s[i].id);
		html_txt(h, day_text(req, s[i].day));
		html_raw(h, "</a>");
		if (s[i].status == RC_CANCELLED) {
			html_raw(h, " <span class=\"badge\">");
			html_txt(h, T(req, "Cancelled"));
			html_raw(h, "</span>");
		}
		html_raw(h, "</th><td>");
		html_txt(h, kind_label(req, s[i].kind));
		html_raw(h, "</td><td>");
		html_txt(h, unit_name(units, nunits, s[i].unit_id));
		html_raw(h, "</td><td>");
		html_txt(h, s[i].leader);
		html_raw(h, "</td><td>");
		html_txt(h, s[i].place);
		html_raw(h, "</td><td>");
		const char *t = summary ? s[i].summary : s[i].agenda;
		html_txt(h, t ? t : "");
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
}

static void list_render(struct http_request *req, struct form_errors *e, unsigned int status)
{
	struct unit_filter uf = { 0 };
	struct org_unit *units;
	size_t nunits;
	if (org_unit_list(req->store, &uf, &req->arena, &units, &nunits) != STORE_OK) {
		reply_internal_error(req, "units");
		return;
	}
	cal_day today = feedback_day_of((int64_t)time(NULL));
	struct rc_session *coming, *past;
	size_t nc, np;
	if (reception_session_list(req->store, today, today + 60, 0, &req->arena, &coming, &nc) != STORE_OK
	    || reception_session_list(req->store, today - 60, today - 1, 0, &req->arena, &past, &np)
	       != STORE_OK) {
		reply_internal_error(req, "reception sessions");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Citizen reception and dialogue"), "/reception");
	if (http_query(req, "done") && status == 200)
		form_notice(&h, T(req, "Saved."));
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "The chairman of the district receives citizens at least 2 days a month, "
	                    "the chairman of each ward at least 1 day a week (Law on Citizen "
	                    "Reception 2013). Citizens may register their questions beforehand; "
	                    "answers are due within 10 working days."));
	html_raw(&h, "</p><h2>");
	html_txt(&h, T(req, "Coming sessions"));
	html_raw(&h, "</h2>");
	session_rows(req, &h, coming, nc, units, nunits, false);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Missed reception days"));
	html_raw(&h, "</h2><p>");
	html_txt(&h, T(req, "Complete months (district) and weeks (wards) of the last 12 weeks with "
	                    "fewer reception days than the law asks."));
	html_raw(&h, "</p><ul class=\"rc-gaps\">");
	size_t flagged = 0;
	for (size_t i = 0; i < nunits; i++) {
		bool district = strcmp(units[i].kind, "district") == 0;
		if (!district && strcmp(units[i].kind, "ward") != 0)
			continue;
		if (units[i].valid_to && *units[i].valid_to && !district)
			continue;
		struct rc_gap *g;
		size_t ng;
		cal_day from = district ? today - 120 : today - 84;
		if (reception_gaps(req->store, &req->arena, units[i].id, district, from, today - 1, &g, &ng)
		    != STORE_OK)
			continue;
		if (ng == 0)
			continue;
		flagged++;
		html_raw(&h, "<li><strong>");
		html_txt(&h, units[i].name);
		html_raw(&h, "</strong>: ");
		for (size_t k = 0; k < ng; k++) {
			if (k)
				html_raw(&h, "; ");
			html_txt(&h, arena_printf(&req->arena, T(req, "%s–%s: %d of %d days"),
			                          day_text(req, g[k].from), day_text(req, g[k].to), g[k].held,
			                          g[k].required));
		}
		html_raw(&h, "</li>");
	}
	html_raw(&h, "</ul>");
	if (flagged == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No reception day was missed."));
		html_raw(&h, "</p>");
	}
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Recent sessions"));
	html_raw(&h, "</h2>");
	session_rows(req, &h, past, np, units, nunits, true);
	if (reception_may_manage_somewhere(http_principal(req))) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Plan a session"));
		html_raw(&h, "</h2>");
		e->form = "rc";
		form_error_summary(req, &h, e);
		form_begin(req, &h, "/reception", "rc", "narrow");
		const char **values = arena_array(&req->arena, nunits + 1, sizeof *values);
		const char **labels = arena_array(&req->arena, nunits + 1, sizeof *labels);
		size_t k = 0;
		values[k] = "";
		labels[k++] = T(req, "Choose a unit");
		for (size_t i = 0; i < nunits; i++)
			if (strcmp(units[i].kind, "district") == 0 || strcmp(units[i].kind, "ward") == 0) {
				values[k] = arena_printf(&req->arena, "%lld", (long long)units[i].id);
				labels[k++] = units[i].name;
			}
		form_select(req, &h, e, "unit_id", T(req, "Unit"), values, labels, k, http_form(req, "unit_id"));
		const char *kinds[] = { "reception", "dialogue" };
		const char *klabels[] = { T(req, "Reception day"), T(req, "Dialogue") };
		form_select(req, &h, e, "kind", T(req, "Kind"), kinds, klabels, 2, http_form(req, "kind"));
		fbp_day_input(req, &h, e, "day", T(req, "Day"), http_form(req, "day"));
		form_input(req, &h, e, &(struct form_input){ .name = "leader", .label = T(req, "Who receives"),
			.required = true, .maxlength = RC_LINE_MAX, .value = http_form(req, "leader") });
		form_input(req, &h, e, &(struct form_input){ .name = "place", .label = T(req, "Place"),
			.required = true, .maxlength = RC_LINE_MAX, .value = http_form(req, "place") });
		form_input(req, &h, e, &(struct form_input){ .name = "online_link",
			.label = T(req, "Online link (optional)"), .type = "url", .maxlength = RC_LINE_MAX,
			.value = http_form(req, "online_link") });
		form_input(req, &h, e, &(struct form_input){ .name = "agenda", .label = T(req, "Agenda"),
			.maxlength = 2000, .value = http_form(req, "agenda") });
		form_submit(&h, T(req, "Plan"));
		form_end(&h);
	}
	layout_finish(req, &h, status);
}

void page_reception_list(struct http_request *req)
{
	struct form_errors e = { 0 };
	list_render(req, &e, 200);
}

void page_reception_add(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	if (!reception_may_manage_somewhere(http_principal(req))) {
		http_forbidden(req);
		return;
	}
	struct form_errors e = { .form = "rc" };
	struct rc_session s = { .status = RC_PLANNED, .leader = http_form(req, "leader"),
	                        .place = http_form(req, "place"),
	                        .online_link = http_form(req, "online_link"),
	                        .agenda = http_form(req, "agenda") };
	int64_t v;
	if (http_form_int(req, "unit_id", 1, INT64_MAX, &v) == HTTP_INT_OK)
		s.unit_id = v;
	int k = rc_kind_parse(http_form(req, "kind"));
	s.kind = k < 0 ? RC_RECEPTION : (enum rc_kind)k;
	fbp_form_day(req, &e, "day", true, &s.day);
	if (e.n) {
		list_render(req, &e, 422);
		return;
	}
	struct org_error err = { 0 };
	enum org_result r = reception_session_add(req->store, &req->arena, http_principal(req), &s,
	                                          (int64_t)time(NULL), &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/reception/%lld", (long long)s.id));
	} else if (r == ORG_INVALID) {
		form_error_add(&e, err.field, form_message(req, err.detail));
		list_render(req, &e, 422);
	} else {
		form_reply_failure(req, r, "reception session");
	}
}

static const char *const service_messages[] __attribute__((unused)) = {
	N_("Choose the district or ward whose leader receives."),
	N_("Give the day as YYYY-MM-DD."),
	N_("Say who receives (up to 300 bytes)."),
	N_("Give the place (up to 300 bytes)."),
	N_("An online link starts with https:// (up to 300 bytes)."),
	N_("The text is longer than 8,000 bytes."),
	N_("Give your name (up to 120 bytes)."),
	N_("The address is longer than 300 bytes."),
	N_("Write the question in 10 to 8,000 bytes."),
	N_("The number of people is 1 to 1,000."),
	N_("Questions are registered before the session; this one is past."),
	N_("Write the answer (up to 8,000 bytes)."),
	N_("Write the commitment (up to 8,000 bytes)."),
	N_("Choose the leader who committed."),
	N_("Give the deadline, on or after the session's day."),
	N_("A session cannot be held before its day."),
	N_("The text is not valid UTF-8."),
	N_("The date lies outside the calendar."),
};
