/* dossier_service.c: see dossier_service.h. */
#include "dossier/dossier_service.h"
#include "dossier/dossier_service_internal.h"

#include "dossier/dossier_store.h"
#include "org/org_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "calendar/calendar_service.h"
#include "text/vntext.h"
#include "util/arena.h"

int dossier_calendar(struct store *st, struct arena *a, struct calendar *out)
{
	/* The effective calendar: the published years with the administrators' edits. */
	return calendar_service_load(st, a, out);
}

int64_t dossier_now(void)
{
	return (int64_t)time(NULL);
}

const char *dossier_day_text(struct arena *a, cal_day d)
{
	char buf[11];
	cal_format_iso(d, buf);
	return arena_strdup(a, buf);
}

/* ---- dossiers: JSON --------------------------------------------------- */

static json_t *parse_list(const char *text)
{
	json_t *v = text ? json_loads(text, 0, NULL) : NULL;
	if (!json_is_array(v)) {
		json_decref(v);
		v = json_array();
	}
	return v;
}

json_t *dossier_json(const struct dossier *d, const struct procedure *p, bool personal)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(d->id));
	json_object_set_new(o, "code", json_string(d->code));
	json_object_set_new(o, "unit_id", json_integer(d->unit_id));
	json_object_set_new(o, "processing_unit_id", d->processing_unit_id
	                    ? json_integer(d->processing_unit_id) : json_null());
	json_object_set_new(o, "procedure_code", json_string(p ? p->code : ""));
	json_object_set_new(o, "procedure_version", json_integer(p ? p->version : 0));
	json_object_set_new(o, "procedure_name", json_string(p ? p->name : ""));
	json_object_set_new(o, "state", json_string(dossier_state_name(d->state)));
	json_object_set_new(o, "portal_status", json_integer(dossier_portal_code(d->state)));
	json_object_set_new(o, "step_no", json_integer(d->step_no));
	json_object_set_new(o, "steps", json_integer(p ? (json_int_t)p->nsteps : 0));
	json_object_set_new(o, "received_at", json_integer(d->received_at));
	json_object_set_new(o, "received_day",
	                    day_json(dossier_local_day(d->received_at)));
	json_object_set_new(o, "due_date", str_or_null(d->due_day));
	json_object_set_new(o, "first_due_date", str_or_null(d->first_due));
	json_object_set_new(o, "paused_days", json_integer(d->paused_days));
	json_object_set_new(o, "supplements", json_integer(d->supplements));
	json_object_set_new(o, "apologies", json_integer(d->apologies));
	json_object_set_new(o, "finished_date", str_or_null(d->finished_day));
	json_object_set_new(o, "returned_at", d->returned_at ? json_integer(d->returned_at)
	                                                     : json_null());
	json_object_set_new(o, "result", d->result == DR_NONE ? json_null()
	                                 : json_string(dossier_result_name(d->result)));
	if (personal) {
		json_object_set_new(o, "applicant", json_pack("{s:s, s:s, s:s, s:s}",
			"full_name", d->applicant_name ? d->applicant_name : "",
			"id_number", d->applicant_id_number ? d->applicant_id_number : "",
			"phone", d->applicant_phone ? d->applicant_phone : "",
			"address", d->applicant_address ? d->applicant_address : ""));
		json_object_set_new(o, "documents", parse_list(d->documents));
		json_object_set_new(o, "missing", parse_list(d->missing));
		json_object_set_new(o, "note", json_string(d->note ? d->note : ""));
		json_object_set_new(o, "handler", json_string(d->handler ? d->handler : ""));
		json_object_set_new(o, "received_by", json_string(d->received_by ? d->received_by : ""));
	}
	return o;
}

/* The audit trail's view: everything but the applicant (and free text about them). */
static json_t *audit_json(const struct dossier *d, const struct procedure *p)
{
	json_t *o = dossier_json(d, p, false);
	json_object_set_new(o, "documents", parse_list(d->documents));
	json_object_set_new(o, "missing", parse_list(d->missing));
	json_object_set_new(o, "handler", json_string(d->handler ? d->handler : ""));
	return o;
}

json_t *dossier_event_json(const struct dossier_event *e, bool internal)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:I, s:o}", "action", e->action,
	                      "from_state", e->from_state, "to_state", e->to_state,
	                      "at", (json_int_t)e->at, "day", day_json(dossier_local_day(e->at)));
	if (internal) {
		json_object_set_new(o, "actor", json_string(e->actor ? e->actor : ""));
		json_object_set_new(o, "note", json_string(e->note ? e->note : ""));
	}
	return o;
}

