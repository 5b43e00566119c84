/*
 * feedback_pages_home.c: citizen feedback's part of a signed-in reader's
 * home page (struct module .home).  Those who handle reports see the open
 * ones of their units, late first, then soonest due, each a link to its
 * handling page; a reader over several units (a leader, the district) also
 * sees, per responsible unit, the open, the late and the answers on time
 * in the last twelve months, the units most behind first.  Nothing for a
 * reader without reports in reach.
 */
#include "feedback/feedback_pages.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"

enum { HOME_ROWS = 8, HOME_UNITS = 8 };

struct unit_row {
	int64_t unit_id;
	struct fb_metric m;
};

static int worst_first(const void *x, const void *y)
{
	const struct unit_row *a = x, *b = y;
	if (a->m.late != b->m.late)
		return a->m.late > b->m.late ? -1 : 1;
	if (a->m.open != b->m.open)
		return a->m.open > b->m.open ? -1 : 1;
	return a->unit_id < b->unit_id ? -1 : a->unit_id > b->unit_id;
}

/* The row of UNIT in ROWS (added when new; NULL when full). */
static struct unit_row *row_of(struct unit_row *rows, size_t *n, size_t cap, int64_t unit)
{
	for (size_t i = 0; i < *n; i++)
		if (rows[i].unit_id == unit)
			return &rows[i];
	if (*n == cap)
		return NULL;
	rows[*n] = (struct unit_row){ .unit_id = unit };
	return &rows[(*n)++];
}

/* A cell labelled for the stacked rows of a phone; numbers right-aligned. */
static void cell(struct http_request *req, struct html *h, const char *label, const char *text)
{
	bool num = text[0] >= '0' && text[0] <= '9' && strchr(text, '/') == NULL;
	html_raw(h, num ? "<td class=\"num\" data-label=\"" : "<td data-label=\"");
	html_attr(h, T(req, label));
	html_raw(h, "\">");
	html_txt(h, text);
	html_raw(h, "</td>");
}

static void units_table(struct http_request *req, struct html *h, const struct fb_names *names,
                        struct unit_row *rows, size_t n)
{
	qsort(rows, n, sizeof *rows, worst_first);
	/* "summary": on a phone each row stacks, its cells labelled (static/css/app.css). */
	html_raw(h, "<table class=\"summary fb-home-units\"><caption>");
	html_txt(h, T(req, "By responsible unit, the most late first"));
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Unit"), N_("Open"), N_("Late"), N_("Answered in 12 months"),
	               N_("On time"));
	for (size_t i = 0; i < n && i < HOME_UNITS; i++) {
		const struct fb_metric *m = &rows[i].m;
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, rows[i].unit_id ? fbp_unit_name(names, rows[i].unit_id)
		                            : T(req, "Not yet routed"));
		html_raw(h, "</th>");
		cell(req, h, N_("Open"), arena_printf(&req->arena, "%ld", m->open));
		cell(req, h, N_("Late"), arena_printf(&req->arena, "%ld", m->late));
		cell(req, h, N_("Answered in 12 months"), arena_printf(&req->arena, "%ld", m->answered));
		html_raw(h, "<td class=\"num\" data-label=\"");
		html_attr(h, T(req, "On time"));
		html_raw(h, "\">");
		double pct = fb_metric_on_time_pct(m);
		if (isnan(pct))
			html_raw(h, "—");
		else
			html_txt(h, web_fmt_percent(req, pct, 0));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
}

static void reports_table(struct http_request *req, struct html *h, const struct fb_names *names,
                          const struct feedback *list, size_t n, cal_day today)
{
	html_raw(h, "<table class=\"summary fb-home-reports\"><caption>");
	html_txt(h, T(req, "Open reports, most urgent first"));
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Number"), N_("Answer due"), N_("State"), N_("Category"), N_("Ward"),
	               N_("Responsible unit"));
	for (size_t i = 0; i < n && i < HOME_ROWS; i++) {
		const struct feedback *f = &list[i];
		html_rawf(h, "<tr><th scope=\"row\"><a href=\"/feedback/%lld/handle\">%lld</a></th>",
		          (long long)f->id, (long long)f->id);
		cell(req, h, N_("Answer due"), fbp_day(req, fb_deadline(f)));
		html_raw(h, "<td data-label=\"");
		html_attr(h, T(req, "State"));
		html_raw(h, "\">");
		fbp_state_badge(req, h, f, today);
		html_raw(h, "</td>");
		cell(req, h, N_("Category"), fbp_category_label(req, names, f->category));
		cell(req, h, N_("Ward"), fbp_unit_name(names, f->ward_id));
		cell(req, h, N_("Responsible unit"),
		     f->unit_id ? fbp_unit_name(names, f->unit_id) : T(req, "Not yet routed"));
		html_raw(h, "</tr>");
	}
	html_raw(h, "</tbody></table>");
}

