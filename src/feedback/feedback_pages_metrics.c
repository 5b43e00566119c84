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

struct keyed_metric {
	int64_t unit_id;
	const char *category;
	struct fb_metric m;
};

static void pct_cell(struct http_request *req, struct html *h, double v)
{
	html_raw(h, "<td class=\"num\">");
	html_txt(h, isnan(v) ? "—" : arena_printf(&req->arena, "%.0f%%", v));
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

void page_feedback_metrics(struct http_request *req)
{
	int64_t now = (int64_t)time(NULL);
	cal_day today = feedback_day_of(now);
	int y, mo, d;
	cal_to_ymd(today, &y, &mo, &d);
	int64_t year = y;
	if (http_query_int(req, "year", 2000, 2100, &year) == HTTP_INT_INVALID)
		year = y;
	struct fb_names names = { 0 };
	if (!fbp_names_load(req, &names))
		return;
	cal_day from, to;
	cal_from_ymd((int)year, 1, 1, &from);
	cal_from_ymd((int)year, 12, 31, &to);
	struct feedback_filter f = { .state = -1, .moderation = -1, .limit = 1000000,
	                             .from = (int64_t)from * 86400 - 7 * 3600,
	                             .to = (int64_t)(to + 1) * 86400 - 7 * 3600 - 1 };
	struct feedback *list;
	size_t n;
	if (feedback_list(req->store, &f, &req->arena, &list, &n) != STORE_OK) {
		reply_internal_error(req, "feedback metrics");
		return;
	}
	const struct calendar *cal = feedback_calendar(req->store, &req->arena);
	struct keyed_metric *units = arena_array(&req->arena, names.nunits + 1, sizeof *units);
	struct keyed_metric *cats = arena_array(&req->arena, names.ncats + 1, sizeof *cats);
	size_t nu = 0;
	struct fb_metric all = { 0 };
	for (size_t c = 0; c < names.ncats; c++)
		cats[c].category = names.cats[c].code;
	for (size_t i = 0; i < n; i++) {
		const struct feedback *r = &list[i];
		fb_metric_add(&all, r, cal, today);
		int64_t unit = r->unit_id;
		size_t k;
		for (k = 0; k < nu && units[k].unit_id != unit; k++)
			;
		if (k == nu && nu < names.nunits + 1)
			units[nu++].unit_id = unit;
		if (k < nu)
			fb_metric_add(&units[k].m, r, cal, today);
		for (size_t c = 0; c < names.ncats; c++)
			if (strcmp(cats[c].category, r->category) == 0)
				fb_metric_add(&cats[c].m, r, cal, today);
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Answering citizens in %lld"),
	                                   (long long)year), "/feedback");
	html_raw(&h, "<form method=\"get\" action=\"/feedback/metrics\" class=\"filters\">");
	form_input(req, &h, NULL, &(struct form_input){
		.name = "year", .label = T(req, "Year"), .type = "number",
		.value = arena_printf(&req->arena, "%lld", (long long)year) });
	form_submit(&h, T(req, "Show"));
	html_raw(&h, "</form><p>");
	html_txt(&h, T(req, "Rejected reports and duplicates are not counted. An answer is on time "
	                    "when given by its deadline in working days; re-opened counts the "
	                    "answered reports citizens re-opened."));
	html_raw(&h, "</p>");
	metric_table(req, &h, T(req, "By responsible unit"), N_("Unit"));
	for (size_t k = 0; k < nu; k++)
		metric_row(req, &h, units[k].unit_id ? fbp_unit_name(&names, units[k].unit_id)
		                                     : T(req, "Not yet routed"), &units[k].m);
	html_raw(&h, "</tbody><tfoot>");
	metric_row(req, &h, T(req, "All units"), &all);
	html_raw(&h, "</tfoot></table>");
	metric_table(req, &h, T(req, "By category"), N_("Category"));
	for (size_t c = 0; c < names.ncats; c++)
		if (cats[c].m.total)
			metric_row(req, &h, fbp_category_label(req, &names, cats[c].category), &cats[c].m);
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, 200);
}
