/*
 * calendar_pages.c: the working calendar's year view and its edit forms.
 *
 *   GET  /calendar?year=YYYY     twelve months, each day working or off and
 *                                why; the list of days off; for the city's
 *                                administrators, the forms below
 *   POST /calendar/days          edit a day (date, off/working/as the table, note)
 *   POST /calendar/confirm       confirm (or withdraw) a computed year
 *
 * Public, like the API: the calendar is the Government's.  A year nobody
 * published is the Labour Code's with the lunar holidays, and the page says
 * in words that it is not confirmed.
 */
#include "calendar/calendar_handlers.h"

#include <stdio.h>
#include <string.h>

#include "calendar/calendar.h"
#include "calendar/calendar_service.h"
#include "http/reply.h"
#include "store/store.h"
#include "web/web.h"

/* What a refused edit form sends back. */
struct day_form {
	const char *date, *state, *note;
};

static const char *reason_label(struct http_request *req, enum cal_reason r)
{
	static const char *const labels[CAL_REASON_COUNT] = {
		[CAL_REASON_WORKING] = N_("Working day"),
		[CAL_REASON_WEEKEND] = N_("Weekend"),
		[CAL_REASON_NEW_YEAR] = N_("New Year's Day"),
		[CAL_REASON_TET] = N_("Lunar New Year (Tết)"),
		[CAL_REASON_HUNG_KINGS] = N_("Hùng Kings' Commemoration Day"),
		[CAL_REASON_APRIL_MAY] = N_("Reunification Day and International Labour Day"),
		[CAL_REASON_NATIONAL_DAY] = N_("National Day"),
		[CAL_REASON_COMPENSATORY] = N_("Compensatory day off"),
		[CAL_REASON_SWAP] = N_("Weekend day worked in exchange for a day off"),
		[CAL_REASON_EDITED] = N_("Changed by an administrator"),
	};
	return T(req, labels[(unsigned)r < CAL_REASON_COUNT ? r : CAL_REASON_WORKING]);
}

/* "Day off" / "Working day" and why, the edit's note included. */
static const char *day_why(struct http_request *req, const struct cal_day_info *info)
{
	if (info->edited)
		return arena_printf(&req->arena, "%s: %s", T(req, "Changed by an administrator"),
		                    info->note ? info->note : "");
	return reason_label(req, info->reason);
}

static const char *weekday_name(struct http_request *req, int wd)
{
	static const char *const names[7] = {
		N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
		N_("Saturday"), N_("Sunday"),
	};
	return T(req, names[wd]);
}

static const char *weekday_short(struct http_request *req, int wd)
{
	static const char *const names[7] = {
		N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
	};
	return T(req, names[wd]);
}

static const char *dmy(struct http_request *req, cal_day day)
{
	int y, m, d;
	cal_to_ymd(day, &y, &m, &d);
	return arena_printf(&req->arena, "%02d/%02d/%04d", d, m, y);
}

/* One month as a table: weeks Monday to Sunday, each day marked working or off. */
static void month_table(struct http_request *req, struct html *h,
                        const struct cal_day_info *days, cal_day jan1, int year, int month)
{
	cal_day first;
	(void)cal_from_ymd(year, month, 1, &first);
	int ndays = cal_days_in_month(year, month);
	html_raw(h, "<table class=\"cal-month\"><caption>");
	web_txtf(h, T(req, "Month %d"), month);
	html_raw(h, "</caption><thead><tr>");
	for (int wd = 0; wd < 7; wd++) {
		html_raw(h, "<th scope=\"col\"><abbr title=\"");
		html_attr(h, weekday_name(req, wd));
		html_raw(h, "\">");
		html_txt(h, weekday_short(req, wd));
		html_raw(h, "</abbr></th>");
	}
	html_raw(h, "</tr></thead><tbody><tr>");
	int col = cal_weekday(first);
	for (int i = 0; i < col; i++)
		html_raw(h, "<td></td>");
	for (int d = 1; d <= ndays; d++) {
		cal_day day = first + d - 1;
		struct cal_day_info info = days[day - jan1];
		bool weekend = cal_weekday(day) >= 5;
		const char *cls = info.working ? (weekend ? "cal-worked" : "cal-work")
		                               : (weekend ? "cal-weekend" : "cal-off");
		html_rawf(h, "<td class=\"%s%s\"", cls, info.edited ? " cal-edited" : "");
		if (info.reason != CAL_REASON_WORKING) {
			html_raw(h, " title=\"");
			html_attr(h, day_why(req, &info));
			html_raw(h, "\"");
		}
		html_rawf(h, " data-date=\"%04d-%02d-%02d\">%d", year, month, d, d);
		if (info.reason != CAL_REASON_WORKING && info.reason != CAL_REASON_WEEKEND) {
			html_raw(h, "<span class=\"vh\"> — ");
			html_txt(h, info.working ? T(req, "working day") : T(req, "day off"));
			html_raw(h, ": ");
			html_txt(h, day_why(req, &info));
			html_raw(h, "</span>");
		}
		if (info.edited)
			html_raw(h, "<span aria-hidden=\"true\">*</span>");
		html_raw(h, "</td>");
		if (++col == 7 && d < ndays) {
			html_raw(h, "</tr><tr>");
			col = 0;
		}
	}
	for (; col < 7 && col > 0; col++)
		html_raw(h, "<td></td>");
	html_raw(h, "</tr></tbody></table>");
}

