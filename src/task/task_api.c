/*
 * task_api.c: /api/v1/tasks and /api/v1/plans — the contract other tools
 * rely on (docs/API.md): lists with filters in Vietnamese order of due
 * date then title, one task with its progress reports and deadline
 * changes, creating and editing, reporting progress.
 */
#include "api/api.h"
#include "task/task_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/json_input.h"
#include "calendar/calendar_service.h"
#include "http/cache.h"
#include "http/html.h"
#include "http/reply.h"
#include "store/store.h"
#include "task/task_service.h"

/*
 * 422 naming every missing field (fields[], and errors[] with a sentence
 * each), or the one wrong field; other results as api_reply_org_result().
 */
static void reply_task_result(struct http_request *req, enum org_result r,
                              const struct task_error *err)
{
	if (r != ORG_INVALID || err->nmissing == 0) {
		api_reply_org_result(req, r, &err->e);
		return;
	}
	json_t *fields = json_array(), *errors = json_array();
	char detail[256] = "Required but missing:";
	for (size_t i = 0; i < err->nmissing; i++) {
		json_array_append_new(fields, json_string(err->missing[i]));
		json_array_append_new(errors, json_pack("{s:s, s:s}", "field", err->missing[i],
		                                        "detail", "This field is required."));
		size_t len = strlen(detail);
		snprintf(detail + len, sizeof detail - len, "%s %s", i ? "," : "", err->missing[i]);
	}
	size_t len = strlen(detail);
	snprintf(detail + len, sizeof detail - len, ".");
	json_t *p = json_pack("{s:s, s:s, s:i, s:s, s:s, s:o, s:o, s:s}",
	                      "type", "/problems/missing-fields", "title", "Required fields missing",
	                      "status", 422, "detail", detail, "field", err->missing[0],
	                      "fields", fields, "errors", errors, "instance", req->path);
	char *text = p ? json_dumps(p, JSON_COMPACT) : NULL;
	json_decref(p);
	if (text == NULL) {
		reply_internal_error(req, "problem");
		return;
	}
	reply_bytes(req, 422, text, strlen(text), "application/problem+json");
}

/* A date member "YYYY-MM-DD" (or null when NULLABLE) into *DAY. */
static bool json_day(json_t *v, bool nullable, cal_day *day)
{
	if (json_is_null(v) && nullable) {
		*day = 0;
		return true;
	}
	return json_is_string(v) && cal_parse_iso(json_string_value(v), day);
}

static bool json_ref_id(json_t *v, bool nullable, int64_t *id)
{
	if (json_is_null(v) && nullable) {
		*id = 0;
		return true;
	}
	return json_int_in_range(v, 1, INT64_MAX, id);
}

static bool refuse(struct org_error *err, struct arena *a, const char *key, const char *detail)
{
	err->field = arena_strdup(a, key);
	err->detail = detail;
	return false;
}

struct task_body {
	json_t *body;
	bool create;
	const struct calendar *cal;   /* working_days counts on it */
};

/*
 * Task fields accepted in JSON.  A required reference given as null is
 * left at 0, so it is reported missing with the others.  working_days
 * (with start_date) computes due_date on the working calendar.  unit_ids
 * lists every unit assigned: the lead (unit_id, else the one already
 * leading when listed, else the first) and those co-assigned.
 */
