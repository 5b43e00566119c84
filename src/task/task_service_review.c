/*
 * task_service_review.c: the scorecards (per unit and per leader, the
 * ranking, who does not fulfil their duties and the evidence) and the
 * review of a unit (rà soát), read for the handlers and pages.
 */
#include "task/task_service.h"

#include "task/task_store.h"

#include <stdlib.h>
#include <string.h>

#include "calendar/calendar_service.h"
#include "org/org_service.h"
#include "org/org_store.h"
#include "store/store.h"
#include "target/target_board.h"
#include "target/target_service.h"
#include "util/arena.h"

/* The unit directly under ROOT that UNIT lies in (or 0), from the subtree's parent links. */
struct tree {
	const struct org_unit *u;
	size_t n;
	int64_t root;
};

static int unit_id_cmp(const void *a, const void *b)
{
	const struct org_unit *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

/* T->u is sorted by id (tree_sort): a task's unit is looked up for every overdue task. */
static const struct org_unit *find(const struct tree *t, int64_t id)
{
	const struct org_unit key = { .id = id };
	return bsearch(&key, t->u, t->n, sizeof *t->u, unit_id_cmp);
}

static void tree_sort(struct tree *t, struct org_unit *units)
{
	qsort(units, t->n, sizeof *units, unit_id_cmp);
	t->u = units;
}

static int64_t top_of(const struct tree *t, int64_t unit)
{
	for (int depth = 0; depth < 64; depth++) {
		const struct org_unit *u = find(t, unit);
		if (u == NULL || u->id == t->root)
			return 0;
		if (u->parent_id == t->root)
			return u->id;
		unit = u->parent_id;
	}
	return 0;
}

static struct task_score *row_of(struct task_score *rows, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (rows[i].c.id == id)
			return &rows[i];
	return NULL;
}

static void add(struct task_counts *to, const struct task_counts *c)
{
	to->on_time += c->on_time;
	to->late += c->late;
	to->in_progress += c->in_progress;
	to->overdue += c->overdue;
}

/*
 * The overdue tasks come longest overdue first: a row's first one gives its
 * longest lateness (counted in working days once per row, not per task).
 */
static void note_overdue(struct task_score *r, const struct task *t, cal_day today,
                         const struct calendar *cal)
{
	if (r == NULL)
		return;
	if (r->nevidence == 0)
		r->max_late = task_working_days_late(cal, t, today);
	if (r->nevidence < sizeof r->evidence / sizeof r->evidence[0])
		r->evidence[r->nevidence++] = t;
}

static void judge(struct task_score *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		rows[i].on_time_pct = task_on_time_pct(&rows[i].c);
		rows[i].failures = task_duty_failures(&rows[i].c, rows[i].max_late);
	}
}

static int score_cmp(const void *a, const void *b)
{
	const struct task_score *x = a, *y = b;
	return task_counts_rank_cmp(&x->c, &y->c);
}

/* Targets of the year owned in each unit's subtree, and those achieved or on track. */
static void count_targets(const struct board_entry *e, size_t n, const struct tree *t,
                          struct task_score *rows, size_t nrows)
{
	for (size_t i = 0; i < n; i++) {
		struct task_score *r = row_of(rows, nrows, top_of(t, e[i].t->owner_unit_id));
		if (r) {
			r->targets++;
			r->targets_on_track += e[i].j.status == TS_ACHIEVED || e[i].j.status == TS_ON_TRACK;
		}
		count_targets(e[i].children, e[i].nchildren, t, rows, nrows);
	}
}

/* Rows by id, for the lookups of every overdue task. */
struct row_index {
	int64_t id;
	struct task_score *row;
};

