/* dossier_service.c: see dossier_service.h. */
#include "dossier/dossier_service.h"

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

/* NFC copy of *S in the arena; false when not UTF-8. */
static bool nfc(const char **s, struct arena *a)
{
	if (*s == NULL)
		return true;
	char *n = vn_nfc(*s);
	if (n == NULL)
		return false;
	*s = arena_strdup(a, n);
	free(n);
	return true;
}

static json_t *day_json(cal_day d)
{
	char buf[11];
	cal_format_iso(d, buf);
	return json_string(buf);
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* ---- procedures ------------------------------------------------------- */

json_t *procedure_json(const struct procedure *p, cal_day today)
{
	struct proc_flags fl;
	procedure_flags(p, today, &fl);
	json_t *docs = json_array(), *steps = json_array();
	for (size_t i = 0; i < p->ndocuments; i++)
		json_array_append_new(docs, json_pack("{s:s, s:b}", "name", p->documents[i].name,
		                                      "required", p->documents[i].required));
	for (size_t i = 0; i < p->nsteps; i++)
		json_array_append_new(steps, json_pack("{s:i, s:s, s:s, s:i, s:s}", "no", (int)i + 1,
		                                       "name", p->steps[i].name, "responsible",
		                                       p->steps[i].responsible ? p->steps[i].responsible : "",
		                                       "days", p->steps[i].days, "records",
		                                       p->steps[i].records ? p->steps[i].records : ""));
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(p->id));
	json_object_set_new(o, "code", json_string(p->code));
	json_object_set_new(o, "version", json_integer(p->version));
	json_object_set_new(o, "current", json_boolean(p->current));
	json_object_set_new(o, "name", json_string(p->name));
	json_object_set_new(o, "field", json_string(p->field ? p->field : ""));
	json_object_set_new(o, "level", json_string(p->level));
	json_object_set_new(o, "owner_unit_id", json_integer(p->owner_unit_id));
	json_object_set_new(o, "legal_basis", json_string(p->legal_basis ? p->legal_basis : ""));
	json_object_set_new(o, "legal_changed", str_or_null(p->legal_changed));
	json_object_set_new(o, "working_days", json_integer(p->working_days));
	json_object_set_new(o, "fee", json_string(p->fee ? p->fee : ""));
	json_object_set_new(o, "version_date", str_or_null(p->version_date));
	json_object_set_new(o, "reviewed_on", str_or_null(p->reviewed_on));
	json_object_set_new(o, "documents", docs);
	json_object_set_new(o, "steps", steps);
	json_object_set_new(o, "flags", json_pack("{s:b, s:b}", "review_overdue", fl.review_overdue,
	                                          "legal_change_pending", fl.legal_change_pending));
	return o;
}

bool dossier_may_manage_procedure(struct store *st, struct arena *a, const struct principal *who,
                                  const struct procedure *p)
{
	return (who->authenticated || who->system)
	       && org_allows(st, a, who, PERM_MANAGE_PROCEDURES, p->owner_unit_id);
}

struct publish_job {
	struct arena *a;
	const struct principal *who;
	struct procedure *p;
	bool new_code;
	struct org_error *err;
};

