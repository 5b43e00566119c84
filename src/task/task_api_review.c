/*
 * task_api_review.c: the scorecards (GET /api/v1/scorecards and its xlsx),
 * the review of a unit (GET /api/v1/reviews/{unit_id}), the task list as
 * xlsx (GET /api/v1/tasks/export.xlsx) and the supervision programmes
 * (/api/v1/supervisions, their findings and follow-up tasks).  All for
 * signed-in officials, like the task lists they are computed from.
 */
#include "api/api.h"
#include "task/task_handlers.h"

#include <stdio.h>
#include <string.h>

#include "api/json_input.h"
#include "http/reply.h"
#include "store/store.h"
#include "task/task_io.h"
#include "task/task_service.h"

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

static bool signed_in(struct http_request *req)
{
	if (task_may_read(http_principal(req)))
		return true;
	http_forbidden(req);
	return false;
}

/* ?year= (default: this year) into *YEAR; false after replying 400. */
static bool query_year(struct http_request *req, int *year)
{
	int64_t y = 0;
	if (http_query_int(req, "year", 2000, 2100, &y) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'year' must be a year from 2000 to 2100.", "year");
		return false;
	}
	int m, d;
	if (y == 0)
		cal_to_ymd(task_today(), year, &m, &d);
	else
		*year = (int)y;
	return true;
}

static bool query_unit(struct http_request *req, const char *name, int64_t *unit)
{
	*unit = 0;
	if (http_query_int(req, name, 1, INT64_MAX, unit) != HTTP_INT_OK) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              arena_printf(&req->arena, "'%s' is required: a unit id.", name), name);
		return false;
	}
	return true;
}

static json_t *score_json(const struct task_score *r, bool unit)
{
	json_t *o = json_pack("{s:I, s:s, s:I, s:I, s:I, s:I, s:o, s:I}",
	                      unit ? "unit_id" : "leader_id", (json_int_t)r->c.id, "name", r->name,
	                      "on_time", (json_int_t)r->c.on_time, "late", (json_int_t)r->c.late,
	                      "in_progress", (json_int_t)r->c.in_progress,
	                      "overdue", (json_int_t)r->c.overdue,
	                      "on_time_pct", r->on_time_pct >= 0 ? json_real(r->on_time_pct)
	                                                         : json_null(),
	                      "max_working_days_late", (json_int_t)r->max_late);
	if (unit) {
		json_object_set_new(o, "targets", json_integer(r->targets));
		json_object_set_new(o, "targets_on_track", json_integer(r->targets_on_track));
	}
	return o;
}

static json_t *failing_json(const struct task_score *r, bool unit, cal_day today,
                            const struct calendar *cal)
{
	json_t *reasons = json_array(), *evidence = json_array();
	if (r->failures & TASK_DUTY_RATE)
		json_array_append_new(reasons, json_string("on_time_rate_below_70"));
	if (r->failures & TASK_DUTY_LONG_OVERDUE)
		json_array_append_new(reasons, json_string("overdue_over_20_working_days"));
	for (size_t i = 0; i < r->nevidence; i++)
		json_array_append_new(evidence, task_json(r->evidence[i], today, cal));
	json_t *o = score_json(r, unit);
	json_object_set_new(o, "kind", json_string(unit ? "unit" : "leader"));
	json_object_set_new(o, "reasons", reasons);
	json_object_set_new(o, "evidence", evidence);
	return o;
}

static bool load_scorecard(struct http_request *req, struct task_scorecard *sc)
{
	int year;
	int64_t root;
	if (!signed_in(req) || !query_unit(req, "unit_id", &root) || !query_year(req, &year))
		return false;
	int s = task_scorecard_load(req->store, &req->arena, root, year, task_today(), sc);
	if (s == STORE_NOT_FOUND) {
		reply_not_found(req);
		return false;
	}
	if (s != STORE_OK) {
		reply_internal_error(req, "scorecard");
		return false;
	}
	return true;
}

void api_scorecards(struct http_request *req)
{
	struct task_scorecard sc;
	if (!load_scorecard(req, &sc))
		return;
	json_t *units = json_array(), *leaders = json_array(), *failing = json_array();
	for (size_t i = 0; i < sc.nunits; i++) {
		json_t *o = score_json(&sc.units[i], true);
		json_object_set_new(o, "rank", json_integer((json_int_t)i + 1));
		json_array_append_new(units, o);
		if (sc.units[i].failures)
			json_array_append_new(failing, failing_json(&sc.units[i], true, sc.today, sc.cal));
	}
	for (size_t i = 0; i < sc.nleaders; i++) {
		json_array_append_new(leaders, score_json(&sc.leaders[i], false));
		if (sc.leaders[i].failures)
			json_array_append_new(failing, failing_json(&sc.leaders[i], false, sc.today, sc.cal));
	}
	reply_json(req, 200, json_pack("{s:i, s:o, s:o, s:o, s:o}", "year", sc.year,
	                               "as_of", task_day_json(sc.today), "units", units,
	                               "leaders", leaders, "not_fulfilling", failing));
}

