/* task_service.c: see task_service.h. */
#include "task/task_service.h"

#include "org/org_store.h"
#include "target/target_store.h"
#include "task/task_store.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "calendar/calendar_service.h"
#include "store/store.h"
#include "text/vntext.h"
#include "util/arena.h"

cal_day task_today(void)
{
	return (cal_day)(((int64_t)time(NULL) + 7 * 3600) / 86400);
}

enum { CAL_FIRST = 2000, CAL_LAST = 2100 };
static struct cal_year cal_years[CAL_LAST - CAL_FIRST + 1];
static struct calendar cal_shipped;
static pthread_once_t cal_once = PTHREAD_ONCE_INIT;

/* Working days from CAL_FIRST-01-01 up to and including each day (index: day - cal_first_day). */
static int32_t *cal_prefix;
static cal_day cal_first_day, cal_last_day;

static void cal_build(void)
{
	for (int y = CAL_FIRST; y <= CAL_LAST; y++)
		if (!cal_published_year(y, &cal_years[y - CAL_FIRST]))
			cal_law_year(y, &cal_years[y - CAL_FIRST]);
	cal_shipped.years = cal_years;
	cal_shipped.n_years = CAL_LAST - CAL_FIRST + 1;
	cal_from_ymd(CAL_FIRST, 1, 1, &cal_first_day);
	cal_from_ymd(CAL_LAST, 12, 31, &cal_last_day);
	int32_t *p = malloc(((size_t)(cal_last_day - cal_first_day) + 1) * sizeof *p);
	if (p == NULL)
		return;   /* task_working_days_late() counts day by day instead */
	int32_t n = 0;
	for (cal_day d = cal_first_day; d <= cal_last_day; d++) {
		n += cal_is_working_day(&cal_shipped, d);
		p[d - cal_first_day] = n;
	}
	cal_prefix = p;
}

/* The shipped tables, every year laid out and its working days counted (computed once). */
static const struct calendar *shipped_calendar(void)
{
	/*
	 * A year of the lunar calendar costs trigonometric series, and every
	 * task read judges its lateness in working days.
	 */
	pthread_once(&cal_once, cal_build);
	return &cal_shipped;
}

const struct calendar *task_calendar(struct store *st, struct arena *a)
{
	struct calendar *cal = arena_alloc(a, sizeof *cal);
	/* On failure the loader leaves the shipped tables, which is what we would use. */
	calendar_service_load(st, a, cal);
	return cal;
}

/* Is DAY a working day in the shipped tables (from the counted table when it covers DAY)? */
static bool shipped_working(cal_day day)
{
	if (cal_prefix && day > cal_first_day && day <= cal_last_day)
		return cal_prefix[day - cal_first_day] != cal_prefix[day - 1 - cal_first_day];
	return cal_is_working_day(shipped_calendar(), day);
}