/* The days that are not what the weekday says, with why: the page's text for every reader. */
static void exceptions_table(struct http_request *req, struct html *h,
                             const struct cal_day_info *days, cal_day first, cal_day last)
{
	html_raw(h, "<h2 id=\"days-off\">");
	html_txt(h, T(req, "Days off and weekend days worked"));
	html_raw(h, "</h2><table class=\"cal-list\"><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Date"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Day"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Status"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Why"));
	html_raw(h, "</th></tr></thead><tbody>");
	int off = 0, worked = 0;
	for (cal_day d = first; d <= last; d++) {
		struct cal_day_info info = days[d - first];
		bool weekend = cal_weekday(d) >= 5;
		if (info.working == !weekend)
			continue;
		info.working ? worked++ : off++;
		html_rawf(h, "<tr class=\"%s\"><td>", info.working ? "cal-worked" : "cal-off");
		html_txt(h, dmy(req, d));
		html_raw(h, "</td><td>");
		html_txt(h, weekday_name(req, cal_weekday(d)));
		html_raw(h, "</td><td>");
		html_txt(h, info.working ? T(req, "Working day") : T(req, "Day off"));
		html_raw(h, "</td><td>");
		html_txt(h, day_why(req, &info));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table><p>");
	web_txtf(h, T(req, "%d weekdays off and %d weekend days worked."), off, worked);
	html_raw(h, "</p>");
}

static void status_callout(struct http_request *req, struct html *h, const struct cal_year *t)
{
	if (t->source != CAL_PUBLISHED) {
		html_raw(h, "<div class=\"cal-unconfirmed\" role=\"note\"><p><strong>");
		html_txt(h, T(req, "Not yet confirmed."));
		html_raw(h, "</strong> ");
		html_txt(h, T(req, "The Government has not announced this year's days off in this "
		                   "program: they are computed from the Labour Code and the lunar "
		                   "calendar, and deadlines counted over them are provisional until "
		                   "an administrator confirms or corrects the year."));
		html_raw(h, "</p></div>");
		return;
	}
	html_raw(h, "<p class=\"cal-source\">");
	html_txt(h, t->computed ? T(req, "Computed from the Labour Code and the lunar calendar, "
	                               "confirmed by an administrator.")
	                        : T(req, "As announced by the Government for civil servants."));
	html_raw(h, "</p>");
}

static void edit_forms(struct http_request *req, struct html *h, const struct cal_year *t,
                       const struct day_form *f, struct form_errors *e)
{
	html_raw(h, "<section class=\"no-print\" aria-labelledby=\"edit-title\"><h2 id=\"edit-title\">");
	html_txt(h, T(req, "Change a day"));
	html_raw(h, "</h2><p class=\"hint\">");
	html_txt(h, T(req, "For a holiday announced late, a day off taken back or a weekend day "
	                   "worked. Every change is recorded in the history, with its reason."));
	html_raw(h, "</p>");
	form_error_summary(req, h, e);
	form_begin(req, h, "/calendar/days", "day", "narrow");
	/* Typed as officials write dates (never type=date: it shows the browser's format). */
	form_input(req, h, e, &(struct form_input){
		.name = "date", .label = T(req, "Date"), .inputmode = "numeric", .size = 12,
		.value = f ? f->date : arena_printf(&req->arena, "01/01/%04d", t->year),
		.required = true, .maxlength = 32, .hint = T(req, "Day/month/year, e.g. 30/09/2019.") });
	static const char *const values[] = { "off", "working", "reset" };
	const char *labels[] = { T(req, "Day off"), T(req, "Working day"),
	                         T(req, "As the table says (remove the change)") };
	form_select(req, h, e, "state", T(req, "The day is"), values, labels, 3,
	            f && f->state ? f->state : "off");
	form_input(req, h, e, &(struct form_input){
		.name = "note", .label = T(req, "Reason"), .value = f ? f->note : NULL,
		.maxlength = CAL_NOTE_MAX,
		.hint = T(req, "E.g. the announcement's number and date. Not needed to remove a "
		               "change.") });
	form_submit(h, T(req, "Save the day"));
	form_end(h);
	if (t->computed) {
		html_raw(h, "<h2>");
		html_txt(h, T(req, "Confirm the year"));
		html_raw(h, "</h2><p class=\"hint\">");
		html_txt(h, t->source == CAL_PUBLISHED
		            ? T(req, "This year is confirmed. Withdraw the confirmation if the "
		                     "Government's announcement differs and is not entered yet.")
		            : T(req, "Once the days above match the Government's announcement, "
		                     "confirm the year: deadlines over it stop being provisional."));
		html_raw(h, "</p>");
		form_begin(req, h, "/calendar/confirm", "confirm", NULL);
		html_rawf(h, "<input type=\"hidden\" name=\"year\" value=\"%d\">"
		             "<input type=\"hidden\" name=\"confirmed\" value=\"%d\">",
		          t->year, t->source == CAL_PUBLISHED ? 0 : 1);
		form_submit(h, t->source == CAL_PUBLISHED ? T(req, "Withdraw the confirmation")
		                                          : T(req, "Confirm this year"));
		form_end(h);
	}
	html_raw(h, "</section>");
}

/* The year page; F and E set when a refused edit is shown again. */
static void render(struct http_request *req, int year, const struct day_form *f,
                   struct form_errors *e, unsigned int status)
{
	struct calendar c;
	if (calendar_service_load(req->store, &req->arena, &c) != STORE_OK) {
		reply_internal_error(req, "calendar");
		return;
	}
	struct cal_year t;
	cal_year_table(&c, year, &t);
	bool may_edit = calendar_may_edit(req->store, &req->arena, http_principal(req));
	struct html h = { 0 };
	layout_begin_form(req, &h, arena_printf(&req->arena, T(req, "Working calendar %d"), year),
	                  "/calendar", e);
	const char *saved = http_query(req, "saved");
	cal_day sd;
	if (status == 200 && saved && cal_parse_iso(saved, &sd)) {
		struct cal_day_info info;
		cal_day_describe(&c, sd, &info);
		form_notice(&h, arena_printf(&req->arena, T(req, "Saved: %s is now a %s."),
		                             dmy(req, sd), info.working ? T(req, "working day")
		                                                        : T(req, "day off")));
	}
	const char *conf = http_query(req, "confirmed");
	if (status == 200 && conf && (strcmp(conf, "1") == 0 || strcmp(conf, "0") == 0))
		form_notice(&h, strcmp(conf, "1") == 0 ? T(req, "The year is confirmed.")
		                                       : T(req, "The confirmation is withdrawn."));
	html_raw(&h, "<nav class=\"cal-years no-print\" aria-label=\"");
	html_attr(&h, T(req, "Other years"));
	html_raw(&h, "\">");
	if (year > CAL_MIN_YEAR)
		html_rawf(&h, "<a href=\"/calendar?year=%d\" rel=\"prev\">← %d</a> ", year - 1, year - 1);
	if (year < CAL_MAX_YEAR)
		html_rawf(&h, "<a href=\"/calendar?year=%d\" rel=\"next\">%d →</a>", year + 1, year + 1);
	html_raw(&h, "</nav>");
	status_callout(req, &h, &t);
	html_raw(&h, "<p class=\"cal-legend\"><span class=\"cal-key cal-off\">1</span> ");
	html_txt(&h, T(req, "day off"));
	html_raw(&h, " <span class=\"cal-key cal-worked\">1</span> ");
	html_txt(&h, T(req, "weekend day worked"));
	html_raw(&h, " <span class=\"cal-key cal-edited\">1*</span> ");
	html_txt(&h, T(req, "changed by an administrator"));
	html_raw(&h, "</p><div class=\"cal-months\">");
	cal_day jan1, dec31;
	(void)cal_from_ymd(year, 1, 1, &jan1);
	(void)cal_from_ymd(year, 12, 31, &dec31);
	struct cal_day_info *days = arena_array(&req->arena, 366, sizeof *days);
	cal_describe_range(&c, jan1, dec31, days);
	for (int m = 1; m <= 12; m++)
		month_table(req, &h, days, jan1, year, m);
	html_raw(&h, "</div>");
	exceptions_table(req, &h, days, jan1, dec31);
	if (may_edit) {
		struct form_errors none = { .form = "day" };
		edit_forms(req, &h, &t, f, e ? e : &none);
	}
	layout_finish(req, &h, status);
}

void page_calendar(struct http_request *req)
{
	int64_t year = 0;
	enum http_int r = http_query_int(req, "year", CAL_MIN_YEAR, CAL_MAX_YEAR, &year);
	if (r == HTTP_INT_INVALID) {
		web_problem_page(req, 400, "Bad Request", "The year must be from 1900 to 2199.");
		return;
	}
	if (r == HTTP_INT_ABSENT) {
		int m, d, y;
		cal_to_ymd(calendar_today(), &y, &m, &d);
		year = y;
	}
	render(req, (int)year, NULL, NULL, 200);
}

void page_calendar_day(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	if (!calendar_may_edit(req->store, &req->arena, http_principal(req))) {
		http_forbidden(req);
		return;
	}
	struct day_form f = { http_form(req, "date"), http_form(req, "state"),
	                      http_form(req, "note") };
	struct form_errors e = { .form = "day" };
	cal_day day = 0;
	int y = 0, m, d;
	if (form_date(req, &e, "date", f.date, &y, &m, &d) && !cal_from_ymd(y, m, d, &day)) {
		form_error_add(&e, "date", T(req, "Enter a date from 1900 to 2199, as day/month/year, "
		                                 "e.g. 30/09/2019."));
		y = 0;
	} else if (e.n) {
		y = 0;
	}
	enum calendar_set what = CALENDAR_SET_OFF;
	if (f.state && strcmp(f.state, "working") == 0)
		what = CALENDAR_SET_WORKING;
	else if (f.state && strcmp(f.state, "reset") == 0)
		what = CALENDAR_SET_RESET;
	else if (f.state == NULL || strcmp(f.state, "off") != 0)
		form_error_add(&e, "state", T(req, "Choose what the day is."));
	int shown = y;
	if (shown == 0) {
		cal_to_ymd(calendar_today(), &shown, &m, &d);
	}
	if (e.n) {
		render(req, shown, &f, &e, 422);
		return;
	}
	struct org_error err = { 0 };
	enum org_result r = calendar_day_set(req->store, &req->arena, http_principal(req), day,
	                                     what, f.note, NULL, &err);
	switch (r) {
	case ORG_OK: {
		char iso[11];
		cal_format_iso(day, iso);
		reply_redirect(req, arena_printf(&req->arena, "/calendar?year=%d&saved=%s#days-off", y,
		                                 iso));
		return;
	}
	case ORG_INVALID:
		form_error_add(&e, err.field && strcmp(err.field, "note") == 0 ? "note" : "date",
		               form_message(req, err.detail));
		render(req, shown, &f, &e, 422);
		return;
	default:
		form_reply_failure(req, r, "calendar day");
		return;
	}
}

void page_calendar_confirm(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	if (!calendar_may_edit(req->store, &req->arena, http_principal(req))) {
		http_forbidden(req);
		return;
	}
	int64_t year = 0, confirmed = 0;
	if (http_form_int(req, "year", CAL_MIN_YEAR, CAL_MAX_YEAR, &year) != HTTP_INT_OK
	    || http_form_int(req, "confirmed", 0, 1, &confirmed) != HTTP_INT_OK) {
		web_problem_page(req, 400, "Bad Request", "The form was not sent whole.");
		return;
	}
	struct org_error err = { 0 };
	enum org_result r = calendar_year_confirm(req->store, &req->arena, http_principal(req),
	                                          (int)year, confirmed == 1, &err);
	if (r == ORG_CONFLICT) {
		web_problem_page(req, 409, "Conflict", err.detail);
		return;
	}
	if (r != ORG_OK) {
		form_reply_failure(req, r, "calendar year");
		return;
	}
	reply_redirect(req, arena_printf(&req->arena, "/calendar?year=%d&confirmed=%d", (int)year,
	                                 (int)confirmed));
}

/*
 * The messages calendar_day_set() puts in struct org_error
 * (calendar_service.c), listed so they are extracted and translated.
 */
static const char *const day_messages[] __attribute__((unused)) = {
	N_("Say why the day is changed (up to 200 bytes)."),
	N_("The text is not valid UTF-8."),
	N_("The note is one line of text."),
	N_("A year holds at most 100 edited days."),
	N_("The date must be a day from 1900 to 2199."),
};
