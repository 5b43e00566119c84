/*
 * api_targets.c: /api/v1/targets — the board, one target with its
 * breakdown, defining targets, reporting figures, the late reporters.
 */
#include "api/api.h"
#include "target/target_handlers.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "api/json_input.h"
#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"
#include "target/target_board.h"
#include "target/target_board_cache.h"
#include "target/target_service.h"
#include "org/org_service.h"

static json_t *judgement_json(const struct judgement *j)
{
	json_t *o = json_object();
	json_object_set_new(o, "status", json_string(target_status_name(j->status)));
	json_object_set_new(o, "value", j->has_value ? json_real(j->value) : json_null());
	json_object_set_new(o, "attainment", j->has_value ? json_real(j->attainment) : json_null());
	json_object_set_new(o, "forecast", j->has_forecast ? json_real(j->forecast) : json_null());
	json_object_set_new(o, "forecast_attainment",
	                    j->has_forecast ? json_real(j->forecast_attainment) : json_null());
	json_object_set_new(o, "periods_reported", json_integer(j->periods_reported));
	json_object_set_new(o, "periods_elapsed", json_integer(j->periods_elapsed));
	return o;
}

static json_t *series_json(const struct board_entry *e)
{
	json_t *a = json_array();
	for (size_t i = 0; i < e->nseries; i++)
		json_array_append_new(a, json_pack("{s:i, s:f}", "period_no", e->series[i].period_no,
		                                   "value", e->series[i].value));
	return a;
}

/* A board entry: the target, its judgement, and (DETAIL) its series and breakdown. */
static json_t *entry_json(const struct board_entry *e, bool detail)
{
	json_t *o = target_json(e->t);
	json_object_update_new(o, judgement_json(&e->j));
	json_object_set_new(o, "rolled_up", json_boolean(e->rolled_up));
	json_object_set_new(o, "breakdown_count", json_integer((json_int_t)e->nchildren));
	if (detail) {
		json_object_set_new(o, "series", series_json(e));
		json_t *b = json_array();
		for (size_t c = 0; c < e->nchildren; c++) {
			json_t *child = target_json(e->children[c].t);
			json_object_update_new(child, judgement_json(&e->children[c].j));
			json_object_set_new(child, "series", series_json(&e->children[c]));
			json_array_append_new(b, child);
		}
		json_object_set_new(o, "breakdown", b);
	}
	return o;
}

static char *json_dumps_entry(const struct board_entry *e)
{
	json_t *o = entry_json(e, false);
	char *text = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return text;
}

static char *day_text(struct arena *a, int64_t day)
{
	/* civil date from days: inverse of target_day, by search over the year */
	int y = 1970;
	while (target_day(y + 1, 1, 1) <= day)
		y++;
	while (target_day(y, 1, 1) > day)
		y--;
	int m = 1;
	while (m < 12 && target_day(y, m + 1, 1) <= day)
		m++;
	int d = (int)(day - target_day(y, m, 1)) + 1;
	return arena_printf(a, "%04d-%02d-%02d", y, m, d);
}

/* What a cached body of this file was asked for, carried to its build. */
struct target_ask {
	int year;
	int64_t as_of;
	struct target t;        /* one target's body */
	bool internal;          /* with reporters and notes */
};

static void reply_cached_json(struct http_request *req, struct http_body *body)
{
	if (body == NULL)
		reply_internal_error(req, "board");
	else
		reply_body(req, 200, body, "application/json");
}

/*
 * The year's board from its judged families (target_board_cache.c), the
 * same the board page is put together from: after a figure only that
 * family is read and judged again.  Each row is a few hundred bytes of
 * JSON, written again on every build: cheaper than a second cache of them.
 */
static struct http_body *board_json_build(struct http_request *req, int64_t *rev)
{
	const struct target_ask *q = req->defer_data;
	struct board_parts parts;
	if (!target_board_assemble(req, q->year, q->as_of, rev, &parts))
		return NULL;
	size_t n = parts.b.n;
	char **items = arena_array(&req->arena, n ? n : 1, sizeof *items);
	size_t *lens = arena_array(&req->arena, n ? n : 1, sizeof *lens);
	char head[96];
	int hl = snprintf(head, sizeof head, "{\"year\":%d,\"as_of\":\"%s\",\"items\":[", q->year,
	                  day_text(&req->arena, q->as_of));
	char tail[48];
	int tl = snprintf(tail, sizeof tail, "],\"count\":%zu}", n);
	size_t len = (size_t)hl + (size_t)tl + (n ? n - 1 : 0);
	bool ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		ok = (items[i] = json_dumps_entry(&parts.b.rows[i])) != NULL;
		len += ok ? (lens[i] = strlen(items[i])) : 0;
	}
	target_board_parts_release(&parts);
	char *text = ok ? malloc(len + 1) : NULL, *p = text;
	if (text) {
		memcpy(p, head, (size_t)hl);
		p += hl;
		for (size_t i = 0; i < n; i++) {
			if (i)
				*p++ = ',';
			memcpy(p, items[i], lens[i]);
			p += lens[i];
		}
		memcpy(p, tail, (size_t)tl);
		p[tl] = '\0';
	}
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	return text ? http_body_take(text, len) : NULL;
}

