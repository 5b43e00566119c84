/*
 * task.h: plans and tasks (DOMAIN.md §3) and the rules on them, pure.
 *
 * The seed's rule: every plan states its completion time, the units and
 * people assigned and the leader responsible for chief direction.  So a
 * task without a deadline, a unit, an assignee or a responsible leader is
 * refused, naming each missing field; a plan without a unit, year, leader or
 * completion date likewise.
 *
 * A task's status is never typed: it follows from its dates (the
 * Government Office's four: completed on time, completed late, in progress
 * within the deadline, overdue).  Lateness is judged against the deadline
 * the task was given, moved to the next working day when it falls on a day
 * off (Civil Code Art. 148); a later change of deadline keeps the old one,
 * its reason and who approved it, and moves the judged deadline only when
 * approved.  Days are calendar day numbers (calendar.h); 0 means "none"
 * (1970-01-01 is never a date of this program).
 *
 * See docs/TASKS.md.
 */
#ifndef DIEUHANH_TASK_H
#define DIEUHANH_TASK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar/calendar.h"

enum task_status {
	TASK_ON_TIME,        /* đã hoàn thành đúng hạn */
	TASK_LATE,           /* đã hoàn thành quá hạn */
	TASK_IN_PROGRESS,    /* chưa hoàn thành, trong hạn */
	TASK_OVERDUE,        /* chưa hoàn thành, quá hạn */
	TASK_STATUS_COUNT
};

/* The list filter's status: one of the four, or open (the last two), or done (the first two). */
enum task_status_filter {
	TASK_ANY = 0,
	TASK_F_ON_TIME,
	TASK_F_LATE,
	TASK_F_IN_PROGRESS,
	TASK_F_OVERDUE,
	TASK_F_OPEN,
	TASK_F_DONE,
};

enum task_priority { TASK_PRIO_LOW, TASK_PRIO_NORMAL, TASK_PRIO_HIGH, TASK_PRIO_URGENT };

/* Where a task comes from. */
enum task_source {
	TASK_SRC_PLAN,          /* a plan or programme */
	TASK_SRC_SUPERVISION,   /* a supervision finding */
	TASK_SRC_CITIZEN,       /* a commitment made to citizens */
	TASK_SRC_DIRECTIVE,     /* a superior's directive */
};

struct task {
	int64_t id;
	const char *ref;            /* external reference (imports); NULL: none */
	int64_t plan_id;            /* 0: none */
	int64_t unit_id;            /* the unit assigned: the lead unit */
	/* Units co-assigned besides the lead, ascending, never the lead (task_units_normalize). */
	const int64_t *co_unit_ids;
	size_t nco_units;
	const char *title;
	const char *description;    /* "" when none */
	int64_t assignee_id;        /* the person assigned */
	int64_t leader_id;          /* the leader responsible for chief direction */
	enum task_priority priority;
	enum task_source source;
	int64_t finding_id;         /* the supervision finding it follows up; 0: none */
	cal_day start_day;          /* 0: none */
	cal_day due_day;            /* the deadline now in force */
	cal_day original_day;       /* the deadline first given */
	cal_day judged_due;         /* the deadline lateness is judged against */
	cal_day judged_day;         /* judged_due moved to a working day (derived) */
	int progress;               /* 0-100 */
	cal_day completed_day;      /* 0: not completed */
	cal_day progress_day;       /* the last progress update's day; 0: none */
	/* Derived on write by task_prepare(): */
	const unsigned char *sort_key;
	size_t sort_key_len;
	/* Read with lists (joins), never written: */
	const char *unit_name, *assignee_name, *leader_name;
};

/* A dated progress report. */
struct task_update {
	int64_t id;
	int64_t task_id;
	cal_day day;                /* the day the progress was reached */
	int progress;               /* 0-100 */
	const char *note;           /* NULL: none */
	const char *attachment;     /* a reference to a document; NULL: none */
	int64_t reporter_id;        /* user id */
	const char *reporter;       /* login */
	int64_t reported_at;        /* unix seconds */
};

/* A change of deadline: the old one stays, with the reason and the approver. */
struct task_deadline_change {
	int64_t id;
	int64_t task_id;
	cal_day old_day, new_day;
	const char *reason;
	bool approved;
	const char *changed_by;     /* login */
	const char *approved_by;    /* login of the approver; NULL when not approved */
	int64_t changed_at;         /* unix seconds */
};

struct plan {
	int64_t id;
	int64_t unit_id;
	int year;
	const char *title;
	const char *description;
	int64_t leader_id;          /* the leader responsible for chief direction */
	cal_day due_day;            /* the completion time */
	const unsigned char *sort_key;
	size_t sort_key_len;
	/* The targets it serves (plan_target); read with the plan. */
	const int64_t *target_ids;
	size_t ntargets;
};

