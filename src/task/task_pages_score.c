/*
 * task_pages_score.c: GET /scorecards — the ranking of the units under a
 * unit (the wards of a district), the leaders' scorecards, and the units
 * and leaders not fulfilling their duties with the tasks that show it; and
 * GET /reviews/{unit_id} — the review (rà soát) of a unit.
 */
#include "task/task_pages.h"
#include "task/task_handlers.h"

#include <stdio.h>
#include <string.h>

#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"

static const char *pct(struct http_request *req, double v)
{
	if (v < 0)
		return "—";
	return web_fmt_percent(req, v, 0);
}

static void score_table(struct http_request *req, struct html *h, const struct task_score *rows,
                        size_t n, bool units, const char *caption)
{
	html_raw(h, "<table class=\"scores\"><caption>");
	html_txt(h, caption);
	html_raw(h, "</caption>");
	if (units)
		WEB_TABLE_HEAD(req, h, N_("Rank"), N_("Unit"), N_("On time"), N_("Late"),
		               N_("In progress"), N_("Overdue"), N_("Share on time"),
		               N_("Targets on track"), N_("Longest overdue (working days)"));
	else
		WEB_TABLE_HEAD(req, h, N_("Rank"), N_("Leader responsible"), N_("On time"), N_("Late"),
		               N_("In progress"), N_("Overdue"), N_("Share on time"),
		               N_("Longest overdue (working days)"));
	for (size_t i = 0; i < n; i++) {
		const struct task_score *r = &rows[i];
		html_rawf(h, "<tr><td class=\"num\">%zu</td><th scope=\"row\">", i + 1);
		if (units)
			html_rawf(h, "<a href=\"/reviews/%lld\">", (long long)r->c.id);
		html_txt(h, r->name);
		if (units)
			html_raw(h, "</a>");
		html_rawf(h, "</th><td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
		             "<td class=\"num\">%lld</td><td class=\"num\">%lld</td><td class=\"num\">",
		          (long long)r->c.on_time, (long long)r->c.late, (long long)r->c.in_progress,
		          (long long)r->c.overdue);
		html_txt(h, pct(req, r->on_time_pct));
		html_raw(h, "</td>");
		if (units)
			html_rawf(h, "<td class=\"num\">%d / %d</td>", r->targets_on_track, r->targets);
		html_rawf(h, "<td class=\"num\">%ld</td></tr>", r->max_late);
	}
	html_raw(h, "</tbody></table>");
}

void tkpage_failing(struct http_request *req, struct html *h, const struct task_score *r,
                    cal_day today, const struct calendar *cal)
{
	html_raw(h, "<li><strong>");
	html_txt(h, r->name);
	html_raw(h, "</strong>: ");
	if (r->failures & TASK_DUTY_RATE)
		web_txtf(h, T(req, "on time %s, below 70 %%;"), pct(req, r->on_time_pct));
	if (r->failures & TASK_DUTY_LONG_OVERDUE) {
		html_raw(h, " ");
		web_txtf(h, T(req, "a task overdue by %ld working days."), r->max_late);
	}
	html_raw(h, "<ul>");
	for (size_t i = 0; i < r->nevidence; i++) {
		const struct task *t = r->evidence[i];
		html_rawf(h, "<li><a href=\"/tasks/%lld\">", (long long)t->id);
		html_txt(h, t->title);
		html_raw(h, "</a> — ");
		web_txtf(h, T(req, "due %s, %ld working days late"), tkpage_day(req, t->due_day),
		         task_working_days_late(cal, t, today));
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul></li>");
}

/* The ranking, the leaders' table and who is not fulfilling their duties, with the evidence. */
static void score_tables(struct http_request *req, struct html *h, const struct task_scorecard *sc,
                         cal_day today)
{
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Ranking of the units"));
	html_raw(h, "</h2>");
	score_table(req, h, sc->units, sc->nunits, true, T(req, "Ranking of the units"));
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Leaders responsible"));
	html_raw(h, "</h2>");
	score_table(req, h, sc->leaders, sc->nleaders, false, T(req, "Leaders responsible"));
	html_raw(h, "<h2 id=\"not-fulfilling\">");
	html_txt(h, T(req, "Not fulfilling their duties"));
	html_raw(h, "</h2><p>");
	html_txt(h, T(req, "Fewer than 70 per cent of the judged tasks on time (at least 5 judged), or a "
	                   "task overdue by more than 20 working days; the longest overdue tasks "
	                   "are the evidence."));
	html_raw(h, "</p><ul class=\"failing\">");
	size_t nf = 0;
	for (size_t i = 0; i < sc->nunits; i++)
		if (sc->units[i].failures) {
			tkpage_failing(req, h, &sc->units[i], today, sc->cal);
			nf++;
		}
	for (size_t i = 0; i < sc->nleaders; i++)
		if (sc->leaders[i].failures) {
			tkpage_failing(req, h, &sc->leaders[i], today, sc->cal);
			nf++;
		}
	html_raw(h, "</ul>");
	if (nf == 0) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "Every unit and leader fulfils its duties."));
		html_raw(h, "</p>");
	}
}

