/* target_service.c: see target_service.h. */
#include "target/target_service.h"

#include "target/target_store.h"
#include "org/org_store.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "org/org.h"
#include "org/org_group_commit.h"
#include "store/store.h"
#include "target/target_board.h"
#include "text/vntext.h"
#include "util/arena.h"

static json_t *number_or_null(bool has, double v)
{
	return has ? json_real(v) : json_null();
}

json_t *target_json(const struct target *t)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(t->id));
	json_object_set_new(o, "code", json_string(t->code));
	json_object_set_new(o, "year", json_integer(t->year));
	json_object_set_new(o, "name", json_string(t->name));
	json_object_set_new(o, "description", json_string(t->description ? t->description : ""));
	json_object_set_new(o, "kind", json_string(target_kind_name(t->kind)));
	json_object_set_new(o, "unit_of_measure",
	                    json_string(t->unit_of_measure ? t->unit_of_measure : ""));
	json_object_set_new(o, "direction", json_string(t->direction == DIR_LOWER ? "lower"
	                                                                        : "higher"));
	json_object_set_new(o, "target_low", json_real(t->target_low));
	json_object_set_new(o, "target_high", number_or_null(t->has_high, t->target_high));
	json_object_set_new(o, "baseline", number_or_null(t->has_baseline, t->baseline));
	json_object_set_new(o, "owner_unit_id", json_integer(t->owner_unit_id));
	json_object_set_new(o, "leader_person_id",
	                    t->leader_person_id ? json_integer(t->leader_person_id) : json_null());
	json_object_set_new(o, "parent_id", t->parent_id ? json_integer(t->parent_id) : json_null());
	json_object_set_new(o, "rollup", json_string(target_rollup_name(t->rollup)));
	json_object_set_new(o, "weight", json_real(t->weight));
	json_object_set_new(o, "period", json_string(period_kind_name(t->period)));
	json_object_set_new(o, "due_days", json_integer(t->due_days));
	return o;
}

json_t *measurement_json(const struct measurement *m)
{
	return json_pack("{s:I, s:I, s:I, s:i, s:f, s:o, s:o, s:s, s:I, s:o}",
	                 "id", (json_int_t)m->id, "target_id", (json_int_t)m->target_id,
	                 "unit_id", (json_int_t)m->unit_id, "period_no", m->period_no,
	                 "value", m->value,
	                 "note", m->note ? json_string(m->note) : json_null(),
	                 "evidence", m->evidence ? json_string(m->evidence) : json_null(),
	                 "reporter", m->reporter ? m->reporter : "",
	                 "reported_at", (json_int_t)m->reported_at,
	                 "corrects", m->supersedes_id ? json_integer(m->supersedes_id)
	                                              : json_null());
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

enum org_result target_save_in(struct store *st, struct arena *a, const struct principal *who,
                               int64_t id, target_edit edit, void *ctx, struct target *t,
                               struct org_error *err)
{
	memset(t, 0, sizeof *t);
	json_t *before = NULL;
	enum store_status s;
	if (id != 0) {
		if ((s = target_store.target_get(st, id, a, t)) != STORE_OK)
			return org_from_store(s);
		if (!org_allows(st, a, who, PERM_SET_TARGETS, t->owner_unit_id))
			return ORG_FORBIDDEN;
		before = target_json(t);
	} else {
		t->weight = 1;
		t->due_days = 5;
		t->period = PERIOD_MONTH;
	}
	enum org_result r = ORG_INVALID;
	const char *field = NULL, *detail = NULL;
	if (!edit(ctx, t, a, err))
		goto out;
	t->id = id;
	if (!nfc(&t->name, a) || !nfc(&t->description, a) || !nfc(&t->unit_of_measure, a)) {
		r = org_invalid(err, "name", "The text is not valid UTF-8.");
		goto out;
	}
	if (!target_check(t, &field, &detail)) {
		r = org_invalid(err, field, detail);
		goto out;
	}
	struct org_unit owner;
	if ((s = org_store.unit_get(st, t->owner_unit_id, a, &owner)) != STORE_OK) {
		r = s == STORE_NOT_FOUND ? org_invalid(err, "owner_unit_id", "No unit has this id.")
		                         : org_from_store(s);
		goto out;
	}
	if (t->leader_person_id) {
		struct org_person p;
		if ((s = org_store.person_get(st, t->leader_person_id, a, &p)) != STORE_OK) {
			r = s == STORE_NOT_FOUND
			    ? org_invalid(err, "leader_person_id", "No person has this id.")
			    : org_from_store(s);
			goto out;
		}
	}
	if (t->parent_id) {
		struct target parent;
		if (t->parent_id == id) {
			r = org_invalid(err, "parent_id", "A target cannot break itself down.");
			goto out;
		}
		if ((s = target_store.target_get(st, t->parent_id, a, &parent)) != STORE_OK) {
			r = s == STORE_NOT_FOUND ? org_invalid(err, "parent_id", "No target has this id.")
			                         : org_from_store(s);
			goto out;
		}
		if (parent.year != t->year || parent.period != t->period || parent.parent_id) {
			r = org_invalid(err, "parent_id", "A breakdown must have its parent's year and "
			            "reporting period, one level deep.");
			goto out;
		}
		/* Breaking a target down is its owner's decision. */
		if (!org_allows(st, a, who, PERM_SET_TARGETS, parent.owner_unit_id)) {
			r = ORG_FORBIDDEN;
			goto out;
		}
	}
	if (!org_allows(st, a, who, PERM_SET_TARGETS, t->owner_unit_id)) {
		r = ORG_FORBIDDEN;
		goto out;
	}
	s = id ? target_store.target_update(st, t) : target_store.target_insert(st, t);
	if (s == STORE_CONFLICT) {
		org_invalid(err, "code", "This year already has a target with this code.");
		r = ORG_CONFLICT;
		goto out;
	}
	if (s != STORE_OK) {
		r = org_from_store(s);
		goto out;
	}
	json_t *after = target_json(t);
	r = org_from_store(audit_record(st, &who->actor, before ? "update" : "create", "target", t->id,
	                            before, after));
	json_decref(after);
out:
	json_decref(before);
	return r;
}

struct save_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	target_edit edit;
	void *ctx;
	struct target *out;
	struct org_error *err;
};

