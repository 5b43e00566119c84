/*
 * page_targets.c: the district's targets (chỉ tiêu) in HTML.
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
#include "web/web.h"
#include "target/target_handlers.h"

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
#include "text/vntext.h"
#include "web/svg_chart.h"


/* ---- formatting --------------------------------------------------------- */

/*
 * "?as_of=YYYY-MM-DD" when the page was asked for a date, so links between
 * target pages keep judging as of it; "" otherwise.  The value is a checked
 * date (digits and dashes), safe in an attribute as it is.
 */
static const char *as_of_suffix(struct http_request *req, char sep)
{
	const char *d = http_query(req, "as_of");
	int64_t day;
	if (d == NULL || !target_parse_day(d, &day))
		return "";
	return arena_printf(&req->arena, "%cas_of=%s", sep, d);
}


/* V with up to DECIMALS decimals, trailing zeros dropped: 1.234,5 / 1,234.5. */
static const char *fmt_num_d(struct http_request *req, double v, int decimals)
{
	char buf[64];
	if (!isfinite(v))
		return "–";
	if (web_lang(req) == LANG_VI) {
		if (fabs(v) >= 1e15) {
			snprintf(buf, sizeof buf, "%.6g", v);
			return arena_strdup(&req->arena, buf);
		}
		if (vn_format_decimal(buf, sizeof buf, v, decimals) == 0)
			return "?";
	} else {
		/* English: ',' groups thousands, '.' before decimals. */
		char raw[64];
		if (fabs(v) >= 1e15) {
			snprintf(buf, sizeof buf, "%.6g", v);
			return arena_strdup(&req->arena, buf);
		}
		snprintf(raw, sizeof raw, "%.*f", decimals, v);
		const char *dot = strchr(raw, '.');
		const char *digits = raw[0] == '-' ? raw + 1 : raw;
		size_t int_len = (size_t)((dot ? dot : raw + strlen(raw)) - digits);
		size_t o = 0;
		if (raw[0] == '-')
			buf[o++] = '-';
		for (size_t i = 0; i < int_len; i++) {
			if (i > 0 && (int_len - i) % 3 == 0)
				buf[o++] = ',';
			buf[o++] = digits[i];
		}
		if (dot) {
			size_t rest = strlen(dot);
			memcpy(buf + o, dot, rest);
			o += rest;
		}
		buf[o] = '\0';
	}
	/* Drop trailing zeros after the decimal separator, then the separator. */
	char sep = web_lang(req) == LANG_VI ? ',' : '.';
	char *d = strchr(buf, sep);
	if (d) {
		char *end = buf + strlen(buf);
		while (end > d + 1 && end[-1] == '0')
			*--end = '\0';
		if (end == d + 1)
			*d = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
	return arena_strdup(&req->arena, buf);
}

static const char *fmt_num(struct http_request *req, double v)
{
	return fmt_num_d(req, v, 2);
}

/* A figure with its unit of measure: "12,5 %", "250 tỷ đồng". */
static const char *fmt_value(struct http_request *req, const struct target *t, double v)
{
	const char *n = fmt_num(req, v);
	if (!isfinite(v) || t->unit_of_measure == NULL || *t->unit_of_measure == '\0')
		return n;
	return arena_printf(&req->arena, "%s %s", n, t->unit_of_measure);
}

static const char *fmt_pct(struct http_request *req, double v)
{
	if (!isfinite(v))
		return "–";
	return arena_printf(&req->arena, "%s %%", fmt_num_d(req, v, 1));
}

/* The target as text: "≥ 10 %", "≤ 5 vụ", "6 – 8 %". */
static const char *fmt_target(struct http_request *req, const struct target *t)
{
	if (t->has_high)
		return arena_printf(&req->arena, "%s – %s", fmt_num(req, t->target_low),
		                    fmt_value(req, t, t->target_high));
	return arena_printf(&req->arena, "%s %s", t->direction == DIR_LOWER ? "≤" : "≥",
	                    fmt_value(req, t, t->target_low));
}

static void axis_num(void *ctx, double v, char *buf, size_t n)
{
	snprintf(buf, n, "%s", fmt_num((struct http_request *)ctx, v));
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

/* "15/07/2019" in Vietnamese, "15 Jul 2019" in English. */
static const char *fmt_day(struct http_request *req, int64_t day)
{
	int y, m, d;
	day_civil(day, &y, &m, &d);
	if (web_lang(req) == LANG_VI) {
		char buf[32];
		if (vn_format_date(buf, sizeof buf, y, m, d) == 0)
			return "?";
		return arena_strdup(&req->arena, buf);
	}
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	return arena_printf(&req->arena, "%d %s %d", d, months[(m - 1) % 12], y);
}

static const char *iso_day(struct http_request *req, int64_t day)
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

/* The order statuses are counted in at the top of the board. */
static const enum target_status status_order[] = { TS_ACHIEVED, TS_ON_TRACK, TS_AT_RISK,
                                                   TS_OFF_TRACK, TS_NO_DATA };

/* A status: its shape (no icon font, no image), its text, and its colour by class. */
static void status_badge(struct http_request *req, struct html *h, enum target_status s)
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
	html_rawf(h, "<span class=\"status st-%s\"><svg class=\"shape\" aria-hidden=\"true\" "
	             "focusable=\"false\" viewBox=\"0 0 12 12\" width=\"12\" height=\"12\">%s"
	             "</svg> ",
	          target_status_name(s), shapes[s]);
	html_txt(h, status_label(req, s));
	html_raw(h, "</span>");
}

static const char *kind_label(struct http_request *req, enum target_kind k)
{
	static const char *const labels[] = {
		[TK_GROWTH_RATE] = N_("Growth rate"), [TK_AMOUNT] = N_("Amount"),
		[TK_COUNT] = N_("Count"), [TK_REDUCTION] = N_("Reduction"),
		[TK_RATIO] = N_("Ratio"), [TK_SHARE] = N_("Share of units"),
		[TK_RANGE] = N_("Range"),
	};
	return (unsigned)k < TK_COUNT_KINDS ? T(req, labels[k]) : "?";
}

static const char *period_kind_label(struct http_request *req, enum period_kind p)
{
	switch (p) {
	case PERIOD_MONTH: return T(req, "Monthly");
	case PERIOD_QUARTER: return T(req, "Quarterly");
	case PERIOD_YEAR: return T(req, "Yearly");
	}
	return "?";
}

/* "Month 3", "Quarter 2", "Whole year". */
static const char *period_label(struct http_request *req, const struct target *t, int no)
{
	switch (t->period) {
	case PERIOD_MONTH: return arena_printf(&req->arena, T(req, "Month %d"), no);
	case PERIOD_QUARTER: return arena_printf(&req->arena, T(req, "Quarter %d"), no);
	case PERIOD_YEAR: return T(req, "Whole year");
	}
	return "?";
}

/* For the x axis: "T3" / "M3", "Q2", the year. */
static const char *period_short(struct http_request *req, const struct target *t, int no)
{
	switch (t->period) {
	case PERIOD_MONTH: return arena_printf(&req->arena, T(req, "M%d"), no);
	case PERIOD_QUARTER: return arena_printf(&req->arena, T(req, "Q%d"), no);
	case PERIOD_YEAR: return arena_printf(&req->arena, "%d", t->year);
	}
	return "?";
}

static bool is_flow(enum target_kind k)
{
	return k == TK_AMOUNT || k == TK_COUNT;
}

/* ---- units -------------------------------------------------------------- */

struct unit_names {
	struct org_unit *u;
	size_t n;
};

static void units_load(struct http_request *req, struct unit_names *un)
{
	struct unit_filter f = { 0 };
	if (req->store->ops->unit_list(req->store, &f, &req->arena, &un->u, &un->n) != STORE_OK)
		un->n = 0;
}

static const char *unit_name(const struct unit_names *un, int64_t id)
{
	for (size_t i = 0; i < un->n; i++)
		if (un->u[i].id == id)
			return un->u[i].name;
	return "?";
}

/* ---- the year and as-of date -------------------------------------------- */

struct board_query {
	const char *year_text, *as_of_text;   /* as typed */
	int year;
	int64_t as_of;
};

/* ?year= and ?as_of= as the API reads them; errors beside the fields. */
static void board_query_read(struct http_request *req, struct board_query *q,
                             struct form_errors *e)
{
	q->year_text = http_query(req, "year");
	q->as_of_text = http_query(req, "as_of");
	q->as_of = target_today();
	q->year = 0;
	if (q->as_of_text && *q->as_of_text && !target_parse_day(q->as_of_text, &q->as_of)) {
		form_error_add(e, "as_of", T(req, "Enter the date as YYYY-MM-DD, e.g. 2019-07-15."));
		q->as_of = target_today();
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
	if (q->year == 0) {
		int y, m, d;
		day_civil(q->as_of, &y, &m, &d);
		/* As the API: the as-of date's year, within 2000-2100. */
		q->year = y < 2000 ? 2000 : y > 2100 ? 2100 : y;
	}
}

/* The GET form: year and as-of date; works without script. */
static void board_query_form(struct http_request *req, struct html *h, const char *action,
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
	html_raw(h, "<form method=\"get\" action=\"");
	html_attr(h, action);
	html_raw(h, "\" class=\"query\">");
	form_select(req, h, e, "year", T(req, "Year"), values, values, n,
	            arena_printf(&req->arena, "%d", q->year));
	form_input(req, h, e, &(struct form_input){
		.name = "as_of", .label = T(req, "As of"), .type = "date",
		.value = q->as_of_text && *q->as_of_text ? q->as_of_text : iso_day(req, q->as_of),
		.hint = T(req, "YYYY-MM-DD; the status as it stood that day.") });
	form_submit(h, T(req, "Show"));
	html_raw(h, "</form>");
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
	                                       fmt_value(req, t, e->j.value))
	                        : T(req, "No figure reported yet."),
	                    arena_printf(&req->arena, T(req, "Target: %s."), fmt_target(req, t)),
	                    e->j.has_forecast
	                        ? arena_printf(&req->arena, T(req, "Year-end forecast: %s."),
	                                       fmt_value(req, t, e->j.forecast))
	                        : "");
}

