/* target_import_service.c: see target_import_service.h. */
#include "target/target_import_service.h"

#include "target/target_store.h"
#include "org/org_store.h"

#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "store/store.h"
#include "target/target_service.h"
#include "text/vntext.h"
#include "util/arena.h"

enum { MAX_DEPTH = 64 };   /* as org_unit_path() */

/* What the rows are checked against, each list sorted once for bsearch. */
struct snapshot {
	int64_t unit_rev, target_rev;
	struct target *targets;          /* by code */
	size_t nt;
	struct org_unit *units;          /* by code */
	size_t nu;
	const struct org_unit **unit_ids; /* by id */
	signed char *may;                /* per unit_ids entry: -1 not asked yet, 0, 1 */
	struct measurement *cur;         /* current figures: by target, unit, period */
	size_t ncur;
};

struct import_plan {
	int year;
	const struct import_row *rows;
	size_t n;
	struct snapshot snap;
	int64_t *target_id, *unit_id;    /* per row */
};

static int target_code_cmp(const void *pa, const void *pb)
{
	const struct target *x = pa, *y = pb;
	return strcmp(x->code, y->code);
}

static int unit_code_cmp(const void *pa, const void *pb)
{
	const struct org_unit *x = pa, *y = pb;
	return strcmp(x->code, y->code);
}

static int unit_id_cmp(const void *pa, const void *pb)
{
	const struct org_unit *x = *(const struct org_unit *const *)pa;
	const struct org_unit *y = *(const struct org_unit *const *)pb;
	return (x->id > y->id) - (x->id < y->id);
}

static int measurement_key_cmp(const void *pa, const void *pb)
{
	const struct measurement *x = pa, *y = pb;
	if (x->target_id != y->target_id)
		return (x->target_id > y->target_id) - (x->target_id < y->target_id);
	if (x->unit_id != y->unit_id)
		return (x->unit_id > y->unit_id) - (x->unit_id < y->unit_id);
	return (x->period_no > y->period_no) - (x->period_no < y->period_no);
}

static enum org_result from_store(enum store_status s)
{
	return s == STORE_OK ? ORG_OK : s == STORE_SOFT_ERROR ? ORG_BUSY : ORG_FAILED;
}

/* The revision counters: read first, so a change made while the lists load shows later. */
static enum store_status load_revisions(struct store *st, struct snapshot *s)
{
	enum store_status rc = org_store.unit_revision(st, &s->unit_rev);
	return rc == STORE_OK ? target_store.target_revision(st, &s->target_rev) : rc;
}

static enum store_status load_targets(struct store *st, struct arena *a, int year,
                                      struct snapshot *s)
{
	struct target_filter tf = { .year = year, .parent_id = -1 };
	enum store_status rc = target_store.target_list(st, &tf, a, &s->targets, &s->nt);
	/* The engines order by their own collation; bsearch needs strcmp's. */
	if (rc == STORE_OK)
		qsort(s->targets, s->nt, sizeof *s->targets, target_code_cmp);
	return rc;
}

/* Every unit, by code and by id; no permission known yet. */
static enum store_status load_units(struct store *st, struct arena *a, struct snapshot *s)
{
	struct unit_filter uf = { 0 };
	enum store_status rc = org_store.unit_list(st, &uf, a, &s->units, &s->nu);
	if (rc != STORE_OK)
		return rc;
	qsort(s->units, s->nu, sizeof *s->units, unit_code_cmp);
	s->unit_ids = arena_alloc(a, (s->nu ? s->nu : 1) * sizeof *s->unit_ids);
	s->may = arena_alloc(a, s->nu ? s->nu : 1);
	for (size_t i = 0; i < s->nu; i++) {
		s->unit_ids[i] = &s->units[i];
		s->may[i] = -1;
	}
	qsort(s->unit_ids, s->nu, sizeof *s->unit_ids, unit_id_cmp);
	return STORE_OK;
}

static enum store_status load_figures(struct store *st, struct arena *a, int year,
                                      struct snapshot *s)
{
	struct measurement_filter mf = { .year = year };
	enum store_status rc = target_store.measurement_current(st, &mf, a, &s->cur, &s->ncur);
	if (rc == STORE_OK)
		qsort(s->cur, s->ncur, sizeof *s->cur, measurement_key_cmp);
	return rc;
}