json_t *dossier_public_json(const struct dossier *d, const struct procedure *p,
                            const struct dossier_event *ev, size_t nev)
{
	json_t *o = json_object();
	json_object_set_new(o, "code", json_string(d->code));
	json_object_set_new(o, "procedure_name", json_string(p ? p->name : ""));
	json_object_set_new(o, "state", json_string(dossier_state_name(d->state)));
	json_object_set_new(o, "portal_status", json_integer(dossier_portal_code(d->state)));
	json_object_set_new(o, "received_date",
	                    day_json(dossier_local_day(d->received_at)));
	json_object_set_new(o, "due_date", str_or_null(d->due_day));
	json_object_set_new(o, "finished_date", str_or_null(d->finished_day));
	json_object_set_new(o, "returned_date", d->returned_at
	    ? day_json(dossier_local_day(d->returned_at)) : json_null());
	json_object_set_new(o, "step_no", json_integer(d->step_no));
	json_t *steps = json_array();
	for (size_t i = 0; p && i < p->nsteps; i++)
		json_array_append_new(steps, json_pack("{s:s, s:b}", "name", p->steps[i].name,
		                                       "done", (int)i < d->step_no));
	json_object_set_new(o, "steps", steps);
	json_t *events = json_array();
	for (size_t i = 0; i < nev; i++)
		json_array_append_new(events, dossier_event_json(&ev[i], false));
	json_object_set_new(o, "events", events);
	return o;
}

/* ---- dossiers: writes ------------------------------------------------- */

bool dossier_may_handle(struct store *st, struct arena *a, const struct principal *who,
                        int64_t unit)
{
	return (who->authenticated || who->system)
	       && org_allows(st, a, who, PERM_HANDLE_DOSSIERS, unit);
}

bool dossier_may_handle_dossier(struct store *st, struct arena *a, const struct principal *who,
                                const struct dossier *d)
{
	return dossier_may_handle(st, a, who, d->unit_id)
	       || (d->processing_unit_id && dossier_may_handle(st, a, who, d->processing_unit_id));
}

/* The receiving unit when none is named: the one-stop desk of the clerk's unit. */
static int64_t default_desk(struct store *st, struct arena *a, const struct principal *who)
{
	for (size_t i = 0; i < who->ngrants; i++) {
		int64_t unit = who->grants[i].unit_id;
		if (!org_allows(st, a, who, PERM_HANDLE_DOSSIERS, unit))
			continue;
		struct unit_filter f = { .kind = "one_stop_desk", .parent_id = unit, .limit = 1 };
		struct org_unit *desks;
		size_t n;
		if (org_store.unit_list(st, &f, a, &desks, &n) == STORE_OK && n > 0)
			return desks[0].id;
		return unit;
	}
	return 0;
}

/* A JSON array of strings as compact text, in A. */
static const char *list_text(struct arena *a, const char *const *v, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, json_string(v[i]));
	char *t = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	const char *r = arena_strdup(a, t ? t : "[]");
	free(t);
	return r;
}

/*
 * The event and its audit entry.  In a batch (BATCH not NULL) the entry
 * waits in the batch, written with the others before the commit
 * (dossier_batch_audit): one read of the chain's tail instead of one each.
 */
static enum org_result record_event(struct store *st, struct dossier_batch *batch,
                                    const struct principal *who,
                                    const struct dossier *d, const struct procedure *p,
                                    const char *action, enum dossier_state from,
                                    const char *note, int64_t at, json_t *before)
{
	struct dossier_event e = {
		.dossier_id = d->id, .at = at, .action = action,
		.from_state = before ? dossier_state_name(from) : "",
		.to_state = dossier_state_name(d->state), .actor_id = who->actor.user_id,
		.actor = who->actor.login, .note = note,
	};
	enum store_status s = dossier_store.event_insert(st, &e);
	if (s != STORE_OK)
		return org_from_store(s);
	json_t *after = audit_json(d, p);
	/* The audit entry says what moved; the note, free text about a citizen, stays in the event. */
	json_object_set_new(after, "event", json_string(action));
	if (batch && before == NULL) {
		if (batch->naudit == batch->audit_cap) {
			size_t cap = batch->audit_cap ? 2 * batch->audit_cap : 64;
			struct batch_audit *grown = arena_array(&batch->a, cap, sizeof *grown);
			if (batch->naudit)
				memcpy(grown, batch->audit, batch->naudit * sizeof *grown);
			batch->audit = grown;
			batch->audit_cap = cap;
		}
		batch->audit[batch->naudit++] = (struct batch_audit){
			&who->actor, { action, "dossier", d->id, NULL, after } };
		return ORG_OK;
	}
	s = audit_record(st, &who->actor, action, "dossier", d->id, before, after);
	json_decref(after);
	return org_from_store(s);
}