void api_targets_list(struct http_request *req)
{
	struct target_ask *q = arena_alloc(&req->arena, sizeof *q);
	if (!api_year_as_of(req, &q->year, &q->as_of))
		return;
	/*
	 * The board changes only when one of the year's targets or figures
	 * does: cached by (year, as-of day) at the year's revision, and built
	 * once however many ask while it is missing.  The revision is read on
	 * every request, so whoever has just written reads the write.
	 */
	int64_t rev;
	uint64_t ticket = http_cache_ticket();
	if (target_year_revision(req->store, q->year, &rev) != STORE_OK) {
		reply_internal_error(req, "target revision");
		return;
	}
	char key[64];
	snprintf(key, sizeof key, "board-json:%d:%lld", q->year, (long long)q->as_of);
	req->defer_data = q;
	http_cache_serve(req, key, rev, ticket, board_json_build, reply_cached_json);
}

static json_t *measurement_view(const struct measurement *m, bool internal,
                                const char *unit_name)
{
	json_t *o = measurement_json(m);
	if (!internal) {
		json_object_del(o, "reporter");
		json_object_del(o, "note");
		json_object_del(o, "evidence");
	}
	json_object_set_new(o, "reporting_unit", json_string(unit_name ? unit_name : ""));
	return o;
}

/* The name of the unit that reports T's figures ("" if it is gone). */
/* The owner unit's name, shown to the public instead of the reporter; NULL when it cannot be read. */
static const char *reporting_unit(struct http_request *req, const struct target *t)
{
	struct org_unit u;
	return org_unit_get(req->store, t->owner_unit_id, &req->arena, &u) == STORE_OK
	       ? u.name : NULL;
}

static struct http_body *target_json_build(struct http_request *req, int64_t *rev)
{
	const struct target_ask *q = req->defer_data;
	const struct target *t = &q->t;
	struct board b;
	const struct board_entry *found;
	if (target_family_revision(req->store, t->parent_id ? t->parent_id : t->id, rev) != STORE_OK
	    || target_family_load(req->store, &req->arena, t->id, q->as_of, &b, &found) != STORE_OK) {
		http_note_store_failure(req, true);
		return NULL;
	}
	json_t *o = entry_json(found, true);
	struct measurement_filter mf = { .target_id = t->id };
	struct measurement *ms;
	size_t n = 0;
	const char *unit_name = reporting_unit(req, t);
	/* A failed read is a 5xx, never a target with no figures kept in the cache. */
	if (unit_name == NULL
	    || target_measurement_current(req->store, &mf, &req->arena, &ms, &n) != STORE_OK) {
		json_decref(o);
		http_note_store_failure(req, true);
		return NULL;
	}
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, measurement_view(&ms[i], q->internal, unit_name));
	json_object_set_new(o, "measurements", arr);
	json_object_set_new(o, "as_of", json_string(day_text(&req->arena, q->as_of)));
	char *text = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return text ? http_body_take(text, strlen(text)) : NULL;
}

void api_targets_get(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	struct target_ask *q = arena_alloc(&req->arena, sizeof *q);
	enum store_status s = id ? target_get(req->store, id, &req->arena, &q->t)
	                         : STORE_NOT_FOUND;
	if (s == STORE_NOT_FOUND) {
		reply_not_found(req);
		return;
	}
	if (s != STORE_OK) {
		reply_internal_error(req, "target");
		return;
	}
	q->year = q->t.year;
	if (!api_year_as_of(req, &q->year, &q->as_of))
		return;
	/* Cached by target and as-of day at its family's revision: other families' figures leave it be. */
	int64_t rev;
	uint64_t ticket = http_cache_ticket();
	if (target_family_revision(req->store, q->t.parent_id ? q->t.parent_id : q->t.id, &rev)
	    != STORE_OK) {
		reply_internal_error(req, "target revision");
		return;
	}
	/* Two versions: with the reporters and notes, and the public one. */
	q->internal = target_figures_visible(req->store, &req->arena, http_principal(req), &q->t);
	char key[64];
	snprintf(key, sizeof key, "target-json:%lld:%lld:%s", (long long)id, (long long)q->as_of,
	         q->internal ? "int" : "pub");
	req->defer_data = q;
	http_cache_serve(req, key, rev, ticket, target_json_build, reply_cached_json);
}