static enum org_result publish_body(struct store *st, void *v)
{
	struct publish_job *j = v;
	struct procedure *p = j->p, old;
	const char *field = NULL, *detail = NULL;
	if (!nfc(&p->name, j->a) || !nfc(&p->field, j->a) || !nfc(&p->legal_basis, j->a)
	    || !nfc(&p->fee, j->a))
		return org_invalid(j->err, "name", "The text is not valid UTF-8.");
	for (size_t i = 0; i < p->ndocuments; i++)
		if (!nfc(&p->documents[i].name, j->a))
			return org_invalid(j->err, "documents", "The text is not valid UTF-8.");
	for (size_t i = 0; i < p->nsteps; i++)
		if (!nfc(&p->steps[i].name, j->a) || !nfc(&p->steps[i].responsible, j->a)
		    || !nfc(&p->steps[i].records, j->a))
			return org_invalid(j->err, "steps", "The text is not valid UTF-8.");
	cal_day today = dossier_local_day(dossier_now());
	if (p->version_date == NULL)
		p->version_date = dossier_day_text(j->a, today);
	if (p->reviewed_on == NULL)
		p->reviewed_on = p->version_date;
	if (!procedure_check(p, &field, &detail))
		return org_invalid(j->err, field, detail);
	struct org_unit owner;
	enum store_status s = org_store.unit_get(st, p->owner_unit_id, j->a, &owner);
	if (s == STORE_NOT_FOUND)
		return org_invalid(j->err, "owner_unit_id", "No unit has this id.");
	if (s != STORE_OK)
		return org_from_store(s);
	if (!org_allows(st, j->a, j->who, PERM_MANAGE_PROCEDURES, p->owner_unit_id))
		return ORG_FORBIDDEN;
	json_t *before = NULL;
	s = dossier_store.proc_get_current(st, p->code, j->a, &old);
	if (s != STORE_OK && s != STORE_NOT_FOUND)
		return org_from_store(s);
	if (j->new_code && s == STORE_OK) {
		org_invalid(j->err, "code", "A procedure with this code exists: publish a new version.");
		return ORG_CONFLICT;
	}
	if (!j->new_code) {
		if (s == STORE_NOT_FOUND)
			return ORG_NOT_FOUND;
		/* Both owners decide: the one who keeps it and the one it goes to. */
		if (!org_allows(st, j->a, j->who, PERM_MANAGE_PROCEDURES, old.owner_unit_id))
			return ORG_FORBIDDEN;
		if ((s = dossier_store.proc_retire(st, old.id)) != STORE_OK)
			return org_from_store(s);
		p->version = old.version + 1;
		before = procedure_json(&old, today);
	} else {
		p->version = 1;
	}
	s = dossier_store.proc_insert(st, p);
	if (s == STORE_CONFLICT) {
		json_decref(before);
		org_invalid(j->err, "code", "This version of the procedure exists already.");
		return ORG_CONFLICT;
	}
	if (s != STORE_OK) {
		json_decref(before);
		return org_from_store(s);
	}
	json_t *after = procedure_json(p, today);
	s = audit_record(st, &j->who->actor, before ? "new_version" : "create", "procedure", p->id,
	                 before, after);
	json_decref(before);
	json_decref(after);
	return org_from_store(s);
}

enum org_result procedure_publish_in(struct store *st, struct arena *a,
                                     const struct principal *who, struct procedure *p,
                                     bool new_code, struct org_error *err)
{
	struct publish_job j = { a, who, p, new_code, err };
	return publish_body(st, &j);
}

enum org_result procedure_publish(struct store *st, struct arena *a, const struct principal *who,
                                  struct procedure *p, bool new_code, struct org_error *err)
{
	struct publish_job j = { a, who, p, new_code, err };
	return org_in_transaction(st, publish_body, &j);
}

struct mark_job {
	struct arena *a;
	const struct principal *who;
	const char *code, *reviewed_on, *legal_changed;
	struct procedure *out;
	struct org_error *err;
};

static enum org_result mark_body(struct store *st, void *v)
{
	struct mark_job *j = v;
	enum store_status s = dossier_store.proc_get_current(st, j->code, j->a, j->out);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!org_allows(st, j->a, j->who, PERM_MANAGE_PROCEDURES, j->out->owner_unit_id))
		return ORG_FORBIDDEN;
	cal_day day, today = dossier_local_day(dossier_now());
	if (j->reviewed_on && (!cal_parse_iso(j->reviewed_on, &day) || day > today))
		return org_invalid(j->err, "reviewed_on", "A date YYYY-MM-DD, not in the future.");
	if (j->legal_changed && (!cal_parse_iso(j->legal_changed, &day) || day > today))
		return org_invalid(j->err, "legal_changed", "A date YYYY-MM-DD, not in the future.");
	json_t *before = procedure_json(j->out, today);
	if (j->reviewed_on)
		j->out->reviewed_on = j->reviewed_on;
	if (j->legal_changed)
		j->out->legal_changed = j->legal_changed;
	s = dossier_store.proc_mark(st, j->out->id, j->out->reviewed_on, j->out->legal_changed);
	json_t *after = procedure_json(j->out, today);
	if (s == STORE_OK)
		s = audit_record(st, &j->who->actor, "review", "procedure", j->out->id, before, after);
	json_decref(before);
	json_decref(after);
	return org_from_store(s);
}

