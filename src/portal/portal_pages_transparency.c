/*
 * portal_pages_transparency.c: the public dashboards.  /transparency shows every
 * district and ward with its targets by status (a chart and the same
 * numbers as a table); /transparency/{id} one unit with its targets; each
 * table downloads as xlsx (/transparency/{id}/targets.xlsx, id 0 for the
 * overview).  The year is ?year=, else for each section the latest year up
 * to this one that has figures; a past year's targets are judged as of its
 * last day.  The tasks and feedback sections are in
 * portal_pages_work.c, the dossiers' here.
 */
#include "portal/portal_handlers.h"
#include "portal/portal_pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/dossier_service.h"
#include "web/svg_chart.h"
#include "http/reply.h"
#include "org/org_service.h"
#include "store/store.h"
#include "target/target_board.h"
#include "target/target_board_cache.h"
#include "target/target_io.h"
#include "target/target_service.h"
#include "text/vntext.h"
#include "web/web.h"

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

enum { NSTATUS = 5 };

/* Display order: achieved first, no data last. */
static const enum target_status order[NSTATUS] = { TS_ACHIEVED, TS_ON_TRACK, TS_AT_RISK,
                                                   TS_OFF_TRACK, TS_NO_DATA };
static const char *const status_labels[NSTATUS] = {
	[TS_NO_DATA] = N_("No data"), [TS_ACHIEVED] = N_("Achieved"),
	[TS_ON_TRACK] = N_("On track"), [TS_AT_RISK] = N_("At risk"),
	[TS_OFF_TRACK] = N_("Off track"),
};

struct unit_row {
	const struct org_unit *u;
	int counts[NSTATUS];
	int total;
};

/* The year asked for, or the latest up to this one with targets; its board. */
static bool load_board(struct http_request *req, struct board *b, int *year)
{
	int64_t y = 0;
	if (http_query_int(req, "year", 2000, 2100, &y) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "year must be a whole number from 2000 to 2100.", "year");
		return false;
	}
	time_t now = time(NULL) + 7 * 3600;
	struct tm tm;
	gmtime_r(&now, &tm);
	int this_year = tm.tm_year + 1900;
	int from = y ? (int)y : this_year, to = y ? (int)y : this_year - 10;
	for (int yy = from; yy >= to; yy--) {
		int64_t as_of = yy < this_year ? target_day(yy, 12, 31) : target_today();
		if (!target_board_of_year(req, yy, as_of, b)) {
			reply_internal_error(req, "board");
			return false;
		}
		*year = yy;
		if (b->n > 0)
			return true;
	}
	*year = from;
	return true;
}

/* The ?year= asked for (load_board() has refused a bad one), 0 when none. */
static int year_asked(struct http_request *req)
{
	int64_t y = 0;
	return http_query_int(req, "year", 2000, 2100, &y) == HTTP_INT_OK ? (int)y : 0;
}

/* A GET form choosing the year of every section of the page at ACTION. */
static void year_form(struct http_request *req, struct html *h, const char *action, int year)
{
	html_raw(h, "<form method=\"get\" action=\"");
	html_attr(h, action);
	html_raw(h, "\" class=\"filters\">");
	form_input(req, h, NULL, &(struct form_input){
		.name = "year", .label = T(req, "Year"), .type = "number", .inputmode = "numeric",
		.value = arena_printf(&req->arena, "%d", year), .size = 6 });
	form_submit(h, T(req, "Show"));
	html_raw(h, "</form>");
}

/* A row's place among the rows, by its unit's id. */
struct row_of_unit {
	int64_t unit;
	size_t row;
};

static int row_of_unit_cmp(const void *a, const void *b)
{
	const struct row_of_unit *x = a, *y = b;
	return (x->unit > y->unit) - (x->unit < y->unit);
}

static void count_entry(const struct board_entry *e, const struct row_of_unit *by, size_t n,
                        struct unit_row *rows)
{
	struct row_of_unit key = { .unit = e->t->owner_unit_id };
	const struct row_of_unit *hit = bsearch(&key, by, n, sizeof *by, row_of_unit_cmp);
	if (hit) {
		rows[hit->row].counts[e->j.status]++;
		rows[hit->row].total++;
	}
}

/*
 * Each row's counts of the targets its unit owns (top-level or in a
 * breakdown), by status, in one pass over the board: on the large case
 * (300 units, 15,050 targets a year) a pass per unit was 4.5 million
 * comparisons a view.
 */