/* Target fields accepted in JSON: numbers, enums by name. */
static bool apply_target_json(void *ctx, struct target *t, struct arena *a,
                              struct org_error *err)
{
	json_t *body = ctx;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		bool ok = true;
		const char *detail = "Wrong type.";
		if (strcmp(key, "id") == 0) {
			continue;
		} else if (strcmp(key, "code") == 0 || strcmp(key, "name") == 0
		           || strcmp(key, "description") == 0
		           || strcmp(key, "unit_of_measure") == 0) {
			ok = json_is_string(v);
			if (ok) {
				const char *sv = arena_strdup(a, json_string_value(v));
				if (key[0] == 'c')
					t->code = sv;
				else if (key[0] == 'n')
					t->name = sv;
				else if (key[0] == 'd')
					t->description = sv;
				else
					t->unit_of_measure = sv;
			}
		} else if (strcmp(key, "year") == 0 || strcmp(key, "due_days") == 0) {
			/* In range before it is narrowed to int: 4294969315 is not 2019. */
			bool year = key[0] == 'y';
			int64_t n;
			ok = json_int_in_range(v, year ? 2000 : 0, year ? 2100 : 60, &n);
			if (ok)
				*(year ? &t->year : &t->due_days) = (int)n;
			detail = year ? "The year must be a whole number from 2000 to 2100."
			              : "Figures must be due 0 to 60 days after a period ends: a whole number.";
		} else if (strcmp(key, "target_low") == 0 || strcmp(key, "weight") == 0) {
			ok = json_is_number(v);
			if (ok)
				*(key[0] == 't' ? &t->target_low : &t->weight) = json_number_value(v);
		} else if (strcmp(key, "target_high") == 0 || strcmp(key, "baseline") == 0) {
			ok = json_is_number(v) || json_is_null(v);
			bool has = json_is_number(v);
			if (ok && key[0] == 't') {
				t->has_high = has;
				t->target_high = has ? json_number_value(v) : 0;
			} else if (ok) {
				t->has_baseline = has;
				t->baseline = has ? json_number_value(v) : 0;
			}
		} else if (strcmp(key, "owner_unit_id") == 0 || strcmp(key, "leader_person_id") == 0
		           || strcmp(key, "parent_id") == 0) {
			ok = (json_is_integer(v) && json_integer_value(v) > 0)
			     || (json_is_null(v) && key[0] != 'o');
			int64_t id = json_is_integer(v) ? json_integer_value(v) : 0;
			if (ok)
				*(key[0] == 'o' ? &t->owner_unit_id
				  : key[0] == 'l' ? &t->leader_person_id : &t->parent_id) = id;
			detail = "Must be a positive integer id.";
		} else if (strcmp(key, "kind") == 0) {
			int k = json_is_string(v) ? target_kind_parse(json_string_value(v)) : -1;
			ok = k >= 0;
			if (ok)
				t->kind = (enum target_kind)k;
			detail = "Unknown kind: growth_rate, amount, count, reduction, ratio, share, range.";
		} else if (strcmp(key, "direction") == 0) {
			const char *d = json_is_string(v) ? json_string_value(v) : "";
			ok = strcmp(d, "higher") == 0 || strcmp(d, "lower") == 0;
			if (ok)
				t->direction = d[0] == 'l' ? DIR_LOWER : DIR_HIGHER;
			detail = "Use \"higher\" or \"lower\".";
		} else if (strcmp(key, "rollup") == 0) {
			int r = json_is_string(v) ? target_rollup_parse(json_string_value(v)) : -1;
			ok = r >= 0;
			if (ok)
				t->rollup = (enum target_rollup)r;
			detail = "Use none, sum, avg, wavg or share.";
		} else if (strcmp(key, "period") == 0) {
			int p = json_is_string(v) ? period_kind_parse(json_string_value(v)) : -1;
			ok = p >= 0;
			if (ok)
				t->period = (enum period_kind)p;
			detail = "Use month, quarter or year.";
		} else {
			ok = false;
			detail = "This field is not known here.";
		}
		if (!ok) {
			err->field = arena_strdup(a, key);
			err->detail = detail;
			return false;
		}
	}
	return true;
}

static void save_target(struct http_request *req, int64_t id)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct target t;
	struct org_error err = { 0 };
	enum org_result r = target_save(req->store, &req->arena, http_principal(req), id,
	                                apply_target_json, body, &t, &err);
	if (r != ORG_OK) {
		api_reply_org_result(req, r, &err);
		return;
	}
	reply_json(req, id ? 200 : 201, target_json(&t));
	if (id == 0)
		reply_header(req, MHD_HTTP_HEADER_LOCATION,
		             arena_printf(&req->arena, "/api/v1/targets/%lld", (long long)t.id));
}