long task_working_days_late(const struct calendar *c, const struct task *t, cal_day today)
{
	const struct calendar *shipped = shipped_calendar();
	enum task_status s = task_status_of(t, today);
	cal_day to = s == TASK_LATE ? t->completed_day : s == TASK_OVERDUE ? today : 0;
	if (to == 0)
		return 0;
	if (c == NULL)
		c = shipped;
	cal_day from = t->judged_day;
	if (cal_prefix == NULL || from < cal_first_day || to > cal_last_day || to < from)
		return task_days_late(t, today, c);
	/*
	 * C is the shipped tables with an administrator's edits of single days
	 * (calendar_service_load builds it so): the shipped count, corrected
	 * for each edited day in (FROM, TO] that the edit turns around.
	 */
	long n = cal_prefix[to - cal_first_day] - cal_prefix[from - cal_first_day];
	for (size_t i = 0; i < c->n_years; i++)
		for (size_t k = 0; k < c->years[i].n_edits; k++) {
			const struct cal_edit *e = &c->years[i].edits[k];
			if (e->day > from && e->day <= to && e->working != shipped_working(e->day))
				n += e->working ? 1 : -1;
		}
	return n;
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

/* The collation key of TEXT in the arena. */
static bool sort_key(const char *text, struct arena *a, const unsigned char **key, size_t *len)
{
	size_t klen;
	unsigned char *k = vn_sort_key(text ? text : "", &klen);
	if (k == NULL)
		return false;
	*key = arena_memdup(a, k, klen);
	*len = klen;
	free(k);
	return true;
}

bool task_may_read(const struct principal *who)
{
	return who->system || who->authenticated;
}

static bool allows(struct store *st, struct arena *a, const struct principal *who,
                   const struct permission *perm, int64_t unit)
{
	return (who->system || who->authenticated) && org_allows(st, a, who, perm, unit);
}

bool task_may_assign(struct store *st, struct arena *a, const struct principal *who,
                     int64_t unit)
{
	return allows(st, a, who, PERM_ASSIGN_TASKS, unit);
}

bool task_may_approve_deadline(struct store *st, struct arena *a, const struct principal *who,
                               int64_t unit)
{
	return allows(st, a, who, PERM_APPROVE_DEADLINE, unit);
}

bool task_may_report(struct store *st, struct arena *a, const struct principal *who,
                     int64_t unit)
{
	return allows(st, a, who, PERM_REPORT_PROGRESS, unit);
}

static enum org_result invalid(struct task_error *err, const char *field, const char *detail)
{
	return org_invalid(&err->e, field, detail);
}

/* An existing unit / person named by FIELD, or ORG_INVALID naming it. */
static enum org_result check_unit(struct store *st, struct arena *a, int64_t id,
                                  const char *field, struct task_error *err)
{
	struct org_unit u;
	enum store_status s = org_store.unit_get(st, id, a, &u);
	return s == STORE_NOT_FOUND ? invalid(err, field, "No unit has this id.")
	                            : org_from_store(s);
}

static enum org_result check_person(struct store *st, struct arena *a, int64_t id,
                                    const char *field, struct task_error *err)
{
	struct org_person p;
	enum store_status s = org_store.person_get(st, id, a, &p);
	return s == STORE_NOT_FOUND ? invalid(err, field, "No person has this id.")
	                            : org_from_store(s);
}

static enum org_result audit(struct store *st, const struct principal *who, const char *action,
                             const char *entity, int64_t id, json_t *before, json_t *after)
{
	enum org_result r = org_from_store(audit_record(st, &who->actor, action, entity, id,
	                                                before, after));
	json_decref(before);
	json_decref(after);
	return r;
}

/* task_save_in() with the permission the write needs on the task's unit. */
static enum org_result save_as(struct store *st, struct arena *a, const struct principal *who,
                               const struct permission *perm, int64_t id, task_edit edit,
                               void *ctx, const char *due_change_reason, struct task *t,
                               struct task_error *err)
{
	memset(t, 0, sizeof *t);
	memset(err, 0, sizeof *err);
	enum store_status s;
	struct task old = { 0 };
	if (id != 0) {
		if ((s = task_store.task_get(st, id, a, t)) != STORE_OK)
			return org_from_store(s);
		if (!allows(st, a, who, perm, t->unit_id))
			return ORG_FORBIDDEN;
		old = *t;
		old.unit_name = old.assignee_name = old.leader_name = NULL;
	} else {
		t->priority = TASK_PRIO_NORMAL;
		t->source = TASK_SRC_PLAN;
	}
	if (!edit(ctx, t, a, &err->e))
		return ORG_INVALID;
	t->id = id;
	t->unit_name = t->assignee_name = t->leader_name = NULL;
	err->nmissing = task_missing_fields(t, err->missing);
	if (err->nmissing) {
		err->e.field = err->missing[0];
		err->e.detail = "Required: a deadline, the unit, the person assigned and the "
		                "leader responsible.";
		return ORG_INVALID;
	}
	if (!nfc(&t->title, a) || !nfc(&t->description, a) || !nfc(&t->ref, a))
		return invalid(err, "title", "The text is not valid UTF-8.");
	/* A copy of the co-assigned units, normalised: the edit's array may be anyone's. */
	int64_t *co = arena_array(a, t->nco_units + 1, sizeof *co);
	if (t->nco_units)
		memcpy(co, t->co_unit_ids, t->nco_units * sizeof *co);
	t->nco_units = task_units_normalize(t->unit_id, co, t->nco_units);
	t->co_unit_ids = co;
	const char *field, *detail;
	if (!task_check(t, &field, &detail))
		return invalid(err, field, detail);
	enum org_result r;
	for (size_t i = 0; i < t->nco_units; i++) {
		if ((r = check_unit(st, a, co[i], "unit_ids", err)) != ORG_OK)
			return r;
		if (!allows(st, a, who, perm, co[i]))
			return ORG_FORBIDDEN;
	}
	if ((r = check_unit(st, a, t->unit_id, "unit_id", err)) != ORG_OK
	    || (r = check_person(st, a, t->assignee_id, "assignee_id", err)) != ORG_OK
	    || (r = check_person(st, a, t->leader_id, "leader_id", err)) != ORG_OK)
		return r;
	if (t->plan_id) {
		struct plan p;
		s = task_store.plan_get(st, t->plan_id, a, &p);
		if (s == STORE_NOT_FOUND)
			return invalid(err, "plan_id", "No plan has this id.");
		if (s != STORE_OK)
			return org_from_store(s);
	}
	if (!allows(st, a, who, perm, t->unit_id))
		return ORG_FORBIDDEN;
	if (!sort_key(t->title, a, &t->sort_key, &t->sort_key_len))
		return ORG_FAILED;
	struct task_deadline_change ch;
	bool changed = false;
	if (id == 0) {
		task_set_first_deadline(t, task_calendar(st, a));
	} else {
		/* What the edit may not touch: the record of deadlines and progress. */
		cal_day wanted = t->due_day;
		t->due_day = old.due_day;
		t->original_day = old.original_day;
		t->judged_due = old.judged_due;
		t->judged_day = old.judged_day;
		t->progress = old.progress;
		t->completed_day = old.completed_day;
		t->progress_day = old.progress_day;
		if (wanted != old.due_day) {
			bool approved = task_may_approve_deadline(st, a, who, t->unit_id);
			if (!task_change_deadline(t, wanted, due_change_reason, approved, task_calendar(st, a),
			                          &ch, &detail))
				return invalid(err, due_change_reason && *due_change_reason
				                    ? "due_date" : "due_change_reason", detail);
			ch.changed_by = who->actor.login;
			ch.approved_by = approved ? who->actor.login : NULL;
			changed = true;
		}
	}
	s = id ? task_store.task_update(st, t) : task_store.task_insert(st, t);
	if (s == STORE_CONFLICT) {
		invalid(err, "ref", "Another task has this reference.");
		return ORG_CONFLICT;
	}
	if (s != STORE_OK)
		return org_from_store(s);
	bool same_units = t->nco_units == old.nco_units
	                  && (t->nco_units == 0
	                      || memcmp(t->co_unit_ids, old.co_unit_ids,
	                                t->nco_units * sizeof *t->co_unit_ids) == 0);
	if (!same_units && (s = task_store.units_set(st, t->id, t->co_unit_ids, t->nco_units))
	                   != STORE_OK)
		return org_from_store(s);
	if (changed) {
		if ((s = task_store.change_insert(st, &ch)) != STORE_OK)
			return org_from_store(s);
		if ((r = audit(st, who, "change_deadline", "task", t->id, NULL,
		               task_change_json(&ch))) != ORG_OK)
			return r;
	}
	return audit(st, who, id ? "update" : "create", "task", t->id,
	             id ? task_json(&old, 0, NULL) : NULL, task_json(t, 0, NULL));
}

enum org_result task_save_in(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, task_edit edit, void *ctx,
                             const char *due_change_reason, struct task *t,
                             struct task_error *err)
{
	return save_as(st, a, who, PERM_ASSIGN_TASKS, id, edit, ctx, due_change_reason, t, err);
}

struct task_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	task_edit edit;
	void *ctx;
	const char *reason;
	struct task *out;
	struct task_error *err;
};

