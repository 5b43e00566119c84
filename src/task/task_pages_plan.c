/*
 * task_pages_plan.c: plans.  GET /plans lists them (and, for those who may
 * assign tasks, the form to make one, POST /plans); GET /plans/{id} shows a
 * plan with a timeline of its tasks drawn by the server (SVG, with the
 * table of the same tasks beside it) and the form to add a task
 * (POST /plans/{id}/tasks): a task without a deadline, unit, assignee or
 * responsible leader is refused with the message beside each field.
 */
#include "task/task_pages.h"
#include "task/task_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"
#include "target/target_service.h"

struct plan_form {
	const char *title, *unit_id, *year, *leader_id, *due_date, *description;
};

static const char *unit_name_of(const struct tkpage_choices *c, int64_t id)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%lld", (long long)id);
	for (size_t i = 1; i < c->nunits; i++)
		if (strcmp(c->unit_values[i], buf) == 0)
			return c->unit_labels[i];
	return "";
}

static const char *person_name_of(const struct tkpage_choices *c, int64_t id)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%lld", (long long)id);
	for (size_t i = 1; i < c->npeople; i++)
		if (strcmp(c->person_values[i], buf) == 0)
			return c->person_labels[i];
	return "";
}

static void render_plans(struct http_request *req, const struct plan_form *f,
                         const struct form_errors *e, unsigned int status)
{
	struct plan_filter pf = { 0 };
	int64_t year = 0;
	if (http_query_int(req, "year", 2000, 2100, &year) == HTTP_INT_OK)
		pf.year = (int)year;
	struct plan *ps;
	size_t n;
	struct tkpage_choices c;
	if (plan_service_list(req->store, &pf, &req->arena, &ps, &n) != STORE_OK
	    || !tkpage_choices_load(req, &c)) {
		reply_internal_error(req, "plans");
		return;
	}
	struct html h = { 0 };
	layout_begin_form(req, &h, T(req, "Plans and programmes"), "/plans", e);
	if (n == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No plans yet."));
		html_raw(&h, "</p>");
	} else {
		html_raw(&h, "<table><caption class=\"vh\">");
		html_txt(&h, T(req, "Plans and programmes"));
		html_raw(&h, "</caption>");
		WEB_TABLE_HEAD(req, &h, N_("Plan"), N_("Year"), N_("Unit"), N_("Leader responsible"),
		               N_("Completion"));
		for (size_t i = 0; i < n; i++) {
			html_rawf(&h, "<tr><th scope=\"row\"><a href=\"/plans/%lld\">", (long long)ps[i].id);
			html_txt(&h, ps[i].title);
			html_rawf(&h, "</a></th><td>%d</td><td>", ps[i].year);
			html_txt(&h, unit_name_of(&c, ps[i].unit_id));
			html_raw(&h, "</td><td>");
			html_txt(&h, person_name_of(&c, ps[i].leader_id));
			html_raw(&h, "</td><td>");
			html_txt(&h, tkpage_day(req, ps[i].due_day));
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
	}
	if (policy_allows_somewhere(http_principal(req), PERM_ASSIGN_TASKS)) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "New plan"));
		html_raw(&h, "</h2>");
		form_begin(req, &h, "/plans", "plan", NULL);
		form_error_summary(req, &h, e);
		form_input(req, &h, e, &(struct form_input){ .name = "title", .label = T(req, "Plan"),
		           .value = f->title, .required = true, .maxlength = TASK_TITLE_MAX });
		form_select(req, &h, e, "unit_id", T(req, "Unit"), c.unit_values, c.unit_labels,
		            c.nunits, f->unit_id);
		form_input(req, &h, e, &(struct form_input){ .name = "year", .label = T(req, "Year"),
		           .type = "number", .value = f->year, .required = true });
		form_select(req, &h, e, "leader_id", T(req, "Leader responsible"), c.person_values,
		            c.person_labels, c.npeople, f->leader_id);
		tkpage_date_input(req, &h, e, "due_date", T(req, "Completion"), f->due_date, true,
		                  T(req, "Day/month/year, e.g. 30/09/2019."));
		form_input(req, &h, e, &(struct form_input){ .name = "description",
		           .label = T(req, "Description"), .value = f->description,
		           .maxlength = TASK_TEXT_MAX });
		form_submit(&h, T(req, "Create the plan"));
		form_end(&h);
	}
	layout_finish(req, &h, status);
}