static void count_all(const struct board *b, struct unit_row *rows, size_t n, struct arena *a)
{
	struct row_of_unit *by = arena_array(a, n ? n : 1, sizeof *by);
	for (size_t i = 0; i < n; i++)
		by[i] = (struct row_of_unit){ rows[i].u->id, i };
	qsort(by, n, sizeof *by, row_of_unit_cmp);
	for (size_t i = 0; i < b->n; i++) {
		count_entry(&b->rows[i], by, n, rows);
		for (size_t c = 0; c < b->rows[i].nchildren; c++)
			count_entry(&b->rows[i].children[c], by, n, rows);
	}
}

/* The districts and wards, each with its counts. */
static bool unit_rows(struct http_request *req, const struct board *b, struct unit_row **out,
                      size_t *n)
{
	static const char *const kinds[] = { "district", "ward", "commune" };
	struct unit_row *rows = NULL;
	size_t nr = 0, cap = 0;
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		struct unit_filter f = { .kind = kinds[k] };
		struct org_unit *units;
		size_t nu;
		if (org_unit_list(req->store, &f, &req->arena, &units, &nu) != STORE_OK)
			return false;
		if (nr + nu > cap) {
			cap = (nr + nu) * 2;
			struct unit_row *more = arena_array(&req->arena, cap, sizeof *more);
			if (nr)
				memcpy(more, rows, nr * sizeof *rows);
			rows = more;
		}
		for (size_t i = 0; i < nu; i++)
			rows[nr++] = (struct unit_row){ .u = &units[i] };
	}
	count_all(b, rows, nr, &req->arena);
	*out = rows;
	*n = nr;
	return true;
}

/*
 * A stacked bar per unit, one segment per status (classes st-*: the theme's
 * colours), drawn as SVG with its title and description; the table beside
 * it carries the same numbers.
 */
static void bars(struct http_request *req, struct html *h, const char *id,
                 const struct unit_row *rows, size_t n, const char *title)
{
	const char **labels = arena_alloc(&req->arena, (n + 1) * sizeof *labels);
	double *v = arena_alloc(&req->arena, (n * NSTATUS + 1) * sizeof *v);
	const char *cls[NSTATUS];
	for (int k = 0; k < NSTATUS; k++)
		cls[k] = target_status_name(order[k]);
	for (size_t i = 0; i < n; i++) {
		labels[i] = rows[i].u->name;
		for (int k = 0; k < NSTATUS; k++)
			v[i * NSTATUS + k] = rows[i].counts[order[k]];
	}
	html_raw(h, "<figure class=\"chart\">");
	svg_stacked_bars(h, id, title, T(req, "The same figures are in the table below."), labels,
	                 n, v, NSTATUS, cls);
	html_raw(h, "</figure>");
}

/* The colours of the targets' chart, in its order. */
static void target_legend(struct http_request *req, struct html *h)
{
	const char *classes[NSTATUS], *labels[NSTATUS];
	for (int k = 0; k < NSTATUS; k++) {
		classes[k] = target_status_name(order[k]);
		labels[k] = status_labels[order[k]];
	}
	tr_legend(req, h, classes, labels, NSTATUS);
}

static void counts_table(struct http_request *req, struct html *h, const struct unit_row *rows,
                         size_t n, const char *caption, bool links)
{
	/* A region that scrolls on a phone: focusable and named, so a keyboard can scroll it. */
	html_raw(h, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"");
	html_attr(h, caption);
	html_raw(h, "\"><table class=\"data\"><caption>");
	html_txt(h, caption);
	html_raw(h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Unit"));
	html_raw(h, "</th>");
	for (int k = 0; k < NSTATUS; k++) {
		html_raw(h, "<th scope=\"col\" class=\"num\">");
		html_txt(h, T(req, status_labels[order[k]]));
		html_raw(h, "</th>");
	}
	html_raw(h, "<th scope=\"col\" class=\"num\">");
	html_txt(h, T(req, "Targets"));
	html_raw(h, "</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		html_raw(h, "<tr><th scope=\"row\">");
		if (links)
			html_rawf(h, "<a href=\"/transparency/%lld\">", (long long)rows[i].u->id);
		html_txt(h, rows[i].u->name);
		html_raw(h, links ? "</a></th>" : "</th>");
		for (int k = 0; k < NSTATUS; k++)
			html_rawf(h, "<td class=\"num\">%d</td>", rows[i].counts[order[k]]);
		html_rawf(h, "<td class=\"num\">%d</td></tr>", rows[i].total);
	}
	html_raw(h, "</tbody></table></div>");
}

