/*
 * calendar.h: the civil servants' working calendar of Viet Nam, and
 * deadlines counted in working days.
 *
 * Dossiers, tasks and citizen feedback all have deadlines stated as "N
 * working days from ...".  What a working day is cannot be computed from
 * the weekday alone: each year the Government publishes its days off (the
 * Labour Code's holidays, two of them lunar, plus compensatory days and
 * swaps) and the Saturdays worked in exchange.  So the calendar is data, a
 * table per year, with the published years shipped (cal_published_year)
 * and a year nobody has entered pre-filled from the Labour Code and the
 * lunar calendar (cal_law_year), marked as not confirmed.
 *
 * Deadlines follow the Civil Code 2015: the start day is not counted
 * (Art. 147) and a deadline whose last day is a day off moves to the next
 * working day (Art. 148).  Days are civil dates in Asia/Ho_Chi_Minh; this
 * module never looks at a clock or a time zone, callers pass dates.
 *
 * Pure: no I/O, no allocation beyond what the caller passes in.
 */
#ifndef DIEUHANH_CALENDAR_H
#define DIEUHANH_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A civil date as a day number: days since 1970-01-01 (proleptic Gregorian). */
typedef int32_t cal_day;

enum { CAL_MIN_YEAR = 1900, CAL_MAX_YEAR = 2199 };

/* The day number of Y-M-D; false when the date does not exist or is out of range. */
bool cal_from_ymd(int y, int m, int d, cal_day *out);
void cal_to_ymd(cal_day day, int *y, int *m, int *d);
/* 0 Monday … 6 Sunday. */
int cal_weekday(cal_day day);
/* "YYYY-MM-DD" (exactly that form); false otherwise. */
bool cal_parse_iso(const char *s, cal_day *out);
/* "YYYY-MM-DD" into BUF (11 bytes). */
void cal_format_iso(cal_day day, char buf[11]);

/* Where a year's table comes from. */
enum cal_source {
	CAL_PUBLISHED,   /* announced by the Government: shipped or entered by an administrator */
	CAL_LAW_ONLY,    /* computed from the Labour Code and the lunar calendar: not confirmed */
};

enum { CAL_MAX_DAYS_OFF = 40, CAL_MAX_SATURDAYS = 8 };

/* Why a day is what it is (the page names it; the API gives the code). */
enum cal_reason {
	CAL_REASON_WORKING = 0,   /* an ordinary working day */
	CAL_REASON_WEEKEND,       /* Saturday or Sunday */
	CAL_REASON_NEW_YEAR,      /* 1/1 */
	CAL_REASON_TET,           /* the lunar new year */
	CAL_REASON_HUNG_KINGS,    /* 10/3 lunar */
	CAL_REASON_APRIL_MAY,     /* 30/4 and 1/5 */
	CAL_REASON_NATIONAL_DAY,  /* 2/9 and the day next to it */
	CAL_REASON_COMPENSATORY,  /* a holiday fell on a weekend (nghỉ bù) */
	CAL_REASON_SWAP,          /* a weekend day worked in exchange for a weekday off */
	CAL_REASON_EDITED,        /* an administrator's edit: its note says why */
	CAL_REASON_COUNT
};
/* "working", "weekend", "new_year", … ; the codes of the API. */
const char *cal_reason_name(enum cal_reason r);

/*
 * An administrator's edit of one day: off, or working (a weekend worked,
 * or a published day off taken back).  It wins over the table.
 */
struct cal_edit {
	cal_day day;
	bool working;
	const char *note;          /* why, as the administrator wrote it */
};

enum { CAL_MAX_EDITS = 100, CAL_NOTE_MAX = 200 };

/*
 * One year's exceptions to Monday–Friday.  DAYS_OFF are weekdays (or any
 * days) off work, OFF_REASON[i] saying why DAYS_OFF[i]; SATURDAYS_WORKED
 * are weekend days that are working days.  Both sorted ascending; days of
 * other years may appear (a range that starts on 29/12 of the year
 * before), they are harmless.  EDITS (days of this civil year only, sorted)
 * are an administrator's and win over both; they point into the caller's
 * memory (calendar_service_load's arena).
 */
struct cal_year {
	int year;
	enum cal_source source;
	bool computed;             /* the table is the law's (cal_law_year), not a shipped one */
	cal_day days_off[CAL_MAX_DAYS_OFF];
	unsigned char off_reason[CAL_MAX_DAYS_OFF];
	size_t n_days_off;
	cal_day saturdays_worked[CAL_MAX_SATURDAYS];
	size_t n_saturdays_worked;
	const struct cal_edit *edits;
	size_t n_edits;
};

/*
 * The shipped table of YEAR (2019–2026: HOLIDAYS.md), into *OUT.  False
 * when the year has not been published.
 */
bool cal_published_year(int year, struct cal_year *out);

/*
 * YEAR as the Labour Code 2019 Art. 112 alone gives it: 1/1; five days of
 * Tết (the last day of the lunar year and the first four of the new one);
 * Hùng Kings' day (10/3 lunar); 30/4 and 1/5; 2/9 with the day after it;
 * a holiday on a weekend gives the next working day off.  Marked
 * CAL_LAW_ONLY: the Government's announcement usually differs.
 */
void cal_law_year(int year, struct cal_year *out);

/* The lunar calendar (Hồ Ngọc Đức's algorithm, at UTC+7). */
/* The solar date of lunar DAY/MONTH of lunar year YEAR (not a leap month). */
bool cal_lunar_to_solar(int day, int month, int year, cal_day *out);
/* Tết: 1/1 of the lunar year that begins in solar year YEAR. */
cal_day cal_tet(int year);

/*
 * A calendar: the years it knows.  Years it does not know are taken from
 * cal_published_year, else cal_law_year.  Callers with edited tables (an
 * administrator's, from the database) pass them in YEARS.
 */
struct calendar {
	const struct cal_year *years;
	size_t n_years;
};

/* Where YEAR's table comes from in C. */
enum cal_source cal_year_source(const struct calendar *c, int year);
/* YEAR's table as C has it (an edited one, else the shipped one, else the law's). */
void cal_year_table(const struct calendar *c, int year, struct cal_year *out);
bool cal_is_working_day(const struct calendar *c, cal_day day);

/* One day as C sees it, and why. */
struct cal_day_info {
	bool working;
	enum cal_reason reason;
	bool edited;               /* an administrator's edit decides it */
	const char *note;          /* the edit's note, or NULL */
};
void cal_day_describe(const struct calendar *c, cal_day day, struct cal_day_info *out);
/* The same for each day FROM..TO into OUT[0..TO-FROM], each year's table built once. */
void cal_describe_range(const struct calendar *c, cal_day from, cal_day to,
                        struct cal_day_info *out);
/* The days of Y-M (1–12) from the 1st; false when out of range. */
int cal_days_in_month(int y, int m);

enum { CAL_MAX_WORKING_DAYS = 3650 };

/*
 * The deadline N working days after FROM (FROM itself not counted): the
 * N-th working day after it.  N = 0 gives FROM, or the next working day
 * when FROM is a day off.  False when N is outside 0–3650 or the result
 * leaves the supported years.
 */
bool cal_deadline(const struct calendar *c, cal_day from, int n, cal_day *out);

/*
 * Working days after FROM up to and including TO: the N for which
 * cal_deadline(FROM, N) would be TO when TO is a working day.  Negative
 * when TO is before FROM (the working days from TO to FROM, negated).
 */
long cal_working_days(const struct calendar *c, cal_day from, cal_day to);

#endif