static enum org_result save_body(struct store *st, void *p)
{
	struct save_job *j = p;
	return target_save_in(st, j->a, j->who, j->id, j->edit, j->ctx, j->out, j->err);
}

enum org_result target_save(struct store *st, struct arena *a, const struct principal *who,
                            int64_t id, target_edit edit, void *ctx, struct target *out,
                            struct org_error *err)
{
	struct save_job j = { a, who, id, edit, ctx, out, err };
	return org_in_transaction(st, save_body, &j);
}

/* Both questions are asked of the owner unit: a target's figures are all its own unit's. */
static bool allows_on_owner(struct store *st, struct arena *a, const struct principal *who,
                            const struct permission *perm, const struct target *t)
{
	/* Anonymous readers hold nothing: spare the path lookup. */
	return who->authenticated && org_allows(st, a, who, perm, t->owner_unit_id);
}

bool target_figures_visible(struct store *st, struct arena *a, const struct principal *who,
                            const struct target *t)
{
	return allows_on_owner(st, a, who, PERM_READ_INTERNAL, t);
}

bool target_may_report(struct store *st, struct arena *a, const struct principal *who,
                       const struct target *t)
{
	return allows_on_owner(st, a, who, PERM_REPORT, t);
}

enum org_result target_report_in(struct store *st, struct arena *a,
                                 const struct principal *who, struct measurement *m,
                                 bool *corrected, struct org_error *err)
{
	*corrected = false;
	struct target t;
	enum store_status s = target_store.target_get(st, m->target_id, a, &t);
	if (s == STORE_NOT_FOUND)
		return org_invalid(err, "target_id", "No target has this id.");
	if (s != STORE_OK)
		return org_from_store(s);
	if (m->unit_id != t.owner_unit_id)
		return org_invalid(err, "unit_id", "This target's figures are reported by its own unit; "
		               "report a ward's figure against the ward's breakdown target.");
	const char *field, *detail;
	if (!target_value_check(&t, m->period_no, m->value, &field, &detail))
		return org_invalid(err, field, detail);
	if (m->note && strlen(m->note) > 2000)
		return org_invalid(err, "note", "The note is longer than 2,000 bytes.");
	if (m->evidence && strlen(m->evidence) > 500)
		return org_invalid(err, "evidence", "The evidence reference is longer than 500 bytes.");
	if (!nfc(&m->note, a) || !nfc(&m->evidence, a))
		return org_invalid(err, "note", "The text is not valid UTF-8.");
	if (!target_may_report(st, a, who, &t))   /* m->unit_id is t's owner, checked above */
		return ORG_FORBIDDEN;
	/* An existing figure for the period: this report corrects it. */
	struct measurement cur;
	json_t *before = NULL;
	m->supersedes_id = 0;
	s = target_store.measurement_current_one(st, m->target_id, m->unit_id, m->period_no, a, &cur);
	if (s == STORE_OK) {
		m->supersedes_id = cur.id;
		before = measurement_json(&cur);
	} else if (s != STORE_NOT_FOUND) {
		return org_from_store(s);
	}
	m->reporter_id = who->actor.user_id;
	m->reporter = who->actor.login;
	m->reported_at = 0;
	s = target_store.measurement_insert(st, m);
	if (s != STORE_OK) {
		json_decref(before);
		return org_from_store(s);
	}
	*corrected = m->supersedes_id != 0;
	json_t *after = measurement_json(m);
	enum org_result r = org_from_store(audit_record(st, &who->actor, *corrected ? "correct" : "report",
	                                            "measurement", m->id, before, after));
	json_decref(before);
	json_decref(after);
	return r;
}