static enum org_result task_job_run(struct store *st, void *p)
{
	struct task_job *j = p;
	return task_save_in(st, j->a, j->who, j->id, j->edit, j->ctx, j->reason, j->out, j->err);
}

enum org_result task_save(struct store *st, struct arena *a, const struct principal *who,
                          int64_t id, task_edit edit, void *ctx, const char *due_change_reason,
                          struct task *out, struct task_error *err)
{
	struct task_job j = { a, who, id, edit, ctx, due_change_reason, out, err };
	return org_in_transaction(st, task_job_run, &j);
}

enum org_result task_report_in(struct store *st, struct arena *a, const struct principal *who,
                               struct task_update *u, struct task *t, struct org_error *err)
{
	enum store_status s = task_store.task_get(st, u->task_id, a, t);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!task_may_report(st, a, who, t->unit_id))
		return ORG_FORBIDDEN;
	if (!nfc(&u->note, a) || !nfc(&u->attachment, a))
		return org_invalid(err, "note", "The text is not valid UTF-8.");
	json_t *before = task_json(t, 0, NULL);
	const char *field, *detail;
	if (!task_apply_update(t, u, task_today(), &field, &detail)) {
		json_decref(before);
		return org_invalid(err, field, detail);
	}
	u->reporter_id = who->actor.user_id;
	u->reporter = who->actor.login;
	u->reported_at = 0;
	if ((s = task_store.update_insert(st, u)) != STORE_OK
	    || (s = task_store.task_update(st, t)) != STORE_OK) {
		json_decref(before);
		return org_from_store(s);
	}
	json_t *after = task_json(t, 0, NULL);
	json_object_set_new(after, "report", task_update_json(u));
	return audit(st, who, "report_progress", "task", t->id, before, after);
}