enum {
	TASK_TITLE_MAX = 500,
	TASK_TEXT_MAX = 10000,
	TASK_REF_MAX = 64,
	TASK_NOTE_MAX = 2000,
	TASK_ATTACHMENT_MAX = 500,
	TASK_MAX_TARGETS = 64,
	TASK_MAX_MISSING = 6,
	TASK_MAX_CO_UNITS = 20,
};

/* How many tasks of a unit or a leader stand in each status. */
struct task_counts {
	int64_t id;                 /* the unit or the leader (person) */
	int64_t on_time, late, in_progress, overdue;
};

/* A supervision programme of the Standing Committee and what it found. */
struct supervision {
	int64_t id;
	int64_t unit_id;            /* the unit supervised */
	const char *title;
	cal_day from_day, to_day;   /* the period */
	const char *members;        /* "" when none listed */
	const char *conclusions;    /* "" until concluded */
};

struct supervision_finding {
	int64_t id;
	int64_t supervision_id;
	const char *text;
	const char *recorded_by;    /* login */
	int64_t recorded_at;        /* unix seconds */
};

/*
 * Not fulfilling one's duties (DOMAIN.md §3, the seed's "deal with those
 * who do not fulfil their duties"), judged on the tasks due in the period:
 * fewer than TASK_DUTY_MIN_PCT % of the judged ones (completed, or past
 * their deadline) on time, over at least TASK_DUTY_MIN_JUDGED of them; or a
 * task overdue by more than TASK_DUTY_MAX_LATE working days.
 */
enum { TASK_DUTY_MIN_JUDGED = 5, TASK_DUTY_MIN_PCT = 70, TASK_DUTY_MAX_LATE = 20 };
enum { TASK_DUTY_RATE = 1u, TASK_DUTY_LONG_OVERDUE = 2u };
/* The percentage of judged tasks done on time; -1 when none is judged yet. */
double task_on_time_pct(const struct task_counts *c);
/* TASK_DUTY_* bits for C, whose longest overdue task is MAX_LATE working days late. */
unsigned task_duty_failures(const struct task_counts *c, long max_late);
/* qsort order of a ranking: on-time % (highest first, none last), then fewer overdue, then id. */
int task_counts_rank_cmp(const void *a, const void *b);

const char *task_status_name(enum task_status s);
/* The status filter a name gives ("on_time", ..., "open", "done"); -1 when none. */
int task_status_filter_parse(const char *s);
const char *task_priority_name(enum task_priority p);
int task_priority_parse(const char *s);
const char *task_source_name(enum task_source s);
int task_source_parse(const char *s);

/*
 * The required fields T lacks, by their API names, in the form's order
 * (title, unit_id, assignee_id, leader_id, due_date): fills MISSING and
 * returns how many.
 */
size_t task_missing_fields(const struct task *t, const char *missing[TASK_MAX_MISSING]);
size_t plan_missing_fields(const struct plan *p, const char *missing[TASK_MAX_MISSING]);

/*
 * The other checks on T that need no database (lengths, progress, dates in
 * order); false with the field and a sentence.  Call after
 * task_missing_fields() found nothing.
 */
bool task_check(const struct task *t, const char **field, const char **detail);

/*
 * IDS (N of them) as a task's co-assigned units beside LEAD: sorted, each
 * once, without LEAD and without non-positive ids; returns how many remain
 * (in place).
 */
size_t task_units_normalize(int64_t lead, int64_t *ids, size_t n);
bool plan_check(const struct plan *p, const char **field, const char **detail);

/*
 * A new task's deadlines: the original and the judged one are the first
 * deadline given; the judged day is moved to a working day by C.
 */
void task_set_first_deadline(struct task *t, const struct calendar *c);
/* Recomputes the judged day from judged_due (after a calendar change, an import). */
void task_derive(struct task *t, const struct calendar *c);

/*
 * Changes T's deadline to NEW_DAY: the deadline in force moves; the judged
 * one only when APPROVED.  Fills CH (old and new day, approved).  False
 * with DETAIL when the change is refused (no reason, the same day).
 */
bool task_change_deadline(struct task *t, cal_day new_day, const char *reason, bool approved,
                          const struct calendar *c, struct task_deadline_change *ch,
                          const char **detail);

/*
 * Applies a progress report U to T: its progress and last report day; 100 %
 * completes the task on U's day.  False with the field and a sentence when
 * refused (outside 0-100, a day before the task started or in the future,
 * a completed task set below 100 %).
 */
bool task_apply_update(struct task *t, const struct task_update *u, cal_day today,
                       const char **field, const char **detail);

/* The status on TODAY. */
enum task_status task_status_of(const struct task *t, cal_day today);
/*
 * Working days past the judged deadline: to completion for a task
 * completed late, to TODAY for an overdue one; 0 otherwise.
 */
long task_days_late(const struct task *t, cal_day today, const struct calendar *c);

#endif