static bool apply_task_json(void *ctx, struct task *t, struct arena *a, struct org_error *err)
{
	struct task_body *b = ctx;
	const char *key;
	json_t *v;
	int64_t working_days = -1;
	json_t *unit_ids = NULL;
	json_object_foreach(b->body, key, v) {
		if (strcmp(key, "id") == 0 || strcmp(key, "due_change_reason") == 0
		    || strcmp(key, "status") == 0 || strcmp(key, "progress") == 0
		    || strcmp(key, "completed_on") == 0 || strcmp(key, "original_due_date") == 0
		    || strcmp(key, "judged_due_date") == 0 || strcmp(key, "working_days_late") == 0
		    || strcmp(key, "last_progress_on") == 0 || strcmp(key, "unit_name") == 0
		    || strcmp(key, "assignee_name") == 0 || strcmp(key, "leader_name") == 0) {
			/* Derived or reported elsewhere: a GET's body can be sent back as it is. */
			continue;
		} else if (strcmp(key, "title") == 0 || strcmp(key, "description") == 0) {
			if (!json_is_string(v))
				return refuse(err, a, key, "Must be a string.");
			*(key[0] == 't' ? &t->title : &t->description) = arena_strdup(a, json_string_value(v));
		} else if (strcmp(key, "ref") == 0) {
			if (!json_is_string(v) && !json_is_null(v))
				return refuse(err, a, key, "Must be a string or null.");
			t->ref = json_is_string(v) ? arena_strdup(a, json_string_value(v)) : NULL;
		} else if (strcmp(key, "unit_id") == 0 || strcmp(key, "assignee_id") == 0
		           || strcmp(key, "leader_id") == 0 || strcmp(key, "plan_id") == 0
		           || strcmp(key, "finding_id") == 0) {
			int64_t id;
			if (!json_ref_id(v, true, &id))
				return refuse(err, a, key, "Must be a positive integer id.");
			*(key[0] == 'u' ? &t->unit_id : key[0] == 'a' ? &t->assignee_id
			  : key[0] == 'l' ? &t->leader_id : key[0] == 'p' ? &t->plan_id
			  : &t->finding_id) = id;
		} else if (strcmp(key, "due_date") == 0 || strcmp(key, "start_date") == 0) {
			cal_day d;
			if (!json_day(v, true, &d))
				return refuse(err, a, key, "Must be a date YYYY-MM-DD.");
			*(key[0] == 'd' ? &t->due_day : &t->start_day) = d;
		} else if (strcmp(key, "unit_ids") == 0) {
			if (!json_is_array(v) || json_array_size(v) == 0
			    || json_array_size(v) > TASK_MAX_CO_UNITS + 1)
				return refuse(err, a, key, "Must list the units assigned: 1 to 21 unit ids.");
			size_t i;
			json_t *e;
			json_array_foreach(v, i, e) {
				int64_t id;
				if (!json_int_in_range(e, 1, INT64_MAX, &id))
					return refuse(err, a, key, "Must list the units assigned: 1 to 21 unit ids.");
			}
			unit_ids = v;
		} else if (strcmp(key, "working_days") == 0) {
			if (!json_int_in_range(v, 0, CAL_MAX_WORKING_DAYS, &working_days))
				return refuse(err, a, key, "Must be a whole number of working days, 0-3650.");
		} else if (strcmp(key, "priority") == 0) {
			int p = json_is_string(v) ? task_priority_parse(json_string_value(v)) : -1;
			if (p < 0)
				return refuse(err, a, key, "Use low, normal, high or urgent.");
			t->priority = (enum task_priority)p;
		} else if (strcmp(key, "source") == 0) {
			int s = json_is_string(v) ? task_source_parse(json_string_value(v)) : -1;
			if (s < 0)
				return refuse(err, a, key, "Use plan, supervision, citizen or directive.");
			t->source = (enum task_source)s;
		} else {
			return refuse(err, a, key, "This field is not known here.");
		}
	}
	if (unit_ids) {
		size_t n = json_array_size(unit_ids);
		int64_t *ids = arena_array(a, n, sizeof *ids);
		bool lead_listed = false;
		for (size_t i = 0; i < n; i++) {
			ids[i] = json_integer_value(json_array_get(unit_ids, i));
			lead_listed |= ids[i] == t->unit_id;
		}
		if (!json_object_get(b->body, "unit_id") && !lead_listed)
			t->unit_id = ids[0];
		t->co_unit_ids = ids;
		t->nco_units = n;   /* the lead among them is dropped when saved */
	}
	if (working_days >= 0) {
		if (json_object_get(b->body, "due_date"))
			return refuse(err, a, "working_days", "Give due_date or working_days, not both.");
		cal_day from = t->start_day ? t->start_day : task_today(), due;
		if (!cal_deadline(b->cal, from, (int)working_days, &due))
			return refuse(err, a, "working_days", "The deadline leaves the calendar's years.");
		t->due_day = due;
	}
	return true;
}

