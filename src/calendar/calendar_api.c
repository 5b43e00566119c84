/*
 * calendar_api.c: deadlines and working days over the API.
 *
 *   GET /api/v1/calendar/deadline?from=YYYY-MM-DD&working_days=N
 *       {"deadline":"YYYY-MM-DD","provisional":false}
 *   GET /api/v1/calendar/working-days?from=YYYY-MM-DD&to=YYYY-MM-DD
 *       {"working_days":N,"provisional":false}
 *   GET /api/v1/calendar/years/{year}          the year's days off and why
 *   PUT, DELETE /api/v1/calendar/days/{date}   an administrator's edit of a day
 *   PATCH /api/v1/calendar/years/{year}        {"confirmed": true} a computed year
 *
 * Reads are public: the calendar is the Government's, published.
 * "provisional" is true when a year counted is not confirmed yet and its
 * days off come from the Labour Code alone (see src/calendar/calendar.h).
 * Counts use the effective calendar: the shipped tables with the
 * administrators' edits (calendar_service_load).
 */
#include "api/api.h"
#include "calendar/calendar_handlers.h"

#include <stdlib.h>
#include <string.h>

#include "api/json_input.h"
#include "calendar/calendar.h"
#include "calendar/calendar_service.h"
#include "http/reply.h"
#include "store/store.h"

/* The longest span /working-days counts: about the 3,650 working days /deadline allows. */
enum { CALENDAR_MAX_SPAN_DAYS = 15 * 366 };

static void refuse(struct http_request *req, const char *field, const char *detail)
{
	reply_problem(req, 422, "/problems/invalid-query", "Invalid query parameter", detail,
	              field);
}

static bool query_date(struct http_request *req, const char *name, cal_day *out)
{
	const char *s = http_query(req, name);
	if (s == NULL || *s == '\0') {
		refuse(req, name, arena_printf(&req->arena, "'%s' is required (YYYY-MM-DD).", name));
		return false;
	}
	if (!cal_parse_iso(s, out)) {
		refuse(req, name, arena_printf(&req->arena, "'%s' must be a date YYYY-MM-DD from "
		                               "%d to %d.", name, CAL_MIN_YEAR, CAL_MAX_YEAR));
		return false;
	}
	return true;
}

/* True when a year from FROM's to TO's is not confirmed (its days off are the law's guess). */
static bool provisional(const struct calendar *c, cal_day from, cal_day to)
{
	int y1, y2, m, d;
	cal_to_ymd(from < to ? from : to, &y1, &m, &d);
	cal_to_ymd(from < to ? to : from, &y2, &m, &d);
	for (int y = y1; y <= y2; y++)
		if (cal_year_source(c, y) != CAL_PUBLISHED)
			return true;
	return false;
}

/* The effective calendar (administrators' edits included); false after replying 5xx. */
static bool load(struct http_request *req, struct calendar *c)
{
	if (calendar_service_load(req->store, &req->arena, c) != STORE_OK) {
		reply_internal_error(req, "calendar");
		return false;
	}
	return true;
}

void api_calendar_deadline(struct http_request *req)
{
	cal_day from, deadline;
	if (!query_date(req, "from", &from))
		return;
	const char *s = http_query(req, "working_days");
	/* Digits only: "+3", " 3", "3.0" and "0x3" are refused, not guessed at. */
	size_t len = s ? strlen(s) : 0;
	bool digits = len > 0 && len <= 4 && strspn(s, "0123456789") == len;
	int n = digits ? atoi(s) : -1;
	if (!digits || n > CAL_MAX_WORKING_DAYS) {
		refuse(req, "working_days", arena_printf(&req->arena, "'working_days' must be a whole "
		                                         "number from 0 to %d.",
		                                         CAL_MAX_WORKING_DAYS));
		return;
	}
	struct calendar c;
	if (!load(req, &c))
		return;
	if (!cal_deadline(&c, from, n, &deadline)) {
		refuse(req, "working_days", "The deadline falls outside the years the calendar covers.");
		return;
	}
	char buf[11];
	cal_format_iso(deadline, buf);
	reply_json(req, 200, json_pack("{s:s, s:b}", "deadline", buf,
	                               "provisional", provisional(&c, from, deadline)));
}

