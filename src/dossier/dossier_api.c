/*
 * dossier_api.c: /api/v1/procedures, /api/v1/dossiers and the citizen's
 * /api/v1/lookup (docs/API.md, docs/DOSSIERS.md).
 */
#include "api/api.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/json_input.h"
#include "dossier/dossier_limit.h"
#include "dossier/dossier_service.h"
#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"
#include "target/target_io.h"

static void invalid(struct http_request *req, const char *field, const char *detail)
{
	reply_problem(req, 422, "/problems/invalid-field", "Invalid field", detail, field);
}

/* A service result; a state conflict is a 409 naming the state. */
static void reply_result(struct http_request *req, enum org_result r, const struct org_error *err)
{
	if (r == ORG_CONFLICT && err->field && strcmp(err->field, "state") == 0) {
		reply_problem(req, 409, "/problems/state-conflict", "Not allowed in this state",
		              err->detail, "state");
		return;
	}
	api_reply_org_result(req, r, err);
}

/* ---- ISO 8601 with an offset: 2019-03-04T09:15:00+07:00, or Z ---------- */

bool dossier_parse_time(const char *s, int64_t *out);
bool dossier_parse_time(const char *s, int64_t *out)
{
	int y, mo, d, h, mi, sec = 0, n = 0;
	if (s == NULL || sscanf(s, "%4d-%2d-%2dT%2d:%2d%n", &y, &mo, &d, &h, &mi, &n) != 5 || n != 16)
		return false;
	const char *p = s + n;
	if (*p == ':') {
		if (!(p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9'))
			return false;
		sec = (p[1] - '0') * 10 + (p[2] - '0');
		p += 3;
	}
	long offset;
	if (strcmp(p, "Z") == 0) {
		offset = 0;
	} else if ((p[0] == '+' || p[0] == '-') && strlen(p) == 6 && p[3] == ':') {
		int oh, om;
		if (sscanf(p + 1, "%2d:%2d", &oh, &om) != 2 || oh > 14 || om > 59)
			return false;
		offset = (oh * 3600L + om * 60L) * (p[0] == '-' ? -1 : 1);
	} else {
		return false;
	}
	cal_day day;
	if (!cal_from_ymd(y, mo, d, &day) || h > 23 || mi > 59 || sec > 59)
		return false;
	*out = (int64_t)day * 86400 + h * 3600 + mi * 60 + sec - offset;
	return true;
}

/* ---- procedures ------------------------------------------------------- */

void api_procedures_list(struct http_request *req)
{
	struct procedure *p;
	size_t n;
	if (dossier_procedures(req->store, &req->arena, &p, &n) != STORE_OK) {
		reply_internal_error(req, "procedures");
		return;
	}
	cal_day today = dossier_local_day(dossier_now());
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, procedure_json(&p[i], today));
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items, "count", (json_int_t)n));
}

static const char *jstr(json_t *o, const char *key, struct arena *a)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? arena_strdup(a, json_string_value(v)) : NULL;
}