struct report_job {
	struct arena *a;
	const struct principal *who;
	struct task_update *u;
	struct task *out;
	struct org_error *err;
};

static enum org_result report_job_run(struct store *st, void *p)
{
	struct report_job *j = p;
	return task_report_in(st, j->a, j->who, j->u, j->out, j->err);
}

enum org_result task_report(struct store *st, struct arena *a, const struct principal *who,
                            struct task_update *u, struct task *out, struct org_error *err)
{
	struct report_job j = { a, who, u, out, err };
	return org_in_transaction(st, report_job_run, &j);
}

enum org_result plan_save_in(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, plan_edit edit, void *ctx, struct plan *p,
                             struct task_error *err)
{
	memset(p, 0, sizeof *p);
	memset(err, 0, sizeof *err);
	enum store_status s;
	json_t *before = NULL;
	if (id != 0) {
		if ((s = task_store.plan_get(st, id, a, p)) != STORE_OK)
			return org_from_store(s);
		if (!task_may_assign(st, a, who, p->unit_id))
			return ORG_FORBIDDEN;
		before = plan_json(p);
	}
	enum org_result r = ORG_INVALID;
	if (!edit(ctx, p, a, &err->e))
		goto out;
	p->id = id;
	err->nmissing = plan_missing_fields(p, err->missing);
	if (err->nmissing) {
		err->e.field = err->missing[0];
		err->e.detail = "Required: the unit, the year, the leader responsible and the "
		                "completion date.";
		goto out;
	}
	if (!nfc(&p->title, a) || !nfc(&p->description, a)) {
		r = invalid(err, "title", "The text is not valid UTF-8.");
		goto out;
	}
	const char *field, *detail;
	if (!plan_check(p, &field, &detail)) {
		r = invalid(err, field, detail);
		goto out;
	}
	if ((r = check_unit(st, a, p->unit_id, "unit_id", err)) != ORG_OK
	    || (r = check_person(st, a, p->leader_id, "leader_id", err)) != ORG_OK)
		goto out;
	for (size_t i = 0; i < p->ntargets; i++) {
		struct target tg;
		s = target_store.target_get(st, p->target_ids[i], a, &tg);
		if (s != STORE_OK) {
			r = s == STORE_NOT_FOUND ? invalid(err, "target_ids", "No target has this id.")
			                         : org_from_store(s);
			goto out;
		}
		for (size_t k = 0; k < i; k++)
			if (p->target_ids[k] == p->target_ids[i]) {
				r = invalid(err, "target_ids", "A target is named twice.");
				goto out;
			}
	}
	if (!task_may_assign(st, a, who, p->unit_id)) {
		r = ORG_FORBIDDEN;
		goto out;
	}
	if (!sort_key(p->title, a, &p->sort_key, &p->sort_key_len)) {
		r = ORG_FAILED;
		goto out;
	}
	s = id ? task_store.plan_update(st, p) : task_store.plan_insert(st, p);
	if (s != STORE_OK) {
		r = org_from_store(s);
		goto out;
	}
	r = audit(st, who, id ? "update" : "create", "plan", p->id, before, plan_json(p));
	before = NULL;
out:
	json_decref(before);
	return r;
}

