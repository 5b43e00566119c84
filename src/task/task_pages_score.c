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

/* A scorecard page asked for: what its tables are built from, and the page begun around them. */
struct score_ask {
	int64_t root;
	int year;
	cal_day today;
	struct html h;
};

/* On the build pool: every task's revision first, then the scorecard's tables. */
static struct http_body *score_build(struct http_request *req, int64_t *rev)
{
	const struct score_ask *q = req->defer_data;
	struct task_scorecard_revisions rv;
	struct task_scorecard sc;
	if (task_scorecard_revisions(req->store, q->year, &rv) != STORE_OK
	    || task_scorecard_load(req->store, &req->arena, q->root, q->year, q->today, &sc)
	       != STORE_OK) {
		http_note_store_failure(req, true);
		return NULL;
	}
	*rev = rv.tasks;
	struct html t = { 0 };
	score_tables(req, &t, &sc, q->today);
	size_t len;
	char *text = html_take(&t, &len);
	return http_body_take(text, len);
}

/* The page begun before the tables were asked for, when their answer never comes. */
static void score_abandon(struct http_request *req)
{
	struct score_ask *q = req->defer_data;
	html_free(&q->h);
}

static void score_reply(struct http_request *req, struct http_body *b)
{
	struct score_ask *q = req->defer_data;
	req->defer_abandon = NULL;   /* the page is answered, and its buffer with it */
	if (b == NULL) {
		html_free(&q->h);
		reply_internal_error(req, "scorecard");
		return;
	}
	html_raw_n(&q->h, http_body_data(b), http_body_len(b));
	layout_finish(req, &q->h, 200);
}

void page_scorecards(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct score_ask *q = arena_alloc(&req->arena, sizeof *q);
	int64_t root = 0, y = 0;
	int m, d;
	q->today = task_today();
	cal_to_ymd(q->today, &q->year, &m, &d);
	if (http_query_int(req, "year", 2000, 2100, &y) == HTTP_INT_OK)
		q->year = (int)y;
	if (http_query_int(req, "unit_id", 1, INT64_MAX, &root) != HTTP_INT_OK)
		root = default_root(req);
	q->root = root;
	struct tkpage_choices c;
	if (!tkpage_units_load(req, &c)) {
		reply_internal_error(req, "scorecard");
		return;
	}
	/*
	 * The tables and the evidence read every task due in the year (100,000
	 * on the large case): kept rendered, by root, year, day and language,
	 * at the revisions of what they are read from (docs/ARCHITECTURE.md,
	 * "Caching"), read before the scorecard so a write in between misses;
	 * built once, off the HTTP threads, for everyone asking meanwhile.
	 */
	uint64_t ticket = http_cache_ticket();
	struct task_scorecard_revisions rv;
	if (task_scorecard_revisions(req->store, q->year, &rv) != STORE_OK) {
		http_note_store_failure(req, true);
		reply_internal_error(req, "scorecard");
		return;
	}
	char key[160];
	snprintf(key, sizeof key, "score:%lld:%d:%d:%d:%lld:%lld:%lld", (long long)root, q->year,
	         (int)q->today, (int)web_lang(req), (long long)rv.calendar, (long long)rv.units,
	         (long long)rv.targets);
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Scorecards %d"), q->year),
	             "/scorecards");
	html_raw(&h, "<form method=\"get\" action=\"/scorecards\" class=\"query\">");
	form_select(req, &h, NULL, "unit_id", T(req, "Units under"), c.unit_values + 1,
	            c.unit_labels + 1, c.nunits - 1, arena_printf(&req->arena, "%lld", (long long)root));
	form_input(req, &h, NULL, &(struct form_input){ .name = "year", .label = T(req, "Year"),
	           .type = "number", .value = arena_printf(&req->arena, "%d", q->year) });
	form_submit(&h, T(req, "Show"));
	html_raw(&h, "</form><p>");
	web_txtf(&h, T(req, "Tasks due in %d, as of %s. On time %% counts the tasks completed or past "
	               "their deadline."), q->year, tkpage_day(req, q->today));
	html_rawf(&h, " <a href=\"/api/v1/scorecards/export.xlsx?unit_id=%lld&amp;year=%d\">",
	          (long long)root, q->year);
	html_txt(&h, T(req, "Download (xlsx)"));
	html_raw(&h, "</a></p>");
	q->h = h;
	req->defer_data = q;
	req->defer_abandon = score_abandon;
	http_cache_serve(req, key, rv.tasks, ticket, score_build, score_reply);
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