/* The procedure in BODY; false after replying 422. */
static bool procedure_from_json(struct http_request *req, json_t *body, struct procedure *p)
{
	static const char *const known[] = { "code", "name", "field", "level", "owner_unit_id",
		"legal_basis", "legal_changed", "working_days", "fee", "version_date", "reviewed_on",
		"documents", "steps", "id", "version", "current", "flags" };
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		bool ok = false;
		for (size_t i = 0; i < sizeof known / sizeof known[0] && !ok; i++)
			ok = strcmp(key, known[i]) == 0;
		if (!ok) {
			invalid(req, key, "This field is not known here.");
			return false;
		}
		if (strcmp(key, "documents") && strcmp(key, "steps") && strcmp(key, "owner_unit_id")
		    && strcmp(key, "working_days") && strcmp(key, "id") && strcmp(key, "version")
		    && strcmp(key, "current") && strcmp(key, "flags") && !json_is_string(v)
		    && !json_is_null(v)) {
			invalid(req, key, "Wrong type: a string.");
			return false;
		}
	}
	struct arena *a = &req->arena;
	p->code = jstr(body, "code", a);
	p->name = jstr(body, "name", a);
	p->field = jstr(body, "field", a);
	p->level = jstr(body, "level", a);
	p->legal_basis = jstr(body, "legal_basis", a);
	p->legal_changed = jstr(body, "legal_changed", a);
	p->fee = jstr(body, "fee", a);
	p->version_date = jstr(body, "version_date", a);
	p->reviewed_on = jstr(body, "reviewed_on", a);
	int64_t n;
	if (!json_int_in_range(json_object_get(body, "owner_unit_id"), 1, INT64_MAX, &n)) {
		invalid(req, "owner_unit_id", "The unit that maintains the procedure: a positive id.");
		return false;
	}
	p->owner_unit_id = n;
	if (!json_int_in_range(json_object_get(body, "working_days"), 0, PROC_MAX_WORKING_DAYS, &n)) {
		invalid(req, "working_days", "The statutory time: 0 to 365 working days.");
		return false;
	}
	p->working_days = (int)n;
	json_t *docs = json_object_get(body, "documents"), *steps = json_object_get(body, "steps");
	if (docs && (!json_is_array(docs) || json_array_size(docs) > PROC_MAX_DOCUMENTS)) {
		invalid(req, "documents", "A list of at most 32 documents.");
		return false;
	}
	if (steps && (!json_is_array(steps) || json_array_size(steps) > PROC_MAX_STEPS)) {
		invalid(req, "steps", "A list of at most 16 steps.");
		return false;
	}
	size_t i;
	json_array_foreach(docs, i, v) {
		json_t *req_v = json_object_get(v, "required");
		p->documents[i] = (struct proc_document){ jstr(v, "name", a),
		                                          req_v == NULL || json_is_true(req_v) };
		if (p->documents[i].name == NULL || (req_v && !json_is_boolean(req_v))) {
			invalid(req, "documents", "Each document is {\"name\": text, \"required\": true|false}.");
			return false;
		}
	}
	p->ndocuments = docs ? json_array_size(docs) : 0;
	json_array_foreach(steps, i, v) {
		int64_t days;
		if (!json_int_in_range(json_object_get(v, "days"), 0, PROC_MAX_WORKING_DAYS, &days)
		    || jstr(v, "name", a) == NULL) {
			invalid(req, "steps", "Each step is {\"name\", \"responsible\", \"days\", \"records\"}.");
			return false;
		}
		p->steps[i] = (struct proc_step){ jstr(v, "name", a), jstr(v, "responsible", a),
		                                  (int)days, jstr(v, "records", a) };
	}
	p->nsteps = steps ? json_array_size(steps) : 0;
	return true;
}

static void publish(struct http_request *req, bool new_code)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct procedure p = { 0 };
	if (!procedure_from_json(req, body, &p))
		return;
	if (!new_code)
		p.code = http_param(req, "code");
	struct org_error err = { 0 };
	enum org_result r = procedure_publish(req->store, &req->arena, http_principal(req), &p,
	                                      new_code, &err);
	if (r != ORG_OK) {
		reply_result(req, r, &err);
		return;
	}
	reply_json(req, 201, procedure_json(&p, dossier_local_day(dossier_now())));
}

void api_procedures_create(struct http_request *req)
{
	publish(req, true);
}

void api_procedures_version(struct http_request *req)
{
	publish(req, false);
}

void api_procedures_get(struct http_request *req)
{
	struct procedure *v;
	size_t n;
	const char *code = http_param(req, "code");
	int s = dossier_procedure_versions(req->store, &req->arena, code, &v, &n);
	if (s == STORE_OK && n == 0)
		s = STORE_NOT_FOUND;
	if (!reply_unless_found(req, s))
		return;
	cal_day today = dossier_local_day(dossier_now());
	json_t *o = procedure_json(&v[0], today), *versions = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(versions, json_pack("{s:i, s:s, s:s, s:i, s:b}",
		                      "version", v[i].version, "version_date",
		                      v[i].version_date ? v[i].version_date : "", "name", v[i].name,
		                      "working_days", v[i].working_days, "current", v[i].current));
	json_object_set_new(o, "versions", versions);
	reply_json(req, 200, o);
}