/* The dossiers of YEAR by receiving unit: every unit's (UNIT 0), or UNIT's and those under it. */
static int dossier_rows(struct http_request *req, int year, int64_t unit,
                        struct dossier_report_row **rows, size_t *n)
{
	return unit ? dossier_report_of(req->store, &req->arena, year, BY_UNIT, unit, rows, n)
	            : dossier_report(req->store, &req->arena, year, BY_UNIT, rows, n);
}

/* The one-stop shop's finished dossiers of YEAR by unit (all, or UNIT's): early, on time, late. */
static void dossiers_section(struct http_request *req, struct html *h, int year, int64_t unit)
{
	struct dossier_report_row *rows;
	size_t n = 0;
	if (dossier_rows(req, year, unit, &rows, &n) != STORE_OK || n == 0)
		return;
	html_raw(h, "<section aria-labelledby=\"tr-dossiers\"><h2 id=\"tr-dossiers\">");
	web_txtf(h, T(req, "Dossiers of %d: early, on time, late"), year);
	html_raw(h, "</h2>");
	const char **labels = arena_alloc(&req->arena, (n + 1) * sizeof *labels);
	double *v = arena_alloc(&req->arena, (n * 3 + 1) * sizeof *v);
	for (size_t i = 0; i < n; i++) {
		labels[i] = rows[i].label;
		v[i * 3] = (double)rows[i].early;
		v[i * 3 + 1] = (double)rows[i].on_time;
		v[i * 3 + 2] = (double)rows[i].late;
	}
	static const char *const cls[3] = { "achieved", "on_track", "off_track" };
	html_raw(h, "<figure class=\"chart\">");
	svg_stacked_bars(h, "trd", T(req, "Finished dossiers by unit"),
	                 T(req, "The same figures are in the table below."), labels, n, v, 3, cls);
	html_raw(h, "</figure>");
	static const char *const dcls[3] = { "achieved", "on_track", "off_track" };
	static const char *const dlabels[3] = { N_("Early"), N_("On time"), N_("Late") };
	tr_legend(req, h, dcls, dlabels, 3);
	const char *caption = T(req, "Finished dossiers by unit");
	html_raw(h, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"");
	html_attr(h, caption);
	html_raw(h, "\"><table class=\"data\"><caption>");
	html_txt(h, caption);
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Unit"), N_("Early"), N_("On time"), N_("Late"),
	               N_("On time or early"));
	for (size_t i = 0; i < n; i++) {
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, rows[i].label);
		html_rawf(h, "</th><td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
		             "<td class=\"num\">%lld</td><td class=\"num\">%s</td></tr>",
		          (long long)rows[i].early, (long long)rows[i].on_time, (long long)rows[i].late,
		          web_fmt_percent(req, rows[i].on_time_rate * 100, 1));
	}
	html_raw(h, "</tbody></table></div>");
	html_rawf(h, "<p><a href=\"/transparency/%lld/dossiers.xlsx?year=%d\" download>",
	          (long long)unit, year);
	html_txt(h, T(req, "Download the table (xlsx)"));
	html_raw(h, "</a></p></section>");
}

