/* dossier_procedures.c: the procedure catalogue (ISO documented procedures), see dossier_service.h. */
#include "audit/audit.h"
#include "dossier/dossier_service_internal.h"
#include "dossier/dossier_store.h"
#include "org/org_store.h"

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

bool procedure_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id)
{
	struct procedure p;
	return dossier_store.proc_get(st, id, a, &p) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, p.owner_unit_id);
}