int dossier_batch_audit(struct store *st, struct dossier_batch *b)
{
	enum store_status s = STORE_OK;
	/* One call a run of entries by the same actor: audit_record_many takes one actor. */
	for (size_t i = 0; i < b->naudit && s == STORE_OK;) {
		size_t k = i + 1;
		while (k < b->naudit && b->audit[k].actor->user_id == b->audit[i].actor->user_id
		       && strcmp(b->audit[k].actor->login, b->audit[i].actor->login) == 0)
			k++;
		struct audit_item *items = arena_array(&b->a, k - i, sizeof *items);
		for (size_t m = i; m < k; m++)
			items[m - i] = b->audit[m].item;
		s = audit_record_many(st, b->audit[i].actor, items, k - i, &b->a);
		i = k;
	}
	return s;
}

void dossier_batch_release(struct dossier_batch *b)
{
	for (size_t i = 0; i < b->naudit; i++)
		json_decref(b->audit[i].item.after);
	b->naudit = 0;
}

static bool calendar_has_year(const struct calendar *c, int year)
{
	for (size_t i = 0; i < c->n_years; i++)
		if (c->years[i].year == year)
			return true;
	return false;
}

/*
 * The calendar as loaded holds the years with stored rows only; any other
 * year's table is made again at each look at one of its days (a shipped
 * year parsed, a later one computed from the lunar calendar: dozens of
 * trigonometric series), and an intake looks several times.  So the years
 * FROM..TO are added to C once, in A: a batch's intakes share them.
 */
static void calendar_add_years(struct arena *a, struct calendar *c, int from, int to)
{
	size_t missing = 0;
	for (int y = from; y <= to; y++)
		missing += !calendar_has_year(c, y);
	if (missing == 0)
		return;
	struct cal_year *years = arena_array(a, c->n_years + missing, sizeof *years);
	if (c->n_years)
		memcpy(years, c->years, c->n_years * sizeof *years);
	size_t n = c->n_years;
	for (int y = from; y <= to; y++)
		if (!calendar_has_year(c, y))
			cal_year_table(c, y, &years[n++]);
	c->years = years;
	c->n_years = n;
}

/* The clock starts: the day counting starts after, and the deadline. */
static bool start_clock(const struct calendar *cal, struct arena *a, struct dossier *d,
                        const struct procedure *p, int64_t at)
{
	cal_day start = dossier_clock_start(cal, at), due;
	if (!dossier_due_day(cal, start, p->working_days, 0, &due))
		return false;
	d->clock_start = dossier_day_text(a, start);
	d->due_day = d->first_due = dossier_day_text(a, due);
	d->paused_days = 0;
	return true;
}

/* ---- the batch's reads (see struct dossier_batch) ----------------------- */

static bool same_rights(const struct principal *x, const struct principal *y)
{
	if (x == y)
		return true;
	if (x->system != y->system || x->authenticated != y->authenticated
	    || x->ngrants != y->ngrants)
		return false;
	for (size_t i = 0; i < x->ngrants; i++)
		if (x->grants[i].role != y->grants[i].role || x->grants[i].unit_id != y->grants[i].unit_id)
			return false;
	return true;
}

/* A deep copy of P in A (a batch's procedure outlives none of its intakes' replies). */
static void procedure_copy(struct arena *a, const struct procedure *p, struct procedure *out)
{
	*out = *p;
	out->code = arena_strdup(a, p->code);
	out->name = arena_strdup(a, p->name);
	out->field = p->field ? arena_strdup(a, p->field) : NULL;
	out->level = arena_strdup(a, p->level);
	out->legal_basis = p->legal_basis ? arena_strdup(a, p->legal_basis) : NULL;
	out->legal_changed = p->legal_changed ? arena_strdup(a, p->legal_changed) : NULL;
	out->fee = p->fee ? arena_strdup(a, p->fee) : NULL;
	out->version_date = p->version_date ? arena_strdup(a, p->version_date) : NULL;
	out->reviewed_on = p->reviewed_on ? arena_strdup(a, p->reviewed_on) : NULL;
	for (size_t i = 0; i < p->ndocuments; i++)
		out->documents[i].name = arena_strdup(a, p->documents[i].name);
	for (size_t i = 0; i < p->nsteps; i++) {
		out->steps[i].name = arena_strdup(a, p->steps[i].name);
		out->steps[i].responsible = p->steps[i].responsible
		                            ? arena_strdup(a, p->steps[i].responsible) : NULL;
		out->steps[i].records = p->steps[i].records ? arena_strdup(a, p->steps[i].records)
		                                            : NULL;
	}
}