struct report_job {
	struct arena *a;
	const struct principal *who;
	struct measurement *m;
	bool *corrected;
	struct org_error *err;
	struct org_ticket ticket;
	struct target_report_ticket *owner;   /* target_report_queued's, or NULL */
};

static enum org_result report_run(struct store *st, void *job, void *batch)
{
	(void)batch;
	struct report_job *j = job;
	/* Run again after a busy savepoint: what the last attempt said is void. */
	*j->err = (struct org_error){ 0 };
	return target_report_in(st, j->a, j->who, j->m, j->corrected, j->err);
}

static const struct org_group_kind report_kind = { .name = "target figures", .run = report_run };
static struct org_group report_group = ORG_GROUP_INIT(&report_kind);

enum org_result target_report(struct store *st, struct arena *a, const struct principal *who,
                              struct measurement *m, bool *corrected, struct org_error *err)
{
	struct report_job j = { .a = a, .who = who, .m = m, .corrected = corrected, .err = err };
	return org_group_run(&report_group, st, &j);
}

static void report_answered(void *ctx)
{
	struct report_job *j = ctx;
	j->owner->result = j->ticket.result;
	j->owner->done(j->owner->ctx);
}

void target_report_queued(struct store *st, struct arena *a, const struct principal *who,
                          struct measurement *m, struct target_report_ticket *t)
{
	struct report_job *j = arena_alloc(a, sizeof *j);
	*j = (struct report_job){ .a = a, .who = who, .m = m, .corrected = &t->corrected,
	                          .err = &t->err, .owner = t };
	j->ticket.done = report_answered;
	j->ticket.ctx = j;
	org_group_queue(&report_group, st, j, &j->ticket);
}

int target_board_load(struct store *st, struct arena *a, int year, int64_t as_of_day,
                      struct board *out)
{
	struct target_filter tf = { .year = year, .parent_id = -1 };
	struct target *targets;
	size_t nt;
	enum store_status s = target_store.target_list(st, &tf, a, &targets, &nt);
	if (s != STORE_OK)
		return s;
	struct measurement_filter mf = { .year = year, .values_only = true };
	struct measurement *ms;
	size_t nm;
	if ((s = target_store.measurement_current(st, &mf, a, &ms, &nm)) != STORE_OK)
		return s;
	target_board_build(targets, nt, ms, nm, year, as_of_day, a, out);
	return STORE_OK;
}

static int this_year(void)
{
	time_t now = (time_t)(target_today() * 86400);
	struct tm tm;
	gmtime_r(&now, &tm);
	return tm.tm_year + 1900;
}

int target_default_year(struct store *st, struct arena *a, int *year)
{
	int now = this_year();
	*year = now;
	struct target_year *ys;
	size_t n;
	enum store_status s = target_store.target_years(st, a, &ys, &n);
	if (s != STORE_OK)
		return s;
	int with_targets = 0;
	for (size_t i = 0; i < n; i++) {
		if (ys[i].year > now)
			continue;
		if (ys[i].has_figures) {
			*year = ys[i].year;
			return STORE_OK;
		}
		if (with_targets == 0)
			with_targets = ys[i].year;
	}
	if (with_targets)
		*year = with_targets;
	return STORE_OK;
}

int target_year_list(struct store *st, struct arena *a, int **years, size_t *n)
{
	struct target_year *ys;
	size_t ny;
	*n = 0;
	enum store_status s = target_store.target_years(st, a, &ys, &ny);
	if (s != STORE_OK)
		return s;
	int now = this_year();
	*years = arena_alloc(a, (ny ? ny : 1) * sizeof **years);
	for (size_t i = 0; i < ny; i++)
		if (ys[i].year <= now + 1)
			(*years)[(*n)++] = ys[i].year;
	return STORE_OK;
}

