/*
 * feedback_pages_metrics.c: GET /feedback/metrics — time to answer,
 * answers on time and re-opened reports per responsible unit and per
 * category, for a year.  Public: how fast each unit answers the public is
 * an accountability fact, like the late reporters of targets; no report's
 * content is shown.
 */
#include "feedback/feedback_pages.h"
#include "feedback/feedback_handlers.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "http/reply.h"
#include "store/store.h"
#include "target/target_io.h"

struct keyed_metric {
	int64_t unit_id;
	const char *category;
	struct fb_metric m;
};

static void pct_cell(struct http_request *req, struct html *h, double v)
{
	html_raw(h, "<td class=\"num\">");
	html_txt(h, web_fmt_percent(req, v, 0));
	html_raw(h, "</td>");
}

static void metric_row(struct http_request *req, struct html *h, const char *label,
                       const struct fb_metric *m)
{
	html_raw(h, "<tr><th scope=\"row\">");
	html_txt(h, label);
	html_rawf(h, "</th><td class=\"num\">%ld</td><td class=\"num\">%ld</td>", m->total,
	          m->answered);
	double mean = fb_metric_mean_days(m);
	html_raw(h, "<td class=\"num\">");
	html_txt(h, isnan(mean) ? "—" : arena_printf(&req->arena, "%.1f", mean));
	html_raw(h, "</td>");
	pct_cell(req, h, fb_metric_on_time_pct(m));
	pct_cell(req, h, fb_metric_reopen_pct(m));
	html_rawf(h, "<td class=\"num\">%ld</td><td class=\"num\">%ld</td></tr>", m->open, m->late);
}

static void metric_table(struct http_request *req, struct html *h, const char *caption,
                         const char *first)
{
	/* Focusable: on a phone the table scrolls sideways by itself. */
	html_raw(h, "<table class=\"fb-metrics\" tabindex=\"0\"><caption>");
	html_txt(h, caption);
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, first, N_("Reports"), N_("Answered"), N_("Working days to answer"),
	               N_("On time"), N_("Re-opened"), N_("Open"), N_("Late"));
}

/* A year's figures per unit and category; false after replying. */
struct metrics {
	int64_t year;
	struct fb_names names;
	struct keyed_metric *units, *cats;
	size_t nu;
	struct fb_metric all;
};

static bool metrics_load(struct http_request *req, struct metrics *m)
{
	int64_t now = (int64_t)time(NULL);
	cal_day today = feedback_day_of(now);
	int y, mo, d;
	cal_to_ymd(today, &y, &mo, &d);
	m->year = y;
	if (http_query_int(req, "year", 2000, 2100, &m->year) == HTTP_INT_INVALID)
		m->year = y;
	if (!fbp_names_load(req, &m->names))
		return false;
	cal_day from, to;
	cal_from_ymd((int)m->year, 1, 1, &from);
	cal_from_ymd((int)m->year, 12, 31, &to);
	struct feedback_filter f = { .state = -1, .moderation = -1, .limit = 1000000,
	                             .from = (int64_t)from * 86400 - 7 * 3600,
	                             .to = (int64_t)(to + 1) * 86400 - 7 * 3600 - 1 };
	struct feedback *list;
	size_t n;
	if (feedback_list(req->store, &f, &req->arena, &list, &n) != STORE_OK) {
		reply_internal_error(req, "feedback metrics");
		return false;
	}
	const struct calendar *cal = feedback_calendar(req->store, &req->arena);
	m->units = arena_array(&req->arena, m->names.nunits + 1, sizeof *m->units);
	m->cats = arena_array(&req->arena, m->names.ncats + 1, sizeof *m->cats);
	m->nu = 0;
	m->all = (struct fb_metric){ 0 };
	for (size_t c = 0; c < m->names.ncats; c++)
		m->cats[c].category = m->names.cats[c].code;
	for (size_t i = 0; i < n; i++) {
		const struct feedback *r = &list[i];
		fb_metric_add(&m->all, r, cal, today);
		size_t k;
		for (k = 0; k < m->nu && m->units[k].unit_id != r->unit_id; k++)
			;
		if (k == m->nu && m->nu < m->names.nunits + 1)
			m->units[m->nu++].unit_id = r->unit_id;
		if (k < m->nu)
			fb_metric_add(&m->units[k].m, r, cal, today);
		for (size_t c = 0; c < m->names.ncats; c++)
			if (strcmp(m->cats[c].category, r->category) == 0)
				fb_metric_add(&m->cats[c].m, r, cal, today);
	}
	return true;
}

