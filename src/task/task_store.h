/*
 * task_store.h: the task module's storage: plans and the targets they
 * serve, tasks, their progress reports and deadline changes, the bulk
 * insert of imports.  One const table of functions, implemented once in
 * task_store.c over store/db.h with the statements of task_sql.h.
 */
#ifndef DIEUHANH_TASK_STORE_H
#define DIEUHANH_TASK_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "target/target.h"
#include "task/task.h"

struct arena;
struct db_sql_list;
struct store_module;
struct module_migrations;

struct task_filter {
	int64_t unit_id;         /* 0: any */
	bool subtree;            /* with unit_id: the unit and every unit below it */
	int64_t assignee_id;     /* 0: any */
	int64_t leader_id;       /* 0: any */
	int64_t plan_id;         /* 0: any */
	enum task_status_filter status;
	cal_day today;           /* what in progress and overdue are judged on */
	cal_day due_before;      /* 0: none; else due on or before */
	cal_day due_after;       /* 0: none; else due on or after */
	int limit;               /* <= 0: no limit */
	int offset;
};

struct plan_filter {
	int64_t unit_id;         /* 0: any */
	int year;                /* 0: any */
	int limit, offset;
};

/* A leader's counts (c.id: the person), with what a scorecard names them by. */
struct task_leader_counts {
	struct task_counts c;
	const char *full_name, *title;
	int64_t unit_id;           /* the leader's own unit */
};

/* A task's id and whose it is: enough to choose which to read in full. */
struct task_brief {
	int64_t id, unit_id, leader_id;
};

struct task_store {
	/* Tasks, with the unit's and the two people's names.  Lists: due day, title (Vietnamese order), id. */
	enum store_status (*task_get)(struct store *st, int64_t id, struct arena *a,
	                              struct task *out);
	enum store_status (*task_list)(struct store *st, const struct task_filter *f,
	                               struct arena *a, struct task **out, size_t *n);
	/* How many tasks F matches, limit and offset aside. */
	enum store_status (*task_count)(struct store *st, const struct task_filter *f,
	                                int64_t *total);
	/* Sets T->id.  STORE_CONFLICT when another task has T's ref. */
	enum store_status (*task_insert)(struct store *st, struct task *t);
	/* Every column of row T->id.  STORE_NOT_FOUND, STORE_CONFLICT (ref). */
	enum store_status (*task_update)(struct store *st, const struct task *t);
	/*
	 * N new tasks (an import), setting their ids; STORE_CONFLICT when a ref
	 * is taken.  On PostgreSQL one statement whatever N (arrays); SQLite
	 * runs in this process, where the one-row form in a loop is as fast.
	 */
	enum store_status (*task_insert_many)(struct store *st, struct task *t, size_t n);
	/*
	 * Task TASK_ID's co-assigned units become IDS (N of them, at most
	 * TASK_MAX_CO_UNITS, normalised: task_units_normalize), in the join table
	 * and the copy on the task.  STORE_NOT_FOUND when there is no such task.
	 */
	enum store_status (*units_set)(struct store *st, int64_t task_id, const int64_t *ids,
	                               size_t n);
	/*
	 * UNIT's revision: changes with every write of a task the unit leads
	 * or is co-assigned (before or after the write), and with every
	 * rename of a unit or a person.  Compared for equality only.
	 */
	enum store_status (*unit_revision)(struct store *st, int64_t unit_id, int64_t *rev);
	/* Every task's revision: any write of a task, any rename (the scorecards'). */
	enum store_status (*all_revision)(struct store *st, int64_t *rev);
	/* The same for a person: the tasks they are assigned or lead. */
	enum store_status (*person_revision)(struct store *st, int64_t person_id, int64_t *rev);
	/* Every task's external reference (for an import to refuse one taken). */
	enum store_status (*task_refs)(struct store *st, struct arena *a, const char ***refs,
	                               size_t *n);

	/* Progress reports, oldest first.  Sets U->id. */
	enum store_status (*update_insert)(struct store *st, struct task_update *u);
	enum store_status (*update_list)(struct store *st, int64_t task_id, struct arena *a,
	                                 struct task_update **out, size_t *n);
	/* Deadline changes, oldest first.  Sets C->id. */
	enum store_status (*change_insert)(struct store *st, struct task_deadline_change *c);
	enum store_status (*change_list)(struct store *st, int64_t task_id, struct arena *a,
	                                 struct task_deadline_change **out, size_t *n);

	/* Plans, with the targets they serve; lists newest year first, then title. */
	enum store_status (*plan_get)(struct store *st, int64_t id, struct arena *a,
	                              struct plan *out);
	enum store_status (*plan_list)(struct store *st, const struct plan_filter *f,
	                               struct arena *a, struct plan **out, size_t *n);
	/* Sets P->id; writes P's targets too. */
	enum store_status (*plan_insert)(struct store *st, struct plan *p);
	enum store_status (*plan_update)(struct store *st, const struct plan *p);

	/* Scorecards: counts of the tasks due in [FROM, TO] by unit, by leader (ids in .id). */
	enum store_status (*counts_by_unit)(struct store *st, cal_day today, cal_day from,
	                                    cal_day to, struct arena *a, struct task_counts **out,
	                                    size_t *n);
	enum store_status (*counts_by_leader)(struct store *st, cal_day today, cal_day from,
	                                      cal_day to, struct arena *a,
	                                      struct task_leader_counts **out, size_t *n);
	/* Tasks due in [FROM, TO] overdue on TODAY, the longest overdue first: ids and owners. */
	enum store_status (*overdue_in)(struct store *st, cal_day today, cal_day from, cal_day to,
	                                struct arena *a, struct task_brief **out, size_t *n);
	/* The tasks of IDS (N of them, N <= 100,000), the longest overdue first. */
	enum store_status (*tasks_of_ids)(struct store *st, const int64_t *ids, size_t n,
	                                  struct arena *a, struct task **out, size_t *nout);
	/* The review of UNIT's subtree for YEAR: targets no plan serves (id, code, name only). */
	enum store_status (*targets_without_plan)(struct store *st, int64_t unit, int year,
	                                          struct arena *a, struct target **out, size_t *n);
	enum store_status (*plans_without_tasks)(struct store *st, int64_t unit, int year,
	                                         struct arena *a, struct plan **out, size_t *n);

	/* Supervision programmes (newest first), their findings, a finding's follow-up tasks. */
	enum store_status (*supervision_get)(struct store *st, int64_t id, struct arena *a,
	                                     struct supervision *out);
	enum store_status (*supervision_list)(struct store *st, int64_t unit, struct arena *a,
	                                      struct supervision **out, size_t *n);
	enum store_status (*supervision_insert)(struct store *st, struct supervision *s);
	enum store_status (*supervision_update)(struct store *st, const struct supervision *s);
	enum store_status (*finding_insert)(struct store *st, struct supervision_finding *f);
	enum store_status (*findings)(struct store *st, int64_t supervision_id, struct arena *a,
	                              struct supervision_finding **out, size_t *n);
	enum store_status (*tasks_of_finding)(struct store *st, int64_t finding_id,
	                                      struct arena *a, struct task **out, size_t *n);
};

extern const struct task_store task_store;

extern const struct db_sql_list task_sql;
extern const struct module_migrations task_migrations;
extern const struct store_module task_storage;

#endif
