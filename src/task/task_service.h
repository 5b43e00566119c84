/*
 * task_service.h: plans, tasks and progress reports: writes (authorised,
 * checked, written and audited in one transaction) and the reads the
 * handlers, pages and other modules use (reminders read
 * task_service_list()).
 *
 * Permissions (task_module.c, evaluated by policy.c on the task's unit and
 * its ancestors): PERM_ASSIGN_TASKS to create and edit plans and tasks,
 * PERM_REPORT_PROGRESS to report progress, PERM_APPROVE_DEADLINE for a
 * change of deadline to count as approved (otherwise lateness stays judged
 * against the deadline before it).  Reading tasks needs a signed-in
 * official (task_may_read).
 */
#ifndef DIEUHANH_TASK_SERVICE_H
#define DIEUHANH_TASK_SERVICE_H

#include <jansson.h>

#include "auth/auth.h"
#include "org/org_service.h"
#include "task/task.h"
#include "task/task_store.h"   /* the filters its reads take */

/*
 * A refusal: the field and sentence (org_error, for one wrong field) and,
 * when required fields are missing, every one of them.
 */
struct task_error {
	struct org_error e;
	const char *missing[TASK_MAX_MISSING];
	size_t nmissing;
};

typedef bool (*task_edit)(void *ctx, struct task *t, struct arena *a, struct org_error *err);
typedef bool (*plan_edit)(void *ctx, struct plan *p, struct arena *a, struct org_error *err);

/*
 * ID 0 creates a task from an empty record (priority normal, source plan);
 * otherwise edits task ID.  An edit that moves the deadline needs
 * DUE_CHANGE_REASON; the change is kept (old day, reason, who) and is
 * approved when WHO holds PERM_APPROVE_DEADLINE on the task's unit.
 */
enum org_result task_save(struct store *st, struct arena *a, const struct principal *who,
                          int64_t id, task_edit edit, void *ctx, const char *due_change_reason,
                          struct task *out, struct task_error *err);
enum org_result task_save_in(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, task_edit edit, void *ctx,
                             const char *due_change_reason, struct task *out,
                             struct task_error *err);

/*
 * Records progress report U (day, progress, note, attachment) on task
 * U->task_id for WHO; 100 % completes the task on U's day.  *OUT gets the
 * task after it.
 */
enum org_result task_report(struct store *st, struct arena *a, const struct principal *who,
                            struct task_update *u, struct task *out, struct org_error *err);
enum org_result task_report_in(struct store *st, struct arena *a, const struct principal *who,
                               struct task_update *u, struct task *out, struct org_error *err);

/* Demo data (task_demo.c): 2019 plans for the wards and the district, tasks in every status, a supervision programme. */
int task_demo_load(struct store *st);

enum org_result plan_save(struct store *st, struct arena *a, const struct principal *who,
                          int64_t id, plan_edit edit, void *ctx, struct plan *out,
                          struct task_error *err);
enum org_result plan_save_in(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, plan_edit edit, void *ctx, struct plan *out,
                             struct task_error *err);

/* May WHO read tasks and plans?  Any signed-in official (and the system). */
bool task_may_read(const struct principal *who);
/* May WHO create and edit tasks of UNIT (the form shown and the write agree)? */
bool task_may_assign(struct store *st, struct arena *a, const struct principal *who,
                     int64_t unit);
/* Does a change of deadline WHO makes on a task of UNIT count as approved (the form says so)? */
bool task_may_approve_deadline(struct store *st, struct arena *a, const struct principal *who,
                               int64_t unit);
/* May WHO report progress on tasks of UNIT? */
bool task_may_report(struct store *st, struct arena *a, const struct principal *who,
                     int64_t unit);

/* Today (Asia/Ho_Chi_Minh) as a day number. */
cal_day task_today(void);
/*
 * The working calendar deadlines and lateness are judged on: the effective
 * one (calendar_service_load: the shipped tables with the administrators'
 * edits), in A; the shipped tables if it cannot be read.
 */
const struct calendar *task_calendar(struct store *st, struct arena *a);

/*
 * task_days_late() on C (task_calendar()'s: the shipped tables with edits
 * of single days; NULL for the shipped tables), from a table of the
 * shipped working days counted once for 2000-2100 corrected by the edits:
 * a list of overdue tasks would otherwise walk the calendar day by day for
 * each of them.
 */
long task_working_days_late(const struct calendar *c, const struct task *t, cal_day today);

/* ---- JSON (task_json.c) ---- */

/* "YYYY-MM-DD" or null for day 0. */
json_t *task_day_json(cal_day d);
/*
 * A task as the API shows it, with its status and working days late on
 * TODAY by calendar C (TODAY 0: neither, and C unused).
 */