void api_procedures_review(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		if ((strcmp(key, "reviewed_on") && strcmp(key, "legal_changed")) || !json_is_string(v)) {
			invalid(req, key, "Only \"reviewed_on\" and \"legal_changed\", dates YYYY-MM-DD.");
			return;
		}
	}
	struct procedure p;
	struct org_error err = { 0 };
	enum org_result r = procedure_mark(req->store, &req->arena, http_principal(req),
	                                   http_param(req, "code"),
	                                   jstr(body, "reviewed_on", &req->arena),
	                                   jstr(body, "legal_changed", &req->arena), &p, &err);
	if (r != ORG_OK) {
		reply_result(req, r, &err);
		return;
	}
	reply_json(req, 200, procedure_json(&p, dossier_local_day(dossier_now())));
}

/* ---- dossiers --------------------------------------------------------- */

/* Up to DOSSIER_MAX_DOCS strings of array V into OUT; false when V is something else. */
static bool string_list(json_t *v, struct arena *a, const char **out, size_t *n)
{
	*n = 0;
	if (v == NULL)
		return true;
	if (!json_is_array(v) || json_array_size(v) > DOSSIER_MAX_DOCS)
		return false;
	size_t i;
	json_t *e;
	json_array_foreach(v, i, e) {
		if (!json_is_string(e))
			return false;
		out[(*n)++] = arena_strdup(a, json_string_value(e));
	}
	return true;
}

struct intake_call {
	struct dossier_intake in;
	struct dossier_ticket ticket;
};

/* On the intake thread, once committed (or refused): the request's turn again. */
static void intake_committed(void *ctx)
{
	http_resume(ctx);
}

/* Once the connection is suspended. */
static void intake_queue(struct http_request *req)
{
	struct intake_call *call = req->defer_data;
	dossier_receive_queued(req->store, &req->arena, http_principal(req), &call->in,
	                       &call->ticket);
}

static void intake_reply(struct http_request *req)
{
	struct dossier_ticket *t = &((struct intake_call *)req->defer_data)->ticket;
	if (t->result != ORG_OK) {
		reply_result(req, t->result, &t->err);
		return;
	}
	reply_json(req, 201, dossier_json(&t->out, &t->proc, true));
	reply_header(req, MHD_HTTP_HEADER_LOCATION,
	             arena_printf(&req->arena, "/api/v1/dossiers/%s", t->out.code));
}