void api_calendar_working_days(struct http_request *req)
{
	cal_day from, to;
	if (!query_date(req, "from", &from) || !query_date(req, "to", &to))
		return;
	if (labs((long)to - (long)from) > CALENDAR_MAX_SPAN_DAYS) {
		refuse(req, "to", arena_printf(&req->arena, "'from' and 'to' may be at most %d days "
		                               "apart.", CALENDAR_MAX_SPAN_DAYS));
		return;
	}
	struct calendar c;
	if (!load(req, &c))
		return;
	reply_json(req, 200, json_pack("{s:I, s:b}", "working_days",
	                               (json_int_t)cal_working_days(&c, from, to),
	                               "provisional", provisional(&c, from, to)));
}

/* {year} of the path: 1900–2199; false after replying 404. */
static bool path_year(struct http_request *req, int *year)
{
	int64_t y;
	if (http_parse_int(http_param(req, "year"), CAL_MIN_YEAR, CAL_MAX_YEAR, &y) != HTTP_INT_OK) {
		reply_not_found(req);
		return false;
	}
	*year = (int)y;
	return true;
}

void api_calendar_year(struct http_request *req)
{
	int year;
	struct calendar c;
	if (!path_year(req, &year) || !load(req, &c))
		return;
	reply_json(req, 200, calendar_year_json(&c, year));
}

/* The year's edits may be changed by its administrators only: 401/403 before anything else. */
static bool may_edit(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return false;
	if (!calendar_may_edit(req->store, &req->arena, http_principal(req))) {
		http_forbidden(req);
		return false;
	}
	return true;
}

/* {date} of the path; false after replying 404. */
static bool path_day(struct http_request *req, cal_day *day)
{
	if (!cal_parse_iso(http_param(req, "date"), day)) {
		reply_not_found(req);
		return false;
	}
	return true;
}

static void reply_day(struct http_request *req, enum org_result r, const struct org_error *err,
                      cal_day day, const struct cal_day_info *info)
{
	if (r == ORG_OK)
		reply_json(req, 200, calendar_day_json(day, info));
	else
		api_reply_org_result(req, r, err);
}

/* PUT /api/v1/calendar/days/{date} {"working": bool, "note": "why"} */
void api_calendar_day_put(struct http_request *req)
{
	cal_day day;
	if (!path_day(req, &day) || !may_edit(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		if (strcmp(key, "working") != 0 && strcmp(key, "note") != 0 && strcmp(key, "date") != 0) {
			reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
			              arena_printf(&req->arena, "Unknown field '%s'.", key), key);
			return;
		}
	}
	json_t *working = json_object_get(body, "working");
	json_t *note = json_object_get(body, "note");
	if (!json_is_boolean(working)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "'working' is required: true for a working day, false for a day off.",
		              "working");
		return;
	}
	if (note != NULL && !json_is_string(note)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "'note' must be a string.", "note");
		return;
	}
	struct org_error err = { 0 };
	struct cal_day_info info;
	enum org_result r = calendar_day_set(req->store, &req->arena, http_principal(req), day,
	                                     json_is_true(working) ? CALENDAR_SET_WORKING
	                                                           : CALENDAR_SET_OFF,
	                                     note ? json_string_value(note) : NULL, &info, &err);
	reply_day(req, r, &err, day, &info);
}

/* DELETE /api/v1/calendar/days/{date}: back to the table (idempotent). */
void api_calendar_day_delete(struct http_request *req)
{
	cal_day day;
	if (!path_day(req, &day) || !may_edit(req))
		return;
	struct org_error err = { 0 };
	struct cal_day_info info;
	enum org_result r = calendar_day_set(req->store, &req->arena, http_principal(req), day,
	                                     CALENDAR_SET_RESET, NULL, &info, &err);
	reply_day(req, r, &err, day, &info);
}

/* PATCH /api/v1/calendar/years/{year} {"confirmed": bool} */
void api_calendar_year_patch(struct http_request *req)
{
	int year;
	if (!path_year(req, &year) || !may_edit(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		if (strcmp(key, "confirmed") != 0) {
			reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
			              arena_printf(&req->arena, "Unknown field '%s'.", key), key);
			return;
		}
	}
	json_t *confirmed = json_object_get(body, "confirmed");
	if (!json_is_boolean(confirmed)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "'confirmed' is required: true or false.", "confirmed");
		return;
	}
	struct org_error err = { 0 };
	enum org_result r = calendar_year_confirm(req->store, &req->arena, http_principal(req),
	                                          year, json_is_true(confirmed), &err);
	if (r == ORG_CONFLICT) {
		reply_problem(req, 409, "/problems/conflict", "Conflict", err.detail, err.field);
		return;
	}
	if (r != ORG_OK) {
		api_reply_org_result(req, r, &err);
		return;
	}
	struct calendar c;
	if (load(req, &c))
		reply_json(req, 200, calendar_year_json(&c, year));
}