struct plan_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	plan_edit edit;
	void *ctx;
	struct plan *out;
	struct task_error *err;
};

static enum org_result plan_job_run(struct store *st, void *p)
{
	struct plan_job *j = p;
	return plan_save_in(st, j->a, j->who, j->id, j->edit, j->ctx, j->out, j->err);
}

enum org_result plan_save(struct store *st, struct arena *a, const struct principal *who,
                          int64_t id, plan_edit edit, void *ctx, struct plan *out,
                          struct task_error *err)
{
	struct plan_job j = { a, who, id, edit, ctx, out, err };
	return org_in_transaction(st, plan_job_run, &j);
}

/* ---- reads ---- */

int task_service_list(struct store *st, const struct task_filter *f, struct arena *a,
                      struct task **out, size_t *n, int64_t *total)
{
	enum store_status s = task_store.task_list(st, f, a, out, n);
	if (s == STORE_OK && total)
		s = task_store.task_count(st, f, total);
	return s;
}

int task_service_list_revisions(struct store *st, const struct task_filter *f,
                                struct task_list_revisions *out)
{
	/* The other filters only narrow the driving one's tasks; a subtree is many units'. */
	enum store_status s;
	if (f->unit_id && !f->subtree)
		s = task_store.unit_revision(st, f->unit_id, &out->rev);
	else if ((f->assignee_id || f->leader_id) && !f->subtree)
		s = task_store.person_revision(st, f->assignee_id ? f->assignee_id : f->leader_id,
		                               &out->rev);
	else
		s = task_store.all_revision(st, &out->rev);
	if (s == STORE_OK)
		s = calendar_service_revision(st, &out->calendar);
	if (s == STORE_OK)
		s = org_unit_revision(st, &out->units);
	return s;
}

bool task_list_cache_key(const char *kind, const struct task_filter *f,
                         const struct task_list_revisions *r, int lang, char *out, size_t n)
{
	int len = snprintf(out, n, "t%s:%lld:%d:%d:%lld:%lld:%lld:%d:%d:%d:%d:%d:%d:%lld:%lld",
	                   kind, (long long)f->unit_id, (int)f->subtree, (int)f->status,
	                   (long long)f->assignee_id, (long long)f->leader_id,
	                   (long long)f->plan_id, (int)f->due_before, (int)f->due_after, f->limit,
	                   f->offset, (int)f->today, lang, (long long)r->calendar,
	                   (long long)r->units);
	return len > 0 && (size_t)len < n;
}

int task_service_get(struct store *st, int64_t id, struct arena *a, struct task *out)
{
	return task_store.task_get(st, id, a, out);
}

int task_service_updates(struct store *st, int64_t task_id, struct arena *a,
                         struct task_update **out, size_t *n)
{
	return task_store.update_list(st, task_id, a, out, n);
}

int task_service_changes(struct store *st, int64_t task_id, struct arena *a,
                         struct task_deadline_change **out, size_t *n)
{
	return task_store.change_list(st, task_id, a, out, n);
}

int plan_service_get(struct store *st, int64_t id, struct arena *a, struct plan *out)
{
	return task_store.plan_get(st, id, a, out);
}

int plan_service_list(struct store *st, const struct plan_filter *f, struct arena *a,
                      struct plan **out, size_t *n)
{
	return task_store.plan_list(st, f, a, out, n);
}

bool task_audit_task_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id)
{
	struct task t;
	return task_store.task_get(st, id, a, &t) == STORE_OK
	    && org_allows(st, a, who, PERM_READ_AUDIT, t.unit_id);
}

bool task_audit_plan_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id)
{
	struct plan p;
	return task_store.plan_get(st, id, a, &p) == STORE_OK
	    && org_allows(st, a, who, PERM_READ_AUDIT, p.unit_id);
}

/* ---- supervision ---- */

struct supervision_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	supervision_edit edit;
	void *ctx;
	struct supervision *out;
	struct org_error *err;
};

static bool long_text(const char *s, size_t max)
{
	return s && strlen(s) > max;
}