void api_dossiers_create(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct dossier_intake in = { 0 };
	struct arena *a = &req->arena;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		static const char *const known[] = { "procedure_code", "unit_id", "applicant",
			"documents", "outcome", "note", "received_at" };
		bool ok = false;
		for (size_t i = 0; i < sizeof known / sizeof known[0] && !ok; i++)
			ok = strcmp(key, known[i]) == 0;
		if (!ok) {
			invalid(req, key, "This field is not known here.");
			return;
		}
	}
	in.procedure_code = jstr(body, "procedure_code", a);
	if (in.procedure_code == NULL) {
		invalid(req, "procedure_code", "The procedure's code is required.");
		return;
	}
	json_t *unit = json_object_get(body, "unit_id");
	if (unit && !json_is_null(unit) && !json_int_in_range(unit, 1, INT64_MAX, &in.unit_id)) {
		invalid(req, "unit_id", "The receiving unit: a positive id.");
		return;
	}
	json_t *ap = json_object_get(body, "applicant");
	if (!json_is_object(ap)) {
		invalid(req, "applicant", "The applicant is required: {full_name, id_number, phone, address}.");
		return;
	}
	json_object_foreach(ap, key, v) {
		if ((strcmp(key, "full_name") && strcmp(key, "id_number") && strcmp(key, "phone")
		     && strcmp(key, "address")) || !(json_is_string(v) || json_is_null(v))) {
			invalid(req, arena_printf(a, "applicant.%s", key),
			        "The applicant has full_name, id_number, phone and address, as text.");
			return;
		}
	}
	in.full_name = jstr(ap, "full_name", a);
	in.id_number = jstr(ap, "id_number", a);
	in.phone = jstr(ap, "phone", a);
	in.address = jstr(ap, "address", a);
	if (!string_list(json_object_get(body, "documents"), a, in.documents, &in.ndocuments)) {
		invalid(req, "documents", "A list of at most 32 document names.");
		return;
	}
	const char *outcome = jstr(body, "outcome", a);
	if (outcome == NULL)
		in.outcome = OUTCOME_AUTO;
	else if (strcmp(outcome, "receipt") == 0)
		in.outcome = OUTCOME_RECEIPT;
	else if (strcmp(outcome, "supplement") == 0)
		in.outcome = OUTCOME_SUPPLEMENT;
	else if (strcmp(outcome, "refuse") == 0)
		in.outcome = OUTCOME_REFUSE;
	else {
		invalid(req, "outcome", "Use \"receipt\", \"supplement\" or \"refuse\".");
		return;
	}
	in.note = jstr(body, "note", a);
	json_t *at = json_object_get(body, "received_at");
	if (at && !json_is_null(at) && !dossier_parse_time(json_string_value(at), &in.received_at)) {
		invalid(req, "received_at", "A time in ISO 8601 with its offset: 2019-03-04T09:15:00+07:00.");
		return;
	}
	/*
	 * Into the group commit: the connection is suspended while the intake
	 * waits for its batch's commit, so this thread serves others meanwhile.
	 */
	struct intake_call *call = arena_alloc(a, sizeof *call);
	call->in = in;
	call->ticket.done = intake_committed;
	call->ticket.ctx = req;
	req->defer_data = call;
	req->defer_join = intake_queue;
	req->defer_then = intake_reply;
}

void api_dossiers_list(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int limit, offset;
	if (!api_paging(req, &limit, &offset))
		return;
	struct dossier_filter f = { .open_only = true, .limit = limit, .offset = offset };
	int64_t unit = 0;
	if (http_query_int(req, "unit", 1, INT64_MAX, &unit) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'unit' is a unit's id.", "unit");
		return;
	}
	f.unit_id = unit;
	const char *all = http_query(req, "all");
	if (all && strcmp(all, "1") == 0)
		f.open_only = false;
	int64_t within = -1;
	if (http_query_int(req, "due_within", 0, 365, &within) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'due_within' is 0 to 365 working days.", "due_within");
		return;
	}
	if (within >= 0) {
		struct calendar cal;
		cal_day due;
		if (dossier_calendar(req->store, &req->arena, &cal) != STORE_OK
		    || !cal_deadline(&cal, dossier_local_day(dossier_now()), (int)within, &due)) {
			reply_internal_error(req, "calendar");
			return;
		}
		f.due_by = dossier_day_text(&req->arena, due);
	}
	struct dossier *d;
	size_t n;
	if (dossier_queue(req->store, &req->arena, http_principal(req), &f, &d, &n) != STORE_OK) {
		reply_internal_error(req, "dossiers");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, dossier_json(&d[i], NULL, true));
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items, "count", (json_int_t)n));
}

void api_dossiers_get(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct dossier d;
	struct procedure p;
	if (!reply_unless_found(req, dossier_get_by_code(req->store, http_param(req, "code"),
	                                                 &req->arena, &d, &p)))
		return;
	bool personal = dossier_may_handle_dossier(req->store, &req->arena, http_principal(req), &d);
	struct dossier_event *ev;
	size_t n;
	if (dossier_events(req->store, d.id, &req->arena, &ev, &n) != STORE_OK) {
		reply_internal_error(req, "events");
		return;
	}
	json_t *o = dossier_json(&d, &p, personal), *events = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(events, dossier_event_json(&ev[i], personal));
	json_object_set_new(o, "events", events);
	reply_json(req, 200, o);
}