int64_t target_today(void)
{
	return ((int64_t)time(NULL) + 7 * 3600) / 86400;
}

bool target_parse_day(const char *s, int64_t *day)
{
	if (!org_date_valid(s))
		return false;
	*day = target_day(atoi(s), atoi(s + 5), atoi(s + 8));
	return true;
}

int target_family_load(struct store *st, struct arena *a, int64_t id, int64_t as_of_day,
                       struct board *out, const struct board_entry **entry)
{
	struct target t;
	enum store_status s = target_store.target_get(st, id, a, &t);
	if (s != STORE_OK)
		return s;
	int64_t top = t.parent_id ? t.parent_id : t.id;
	struct target parent;
	if ((s = target_store.target_get(st, top, a, &parent)) != STORE_OK)
		return s;
	struct target_filter tf = { .parent_id = top };
	struct target *children;
	size_t nc;
	if ((s = target_store.target_list(st, &tf, a, &children, &nc)) != STORE_OK)
		return s;
	/* The family in the board's input shape: the parent, then its breakdown. */
	struct target *all = arena_alloc(a, (nc + 1) * sizeof *all);
	all[0] = parent;
	memcpy(all + 1, children, nc * sizeof *all);
	struct measurement_filter mf = { .family_id = top, .values_only = true };
	struct measurement *ms;
	size_t nm;
	if ((s = target_store.measurement_current(st, &mf, a, &ms, &nm)) != STORE_OK)
		return s;
	target_board_build(all, nc + 1, ms, nm, parent.year, as_of_day, a, out);
	*entry = &out->rows[0];
	if (t.parent_id)
		for (size_t c = 0; c < out->rows[0].nchildren; c++)
			if (out->rows[0].children[c].t->id == id)
				*entry = &out->rows[0].children[c];
	return STORE_OK;
}

bool target_audit_target_may_read(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t id)
{
	struct target t;
	return target_store.target_get(st, id, a, &t) == STORE_OK && t.owner_unit_id != 0
	    && org_allows(st, a, who, PERM_READ_AUDIT, t.owner_unit_id);
}

const char *target_audit_target_name(struct store *st, struct arena *a, int64_t id)
{
	struct target t;
	if (target_store.target_get(st, id, a, &t) != STORE_OK)
		return NULL;
	return arena_printf(a, "%s — %s", t.code, t.name);
}

const char *target_audit_measurement_name(struct store *st, struct arena *a, int64_t id)
{
	struct measurement m;
	struct target t;
	if (target_store.measurement_get(st, id, a, &m) != STORE_OK
	    || target_store.target_get(st, m.target_id, a, &t) != STORE_OK)
		return NULL;
	return t.code;
}

bool target_audit_measurement_may_read(struct store *st, struct arena *a,
                                       const struct principal *who, int64_t id)
{
	struct measurement m;
	return target_store.measurement_get(st, id, a, &m) == STORE_OK && m.unit_id != 0
	    && org_allows(st, a, who, PERM_READ_AUDIT, m.unit_id);
}

/* ---- reads (see the header) ---- */

int target_get(struct store *st, int64_t id, struct arena *a, struct target *out)
{
	return target_store.target_get(st, id, a, out);
}

int target_list(struct store *st, const struct target_filter *f, struct arena *a,
                struct target **out, size_t *n)
{
	return target_store.target_list(st, f, a, out, n);
}

int target_year_revision(struct store *st, int year, int64_t *rev)
{
	return target_store.year_revision(st, year, rev);
}

int target_family_revision(struct store *st, int64_t family_id, int64_t *rev)
{
	return target_store.family_revision(st, family_id, rev);
}

int target_family_revisions(struct store *st, int year, struct arena *a,
                            struct target_family_rev **out, size_t *n)
{
	return target_store.family_revisions(st, year, a, out, n);
}

int target_revision(struct store *st, int64_t *rev)
{
	return target_store.target_revision(st, rev);
}

int target_measurement_current(struct store *st, const struct measurement_filter *f,
                               struct arena *a, struct measurement **out, size_t *n)
{
	return target_store.measurement_current(st, f, a, out, n);
}

int target_measurement_history(struct store *st, int64_t target_id, int64_t unit_id,
                               struct arena *a, struct measurement **out, size_t *n)
{
	return target_store.measurement_history(st, target_id, unit_id, a, out, n);
}