static enum store_status procedure_of_batch(struct store *st, struct dossier_receive_job *j,
                                         const char *code, struct procedure *out)
{
	struct dossier_batch *b = j->batch;
	for (size_t i = 0; b && i < b->nprocs; i++)
		if (strcmp(b->procs[i].code, code) == 0) {
			*out = b->procs[i].p;
			return STORE_OK;
		}
	enum store_status s = dossier_store.proc_get_current(st, code, b ? &b->a : j->a, out);
	if (s == STORE_OK && b && b->nprocs < BATCH_CACHE)
		b->procs[b->nprocs++] = (struct batch_procedure){ out->code, *out };
	return s;
}

static enum store_status unit_of_batch(struct store *st, struct dossier_receive_job *j, int64_t id,
                                    struct org_unit *out)
{
	struct dossier_batch *b = j->batch;
	for (size_t i = 0; b && i < b->nunits; i++)
		if (b->units[i].id == id) {
			*out = b->units[i].u;
			return STORE_OK;
		}
	enum store_status s = org_store.unit_get(st, id, b ? &b->a : j->a, out);
	if (s == STORE_OK && b && b->nunits < BATCH_CACHE)
		b->units[b->nunits++] = (struct batch_unit){ id, *out };
	return s;
}

/* May J's reader handle dossiers at UNIT; UNIT 0: the reader's default desk (0: none). */
static int64_t rights_in_batch(struct store *st, struct dossier_receive_job *j, int64_t unit)
{
	struct dossier_batch *b = j->batch;
	for (size_t i = 0; b && i < b->nrights; i++)
		if (b->rights[i].unit == unit && same_rights(b->rights[i].who, j->who))
			return b->rights[i].answer;
	int64_t answer = unit ? org_allows(st, j->a, j->who, PERM_HANDLE_DOSSIERS, unit)
	                      : default_desk(st, j->a, j->who);
	if (b && b->nrights < BATCH_CACHE)
		b->rights[b->nrights++] = (struct batch_right){ j->who, unit, answer };
	return answer;
}