void api_dossiers_events(struct http_request *req)
{
	api_dossiers_get(req);
}

void api_dossiers_act(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct arena *a = &req->arena;
	struct dossier_act_input in = { 0 };
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		if (strcmp(key, "action") && strcmp(key, "note") && strcmp(key, "missing")
		    && strcmp(key, "new_due") && strcmp(key, "at") && strcmp(key, "unit_id")) {
			invalid(req, key, "This field is not known here.");
			return;
		}
	}
	int act = dossier_action_parse(jstr(body, "action", a));
	if (act < 0) {
		invalid(req, "action", "Unknown action: accept, refuse, forward, step, "
		        "request_supplement, supplement, request_fees, pay, pause, resume, stop, "
		        "apologize, finish, return, withdraw.");
		return;
	}
	in.action = (enum dossier_action)act;
	in.note = jstr(body, "note", a);
	in.new_due = jstr(body, "new_due", a);
	json_t *unit = json_object_get(body, "unit_id");
	if (unit && !json_is_null(unit) && !json_int_in_range(unit, 1, INT64_MAX, &in.unit_id)) {
		invalid(req, "unit_id", "The competent unit: a positive id.");
		return;
	}
	if (!string_list(json_object_get(body, "missing"), a, in.missing, &in.nmissing)) {
		invalid(req, "missing", "A list of at most 32 items.");
		return;
	}
	json_t *at = json_object_get(body, "at");
	if (at && !json_is_null(at) && !dossier_parse_time(json_string_value(at), &in.at)) {
		invalid(req, "at", "A time in ISO 8601 with its offset: 2019-03-04T09:15:00+07:00.");
		return;
	}
	struct dossier d;
	struct org_error err = { 0 };
	const char *code = http_param(req, "code");
	if (!dossier_code_plausible(code)) {
		reply_not_found(req);
		return;
	}
	enum org_result r = dossier_act(req->store, a, http_principal(req), code, &in, &d, &err);
	if (r != ORG_OK) {
		reply_result(req, r, &err);
		return;
	}
	struct procedure p;
	if (dossier_get_by_code(req->store, code, a, &d, &p) != STORE_OK) {
		reply_internal_error(req, "dossier");
		return;
	}
	reply_json(req, 200, dossier_json(&d, &p, true));
}

/* ---- the citizen's lookup --------------------------------------------- */

/* False after replying 429 when this client has guessed too much. */
static bool lookup_allowed(struct http_request *req)
{
	int retry = dossier_limit_check(http_client_address(req), dossier_now());
	if (retry == 0)
		return true;
	reply_problem(req, 429, "/problems/too-many-lookups", "Too many lookups",
	              "Too many codes that do not exist were looked up from here: wait a few minutes.",
	              NULL);
	reply_header(req, "Retry-After", arena_printf(&req->arena, "%d", retry));
	return false;
}

/*
 * The lookup is public and asked for far more often than a dossier moves:
 * its body is kept by code at the dossier's revision, so a lookup is one
 * read of one column and, until the next event, no rendering.  The body
 * holds only what dossier_public_json puts in it, the same for everyone.
 */