void page_plans(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	render_plans(req, &(struct plan_form){ 0 }, &(struct form_errors){ .form = "plan" }, 200);
}

static bool copy_plan(void *ctx, struct plan *p, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	*p = *(const struct plan *)ctx;
	return true;
}

void page_plans_create(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct plan_form f = {
		.title = http_form(req, "title"), .unit_id = http_form(req, "unit_id"),
		.year = http_form(req, "year"), .leader_id = http_form(req, "leader_id"),
		.due_date = http_form(req, "due_date"), .description = http_form(req, "description"),
	};
	struct form_errors e = { .form = "plan" };
	struct plan in = { .title = f.title, .description = f.description };
	int64_t year = 0;
	tkpage_form_id(req, &e, "unit_id", &in.unit_id);
	tkpage_form_id(req, &e, "leader_id", &in.leader_id);
	tkpage_form_day(req, &e, "due_date", false, &in.due_day);
	if (http_form_int(req, "year", 2000, 2100, &year) == HTTP_INT_INVALID)
		form_error_add(&e, "year", T(req, "The year must be from 2000 to 2100."));
	in.year = (int)year;
	if (e.n) {
		render_plans(req, &f, &e, 422);
		return;
	}
	struct plan out;
	struct task_error err;
	enum org_result r = plan_save(req->store, &req->arena, http_principal(req), 0, copy_plan,
	                              &in, &out, &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/plans/%lld", (long long)out.id));
		return;
	}
	if (r != ORG_INVALID) {
		form_reply_failure(req, r, "plan");
		return;
	}
	tkpage_add_errors(req, &e, &err);
	render_plans(req, &f, &e, 422);
}

/* ---- one plan and its timeline ---- */

/* At most N code points of S (and an ellipsis when cut), in the arena. */
enum { TL_LABEL = 230, TL_WIDTH = 820, TL_ROW = 24, TL_TOP = 30 };

/*
 * A Gantt-like timeline: one bar per task from its start (or, without one,
 * a fortnight before its deadline) to its deadline, coloured by status, a
 * tick where it was completed, a line for today.  Vector only (prints
 * crisp), no script, no inline style: colours from the status classes.
 */