void api_targets_create(struct http_request *req)
{
	save_target(req, 0);
}

void api_targets_update(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	save_target(req, id);
}

struct report_input {
	struct measurement m;
};

#define M_FIELD(name, type) { #name, type, offsetof(struct measurement, name) }
static const struct json_field measurement_fields[] = {
	M_FIELD(unit_id, JF_ID),
	M_FIELD(note, JF_OPT_STRING),
	M_FIELD(evidence, JF_OPT_STRING),
};

/* A figure on its way to the group commit, in the request's arena while it waits. */
struct report_call {
	struct measurement m;
	struct target_report_ticket ticket;
};

static void report_committed(void *ctx)
{
	http_resume(ctx);
}

static void report_queue(struct http_request *req)
{
	struct report_call *call = req->defer_data;
	target_report_queued(req->store, &req->arena, http_principal(req), &call->m, &call->ticket);
}

static void report_reply(struct http_request *req)
{
	struct report_call *call = req->defer_data;
	enum org_result r = call->ticket.result;
	struct org_error *err = &call->ticket.err;
	if (r == ORG_INVALID && err->field && strcmp(err->field, "target_id") == 0) {
		reply_not_found(req);
		return;
	}
	if (r != ORG_OK) {
		api_reply_org_result(req, r, err);
		return;
	}
	reply_json(req, 201, measurement_json(&call->m));
}

void api_targets_report(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct measurement m = { .target_id = http_param_id(req, "id") };
	struct org_error err = { 0 };
	/* period_no and value are numbers: checked here, the rest by the table. */
	json_t *period = json_object_get(body, "period_no"), *value = json_object_get(body, "value");
	int64_t period_no;
	if (!json_int_in_range(period, 1, 12, &period_no)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "The period number is required: a whole number, 1-12 for months, "
		              "1-4 for quarters, 1 for the year.",
		              "period_no");
		return;
	}
	if (!json_is_number(value)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "The value is required, as a number.", "value");
		return;
	}
	m.period_no = (int)period_no;
	m.value = json_number_value(value);
	json_object_del(body, "period_no");
	json_object_del(body, "value");
	if (!json_apply(body, measurement_fields,
	                sizeof measurement_fields / sizeof measurement_fields[0], &m, &req->arena,
	                &err)) {
		api_reply_org_result(req, ORG_INVALID, &err);
		return;
	}
	if (m.target_id == 0) {
		reply_not_found(req);
		return;
	}
	/* Into the figures' group commit, the connection suspended meanwhile: an HTTP
	 * thread is not held while the figure waits for the disk. */
	struct report_call *call = arena_alloc(&req->arena, sizeof *call);
	call->m = m;
	call->ticket = (struct target_report_ticket){ .done = report_committed, .ctx = req };
	req->defer_data = call;
	req->defer_join = report_queue;
	req->defer_then = report_reply;
}

void api_targets_history(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	struct measurement *ms;
	size_t n;
	struct target t;
	int64_t unit = http_parse_id(http_query(req, "unit"));
	if (id == 0 || target_get(req->store, id, &req->arena, &t) != STORE_OK
	    || target_measurement_history(req->store, id, unit, &req->arena,
	                                  &ms, &n) != STORE_OK) {
		reply_not_found(req);
		return;
	}
	bool internal = target_figures_visible(req->store, &req->arena, http_principal(req), &t);
	const char *unit_name = reporting_unit(req, &t);
	if (unit_name == NULL) {
		reply_internal_error(req, "unit");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, measurement_view(&ms[i], internal, unit_name));
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items, "count", (json_int_t)n));
}

void api_targets_late(struct http_request *req)
{
	int year;
	int64_t as_of;
	if (!api_year_as_of(req, &year, &as_of))
		return;
	struct board b;
	if (!target_board_of_year(req, year, as_of, &b)) {
		reply_internal_error(req, "board");
		return;
	}
	struct late_report *late;
	size_t n = target_board_late(&b, &req->arena, &late);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, json_pack(
			"{s:I, s:s, s:I, s:s, s:i, s:s, s:I}",
			"target_id", (json_int_t)late[i].t->id, "code", late[i].t->code,
			"unit_id", (json_int_t)late[i].t->owner_unit_id,
			"period", period_kind_name(late[i].t->period), "period_no", late[i].period_no,
			"due", day_text(&req->arena, late[i].due_day),
			"days_late", (json_int_t)late[i].days_late));
	reply_json(req, 200, json_pack("{s:i, s:s, s:o, s:I}", "year", year,
	                               "as_of", day_text(&req->arena, as_of), "items", items,
	                               "count", (json_int_t)n));
}