enum org_result dossier_receive_body(struct store *st, struct dossier_receive_job *j)
{
	struct dossier_intake *in = &j->in;
	struct dossier *d = j->out;
	struct arena *a = j->a;
	memset(d, 0, sizeof *d);
	int64_t now = dossier_now();
	if (in->received_at == 0)
		in->received_at = now;
	/* Paper dossiers are entered after the fact, back to the year 2000; never ahead of now. */
	if (in->received_at > now + 300 || in->received_at < 946659600)
		return org_invalid(j->err, "received_at",
		                   "The time of receipt cannot be in the future or before 2000.");
	if (!text_field(&in->full_name, a, DOSSIER_FIELD_MAX, true))
		return org_invalid(j->err, "applicant.full_name",
		                   "The applicant's name is required, at most 300 characters.");
	if (!text_field(&in->id_number, a, 20, true))
		return org_invalid(j->err, "applicant.id_number",
		                   "The ID number is required, at most 20 characters.");
	if (!text_field(&in->phone, a, 20, false))
		return org_invalid(j->err, "applicant.phone", "At most 20 characters.");
	if (!text_field(&in->address, a, DOSSIER_FIELD_MAX, false))
		return org_invalid(j->err, "applicant.address", "At most 300 characters.");
	if (!text_field(&in->note, a, DOSSIER_NOTE_MAX, false))
		return org_invalid(j->err, "note", "At most 2000 characters.");
	for (size_t i = 0; i < in->ndocuments; i++)
		if (!text_field(&in->documents[i], a, PROC_NAME_MAX, true))
			return org_invalid(j->err, "documents", "Each document is a name of at most 300 characters.");
	struct procedure p;
	enum store_status s = in->procedure_code
	    ? procedure_of_batch(st, j, in->procedure_code, &p) : STORE_NOT_FOUND;
	if (s == STORE_NOT_FOUND)
		return org_invalid(j->err, "procedure_code", "No procedure has this code.");
	if (s != STORE_OK)
		return org_from_store(s);
	if (in->unit_id == 0)
		in->unit_id = rights_in_batch(st, j, 0);
	if (in->unit_id == 0)
		return ORG_FORBIDDEN;
	struct org_unit unit;
	s = unit_of_batch(st, j, in->unit_id, &unit);
	if (s == STORE_NOT_FOUND)
		return org_invalid(j->err, "unit_id", "No unit has this id.");
	if (s != STORE_OK)
		return org_from_store(s);
	if (!rights_in_batch(st, j, unit.id))
		return ORG_FORBIDDEN;
	/* Everything missing at once (Decree 61 Art. 15): each required document not received. */
	const char *missing[PROC_MAX_DOCUMENTS];
	size_t nmissing = 0;
	for (size_t k = 0; k < p.ndocuments; k++) {
		if (!p.documents[k].required)
			continue;
		bool got = false;
		for (size_t i = 0; i < in->ndocuments && !got; i++)
			got = strcmp(in->documents[i], p.documents[k].name) == 0;
		if (!got)
			missing[nmissing++] = p.documents[k].name;
	}
	enum dossier_outcome outcome = in->outcome;
	if (outcome == OUTCOME_AUTO)
		outcome = nmissing ? OUTCOME_SUPPLEMENT : OUTCOME_RECEIPT;
	if (outcome == OUTCOME_RECEIPT && nmissing)
		return org_invalid(j->err, "documents", arena_printf(a,
		                   "Required documents are missing (%s): ask for them instead.",
		                   missing[0]));
	if (outcome == OUTCOME_SUPPLEMENT && nmissing == 0)
		return org_invalid(j->err, "documents", "Every required document was received.");
	if (outcome == OUTCOME_REFUSE && in->note == NULL)
		return org_invalid(j->err, "note", "A refusal states its reason.");
	struct calendar cal;
	struct arena *cal_arena = j->batch ? &j->batch->a : a;
	if (j->batch && j->batch->have_calendar) {
		cal = j->batch->cal;
	} else {
		if ((s = dossier_calendar(st, cal_arena, &cal)) != STORE_OK)
			return org_from_store(s);
	}
	cal_day day = dossier_local_day(in->received_at);
	int year, month, mday;
	cal_to_ymd(day, &year, &month, &mday);
	calendar_add_years(cal_arena, &cal, year, year + 1);
	if (j->batch) {
		j->batch->cal = cal;
		j->batch->have_calendar = true;
	}
	const char *day_text = dossier_day_text(a, day);
	int64_t seq;
	if ((s = dossier_store.seq_next(st, unit.id, day_text, &seq)) != STORE_OK)
		return org_from_store(s);
	char code[DOSSIER_CODE_MAX];
	if (!dossier_code_format(code, sizeof code, unit.code, day, (int)seq))
		return org_invalid(j->err, "unit_id", "This unit's code is too long for dossier codes.");
	d->code = arena_strdup(a, code);
	d->unit_id = unit.id;
	d->procedure_id = p.id;
	d->received_at = in->received_at;
	d->applicant_name = in->full_name;
	d->applicant_id_number = in->id_number;
	d->applicant_phone = in->phone;
	d->applicant_address = in->address;
	d->documents = list_text(a, in->documents, in->ndocuments);
	d->missing = list_text(a, missing, outcome == OUTCOME_SUPPLEMENT ? nmissing : 0);
	d->note = in->note;
	d->handler_id = j->who->actor.user_id;
	d->handler = d->received_by = j->who->actor.login;
	d->updated_at = in->received_at;
	d->resume = DS_RECEIVED;
	const char *action;
	switch (outcome) {
	case OUTCOME_REFUSE:
		d->state = DS_REFUSED;
		action = "refuse";
		break;
	case OUTCOME_SUPPLEMENT:
		/* Not received yet: the clock starts when it is complete. */
		d->state = DS_SUPPLEMENT;
		d->waiting_since = in->received_at;
		action = "request_supplement";
		break;
	default:
		d->state = DS_RECEIVED;
		action = "receive";
		if (!start_clock(&cal, a, d, &p, in->received_at))
			return org_invalid(j->err, "received_at", "The deadline falls outside the calendar.");
		break;
	}
	s = dossier_store.dossier_insert(st, d);
	if (s == STORE_CONFLICT) /* a code taken: the sequence and the table disagree */
		return ORG_BUSY;
	if (s != STORE_OK)
		return org_from_store(s);
	if (j->proc)
		procedure_copy(a, &p, j->proc);
	return record_event(st, j->batch, j->who, d, &p, action, d->state, in->note, in->received_at,
	                    NULL);
}