static enum org_result supervision_save_body(struct store *st, void *p)
{
	struct supervision_job *j = p;
	struct supervision *sv = j->out;
	struct arena *a = j->a;
	memset(sv, 0, sizeof *sv);
	enum store_status s;
	json_t *before = NULL;
	if (j->id) {
		if ((s = task_store.supervision_get(st, j->id, a, sv)) != STORE_OK)
			return org_from_store(s);
		if (!allows(st, a, j->who, PERM_SUPERVISE, sv->unit_id))
			return ORG_FORBIDDEN;
		before = supervision_json(sv);
	}
	enum org_result r = ORG_INVALID;
	if (!j->edit(j->ctx, sv, a, j->err))
		goto out;
	sv->id = j->id;
	if (!nfc(&sv->title, a) || !nfc(&sv->members, a) || !nfc(&sv->conclusions, a)) {
		r = org_invalid(j->err, "title", "The text is not valid UTF-8.");
		goto out;
	}
	if (sv->title == NULL || *sv->title == '\0' || long_text(sv->title, TASK_TITLE_MAX)) {
		r = org_invalid(j->err, "title", "The title is required, at most 500 bytes.");
		goto out;
	}
	if (sv->unit_id <= 0) {
		r = org_invalid(j->err, "unit_id", "The unit supervised is required.");
		goto out;
	}
	if (sv->from_day == 0 || sv->to_day == 0 || sv->to_day < sv->from_day) {
		r = org_invalid(j->err, sv->from_day ? "to_date" : "from_date",
		                "The period needs its first and last day, in order.");
		goto out;
	}
	if (long_text(sv->members, TASK_TEXT_MAX) || long_text(sv->conclusions, TASK_TEXT_MAX)) {
		r = org_invalid(j->err, "conclusions", "The text is longer than 10,000 bytes.");
		goto out;
	}
	struct org_unit u;
	if ((s = org_store.unit_get(st, sv->unit_id, a, &u)) != STORE_OK) {
		r = s == STORE_NOT_FOUND ? org_invalid(j->err, "unit_id", "No unit has this id.")
		                         : org_from_store(s);
		goto out;
	}
	if (!allows(st, a, j->who, PERM_SUPERVISE, sv->unit_id)) {
		r = ORG_FORBIDDEN;
		goto out;
	}
	s = j->id ? task_store.supervision_update(st, sv) : task_store.supervision_insert(st, sv);
	if (s != STORE_OK) {
		r = org_from_store(s);
		goto out;
	}
	r = audit(st, j->who, j->id ? "update" : "create", "supervision", sv->id, before,
	          supervision_json(sv));
	before = NULL;
out:
	json_decref(before);
	return r;
}

enum org_result supervision_save_in(struct store *st, struct arena *a, const struct principal *who,
                                    int64_t id, supervision_edit edit, void *ctx,
                                    struct supervision *out, struct org_error *err)
{
	struct supervision_job j = { a, who, id, edit, ctx, out, err };
	return supervision_save_body(st, &j);
}

enum org_result supervision_save(struct store *st, struct arena *a, const struct principal *who,
                                 int64_t id, supervision_edit edit, void *ctx,
                                 struct supervision *out, struct org_error *err)
{
	struct supervision_job j = { a, who, id, edit, ctx, out, err };
	return org_in_transaction(st, supervision_save_body, &j);
}

static bool copy_task(void *ctx, struct task *t, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	*t = *(const struct task *)ctx;
	return true;
}

enum org_result supervision_add_finding_in(struct store *st, struct arena *a,
                                           const struct principal *who,
                                           struct supervision_finding *f, struct task *tasks,
                                           size_t n, struct task_error *err, size_t *err_index)
{
	memset(err, 0, sizeof *err);
	*err_index = 0;
	struct supervision sv;
	enum store_status s = task_store.supervision_get(st, f->supervision_id, a, &sv);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!allows(st, a, who, PERM_SUPERVISE, sv.unit_id))
		return ORG_FORBIDDEN;
	if (!nfc(&f->text, a))
		return invalid(err, "text", "The text is not valid UTF-8.");
	if (f->text == NULL || *f->text == '\0' || long_text(f->text, TASK_TEXT_MAX))
		return invalid(err, "text", "The finding is required, at most 10,000 bytes.");
	f->recorded_by = who->actor.login;
	f->recorded_at = 0;
	if ((s = task_store.finding_insert(st, f)) != STORE_OK)
		return org_from_store(s);
	enum org_result r = audit(st, who, "create", "supervision_finding", f->id, NULL,
	                          supervision_finding_json(f));
	for (size_t i = 0; r == ORG_OK && i < n; i++) {
		struct task in = tasks[i];
		in.source = TASK_SRC_SUPERVISION;
		in.finding_id = f->id;
		*err_index = i;
		/* The Standing Committee assigns the follow-up of what it found. */
		r = save_as(st, a, who, PERM_SUPERVISE, 0, copy_task, &in, NULL, &tasks[i], err);
	}
	return r;
}