void fbpage_home(struct http_request *req, struct html *h)
{
	const struct principal *who = http_principal(req);
	if (!feedback_may_see_queue(who))
		return;
	int64_t now = (int64_t)time(NULL);
	cal_day today = feedback_day_of(now);
	struct fb_counts c;
	struct feedback *open_list = NULL;
	size_t nshown = 0;
	struct fb_names names = { 0 };
	/* The open reports, and the others of the last twelve months for the on-time share. */
	if (!fbp_counts(req, today, today, (now - now % 3600) - 365 * 86400, &c)
	    || (c.open > 0
	        && feedback_queue_page(req->store, &req->arena, &c, 0, HOME_ROWS, &open_list,
	                               &nshown) != STORE_OK)
	    || feedback_categories(req->store, &req->arena, &names.cats, &names.ncats) != STORE_OK
	    || org_unit_list(req->store, &(struct unit_filter){ 0 }, &req->arena, &names.units,
	                     &names.nunits) != STORE_OK) {
		html_raw(h, "<p class=\"muted\">");
		html_txt(h, T(req, "The citizens' reports cannot be read just now."));
		html_raw(h, "</p>");
		return;
	}
	if (c.open == 0 && c.answered == 0)
		return;
	/* By responsible unit: the reports not routed yet, counted by ward, make one row. */
	struct unit_row *rows = arena_array(&req->arena, c.n ? c.n : 1, sizeof *rows);
	size_t nrows = 0;
	struct fb_metric all = { .open = c.open, .late = c.late, .answered = c.answered,
	                         .on_time = c.on_time };
	for (size_t i = 0; i < c.n; i++) {
		const struct fb_unit_counts *g = &c.units[i];
		struct unit_row *r = row_of(rows, &nrows, c.n, g->unit_id);
		r->m.open += g->open;
		r->m.late += g->late;
		r->m.answered += g->answered;
		r->m.on_time += g->on_time;
	}
	html_raw(h, "<section aria-labelledby=\"home-feedback\"><h2 id=\"home-feedback\">");
	html_txt(h, T(req, "Citizens' reports"));
	html_raw(h, "</h2><p>");
	web_txtf(h, T(req, "%ld open, %ld of them late."), all.open, all.late);
	double pct = fb_metric_on_time_pct(&all);
	if (!isnan(pct)) {
		html_raw(h, " ");
		html_txt(h, arena_printf(&req->arena, T(req, "In the last 12 months %ld answered, %s %% "
		                                             "of them on time."),
		                         all.answered, web_fmt_number(req, pct, 0)));
	}
	html_raw(h, "</p>");
	if (nrows > 1)
		units_table(req, h, &names, rows, nrows);
	if (nshown)
		reports_table(req, h, &names, open_list, nshown, today);
	html_raw(h, "<p><a href=\"/feedback/queue\">");
	html_txt(h, T(req, "All reports to handle"));
	html_raw(h, "</a> · <a href=\"/feedback/metrics\">");
	html_txt(h, T(req, "Answering citizens: the figures"));
	html_raw(h, "</a></p></section>");
}

/*
 * Citizen feedback on unit UNIT's page (struct module .unit_page), where
 * leaders and the supervisor look at a unit — the targets' board has no
 * hook for other modules, and this page is where a unit's standing is
 * read: its open reports (those it answers, and for a ward those sent
 * from it), how many are late and how many fall due within 3 working
 * days, and the most urgent of them.  For readers of the unit's feedback
 * only; one read of its open reports, through the unit's index and the ward's.
 */
void fbpage_unit_section(struct http_request *req, struct html *h, int64_t unit)
{
	const struct principal *who = http_principal(req);
	if (!who->authenticated
	    || !org_allows(req->store, &req->arena, who, PERM_READ_FEEDBACK, unit))
		return;
	/* One list: a ward that answers its own reports finds them once. */
	struct feedback *all;
	size_t n = 0;
	struct fb_names names = { 0 };
	if (feedback_open_of_unit(req->store, unit, &req->arena, &all, &n) != STORE_OK || n == 0)
		return;
	if (feedback_categories(req->store, &req->arena, &names.cats, &names.ncats) != STORE_OK
	    || org_unit_list(req->store, &(struct unit_filter){ 0 }, &req->arena, &names.units,
	                     &names.nunits) != STORE_OK)
		return;
	cal_day today = feedback_day_of((int64_t)time(NULL)), soon = today;
	if (!cal_deadline(feedback_calendar(req->store, &req->arena), today, 3, &soon))
		soon = today + 3;
	long late = 0, due_soon = 0;
	for (size_t i = 0; i < n; i++) {
		if (fb_is_late(&all[i], today))
			late++;
		else if (fb_deadline(&all[i]) <= soon)
			due_soon++;
	}
	html_raw(h, "<section aria-labelledby=\"unit-feedback\"><h2 id=\"unit-feedback\">");
	html_txt(h, T(req, "Citizens' reports"));
	html_raw(h, "</h2><p>");
	web_txtf(h, T(req, "%ld open, %ld of them late."), (long)n, late);
	html_raw(h, " ");
	web_txtf(h, T(req, "%ld more due within 3 working days."), due_soon);
	html_raw(h, "</p>");
	reports_table(req, h, &names, all, n, today);
	html_raw(h, "<p><a href=\"/feedback/queue\">");
	html_txt(h, T(req, "All reports to handle"));
	html_raw(h, "</a></p></section>");
}

void fbpage_behind(struct http_request *req, struct html *h)
{
	const struct principal *who = http_principal(req);
	if (!feedback_may_see_queue(who))
		return;
	cal_day today = feedback_day_of((int64_t)time(NULL));
	cal_day soon = today;
	if (!cal_deadline(feedback_calendar(req->store, &req->arena), today, 3, &soon))
		soon = today;
	struct fb_counts c;
	if (!fbp_counts(req, today, soon, INT64_MAX, &c))
		return;
	size_t late = (size_t)c.late, due = (size_t)c.due_soon;
	if (late == 0 && due == 0)
		return;
	html_raw(h, "<li class=\"behind-feedback\"><a href=\"/feedback/queue\">");
	html_txt(h, T(req, "Citizens' reports"));
	html_raw(h, "</a>: ");
	web_txtf(h, T(req, "%zu late, %zu due within 3 working days."), late, due);
	html_raw(h, "</li>");
}