enum org_result procedure_mark(struct store *st, struct arena *a, const struct principal *who,
                               const char *code, const char *reviewed_on,
                               const char *legal_changed, struct procedure *out,
                               struct org_error *err)
{
	struct mark_job j = { a, who, code, reviewed_on, legal_changed, out, err };
	return org_in_transaction(st, mark_body, &j);
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

static bool text_field(const char **s, struct arena *a, size_t max, bool required)
{
	if (*s && **s == '\0')
		*s = NULL;
	if (*s == NULL)
		return !required;
	return nfc(s, a) && strlen(*s) <= max;
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

static enum org_result record_event(struct store *st, struct arena *a, const struct principal *who,
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
	s = audit_record(st, &who->actor, action, "dossier", d->id, before, after);
	json_decref(after);
	(void)a;
	return org_from_store(s);
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

struct receive_job {
	struct arena *a;
	const struct principal *who;
	struct dossier_intake in;
	struct dossier *out;
	struct org_error *err;
};

static enum org_result receive_body(struct store *st, void *v)
{
	struct receive_job *j = v;
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
	    ? dossier_store.proc_get_current(st, in->procedure_code, a, &p) : STORE_NOT_FOUND;
	if (s == STORE_NOT_FOUND)
		return org_invalid(j->err, "procedure_code", "No procedure has this code.");
	if (s != STORE_OK)
		return org_from_store(s);
	if (in->unit_id == 0)
		in->unit_id = default_desk(st, a, j->who);
	if (in->unit_id == 0)
		return ORG_FORBIDDEN;
	struct org_unit unit;
	s = org_store.unit_get(st, in->unit_id, a, &unit);
	if (s == STORE_NOT_FOUND)
		return org_invalid(j->err, "unit_id", "No unit has this id.");
	if (s != STORE_OK)
		return org_from_store(s);
	if (!org_allows(st, a, j->who, PERM_HANDLE_DOSSIERS, unit.id))
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
	if ((s = dossier_calendar(st, a, &cal)) != STORE_OK)
		return org_from_store(s);
	cal_day day = dossier_local_day(in->received_at);
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
	return record_event(st, a, j->who, d, &p, action, d->state, in->note, in->received_at, NULL);
}

enum org_result dossier_receive_in(struct store *st, struct arena *a, const struct principal *who,
                                   const struct dossier_intake *in, struct dossier *out,
                                   struct org_error *err)
{
	struct receive_job j = { a, who, *in, out, err };
	return receive_body(st, &j);
}

enum org_result dossier_receive(struct store *st, struct arena *a, const struct principal *who,
                                const struct dossier_intake *in, struct dossier *out,
                                struct org_error *err)
{
	struct receive_job j = { a, who, *in, out, err };
	enum org_result r = org_in_transaction(st, receive_body, &j);
	return r;
}

json_t *dossier_nc_json(const struct dossier_nc *n)
{
	return json_pack("{s:I, s:s, s:I, s:s, s:s, s:s, s:o, s:s}", "id", (json_int_t)n->id,
	                 "dossier_code", n->code ? n->code : "", "unit_id", (json_int_t)n->unit_id,
	                 "opened_on", n->opened_on ? n->opened_on : "",
	                 "cause", n->cause ? n->cause : "",
	                 "corrective_action", n->corrective_action ? n->corrective_action : "",
	                 "closed_on", str_or_null(n->closed_on),
	                 "updated_by", n->updated_by ? n->updated_by : "");
}

static enum org_result open_nonconformity(struct store *st, const struct principal *who,
                                          const struct dossier *d)
{
	struct dossier_nc n = { .dossier_id = d->id, .code = d->code, .unit_id = d->unit_id,
	                        .opened_on = d->finished_day };
	enum store_status s = dossier_store.nc_insert(st, &n);
	if (s != STORE_OK)
		return org_from_store(s);
	json_t *after = dossier_nc_json(&n);
	s = audit_record(st, &who->actor, "create", "nonconformity", n.id, NULL, after);
	json_decref(after);
	return org_from_store(s);
}

struct nc_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	const char *cause, *action;
	bool close;
	struct dossier_nc *out;
	struct org_error *err;
};

static enum org_result nc_body(struct store *st, void *v)
{
	struct nc_job *j = v;
	struct dossier_nc *n = j->out;
	enum store_status s = dossier_store.nc_get(st, j->id, j->a, n);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!org_allows(st, j->a, j->who, PERM_HANDLE_DOSSIERS, n->unit_id))
		return ORG_FORBIDDEN;
	if (n->closed_on) {
		j->err->field = "state";
		j->err->detail = "This nonconformity is closed.";
		return ORG_CONFLICT;
	}
	if (!text_field(&j->cause, j->a, DOSSIER_NOTE_MAX, false)
	    || !text_field(&j->action, j->a, DOSSIER_NOTE_MAX, false))
		return org_invalid(j->err, j->cause && strlen(j->cause) > DOSSIER_NOTE_MAX
		                           ? "cause" : "corrective_action", "At most 2000 characters.");
	json_t *before = dossier_nc_json(n);
	if (j->cause)
		n->cause = j->cause;
	if (j->action)
		n->corrective_action = j->action;
	if (j->close) {
		/* Closed when its cause is known and something was done about it. */
		if (n->cause == NULL || *n->cause == '\0' || n->corrective_action == NULL
		    || *n->corrective_action == '\0') {
			json_decref(before);
			return org_invalid(j->err, n->cause && *n->cause ? "corrective_action" : "cause",
			                   "Record the cause and the corrective action before closing.");
		}
		n->closed_on = dossier_day_text(j->a, dossier_local_day(dossier_now()));
	}
	n->updated_by = j->who->actor.login;
	s = dossier_store.nc_update(st, n);
	json_t *after = dossier_nc_json(n);
	if (s == STORE_OK)
		s = audit_record(st, &j->who->actor, j->close ? "close" : "update", "nonconformity",
		                 n->id, before, after);
	json_decref(before);
	json_decref(after);
	return org_from_store(s);
}

enum org_result dossier_nc_update(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t id, const char *cause, const char *action, bool close,
                                  struct dossier_nc *out, struct org_error *err)
{
	struct nc_job j = { a, who, id, cause, action, close, out, err };
	return org_in_transaction(st, nc_body, &j);
}

int dossier_nc_list(struct store *st, struct arena *a, const struct principal *who,
                    bool open_only, struct dossier_nc **out, size_t *n)
{
	struct dossier_nc *all;
	size_t m;
	enum store_status s = dossier_store.nc_list(st, open_only, 1000, a, &all, &m);
	*out = all;
	*n = 0;
	if (s != STORE_OK)
		return s;
	for (size_t i = 0; i < m; i++)
		if (dossier_may_handle(st, a, who, all[i].unit_id))
			all[(*n)++] = all[i];
	return STORE_OK;
}

bool nonconformity_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t id)
{
	struct dossier_nc n;
	return dossier_store.nc_get(st, id, a, &n) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, n.unit_id);
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
		r = record_event(st, a, j->who, d, &p, dossier_action_name(in->action), from, in->note,
		                 in->at, before);
	else
		r = org_from_store(s);
	json_decref(before);
	/* ISO 9001 clause 10.2: a late result opens a nonconformity, its cause to be found. */
	if (r == ORG_OK && in->action == DA_FINISH && d->result == DR_LATE)
		r = open_nonconformity(st, j->who, d);
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

