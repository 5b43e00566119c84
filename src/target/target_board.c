/* target_board.c: see target_board.h. */
#include "target/target_board.h"

#include <stdint.h>
#include <string.h>

#include "util/arena.h"

/*
 * The figures of target T by its own unit, from MS (sorted by target_id),
 * for the periods that ended by AS_OF: the board as of a past date shows
 * what could have been known then, not later periods.
 */
static void own_series(const struct target *t, const struct measurement *ms, size_t nm,
                       int64_t as_of, struct arena *a, struct period_value **out, size_t *n)
{
	size_t lo = 0, hi = nm;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ms[mid].target_id < t->id)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t count = 0;
	for (size_t i = lo; i < nm && ms[i].target_id == t->id; i++)
		count++;
	struct period_value *s = arena_alloc(a, (count ? count : 1) * sizeof *s);
	size_t k = 0;
	for (size_t i = lo; i < nm && ms[i].target_id == t->id; i++)
		if (ms[i].unit_id == t->owner_unit_id
		    && target_period_end_day(t->year, t->period, ms[i].period_no) <= as_of)
			s[k++] = (struct period_value){ ms[i].period_no, ms[i].value };
	*out = s;
	*n = k;
}

static bool value_at(const struct board_entry *e, int period_no, double *v)
{
	for (size_t i = 0; i < e->nseries; i++)
		if (e->series[i].period_no == period_no) {
			*v = e->series[i].value;
			return true;
		}
	return false;
}

/*
 * A period rolls up only when every part of the breakdown has reported it:
 * a sum over some wards would understate the district.
 */
static void rollup_series(struct board_entry *e, struct arena *a)
{
	int periods = period_count(e->t->period);
	size_t nc = e->nchildren;
	double *vals = arena_alloc(a, (nc ? nc : 1) * sizeof *vals);
	double *weights = arena_alloc(a, (nc ? nc : 1) * sizeof *weights);
	e->series = arena_alloc(a, (size_t)periods * sizeof *e->series);
	e->nseries = 0;
	for (int p = 1; p <= periods; p++) {
		bool complete = nc > 0;
		for (size_t c = 0; c < nc && complete; c++) {
			complete = value_at(&e->children[c], p, &vals[c]);
			weights[c] = e->children[c].t->weight;
		}
		double v;
		if (complete && target_rollup_value(e->t->rollup, vals, weights, nc, &v))
			e->series[e->nseries++] = (struct period_value){ p, v };
	}
	e->rolled_up = e->nseries > 0;
}

void target_board_build(const struct target *targets, size_t nt, const struct measurement *ms,
                        size_t nm, int year, int64_t as_of_day, struct arena *a,
                        struct board *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	out->as_of_day = as_of_day;
	size_t top = 0;
	for (size_t i = 0; i < nt; i++)
		top += targets[i].parent_id == 0;
	out->rows = arena_alloc(a, (top ? top : 1) * sizeof *out->rows);
	for (size_t i = 0; i < nt; i++) {
		if (targets[i].parent_id != 0)
			continue;
		struct board_entry *e = &out->rows[out->n++];
		e->t = &targets[i];
		size_t nc = 0;
		for (size_t k = 0; k < nt; k++)
			nc += targets[k].parent_id == targets[i].id;
		e->children = arena_alloc(a, (nc ? nc : 1) * sizeof *e->children);
		for (size_t k = 0; k < nt; k++) {
			if (targets[k].parent_id != targets[i].id)
				continue;
			struct board_entry *c = &e->children[e->nchildren++];
			c->t = &targets[k];
			own_series(c->t, ms, nm, as_of_day, a, &c->series, &c->nseries);
			target_judge(c->t, c->series, c->nseries, as_of_day, &c->j);
		}
		own_series(e->t, ms, nm, as_of_day, a, &e->series, &e->nseries);
		if (e->nseries == 0 && e->nchildren > 0 && e->t->rollup != ROLL_NONE)
			rollup_series(e, a);
		target_judge(e->t, e->series, e->nseries, as_of_day, &e->j);
	}
}

/*
 * The last day of every period of one year, by period kind: a board's
 * targets share its year, and working the calendar out again for each of
 * 15,000 targets × 12 months was half of a large board's late list.
 */
struct period_ends {
	int year;
	int64_t end[3][12];
};

static void period_ends_fill(struct period_ends *pe, int year)
{
	pe->year = year;
	for (int k = PERIOD_MONTH; k <= PERIOD_YEAR; k++)
		for (int p = 1; p <= period_count((enum period_kind)k); p++)
			pe->end[k][p - 1] = target_period_end_day(year, (enum period_kind)k, p);
}

static int64_t due_day(const struct period_ends *pe, const struct target *t, int p)
{
	if (t->year != pe->year || (unsigned)t->period > PERIOD_YEAR)
		return target_due_day(t, p);
	return pe->end[t->period][p - 1] + t->due_days;
}

static void late_for(const struct board_entry *e, const struct period_ends *pe, int64_t as_of,
                     struct late_report *out, size_t *n)
{
	/* The periods reported, as bits: one pass over the series, not one a period. */
	uint32_t reported = 0;
	for (size_t i = 0; i < e->nseries; i++)
		if (e->series[i].period_no >= 1 && e->series[i].period_no <= 31)
			reported |= UINT32_C(1) << e->series[i].period_no;
	int periods = period_count(e->t->period);
	uint32_t every = ((UINT32_C(1) << periods) - 1) << 1;
	if ((reported & every) == every)
		return; /* the usual case once a year is reported: nothing can be late */
	for (int p = 1; p <= periods; p++) {
		int64_t due = due_day(pe, e->t, p);
		if (due >= as_of)
			break; /* later periods fall due later still */
		if (!(reported & (UINT32_C(1) << p))) {
			if (out)
				out[*n] = (struct late_report){ e->t, p, due, as_of - due };
			(*n)++;
		}
	}
}

/* Targets reported directly: every breakdown target, and top-level ones without one. */
static size_t collect_late(const struct board *b, const struct period_ends *pe,
                           struct late_report *out)
{
	size_t n = 0;
	for (size_t i = 0; i < b->n; i++) {
		const struct board_entry *e = &b->rows[i];
		if (e->nchildren == 0 || e->t->rollup == ROLL_NONE)
			late_for(e, pe, b->as_of_day, out, &n);
		for (size_t c = 0; c < e->nchildren; c++)
			late_for(&e->children[c], pe, b->as_of_day, out, &n);
	}
	return n;
}

size_t target_board_late(const struct board *b, struct arena *a, struct late_report **out)
{
	struct period_ends pe;
	period_ends_fill(&pe, b->year);
	size_t n = collect_late(b, &pe, NULL);
	*out = arena_alloc(a, (n ? n : 1) * sizeof **out);
	collect_late(b, &pe, *out);
	return n;
}

void target_board_counts(const struct board *b, int counts[5])
{
	memset(counts, 0, 5 * sizeof *counts);
	for (size_t i = 0; i < b->n; i++)
		if ((unsigned)b->rows[i].j.status < 5)
			counts[b->rows[i].j.status]++;
}
