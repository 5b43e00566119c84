/* dossier_nonconformity.c: nonconformities (ISO 9001 clause 10.2), see dossier_service.h. */
#include "audit/audit.h"
#include "dossier/dossier_service_internal.h"
#include "dossier/dossier_store.h"
#include "org/org_store.h"

#include <string.h>

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

enum org_result dossier_open_nonconformity(struct store *st, const struct principal *who,
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