void page_feedback_metrics(struct http_request *req)
{
	struct metrics m;
	if (!metrics_load(req, &m))
		return;
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Answering citizens in %lld"),
	                                   (long long)m.year), "/feedback");
	html_raw(&h, "<form method=\"get\" action=\"/feedback/metrics\" class=\"filters\">");
	form_input(req, &h, NULL, &(struct form_input){
		.name = "year", .label = T(req, "Year"), .type = "number",
		.value = arena_printf(&req->arena, "%lld", (long long)m.year) });
	form_submit(&h, T(req, "Show"));
	html_raw(&h, "</form><p>");
	html_txt(&h, T(req, "Rejected reports and duplicates are not counted. An answer is on time "
	                    "when given by its deadline in working days; re-opened counts the "
	                    "answered reports citizens re-opened."));
	html_rawf(&h, "</p><p><a href=\"/feedback/metrics.xlsx?year=%lld\">", (long long)m.year);
	html_txt(&h, T(req, "Download as a spreadsheet (xlsx)"));
	html_raw(&h, "</a></p>");
	metric_table(req, &h, T(req, "By responsible unit"), N_("Unit"));
	for (size_t k = 0; k < m.nu; k++)
		metric_row(req, &h, m.units[k].unit_id ? fbp_unit_name(&m.names, m.units[k].unit_id)
		                                       : T(req, "Not yet routed"), &m.units[k].m);
	html_raw(&h, "</tbody><tfoot>");
	metric_row(req, &h, T(req, "All units"), &m.all);
	html_raw(&h, "</tfoot></table>");
	metric_table(req, &h, T(req, "By category"), N_("Category"));
	for (size_t c = 0; c < m.names.ncats; c++)
		if (m.cats[c].m.total)
			metric_row(req, &h, fbp_category_label(req, &m.names, m.cats[c].category), &m.cats[c].m);
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, 200);
}

enum { XLSX_COLS = 9 };

static void xlsx_row(struct io_cell *row, const char *group, const char *name,
                     const struct fb_metric *m)
{
	double mean = fb_metric_mean_days(m), on_time = fb_metric_on_time_pct(m),
	       reopen = fb_metric_reopen_pct(m);
	row[0] = (struct io_cell){ IO_TEXT, group, 0 };
	row[1] = (struct io_cell){ IO_TEXT, name, 0 };
	row[2] = (struct io_cell){ IO_NUMBER, NULL, (double)m->total };
	row[3] = (struct io_cell){ IO_NUMBER, NULL, (double)m->answered };
	row[4] = isnan(mean) ? (struct io_cell){ IO_EMPTY, NULL, 0 } : (struct io_cell){ IO_NUMBER, NULL, mean };
	row[5] = isnan(on_time) ? (struct io_cell){ IO_EMPTY, NULL, 0 }
	                        : (struct io_cell){ IO_PERCENT, NULL, on_time };
	row[6] = isnan(reopen) ? (struct io_cell){ IO_EMPTY, NULL, 0 }
	                       : (struct io_cell){ IO_PERCENT, NULL, reopen };
	row[7] = (struct io_cell){ IO_NUMBER, NULL, (double)m->open };
	row[8] = (struct io_cell){ IO_NUMBER, NULL, (double)m->late };
}

/* The same figures as a spreadsheet, in Vietnamese like the other exports. */
void page_feedback_metrics_xlsx(struct http_request *req)
{
	struct metrics m;
	if (!metrics_load(req, &m))
		return;
	static const char *header[XLSX_COLS] = {
		"Nhóm", "Tên", "Phản ánh", "Đã trả lời", "Số ngày làm việc để trả lời (bình quân)",
		"Đúng hạn", "Mở lại", "Đang mở", "Trễ hạn",
	};
	static double widths[XLSX_COLS] = { 12, 40, 10, 10, 16, 10, 10, 10, 10 };
	size_t rows = m.nu + 1 + m.names.ncats;
	struct io_table t = { .title = arena_printf(&req->arena, "Phản ánh %lld", (long long)m.year),
	                      .ncols = XLSX_COLS, .header = header, .widths = widths };
	t.cells = arena_array(&req->arena, rows * XLSX_COLS, sizeof *t.cells);
	for (size_t k = 0; k < m.nu; k++)
		xlsx_row(&t.cells[t.nrows++ * XLSX_COLS], "Đơn vị",
		         m.units[k].unit_id ? fbp_unit_name(&m.names, m.units[k].unit_id) : "Chưa chuyển xử lý",
		         &m.units[k].m);
	xlsx_row(&t.cells[t.nrows++ * XLSX_COLS], "Đơn vị", "Tất cả đơn vị", &m.all);
	for (size_t c = 0; c < m.names.ncats; c++)
		if (m.cats[c].m.total)
			xlsx_row(&t.cells[t.nrows++ * XLSX_COLS], "Lĩnh vực", m.names.cats[c].name, &m.cats[c].m);
	size_t len;
	char *data = target_io_xlsx(&t, NULL, &len);
	if (data == NULL) {
		reply_internal_error(req, "writing the feedback metrics");
		return;
	}
	reply_bytes(req, 200, data, len,
	            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	reply_header(req, "Content-Disposition",
	             arena_printf(&req->arena, "attachment; filename=\"phan-anh-%lld.xlsx\"",
	                          (long long)m.year));
}