enum org_result dossier_receive_in(struct store *st, struct arena *a, const struct principal *who,
                                   const struct dossier_intake *in, struct dossier *out,
                                   struct org_error *err)
{
	struct dossier_receive_job j = { a, who, *in, out, NULL, err, NULL };
	return dossier_receive_body(st, &j);
}

struct act_job {
	struct arena *a;
	const struct principal *who;
	const char *code;
	struct dossier_act_input in;
	struct dossier *out;
	struct org_error *err;
};

static enum org_result act_body(struct store *st, void *v)
{
	struct act_job *j = v;
	struct arena *a = j->a;
	struct dossier_act_input *in = &j->in;
	struct dossier *d = j->out;
	enum store_status s = dossier_store.dossier_get_by_code(st, j->code, a, d);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!dossier_may_handle_dossier(st, a, j->who, d))
		return ORG_FORBIDDEN;
	struct procedure p;
	if ((s = dossier_store.proc_get(st, d->procedure_id, a, &p)) != STORE_OK)
		return org_from_store(s);
	enum dossier_state from = d->state, to;
	if (!dossier_next(from, in->action, d->resume, &to)) {
		j->err->field = "state";
		j->err->detail = arena_printf(a, "The dossier is %s: \"%s\" is not allowed now.",
		                              dossier_state_name(from), dossier_action_name(in->action));
		return ORG_CONFLICT;
	}
	int64_t now = dossier_now();
	if (in->at == 0)
		in->at = now;
	if (in->at > now + 300 || in->at < d->updated_at)
		return org_invalid(j->err, "at", "The time cannot be in the future or before the "
		                   "dossier's last event.");
	if (!text_field(&in->note, a, DOSSIER_NOTE_MAX, false))
		return org_invalid(j->err, "note", "At most 2000 characters.");
	struct calendar cal;
	if ((s = dossier_calendar(st, a, &cal)) != STORE_OK)
		return org_from_store(s);
	json_t *before = audit_json(d, &p);
	enum org_result r = ORG_OK;
	cal_day day = dossier_local_day(in->at), due;
	switch (in->action) {
	case DA_ACCEPT:
		if (!start_clock(&cal, a, d, &p, in->at))
			r = org_invalid(j->err, "at", "The deadline falls outside the calendar.");
		break;
	case DA_FORWARD:
		if (in->unit_id) {
			struct org_unit u;
			s = org_store.unit_get(st, in->unit_id, a, &u);
			if (s == STORE_NOT_FOUND)
				r = org_invalid(j->err, "unit_id", "No unit has this id.");
			else if (s != STORE_OK)
				r = org_from_store(s);
			else
				d->processing_unit_id = u.id;
		}
		break;
	case DA_REFUSE:
	case DA_STOP:
		if (in->note == NULL)
			r = org_invalid(j->err, "note", "State the reason.");
		break;
	case DA_STEP:
		if ((size_t)d->step_no >= p.nsteps)
			r = org_invalid(j->err, "action", "Every step of the procedure is done: finish it.");
		else
			d->step_no++;
		break;
	case DA_REQUEST_SUPPLEMENT:
		if (in->nmissing == 0) {
			r = org_invalid(j->err, "missing", "List everything missing, at once.");
			break;
		}
		for (size_t i = 0; i < in->nmissing && r == ORG_OK; i++)
			if (!text_field(&in->missing[i], a, PROC_NAME_MAX, true))
				r = org_invalid(j->err, "missing", "Each item is at most 300 characters.");
		d->missing = list_text(a, in->missing, in->nmissing);
		d->supplements++;
		d->waiting_since = in->at;
		d->resume = from;
		break;
	case DA_SUPPLEMENT:
		if (d->clock_start == NULL) {
			/* Complete at last: received now, the deadline counted from today. */
			if (!start_clock(&cal, a, d, &p, in->at))
				r = org_invalid(j->err, "at", "The deadline falls outside the calendar.");
		} else {
			int paused = dossier_paused_days(&cal, d->waiting_since, in->at);
			cal_day cur, first;
			if (paused > 0 && cal_parse_iso(d->due_day, &cur) && cal_parse_iso(d->first_due, &first)
			    && cal_deadline(&cal, cur, paused, &cur) && cal_deadline(&cal, first, paused, &first)) {
				d->due_day = dossier_day_text(a, cur);
				d->first_due = dossier_day_text(a, first);
			}
			d->paused_days += paused;
		}
		d->waiting_since = 0;
		break;
	case DA_APOLOGIZE: {
		cal_day nd;
		const char *problem;
		if (in->new_due == NULL || !cal_parse_iso(in->new_due, &nd)) {
			r = org_invalid(j->err, "new_due", "The new date is required, YYYY-MM-DD.");
		} else if (d->due_day == NULL || !cal_parse_iso(d->due_day, &due)) {
			r = org_invalid(j->err, "action", "The dossier has no deadline yet.");
		} else if ((problem = dossier_apology_problem(&cal, day, due, nd, d->apologies))) {
			r = org_invalid(j->err, d->apologies ? "action" : "new_due", problem);
		} else {
			d->due_day = dossier_day_text(a, nd);
			d->apologies++;
		}
		break;
	}
	case DA_FINISH:
		if (d->first_due == NULL || !cal_parse_iso(d->first_due, &due)) {
			r = org_invalid(j->err, "action", "The dossier has no deadline.");
			break;
		}
		d->finished_day = dossier_day_text(a, day);
		d->result = dossier_judge(day, due, d->supplements);
		break;
	case DA_RETURN:
		d->returned_at = in->at;
		break;
	default:
		break;
	}
	if (r != ORG_OK) {
		json_decref(before);
		return r;
	}
	d->state = to;
	d->updated_at = in->at;
	if (in->action != DA_RETURN && in->action != DA_WITHDRAW) {
		d->handler_id = j->who->actor.user_id;
		d->handler = j->who->actor.login;
	}
	if (in->note && in->action != DA_STEP)
		d->note = in->note;
	s = dossier_store.dossier_update(st, d);
	if (s == STORE_OK)
		r = record_event(st, NULL, j->who, d, &p, dossier_action_name(in->action), from, in->note,
		                 in->at, before);
	else
		r = org_from_store(s);
	json_decref(before);
	/* ISO 9001 clause 10.2: a late result opens a nonconformity, its cause to be found. */
	if (r == ORG_OK && in->action == DA_FINISH && d->result == DR_LATE)
		r = dossier_open_nonconformity(st, j->who, d);
	return r;
}

