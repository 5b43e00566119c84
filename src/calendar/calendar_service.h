/*
 * calendar_service.h: the effective working calendar, and administrators'
 * edits of it.
 *
 * The calendar is the shipped tables (calendar_published.c) or, for a year
 * nobody published, the Labour Code's year with the lunar holidays
 * (cal_law_year, "not yet confirmed"), with an administrator's edits of
 * single days on top (a holiday added, a day off taken back, a weekend day
 * worked) and the years an administrator confirmed.  Edits live in the
 * database; calendar_service_load() keeps them in memory, reloaded when
 * the calendar's revision counter moves (any process's edit bumps it in
 * the edit's transaction: docs/ARCHITECTURE.md, "Caching").
 *
 * Who may edit: PERM_EDIT_CALENDAR held on a top-level unit (the city's
 * administrators): the calendar is the whole administration's, a ward's
 * administrator cannot change the deadlines of another ward.  Every edit is
 * audited as the year's ("calendar_year", the year), before and after.
 */
#ifndef DIEUHANH_CALENDAR_SERVICE_H
#define DIEUHANH_CALENDAR_SERVICE_H

#include <jansson.h>

#include "auth/auth.h"
#include "calendar/calendar.h"
#include "org/org_service.h"

struct store;
struct arena;

/*
 * The effective calendar into *OUT, allocated in A (valid as long as A):
 * pass it to cal_deadline(), cal_working_days(), cal_is_working_day().
 * One primary-key read when nothing changed.  A store_status; on failure
 * *OUT is the shipped calendar (no edits), never garbage.
 */
int calendar_service_load(struct store *st, struct arena *a, struct calendar *out);

/*
 * The calendar's revision into *REV: it changes with every edit, in the
 * edit's transaction (for caches of what the calendar decides, such as
 * working days late).  A store_status.
 */
int calendar_service_revision(struct store *st, int64_t *rev);

/* What an edit of a day does. */
enum calendar_set {
	CALENDAR_SET_OFF,      /* a day off (a holiday, a day off announced late) */
	CALENDAR_SET_WORKING,  /* a working day (a weekend worked, a day off taken back) */
	CALENDAR_SET_RESET,    /* back to the table: the edit is removed */
};

/*
 * Edits DAY on behalf of WHO, in a transaction, audited.  NOTE (why; 1–200
 * bytes of UTF-8) is required unless resetting.  An edit that says what the
 * table says already is removed rather than stored.  *INFO gets the day as
 * it now is.  ORG_INVALID (field "date" or "note"), ORG_FORBIDDEN, …
 */
enum org_result calendar_day_set(struct store *st, struct arena *a,
                                 const struct principal *who, cal_day day,
                                 enum calendar_set what, const char *note,
                                 struct cal_day_info *info, struct org_error *err);

/*
 * Marks YEAR confirmed (or not) by WHO, audited.  A shipped year is the
 * Government's and always confirmed: unconfirming it is ORG_CONFLICT.
 */
enum org_result calendar_year_confirm(struct store *st, struct arena *a,
                                      const struct principal *who, int year, bool confirmed,
                                      struct org_error *err);

/* May WHO edit the calendar?  What the writes check inside their transaction. */
bool calendar_may_edit(struct store *st, struct arena *a, const struct principal *who);

/*
 * YEAR of C as JSON: {"year", "confirmed", "source": "published"|"computed",
 * "days_off": [{date, reason, edited, note}], "weekend_days_worked": [...],
 * "edits": [{date, working, note}]}.  Days off are the weekdays off of the
 * civil year; weekend days worked likewise.
 */
json_t *calendar_year_json(const struct calendar *c, int year);
/* One day: {"date", "working", "reason", "edited", "note"}. */
json_t *calendar_day_json(cal_day day, const struct cal_day_info *info);
/* A day as the APIs write dates: "YYYY-MM-DD", null for day 0 (none). */
json_t *calendar_date_json(cal_day d);

/* Who may read the history of a year's edits: the audit permission on a top-level unit. */
bool calendar_audit_year_may_read(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t year);

/* Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
cal_day calendar_today(void);

/* The calendar's permission (calendar_module.c). */
extern const struct permission calendar_perm_edit;
#define PERM_EDIT_CALENDAR (&calendar_perm_edit)

#endif