static void entry_bullet(struct http_request *req, struct html *h, const struct board_entry *e,
                         const char *id, const char *size_class, const char *title)
{
	const struct target *t = e->t;
	const char *cls = arena_printf(&req->arena, "%s st-%s", size_class,
	                               target_status_name(e->j.status));
	svg_bullet(h, id, cls, opt(e->j.has_value, e->j.value), t->target_low,
	           opt(t->has_high, t->target_high), opt(e->j.has_forecast, e->j.forecast), NAN,
	           title, bullet_desc(req, e));
}

/* The bullet's numbers as a one-row table. */
static void bullet_table(struct http_request *req, struct html *h, const struct board_entry *e)
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
	html_txt(h, e->j.has_value ? fmt_value(req, t, e->j.value) : "–");
	html_raw(h, "</td><td>");
	html_txt(h, fmt_target(req, t));
	html_raw(h, "</td><td>");
	html_txt(h, e->j.has_value ? fmt_pct(req, e->j.attainment) : "–");
	html_raw(h, "</td><td>");
	html_txt(h, e->j.has_forecast
	                ? arena_printf(&req->arena, "%s (%s)", fmt_value(req, t, e->j.forecast),
	                               fmt_pct(req, e->j.forecast_attainment))
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

static void entry_trend(struct http_request *req, struct html *h, const struct board_entry *e,
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
	                                (int)e->nseries, np, fmt_target(req, t));
	svg_trend(h, id, size_class, v, np, labels, t->target_low, opt(t->has_high, t->target_high),
	          axis_num, req, title, desc);
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
		html_txt(h, period_label(req, t, i + 1));
		html_raw(h, "</th><td>");
		html_txt(h, isfinite(own) ? fmt_value(req, t, own) : T(req, "not reported"));
		html_raw(h, "</td>");
		if (flow) {
			html_raw(h, "<td>");
			html_txt(h, isfinite(v[i]) ? fmt_value(req, t, v[i]) : "–");
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
	for (size_t i = 0; i < sizeof status_order / sizeof status_order[0]; i++) {
		html_raw(h, "<li>");
		status_badge(req, h, status_order[i]);
		html_rawf(h, " <span class=\"count\">%d</span></li>", counts[status_order[i]]);
	}
	html_raw(h, "</ul><p>");
	html_txt(h, T(req, "Furthest behind:"));
	html_raw(h, "</p><ol class=\"behind\">");
	for (size_t c = 0; c < e->nchildren && c < BEHIND_SHOWN; c++) {
		html_rawf(h, "<li><a href=\"/targets/%lld%s\">", (long long)order[c]->t->id,
		          as_of_suffix(req, '?'));
		html_txt(h, unit_name(un, order[c]->t->owner_unit_id));
		html_raw(h, "</a> ");
		status_badge(req, h, order[c]->j.status);
		html_raw(h, " <span class=\"fig\">");
		html_txt(h, order[c]->j.has_value ? fmt_value(req, order[c]->t, order[c]->j.value)
		                                  : "–");
		html_raw(h, " / ");
		html_txt(h, fmt_target(req, order[c]->t));
		html_raw(h, "</span></li>");
	}
	html_rawf(h, "</ol><p><a href=\"/targets/%lld%s\">", (long long)e->t->id,
	          as_of_suffix(req, '?'));
	html_txt(h, T(req, "Every unit of this target"));
	html_raw(h, "</a></p>");
}

static void entry_multiples(struct http_request *req, struct html *h, const struct board_entry *e,
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
		const char *name = unit_name(un, ch->t->owner_unit_id);
		html_rawf(h, "<li><a class=\"ward\" href=\"/targets/%lld%s\">", (long long)ch->t->id,
		          as_of_suffix(req, '?'));
		html_txt(h, name);
		html_raw(h, "</a> ");
		status_badge(req, h, ch->j.status);
		entry_bullet(req, h, ch, arena_printf(&req->arena, "w%lld", (long long)ch->t->id),
		             "small", arena_printf(&req->arena, "%s, %s", name, ch->t->code));
		html_raw(h, "<span class=\"fig\">");
		html_txt(h, ch->j.has_value ? fmt_value(req, ch->t, ch->j.value) : "–");
		html_raw(h, " / ");
		html_txt(h, fmt_target(req, ch->t));
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
		html_txt(h, unit_name(un, ch->t->owner_unit_id));
		html_raw(h, "</th><td>");
		html_txt(h, status_label(req, ch->j.status));
		html_raw(h, "</td><td>");
		html_txt(h, ch->j.has_value ? fmt_value(req, ch->t, ch->j.value) : "–");
		html_raw(h, "</td><td>");
		html_txt(h, fmt_target(req, ch->t));
		html_raw(h, "</td><td>");
		html_txt(h, ch->j.has_forecast ? fmt_value(req, ch->t, ch->j.forecast) : "–");
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></details>");
}

/* ---- the board ---------------------------------------------------------- */

static const char *as_of_query(struct http_request *req, const struct board_query *q)
{
	return q->as_of_text && *q->as_of_text
	       ? arena_printf(&req->arena, "?as_of=%s", iso_day(req, q->as_of)) : "";
}

/*
 * The board itself: everything below the query form, which depends only on
 * the year, the as-of day, the language and the data, so page_targets()
 * caches it by those and the target revision.  False (H untouched) when the
 * board could not be loaded: a failure is neither cached nor shown as a 200.
 */
static bool board_body(struct http_request *req, struct html *h, const struct board_query *q)
{
	struct board b = { 0 };
	if (target_board_load(req->store, &req->arena, q->year, q->as_of, &b) != STORE_OK)
		return false;
	struct unit_names un = { 0 };
	units_load(req, &un);
	if (b.n == 0) {
		html_raw(h, "<p>");
		web_txtf(h, T(req, "No targets are set for %d."), q->year);
		html_raw(h, "</p>");
		return true;
	}
	int counts[5];
	target_board_counts(&b, counts);
	html_raw(h, "<section aria-labelledby=\"counts-title\"><h2 id=\"counts-title\">");
	html_txt(h, T(req, "Targets by status"));
	html_raw(h, "</h2><ul class=\"status-counts\">");
	for (size_t i = 0; i < sizeof status_order / sizeof status_order[0]; i++) {
		html_raw(h, "<li>");
		status_badge(req, h, status_order[i]);
		html_rawf(h, " <span class=\"count\">%d</span></li>", counts[status_order[i]]);
	}
	html_raw(h, "</ul>");
	html_raw(h, "<p class=\"muted\">");
	html_txt(h, T(req, "In the charts: the bar is the figure so far, the thick line the "
	                    "target (a shaded band for a range), the hollow diamond the "
	                    "year-end forecast."));
	html_raw(h, "</p></section>");

	const char *aq = as_of_query(req, q);
	for (size_t i = 0; i < b.n; i++) {
		const struct board_entry *r = &b.rows[i];
		const struct target *t = r->t;
		long long id = (long long)t->id;
		html_rawf(h, "<section class=\"target-card\" aria-labelledby=\"tg%lld\">"
		              "<h2 id=\"tg%lld\"><a href=\"/targets/%lld", id, id, id);
		html_attr(h, aq);
		html_raw(h, "\"><span class=\"code\">");
		html_txt(h, t->code);
		html_raw(h, "</span> ");
		html_txt(h, t->name);
		html_raw(h, "</a></h2><p class=\"judgement\">");
		status_badge(req, h, r->j.status);
		html_raw(h, " <span class=\"owner\">");
		html_txt(h, unit_name(&un, t->owner_unit_id));
		html_raw(h, "</span>");
		if (r->rolled_up) {
			html_raw(h, " <span class=\"muted\">");
			html_txt(h, T(req, "(rolled up from the wards)"));
			html_raw(h, "</span>");
		}
		html_raw(h, "</p><div class=\"charts\"><div class=\"chart-block\">");
		entry_bullet(req, h, r, arena_printf(&req->arena, "b%lld", id), "",
		             arena_printf(&req->arena, T(req, "%s: figure against target"), t->code));
		bullet_table(req, h, r);
		html_raw(h, "</div><div class=\"chart-block\">");
		entry_trend(req, h, r, arena_printf(&req->arena, "t%lld", id), "", false);
		html_raw(h, "</div></div>");
		entry_multiples(req, h, r, &un);
		html_raw(h, "</section>");
	}
	return true;
}

void page_targets(struct http_request *req)
{
	struct board_query q;
	struct form_errors e = { .form = "board" };
	board_query_read(req, &q, &e);
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "District targets %d"), q.year),
	             "/targets");
	board_query_form(req, &h, "/targets", &q, &e);
	if (e.n) {
		layout_finish(req, &h, 400);
		return;
	}
	html_raw(&h, "<p class=\"as-of\">");
	web_txtf(&h, T(req, "Status as of %s."), fmt_day(req, q.as_of));
	html_rawf(&h, " <a href=\"/targets/late?year=%d&amp;as_of=%s\">", q.year,
	          iso_day(req, q.as_of));
	html_txt(&h, T(req, "Late reports"));
	html_raw(&h, "</a></p>");
	int64_t rev = -1;
	char key[80], *cached;
	size_t len;
	snprintf(key, sizeof key, "board-html:%d:%lld:%s", q.year, (long long)q.as_of,
	         web_lang(req) == LANG_VI ? "vi" : "en");
	if (req->store->ops->target_revision(req->store, &rev) == STORE_OK
	    && http_cache_get(req->server->cache, key, rev, &cached, &len)) {
		html_raw_n(&h, cached, len);
		free(cached);
	} else {
		struct html body = { 0 };
		if (!board_body(req, &body, &q)) {
			/* Not cached, and not a 200: 503 when the database is out of reach. */
			html_free(&body);
			html_free(&h);
			reply_internal_error(req, "board");
			return;
		}
		char *text = html_take(&body, &len);
		if (rev >= 0)
			http_cache_put(req->server->cache, key, rev, text, len);
		html_raw_n(&h, text, len);
		free(text);
	}
	layout_finish(req, &h, 200);
}