enum org_result dossier_act_in(struct store *st, struct arena *a, const struct principal *who,
                               const char *code, const struct dossier_act_input *in,
                               struct dossier *out, struct org_error *err)
{
	struct act_job j = { a, who, code, *in, out, err };
	return act_body(st, &j);
}

enum org_result dossier_act(struct store *st, struct arena *a, const struct principal *who,
                            const char *code, const struct dossier_act_input *in,
                            struct dossier *out, struct org_error *err)
{
	struct act_job j = { a, who, code, *in, out, err };
	return org_in_transaction(st, act_body, &j);
}

struct rate_job {
	struct arena *a;
	const char *code;
	struct dossier_rating r;
	struct org_error *err;
};

static enum org_result rate_body(struct store *st, void *v)
{
	struct rate_job *j = v;
	struct dossier d;
	enum store_status s = dossier_store.dossier_get_by_code(st, j->code, j->a, &d);
	if (s != STORE_OK)
		return org_from_store(s);
	if (d.state != DS_RETURNED) {
		j->err->field = "state";
		j->err->detail = arena_printf(j->a, "The dossier is %s: it is rated after its return.",
		                              dossier_state_name(d.state));
		return ORG_CONFLICT;
	}
	int sum = 0;
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++) {
		if (j->r.scores[i] < 1 || j->r.scores[i] > DOSSIER_RATING_MAX)
			return org_invalid(j->err, dossier_rating_keys[i], "A score from 1 to 5.");
		sum += j->r.scores[i];
	}
	if (!text_field(&j->r.comment, j->a, DOSSIER_NOTE_MAX, false))
		return org_invalid(j->err, "comment", "At most 2000 characters.");
	j->r.dossier_id = d.id;
	j->r.at = dossier_now();
	j->r.average = (double)sum / DOSSIER_RATING_CRITERIA;
	s = dossier_store.rating_insert(st, &j->r);
	if (s == STORE_CONFLICT) {
		j->err->field = "code";
		j->err->detail = "This dossier has been rated already.";
		return ORG_CONFLICT;
	}
	if (s != STORE_OK)
		return org_from_store(s);
	json_t *after = json_pack("{s:f}", "average", j->r.average);
	s = audit_record(st, &actor_system, "rate", "dossier", d.id, NULL, after);
	json_decref(after);
	return org_from_store(s);
}

