/*
 * target_pages.c: the district's targets (chỉ tiêu) in HTML: what the pages
 * share (the pages are target_pages_board.c, _late.c, _target.c, _report.c).
 *
 *   GET  /targets?year=&as_of=       the board (public): counts per status, and
 *                                    for each top-level target its status, a
 *                                    bullet chart, a trend line and the wards'
 *                                    small multiples
 *   GET  /targets/late?year=&as_of=  periods whose figures are overdue (signed in)
 *   GET  /targets/{id}?as_of=        one target: definition, judgement, trend,
 *                                    breakdown, figures per period, and for those
 *                                    with PERM_REPORT on its unit the report form
 *   POST /targets/{id}/report        report (or correct) a period's figure
 *
 * The same functions and query rules as /api/v1/targets (api_targets.c):
 * ?year= defaults to the year of ?as_of=, which defaults to today.  A
 * status is always shown by its text and a shape as well as its colour.
 * Every chart has a table with the same numbers beside it.
 */
#include "target/target_pages.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "org/org_service.h"
#include "store/store.h"
#include "target/target_board.h"
#include "http/cache.h"
#include "http/server.h"
#include "target/target_service.h"
#include "text/vnparse.h"
#include "text/vntext.h"
#include "web/svg_chart.h"


/* ---- formatting --------------------------------------------------------- */

static bool is_flow(enum target_kind k)
{
	return k == TK_AMOUNT || k == TK_COUNT;
}


/*
 * "?as_of=YYYY-MM-DD" when the page was asked for a date, so links between
 * target pages keep judging as of it; "" otherwise.  The value is a checked
 * date (digits and dashes), safe in an attribute as it is.
 */
const char *tpage_as_of_suffix(struct http_request *req, char sep)
{
	int64_t day;
	if (!tpage_parse_day(http_query(req, "as_of"), &day))
		return "";
	return arena_printf(&req->arena, "%cas_of=%s", sep, tpage_iso_day(req, day));
}

/* A date as people type it: 30/09/2019, 30-9-2019 or 2019-09-30 (text/vnparse.c). */
bool tpage_parse_day(const char *s, int64_t *day)
{
	int y, m, d;
	if (s == NULL || !vn_parse_date(s, &y, &m, &d))
		return false;
	*day = target_day(y, m, d);
	return true;
}

/* V with up to DECIMALS decimals, trailing zeros dropped: 1.234,5 / 1,234.5. */
static const char *fmt_num_d(struct http_request *req, double v, int decimals)
{
	return web_fmt_number(req, v, decimals);
}

const char *tpage_fmt_num(struct http_request *req, double v)
{
	return fmt_num_d(req, v, 2);
}

/* A figure with its unit of measure: "12,5 %", "250 tỷ đồng". */
const char *tpage_fmt_value(struct http_request *req, const struct target *t, double v)
{
	const char *n = tpage_fmt_num(req, v);
	if (!isfinite(v) || t->unit_of_measure == NULL || *t->unit_of_measure == '\0')
		return n;
	return arena_printf(&req->arena, "%s %s", n, t->unit_of_measure);
}

const char *tpage_fmt_pct(struct http_request *req, double v)
{
	if (!isfinite(v))
		return "–";
	return web_fmt_percent(req, v, 1);
}

/* The target as text: "≥ 10 %", "≤ 5 vụ", "6 – 8 %". */
const char *tpage_fmt_target(struct http_request *req, const struct target *t)
{
	if (t->has_high)
		return arena_printf(&req->arena, "%s – %s", tpage_fmt_num(req, t->target_low),
		                    tpage_fmt_value(req, t, t->target_high));
	return arena_printf(&req->arena, "%s %s", t->direction == DIR_LOWER ? "≤" : "≥",
	                    tpage_fmt_value(req, t, t->target_low));
}

static void axis_num(void *ctx, double v, char *buf, size_t n)
{
	snprintf(buf, n, "%s", tpage_fmt_num((struct http_request *)ctx, v));
}