int dossier_procedures(struct store *st, struct arena *a, struct procedure **out, size_t *n)
{
	return dossier_store.proc_list(st, a, out, n);
}

int dossier_procedure(struct store *st, struct arena *a, const char *code,
                      struct procedure *out)
{
	return dossier_store.proc_get_current(st, code, a, out);
}

int dossier_procedure_by_id(struct store *st, struct arena *a, int64_t id, struct procedure *out)
{
	return dossier_store.proc_get(st, id, a, out);
}

int dossier_procedure_versions(struct store *st, struct arena *a, const char *code,
                               struct procedure **out, size_t *n)
{
	return dossier_store.proc_versions(st, code, a, out, n);
}

int dossier_rating_get(struct store *st, int64_t id, struct arena *a, struct dossier_rating *out)
{
	return dossier_store.rating_get(st, id, a, out);
}

/* ---- reporting -------------------------------------------------------- */

int dossier_report_by_parse(const char *s)
{
	static const char *const names[] = { "unit", "procedure", "officer", "month" };
	for (int i = 0; s && i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

int dossier_report(struct store *st, struct arena *a, int year, enum dossier_report_by by,
                   struct dossier_report_row **out, size_t *n)
{
	return dossier_report_of(st, a, year, by, 0, out, n);
}

int dossier_report_of(struct store *st, struct arena *a, int year, enum dossier_report_by by,
                      int64_t unit, struct dossier_report_row **out, size_t *n)
{
	struct org_unit *sub = NULL;
	size_t nsub = 0;
	if (unit) {
		enum store_status us = org_store.unit_subtree(st, unit, a, &sub, &nsub);
		if (us != STORE_OK)
			return us;
		if (nsub == 0)
			return STORE_NOT_FOUND;
	}
	char from[24], to[24];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-01-01", year + 1);
	struct dossier_count *c;
	size_t nc;
	enum store_status s = dossier_store.count_finished(st, from, to, a, &c, &nc);
	*out = NULL;
	*n = 0;
	if (s != STORE_OK)
		return s;
	struct dossier_report_row *rows = arena_alloc(a, (nc ? nc : 1) * sizeof *rows);
	size_t nr = 0;
	for (size_t i = 0; i < nc; i++) {
		if (unit) {
			size_t k;
			for (k = 0; k < nsub && sub[k].id != c[i].unit_id; k++)
				;
			if (k == nsub)
				continue;
		}
		const char *key = by == BY_UNIT ? arena_printf(a, "%lld", (long long)c[i].unit_id)
		                : by == BY_PROCEDURE ? c[i].procedure_code
		                : by == BY_OFFICER ? (c[i].handler ? c[i].handler : "")
		                : c[i].month;
		size_t k;
		for (k = 0; k < nr && strcmp(rows[k].key, key) != 0; k++)
			;
		if (k == nr) {
			rows[nr] = (struct dossier_report_row){ .key = key, .label = key };
			if (by == BY_UNIT) {
				struct org_unit u;
				if (org_store.unit_get(st, c[i].unit_id, a, &u) == STORE_OK)
					rows[nr].label = u.name;
			}
			nr++;
		}
		if (c[i].result == DR_EARLY)
			rows[k].early += c[i].n;
		else if (c[i].result == DR_ON_TIME)
			rows[k].on_time += c[i].n;
		else
			rows[k].late += c[i].n;
	}
	for (size_t k = 0; k < nr; k++) {
		int64_t done = rows[k].early + rows[k].on_time + rows[k].late;
		rows[k].score = 2 * rows[k].early + rows[k].on_time;
		rows[k].on_time_rate = done ? (double)(rows[k].early + rows[k].on_time) / (double)done : 0;
	}
	/* Ordered by key: units by id, procedures by code, months in order. */
	for (size_t i = 1; i < nr; i++)
		for (size_t k = i; k > 0 && strcmp(rows[k - 1].key, rows[k].key) > 0; k--) {
			struct dossier_report_row t = rows[k];
			rows[k] = rows[k - 1];
			rows[k - 1] = t;
		}
	*out = rows;
	*n = nr;
	return STORE_OK;
}

/* ---- audit ------------------------------------------------------------ */

bool dossier_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                            int64_t id)
{
	struct dossier d;
	return dossier_store.dossier_get(st, id, a, &d) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, d.unit_id);
}

