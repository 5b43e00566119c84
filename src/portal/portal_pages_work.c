/*
 * portal_pages_work.c: how the districts and wards do their work, on
 * the public dashboards: the tasks due in a year (completed on time or
 * late, in progress, overdue) and the citizens' reports received in a year
 * (answered, answered on time, open past the deadline).  A district or ward
 * counts with every unit below it (its departments, one-stop desk,
 * neighbourhood groups), as a citizen would hold it to account.
 *
 * The figures come from the task and feedback modules' own reads and rules
 * (task_service_list() and task_status_of(); feedback_list() and
 * fb_metric_add(), as /feedback/metrics counts), so the portal cannot count
 * differently from them.  Only counts leave this file: a task's title, a
 * person, a report's text or its sender never do.
 */
#include "portal/portal_pages.h"
#include "portal/portal_handlers.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feedback/feedback_service.h"
#include "http/reply.h"
#include "store/store.h"
#include "target/target_io.h"
#include "task/task_service.h"
#include "text/vntext.h"
#include "web/svg_chart.h"
#include "web/web.h"

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/* How far back a page looks for the latest year with figures. */
enum { YEARS_BACK = 10, MAX_DEPTH = 64 };

static int this_year(void)
{
	time_t now = time(NULL) + 7 * 3600;
	struct tm tm;
	gmtime_r(&now, &tm);
	return tm.tm_year + 1900;
}

static int by_id(const void *a, const void *b)
{
	const struct org_unit *x = *(const struct org_unit *const *)a;
	const struct org_unit *y = *(const struct org_unit *const *)b;
	return x->id < y->id ? -1 : x->id > y->id;
}

struct index {
	const struct org_unit **by_id;
	size_t n;
};