/* ---- late reports ------------------------------------------------------- */

static int late_cmp(const void *a, const void *b)
{
	const struct late_report *x = a, *y = b;
	if (x->days_late != y->days_late)
		return x->days_late < y->days_late ? 1 : -1;
	int c = strcmp(x->t->code, y->t->code);
	return c ? c : x->period_no - y->period_no;
}

/*
 * Public, like GET /api/v1/targets/late: which unit is behind with which
 * figure is an accountability fact, and the board already shows each
 * target's periods reported against periods elapsed.
 */
void page_targets_late(struct http_request *req)
{
	struct board_query q;
	struct form_errors e = { .form = "board" };
	board_query_read(req, &q, &e);
	struct board b = { 0 };
	if (e.n == 0 && target_board_load(req->store, &req->arena, q.year, q.as_of, &b) != STORE_OK) {
		reply_internal_error(req, "board");
		return;
	}
	struct late_report *late = NULL;
	size_t n = e.n ? 0 : target_board_late(&b, &req->arena, &late);
	if (n > 1)
		qsort(late, n, sizeof *late, late_cmp);
	struct unit_names un = { 0 };
	units_load(req, &un);
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Late reports %d"), q.year), "/targets");
	board_query_form(req, &h, "/targets/late", &q, &e);
	if (e.n) {
		layout_finish(req, &h, 400);
		return;
	}
	html_raw(&h, "<p class=\"as-of\">");
	web_txtf(&h, T(req, "Figures overdue on %s, most overdue first."), fmt_day(req, q.as_of));
	html_rawf(&h, " <a href=\"/targets?year=%d&amp;as_of=%s\">", q.year, iso_day(req, q.as_of));
	html_txt(&h, T(req, "Back to the target board"));
	html_raw(&h, "</a></p>");
	if (n == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No figures are late."));
		html_raw(&h, "</p>");
		layout_finish(req, &h, 200);
		return;
	}
	html_raw(&h, "<table><caption class=\"vh\">");
	web_txtf(&h, T(req, "Late reports %d"), q.year);
	html_raw(&h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(&h, T(req, "Code"));
	html_raw(&h, "</th><th scope=\"col\">");
	html_txt(&h, T(req, "Target"));
	html_raw(&h, "</th><th scope=\"col\">");
	html_txt(&h, T(req, "Unit"));
	html_raw(&h, "</th><th scope=\"col\">");
	html_txt(&h, T(req, "Period"));
	html_raw(&h, "</th><th scope=\"col\">");
	html_txt(&h, T(req, "Due"));
	html_raw(&h, "</th><th scope=\"col\" class=\"num\">");
	html_txt(&h, T(req, "Days late"));
	html_raw(&h, "</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		const struct target *t = late[i].t;
		html_rawf(&h, "<tr><th scope=\"row\"><a href=\"/targets/%lld%s\">", (long long)t->id,
		          as_of_suffix(req, '?'));
		html_txt(&h, t->code);
		html_raw(&h, "</a></th><td>");
		html_txt(&h, t->name);
		html_raw(&h, "</td><td>");
		html_txt(&h, unit_name(&un, t->owner_unit_id));
		html_raw(&h, "</td><td>");
		html_txt(&h, period_label(req, t, late[i].period_no));
		html_raw(&h, "</td><td>");
		html_txt(&h, fmt_day(req, late[i].due_day));
		html_raw(&h, "</td><td class=\"num\">");
		html_txt(&h, fmt_num(req, (double)late[i].days_late));
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, 200);
}

/* ---- one target --------------------------------------------------------- */

/* The report form's fields as typed. */
struct report_form {
	const char *period, *value, *note, *evidence;
};

/* The board entry of ID (top level or breakdown), or NULL. */
static const struct board_entry *board_find(const struct board *b, int64_t id)
{
	for (size_t i = 0; i < b->n; i++) {
		if (b->rows[i].t->id == id)
			return &b->rows[i];
		for (size_t c = 0; c < b->rows[i].nchildren; c++)
			if (b->rows[i].children[c].t->id == id)
				return &b->rows[i].children[c];
	}
	return NULL;
}

static void fact(struct html *h, const char *term, const char *value)
{
	html_raw(h, "<dt>");
	html_txt(h, term);
	html_raw(h, "</dt><dd>");
	html_txt(h, value);
	html_raw(h, "</dd>");
}

static void definition(struct http_request *req, struct html *h, const struct target *t,
                       const struct unit_names *un)
{
	struct store *st = req->store;
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Definition"));
	html_raw(h, "</h2>");
	if (t->description && *t->description) {
		html_raw(h, "<p>");
		html_txt(h, t->description);
		html_raw(h, "</p>");
	}
	html_raw(h, "<dl class=\"facts\">");
	fact(h, T(req, "Code"), t->code);
	fact(h, T(req, "Kind"), kind_label(req, t->kind));
	fact(h, t->has_high ? T(req, "Target range") : T(req, "Target"), fmt_target(req, t));
	fact(h, T(req, "Unit of measure"),
	     t->unit_of_measure && *t->unit_of_measure ? t->unit_of_measure : "–");
	if (t->has_baseline)
		fact(h, T(req, "Last year"), fmt_value(req, t, t->baseline));
	html_raw(h, "<dt>");
	html_txt(h, T(req, "Owner unit"));
	html_rawf(h, "</dt><dd><a href=\"/units/%lld\">", (long long)t->owner_unit_id);
	html_txt(h, unit_name(un, t->owner_unit_id));
	html_raw(h, "</a></dd>");
	struct org_person p;
	if (t->leader_person_id
	    && st->ops->person_get(st, t->leader_person_id, &req->arena, &p) == STORE_OK)
		fact(h, T(req, "Responsible leader"),
		     p.title && *p.title ? arena_printf(&req->arena, "%s (%s)", p.full_name, p.title)
		                         : p.full_name);
	else
		fact(h, T(req, "Responsible leader"), T(req, "(none)"));
	fact(h, T(req, "Reporting period"), period_kind_label(req, t->period));
	fact(h, T(req, "Figures due"),
	     arena_printf(&req->arena, T(req, "%d days after each period ends"), t->due_days));
	struct target parent;
	if (t->parent_id && st->ops->target_get(st, t->parent_id, &req->arena, &parent) == STORE_OK) {
		html_raw(h, "<dt>");
		html_txt(h, T(req, "Part of"));
		html_rawf(h, "</dt><dd><a href=\"/targets/%lld%s\">", (long long)parent.id,
		          as_of_suffix(req, '?'));
		html_txt(h, parent.code);
		html_raw(h, " ");
		html_txt(h, parent.name);
		html_raw(h, "</a></dd>");
	}
	html_raw(h, "</dl>");
}

static void judgement(struct http_request *req, struct html *h, const struct board_entry *e,
                      int64_t as_of)
{
	const struct target *t = e->t;
	html_raw(h, "<h2>");
	web_txtf(h, T(req, "Status as of %s"), fmt_day(req, as_of));
	html_raw(h, "</h2><p class=\"judgement\">");
	status_badge(req, h, e->j.status);
	if (e->rolled_up) {
		html_raw(h, " <span class=\"muted\">");
		html_txt(h, T(req, "(rolled up from the wards)"));
		html_raw(h, "</span>");
	}
	html_raw(h, "</p><div class=\"chart-block\">");
	entry_bullet(req, h, e, "bullet", "",
	             arena_printf(&req->arena, T(req, "%s: figure against target"), t->code));
	bullet_table(req, h, e);
	html_raw(h, "</div>");
}

static void breakdown(struct http_request *req, struct html *h, const struct board_entry *e,
                      const struct unit_names *un)
{
	if (e->nchildren == 0)
		return;
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Breakdown by ward"));
	html_raw(h, "</h2><table class=\"breakdown\"><caption class=\"vh\">");
	web_txtf(h, T(req, "%s by ward"), e->t->code);
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Ward"), N_("Status"), N_("Figure so far"), N_("Target"),
	               N_("Attainment"), N_("Chart"));
	for (size_t c = 0; c < e->nchildren; c++) {
		const struct board_entry *ch = &e->children[c];
		const char *name = unit_name(un, ch->t->owner_unit_id);
		html_rawf(h, "<tr><th scope=\"row\"><a href=\"/targets/%lld%s\">", (long long)ch->t->id,
		          as_of_suffix(req, '?'));
		html_txt(h, name);
		html_raw(h, "</a></th><td>");
		status_badge(req, h, ch->j.status);
		html_raw(h, "</td><td>");
		html_txt(h, ch->j.has_value ? fmt_value(req, ch->t, ch->j.value) : "–");
		html_raw(h, "</td><td>");
		html_txt(h, fmt_target(req, ch->t));
		html_raw(h, "</td><td>");
		html_txt(h, ch->j.has_value ? fmt_pct(req, ch->j.attainment) : "–");
		html_raw(h, "</td><td>");
		entry_bullet(req, h, ch, arena_printf(&req->arena, "w%lld", (long long)ch->t->id),
		             "small", arena_printf(&req->arena, "%s, %s", name, ch->t->code));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
}

/* Whether measurement ID has been superseded by another in MS. */
static bool superseded(const struct measurement *ms, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (ms[i].supersedes_id == id)
			return true;
	return false;
}

static void figures(struct http_request *req, struct html *h, const struct board_entry *e)
{
	const struct target *t = e->t;
	struct measurement *ms = NULL;
	size_t nm = 0;
	if (req->store->ops->measurement_history(req->store, t->id, 0, &req->arena, &ms, &nm)
	    != STORE_OK)
		nm = 0;
	int np = period_count(t->period);
	/* The public sees the reporting unit, not the official's login, and no notes. */
	bool internal = http_may(req, PERM_READ_INTERNAL, t->owner_unit_id);
	struct org_unit owner;
	const char *by_unit = req->store->ops->unit_get(req->store, t->owner_unit_id, &req->arena,
	                                                &owner) == STORE_OK ? owner.name : "";
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Figures per period"));
	html_raw(h, "</h2>");
	if (e->rolled_up) {
		html_raw(h, "<p class=\"muted\">");
		html_txt(h, T(req, "Nobody reports this target directly: its figures are rolled up "
		                   "from the wards' figures."));
		html_raw(h, "</p>");
	}
	html_raw(h, "<table class=\"periods\"><caption class=\"vh\">");
	web_txtf(h, T(req, "Figures of %s per period"), t->code);
	html_raw(h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Period"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Due"));
	html_raw(h, "</th><th scope=\"col\" class=\"num\">");
	html_txt(h, T(req, "Figure"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Reported"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Note and evidence"));
	html_raw(h, "</th></tr></thead><tbody>");
	for (int p = 1; p <= np; p++) {
		double value = NAN;
		for (size_t k = 0; k < e->nseries; k++)
			if (e->series[k].period_no == p)
				value = e->series[k].value;
		const struct measurement *cur = NULL;
		for (size_t i = 0; i < nm; i++)
			if (ms[i].period_no == p && !superseded(ms, nm, ms[i].id))
				cur = &ms[i];
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, period_label(req, t, p));
		html_raw(h, "</th><td>");
		html_txt(h, fmt_day(req, target_due_day(t, p)));
		html_raw(h, "</td><td class=\"num\">");
		html_txt(h, isfinite(value) ? fmt_value(req, t, value) : T(req, "not reported"));
		if (cur && cur->supersedes_id) {
			html_raw(h, " <span class=\"corrected\">");
			html_txt(h, T(req, "corrected"));
			html_raw(h, "</span>");
			/* The figures it replaced, oldest first. */
			for (size_t i = 0; i < nm; i++)
				if (ms[i].period_no == p && ms[i].id != cur->id) {
					html_raw(h, " <del><span class=\"vh\">");
					html_txt(h, T(req, "earlier figure:"));
					html_raw(h, " </span>");
					html_txt(h, fmt_value(req, t, ms[i].value));
					html_raw(h, "</del>");
				}
		}
		html_raw(h, "</td><td>");
		if (cur) {
			html_txt(h, web_datetime(req, cur->reported_at));
			const char *by = internal ? cur->reporter : by_unit;
			if (by && *by) {
				html_raw(h, "<br><span class=\"muted\">");
				html_txt(h, by);
				html_raw(h, "</span>");
			}
		}
		html_raw(h, "</td><td>");
		if (internal && cur && cur->note && *cur->note)
			html_txt(h, cur->note);
		if (internal && cur && cur->evidence && *cur->evidence) {
			html_raw(h, cur->note && *cur->note ? "<br><span class=\"muted\">"
			                                    : "<span class=\"muted\">");
			html_txt(h, T(req, "Evidence:"));
			html_raw(h, "</span> ");
			html_txt(h, cur->evidence);
		}
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
	if (nm == 0)
		return;
	/* Every figure ever reported, corrections included. */
	html_raw(h, "<details><summary>");
	web_txtf(h, T(req, "Every figure reported (%d)"), (int)nm);
	html_raw(h, "</summary><table class=\"compact\"><caption class=\"vh\">");
	web_txtf(h, T(req, "Every figure reported for %s"), t->code);
	html_raw(h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Reported"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "By"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Period"));
	html_raw(h, "</th><th scope=\"col\" class=\"num\">");
	html_txt(h, T(req, "Figure"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "State"));
	html_raw(h, "</th></tr></thead><tbody>");
	for (size_t i = 0; i < nm; i++) {
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, web_datetime(req, ms[i].reported_at));
		html_raw(h, "</th><td>");
		html_txt(h, internal ? (ms[i].reporter ? ms[i].reporter : "") : by_unit);
		html_raw(h, "</td><td>");
		html_txt(h, period_label(req, t, ms[i].period_no));
		html_raw(h, "</td><td class=\"num\">");
		html_txt(h, fmt_value(req, t, ms[i].value));
		html_raw(h, "</td><td>");
		bool old = superseded(ms, nm, ms[i].id);
		html_txt(h, old ? T(req, "superseded by a correction")
		                : ms[i].supersedes_id ? T(req, "current (a correction)")
		                                      : T(req, "current"));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></details>");
}