bool procedure_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id)
{
	struct procedure p;
	return dossier_store.proc_get(st, id, a, &p) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, p.owner_unit_id);
}

/* ---- the management review -------------------------------------------- */

int dossier_review_load(struct store *st, struct arena *a, int year, struct dossier_review *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	cal_day first, next;
	if (!cal_from_ymd(year, 1, 1, &first) || !cal_from_ymd(year + 1, 1, 1, &next))
		return STORE_HARD_ERROR;
	int64_t from = (int64_t)first * 86400 - DOSSIER_UTC_OFFSET;
	int64_t to = (int64_t)next * 86400 - DOSSIER_UTC_OFFSET;
	enum store_status s = dossier_store.count_received(st, from, to, out->by_state);
	for (int i = 0; i < DS_COUNT; i++)
		out->received += out->by_state[i];
	int64_t sums[DOSSIER_RATING_CRITERIA];
	if (s == STORE_OK)
		s = dossier_store.rating_sums(st, from, to, sums, &out->ratings);
	for (int i = 0; s == STORE_OK && out->ratings && i < DOSSIER_RATING_CRITERIA; i++)
		out->rating_avg[i] = (double)sums[i] / (double)out->ratings;
	char f[24], t[24];
	snprintf(f, sizeof f, "%04d-01-01", year);
	snprintf(t, sizeof t, "%04d-01-01", year + 1);
	if (s == STORE_OK)
		s = dossier_store.nc_counts(st, f, t, &out->nc_opened, &out->nc_closed);
	if (s == STORE_OK)
		s = dossier_report(st, a, year, BY_UNIT, &out->units, &out->nunits);
	if (s != STORE_OK)
		return s;
	out->total.key = out->total.label = "";
	for (size_t i = 0; i < out->nunits; i++) {
		out->total.early += out->units[i].early;
		out->total.on_time += out->units[i].on_time;
		out->total.late += out->units[i].late;
	}
	int64_t done = out->total.early + out->total.on_time + out->total.late;
	out->total.score = 2 * out->total.early + out->total.on_time;
	out->total.on_time_rate = done ? (double)(out->total.early + out->total.on_time) / (double)done : 0;
	/* Where to look first: the lowest on-time rate. */
	for (size_t i = 1; i < out->nunits; i++)
		for (size_t k = i; k > 0 && out->units[k - 1].on_time_rate > out->units[k].on_time_rate; k--) {
			struct dossier_report_row tmp = out->units[k];
			out->units[k] = out->units[k - 1];
			out->units[k - 1] = tmp;
		}
	if ((s = iso_audits_of_year(st, a, year, &out->audits, &out->naudits)) != STORE_OK)
		return s;
	struct procedure *p;
	size_t n;
	if ((s = dossier_store.proc_list(st, a, &p, &n)) != STORE_OK)
		return s;
	cal_day year_end = next - 1;
	for (size_t i = 0; i < n; i++) {
		struct proc_flags fl;
		procedure_flags(&p[i], year_end, &fl);
		out->procedures++;
		out->review_overdue += fl.review_overdue;
		out->legal_pending += fl.legal_change_pending;
	}
	return STORE_OK;
}