struct finding_job {
	struct arena *a;
	const struct principal *who;
	struct supervision_finding *f;
	struct task *tasks;
	size_t n;
	struct task_error *err;
	size_t *err_index;
};

static enum org_result finding_body(struct store *st, void *p)
{
	struct finding_job *j = p;
	return supervision_add_finding_in(st, j->a, j->who, j->f, j->tasks, j->n, j->err,
	                                  j->err_index);
}

enum org_result supervision_add_finding(struct store *st, struct arena *a,
                                        const struct principal *who,
                                        struct supervision_finding *f, struct task *tasks,
                                        size_t n, struct task_error *err, size_t *err_index)
{
	struct finding_job j = { a, who, f, tasks, n, err, err_index };
	return org_in_transaction(st, finding_body, &j);
}

struct follow_up_job {
	struct arena *a;
	const struct principal *who;
	int64_t supervision_id, finding_id;
	struct task *t;
	struct task_error *err;
};

static enum org_result follow_up_body(struct store *st, void *p)
{
	struct follow_up_job *j = p;
	memset(j->err, 0, sizeof *j->err);
	struct supervision sv;
	enum store_status s = task_store.supervision_get(st, j->supervision_id, j->a, &sv);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!allows(st, j->a, j->who, PERM_SUPERVISE, sv.unit_id))
		return ORG_FORBIDDEN;
	struct supervision_finding *fs;
	size_t n;
	if ((s = task_store.findings(st, sv.id, j->a, &fs, &n)) != STORE_OK)
		return org_from_store(s);
	bool found = false;
	for (size_t i = 0; i < n && !found; i++)
		found = fs[i].id == j->finding_id;
	if (!found)
		return invalid(j->err, "finding_id", "No finding of this programme has this id.");
	struct task in = *j->t;
	in.source = TASK_SRC_SUPERVISION;
	in.finding_id = j->finding_id;
	return save_as(st, j->a, j->who, PERM_SUPERVISE, 0, copy_task, &in, NULL, j->t, j->err);
}

enum org_result supervision_follow_up(struct store *st, struct arena *a,
                                      const struct principal *who, int64_t supervision_id,
                                      int64_t finding_id, struct task *t, struct task_error *err)
{
	struct follow_up_job j = { a, who, supervision_id, finding_id, t, err };
	return org_in_transaction(st, follow_up_body, &j);
}

bool supervision_may_edit(struct store *st, struct arena *a, const struct principal *who,
                          int64_t unit)
{
	return allows(st, a, who, PERM_SUPERVISE, unit);
}

int supervision_service_get(struct store *st, int64_t id, struct arena *a,
                            struct supervision *out)
{
	return task_store.supervision_get(st, id, a, out);
}

int supervision_service_list(struct store *st, int64_t unit, struct arena *a,
                             struct supervision **out, size_t *n)
{
	return task_store.supervision_list(st, unit, a, out, n);
}

int supervision_service_findings(struct store *st, int64_t id, struct arena *a,
                                 struct supervision_finding **out, size_t *n)
{
	return task_store.findings(st, id, a, out, n);
}

int supervision_service_finding_tasks(struct store *st, int64_t finding_id, struct arena *a,
                                      struct task **out, size_t *n)
{
	return task_store.tasks_of_finding(st, finding_id, a, out, n);
}

bool task_audit_supervision_may_read(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id)
{
	struct supervision sv;
	return task_store.supervision_get(st, id, a, &sv) == STORE_OK
	    && org_allows(st, a, who, PERM_READ_AUDIT, sv.unit_id);
}