static void reply_xlsx(struct http_request *req, const struct io_table *t, const char *name)
{
	size_t len = 0;
	char *data = target_io_xlsx(t, NULL, &len);
	if (data == NULL) {
		reply_internal_error(req, "writing the xlsx export");
		return;
	}
	reply_bytes(req, 200, data, len, XLSX_TYPE);
	reply_header(req, "Content-Disposition",
	             arena_printf(&req->arena, "attachment; filename=\"%s.xlsx\"", name));
}

void api_scorecards_xlsx(struct http_request *req)
{
	struct task_scorecard sc;
	if (!load_scorecard(req, &sc))
		return;
	const char *of = http_query(req, "of");
	bool leaders = of && strcmp(of, "leaders") == 0;
	struct io_table t;
	if (leaders)
		task_io_scorecard_table(sc.leaders, sc.nleaders, false, &req->arena, &t);
	else
		task_io_scorecard_table(sc.units, sc.nunits, true, &req->arena, &t);
	reply_xlsx(req, &t, arena_printf(&req->arena, "%s-%d", leaders ? "lanh-dao" : "xep-hang",
	                                 sc.year));
}

void api_tasks_export_xlsx(struct http_request *req)
{
	if (!signed_in(req))
		return;
	struct task_filter f = { .today = task_today(), .subtree = true, .limit = 100000 };
	int64_t id = 0;
	const char *status = http_query(req, "status");
	if (http_query_int(req, "unit_id", 1, INT64_MAX, &id) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'unit_id' must be a unit id.", "unit_id");
		return;
	}
	f.unit_id = id;
	if (status && *status) {
		int s = task_status_filter_parse(status);
		if (s < 0) {
			reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
			              "'status' must be on_time, late, in_progress, overdue, open or done.",
			              "status");
			return;
		}
		f.status = (enum task_status_filter)s;
	}
	struct task *ts;
	size_t n;
	if (task_service_list(req->store, &f, &req->arena, &ts, &n, NULL) != STORE_OK) {
		reply_internal_error(req, "tasks");
		return;
	}
	struct io_table t;
	task_io_tasks_table(ts, n, f.today, task_calendar(req->store, &req->arena), &req->arena,
	                    &t);
	reply_xlsx(req, &t, "nhiem-vu");
}

static json_t *brief_tasks(const struct task *ts, size_t n, cal_day today,
                           const struct calendar *cal)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, task_json(&ts[i], today, cal));
	return arr;
}

void api_reviews_get(struct http_request *req)
{
	int year;
	if (!signed_in(req) || !query_year(req, &year))
		return;
	int64_t unit = http_param_id(req, "unit_id");
	struct org_unit u;
	if (!reply_unless_found(req, unit ? org_unit_get(req->store, unit, &req->arena, &u)
	                                  : STORE_NOT_FOUND))
		return;
	struct task_review r;
	if (task_review_load(req->store, &req->arena, unit, year, task_today(), &r) != STORE_OK) {
		reply_internal_error(req, "review");
		return;
	}
	json_t *targets = json_array(), *plans = json_array();
	for (size_t i = 0; i < r.ntargets_without_plan; i++)
		json_array_append_new(targets, json_pack("{s:I, s:s, s:s}",
		                      "id", (json_int_t)r.targets_without_plan[i].id,
		                      "code", r.targets_without_plan[i].code,
		                      "name", r.targets_without_plan[i].name));
	for (size_t i = 0; i < r.nplans_without_tasks; i++)
		json_array_append_new(plans, plan_json(&r.plans_without_tasks[i]));
	reply_json(req, 200, json_pack("{s:I, s:i, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
	                               "unit_id", (json_int_t)unit, "year", year,
	                               "as_of", task_day_json(r.today),
	                               "targets_without_plan", targets,
	                               "plans_without_tasks", plans,
	                               "tasks_without_progress_30_days",
	                               brief_tasks(r.stale, r.nstale, r.today, r.cal),
	                               "overdue", brief_tasks(r.overdue, r.noverdue, r.today, r.cal),
	                               "due_within_5_working_days",
	                               brief_tasks(r.due_soon, r.ndue_soon, r.today, r.cal),
	                               "due_soon_until", task_day_json(r.soon_until)));
}