static void timeline(struct http_request *req, struct html *h, const struct plan *p,
                     const struct task *ts, size_t n, cal_day today)
{
	cal_day lo = 0, hi = 0;
	cal_from_ymd(p->year, 1, 1, &lo);
	cal_from_ymd(p->year, 12, 31, &hi);
	for (size_t i = 0; i < n; i++) {
		cal_day s = ts[i].start_day ? ts[i].start_day : ts[i].due_day - 14;
		cal_day e = ts[i].completed_day > ts[i].due_day ? ts[i].completed_day : ts[i].due_day;
		if (s < lo)
			lo = s;
		if (e > hi)
			hi = e;
	}
	if (p->due_day > hi)
		hi = p->due_day;
	double span = (double)(hi - lo) + 1;
	double plot = TL_WIDTH - TL_LABEL - 10;
#define X(d) (TL_LABEL + plot * (double)((d) - lo) / span)
	int height = TL_TOP + (int)n * TL_ROW + 10;
	html_rawf(h, "<svg class=\"chart timeline\" role=\"img\" aria-labelledby=\"tl-t tl-d\" "
	             "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title id=\"tl-t\">",
	          TL_WIDTH, height, TL_WIDTH, height);
	html_txt(h, T(req, "Timeline of the plan's tasks"));
	html_raw(h, "</title><desc id=\"tl-d\">");
	web_txtf(h, T(req, "%zu tasks from %s to %s; the table below gives the same dates."), n,
	         tkpage_day(req, lo), tkpage_day(req, hi));
	html_raw(h, "</desc>");
	/* Month ticks along the top. */
	int y0, m0, d0;
	cal_to_ymd(lo, &y0, &m0, &d0);
	for (int y = y0, m = m0, k = 0; k < 120; k++) {
		cal_day first;
		if (!cal_from_ymd(y, m, 1, &first) || first > hi)
			break;
		if (first >= lo) {
			double x = X(first);
			html_rawf(h, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\" "
			             "stroke=\"currentColor\" stroke-opacity=\".2\"/>", x, TL_TOP - 6, x,
			          height - 10);
			html_rawf(h, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"currentColor\">%d/%d"
			             "</text>", x + 2, TL_TOP - 10, m, y % 100);
		}
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	for (size_t i = 0; i < n; i++) {
		const struct task *t = &ts[i];
		int y = TL_TOP + (int)i * TL_ROW;
		cal_day s = t->start_day ? t->start_day : t->due_day - 14;
		enum task_status st = task_status_of(t, today);
		html_rawf(h, "<text x=\"0\" y=\"%d\" font-size=\"12\" fill=\"currentColor\">%zu. ",
		          y + 15, i + 1);
		html_txt(h, tkpage_shorten(req, t->title, 30));
		html_raw(h, "</text>");
		double x1 = X(s), x2 = X(t->due_day + 1);
		html_rawf(h, "<g class=\"%s\"><rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
		             "height=\"14\" rx=\"3\" fill=\"currentColor\"><title>",
		          (const char *[]){ "st-achieved", "st-at_risk", "st-on_track",
		                            "st-off_track" }[st],
		          x1, y + 4, x2 - x1 < 2 ? 2 : x2 - x1);
		web_txtf(h, "%s: %s → %s, %s", t->title, tkpage_day(req, s), tkpage_day(req, t->due_day),
		         tkpage_status_label(req, st));
		html_raw(h, "</title></rect>");
		if (t->completed_day) {
			double xc = X(t->completed_day) + plot / span / 2;
			html_rawf(h, "<path class=\"done\" d=\"M%.1f %d l4 5 l-4 5 l-4 -5 Z\" "
			             "fill=\"currentColor\" stroke=\"#fff\"/>", xc, y + 1);
		}
		html_raw(h, "</g>");
	}
	if (today >= lo && today <= hi) {
		double xt = X(today);
		html_rawf(h, "<line class=\"today\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
		             "stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>",
		          xt, TL_TOP - 6, xt, height - 6);
	}
#undef X
	html_raw(h, "</svg>");
}

static bool plan_of_path(struct http_request *req, struct plan *p)
{
	int64_t id = http_param_id(req, "id");
	return reply_unless_found(req, id ? plan_service_get(req->store, id, &req->arena, p)
	                                  : STORE_NOT_FOUND);
}

static void render_plan(struct http_request *req, const struct plan *p,
                        const struct tkpage_task_form *f, const struct form_errors *e,
                        unsigned int status)
{
	struct task_filter tf = { .plan_id = p->id, .today = task_today() };
	struct task *ts;
	size_t n;
	struct tkpage_choices c;
	if (task_service_list(req->store, &tf, &req->arena, &ts, &n, NULL) != STORE_OK
	    || !tkpage_choices_load(req, &c)) {
		reply_internal_error(req, "plan");
		return;
	}
	struct html h = { 0 };
	layout_begin_form(req, &h, p->title, "/plans", e);
	if (http_query(req, "added"))
		form_notice(&h, T(req, "The task was added."));
	html_raw(&h, "<dl class=\"facts\"><dt>");
	html_txt(&h, T(req, "Unit"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, unit_name_of(&c, p->unit_id));
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Year"));
	html_rawf(&h, "</dt><dd>%d</dd><dt>", p->year);
	html_txt(&h, T(req, "Leader responsible"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, person_name_of(&c, p->leader_id));
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Completion"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, tkpage_day(req, p->due_day));
	html_raw(&h, "</dd></dl>");
	if (p->description && *p->description) {
		html_raw(&h, "<p>");
		html_txt(&h, p->description);
		html_raw(&h, "</p>");
	}
	if (p->ntargets) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Targets it serves"));
		html_raw(&h, "</h2><ul>");
		for (size_t i = 0; i < p->ntargets; i++) {
			struct target tg;
			if (target_get(req->store, p->target_ids[i], &req->arena, &tg) != STORE_OK)
				continue;
			html_rawf(&h, "<li><a href=\"/targets/%lld\">", (long long)tg.id);
			html_txt(&h, tg.code);
			html_raw(&h, "</a> ");
			html_txt(&h, tg.name);
			html_raw(&h, "</li>");
		}
		html_raw(&h, "</ul>");
	}
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Tasks"));
	html_raw(&h, "</h2>");
	if (n == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "This plan has no tasks yet."));
		html_raw(&h, "</p>");
	} else {
		timeline(req, &h, p, ts, n, tf.today);
		tkpage_task_table(req, &h, ts, n, tf.today, T(req, "Tasks"), 1);
	}
	if (task_may_assign(req->store, &req->arena, http_principal(req), p->unit_id)) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Add a task"));
		html_raw(&h, "</h2>");
		tkpage_task_form(req, &h, arena_printf(&req->arena, "/plans/%lld/tasks",
		                                        (long long)p->id), &c, f, e);
	}
	layout_finish(req, &h, status);
}