enum org_result dossier_rate_in(struct store *st, struct arena *a, const char *code,
                                struct dossier_rating *r, struct org_error *err)
{
	struct rate_job j = { a, code, *r, err };
	enum org_result res = rate_body(st, &j);
	if (res == ORG_OK)
		*r = j.r;
	return res;
}

enum org_result dossier_rate(struct store *st, struct arena *a, const char *code,
                             struct dossier_rating *r, struct org_error *err)
{
	struct rate_job j = { a, code, *r, err };
	enum org_result res = org_in_transaction(st, rate_body, &j);
	if (res == ORG_OK)
		*r = j.r;
	return res;
}

/* ---- reads ------------------------------------------------------------ */

int dossier_get_by_code(struct store *st, const char *code, struct arena *a,
                        struct dossier *out, struct procedure *proc)
{
	if (!dossier_code_plausible(code))
		return STORE_NOT_FOUND;
	enum store_status s = dossier_store.dossier_get_by_code(st, code, a, out);
	if (s == STORE_OK && proc)
		s = dossier_store.proc_get(st, out->procedure_id, a, proc);
	return s;
}

int dossier_revision(struct store *st, const char *code, int64_t *rev)
{
	if (!dossier_code_plausible(code))
		return STORE_NOT_FOUND;
	return dossier_store.dossier_revision(st, code, rev);
}

int dossier_events(struct store *st, int64_t id, struct arena *a, struct dossier_event **out,
                   size_t *n)
{
	return dossier_store.event_list(st, id, a, out, n);
}

int dossier_queue(struct store *st, struct arena *a, const struct principal *who,
                  const struct dossier_filter *f, struct dossier **out, size_t *n)
{
	/*
	 * The reader's dossiers are decided per unit by the policy, after the
	 * read: so read in batches until LIMIT of theirs are found (a ward's
	 * clerk must not see an empty queue because other wards' dossiers came
	 * first), skipping OFFSET of theirs.
	 */
	size_t want = f->limit > 0 ? (size_t)f->limit : 1000, skip = f->offset > 0 ? (size_t)f->offset : 0;
	struct dossier *mine = arena_array(a, want, sizeof *mine);
	*out = mine;
	*n = 0;
	int64_t seen[64];
	bool ok[64];
	size_t nseen = 0;
	struct dossier_filter batch = *f;
	batch.limit = 1000;
	batch.offset = 0;
	for (;;) {
		struct dossier *all;
		size_t m;
		enum store_status s = dossier_store.dossier_list(st, &batch, a, &all, &m);
		if (s != STORE_OK)
			return s;
		for (size_t i = 0; i < m && *n < want; i++) {
			/* One policy answer per unit: a queue holds a handful of units. */
			size_t k;
			for (k = 0; k < nseen && seen[k] != all[i].unit_id; k++)
				;
			bool allowed;
			if (k < nseen) {
				allowed = ok[k];
			} else {
				allowed = dossier_may_handle(st, a, who, all[i].unit_id);
				if (nseen < 64) {
					seen[nseen] = all[i].unit_id;
					ok[nseen++] = allowed;
				}
			}
			if (!allowed && all[i].processing_unit_id)
				allowed = dossier_may_handle(st, a, who, all[i].processing_unit_id);
			if (!allowed)
				continue;
			if (skip) {
				skip--;
				continue;
			}
			mine[(*n)++] = all[i];
		}
		if (*n >= want || m < (size_t)batch.limit)
			return STORE_OK;
		batch.offset += batch.limit;
	}
}

int dossier_rating_get(struct store *st, int64_t id, struct arena *a, struct dossier_rating *out)
{
	return dossier_store.rating_get(st, id, a, out);
}

/* ---- audit ------------------------------------------------------------ */

bool dossier_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                            int64_t id)
{
	struct dossier d;
	return dossier_store.dossier_get(st, id, a, &d) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, d.unit_id);
}