/* Civil date of a day number (H. Hinnant's civil_from_days). */
static void day_civil(int64_t day, int *y, int *m, int *d)
{
	int64_t z = day + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* "15/07/2019", in either language: the way the district writes dates, and the way they are typed back. */
const char *tpage_fmt_day(struct http_request *req, int64_t day)
{
	int y, m, d;
	day_civil(day, &y, &m, &d);
	char buf[32];
	if (vn_format_date(buf, sizeof buf, y, m, d) == 0)
		return "?";
	return arena_strdup(&req->arena, buf);
}

const char *tpage_iso_day(struct http_request *req, int64_t day)
{
	int y, m, d;
	day_civil(day, &y, &m, &d);
	return arena_printf(&req->arena, "%04d-%02d-%02d", y, m, d);
}

/* ---- labels ------------------------------------------------------------- */

static const char *status_label(struct http_request *req, enum target_status s)
{
	static const char *const labels[] = {
		[TS_NO_DATA] = N_("No data"), [TS_ACHIEVED] = N_("Achieved"),
		[TS_ON_TRACK] = N_("On track"), [TS_AT_RISK] = N_("At risk"),
		[TS_OFF_TRACK] = N_("Off track"),
	};
	return (unsigned)s < 5 ? T(req, labels[s]) : "?";
}

/* Whether every period of E's year has ended: a miss is then final. */
bool tpage_year_over(const struct board_entry *e)
{
	return e->j.periods_elapsed >= period_count(e->t->period);
}

/*
 * A status as people say it: a target still off track when its year has
 * ended is not "behind", it is missed ("Không đạt").
 */
const char *tpage_status_label(struct http_request *req, enum target_status s, bool year_over)
{
	if (s == TS_OFF_TRACK && year_over)
		return T(req, "Missed");
	return status_label(req, s);
}

/* Worst first: off track (missed), at risk, no data, on track, achieved. */
int tpage_severity(enum target_status s)
{
	switch (s) {
	case TS_OFF_TRACK: return 0;
	case TS_AT_RISK: return 1;
	case TS_NO_DATA: return 2;
	case TS_ON_TRACK: return 3;
	case TS_ACHIEVED: return 4;
	}
	return 5;
}

/* qsort order of board_entry pointers: severity, then lowest attainment, then code. */
int tpage_entry_cmp(const void *a, const void *b)
{
	const struct board_entry *x = *(const struct board_entry *const *)a;
	const struct board_entry *y = *(const struct board_entry *const *)b;
	int sx = tpage_severity(x->j.status), sy = tpage_severity(y->j.status);
	if (sx != sy)
		return sx - sy;
	double ax = x->j.has_forecast ? x->j.forecast_attainment : 1e300;
	double ay = y->j.has_forecast ? y->j.forecast_attainment : 1e300;
	if (ax != ay)
		return ax < ay ? -1 : 1;
	return strcmp(x->t->code, y->t->code);
}

/* Decimals a forecast is shown with: whole things are counted whole. */
static int forecast_decimals(const struct target *t)
{
	bool pct = t->unit_of_measure && strcmp(t->unit_of_measure, "%") == 0;
	if (!pct && (t->kind == TK_COUNT || t->kind == TK_REDUCTION))
		return 0;
	return 1;
}

/*
 * A year-end forecast as the unit is counted: whole households, a share or
 * ratio no higher than 100 % (a projection past it says "100 %, the most
 * there can be").
 */
const char *tpage_fmt_forecast(struct http_request *req, const struct target *t, double v)
{
	if (!isfinite(v))
		return "–";
	if ((t->kind == TK_SHARE || t->kind == TK_RATIO) && v > 100)
		return arena_printf(&req->arena, T(req, "%s (the most there can be)"),
		                    tpage_fmt_value(req, t, 100));
	const char *n = fmt_num_d(req, v, forecast_decimals(t));
	if (t->unit_of_measure == NULL || *t->unit_of_measure == '\0')
		return n;
	return arena_printf(&req->arena, "%s %s", n, t->unit_of_measure);
}

/*
 * Why E has its status, in one line: the figure against the target when
 * the year is over or the target is already met, else the forecast's share
 * of the target against the thresholds (100 % on track, 90 % at risk).
 */
const char *tpage_reason(struct http_request *req, const struct board_entry *e)
{
	const struct target *t = e->t;
	const struct judgement *j = &e->j;
	if (!j->has_value)
		return j->periods_elapsed == 0 ? T(req, "no period has ended yet")
		                               : T(req, "no figure reported yet");
	if (tpage_year_over(e))
		return arena_printf(&req->arena, T(req, "year result %s, target %s"),
		                    tpage_fmt_value(req, t, j->value), tpage_fmt_target(req, t));
	switch (j->status) {
	case TS_ACHIEVED:
		return arena_printf(&req->arena, T(req, "already %s, target %s"),
		                    tpage_fmt_value(req, t, j->value), tpage_fmt_target(req, t));
	case TS_ON_TRACK:
		return arena_printf(&req->arena, T(req, "forecast %s of the target ≥ 100 %%"),
		                    tpage_fmt_pct(req, j->forecast_attainment));
	case TS_AT_RISK:
		return arena_printf(&req->arena, T(req, "forecast %s of the target, under 100 %%"),
		                    tpage_fmt_pct(req, j->forecast_attainment));
	case TS_OFF_TRACK:
		if (is_flow(t->kind) && t->direction == DIR_LOWER)
			return arena_printf(&req->arena, T(req, "already %s, above the limit %s"),
			                    tpage_fmt_value(req, t, j->value), tpage_fmt_target(req, t));
		return arena_printf(&req->arena, T(req, "forecast %s of the target < 90 %%"),
		                    tpage_fmt_pct(req, j->forecast_attainment));
	case TS_NO_DATA:
		break;
	}
	return "";
}

/* The order statuses are counted in at the top of the board. */
const enum target_status tpage_status_order[TPAGE_STATUSES] = {
	TS_ACHIEVED, TS_ON_TRACK, TS_AT_RISK, TS_OFF_TRACK, TS_NO_DATA,
};

/* A status: its shape (no icon font, no image), its text, and its colour by class. */
static void status_badge(struct http_request *req, struct html *h, enum target_status s,
                         bool year_over, bool compact);

void tpage_status_badge(struct http_request *req, struct html *h, enum target_status s)
{
	status_badge(req, h, s, false, false);
}

/* E's status, "Missed" rather than "Off track" once its year is over. */
void tpage_entry_badge(struct http_request *req, struct html *h, const struct board_entry *e)
{
	status_badge(req, h, e->j.status, tpage_year_over(e), false);
}

void tpage_entry_mark(struct http_request *req, struct html *h, const struct board_entry *e)
{
	status_badge(req, h, e->j.status, tpage_year_over(e), true);
}

static void status_badge(struct http_request *req, struct html *h, enum target_status s,
                         bool year_over, bool compact)
{
	static const char *const shapes[] = {
		[TS_NO_DATA] = "<circle cx=\"6\" cy=\"6\" r=\"4.5\" fill=\"none\" "
		               "stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"2 1.5\"/>",
		[TS_ACHIEVED] = "<circle cx=\"6\" cy=\"6\" r=\"5.5\" fill=\"currentColor\"/>",
		[TS_ON_TRACK] = "<path d=\"M6 .5 L11.5 11 L.5 11 Z\" fill=\"currentColor\"/>",
		[TS_AT_RISK] = "<path d=\"M6 .3 L11.7 6 L6 11.7 L.3 6 Z\" fill=\"none\" "
		               "stroke=\"currentColor\" stroke-width=\"2\"/>",
		[TS_OFF_TRACK] = "<path d=\"M.5 1 L11.5 1 L6 11.5 Z\" fill=\"currentColor\"/>",
	};
	if ((unsigned)s >= 5)
		s = TS_NO_DATA;
	html_rawf(h, "<span class=\"status st-%s%s\"><svg class=\"shape\" aria-hidden=\"true\" "
	             "focusable=\"false\" viewBox=\"0 0 12 12\" width=\"12\" height=\"12\">%s"
	             "</svg> ",
	          target_status_name(s), compact ? " mark" : "", shapes[s]);
	/* A mark in a grid: the shape and colour show, the words are read out. */
	html_raw(h, compact ? "<span class=\"vh\">" : "<span>");
	html_txt(h, tpage_status_label(req, s, year_over));
	html_raw(h, "</span></span>");
}

const char *tpage_kind_label(struct http_request *req, enum target_kind k)
{
	static const char *const labels[] = {
		[TK_GROWTH_RATE] = N_("Growth rate"), [TK_AMOUNT] = N_("Amount"),
		[TK_COUNT] = N_("Count"), [TK_REDUCTION] = N_("Reduction"),
		[TK_RATIO] = N_("Ratio"), [TK_SHARE] = N_("Share of units"),
		[TK_RANGE] = N_("Range"),
	};
	return (unsigned)k < TK_COUNT_KINDS ? T(req, labels[k]) : "?";
}

const char *tpage_period_kind_label(struct http_request *req, enum period_kind p)
{
	switch (p) {
	case PERIOD_MONTH: return T(req, "Monthly");
	case PERIOD_QUARTER: return T(req, "Quarterly");
	case PERIOD_YEAR: return T(req, "Yearly");
	}
	return "?";
}

/* Quarters as Vietnamese write them, Quý I–IV; 1–4 in English. */
static const char *quarter_name(struct http_request *req, int no)
{
	static const char *const roman[] = { "I", "II", "III", "IV" };
	if (web_lang(req) == LANG_VI && no >= 1 && no <= 4)
		return roman[no - 1];
	return arena_printf(&req->arena, "%d", no);
}

/* "Month 3", "Quarter 2" (Quý II), "Whole year". */
const char *tpage_period_label(struct http_request *req, const struct target *t, int no)
{
	switch (t->period) {
	case PERIOD_MONTH: return arena_printf(&req->arena, T(req, "Month %d"), no);
	case PERIOD_QUARTER: return arena_printf(&req->arena, T(req, "Quarter %s"), quarter_name(req, no));
	case PERIOD_YEAR: return T(req, "Whole year");
	}
	return "?";
}

/* For the x axis: "T3" / "M3", "Q2", the year. */
static const char *period_short(struct http_request *req, const struct target *t, int no)
{
	switch (t->period) {
	case PERIOD_MONTH: return arena_printf(&req->arena, T(req, "M%d"), no);
	case PERIOD_QUARTER:
		/* "Quý I" fits the axis as well as "Q1", and is how the reports write it. */
		return web_lang(req) == LANG_VI ? arena_printf(&req->arena, T(req, "Quarter %s"),
		                                                quarter_name(req, no))
		                                : arena_printf(&req->arena, T(req, "Q%d"), no);
	case PERIOD_YEAR: return arena_printf(&req->arena, "%d", t->year);
	}
	return "?";
}


/* ---- units -------------------------------------------------------------- */


static int unit_id_cmp(const void *a, const void *b)
{
	const struct org_unit *x = *(const struct org_unit *const *)a;
	const struct org_unit *y = *(const struct org_unit *const *)b;
	return (x->id > y->id) - (x->id < y->id);
}

bool tpage_units_load(struct http_request *req, struct unit_names *un)
{
	struct unit_filter f = { 0 };
	if (org_unit_list(req->store, &f, &req->arena, &un->u, &un->n) != STORE_OK) {
		un->n = 0;
		un->by_id = NULL;
		return false;
	}
	un->by_id = arena_alloc(&req->arena, (un->n ? un->n : 1) * sizeof *un->by_id);
	for (size_t i = 0; i < un->n; i++)
		un->by_id[i] = &un->u[i];
	qsort(un->by_id, un->n, sizeof *un->by_id, unit_id_cmp);
	return true;
}

const struct org_unit *tpage_unit_find(const struct unit_names *un, int64_t id)
{
	size_t lo = 0, hi = un->by_id ? un->n : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (un->by_id[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < (un->by_id ? un->n : 0) && un->by_id[lo]->id == id ? un->by_id[lo] : NULL;
}

const char *tpage_unit_name(const struct unit_names *un, int64_t id)
{
	const struct org_unit *u = tpage_unit_find(un, id);
	return u ? u->name : "?";
}


/* ---- the year and as-of date -------------------------------------------- */


/*
 * ?year= and ?as_of= (errors beside the fields).  Without either, the year
 * pages open on is the latest with figures (target_default_year), judged
 * as of today; with only ?as_of=, its year, as the API does.
 */
void tpage_board_query_read(struct http_request *req, struct board_query *q,
                            struct form_errors *e)
{
	q->year_text = http_query(req, "year");
	q->as_of_text = http_query(req, "as_of");
	q->as_of = target_today();
	q->year = 0;
	bool as_of_given = false;
	if (q->as_of_text && *q->as_of_text) {
		if (tpage_parse_day(q->as_of_text, &q->as_of)) {
			as_of_given = true;
		} else {
			form_error_add(e, "as_of", T(req, "Enter the date as day/month/year, "
			                                  "e.g. 30/09/2019."));
			q->as_of = target_today();
		}
	}
	int64_t year;
	switch (http_parse_int(q->year_text, 2000, 2100, &year)) {
	case HTTP_INT_OK:
		q->year = (int)year;
		break;
	case HTTP_INT_INVALID:
		form_error_add(e, "year", T(req, "Choose a year from 2000 to 2100."));
		break;
	case HTTP_INT_ABSENT:
		break;
	}
	if (q->year == 0 && !as_of_given) {
		int y;
		if (target_default_year(req->store, &req->arena, &y) == STORE_OK)
			q->year = y;
	}
	if (q->year == 0) {
		int y, m, d;
		day_civil(q->as_of, &y, &m, &d);
		/* As the API: the as-of date's year, within 2000-2100. */
		q->year = y < 2000 ? 2000 : y > 2100 ? 2100 : y;
	}
}

/* The years that have targets, as links: the board is one click from any of them. */
static void year_links(struct http_request *req, struct html *h, const char *action,
                       const struct board_query *q)
{
	int *years;
	size_t n;
	if (target_year_list(req->store, &req->arena, &years, &n) != STORE_OK || n < 1)
		return;
	html_raw(h, "<nav class=\"years\" aria-label=\"");
	html_attr(h, T(req, "Years"));
	html_raw(h, "\"><span class=\"group\">");
	html_txt(h, T(req, "Years:"));
	html_raw(h, "</span><ul>");
	for (size_t i = 0; i < n; i++) {
		html_raw(h, "<li><a href=\"");
		html_attr(h, action);
		html_rawf(h, "?year=%d\"%s>%d</a></li>", years[i],
		          years[i] == q->year ? " aria-current=\"page\"" : "", years[i]);
	}
	html_raw(h, "</ul></nav>");
}

/* The GET form: year and as-of date; works without script. */
void tpage_board_query_form(struct http_request *req, struct html *h, const char *action,
                            const struct board_query *q, struct form_errors *e)
{
	int today_y, m, d;
	day_civil(target_today(), &today_y, &m, &d);
	int from = q->year < 2015 ? q->year : 2015;
	int to = q->year > today_y + 1 ? q->year : today_y + 1;
	size_t n = (size_t)(to - from + 1);
	const char **values = arena_alloc(&req->arena, n * sizeof *values);
	for (size_t i = 0; i < n; i++)
		values[i] = arena_printf(&req->arena, "%d", to - (int)i);
	e->form = "board";
	form_error_summary(req, h, e);
	year_links(req, h, action, q);
	html_raw(h, "<details class=\"query\"");
	html_raw(h, e->n ? " open><summary>" : "><summary>");
	html_txt(h, T(req, "Another year or date"));
	html_raw(h, "</summary><form method=\"get\" action=\"");
	html_attr(h, action);
	html_raw(h, "\" class=\"query\">");
	form_select(req, h, e, "year", T(req, "Year"), values, values, n,
	            arena_printf(&req->arena, "%d", q->year));
	form_input(req, h, e, &(struct form_input){
		.name = "as_of", .label = T(req, "As of"), .inputmode = "numeric",
		.value = form_error_for(e, "as_of") ? q->as_of_text : tpage_fmt_day(req, q->as_of),
		.hint = T(req, "Day/month/year, e.g. 30/09/2019: the status as it stood that day."),
		.maxlength = 32, .size = 12 });
	form_submit(h, T(req, "Show"));
	html_raw(h, "</form></details>");
}

/* ---- the charts of one target ------------------------------------------- */

static double opt(bool has, double v)
{
	return has ? v : NAN;
}

/* The bullet's accessible description: figure, target, forecast. */
static const char *bullet_desc(struct http_request *req, const struct board_entry *e)
{
	const struct target *t = e->t;
	return arena_printf(&req->arena, "%s %s %s",
	                    e->j.has_value
	                        ? arena_printf(&req->arena, T(req, "Figure so far: %s."),
	                                       tpage_fmt_value(req, t, e->j.value))
	                        : T(req, "No figure reported yet."),
	                    arena_printf(&req->arena, T(req, "Target: %s."), tpage_fmt_target(req, t)),
	                    e->j.has_forecast
	                        ? arena_printf(&req->arena, T(req, "Year-end forecast: %s."),
	                                       tpage_fmt_forecast(req, t, e->j.forecast))
	                        : "");
}

void tpage_entry_bullet(struct http_request *req, struct html *h, const struct board_entry *e,
                        const char *id, const char *size_class, const char *title)
{
	const struct target *t = e->t;
	const char *cls = arena_printf(&req->arena, "%s st-%s", size_class,
	                               target_status_name(e->j.status));
	/* An amount or count grows over the year: by now it should have reached the
	 * target's share of the periods ended.  A rate has no such mark. */
	double needed = NAN;
	int np = period_count(t->period);
	if (is_flow(t->kind) && t->direction == DIR_HIGHER && !tpage_year_over(e)
	    && e->j.periods_elapsed > 0 && np > 0)
		needed = t->target_low * e->j.periods_elapsed / np;
	bool small = strstr(size_class, "small") != NULL;
	svg_bullet_ex(h, id, cls, opt(e->j.has_value, e->j.value), t->target_low,
	              opt(t->has_high, t->target_high), opt(e->j.has_forecast, e->j.forecast), NAN,
	              needed, small ? NULL : axis_num, req, title, bullet_desc(req, e));
}

/* The bullet's numbers as a one-row table. */
void tpage_bullet_table(struct http_request *req, struct html *h, const struct board_entry *e)
{
	const struct target *t = e->t;
	html_raw(h, "<table class=\"compact figures\"><caption class=\"vh\">");
	web_txtf(h, T(req, "Figures of %s"), t->code);
	html_raw(h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Figure so far"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Target"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Attainment"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Year-end forecast"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Periods reported"));
	html_raw(h, "</th></tr></thead><tbody><tr><td>");
	html_txt(h, e->j.has_value ? tpage_fmt_value(req, t, e->j.value) : "–");
	html_raw(h, "</td><td>");
	html_txt(h, tpage_fmt_target(req, t));
	html_raw(h, "</td><td>");
	html_txt(h, e->j.has_value ? tpage_fmt_pct(req, e->j.attainment) : "–");
	html_raw(h, "</td><td>");
	html_txt(h, e->j.has_forecast
	                ? arena_printf(&req->arena, "%s (%s)", tpage_fmt_forecast(req, t, e->j.forecast),
	                               tpage_fmt_pct(req, e->j.forecast_attainment))
	                : "–");
	html_raw(h, "</td><td>");
	web_txtf(h, T(req, "%d of %d"), e->j.periods_reported, e->j.periods_elapsed);
	html_raw(h, "</td></tr></tbody></table>");
}

/* Values per period for the trend: cumulative for amounts and counts. */
static double *trend_values(struct http_request *req, const struct board_entry *e, int np)
{
	double *v = arena_alloc(&req->arena, (size_t)np * sizeof *v);
	for (int i = 0; i < np; i++)
		v[i] = NAN;
	for (size_t i = 0; i < e->nseries; i++)
		if (e->series[i].period_no >= 1 && e->series[i].period_no <= np)
			v[e->series[i].period_no - 1] = e->series[i].value;
	if (is_flow(e->t->kind)) {
		double sum = 0;
		for (int i = 0; i < np; i++)
			if (isfinite(v[i])) {
				sum += v[i];
				v[i] = sum;
			}
	}
	return v;
}

void tpage_entry_trend(struct http_request *req, struct html *h, const struct board_entry *e,
                       const char *id, const char *size_class, bool table_open)
{
	const struct target *t = e->t;
	int np = period_count(t->period);
	if (np < 1)
		return;
	double *v = trend_values(req, e, np);
	const char **labels = arena_alloc(&req->arena, (size_t)np * sizeof *labels);
	for (int i = 0; i < np; i++)
		labels[i] = period_short(req, t, i + 1);
	bool flow = is_flow(t->kind);
	const char *title = arena_printf(&req->arena,
	                                 flow ? T(req, "%s: cumulative figure per period, %d")
	                                      : T(req, "%s: figure per period, %d"),
	                                 t->code, t->year);
	const char *desc = arena_printf(&req->arena, T(req, "%d of %d periods reported. Target: %s."),
	                                (int)e->nseries, np, tpage_fmt_target(req, t));
	if (e->j.has_forecast && !tpage_year_over(e))
		desc = arena_printf(&req->arena, "%s %s", desc,
		                    arena_printf(&req->arena, T(req, "Year-end forecast: %s."),
		                                 tpage_fmt_forecast(req, t, e->j.forecast)));
	double projection = e->j.has_forecast && !tpage_year_over(e) ? e->j.forecast : NAN;
	if (isfinite(projection) && (t->kind == TK_SHARE || t->kind == TK_RATIO) && projection > 100)
		projection = 100;
	svg_trend_ex(h, id, size_class, v, np, labels, t->target_low,
	             opt(t->has_high, t->target_high), projection, t->unit_of_measure, axis_num, req,
	             title, desc);
	html_raw(h, table_open ? "<details open><summary>" : "<details><summary>");
	html_txt(h, T(req, "Figures per period (table)"));
	html_raw(h, "</summary><table class=\"compact\"><caption class=\"vh\">");
	html_txt(h, title);
	html_raw(h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Period"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Figure"));
	html_raw(h, "</th>");
	if (flow) {
		html_raw(h, "<th scope=\"col\">");
		html_txt(h, T(req, "Cumulative"));
		html_raw(h, "</th>");
	}
	html_raw(h, "</tr></thead><tbody>");
	for (int i = 0; i < np; i++) {
		double own = NAN;
		for (size_t k = 0; k < e->nseries; k++)
			if (e->series[k].period_no == i + 1)
				own = e->series[k].value;
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, tpage_period_label(req, t, i + 1));
		html_raw(h, "</th><td>");
		html_txt(h, isfinite(own) ? tpage_fmt_value(req, t, own)
		            : i + 1 > e->j.periods_elapsed ? T(req, "not due yet")
		                                           : T(req, "not reported"));
		html_raw(h, "</td>");
		if (flow) {
			html_raw(h, "<td>");
			html_txt(h, isfinite(v[i]) ? tpage_fmt_value(req, t, v[i]) : "–");
			html_raw(h, "</td>");
		}
		html_raw(h, "</tr>");
	}
	html_raw(h, "</tbody></table></details>");
}

/* The wards' small multiples: a tiny bullet each, in the store's order. */
enum { MULTIPLES_MAX = 30, BEHIND_SHOWN = 10 };

static int attainment_cmp(const void *a, const void *b)
{
	const struct board_entry *x = *(const struct board_entry *const *)a;
	const struct board_entry *y = *(const struct board_entry *const *)b;
	double ax = x->j.has_value ? x->j.attainment : -1e300;
	double ay = y->j.has_value ? y->j.attainment : -1e300;
	return (ax > ay) - (ax < ay);
}

/*
 * A breakdown too large for small multiples (a city's hundreds of units):
 * how many units stand at each status, and the ones furthest behind, with
 * the full breakdown one click away on the target's page.
 */
static void entry_breakdown_summary(struct http_request *req, struct html *h,
                                    const struct board_entry *e, const struct unit_names *un)
{
	int counts[5] = { 0 };
	const struct board_entry **order = arena_alloc(&req->arena, e->nchildren * sizeof *order);
	for (size_t c = 0; c < e->nchildren; c++) {
		if ((unsigned)e->children[c].j.status < 5)
			counts[e->children[c].j.status]++;
		order[c] = &e->children[c];
	}
	qsort(order, e->nchildren, sizeof *order, attainment_cmp);
	html_raw(h, "<h3>");
	web_txtf(h, T(req, "By unit (%zu units)"), e->nchildren);
	html_raw(h, "</h3><ul class=\"status-counts\">");
	for (size_t i = 0; i < TPAGE_STATUSES; i++) {
		html_raw(h, "<li>");
		tpage_status_badge(req, h, tpage_status_order[i]);
		html_rawf(h, " <span class=\"count\">%d</span></li>", counts[tpage_status_order[i]]);
	}
	html_raw(h, "</ul><p>");
	html_txt(h, T(req, "Furthest behind:"));
	html_raw(h, "</p><ol class=\"behind\">");
	for (size_t c = 0; c < e->nchildren && c < BEHIND_SHOWN; c++) {
		html_rawf(h, "<li><a href=\"/targets/%lld%s\">", (long long)order[c]->t->id,
		          tpage_as_of_suffix(req, '?'));
		html_txt(h, tpage_unit_name(un, order[c]->t->owner_unit_id));
		html_raw(h, "</a> ");
		tpage_entry_badge(req, h, order[c]);
		html_raw(h, " <span class=\"fig\">");
		html_txt(h, order[c]->j.has_value ? tpage_fmt_value(req, order[c]->t, order[c]->j.value)
		                                  : "–");
		html_raw(h, " / ");
		html_txt(h, tpage_fmt_target(req, order[c]->t));
		html_raw(h, "</span></li>");
	}
	html_rawf(h, "</ol><p><a href=\"/targets/%lld%s\">", (long long)e->t->id,
	          tpage_as_of_suffix(req, '?'));
	html_txt(h, T(req, "Every unit of this target"));
	html_raw(h, "</a></p>");
}

void tpage_entry_multiples(struct http_request *req, struct html *h, const struct board_entry *e,
                           const struct unit_names *un)
{
	if (e->nchildren == 0)
		return;
	if (e->nchildren > MULTIPLES_MAX) {
		entry_breakdown_summary(req, h, e, un);
		return;
	}
	html_raw(h, "<h3>");
	html_txt(h, T(req, "By ward"));
	html_raw(h, "</h3><ul class=\"multiples\">");
	for (size_t c = 0; c < e->nchildren; c++) {
		const struct board_entry *ch = &e->children[c];
		const char *name = tpage_unit_name(un, ch->t->owner_unit_id);
		html_rawf(h, "<li><a class=\"ward\" href=\"/targets/%lld%s\">", (long long)ch->t->id,
		          tpage_as_of_suffix(req, '?'));
		html_txt(h, name);
		html_raw(h, "</a> ");
		tpage_entry_badge(req, h, ch);
		tpage_entry_bullet(req, h, ch, arena_printf(&req->arena, "w%lld", (long long)ch->t->id),
		                   "small", arena_printf(&req->arena, "%s, %s", name, ch->t->code));
		html_raw(h, "<span class=\"fig\">");
		html_txt(h, ch->j.has_value ? tpage_fmt_value(req, ch->t, ch->j.value) : "–");
		html_raw(h, " / ");
		html_txt(h, tpage_fmt_target(req, ch->t));
		html_raw(h, "</span></li>");
	}
	html_raw(h, "</ul><details><summary>");
	html_txt(h, T(req, "The wards' figures (table)"));
	html_raw(h, "</summary>");
	html_raw(h, "<table class=\"compact\"><caption class=\"vh\">");
	web_txtf(h, T(req, "%s by ward"), e->t->code);
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Ward"), N_("Status"), N_("Figure so far"), N_("Target"),
	               N_("Year-end forecast"));
	for (size_t c = 0; c < e->nchildren; c++) {
		const struct board_entry *ch = &e->children[c];
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, tpage_unit_name(un, ch->t->owner_unit_id));
		html_raw(h, "</th><td>");
		html_txt(h, tpage_status_label(req, ch->j.status, tpage_year_over(ch)));
		html_raw(h, "</td><td>");
		html_txt(h, ch->j.has_value ? tpage_fmt_value(req, ch->t, ch->j.value) : "–");
		html_raw(h, "</td><td>");
		html_txt(h, tpage_fmt_target(req, ch->t));
		html_raw(h, "</td><td>");
		html_txt(h, ch->j.has_forecast ? tpage_fmt_forecast(req, ch->t, ch->j.forecast) : "–");
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></details>");
}