void api_lookup(struct http_request *req)
{
	if (!lookup_allowed(req))
		return;
	const char *code = http_param(req, "code");
	int64_t rev;
	int s = dossier_revision(req->store, code, &rev);
	if (s == STORE_NOT_FOUND)
		dossier_limit_miss(http_client_address(req), dossier_now());
	if (!reply_unless_found(req, s))
		return;
	char key[96];
	bool keep = (size_t)snprintf(key, sizeof key, "lookup:%s", code) < sizeof key;
	struct http_body *kept = keep ? http_cache_ref(req->server->cache, key, rev) : NULL;
	if (kept) {
		reply_body(req, 200, kept, "application/json");
		http_body_release(kept);
		return;
	}
	struct dossier d;
	struct procedure p;
	s = dossier_get_by_code(req->store, code, &req->arena, &d, &p);
	if (!reply_unless_found(req, s))
		return;
	struct dossier_event *ev;
	size_t n;
	if (dossier_events(req->store, d.id, &req->arena, &ev, &n) != STORE_OK) {
		reply_internal_error(req, "events");
		return;
	}
	json_t *o = dossier_public_json(&d, &p, ev, n);
	char *text = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	struct http_body *b = text ? http_body_take(text, strlen(text)) : NULL;
	if (b == NULL) {
		reply_internal_error(req, "lookup");
		return;
	}
	/*
	 * Kept at the revision of the row just read: events read after it can
	 * only be newer, and a newer revision misses.
	 */
	if (keep)
		http_cache_store(req->server->cache, key, d.revision, b);
	reply_body(req, 200, b, "application/json");
	http_body_release(b);
}

void api_lookup_rate(struct http_request *req)
{
	if (!lookup_allowed(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct dossier_rating r = { 0 };
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		bool ok = strcmp(key, "comment") == 0 && json_is_string(v);
		for (int i = 0; i < DOSSIER_RATING_CRITERIA && !ok; i++)
			if (strcmp(key, dossier_rating_keys[i]) == 0) {
				int64_t n;
				ok = json_int_in_range(v, 1, DOSSIER_RATING_MAX, &n);
				r.scores[i] = (int)n;
			}
		if (!ok) {
			invalid(req, key, "Each criterion is scored 1 to 5; \"comment\" is text.");
			return;
		}
	}
	r.comment = jstr(body, "comment", &req->arena);
	struct org_error err = { 0 };
	const char *code = http_param(req, "code");
	if (!dossier_code_plausible(code)) {
		dossier_limit_miss(http_client_address(req), dossier_now());
		reply_not_found(req);
		return;
	}
	enum org_result res = dossier_rate(req->store, &req->arena, code, &r, &err);
	if (res == ORG_NOT_FOUND)
		dossier_limit_miss(http_client_address(req), dossier_now());
	if (res != ORG_OK) {
		reply_result(req, res, &err);
		return;
	}
	reply_json(req, 201, json_pack("{s:s, s:f}", "code", code, "average", r.average));
}

/* ---- reports ---------------------------------------------------------- */

/* ?year= and ?by=; false after replying 400. */
bool dossier_report_query(struct http_request *req, int *year, int *by);
bool dossier_report_query(struct http_request *req, int *year, int *by)
{
	int64_t y = 0;
	int yy, mm, dd;
	cal_to_ymd(dossier_local_day(dossier_now()), &yy, &mm, &dd);
	y = yy;
	if (http_query_int(req, "year", 2000, 2100, &y) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'year' is a year from 2000 to 2100.", "year");
		return false;
	}
	const char *b = http_query(req, "by");
	*by = b ? dossier_report_by_parse(b) : BY_UNIT;
	if (*by < 0) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'by' is unit, procedure, officer or month.", "by");
		return false;
	}
	*year = (int)y;
	return true;
}