/* ---- supervision ---- */

static bool refuse(struct org_error *err, struct arena *a, const char *key, const char *detail)
{
	err->field = arena_strdup(a, key);
	err->detail = detail;
	return false;
}

static bool apply_supervision_json(void *ctx, struct supervision *s, struct arena *a,
                                   struct org_error *err)
{
	json_t *body = ctx;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		if (strcmp(key, "id") == 0)
			continue;
		if (strcmp(key, "title") == 0 || strcmp(key, "members") == 0
		    || strcmp(key, "conclusions") == 0) {
			if (!json_is_string(v))
				return refuse(err, a, key, "Must be a string.");
			const char *sv = arena_strdup(a, json_string_value(v));
			*(key[0] == 't' ? &s->title : key[0] == 'm' ? &s->members : &s->conclusions) = sv;
		} else if (strcmp(key, "unit_id") == 0) {
			if (!json_int_in_range(v, 1, INT64_MAX, &s->unit_id))
				return refuse(err, a, key, "Must be a positive integer id.");
		} else if (strcmp(key, "from_date") == 0 || strcmp(key, "to_date") == 0) {
			cal_day d;
			if (!json_is_string(v) || !cal_parse_iso(json_string_value(v), &d))
				return refuse(err, a, key, "Must be a date YYYY-MM-DD.");
			*(key[0] == 'f' ? &s->from_day : &s->to_day) = d;
		} else {
			return refuse(err, a, key, "This field is not known here.");
		}
	}
	return true;
}

static void save_supervision(struct http_request *req, int64_t id)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct supervision s;
	struct org_error err = { 0 };
	enum org_result r = supervision_save(req->store, &req->arena, http_principal(req), id,
	                                     apply_supervision_json, body, &s, &err);
	if (r != ORG_OK) {
		api_reply_org_result(req, r, &err);
		return;
	}
	reply_json(req, id ? 200 : 201, supervision_json(&s));
}

void api_supervisions_create(struct http_request *req)
{
	save_supervision(req, 0);
}

void api_supervisions_update(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	save_supervision(req, id);
}

void api_supervisions_list(struct http_request *req)
{
	if (!signed_in(req))
		return;
	int64_t unit = 0;
	if (http_query_int(req, "unit_id", 1, INT64_MAX, &unit) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'unit_id' must be a unit id.", "unit_id");
		return;
	}
	struct supervision *ss;
	size_t n;
	if (supervision_service_list(req->store, unit, &req->arena, &ss, &n) != STORE_OK) {
		reply_internal_error(req, "supervisions");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, supervision_json(&ss[i]));
	reply_json(req, 200, json_pack("{s:o, s:I}", "supervisions", items, "count", (json_int_t)n));
}

void api_supervisions_get(struct http_request *req)
{
	if (!signed_in(req))
		return;
	int64_t id = http_param_id(req, "id");
	struct supervision s;
	if (!reply_unless_found(req, id ? supervision_service_get(req->store, id, &req->arena, &s)
	                                : STORE_NOT_FOUND))
		return;
	struct supervision_finding *fs;
	size_t n;
	if (supervision_service_findings(req->store, id, &req->arena, &fs, &n) != STORE_OK) {
		reply_internal_error(req, "findings");
		return;
	}
	cal_day today = task_today();
	json_t *o = supervision_json(&s), *findings = json_array();
	for (size_t i = 0; i < n; i++) {
		struct task *ts;
		size_t nt;
		if (supervision_service_finding_tasks(req->store, fs[i].id, &req->arena, &ts, &nt)
		    != STORE_OK) {
			json_decref(o);
			json_decref(findings);
			reply_internal_error(req, "follow-up tasks");
			return;
		}
		json_t *f = supervision_finding_json(&fs[i]);
		json_object_set_new(f, "tasks", brief_tasks(ts, nt, today, task_calendar(req->store, &req->arena)));
		json_array_append_new(findings, f);
	}
	json_object_set_new(o, "findings", findings);
	reply_json(req, 200, o);
}