static void save_task(struct http_request *req, int64_t id)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	const char *reason = NULL;
	json_t *r_v = json_object_get(body, "due_change_reason");
	if (r_v && !json_is_string(r_v) && !json_is_null(r_v)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "Must be a string.", "due_change_reason");
		return;
	}
	if (json_is_string(r_v))
		reason = arena_strdup(&req->arena, json_string_value(r_v));
	struct task_body b = { body, id == 0, task_calendar(req->store, &req->arena) };
	struct task t;
	struct task_error err;
	enum org_result r = task_save(req->store, &req->arena, http_principal(req), id,
	                              apply_task_json, &b, reason, &t, &err);
	if (r != ORG_OK) {
		reply_task_result(req, r, &err);
		return;
	}
	/* Read back for the names the lists show. */
	struct task full;
	if (task_service_get(req->store, t.id, &req->arena, &full) == STORE_OK)
		t = full;
	reply_json(req, id ? 200 : 201, task_json(&t, task_today(), task_calendar(req->store, &req->arena)));
	if (id == 0)
		reply_header(req, MHD_HTTP_HEADER_LOCATION,
		             arena_printf(&req->arena, "/api/v1/tasks/%lld", (long long)t.id));
}

void api_tasks_create(struct http_request *req)
{
	save_task(req, 0);
}

void api_tasks_update(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	save_task(req, id);
}

/* Reading tasks is for signed-in officials; false after replying 401. */
static bool may_read(struct http_request *req)
{
	if (task_may_read(http_principal(req)))
		return true;
	http_forbidden(req);
	return false;
}

static bool query_id(struct http_request *req, const char *name, int64_t *out)
{
	int64_t v = 0;
	if (http_query_int(req, name, 1, INT64_MAX, &v) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              arena_printf(&req->arena, "'%s' must be a positive integer id.", name),
		              name);
		return false;
	}
	*out = v;
	return true;
}

static bool query_day(struct http_request *req, const char *name, cal_day *out)
{
	const char *s = http_query(req, name);
	*out = 0;
	if (s == NULL || *s == '\0')
		return true;
	if (cal_parse_iso(s, out))
		return true;
	reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
	              arena_printf(&req->arena, "'%s' must be a date YYYY-MM-DD.", name), name);
	return false;
}

/*
 * {"tasks":[…],"total":N} for F, malloc'd (*LEN bytes); NULL when the
 * store failed (noted: the answer is then 503) or memory ran out.
 */
static char *list_text(struct http_request *req, const struct task_filter *f, size_t *len)
{
	struct task *ts;
	size_t n;
	int64_t total;
	if (task_service_list(req->store, f, &req->arena, &ts, &n, &total) != STORE_OK) {
		http_note_store_failure(req, true);
		return NULL;
	}
	const struct calendar *cal = task_calendar(req->store, &req->arena);
	struct html out = { 0 };
	html_raw(&out, "{\"tasks\":[");
	for (size_t i = 0; i < n; i++) {
		if (i)
			html_raw_n(&out, ",", 1);
		task_json_write(&out, &ts[i], f->today, cal);
	}
	html_rawf(&out, "],\"total\":%lld}", (long long)total);
	return html_take(&out, len);
}

/* On the build pool: the unit's revision first, then what it covers. */
static struct http_body *list_build(struct http_request *req, int64_t *rev)
{
	const struct task_filter *f = req->defer_data;
	struct task_list_revisions r;
	if (task_service_list_revisions(req->store, f, &r) != STORE_OK) {
		http_note_store_failure(req, true);
		return NULL;
	}
	*rev = r.rev;
	size_t len;
	char *text = list_text(req, f, &len);
	return text ? http_body_take(text, len) : NULL;
}

static void reply_list(struct http_request *req, struct http_body *body)
{
	if (body == NULL)
		reply_internal_error(req, "tasks");
	else
		reply_body(req, 200, body, "application/json");
}

