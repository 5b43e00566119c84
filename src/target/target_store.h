/*
 * target_store.h: the target module's storage: targets, measurements, the
 * board's reads, the revision counter, bulk inserts for imports.
 *
 * One const table of functions, implemented once in target_store.c over
 * the engine layer (store/db.h) with the statements of target_sql.h.
 */
#ifndef DIEUHANH_TARGET_STORE_H
#define DIEUHANH_TARGET_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "target/target.h"

struct arena;
struct db_sql_list;
struct store_module;
struct module_migrations;

struct target_filter {
	int year;                /* 0: any */
	int64_t parent_id;       /* -1: any; 0: top-level targets only; >0: children of */
	int64_t owner_unit_id;   /* 0: any */
};

/* A family (a top-level target and its breakdown) and the revision of its rows. */
struct target_family_rev {
	int64_t family_id;
	int64_t rev;
};

struct measurement_filter {
	int year;                /* 0: any; else targets of that year */
	int64_t target_id;       /* 0: any */
	int64_t unit_id;         /* 0: any */
	int64_t family_id;       /* >0: only this target and its breakdown (values only) */
	bool values_only;        /* fill target_id, unit_id, period_no, value only (fast) */
};

struct target_year {
	int year;
	int has_figures;           /* 1 when some target of the year has a figure */
};

struct target_store {
	/* Targets.  Lists are ordered by code (bytes), then id. */
	enum store_status (*target_get)(struct store *st, int64_t id, struct arena *a,
	                                struct target *out);
	enum store_status (*target_list)(struct store *st, const struct target_filter *f,
	                                 struct arena *a, struct target **out, size_t *n);
	/* Sets T->id.  STORE_CONFLICT when the year already has this code. */
	enum store_status (*target_insert)(struct store *st, struct target *t);
	enum store_status (*target_update)(struct store *st, const struct target *t);
	/* A counter bumped by every change to targets and measurements (for caches). */
	enum store_status (*target_revision)(struct store *st, int64_t *rev);
	/* Every year that has targets, newest first, with whether any has a figure. */
	enum store_status (*target_years)(struct store *st, struct arena *a,
	                                  struct target_year **out, size_t *n);

	/*
	 * Sets M->id and reported_at (now, if 0); when M->supersedes_id is set
	 * it marks that row superseded, in the same statement sequence (call
	 * inside a transaction).  STORE_CONFLICT when a current figure for the
	 * same target, unit and period exists and M supersedes nothing;
	 * STORE_NOT_FOUND when the figure it corrects is no longer current.
	 */
	/*
	 * Revisions that change with every write to the rows they cover: a
	 * year's targets and figures, one family's.  0 when nothing was ever
	 * written there.  Compare them for equality only.
	 */
	enum store_status (*year_revision)(struct store *st, int year, int64_t *rev);
	enum store_status (*family_revision)(struct store *st, int64_t family_id, int64_t *rev);
	/* The year's families in board order (top-level targets by code), each with its revision. */
	enum store_status (*family_revisions)(struct store *st, int year, struct arena *a,
	                                      struct target_family_rev **out, size_t *n);
	enum store_status (*measurement_insert)(struct store *st, struct measurement *m);
	/*
	 * measurement_insert() for N figures of distinct target, unit and
	 * period (an import), sets each id; STORE_CONFLICT when a figure one
	 * of them corrects is no longer current.  Where the engine takes
	 * arrays, three statements whatever N, so an import holds the write
	 * lock briefly.
	 */
	enum store_status (*measurement_insert_many)(struct store *st, struct measurement *m,
	                                             size_t n);
	/* Current figures (not superseded), by target, unit, period. */
	enum store_status (*measurement_current)(struct store *st,
	                                         const struct measurement_filter *f,
	                                         struct arena *a, struct measurement **out,
	                                         size_t *n);
	/* The current figure of one target, unit and period; STORE_NOT_FOUND if none. */
	enum store_status (*measurement_current_one)(struct store *st, int64_t target_id,
	                                             int64_t unit_id, int period_no,
	                                             struct arena *a, struct measurement *out);
	/* Every figure ever reported for one target (and unit, if >0), oldest first. */
	enum store_status (*measurement_history)(struct store *st, int64_t target_id,
	                                         int64_t unit_id, struct arena *a,
	                                         struct measurement **out, size_t *n);
	/* One figure by id, superseded or not. */
	enum store_status (*measurement_get)(struct store *st, int64_t id, struct arena *a,
	                                     struct measurement *out);
};

extern const struct target_store target_store;

/* The module's statements (for the prepare-everything test). */
extern const struct db_sql_list target_sql;
extern const struct store_module target_storage;
/* The module's schema steps after the frozen base (target_migrations.c). */
extern const struct module_migrations target_migrations;

#endif
