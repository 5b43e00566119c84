/*
 * api_calendar.c: deadlines and working days over the API.
 *
 *   GET /api/v1/calendar/deadline?from=YYYY-MM-DD&working_days=N
 *       {"deadline":"YYYY-MM-DD","provisional":false}
 *   GET /api/v1/calendar/working-days?from=YYYY-MM-DD&to=YYYY-MM-DD
 *       {"working_days":N,"provisional":false}
 *
 * Public: the calendar is the Government's, published.  "provisional" is
 * true when a year counted is not published yet and its days off come from
 * the Labour Code alone (see src/calendar/calendar.h).
 */
#include "api/api.h"
#include "calendar/calendar_handlers.h"

#include <stdlib.h>
#include <string.h>

#include "calendar/calendar.h"
#include "http/reply.h"

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

/* True when a year from FROM's to TO's is not published (its days off are the law's guess). */
static bool provisional(cal_day from, cal_day to)
{
	int y1, y2, m, d;
	cal_to_ymd(from < to ? from : to, &y1, &m, &d);
	cal_to_ymd(from < to ? to : from, &y2, &m, &d);
	for (int y = y1; y <= y2; y++)
		if (cal_year_source(NULL, y) != CAL_PUBLISHED)
			return true;
	return false;
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
	if (!cal_deadline(NULL, from, n, &deadline)) {
		refuse(req, "working_days", "The deadline falls outside the years the calendar covers.");
		return;
	}
	char buf[11];
	cal_format_iso(deadline, buf);
	reply_json(req, 200, json_pack("{s:s, s:b}", "deadline", buf,
	                               "provisional", provisional(from, deadline)));
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
	reply_json(req, 200, json_pack("{s:I, s:b}", "working_days",
	                               (json_int_t)cal_working_days(NULL, from, to),
	                               "provisional", provisional(from, to)));
}