/* The period to offer first: the first elapsed period without a figure, else the last elapsed. */
static int default_period(const struct board_entry *e, int64_t today)
{
	const struct target *t = e->t;
	int np = period_count(t->period), last = 1;
	for (int p = 1; p <= np; p++) {
		if (target_period_end_day(t->year, t->period, p) > today)
			break;
		last = p;
		bool has = false;
		for (size_t k = 0; k < e->nseries; k++)
			has = has || e->series[k].period_no == p;
		if (!has)
			return p;
	}
	return last;
}

static void report_form(struct http_request *req, struct html *h, const struct board_entry *e,
                        const struct report_form *f, struct form_errors *err)
{
	const struct target *t = e->t;
	int np = period_count(t->period);
	const char **values = arena_alloc(&req->arena, (size_t)(np > 0 ? np : 1) * sizeof *values);
	const char **labels = arena_alloc(&req->arena, (size_t)(np > 0 ? np : 1) * sizeof *labels);
	for (int p = 1; p <= np; p++) {
		bool has = false;
		for (size_t k = 0; k < e->nseries; k++)
			has = has || e->series[k].period_no == p;
		values[p - 1] = arena_printf(&req->arena, "%d", p);
		labels[p - 1] = has ? arena_printf(&req->arena, T(req, "%s (has a figure: correct it)"),
		                                   period_label(req, t, p))
		                    : period_label(req, t, p);
	}
	err->form = "report";
	html_raw(h, "<section class=\"no-print\" aria-labelledby=\"report-title\">"
	            "<h2 id=\"report-title\">");
	html_txt(h, T(req, "Report a figure"));
	html_raw(h, "</h2><p class=\"hint\">");
	web_txtf(h, T(req, "For %s. Reporting a period that already has a figure corrects it; "
	                   "the earlier figure stays in the history."),
	         t->code);
	if (e->nchildren > 0) {
		html_raw(h, " ");
		html_txt(h, T(req, "This target is broken down by ward: a figure reported here "
		                   "replaces the figure rolled up from the wards."));
	}
	html_raw(h, "</p>");
	form_error_summary(req, h, err);
	form_begin(req, h, arena_printf(&req->arena, "/targets/%lld/report%s", (long long)t->id,
	                                as_of_suffix(req, '?')),
	           "report", "narrow");
	form_select(req, h, err, "period", T(req, "Period"), values, labels, (size_t)np,
	            f ? f->period
	              : arena_printf(&req->arena, "%d", default_period(e, target_today())));
	form_input(req, h, err, &(struct form_input){
		.name = "value", .label = t->unit_of_measure && *t->unit_of_measure
		                          ? arena_printf(&req->arena, T(req, "Figure (%s)"),
		                                         t->unit_of_measure)
		                          : T(req, "Figure"),
		.value = f ? f->value : NULL, .required = true, .maxlength = 32,
		.hint = T(req, "A number; decimals after a comma or a point (12,5), "
		               "without thousands separators.") });
	form_input(req, h, err, &(struct form_input){
		.name = "note", .label = T(req, "Note"), .value = f ? f->note : NULL,
		.maxlength = 2000 });
	form_input(req, h, err, &(struct form_input){
		.name = "evidence", .label = T(req, "Evidence"), .value = f ? f->evidence : NULL,
		.hint = T(req, "A reference: document number, file name or link."), .maxlength = 500 });
	form_submit(h, T(req, "Report the figure"));
	form_end(h);
	html_raw(h, "</section>");
}

