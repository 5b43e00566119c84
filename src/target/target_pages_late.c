/*
 * target_pages_late.c: overdue figures, GET /targets/late.
 */
#include "target/target_pages.h"
#include "target/target_handlers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "org/org_service.h"
#include "store/store.h"
#include "target/target_board.h"
#include "target/target_board_cache.h"
#include "http/cache.h"
#include "http/server.h"
#include "target/target_service.h"
#include "text/vntext.h"
#include "web/svg_chart.h"


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
	tpage_board_query_read(req, &q, &e);
	struct board b = { 0 };
	if (e.n == 0 && !target_board_of_year(req, q.year, q.as_of, &b)) {
		reply_internal_error(req, "board");
		return;
	}
	struct late_report *late = NULL;
	size_t n = e.n ? 0 : target_board_late(&b, &req->arena, &late);
	if (n > 1)
		qsort(late, n, sizeof *late, late_cmp);
	struct unit_names un = { 0 };
	if (!tpage_units_load(req, &un)) {
		reply_internal_error(req, "units");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Late reports %d"), q.year), "/targets");
	tpage_board_query_form(req, &h, "/targets/late", &q, &e);
	if (e.n) {
		layout_finish(req, &h, 400);
		return;
	}
	html_raw(&h, "<p class=\"as-of\">");
	web_txtf(&h, T(req, "Figures overdue on %s, most overdue first."), tpage_fmt_day(req, q.as_of));
	html_rawf(&h, " <a href=\"/targets?year=%d&amp;as_of=%s\">", q.year, tpage_iso_day(req, q.as_of));
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
		          tpage_as_of_suffix(req, '?'));
		html_txt(&h, t->code);
		html_raw(&h, "</a></th><td>");
		html_txt(&h, t->name);
		html_raw(&h, "</td><td>");
		html_txt(&h, tpage_unit_name(&un, t->owner_unit_id));
		html_raw(&h, "</td><td>");
		html_txt(&h, tpage_period_label(req, t, late[i].period_no));
		html_raw(&h, "</td><td>");
		html_txt(&h, tpage_fmt_day(req, late[i].due_day));
		html_raw(&h, "</td><td class=\"num\">");
		html_txt(&h, tpage_fmt_num(req, (double)late[i].days_late));
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, 200);
}