json_t *task_json(const struct task *t, cal_day today, const struct calendar *c);
/*
 * The same object written as JSON text onto H: the lists' form (building
 * jansson objects only to print and free them was most of a list's cost).
 * tests/unit/test_task.c holds the two to the same document.
 */
struct html;
void task_json_write(struct html *h, const struct task *t, cal_day today,
                     const struct calendar *c);
/*
 * The audit trail's text of T (in A; NULL when out of memory): byte for
 * byte json_dumps(task_json(T, 0, NULL), JSON_COMPACT | JSON_SORT_KEYS),
 * without building the object (an import writes 10,000; test_task.c
 * holds the two together).
 */
char *task_audit_text(const struct task *t, struct arena *a);
json_t *task_update_json(const struct task_update *u);
json_t *task_change_json(const struct task_deadline_change *c);
json_t *plan_json(const struct plan *p);

/*
 * Reads for the handlers, pages and other modules (none calls the store).
 * task_service_list(): the tasks F matches in Vietnamese order of due date
 * then title, and *TOTAL (may be NULL) how many there are without limit and
 * offset.  E.g. a person's open tasks due by a day: { .assignee_id = p,
 * .status = TASK_F_OPEN, .due_before = d, .today = task_today() }; overdue:
 * .status = TASK_F_OVERDUE.  Store statuses.
 */
int task_service_list(struct store *st, const struct task_filter *f, struct arena *a,
                      struct task **out, size_t *n, int64_t *total);
/*
 * The revisions that cover what list F shows: *REV is the unit's (F asks
 * for one unit's tasks, not its subtree's), else the person's (an
 * assignee's or a leader's tasks), else every task's (task_store.h); with
 * the calendar's (working days late) and the unit tree's (a subtree, the
 * units' names).  A list kept at these, the filter and the day is the one
 * task_service_list would give.  Read them before the list, after taking
 * the cache's ticket.  A store status.
 */
struct task_list_revisions {
	int64_t rev, calendar, units;
};
int task_service_list_revisions(struct store *st, const struct task_filter *f,
                                struct task_list_revisions *out);
/*
 * A cache key for list F kept at R (KIND names who renders it: "json",
 * "page"), in OUT (N bytes); false when it would not fit.
 */
bool task_list_cache_key(const char *kind, const struct task_filter *f,
                         const struct task_list_revisions *r, int lang, char *out, size_t n);
int task_service_get(struct store *st, int64_t id, struct arena *a, struct task *out);
int task_service_updates(struct store *st, int64_t task_id, struct arena *a,
                         struct task_update **out, size_t *n);
int task_service_changes(struct store *st, int64_t task_id, struct arena *a,
                         struct task_deadline_change **out, size_t *n);
int plan_service_get(struct store *st, int64_t id, struct arena *a, struct plan *out);
int plan_service_list(struct store *st, const struct plan_filter *f, struct arena *a,
                      struct plan **out, size_t *n);

/* Who may read the history of a task or a plan: the audit permission on its unit. */
bool task_audit_task_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id);
bool task_audit_plan_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id);

/* ---- scorecards, the review, supervision ---- */

/* One row of a scorecard: a unit (with its subtree) or a leader. */
struct task_score {
	struct task_counts c;
	const char *name;
	double on_time_pct;          /* -1: nothing judged yet */
	int targets, targets_on_track;   /* units: its targets of the year, those achieved or on track */
	long max_late;               /* working days of its longest overdue task */
	unsigned failures;           /* TASK_DUTY_* */
	const struct task *evidence[5];  /* its longest overdue tasks */
	size_t nevidence;
};

struct task_scorecard {
	int year;
	cal_day today;
	const struct calendar *cal;  /* judged on (task_calendar) */
	struct task_score *units;    /* the units under the root, ranked (task_counts_rank_cmp) */
	size_t nunits;
	struct task_score *leaders;  /* every leader responsible for a task of the year, ranked */
	size_t nleaders;
};

/*
 * The scorecard of the units directly under ROOT (each with its subtree)
 * and of the leaders, over the tasks due in YEAR, judged on TODAY.  A
 * store status.
 */
int task_scorecard_load(struct store *st, struct arena *a, int64_t root, int year, cal_day today,
                        struct task_scorecard *out);

/*
 * What a scorecard of YEAR is read from, by revision: every task (and the
 * names and titles of units and people), the calendar, the unit tree, the
 * year's targets.  A scorecard kept at these (and its root, the day, the
 * reader's language) is the one task_scorecard_load would give.  A store
 * status.
 */