/*
 * The units to rank when none is asked for: the reader's own (the unit of
 * their first role: a district's leader sees the district's wards), else
 * the first district, else a root.
 */
static int64_t default_root(struct http_request *req)
{
	const struct principal *who = http_principal(req);
	if (who->ngrants > 0 && who->grants[0].unit_id > 0)
		return who->grants[0].unit_id;
	struct unit_filter f = { .kind = "district", .limit = 1 };
	struct org_unit *u;
	size_t n;
	if (org_unit_list(req->store, &f, &req->arena, &u, &n) == STORE_OK && n)
		return u[0].id;
	struct unit_filter any = { .limit = 1 };
	return org_unit_list(req->store, &any, &req->arena, &u, &n) == STORE_OK && n ? u[0].id : 0;
}

void page_scorecards(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int64_t root = 0, y = 0;
	int year, m, d;
	cal_day today = task_today();
	cal_to_ymd(today, &year, &m, &d);
	if (http_query_int(req, "year", 2000, 2100, &y) == HTTP_INT_OK)
		year = (int)y;
	if (http_query_int(req, "unit_id", 1, INT64_MAX, &root) != HTTP_INT_OK)
		root = default_root(req);
	struct tkpage_choices c;
	if (!tkpage_units_load(req, &c)) {
		reply_internal_error(req, "scorecard");
		return;
	}
	/*
	 * The tables and the evidence read every task due in the year (100,000
	 * on the large case): kept rendered, by root, year, day and language,
	 * at the revisions of what they are read from (docs/ARCHITECTURE.md,
	 * "Caching"), read before the scorecard so a write in between misses.
	 */
	struct task_scorecard_revisions rv;
	char key[160] = "";
	if (task_scorecard_revisions(req->store, year, &rv) == STORE_OK)
		snprintf(key, sizeof key, "score:%lld:%d:%d:%d:%lld:%lld:%lld", (long long)root, year,
		         (int)today, (int)web_lang(req), (long long)rv.calendar, (long long)rv.units,
		         (long long)rv.targets);
	char *tables = NULL;
	size_t tables_len = 0;
	if (!key[0] || !http_cache_get(req->server->cache, key, rv.tasks, &tables, &tables_len)) {
		struct task_scorecard sc;
		int s = task_scorecard_load(req->store, &req->arena, root, year, today, &sc);
		if (s == STORE_NOT_FOUND) {
			reply_not_found(req);
			return;
		}
		if (s != STORE_OK) {
			reply_internal_error(req, "scorecard");
			return;
		}
		struct html t = { 0 };
		score_tables(req, &t, &sc, today);
		tables = html_take(&t, &tables_len);
		if (key[0])
			http_cache_put(req->server->cache, key, rv.tasks, tables, tables_len);
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Scorecards %d"), year), "/scorecards");
	html_raw(&h, "<form method=\"get\" action=\"/scorecards\" class=\"query\">");
	form_select(req, &h, NULL, "unit_id", T(req, "Units under"), c.unit_values + 1,
	            c.unit_labels + 1, c.nunits - 1, arena_printf(&req->arena, "%lld", (long long)root));
	form_input(req, &h, NULL, &(struct form_input){ .name = "year", .label = T(req, "Year"),
	           .type = "number", .value = arena_printf(&req->arena, "%d", year) });
	form_submit(&h, T(req, "Show"));
	html_raw(&h, "</form><p>");
	web_txtf(&h, T(req, "Tasks due in %d, as of %s. On time %% counts the tasks completed or past "
	               "their deadline."), year, tkpage_day(req, today));
	html_rawf(&h, " <a href=\"/api/v1/scorecards/export.xlsx?unit_id=%lld&amp;year=%d\">",
	          (long long)root, year);
	html_txt(&h, T(req, "Download (xlsx)"));
	html_raw(&h, "</a></p>");
	html_raw_n(&h, tables, tables_len);
	free(tables);
	layout_finish(req, &h, 200);
}

static void task_section(struct http_request *req, struct html *h, const char *title,
                         const struct task *ts, size_t n, cal_day today)
{
	html_raw(h, "<h2>");
	web_txtf(h, "%s (%zu)", title, n);
	html_raw(h, "</h2>");
	if (n)
		tkpage_task_table(req, h, ts, n, today, title, 0);
}

void page_review(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int64_t unit = http_param_id(req, "unit_id"), y = 0;
	struct org_unit u;
	if (!reply_unless_found(req, unit ? org_unit_get(req->store, unit, &req->arena, &u)
	                                  : STORE_NOT_FOUND))
		return;
	cal_day today = task_today();
	int year, m, d;
	cal_to_ymd(today, &year, &m, &d);
	if (http_query_int(req, "year", 2000, 2100, &y) == HTTP_INT_OK)
		year = (int)y;
	struct task_review r;
	if (task_review_load(req->store, &req->arena, unit, year, today, &r) != STORE_OK) {
		reply_internal_error(req, "review");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Review of %s, %d"), u.name, year),
	             "/scorecards");
	html_raw(&h, "<h2>");
	web_txtf(&h, "%s (%zu)", T(req, "Targets no plan serves"), r.ntargets_without_plan);
	html_raw(&h, "</h2><ul>");
	for (size_t i = 0; i < r.ntargets_without_plan; i++) {
		html_rawf(&h, "<li><a href=\"/targets/%lld\">", (long long)r.targets_without_plan[i].id);
		html_txt(&h, r.targets_without_plan[i].code);
		html_raw(&h, "</a> ");
		html_txt(&h, r.targets_without_plan[i].name);
		html_raw(&h, "</li>");
	}
	html_raw(&h, "</ul><h2>");
	web_txtf(&h, "%s (%zu)", T(req, "Plans without tasks"), r.nplans_without_tasks);
	html_raw(&h, "</h2><ul>");
	for (size_t i = 0; i < r.nplans_without_tasks; i++) {
		html_rawf(&h, "<li><a href=\"/plans/%lld\">", (long long)r.plans_without_tasks[i].id);
		html_txt(&h, r.plans_without_tasks[i].title);
		html_raw(&h, "</a></li>");
	}
	html_raw(&h, "</ul>");
	task_section(req, &h, T(req, "Overdue"), r.overdue, r.noverdue, today);
	task_section(req, &h, T(req, "Due within 5 working days"), r.due_soon, r.ndue_soon, today);
	task_section(req, &h, T(req, "No progress reported for 30 days"), r.stale, r.nstale, today);
	layout_finish(req, &h, 200);
}