static size_t unit_index(const struct snapshot *s, int64_t id)
{
	size_t lo = 0, hi = s->nu;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->unit_ids[mid]->id == id)
			return mid;
		if (s->unit_ids[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (size_t)-1;
}

/* May WHO report for unit ID?  The path is walked in the snapshot, once per unit. */
static bool may_report(struct snapshot *s, const struct principal *who, int64_t id)
{
	if (who->system)
		return true;
	size_t k = unit_index(s, id);
	if (k == (size_t)-1)
		return false;
	if (s->may[k] < 0) {
		int64_t path[MAX_DEPTH];
		size_t n = 0;
		for (int64_t at = id; at != 0 && n < MAX_DEPTH; ) {
			size_t j = unit_index(s, at);
			if (j == (size_t)-1)
				break;
			path[n++] = at;
			at = s->unit_ids[j]->parent_id;
		}
		s->may[k] = policy_allows(who, PERM_REPORT, path, n) ? 1 : 0;
	}
	return s->may[k] == 1;
}

/* Maps target_value_check's field names to the sheet's columns. */
static const char *column_of_field(const char *field)
{
	if (field == NULL)
		return NULL;
	if (strcmp(field, "target_id") == 0)
		return "target_code";
	if (strcmp(field, "unit_id") == 0)
		return "unit_code";
	return field;
}

/* Checks every row of P against its snapshot; fills the ids of the rows that fit. */
static void check_rows(struct import_plan *p, struct arena *a, const struct principal *who,
                       struct io_issues *issues)
{
	struct snapshot *s = &p->snap;
	for (size_t i = 0; i < p->n; i++) {
		const struct import_row *r = &p->rows[i];
		struct target tkey = { .code = r->target_code };
		const struct target *t = bsearch(&tkey, s->targets, s->nt, sizeof *s->targets,
		                                 target_code_cmp);
		if (t == NULL)
			io_issue_add(issues, a, r->row_no, "target_code",
			             arena_printf(a, "No target has the code %s in %d.", r->target_code,
			                          p->year));
		struct org_unit ukey = { .code = r->unit_code };
		const struct org_unit *u = bsearch(&ukey, s->units, s->nu, sizeof *s->units,
		                                   unit_code_cmp);
		if (u == NULL) {
			io_issue_add(issues, a, r->row_no, "unit_code",
			             arena_printf(a, "No unit has the code %s.", r->unit_code));
			continue;
		}
		if (t == NULL)
			continue;
		if (u->id != t->owner_unit_id) {
			io_issue_add(issues, a, r->row_no, "unit_code",
			             arena_printf(a, "Target %s is reported by its owner unit, not by %s; "
			                          "a ward's figure goes on the ward's breakdown target.",
			                          t->code, r->unit_code));
			continue;
		}
		const char *field, *detail;
		if (!target_value_check(t, r->period_no, r->value, &field, &detail)) {
			io_issue_add(issues, a, r->row_no, column_of_field(field), detail);
			continue;
		}
		if (!may_report(s, who, u->id)) {
			io_issue_add(issues, a, r->row_no, "unit_code",
			             arena_printf(a, "You may not report figures for unit %s.",
			                          r->unit_code));
			continue;
		}
		p->target_id[i] = t->id;
		p->unit_id[i] = u->id;
	}
}

enum org_result target_import_check(struct store *st, struct arena *a,
                                    const struct principal *who, int year,
                                    const struct import_row *rows, size_t n,
                                    struct io_issues *issues, struct import_plan **plan)
{
	struct import_plan *p = arena_alloc(a, sizeof *p);
	p->year = year;
	p->rows = rows;
	p->n = n;
	p->target_id = arena_alloc(a, (n ? n : 1) * sizeof *p->target_id);
	p->unit_id = arena_alloc(a, (n ? n : 1) * sizeof *p->unit_id);
	enum store_status rc = load_revisions(st, &p->snap);
	if (rc == STORE_OK)
		rc = load_targets(st, a, year, &p->snap);
	if (rc == STORE_OK)
		rc = load_units(st, a, &p->snap);
	if (rc != STORE_OK)
		return from_store(rc);
	size_t before = issues->n;
	check_rows(p, a, who, issues);
	if (issues->n > before)
		return ORG_INVALID;
	if ((rc = load_figures(st, a, year, &p->snap)) != STORE_OK)
		return from_store(rc);
	*plan = p;
	return ORG_OK;
}

struct write_job {
	struct arena *a;
	const struct principal *who;
	struct import_plan *p;
	int imported, corrected;
	const char *detail;
	bool reload_figures;     /* a figure changed under the snapshot: read them again */
};

/*
 * Inside the transaction: what a moved counter covers is read again (the
 * targets, or the units), and every row checked again; a row that no
 * longer fits makes the whole import a conflict.  The figures are read
 * again only when writing found one changed (reload_figures): reading a
 * year's figures takes longer than anything else here, and the write
 * itself notices a stale one.
 */
static enum org_result recheck(struct store *st, struct write_job *j)
{
	struct import_plan *p = j->p;
	struct snapshot *s = &p->snap;
	struct snapshot now = { 0 };
	enum store_status rc = load_revisions(st, &now);
	if (rc != STORE_OK)
		return from_store(rc);
	bool targets = now.target_rev != s->target_rev, units = now.unit_rev != s->unit_rev;
	if (!targets && !units && !j->reload_figures)
		return ORG_OK;
	if ((targets && (rc = load_targets(st, j->a, p->year, s)) != STORE_OK)
	    || (units && (rc = load_units(st, j->a, s)) != STORE_OK)
	    || (j->reload_figures && (rc = load_figures(st, j->a, p->year, s)) != STORE_OK))
		return from_store(rc);
	/* Only now: a reload that failed (and is retried) must not pass for done. */
	s->unit_rev = now.unit_rev;
	s->target_rev = now.target_rev;
	struct io_issues issues = { 0 };
	check_rows(p, j->a, j->who, &issues);
	if (issues.n == 0)
		return ORG_OK;
	j->detail = arena_printf(j->a, "The targets or units changed while the file was being "
	                         "checked: row %d: %s Nothing was imported; check the file and "
	                         "send it again.", issues.v[0].row, issues.v[0].detail);
	return ORG_CONFLICT;
}

/*
 * The rows are written in bulk (three statements for the figures, one for
 * their audit entries, on PostgreSQL): the write lock is held for the
 * writing only, not for a round trip per row.
 */
static enum org_result write_body(struct store *st, void *arg)
{
	struct write_job *j = arg;
	struct import_plan *p = j->p;
	struct arena *a = j->a;
	j->imported = j->corrected = 0;
	enum org_result r = recheck(st, j);
	if (r != ORG_OK)
		return r;
	struct measurement *m = arena_alloc(a, p->n * sizeof *m);
	const struct measurement **old = arena_alloc(a, p->n * sizeof *old);
	for (size_t i = 0; i < p->n; i++) {
		const struct import_row *row = &p->rows[i];
		m[i] = (struct measurement){
			.target_id = p->target_id[i], .unit_id = p->unit_id[i],
			.period_no = row->period_no, .value = row->value,
			.reporter_id = j->who->actor.user_id, .reporter = j->who->actor.login,
		};
		if (row->note) {
			char *note = vn_nfc(row->note);
			if (note == NULL)
				return ORG_FAILED; /* the reader checked UTF-8: out of memory */
			m[i].note = arena_strdup(a, note);
			free(note);
		}
		/* An existing figure for the period: this row corrects it. */
		old[i] = bsearch(&m[i], p->snap.cur, p->snap.ncur, sizeof *p->snap.cur,
		                 measurement_key_cmp);
		m[i].supersedes_id = old[i] ? old[i]->id : 0;
	}
	enum store_status s = target_store.measurement_insert_many(st, m, p->n);
	if (s == STORE_CONFLICT && !j->reload_figures) {
		/* A figure was reported meanwhile: once more from the start, with fresh figures. */
		j->reload_figures = true;
		return ORG_BUSY;
	}
	if (s == STORE_CONFLICT) {
		j->detail = "Figures in the file were reported by someone else while it was being "
		            "written. Nothing was imported; send the file again.";
		return ORG_CONFLICT;
	}
	if (s != STORE_OK)
		return from_store(s);
	struct audit_item *items = arena_alloc(a, p->n * sizeof *items);
	for (size_t i = 0; i < p->n; i++)
		items[i] = (struct audit_item){
			.action = old[i] ? "correct" : "report", .entity = "measurement",
			.entity_id = m[i].id, .before = old[i] ? measurement_json(old[i]) : NULL,
			.after = measurement_json(&m[i]),
		};
	s = audit_record_many(st, &j->who->actor, items, p->n, a);
	for (size_t i = 0; i < p->n; i++) {
		json_decref(items[i].before);
		json_decref(items[i].after);
		j->corrected += old[i] != NULL;
	}
	if (s != STORE_OK)
		return from_store(s);
	j->imported = (int)p->n;
	return ORG_OK;
}

enum org_result target_import_write(struct store *st, struct arena *a,
                                    const struct principal *who, struct import_plan *plan,
                                    int *imported, int *corrected, const char **detail)
{
	struct write_job j = { .a = a, .who = who, .p = plan };
	enum org_result r = org_in_transaction(st, write_body, &j);
	*imported = j.imported;
	*corrected = j.corrected;
	*detail = j.detail;
	return r;
}