/* The target page; F and E set when a refused report is shown again. */
static void target_render(struct http_request *req, const struct target *t,
                          const struct report_form *f, struct form_errors *e,
                          unsigned int status)
{
	int64_t as_of = target_today();
	const char *as_of_text = http_query(req, "as_of");
	if (as_of_text && *as_of_text && !target_parse_day(as_of_text, &as_of)) {
		web_problem_page(req, 400, "Bad Request", "Not a valid date; write YYYY-MM-DD.");
		return;
	}
	struct board b;
	if (target_board_load(req->store, &req->arena, t->year, as_of, &b) != STORE_OK) {
		reply_internal_error(req, "board");
		return;
	}
	const struct board_entry *entry = board_find(&b, t->id);
	if (entry == NULL) {
		reply_not_found(req);
		return;
	}
	struct unit_names un = { 0 };
	units_load(req, &un);
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, "%s — %s", t->code, t->name), "/targets");
	int64_t rp = 0;
	if (status == 200
	    && http_query_int(req, "reported", 1, period_count(t->period), &rp) == HTTP_INT_OK) {
		const char *c = http_query(req, "corrected");
		form_notice(&h, arena_printf(&req->arena,
		                             c && strcmp(c, "1") == 0
		                                 ? T(req, "The figure for %s has been corrected; the "
		                                          "earlier figure stays in the history.")
		                                 : T(req, "The figure for %s has been recorded."),
		                             period_label(req, t, (int)rp)));
	}
	html_rawf(&h, "<p class=\"no-print\"><a href=\"/targets?year=%d%s\">", t->year,
	          as_of_suffix(req, '&'));
	web_txtf(&h, T(req, "All targets of %d"), t->year);
	html_raw(&h, "</a></p>");
	definition(req, &h, t, &un);
	judgement(req, &h, entry, as_of);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Trend"));
	html_raw(&h, "</h2>");
	entry_trend(req, &h, entry, "trend", "large", false);
	breakdown(req, &h, entry, &un);
	figures(req, &h, entry);
	if (http_may(req, PERM_REPORT, t->owner_unit_id)) {
		struct form_errors none = { 0 };
		report_form(req, &h, entry, f, e ? e : &none);
	}
	layout_finish(req, &h, status);
}