void api_dossiers_report(struct http_request *req)
{
	int year, by;
	if (!dossier_report_query(req, &year, &by))
		return;
	/* Who handled what is an internal fact; units, procedures and months are public. */
	if (by == BY_OFFICER && !http_require_signed_in(req))
		return;
	int64_t unit = 0;
	if (http_query_int(req, "unit", 1, INT64_MAX, &unit) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'unit' is a unit's id.", "unit");
		return;
	}
	struct dossier_report_row *rows;
	size_t n;
	int s = dossier_report_of(req->store, &req->arena, year, (enum dossier_report_by)by, unit,
	                          &rows, &n);
	if (s == STORE_NOT_FOUND) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "No unit has this id.", "unit");
		return;
	}
	if (s != STORE_OK) {
		reply_internal_error(req, "report");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, json_pack("{s:s, s:s, s:I, s:I, s:I, s:I, s:f}",
			"key", rows[i].key, "label", rows[i].label, "early", (json_int_t)rows[i].early,
			"on_time", (json_int_t)rows[i].on_time, "late", (json_int_t)rows[i].late,
			"score", (json_int_t)rows[i].score, "on_time_rate", rows[i].on_time_rate));
	static const char *const by_names[] = { "unit", "procedure", "officer", "month" };
	reply_json(req, 200, json_pack("{s:i, s:s, s:o, s:I}", "year", year, "by", by_names[by],
	                               "items", items, "count", (json_int_t)n));
}

/* The report as a spreadsheet, through the targets' xlsx writer (target_io.h). */
void api_dossiers_report_xlsx(struct http_request *req)
{
	int year, by;
	if (!dossier_report_query(req, &year, &by))
		return;
	if (by == BY_OFFICER && !http_require_signed_in(req))
		return;
	struct dossier_report_row *rows;
	size_t n;
	if (dossier_report(req->store, &req->arena, year, (enum dossier_report_by)by, &rows, &n)
	    != STORE_OK) {
		reply_internal_error(req, "report");
		return;
	}
	static const char *header[] = { "Đơn vị / thủ tục / cán bộ / tháng", "Trước hạn",
	                                "Đúng hạn", "Quá hạn", "Điểm", "Tỷ lệ đúng hạn" };
	static double widths[] = { 48, 12, 12, 12, 10, 16 };
	struct io_table t = { .title = "Hồ sơ", .ncols = 6, .header = header, .widths = widths,
	                      .nrows = n };
	t.cells = arena_array(&req->arena, n ? n * 6 : 1, sizeof *t.cells);
	for (size_t i = 0; i < n; i++) {
		struct io_cell *c = &t.cells[i * 6];
		c[0] = (struct io_cell){ .kind = IO_TEXT, .text = rows[i].label };
		c[1] = (struct io_cell){ .kind = IO_NUMBER, .num = (double)rows[i].early };
		c[2] = (struct io_cell){ .kind = IO_NUMBER, .num = (double)rows[i].on_time };
		c[3] = (struct io_cell){ .kind = IO_NUMBER, .num = (double)rows[i].late };
		c[4] = (struct io_cell){ .kind = IO_NUMBER, .num = (double)rows[i].score };
		c[5] = (struct io_cell){ .kind = IO_PERCENT, .num = rows[i].on_time_rate * 100 };
	}
	size_t len = 0;
	char *data = target_io_xlsx(&t, NULL, &len);
	if (data == NULL) {
		reply_internal_error(req, "writing the xlsx report");
		return;
	}
	reply_bytes(req, 200, data, len,
	            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	reply_header(req, "Content-Disposition",
	             arena_printf(&req->arena, "attachment; filename=\"ho-so-%d.xlsx\"", year));
}

/* ---- nonconformities -------------------------------------------------- */

void api_nonconformities_list(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	const char *open = http_query(req, "open");
	struct dossier_nc *n;
	size_t count;
	if (dossier_nc_list(req->store, &req->arena, http_principal(req),
	                    open && strcmp(open, "1") == 0, &n, &count) != STORE_OK) {
		reply_internal_error(req, "nonconformities");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < count; i++)
		json_array_append_new(items, dossier_nc_json(&n[i]));
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items, "count", (json_int_t)count));
}