void api_tasks_list(struct http_request *req)
{
	if (!may_read(req))
		return;
	struct task_filter f = { .today = task_today() };
	int64_t subtree = 0;
	if (!query_id(req, "unit_id", &f.unit_id) || !query_id(req, "assignee_id", &f.assignee_id)
	    || !query_id(req, "leader_id", &f.leader_id) || !query_id(req, "plan_id", &f.plan_id)
	    || !query_day(req, "due_before", &f.due_before)
	    || !query_day(req, "due_after", &f.due_after)
	    || !api_paging(req, &f.limit, &f.offset))
		return;
	if (http_query_int(req, "subtree", 0, 1, &subtree) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'subtree' must be 0 or 1.", "subtree");
		return;
	}
	f.subtree = subtree == 1;
	const char *status = http_query(req, "status");
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
	/*
	 * One unit's list (the ward's question, asked all day long) or one
	 * person's shows only their tasks, the names on them and the
	 * calendar's verdict on the day: kept rendered by every filter, the
	 * day and the calendar's and the tree's revisions, at the unit's or
	 * person's revision (task migration 5), or every task's for other
	 * lists; built once however many ask while it is missing.  The
	 * revisions are read on every request (on PostgreSQL from memory while
	 * no process wrote), so whoever has just written reads the write.
	 */
	uint64_t ticket = http_cache_ticket();
	struct task_list_revisions r;
	if (task_service_list_revisions(req->store, &f, &r) != STORE_OK) {
		http_note_store_failure(req, true);
		reply_internal_error(req, "task revision");
		return;
	}
	/* A key too long for the cache is built uncached (http_cache_serve). */
	char key[192];
	if (!task_list_cache_key("json", &f, &r, 0, key, sizeof key))
		memset(key, 'x', sizeof key - 1), key[sizeof key - 1] = '\0';
	struct task_filter *kept = arena_alloc(&req->arena, sizeof *kept);
	*kept = f;
	req->defer_data = kept;
	int64_t rev = r.rev;
	http_cache_serve(req, key, rev, ticket, list_build, reply_list);
}

void api_tasks_get(struct http_request *req)
{
	if (!may_read(req))
		return;
	int64_t id = http_param_id(req, "id");
	struct task t;
	if (!reply_unless_found(req, id ? task_service_get(req->store, id, &req->arena, &t)
	                                : STORE_NOT_FOUND))
		return;
	struct task_update *us;
	struct task_deadline_change *cs;
	size_t nu, nc;
	if (task_service_updates(req->store, id, &req->arena, &us, &nu) != STORE_OK
	    || task_service_changes(req->store, id, &req->arena, &cs, &nc) != STORE_OK) {
		reply_internal_error(req, "task history");
		return;
	}
	json_t *o = task_json(&t, task_today(), task_calendar(req->store, &req->arena));
	json_t *ua = json_array(), *ca = json_array();
	for (size_t i = 0; i < nu; i++)
		json_array_append_new(ua, task_update_json(&us[i]));
	for (size_t i = 0; i < nc; i++)
		json_array_append_new(ca, task_change_json(&cs[i]));
	json_object_set_new(o, "updates", ua);
	json_object_set_new(o, "deadline_changes", ca);
	reply_json(req, 200, o);
}

void api_tasks_report(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct task_update u = { .task_id = http_param_id(req, "id"), .day = task_today() };
	struct org_error err = { 0 };
	const char *key;
	json_t *v;
	bool has_progress = false;
	json_object_foreach(body, key, v) {
		int64_t n;
		if (strcmp(key, "progress") == 0) {
			if (!json_int_in_range(v, 0, 100, &n)) {
				err.field = "progress";
				err.detail = "Progress is a whole number from 0 to 100.";
				break;
			}
			u.progress = (int)n;
			has_progress = true;
		} else if (strcmp(key, "date") == 0) {
			if (!json_day(v, false, &u.day)) {
				err.field = "date";
				err.detail = "Must be a date YYYY-MM-DD.";
				break;
			}
		} else if (strcmp(key, "note") == 0 || strcmp(key, "attachment") == 0) {
			if (!json_is_string(v) && !json_is_null(v)) {
				err.field = key[0] == 'n' ? "note" : "attachment";
				err.detail = "Must be a string or null.";
				break;
			}
			const char *s = json_is_string(v) ? arena_strdup(&req->arena, json_string_value(v))
			                                  : NULL;
			*(key[0] == 'n' ? &u.note : &u.attachment) = s;
		} else {
			err.field = arena_strdup(&req->arena, key);
			err.detail = "This field is not known here.";
			break;
		}
	}
	if (err.field == NULL && !has_progress) {
		err.field = "progress";
		err.detail = "Progress is required: a whole number from 0 to 100.";
	}
	if (err.field) {
		api_reply_org_result(req, ORG_INVALID, &err);
		return;
	}
	if (u.task_id == 0) {
		reply_not_found(req);
		return;
	}
	struct task t;
	enum org_result r = task_report(req->store, &req->arena, http_principal(req), &u, &t, &err);
	if (r != ORG_OK) {
		api_reply_org_result(req, r, &err);
		return;
	}
	json_t *o = task_update_json(&u);
	json_object_set_new(o, "task", task_json(&t, task_today(), task_calendar(req->store, &req->arena)));
	reply_json(req, 201, o);
}