/* GET /transparency/{id}/dossiers.xlsx?year=: the dossiers table (id 0: every unit). */
void portal_transparency_dossiers_xlsx(struct http_request *req)
{
	const char *idp = http_param(req, "id");
	int64_t unit = idp && strcmp(idp, "0") == 0 ? 0 : http_param_id(req, "id");
	struct org_unit u;
	if (unit == 0 && !(idp && strcmp(idp, "0") == 0)) {
		reply_not_found(req);
		return;
	}
	if (unit && !reply_unless_found(req, org_unit_get(req->store, unit, &req->arena, &u)))
		return;
	int64_t y = 0;
	if (http_query_int(req, "year", 2000, 2100, &y) != HTTP_INT_OK) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "year is required: a whole number from 2000 to 2100.", "year");
		return;
	}
	struct dossier_report_row *rows;
	size_t n = 0;
	if (dossier_rows(req, (int)y, unit, &rows, &n) != STORE_OK) {
		reply_internal_error(req, "dossier report");
		return;
	}
	static const char *const header[] = { "Đơn vị", "Trước hạn", "Đúng hạn", "Trễ hạn",
	                                      "Tỷ lệ đúng hạn (%)" };
	enum { NC = 5 };
	static const double widths[NC] = { 32, 12, 12, 12, 18 };
	struct io_table t = { .title = arena_printf(&req->arena, "Hồ sơ %lld", (long long)y),
	                      .ncols = NC, .nrows = n,
	                      .header = arena_memdup(&req->arena, header, sizeof header),
	                      .widths = arena_memdup(&req->arena, widths, sizeof widths) };
	t.cells = arena_array(&req->arena, n * NC + 1, sizeof *t.cells);
	t.level = arena_array(&req->arena, n + 1, sizeof *t.level);
	for (size_t i = 0; i < n; i++) {
		struct io_cell *c = &t.cells[i * NC];
		c[0] = (struct io_cell){ IO_TEXT, rows[i].label, 0 };
		c[1] = (struct io_cell){ IO_NUMBER, NULL, (double)rows[i].early };
		c[2] = (struct io_cell){ IO_NUMBER, NULL, (double)rows[i].on_time };
		c[3] = (struct io_cell){ IO_NUMBER, NULL, (double)rows[i].late };
		c[4] = (struct io_cell){ IO_PERCENT, NULL, rows[i].on_time_rate * 100 };
	}
	size_t len = 0;
	char *data = target_io_xlsx(&t, NULL, &len);
	if (data == NULL) {
		reply_internal_error(req, "dossiers xlsx");
		return;
	}
	reply_bytes(req, 200, data, len, XLSX_TYPE);
	reply_header(req, "Content-Disposition",
	             arena_printf(&req->arena, "attachment; filename=\"ho-so-%lld.xlsx\"",
	                          (long long)y));
}

/* GET /transparency[?year=] */
void page_transparency(struct http_request *req)
{
	struct board b;
	int year;
	if (!load_board(req, &b, &year))
		return;
	struct unit_row *rows;
	size_t n;
	struct tr_units units;
	if (!unit_rows(req, &b, &rows, &n)) {
		reply_internal_error(req, "units");
		return;
	}
	if (!tr_units_load(req, 0, &units))
		return;
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Transparency"), "/transparency");
	html_raw(&h, "<p>");
	web_txtf(&h, T(req, "The targets of %d of each district and ward, by status. Choose a "
	                    "unit for its targets."), year);
	html_raw(&h, "</p>");
	year_form(req, &h, "/transparency", year);
	html_raw(&h, "<section aria-labelledby=\"tr-targets\"><h2 id=\"tr-targets\">");
	html_txt(&h, T(req, "Targets by status"));
	html_raw(&h, "</h2>");
	bars(req, &h, "tr-chart", rows, n, T(req, "Targets by status"));
	target_legend(req, &h);
	counts_table(req, &h, rows, n, T(req, "Targets by status"), true);
	html_rawf(&h, "<p><a href=\"/transparency/0/targets.xlsx?year=%d\" download>", year);
	html_txt(&h, T(req, "Download the table (xlsx)"));
	html_raw(&h, "</a></p></section>");
	dossiers_section(req, &h, year, 0);
	tr_tasks_section(req, &h, &units, year_asked(req));
	tr_feedback_section(req, &h, &units, year_asked(req));
	layout_finish(req, &h, 200);
}

