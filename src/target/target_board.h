/*
 * target_board.h: the district's target board, computed from the year's
 * targets and current figures: each top-level target judged from its own
 * figures, or, when nobody reported it directly, from its breakdown rolled
 * up period by period; each breakdown target judged on its own; and the
 * periods whose figures are overdue.  Pure: no storage, no HTTP.
 */
#ifndef DIEUHANH_TARGET_BOARD_H
#define DIEUHANH_TARGET_BOARD_H

#include "target/target.h"

struct arena;

struct board_entry {
	const struct target *t;
	struct period_value *series;   /* current figure per period, by period_no */
	size_t nseries;
	bool rolled_up;                /* the series comes from the breakdown */
	struct judgement j;
	struct board_entry *children;  /* the breakdown, in code order */
	size_t nchildren;
};

struct board {
	int year;
	int64_t as_of_day;
	struct board_entry *rows;      /* top-level targets, in code order */
	size_t n;
};

/*
 * TARGETS: every target of the year (any level, code order); MS: the
 * year's current figures ordered by target_id.  Everything is allocated in A.
 */
void target_board_build(const struct target *targets, size_t nt, const struct measurement *ms,
                        size_t nm, int year, int64_t as_of_day, struct arena *a,
                        struct board *out);

struct late_report {
	const struct target *t;
	int period_no;
	int64_t due_day;
	int64_t days_late;
};

/* Periods due before AS_OF with no figure, for every target reported directly. */
size_t target_board_late(const struct board *b, struct arena *a, struct late_report **out);

/* Counts of top-level targets per status, indexed by enum target_status. */
void target_board_counts(const struct board *b, int counts[5]);

#endif
