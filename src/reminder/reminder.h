/*
 * reminder.h: what is due, for whom; the daily digest built from it.
 *
 * A module that has things due (target reports today; tasks when the tasks
 * module lands; dossiers and feedback later) fills a list of due items with
 * one function, a struct reminder_source named in reminder_sources.c.  An
 * item is addressed to a person (the assignee: every account linked to that
 * person gets it) and/or to a unit with a permission (every account with a
 * role carrying it granted on that unit itself: the unit's own officers,
 * not everyone above them who could act there too).
 *
 * The digest of one account is its items due within N working days or
 * overdue; the inbox keeps it, the outbox e-mails it when SMTP is
 * configured, the iCalendar feeds serve the same items as events.
 */
#ifndef DIEUHANH_REMINDER_H
#define DIEUHANH_REMINDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar/calendar.h"

struct store;
struct arena;
struct permission;

/* One thing due. */
struct reminder_item {
	const char *kind;             /* "target_report", "task", ... (the source's name) */
	const char *uid;              /* stable across runs: "target-12-3-25" (iCalendar UID) */
	const char *title;            /* what is due, in Vietnamese as the record names it */
	const char *detail;           /* a line more (the unit, the period), or NULL */
	const char *path;             /* the page where it is acted on: "/targets/12" */
	cal_day due;                  /* the last day */
	int64_t person_id;            /* addressed to this person's accounts; 0: none */
	int64_t unit_id;              /* and/or to the accounts holding PERM on this unit; 0: none */
	const struct permission *perm;
};

/* An arena-backed growing list. */
struct reminder_list {
	struct arena *a;
	struct reminder_item *v;
	size_t n, cap;
};
/* A zeroed item at the end of L. */
struct reminder_item *reminder_list_push(struct reminder_list *l);

/*
 * What a source is asked: the items not done whose last day is on or
 * before HORIZON (TODAY + N working days), overdue ones included (due
 * before TODAY; a source may stop looking a year back).  CAL is the
 * effective working calendar.  A store_status.
 */
struct reminder_query {
	cal_day today;
	cal_day horizon;
	const struct calendar *cal;
	int64_t unit_id;              /* >0: only items addressed to this unit (a unit's feed) */
};

struct reminder_source {
	const char *name;
	int (*collect)(struct store *st, struct arena *a, const struct reminder_query *q,
	               struct reminder_list *out);
};

/* The sources, NULL-terminated (reminder_sources.c: one line per module). */
extern const struct reminder_source *const reminder_sources[];

/* Orders items by due day, then title (bytes), then uid: a digest reads oldest first. */
void reminder_sort(struct reminder_item *v, size_t n);

/* Working days from TODAY to DUE under CAL: negative when overdue (cal_working_days). */
long reminder_days_left(const struct calendar *cal, cal_day today, cal_day due);

enum { REMINDER_DEFAULT_DAYS = 5, REMINDER_MAX_DAYS = 60, REMINDER_MAX_ITEMS = 200,
       REMINDER_MAX_FEEDS = 20 };

#endif