/* ---- plans ---- */

static bool apply_plan_json(void *ctx, struct plan *p, struct arena *a, struct org_error *err)
{
	json_t *body = ctx;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		if (strcmp(key, "id") == 0) {
			continue;
		} else if (strcmp(key, "title") == 0 || strcmp(key, "description") == 0) {
			if (!json_is_string(v))
				return refuse(err, a, key, "Must be a string.");
			*(key[0] == 't' ? &p->title : &p->description) = arena_strdup(a, json_string_value(v));
		} else if (strcmp(key, "unit_id") == 0 || strcmp(key, "leader_id") == 0) {
			int64_t id;
			if (!json_ref_id(v, true, &id))
				return refuse(err, a, key, "Must be a positive integer id.");
			*(key[0] == 'u' ? &p->unit_id : &p->leader_id) = id;
		} else if (strcmp(key, "year") == 0) {
			int64_t y;
			if (!json_int_in_range(v, 2000, 2100, &y))
				return refuse(err, a, key, "The year must be a whole number from 2000 to 2100.");
			p->year = (int)y;
		} else if (strcmp(key, "due_date") == 0) {
			if (!json_day(v, true, &p->due_day))
				return refuse(err, a, key, "Must be a date YYYY-MM-DD.");
		} else if (strcmp(key, "target_ids") == 0) {
			if (!json_is_array(v) || json_array_size(v) > TASK_MAX_TARGETS)
				return refuse(err, a, key, "Must be an array of at most 64 target ids.");
			int64_t *ids = arena_alloc(a, (json_array_size(v) + 1) * sizeof *ids);
			size_t i;
			json_t *e;
			json_array_foreach(v, i, e) {
				if (!json_int_in_range(e, 1, INT64_MAX, &ids[i]))
					return refuse(err, a, key, "Must be an array of positive integer ids.");
			}
			p->target_ids = ids;
			p->ntargets = json_array_size(v);
		} else {
			return refuse(err, a, key, "This field is not known here.");
		}
	}
	return true;
}

static void save_plan(struct http_request *req, int64_t id)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct plan p;
	struct task_error err;
	enum org_result r = plan_save(req->store, &req->arena, http_principal(req), id,
	                              apply_plan_json, body, &p, &err);
	if (r != ORG_OK) {
		reply_task_result(req, r, &err);
		return;
	}
	reply_json(req, id ? 200 : 201, plan_json(&p));
	if (id == 0)
		reply_header(req, MHD_HTTP_HEADER_LOCATION,
		             arena_printf(&req->arena, "/api/v1/plans/%lld", (long long)p.id));
}

void api_plans_create(struct http_request *req)
{
	save_plan(req, 0);
}

void api_plans_update(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	save_plan(req, id);
}

void api_plans_list(struct http_request *req)
{
	if (!may_read(req))
		return;
	struct plan_filter f = { 0 };
	int64_t year = 0;
	if (!query_id(req, "unit_id", &f.unit_id) || !api_paging(req, &f.limit, &f.offset))
		return;
	if (http_query_int(req, "year", 2000, 2100, &year) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'year' must be a year from 2000 to 2100.", "year");
		return;
	}
	f.year = (int)year;
	struct plan *ps;
	size_t n;
	if (plan_service_list(req->store, &f, &req->arena, &ps, &n) != STORE_OK) {
		reply_internal_error(req, "plans");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, plan_json(&ps[i]));
	reply_json(req, 200, json_pack("{s:o, s:I}", "plans", items, "count", (json_int_t)n));
}

void api_plans_get(struct http_request *req)
{
	if (!may_read(req))
		return;
	int64_t id = http_param_id(req, "id");
	struct plan p;
	if (!reply_unless_found(req, id ? plan_service_get(req->store, id, &req->arena, &p)
	                                : STORE_NOT_FOUND))
		return;
	struct task_filter f = { .plan_id = id, .today = task_today() };
	struct task *ts;
	size_t n;
	if (task_service_list(req->store, &f, &req->arena, &ts, &n, NULL) != STORE_OK) {
		reply_internal_error(req, "plan tasks");
		return;
	}
	const struct calendar *cal = task_calendar(req->store, &req->arena);
	json_t *o = plan_json(&p), *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, task_json(&ts[i], f.today, cal));
	json_object_set_new(o, "tasks", items);
	reply_json(req, 200, o);
}