/* The target of the {id} in the path; false after replying 404/500. */
static bool target_of_path(struct http_request *req, struct target *t)
{
	int64_t id = http_param_id(req, "id");
	enum store_status s = id ? req->store->ops->target_get(req->store, id, &req->arena, t)
	                         : STORE_NOT_FOUND;
	return reply_unless_found(req, s);
}

void page_target(struct http_request *req)
{
	struct target t;
	if (target_of_path(req, &t))
		target_render(req, &t, NULL, NULL, 200);
}

/*
 * A figure as typed: digits with at most one decimal separator, ',' or
 * '.'; no thousands separators (1.234 would be ambiguous between the two
 * languages).  False when not a number.
 */
static bool parse_figure(const char *s, double *out)
{
	char buf[64];
	size_t n = 0, seps = 0, digits = 0;
	if (s == NULL)
		return false;
	while (*s == ' ')
		s++;
	for (; *s && *s != ' '; s++) {
		if (n + 1 >= sizeof buf)
			return false;
		if (*s == ',' || *s == '.') {
			seps++;
			buf[n++] = '.';
		} else if ((*s == '-' || *s == '+') && n == 0) {
			buf[n++] = *s;
		} else if (*s >= '0' && *s <= '9') {
			digits++;
			buf[n++] = *s;
		} else {
			return false;
		}
	}
	while (*s == ' ')
		s++;
	if (*s || digits == 0 || seps > 1)
		return false;
	buf[n] = '\0';
	char *end;
	*out = strtod(buf, &end);
	return *end == '\0' && isfinite(*out);
}