static const struct org_unit *find(const struct index *ix, int64_t id)
{
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ix->by_id[mid]->id == id)
			return ix->by_id[mid];
		if (ix->by_id[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void index_build(struct http_request *req, const struct tr_units *u, struct index *ix)
{
	ix->n = u->nall;
	ix->by_id = arena_array(&req->arena, u->nall + 1, sizeof *ix->by_id);
	for (size_t i = 0; i < u->nall; i++)
		ix->by_id[i] = &u->all[i];
	qsort(ix->by_id, ix->n, sizeof *ix->by_id, by_id);
}

/*
 * Calls ADD(ctx, row) for each row UNIT lies in: the unit itself and each
 * of its parents that is a row.  The depth bound stops a cycle a bad
 * import might have made.
 */
static void each_row_over(const struct tr_units *u, const struct index *ix, int64_t unit,
                          void (*add)(void *ctx, size_t row), void *ctx)
{
	for (int depth = 0; unit && depth < MAX_DEPTH; depth++) {
		for (size_t r = 0; r < u->nrows; r++)
			if (u->rows[r]->id == unit)
				add(ctx, r);
		const struct org_unit *x = find(ix, unit);
		unit = x ? x->parent_id : 0;
	}
}

bool tr_units_load(struct http_request *req, int64_t only, struct tr_units *out)
{
	*out = (struct tr_units){ .only = only };
	if (org_unit_list(req->store, &(struct unit_filter){ 0 }, &req->arena, &out->all,
	                  &out->nall) != STORE_OK) {
		reply_internal_error(req, "units");
		return false;
	}
	out->rows = arena_array(&req->arena, out->nall + 1, sizeof *out->rows);
	if (only) {
		for (size_t i = 0; i < out->nall; i++)
			if (out->all[i].id == only)
				out->rows[out->nrows++] = &out->all[i];
		if (out->nrows == 0) {
			reply_not_found(req);
			return false;
		}
		return true;
	}
	/* The targets' table's order: the districts, then the wards, then the communes. */
	static const char *const kinds[] = { "district", "ward", "commune" };
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		for (size_t i = 0; i < out->nall; i++)
			if (strcmp(out->all[i].kind, kinds[k]) == 0)
				out->rows[out->nrows++] = &out->all[i];
	return true;
}

/* ---- the figures -------------------------------------------------------- */

struct task_rows {
	int year;
	cal_day today;
	struct task_counts *c;      /* one per row */
	size_t ntasks;              /* due in the year, in any unit */
};

static void task_add(void *ctx, size_t row)
{
	struct { struct task_counts *c; enum task_status s; } *x = ctx;
	switch (x->s) {
	case TASK_ON_TIME: x->c[row].on_time++; break;
	case TASK_LATE: x->c[row].late++; break;
	case TASK_IN_PROGRESS: x->c[row].in_progress++; break;
	case TASK_OVERDUE: x->c[row].overdue++; break;
	case TASK_STATUS_COUNT: break;
	}
}

/* The tasks due in YEAR (0: the latest year with any) counted by row; false on a store failure. */
static bool task_rows_load(struct http_request *req, const struct tr_units *u, int year,
                           struct task_rows *out)
{
	out->today = task_today();
	int from = year ? year : this_year(), to = year ? year : from - YEARS_BACK;
	struct task *list = NULL;
	size_t n = 0;
	for (int y = from; y >= to; y--) {
		cal_day first, last;
		if (!cal_from_ymd(y, 1, 1, &first) || !cal_from_ymd(y, 12, 31, &last))
			continue;
		struct task_filter f = { .today = out->today, .due_after = first, .due_before = last };
		if (task_service_list(req->store, &f, &req->arena, &list, &n, NULL) != STORE_OK)
			return false;
		out->year = y;
		if (n > 0)
			break;
	}
	if (n == 0)
		out->year = from;
	out->ntasks = n;
	out->c = arena_array(&req->arena, u->nrows + 1, sizeof *out->c);
	struct index ix;
	index_build(req, u, &ix);
	for (size_t i = 0; i < n; i++) {
		struct { struct task_counts *c; enum task_status s; } x = {
			out->c, task_status_of(&list[i], out->today) };
		each_row_over(u, &ix, list[i].unit_id, task_add, &x);
	}
	return true;
}

struct feedback_rows {
	int year;
	struct fb_metric *m;        /* one per row */
	size_t nreports;
};

static void feedback_add(void *ctx, size_t row)
{
	struct { struct fb_metric *m; const struct feedback *f; const struct calendar *cal;
	         cal_day today; } *x = ctx;
	fb_metric_add(&x->m[row], x->f, x->cal, x->today);
}

/* The reports received in YEAR (0: the latest year with any) by their answering unit's row. */
static bool feedback_rows_load(struct http_request *req, const struct tr_units *u, int year,
                               struct feedback_rows *out)
{
	cal_day today = feedback_day_of((int64_t)time(NULL));
	int from = year ? year : this_year(), to = year ? year : from - YEARS_BACK;
	struct feedback *list = NULL;
	size_t n = 0;
	for (int y = from; y >= to; y--) {
		cal_day first, last;
		if (!cal_from_ymd(y, 1, 1, &first) || !cal_from_ymd(y, 12, 31, &last))
			continue;
		/* received_at is a unix time; the day boundaries are Hanoi's (UTC+7). */
		struct feedback_filter f = { .state = -1, .moderation = -1, .limit = 1000000,
		                             .from = (int64_t)first * 86400 - 7 * 3600,
		                             .to = (int64_t)(last + 1) * 86400 - 7 * 3600 - 1 };
		if (feedback_list(req->store, &f, &req->arena, &list, &n) != STORE_OK)
			return false;
		out->year = y;
		if (n > 0)
			break;
	}
	if (n == 0)
		out->year = from;
	out->nreports = n;
	out->m = arena_array(&req->arena, u->nrows + 1, sizeof *out->m);
	const struct calendar *cal = feedback_calendar(req->store, &req->arena);
	struct index ix;
	index_build(req, u, &ix);
	for (size_t i = 0; i < n; i++) {
		struct { struct fb_metric *m; const struct feedback *f; const struct calendar *cal;
		         cal_day today; } x = { out->m, &list[i], cal, today };
		each_row_over(u, &ix, list[i].unit_id, feedback_add, &x);
	}
	return true;
}

/* ---- the pages' sections ------------------------------------------------ */

enum { NPARTS = 4 };

/*
 * Horizontal stacked bars, one per row, NPARTS segments each (VALUES is
 * nrows * NPARTS), coloured by the status classes CLS; the table after it
 * carries the same numbers.
 */
static void stacked_bars(struct http_request *req, struct html *h, const char *id,
                         const struct tr_units *u, const int64_t *values,
                         const char *const cls[NPARTS], const char *title)
{
	const char **labels = arena_alloc(&req->arena, (u->nrows + 1) * sizeof *labels);
	double *v = arena_alloc(&req->arena, (u->nrows * NPARTS + 1) * sizeof *v);
	for (size_t i = 0; i < u->nrows; i++) {
		labels[i] = u->rows[i]->name;
		for (int k = 0; k < NPARTS; k++)
			v[i * NPARTS + k] = (double)values[i * NPARTS + k];
	}
	html_raw(h, "<figure class=\"chart\">");
	svg_stacked_bars(h, id, title, T(req, "The same figures are in the table below."), labels,
	                 u->nrows, v, NPARTS, cls);
	html_raw(h, "</figure>");
}

void tr_legend(struct http_request *req, struct html *h, const char *const *classes,
               const char *const *labels, size_t n)
{
	html_raw(h, "<ul class=\"chart-legend\">");
	for (size_t i = 0; i < n; i++) {
		html_rawf(h, "<li><span class=\"swatch st-%s\" aria-hidden=\"true\"></span>",
		          classes[i]);
		html_txt(h, T(req, labels[i]));
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul>");
}

static void table_open(struct html *h, const char *caption)
{
	/* A region that scrolls on a phone: focusable and named, so a keyboard can scroll it. */
	html_raw(h, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"");
	html_attr(h, caption);
	html_raw(h, "\"><table class=\"data\"><caption>");
	html_txt(h, caption);
	html_raw(h, "</caption>");
}

static void row_head(struct html *h, const struct tr_units *u, size_t i)
{
	html_raw(h, "<tr><th scope=\"row\">");
	if (u->only == 0)
		html_rawf(h, "<a href=\"/transparency/%lld\">", (long long)u->rows[i]->id);
	html_txt(h, u->rows[i]->name);
	html_raw(h, u->only == 0 ? "</a></th>" : "</th>");
}

static void pct_cell(struct http_request *req, struct html *h, double pct)
{
	html_raw(h, "<td class=\"num\">");
	if (isnan(pct) || pct < 0) {
		html_txt(h, "—");
	} else {
		html_txt(h, web_fmt_percent(req, pct, 1));
	}
	html_raw(h, "</td>");
}

static void download(struct http_request *req, struct html *h, const struct tr_units *u,
                     const char *file, int year)
{
	html_rawf(h, "<p><a href=\"/transparency/%lld/%s.xlsx?year=%d\" download>",
	          (long long)u->only, file, year);
	html_txt(h, T(req, "Download the table (xlsx)"));
	html_raw(h, "</a></p>");
}

void tr_tasks_section(struct http_request *req, struct html *h, const struct tr_units *u,
                      int year)
{
	struct task_rows t;
	if (!task_rows_load(req, u, year, &t)) {
		html_raw(h, "<p class=\"error\">");
		html_txt(h, T(req, "The tasks could not be read."));
		html_raw(h, "</p>");
		return;
	}
	if (t.ntasks == 0)
		return;
	html_raw(h, "<section aria-labelledby=\"tr-tasks\"><h2 id=\"tr-tasks\">");
	web_txtf(h, T(req, "Tasks due in %d: on time, late, in progress, overdue"), t.year);
	html_raw(h, "</h2><p>");
	html_txt(h, T(req, "Each unit counts with the units below it. The on-time rate counts the "
	                   "tasks completed or past their deadline."));
	html_raw(h, "</p>");
	int64_t *v = arena_array(&req->arena, u->nrows * NPARTS + 1, sizeof *v);
	for (size_t i = 0; i < u->nrows; i++) {
		v[i * NPARTS + 0] = t.c[i].on_time;
		v[i * NPARTS + 1] = t.c[i].late;
		v[i * NPARTS + 2] = t.c[i].in_progress;
		v[i * NPARTS + 3] = t.c[i].overdue;
	}
	static const char *const cls[NPARTS] = { "achieved", "at_risk", "on_track", "off_track" };
	static const char *const parts[NPARTS] = { N_("Completed on time"), N_("Completed late"),
	                                           N_("In progress, within deadline"),
	                                           N_("Overdue") };
	const char *caption = T(req, "Tasks by unit");
	stacked_bars(req, h, "trt", u, v, cls, caption);
	tr_legend(req, h, cls, parts, NPARTS);
	table_open(h, caption);
	WEB_TABLE_HEAD(req, h, N_("Unit"), N_("Completed on time"), N_("Completed late"),
	               N_("In progress, within deadline"), N_("Overdue"), N_("On-time rate"));
	for (size_t i = 0; i < u->nrows; i++) {
		row_head(h, u, i);
		for (int k = 0; k < NPARTS; k++)
			html_rawf(h, "<td class=\"num\">%lld</td>", (long long)v[i * NPARTS + k]);
		pct_cell(req, h, task_on_time_pct(&t.c[i]));
		html_raw(h, "</tr>");
	}
	html_raw(h, "</tbody></table></div>");
	download(req, h, u, "tasks", t.year);
	html_raw(h, "</section>");
}

void tr_feedback_section(struct http_request *req, struct html *h, const struct tr_units *u,
                         int year)
{
	struct feedback_rows f;
	if (!feedback_rows_load(req, u, year, &f)) {
		html_raw(h, "<p class=\"error\">");
		html_txt(h, T(req, "The citizens' reports could not be read."));
		html_raw(h, "</p>");
		return;
	}
	if (f.nreports == 0)
		return;
	html_raw(h, "<section aria-labelledby=\"tr-feedback\"><h2 id=\"tr-feedback\">");
	web_txtf(h, T(req, "Citizens' reports of %d: answered on time"), f.year);
	html_raw(h, "</h2><p>");
	html_txt(h, T(req, "Each unit counts the reports it or a unit below it answers. Rejected "
	                   "reports and duplicates are not counted."));
	html_raw(h, "</p>");
	int64_t *v = arena_array(&req->arena, u->nrows * NPARTS + 1, sizeof *v);
	for (size_t i = 0; i < u->nrows; i++) {
		const struct fb_metric *m = &f.m[i];
		v[i * NPARTS + 0] = m->on_time;
		v[i * NPARTS + 1] = m->answered - m->on_time;
		v[i * NPARTS + 2] = m->total - m->answered - m->late;
		v[i * NPARTS + 3] = m->late;
	}
	static const char *const cls[NPARTS] = { "achieved", "at_risk", "on_track", "off_track" };
	static const char *const parts[NPARTS] = { N_("Answered on time"), N_("Answered late"),
	                                           N_("Open, within the deadline"),
	                                           N_("Open past the deadline") };
	const char *caption = T(req, "Citizens' reports by unit");
	stacked_bars(req, h, "trf", u, v, cls, caption);
	tr_legend(req, h, cls, parts, NPARTS);
	table_open(h, caption);
	WEB_TABLE_HEAD(req, h, N_("Unit"), N_("Reports"), N_("Answered"), N_("Answered on time"),
	               N_("On-time rate"), N_("Open past the deadline"));
	for (size_t i = 0; i < u->nrows; i++) {
		const struct fb_metric *m = &f.m[i];
		row_head(h, u, i);
		html_rawf(h, "<td class=\"num\">%ld</td><td class=\"num\">%ld</td>"
		             "<td class=\"num\">%ld</td>", m->total, m->answered, m->on_time);
		pct_cell(req, h, fb_metric_on_time_pct(m));
		html_rawf(h, "<td class=\"num\">%ld</td></tr>", m->late);
	}
	html_raw(h, "</tbody></table></div>");
	download(req, h, u, "feedback", f.year);
	html_raw(h, "</section>");
}

/* ---- the downloads ------------------------------------------------------ */

/* The {id} of a download: 0 for every district and ward, else a unit; false after replying. */
static bool download_scope(struct http_request *req, struct tr_units *u, int *year)
{
	const char *idp = http_param(req, "id");
	int64_t id = idp && strcmp(idp, "0") == 0 ? 0 : http_param_id(req, "id");
	if (id == 0 && !(idp && strcmp(idp, "0") == 0)) {
		reply_not_found(req);
		return false;
	}
	int64_t y = 0;
	if (http_query_int(req, "year", 2000, 2100, &y) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "year must be a whole number from 2000 to 2100.", "year");
		return false;
	}
	*year = (int)y;
	return tr_units_load(req, id, u);
}

static void send_xlsx(struct http_request *req, struct io_table *t, const char *file)
{
	size_t len = 0;
	char *data = target_io_xlsx(t, NULL, &len);
	if (data == NULL) {
		reply_internal_error(req, "transparency xlsx");
		return;
	}
	reply_bytes(req, 200, data, len, XLSX_TYPE);
	reply_header(req, "Content-Disposition",
	             arena_printf(&req->arena, "attachment; filename=\"%s\"", file));
}

/* GET /transparency/{id}/tasks.xlsx[?year=] */
void portal_transparency_tasks_xlsx(struct http_request *req)
{
	struct tr_units u;
	int year;
	if (!download_scope(req, &u, &year))
		return;
	struct task_rows t;
	if (!task_rows_load(req, &u, year, &t)) {
		reply_internal_error(req, "tasks");
		return;
	}
	/* The spreadsheet speaks Vietnamese, as the other downloads do. */
	static const char *const header[] = { "Đơn vị", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
	                                      "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành",
	                                      "Tỷ lệ đúng hạn (%)" };
	enum { NC = 6 };
	static const double widths[NC] = { 32, 14, 14, 16, 16, 14 };
	struct io_table x = { .title = arena_printf(&req->arena, "Nhiệm vụ %d", t.year), .ncols = NC,
	                      .nrows = u.nrows,
	                      .header = arena_memdup(&req->arena, header, sizeof header),
	                      .widths = arena_memdup(&req->arena, widths, sizeof widths) };
	x.cells = arena_array(&req->arena, u.nrows * NC + 1, sizeof *x.cells);
	x.level = arena_array(&req->arena, u.nrows + 1, sizeof *x.level);
	for (size_t i = 0; i < u.nrows; i++) {
		struct io_cell *c = &x.cells[i * NC];
		const struct task_counts *k = &t.c[i];
		double pct = task_on_time_pct(k);
		c[0] = (struct io_cell){ IO_TEXT, u.rows[i]->name, 0 };
		c[1] = (struct io_cell){ IO_NUMBER, NULL, (double)k->on_time };
		c[2] = (struct io_cell){ IO_NUMBER, NULL, (double)k->late };
		c[3] = (struct io_cell){ IO_NUMBER, NULL, (double)k->in_progress };
		c[4] = (struct io_cell){ IO_NUMBER, NULL, (double)k->overdue };
		c[5] = pct < 0 ? (struct io_cell){ IO_EMPTY, NULL, 0 }
		               : (struct io_cell){ IO_PERCENT, NULL, pct };
	}
	send_xlsx(req, &x, arena_printf(&req->arena, "nhiem-vu-%d.xlsx", t.year));
}

/* GET /transparency/{id}/feedback.xlsx[?year=] */
void portal_transparency_feedback_xlsx(struct http_request *req)
{
	struct tr_units u;
	int year;
	if (!download_scope(req, &u, &year))
		return;
	struct feedback_rows f;
	if (!feedback_rows_load(req, &u, year, &f)) {
		reply_internal_error(req, "feedback");
		return;
	}
	static const char *const header[] = { "Đơn vị", "Phản ánh, kiến nghị", "Đã trả lời",
	                                      "Trả lời đúng hạn", "Tỷ lệ đúng hạn (%)",
	                                      "Chưa trả lời, quá hạn" };
	enum { NC = 6 };
	static const double widths[NC] = { 32, 14, 12, 14, 14, 16 };
	struct io_table x = { .title = arena_printf(&req->arena, "Phản ánh %d", f.year), .ncols = NC,
	                      .nrows = u.nrows,
	                      .header = arena_memdup(&req->arena, header, sizeof header),
	                      .widths = arena_memdup(&req->arena, widths, sizeof widths) };
	x.cells = arena_array(&req->arena, u.nrows * NC + 1, sizeof *x.cells);
	x.level = arena_array(&req->arena, u.nrows + 1, sizeof *x.level);
	for (size_t i = 0; i < u.nrows; i++) {
		struct io_cell *c = &x.cells[i * NC];
		const struct fb_metric *m = &f.m[i];
		double pct = fb_metric_on_time_pct(m);
		c[0] = (struct io_cell){ IO_TEXT, u.rows[i]->name, 0 };
		c[1] = (struct io_cell){ IO_NUMBER, NULL, (double)m->total };
		c[2] = (struct io_cell){ IO_NUMBER, NULL, (double)m->answered };
		c[3] = (struct io_cell){ IO_NUMBER, NULL, (double)m->on_time };
		c[4] = isnan(pct) ? (struct io_cell){ IO_EMPTY, NULL, 0 }
		                  : (struct io_cell){ IO_PERCENT, NULL, pct };
		c[5] = (struct io_cell){ IO_NUMBER, NULL, (double)m->late };
	}
	send_xlsx(req, &x, arena_printf(&req->arena, "phan-anh-%d.xlsx", f.year));
}
