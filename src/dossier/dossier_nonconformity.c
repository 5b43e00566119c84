/* dossier_nonconformity.c: nonconformities (ISO 9001 clause 10.2), see dossier_service.h. */
#include "audit/audit.h"
#include "dossier/dossier_service_internal.h"
#include "dossier/dossier_store.h"
#include "org/org_store.h"
#include "task/task_service.h"

#include <stdio.h>
#include <string.h>

json_t *dossier_nc_json(const struct dossier_nc *n)
{
	return json_pack("{s:I, s:s, s:I, s:s, s:s, s:s, s:o, s:s, s:o}", "id", (json_int_t)n->id,
	                 "dossier_code", n->code ? n->code : "", "unit_id", (json_int_t)n->unit_id,
	                 "opened_on", n->opened_on ? n->opened_on : "",
	                 "cause", n->cause ? n->cause : "",
	                 "corrective_action", n->corrective_action ? n->corrective_action : "",
	                 "closed_on", str_or_null(n->closed_on),
	                 "updated_by", n->updated_by ? n->updated_by : "",
	                 "task_id", n->task_id ? json_integer(n->task_id) : json_null());
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
	const struct dossier_nc_task *task;
	bool close;
	struct dossier_nc *out;
	struct org_error *err;
};

static bool copy_task(void *ctx, struct task *t, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	*t = *(const struct task *)ctx;
	return true;
}

/*
 * The corrective action of N becomes a task on N's unit (task_save_in
 * checks that WHO may assign tasks there, and the people and the date);
 * its reference ("nc-ID") ties it back, and the task's unique reference
 * keeps it to one.
 */
static enum org_result follow_as_task(struct store *st, struct nc_job *j, struct dossier_nc *n)
{
	if (n->task_id) {
		j->err->field = "task";
		j->err->detail = "This corrective action is followed as a task already.";
		return ORG_CONFLICT;
	}
	if (n->corrective_action == NULL || *n->corrective_action == '\0')
		return org_invalid(j->err, "corrective_action",
		                   "Record the corrective action before making it a task.");
	char ref[32];
	snprintf(ref, sizeof ref, "nc-%lld", (long long)n->id);
	const char *title = n->corrective_action;
	size_t len = strlen(title);
	if (len > TASK_TITLE_MAX) {
		/* Cut at a character's start, not inside one. */
		len = TASK_TITLE_MAX;
		while (len > 0 && ((unsigned char)title[len] & 0xC0) == 0x80)
			len--;
		title = arena_strndup(j->a, title, len);
	}
	struct task in = {
		.ref = arena_strdup(j->a, ref), .unit_id = n->unit_id, .title = title,
		.description = n->cause ? n->cause : "", .assignee_id = j->task->assignee_id,
		.leader_id = j->task->leader_id, .priority = TASK_PRIO_HIGH,
		.source = TASK_SRC_DIRECTIVE, .due_day = j->task->due_day,
	};
	struct task out;
	struct task_error terr = { 0 };
	enum org_result r = task_save_in(st, j->a, j->who, 0, copy_task, &in, NULL, &out, &terr);
	if (r != ORG_OK) {
		*j->err = terr.e;
		if (terr.nmissing && j->err->field == NULL) {
			j->err->field = terr.missing[0];
			j->err->detail = "A leader, a person assigned and a deadline are needed.";
		}
		return r;
	}
	n->task_id = out.id;
	return ORG_OK;
}

/* A nonconformity followed as a task closes once the task is completed. */
static enum org_result task_done(struct store *st, struct nc_job *j, const struct dossier_nc *n)
{
	if (n->task_id == 0)
		return ORG_OK;
	struct task t;
	enum store_status s = task_service_get(st, n->task_id, j->a, &t);
	if (s == STORE_NOT_FOUND)
		return ORG_OK;   /* the task is gone: nothing left to wait for */
	if (s != STORE_OK)
		return org_from_store(s);
	if (t.completed_day)
		return ORG_OK;
	j->err->field = "task";
	j->err->detail = "The corrective action's task is not completed yet.";
	return ORG_CONFLICT;
}

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
	enum org_result r = j->task ? follow_as_task(st, j, n) : ORG_OK;
	if (r == ORG_OK && j->close)
		r = task_done(st, j, n);
	if (r != ORG_OK) {
		json_decref(before);
		return r;
	}
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
                                  int64_t id, const char *cause, const char *action,
                                  const struct dossier_nc_task *task, bool close,
                                  struct dossier_nc *out, struct org_error *err)
{
	struct nc_job j = { a, who, id, cause, action, task, close, out, err };
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