json_t *dossier_review_json(const struct dossier_review *r)
{
	json_t *states = json_object();
	for (int i = 0; i < DS_COUNT; i++)
		json_object_set_new(states, dossier_state_name((enum dossier_state)i),
		                    json_integer(r->by_state[i]));
	json_t *ratings = json_object();
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++)
		json_object_set_new(ratings, dossier_rating_keys[i], json_real(r->rating_avg[i]));
	json_t *audits = json_array();
	for (size_t i = 0; i < r->naudits; i++)
		json_array_append_new(audits, iso_audit_json(&r->audits[i]));
	json_t *units = json_array();
	for (size_t i = 0; i < r->nunits; i++)
		json_array_append_new(units, json_pack("{s:s, s:s, s:I, s:I, s:I, s:f}",
		                      "key", r->units[i].key, "label", r->units[i].label,
		                      "early", (json_int_t)r->units[i].early,
		                      "on_time", (json_int_t)r->units[i].on_time,
		                      "late", (json_int_t)r->units[i].late,
		                      "on_time_rate", r->units[i].on_time_rate));
	return json_pack("{s:i, s:I, s:o, s:{s:I, s:I, s:I, s:I, s:f}, s:o, s:I, s:o,"
	                 " s:{s:I, s:I}, s:{s:I, s:I, s:I}, s:o}",
	                 "year", r->year, "received", (json_int_t)r->received, "by_state", states,
	                 "finished", "early", (json_int_t)r->total.early,
	                 "on_time", (json_int_t)r->total.on_time, "late", (json_int_t)r->total.late,
	                 "score", (json_int_t)r->total.score, "on_time_rate", r->total.on_time_rate,
	                 "units", units, "ratings", (json_int_t)r->ratings, "rating_averages", ratings,
	                 "nonconformities", "opened", (json_int_t)r->nc_opened,
	                 "closed", (json_int_t)r->nc_closed,
	                 "procedures", "current", (json_int_t)r->procedures,
	                 "review_overdue", (json_int_t)r->review_overdue,
	                 "legal_change_pending", (json_int_t)r->legal_pending,
	                 "internal_audits", audits);
}