static int row_index_cmp(const void *a, const void *b)
{
	const struct row_index *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static struct row_index *rows_indexed(struct arena *a, struct task_score *rows, size_t n)
{
	struct row_index *ix = arena_array(a, n + 1, sizeof *ix);
	for (size_t i = 0; i < n; i++)
		ix[i] = (struct row_index){ rows[i].c.id, &rows[i] };
	qsort(ix, n, sizeof *ix, row_index_cmp);
	return ix;
}

static struct task_score *row_find(const struct row_index *ix, size_t n, int64_t id)
{
	const struct row_index key = { .id = id };
	const struct row_index *hit = bsearch(&key, ix, n, sizeof *ix, row_index_cmp);
	return hit ? hit->row : NULL;
}

enum { EVIDENCE = sizeof ((struct task_score *)0)->evidence / sizeof (const struct task *) };

static int task_id_cmp(const void *a, const void *b)
{
	const struct task *const *x = a, *const *y = b;
	return ((*x)->id > (*y)->id) - ((*x)->id < (*y)->id);
}

/*
 * The evidence: each row's longest overdue tasks.  Every overdue task of
 * the year is read as its id, unit and leader only (18,000 on the large
 * case), the first EVIDENCE of each row are chosen in that order, and
 * only those are read in full, in one statement.
 */
static int choose_evidence(struct store *st, struct arena *a, const struct tree *tree,
                           cal_day today, cal_day from, cal_day to, struct task_scorecard *out)
{
	struct task_brief *br;
	size_t nbr;
	enum store_status s = task_store.overdue_in(st, today, from, to, a, &br, &nbr);
	if (s != STORE_OK)
		return s;
	struct row_index *ui = rows_indexed(a, out->units, out->nunits);
	struct row_index *li = rows_indexed(a, out->leaders, out->nleaders);
	size_t nrows = out->nunits + out->nleaders;
	/* Chosen per row in order, as indices into BR; counted in the rows' nevidence for now. */
	size_t *chosen = arena_array(a, nrows * EVIDENCE + 1, sizeof *chosen);
	int64_t *ids = arena_array(a, nrows * EVIDENCE + 1, sizeof *ids);
	size_t nids = 0;
	for (size_t i = 0; i < nbr; i++) {
		struct task_score *rs[2] = { row_find(ui, out->nunits, top_of(tree, br[i].unit_id)),
		                             row_find(li, out->nleaders, br[i].leader_id) };
		bool taken = false;
		for (int k = 0; k < 2; k++) {
			struct task_score *r = rs[k];
			if (r == NULL || r->nevidence == EVIDENCE)
				continue;
			size_t at = (size_t)(r - (k ? out->leaders : out->units)) + (k ? out->nunits : 0);
			chosen[at * EVIDENCE + r->nevidence++] = i;
			taken = true;
		}
		if (taken)
			ids[nids++] = br[i].id;
	}
	struct task *ts = NULL;
	size_t nts = 0;
	if (nids && (s = task_store.tasks_of_ids(st, ids, nids, a, &ts, &nts)) != STORE_OK)
		return s;
	const struct task **by_id = arena_array(a, nts + 1, sizeof *by_id);
	for (size_t i = 0; i < nts; i++)
		by_id[i] = &ts[i];
	qsort(by_id, nts, sizeof *by_id, task_id_cmp);
	for (size_t at = 0; at < nrows; at++) {
		struct task_score *r = at < out->nunits ? &out->units[at]
		                                        : &out->leaders[at - out->nunits];
		size_t n = r->nevidence;
		r->nevidence = 0;
		for (size_t k = 0; k < n; k++) {
			struct task key = { .id = br[chosen[at * EVIDENCE + k]].id };
			const struct task *kp = &key;
			const struct task **hit = bsearch(&kp, by_id, nts, sizeof *by_id, task_id_cmp);
			/* A task gone since its id was read is left out. */
			if (hit)
				note_overdue(r, *hit, today, out->cal);
		}
	}
	return STORE_OK;
}

int task_scorecard_load(struct store *st, struct arena *a, int64_t root, int year, cal_day today,
                        struct task_scorecard *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	out->today = today;
	out->cal = task_calendar(st, a);
	cal_day from, to;
	if (!cal_from_ymd(year, 1, 1, &from) || !cal_from_ymd(year, 12, 31, &to))
		return STORE_NOT_FOUND;
	struct org_unit *units;
	size_t nunits;
	enum store_status s = org_store.unit_subtree(st, root, a, &units, &nunits);
	if (s != STORE_OK)
		return s;
	struct tree tree = { units, nunits, root };
	tree_sort(&tree, units);
	size_t nchildren = 0;
	for (size_t i = 0; i < nunits; i++)
		nchildren += units[i].parent_id == root;
	out->units = arena_alloc(a, (nchildren + 1) * sizeof *out->units);
	memset(out->units, 0, (nchildren + 1) * sizeof *out->units);
	for (size_t i = 0; i < nunits; i++)
		if (units[i].parent_id == root) {
			out->units[out->nunits].c.id = units[i].id;
			out->units[out->nunits++].name = units[i].name;
		}
	struct task_counts *bu;
	struct task_leader_counts *bl;
	size_t nbu, nbl;
	if ((s = task_store.counts_by_unit(st, today, from, to, a, &bu, &nbu)) != STORE_OK
	    || (s = task_store.counts_by_leader(st, today, from, to, a, &bl, &nbl)) != STORE_OK)
		return s;
	for (size_t i = 0; i < nbu; i++) {
		struct task_score *r = row_of(out->units, out->nunits, top_of(&tree, bu[i].id));
		if (r)
			add(&r->c, &bu[i]);
	}
	out->leaders = arena_alloc(a, (nbl + 1) * sizeof *out->leaders);
	memset(out->leaders, 0, (nbl + 1) * sizeof *out->leaders);
	for (size_t i = 0; i < nbl; i++) {
		/* Leaders of tasks of the root's subtree only: a leader's people are the unit's. */
		if (bl[i].unit_id != root && top_of(&tree, bl[i].unit_id) == 0)
			continue;
		out->leaders[out->nleaders].c = bl[i].c;
		out->leaders[out->nleaders++].name = bl[i].title && *bl[i].title
		    ? arena_printf(a, "%s, %s", bl[i].full_name, bl[i].title) : bl[i].full_name;
	}
	if ((s = choose_evidence(st, a, &tree, today, from, to, out)) != STORE_OK)
		return s;
	struct board b;
	if ((s = target_board_load(st, a, year, today, &b)) != STORE_OK)
		return s;
	count_targets(b.rows, b.n, &tree, out->units, out->nunits);
	judge(out->units, out->nunits);
	judge(out->leaders, out->nleaders);
	qsort(out->units, out->nunits, sizeof *out->units, score_cmp);
	qsort(out->leaders, out->nleaders, sizeof *out->leaders, score_cmp);
	return STORE_OK;
}

int task_scorecard_revisions(struct store *st, int year, struct task_scorecard_revisions *out)
{
	/* The tasks' first: whatever is read after it is at least as new. */
	int s = task_store.all_revision(st, &out->tasks);
	if (s == STORE_OK)
		s = calendar_service_revision(st, &out->calendar);
	if (s == STORE_OK)
		s = org_unit_revision(st, &out->units);
	if (s == STORE_OK)
		s = target_year_revision(st, year, &out->targets);
	return s;
}

int task_review_load(struct store *st, struct arena *a, int64_t unit, int year, cal_day today,
                     struct task_review *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	out->today = today;
	out->cal = task_calendar(st, a);
	if (!cal_deadline(out->cal, today, TASK_REVIEW_SOON_WORKING_DAYS, &out->soon_until))
		out->soon_until = today;
	enum store_status s;
	if ((s = task_store.targets_without_plan(st, unit, year, a, &out->targets_without_plan,
	                                         &out->ntargets_without_plan)) != STORE_OK
	    || (s = task_store.plans_without_tasks(st, unit, year, a, &out->plans_without_tasks,
	                                           &out->nplans_without_tasks)) != STORE_OK)
		return s;
	struct task_filter f = { .unit_id = unit, .subtree = true, .status = TASK_F_OPEN,
	                         .today = today };
	struct task *open;
	size_t n;
	if ((s = task_store.task_list(st, &f, a, &open, &n)) != STORE_OK)
		return s;
	out->stale = arena_alloc(a, (n + 1) * sizeof *open);
	out->overdue = arena_alloc(a, (n + 1) * sizeof *open);
	out->due_soon = arena_alloc(a, (n + 1) * sizeof *open);
	for (size_t i = 0; i < n; i++) {
		const struct task *t = &open[i];
		if (task_status_of(t, today) == TASK_OVERDUE)
			out->overdue[out->noverdue++] = *t;
		else if (t->judged_day <= out->soon_until)
			out->due_soon[out->ndue_soon++] = *t;
		/* Started (or with no start given) and silent for 30 days. */
		cal_day last = t->progress_day ? t->progress_day : t->start_day;
		if ((t->start_day == 0 || t->start_day <= today)
		    && (last == 0 || last < today - TASK_REVIEW_STALE_DAYS))
			out->stale[out->nstale++] = *t;
	}
	return STORE_OK;
}