/* GET /transparency/{id}[?year=] */
void page_transparency_unit(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	struct org_unit u;
	int s = id ? org_unit_get(req->store, id, &req->arena, &u) : STORE_NOT_FOUND;
	if (!reply_unless_found(req, s))
		return;
	struct board b;
	int year;
	if (!load_board(req, &b, &year))
		return;
	struct unit_row row = { .u = &u };
	count_all(&b, &row, 1, &req->arena);
	struct tr_units units;
	if (!tr_units_load(req, u.id, &units))
		return;
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, "%s · %s", T(req, "Transparency"), u.name),
	             "/transparency");
	year_form(req, &h, arena_printf(&req->arena, "/transparency/%lld", (long long)u.id), year);
	html_raw(&h, "<section aria-labelledby=\"tu-targets\"><h2 id=\"tu-targets\">");
	web_txtf(&h, T(req, "Targets of %d"), year);
	html_raw(&h, "</h2>");
	bars(req, &h, "tu-chart", &row, 1, T(req, "Targets by status"));
	target_legend(req, &h);
	counts_table(req, &h, &row, 1, T(req, "Targets by status"), false);
	html_raw(&h, "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"");
	html_attr(&h, T(req, "Targets"));
	html_raw(&h, "\"><table class=\"data\"><caption>");
	html_txt(&h, T(req, "Targets"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Target"), N_("Status"));
	size_t shown = 0;
	for (size_t i = 0; i < b.n; i++) {
		const struct board_entry *e = &b.rows[i];
		for (size_t c = 0; c <= e->nchildren; c++) {
			const struct board_entry *x = c == 0 ? e : &e->children[c - 1];
			if (x->t->owner_unit_id != u.id)
				continue;
			shown++;
			html_rawf(&h, "<tr><td><a href=\"/targets/%lld\">", (long long)x->t->id);
			html_txt(&h, x->t->name);
			html_rawf(&h, "</a></td><td><span class=\"status st-%s\">",
			          target_status_name(x->j.status));
			html_txt(&h, T(req, status_labels[x->j.status]));
			html_raw(&h, "</span></td></tr>");
		}
	}
	if (shown == 0) {
		html_raw(&h, "<tr><td colspan=\"2\">");
		html_txt(&h, T(req, "This unit has no targets this year."));
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table></div>");
	html_rawf(&h, "<p><a href=\"/transparency/%lld/targets.xlsx?year=%d\" download>",
	          (long long)u.id, year);
	html_txt(&h, T(req, "Download the table (xlsx)"));
	html_raw(&h, "</a></p></section>");
	dossiers_section(req, &h, year, u.id);
	tr_tasks_section(req, &h, &units, year_asked(req));
	tr_feedback_section(req, &h, &units, year_asked(req));
	layout_finish(req, &h, 200);
}

/* GET /transparency/{id}/targets.xlsx: the counts table (id 0: every district and ward). */
void portal_transparency_xlsx(struct http_request *req)
{
	const char *idp = http_param(req, "id");
	int64_t id = idp && strcmp(idp, "0") == 0 ? 0 : http_param_id(req, "id");
	if (id == 0 && !(idp && strcmp(idp, "0") == 0)) {
		reply_not_found(req);
		return;
	}
	struct board b;
	int year;
	if (!load_board(req, &b, &year))
		return;
	struct unit_row *rows, one;
	size_t n;
	struct org_unit u;
	if (id) {
		int s = org_unit_get(req->store, id, &req->arena, &u);
		if (!reply_unless_found(req, s))
			return;
		one = (struct unit_row){ .u = &u };
		count_all(&b, &one, 1, &req->arena);
		rows = &one;
		n = 1;
	} else if (!unit_rows(req, &b, &rows, &n)) {
		reply_internal_error(req, "units");
		return;
	}
	/* The spreadsheet speaks Vietnamese, as the board's export does. */
	static const char *const header[] = { "Đơn vị", "Đạt", "Đúng tiến độ", "Có nguy cơ",
	                                      "Chậm tiến độ", "Chưa có số liệu", "Tổng số chỉ tiêu" };
	enum { NC = 7 };
	struct io_table t = { .title = arena_printf(&req->arena, "Chỉ tiêu %d", year), .ncols = NC,
	                      .header = arena_memdup(&req->arena, header, sizeof header),
	                      .nrows = n };
	static const double widths[NC] = { 32, 10, 14, 14, 14, 16, 16 };
	t.widths = arena_memdup(&req->arena, widths, sizeof widths);
	t.cells = arena_array(&req->arena, n * NC + 1, sizeof *t.cells);
	t.level = arena_array(&req->arena, n + 1, sizeof *t.level);
	for (size_t i = 0; i < n; i++) {
		struct io_cell *c = &t.cells[i * NC];
		c[0] = (struct io_cell){ IO_TEXT, rows[i].u->name, 0 };
		for (int k = 0; k < NSTATUS; k++)
			c[1 + k] = (struct io_cell){ IO_NUMBER, NULL, rows[i].counts[order[k]] };
		c[6] = (struct io_cell){ IO_NUMBER, NULL, rows[i].total };
	}
	size_t len = 0;
	char *data = target_io_xlsx(&t, NULL, &len);
	if (data == NULL) {
		reply_internal_error(req, "transparency xlsx");
		return;
	}
	reply_bytes(req, 200, data, len, XLSX_TYPE);
	reply_header(req, "Content-Disposition",
	             arena_printf(&req->arena, "attachment; filename=\"minh-bach-%d.xlsx\"", year));
}