void page_plan(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct plan p;
	if (!plan_of_path(req, &p))
		return;
	struct tkpage_task_form f = {
		.unit_id = arena_printf(&req->arena, "%lld", (long long)p.unit_id),
		.leader_id = arena_printf(&req->arena, "%lld", (long long)p.leader_id),
	};
	render_plan(req, &p, &f, &(struct form_errors){ .form = "task" }, 200);
}

static bool copy_task(void *ctx, struct task *t, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	*t = *(const struct task *)ctx;
	return true;
}

void page_plan_add_task(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct plan p;
	if (!plan_of_path(req, &p))
		return;
	struct tkpage_task_form f;
	struct form_errors e = { .form = "task" };
	struct task in = { .plan_id = p.id, .source = TASK_SRC_PLAN };
	tkpage_task_read(req, &f, &in, &e);
	if (e.n) {
		render_plan(req, &p, &f, &e, 422);
		return;
	}
	struct task out;
	struct task_error err;
	enum org_result r = task_save(req->store, &req->arena, http_principal(req), 0, copy_task,
	                              &in, NULL, &out, &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/plans/%lld?added=1", (long long)p.id));
		return;
	}
	if (r != ORG_INVALID && r != ORG_CONFLICT) {
		form_reply_failure(req, r, "task");
		return;
	}
	tkpage_add_errors(req, &e, &err);
	render_plan(req, &p, &f, &e, 422);
}

/* The messages task_save() and plan_save() put in their errors, listed to be translated. */
static const char *const save_messages[] __attribute__((unused)) = {
	N_("No unit has this id."),
	N_("No person has this id."),
	N_("No plan has this id."),
	N_("No target has this id."),
	N_("The title is longer than 500 bytes."),
	N_("The description is longer than 10,000 bytes."),
	N_("The deadline is before the start date."),
	N_("The year must be from 2000 to 2100."),
	N_("A plan serves at most 64 targets."),
	N_("A target is named twice."),
	N_("Another task has this reference."),
	N_("A task has at most 20 co-assigned units."),
	N_("The text is not valid UTF-8."),
};