/* A follow-up task as the finding's body gives it (the fields of POST /api/v1/tasks). */
static bool follow_up_json(json_t *v, struct task *t, struct arena *a, struct org_error *err)
{
	if (!json_is_object(v))
		return refuse(err, a, "tasks", "Each follow-up task is an object.");
	memset(t, 0, sizeof *t);
	t->priority = TASK_PRIO_NORMAL;
	t->description = "";
	const char *key;
	json_t *m;
	json_object_foreach(v, key, m) {
		if (strcmp(key, "title") == 0 || strcmp(key, "description") == 0) {
			if (!json_is_string(m))
				return refuse(err, a, key, "Must be a string.");
			*(key[0] == 't' ? &t->title : &t->description) = arena_strdup(a, json_string_value(m));
		} else if (strcmp(key, "unit_id") == 0 || strcmp(key, "assignee_id") == 0
		           || strcmp(key, "leader_id") == 0) {
			int64_t id = 0;
			if (!json_is_null(m) && !json_int_in_range(m, 1, INT64_MAX, &id))
				return refuse(err, a, key, "Must be a positive integer id.");
			*(key[0] == 'u' ? &t->unit_id : key[0] == 'a' ? &t->assignee_id : &t->leader_id) = id;
		} else if (strcmp(key, "due_date") == 0 || strcmp(key, "start_date") == 0) {
			cal_day d = 0;
			if (!json_is_null(m) && (!json_is_string(m) || !cal_parse_iso(json_string_value(m), &d)))
				return refuse(err, a, key, "Must be a date YYYY-MM-DD.");
			*(key[0] == 'd' ? &t->due_day : &t->start_day) = d;
		} else if (strcmp(key, "priority") == 0) {
			int p = json_is_string(m) ? task_priority_parse(json_string_value(m)) : -1;
			if (p < 0)
				return refuse(err, a, key, "Use low, normal, high or urgent.");
			t->priority = (enum task_priority)p;
		} else {
			return refuse(err, a, key, "This field is not known here.");
		}
	}
	return true;
}

void api_supervisions_finding(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct supervision_finding f = { .supervision_id = http_param_id(req, "id") };
	struct org_error err = { 0 };
	json_t *text = json_object_get(body, "text"), *tasks = json_object_get(body, "tasks");
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v)
		if (strcmp(key, "text") != 0 && strcmp(key, "tasks") != 0) {
			refuse(&err, &req->arena, key, "This field is not known here.");
			api_reply_org_result(req, ORG_INVALID, &err);
			return;
		}
	if (!json_is_string(text)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "The finding's text is required.", "text");
		return;
	}
	f.text = arena_strdup(&req->arena, json_string_value(text));
	size_t n = json_is_array(tasks) ? json_array_size(tasks) : 0;
	if ((tasks && !json_is_array(tasks)) || n > 50) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "'tasks' is an array of at most 50 follow-up tasks.", "tasks");
		return;
	}
	struct task *ts = arena_alloc(&req->arena, (n + 1) * sizeof *ts);
	for (size_t i = 0; i < n; i++)
		if (!follow_up_json(json_array_get(tasks, i), &ts[i], &req->arena, &err)) {
			err.field = arena_printf(&req->arena, "tasks[%zu].%s", i, err.field);
			api_reply_org_result(req, ORG_INVALID, &err);
			return;
		}
	if (f.supervision_id == 0) {
		reply_not_found(req);
		return;
	}
	struct task_error terr;
	size_t at = 0;
	enum org_result r = supervision_add_finding(req->store, &req->arena, http_principal(req), &f,
	                                            ts, n, &terr, &at);
	if (r == ORG_INVALID && terr.nmissing) {
		/* Each missing field of the follow-up task, named with its place in the body. */
		json_t *fields = json_array();
		for (size_t i = 0; i < terr.nmissing; i++)
			json_array_append_new(fields, json_string(arena_printf(&req->arena, "tasks[%zu].%s",
			                                                       at, terr.missing[i])));
		json_t *p = json_pack("{s:s, s:s, s:i, s:s, s:s, s:o}", "type", "/problems/missing-fields",
		                      "title", "Required fields missing", "status", 422,
		                      "detail", "A follow-up task needs its deadline, unit, person "
		                      "assigned and leader responsible.",
		                      "field", json_string_value(json_array_get(fields, 0)),
		                      "fields", fields);
		char *out = json_dumps(p, JSON_COMPACT);
		json_decref(p);
		if (out)
			reply_bytes(req, 422, out, strlen(out), "application/problem+json");
		else
			reply_internal_error(req, "problem");
		return;
	}
	if (r == ORG_INVALID && terr.e.field && n && strcmp(terr.e.field, "text") != 0)
		terr.e.field = arena_printf(&req->arena, "tasks[%zu].%s", at, terr.e.field);
	if (r != ORG_OK) {
		api_reply_org_result(req, r, &terr.e);
		return;
	}
	cal_day today = task_today();
	json_t *o = supervision_finding_json(&f);
	json_object_set_new(o, "tasks", brief_tasks(ts, n, today, task_calendar(req->store, &req->arena)));
	reply_json(req, 201, o);
}