struct task_scorecard_revisions {
	int64_t tasks, calendar, units, targets;
};
int task_scorecard_revisions(struct store *st, int year, struct task_scorecard_revisions *out);

/* The review (rà soát) of UNIT and its subtree (DOMAIN.md §3, the seed's demand). */
struct task_review {
	int year;
	cal_day today, soon_until;   /* due soon: judged deadline from today to soon_until */
	const struct calendar *cal;  /* judged on (task_calendar) */
	struct target *targets_without_plan;
	size_t ntargets_without_plan;
	struct plan *plans_without_tasks;
	size_t nplans_without_tasks;
	struct task *stale;          /* open, no progress reported for 30 days */
	size_t nstale;
	struct task *overdue;
	size_t noverdue;
	struct task *due_soon;       /* open, due within 5 working days */
	size_t ndue_soon;
};
enum { TASK_REVIEW_STALE_DAYS = 30, TASK_REVIEW_SOON_WORKING_DAYS = 5 };
int task_review_load(struct store *st, struct arena *a, int64_t unit, int year, cal_day today,
                     struct task_review *out);

typedef bool (*supervision_edit)(void *ctx, struct supervision *s, struct arena *a,
                                 struct org_error *err);
/* ID 0 creates a programme; PERM_SUPERVISE on its unit. */
enum org_result supervision_save(struct store *st, struct arena *a, const struct principal *who,
                                 int64_t id, supervision_edit edit, void *ctx,
                                 struct supervision *out, struct org_error *err);
/* The same inside a transaction the caller holds (the demo); no retry. */
enum org_result supervision_save_in(struct store *st, struct arena *a, const struct principal *who,
                                    int64_t id, supervision_edit edit, void *ctx,
                                    struct supervision *out, struct org_error *err);
/*
 * Records finding F (text) of programme F->supervision_id and creates its
 * N follow-up tasks (TASKS, each with its required fields; source
 * "supervision", tracked like any other task), all or nothing; their ids
 * are set.  PERM_SUPERVISE on the programme's unit and on each task's unit.
 * ERR names the task (its index in ERR_INDEX) whose field is wrong.
 */
enum org_result supervision_add_finding(struct store *st, struct arena *a,
                                        const struct principal *who,
                                        struct supervision_finding *f, struct task *tasks,
                                        size_t n, struct task_error *err, size_t *err_index);
enum org_result supervision_add_finding_in(struct store *st, struct arena *a,
                                           const struct principal *who,
                                           struct supervision_finding *f, struct task *tasks,
                                           size_t n, struct task_error *err, size_t *err_index);
/*
 * A follow-up task *T of finding FINDING_ID of programme SUPERVISION_ID,
 * created by WHO (PERM_SUPERVISE on the programme's unit and the task's):
 * source "supervision", tracked like any other.  ORG_INVALID naming
 * "finding_id" when the finding is not the programme's.
 */
enum org_result supervision_follow_up(struct store *st, struct arena *a,
                                      const struct principal *who, int64_t supervision_id,
                                      int64_t finding_id, struct task *t, struct task_error *err);
/* May WHO record programmes, findings and follow-up for UNIT (the forms shown and the writes agree)? */
bool supervision_may_edit(struct store *st, struct arena *a, const struct principal *who,
                          int64_t unit);
int supervision_service_get(struct store *st, int64_t id, struct arena *a,
                            struct supervision *out);
int supervision_service_list(struct store *st, int64_t unit, struct arena *a,
                             struct supervision **out, size_t *n);
int supervision_service_findings(struct store *st, int64_t id, struct arena *a,
                                 struct supervision_finding **out, size_t *n);
int supervision_service_finding_tasks(struct store *st, int64_t finding_id, struct arena *a,
                                      struct task **out, size_t *n);
json_t *supervision_json(const struct supervision *s);
json_t *supervision_finding_json(const struct supervision_finding *f);
bool task_audit_supervision_may_read(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id);

/* The task module's permissions (task_module.c). */
extern const struct permission task_perm_assign, task_perm_report_progress,
	task_perm_approve_deadline, task_perm_import, task_perm_supervise;
/* Run the Standing Committee's supervision of the unit, record findings and their follow-up. */
#define PERM_SUPERVISE (&task_perm_supervise)
/* Create and edit the unit's plans and tasks. */
#define PERM_ASSIGN_TASKS (&task_perm_assign)
/* Report progress on the unit's tasks. */
#define PERM_REPORT_PROGRESS (&task_perm_report_progress)
/* Approve a change of deadline of the unit's tasks. */
#define PERM_APPROVE_DEADLINE (&task_perm_approve_deadline)
/* Import people and tasks (all-or-nothing files). */
#define PERM_IMPORT_TASKS (&task_perm_import)

#endif
