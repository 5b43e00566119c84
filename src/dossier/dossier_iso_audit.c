/* dossier_iso_audit.c: internal audits (ISO 9001 clause 9.2), see dossier_service.h. */
#include "audit/audit.h"
#include "dossier/dossier_service_internal.h"
#include "dossier/dossier_store.h"
#include "org/org_store.h"

#include <stdio.h>
#include <string.h>

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

int iso_audit_find(struct store *st, struct arena *a, int64_t id, struct iso_audit *out)
{
	return dossier_store.iso_audit_get(st, id, a, out);
}

bool iso_audit_may_read(struct store *st, struct arena *a, const struct principal *who, int64_t id)
{
	struct iso_audit x;
	return dossier_store.iso_audit_get(st, id, a, &x) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, x.unit_id);
}