/* ---- internal audits -------------------------------------------------- */

json_t *iso_audit_json(const struct iso_audit *a)
{
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:i, s:s}", "id", (json_int_t)a->id,
	                 "unit_id", (json_int_t)a->unit_id, "audit_date", a->audit_date,
	                 "auditor", a->auditor, "scope", a->scope ? a->scope : "",
	                 "findings", a->findings ? a->findings : "",
	                 "nonconformities", a->nonconformities,
	                 "recorded_by", a->recorded_by ? a->recorded_by : "");
}

struct iso_job {
	struct arena *a;
	const struct principal *who;
	struct iso_audit *in;
	struct org_error *err;
};

static enum org_result iso_body(struct store *st, void *v)
{
	struct iso_job *j = v;
	struct iso_audit *in = j->in;
	cal_day day;
	if (in->audit_date == NULL || !cal_parse_iso(in->audit_date, &day)
	    || day > dossier_local_day(dossier_now()))
		return org_invalid(j->err, "audit_date", "A date YYYY-MM-DD, not in the future.");
	if (!text_field(&in->auditor, j->a, DOSSIER_FIELD_MAX, true))
		return org_invalid(j->err, "auditor", "The auditor is required, at most 300 characters.");
	if (!text_field(&in->scope, j->a, DOSSIER_NOTE_MAX, false)
	    || !text_field(&in->findings, j->a, DOSSIER_NOTE_MAX, false))
		return org_invalid(j->err, in->scope && strlen(in->scope) > DOSSIER_NOTE_MAX ? "scope"
		                                                                         : "findings",
		                   "At most 2000 characters.");
	if (in->nonconformities < 0 || in->nonconformities > 1000)
		return org_invalid(j->err, "nonconformities", "A count from 0 to 1000.");
	struct org_unit u;
	enum store_status s = org_store.unit_get(st, in->unit_id, j->a, &u);
	if (s == STORE_NOT_FOUND)
		return org_invalid(j->err, "unit_id", "No unit has this id.");
	if (s != STORE_OK)
		return org_from_store(s);
	if (!org_allows(st, j->a, j->who, PERM_MANAGE_PROCEDURES, u.id))
		return ORG_FORBIDDEN;
	in->recorded_by = j->who->actor.login;
	if ((s = dossier_store.iso_audit_insert(st, in)) != STORE_OK)
		return org_from_store(s);
	json_t *after = iso_audit_json(in);
	s = audit_record(st, &j->who->actor, "create", "iso_audit", in->id, NULL, after);
	json_decref(after);
	return org_from_store(s);
}

enum org_result iso_audit_record(struct store *st, struct arena *a, const struct principal *who,
                                 struct iso_audit *in, struct org_error *err)
{
	struct iso_job j = { a, who, in, err };
	return org_in_transaction(st, iso_body, &j);
}

int iso_audits_of_year(struct store *st, struct arena *a, int year, struct iso_audit **out,
                       size_t *n)
{
	char f[24], t[24];
	snprintf(f, sizeof f, "%04d-01-01", year);
	snprintf(t, sizeof t, "%04d-01-01", year + 1);
	return dossier_store.iso_audit_list(st, f, t, a, out, n);
}

bool iso_audit_may_read(struct store *st, struct arena *a, const struct principal *who, int64_t id)
{
	struct iso_audit x;
	return dossier_store.iso_audit_get(st, id, a, &x) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, x.unit_id);
}