/* The service's fields as the form names them. */
static const char *report_field(const char *field)
{
	if (field == NULL)
		return NULL;
	if (strcmp(field, "period_no") == 0)
		return "period";
	if (strcmp(field, "value") == 0 || strcmp(field, "note") == 0
	    || strcmp(field, "evidence") == 0)
		return field;
	return NULL;
}

void page_target_report(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct target t;
	if (!target_of_path(req, &t))
		return;
	if (!http_may(req, PERM_REPORT, t.owner_unit_id)) {
		http_forbidden(req);
		return;
	}
	struct report_form f = {
		.period = http_form(req, "period"), .value = http_form(req, "value"),
		.note = http_form(req, "note"), .evidence = http_form(req, "evidence"),
	};
	struct form_errors e = { .form = "report" };
	struct measurement m = { .target_id = t.id, .unit_id = t.owner_unit_id };
	int64_t p = 0;
	if (http_form_int(req, "period", 1, period_count(t.period), &p) != HTTP_INT_OK)
		form_error_add(&e, "period", T(req, "Choose a period of the target's year."));
	if (f.value == NULL || *f.value == '\0')
		form_error_add(&e, "value", T(req, "Enter the figure."));
	else if (!parse_figure(f.value, &m.value))
		form_error_add(&e, "value", T(req, "Enter the figure as a number, e.g. 12,5."));
	else if (fabs(m.value) >= 1e15)
		form_error_add(&e, "value", T(req, "The figure is too large."));
	if (e.n) {
		target_render(req, &t, &f, &e, 422);
		return;
	}
	m.period_no = (int)p;
	m.note = f.note && *f.note ? f.note : NULL;
	m.evidence = f.evidence && *f.evidence ? f.evidence : NULL;
	bool corrected = false;
	struct org_error err = { 0 };
	enum org_result r = target_report(req->store, &req->arena, http_principal(req), &m,
	                                  &corrected, &err);
	switch (r) {
	case ORG_OK:
		reply_redirect(req, arena_printf(&req->arena, "/targets/%lld?reported=%d&corrected=%d%s",
		                                 (long long)t.id, m.period_no, corrected ? 1 : 0,
		                                 as_of_suffix(req, '&')));
		return;
	case ORG_INVALID:
		form_error_add(&e, report_field(err.field), form_message(req, err.detail));
		target_render(req, &t, &f, &e, 422);
		return;
	case ORG_NOT_FOUND:
		reply_not_found(req);
		return;
	case ORG_FORBIDDEN:
		http_forbidden(req);
		return;
	case ORG_BUSY:
		reply_unavailable(req, "target report");
		return;
	default:
		reply_internal_error(req, "target report");
		return;
	}
}

/*
 * The messages target_report() puts in struct org_error (target_judge.c,
 * target_service.c), listed so they are extracted and translated.
 */
static const char *const report_messages[] __attribute__((unused)) = {
	N_("No target has this id."),
	N_("The month must be 1 to 12."),
	N_("The quarter must be 1 to 4."),
	N_("A yearly figure is for period 1."),
	N_("The target's reporting period is not known."),
	N_("The figure must be a number."),
	N_("A ratio or share is a percentage: between 0 and 100."),
	N_("A percentage change must lie between −100 and 1000."),
	N_("An amount or count cannot be negative."),
	N_("A count must be a whole number."),
	N_("Unknown kind of target."),
	N_("The note is longer than 2,000 bytes."),
	N_("The evidence reference is longer than 500 bytes."),
	N_("The text is not valid UTF-8."),
	N_("This target's figures are reported by its own unit; "
	   "report a ward's figure against the ward's breakdown target."),
};