void api_nonconformities_update(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		bool ok = (strcmp(key, "cause") == 0 || strcmp(key, "corrective_action") == 0)
		          ? json_is_string(v)
		          : strcmp(key, "task") == 0 ? json_is_object(v)
		          : strcmp(key, "close") == 0 && json_is_boolean(v);
		if (!ok) {
			invalid(req, key, "Only \"cause\" and \"corrective_action\" (text), \"task\" (an "
			        "object) and \"close\" (true/false).");
			return;
		}
	}
	/* {"leader_id", "assignee_id", "due_date"}: the corrective action followed as a task. */
	struct dossier_nc_task task = { 0 };
	json_t *t = json_object_get(body, "task");
	json_object_foreach(t, key, v) {
		int64_t n;
		if ((strcmp(key, "leader_id") == 0 || strcmp(key, "assignee_id") == 0)
		    && json_int_in_range(v, 1, INT64_MAX, &n)) {
			*(key[0] == 'l' ? &task.leader_id : &task.assignee_id) = n;
		} else if (!(strcmp(key, "due_date") == 0 && json_is_string(v)
		             && cal_parse_iso(json_string_value(v), &task.due_day))) {
			invalid(req, arena_printf(&req->arena, "task.%s", key),
			        "The task has \"leader_id\" and \"assignee_id\" (people's ids) and "
			        "\"due_date\" (YYYY-MM-DD).");
			return;
		}
	}
	struct dossier_nc n;
	struct org_error err = { 0 };
	enum org_result r = dossier_nc_update(req->store, &req->arena, http_principal(req), id,
	                                      jstr(body, "cause", &req->arena),
	                                      jstr(body, "corrective_action", &req->arena),
	                                      t ? &task : NULL,
	                                      json_is_true(json_object_get(body, "close")), &n, &err);
	if (r != ORG_OK) {
		reply_result(req, r, &err);
		return;
	}
	reply_json(req, 200, dossier_nc_json(&n));
}

/* The yearly management review's figures (ISO 9001 clause 9.3); signed in. */
void api_dossiers_review(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int year, by;
	if (!dossier_report_query(req, &year, &by))
		return;
	struct dossier_review r;
	if (dossier_review_load(req->store, &req->arena, year, &r) != STORE_OK) {
		reply_internal_error(req, "review");
		return;
	}
	reply_json(req, 200, dossier_review_json(&r));
}

/* ---- internal audits -------------------------------------------------- */

void api_iso_audits_list(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int year, by;
	if (!dossier_report_query(req, &year, &by))
		return;
	struct iso_audit *a;
	size_t n;
	if (iso_audits_of_year(req->store, &req->arena, year, &a, &n) != STORE_OK) {
		reply_internal_error(req, "internal audits");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, iso_audit_json(&a[i]));
	reply_json(req, 200, json_pack("{s:i, s:o, s:I}", "year", year, "items", items,
	                               "count", (json_int_t)n));
}

void api_iso_audits_create(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct iso_audit in = { 0 };
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		int64_t n;
		bool ok = true;
		if (strcmp(key, "unit_id") == 0)
			ok = json_int_in_range(v, 1, INT64_MAX, &in.unit_id);
		else if (strcmp(key, "nonconformities") == 0 && (ok = json_int_in_range(v, 0, 1000, &n)))
			in.nonconformities = (int)n;
		else if (strcmp(key, "audit_date") && strcmp(key, "auditor") && strcmp(key, "scope")
		         && strcmp(key, "findings"))
			ok = false;
		else if (strcmp(key, "nonconformities") != 0)
			ok = json_is_string(v);
		if (!ok) {
			invalid(req, key, "An audit is {unit_id, audit_date, auditor, scope, findings, "
			        "nonconformities}.");
			return;
		}
	}
	if (in.unit_id == 0) {
		invalid(req, "unit_id", "The unit audited is required.");
		return;
	}
	in.audit_date = jstr(body, "audit_date", &req->arena);
	in.auditor = jstr(body, "auditor", &req->arena);
	in.scope = jstr(body, "scope", &req->arena);
	in.findings = jstr(body, "findings", &req->arena);
	struct org_error err = { 0 };
	enum org_result r = iso_audit_record(req->store, &req->arena, http_principal(req), &in, &err);
	if (r != ORG_OK) {
		reply_result(req, r, &err);
		return;
	}
	reply_json(req, 201, iso_audit_json(&in));
}
