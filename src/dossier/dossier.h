/*
 * dossier.h: the one-stop shop (cơ chế một cửa) under ISO 9001 — documented
 * procedures and the dossiers citizens lodge under them (DOMAIN.md §4–5,
 * docs/DOSSIERS.md).
 *
 * This file holds the records and the rules that need no database: the
 * state machine and its table, the national portal's status codes, the
 * deadline rules (Civil Code Arts. 147–148, Decree 61 Art. 16–19), the
 * judgement of a finished dossier (Circular 01/2018 Index 1), the dossier
 * code and the ISO review flags of a procedure.  Pure: no clock, no I/O;
 * times are Unix seconds, days are cal_day in Asia/Ho_Chi_Minh (UTC+7, no
 * daylight saving).
 */
#ifndef DIEUHANH_DOSSIER_H
#define DIEUHANH_DOSSIER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar/calendar.h"

/* ---- procedures ------------------------------------------------------- */

enum { PROC_MAX_DOCUMENTS = 32, PROC_MAX_STEPS = 16, PROC_TEXT_MAX = 2000,
       PROC_NAME_MAX = 300, PROC_CODE_MAX = 40, PROC_MAX_WORKING_DAYS = 365 };

struct proc_document {
	const char *name;
	bool required;
};

struct proc_step {
	const char *name;
	const char *responsible;   /* the unit or role */
	int days;                  /* time budget in working days */
	const char *records;       /* the records kept (ISO) */
};

/* One version of a documented procedure; a change makes a new version. */
struct procedure {
	int64_t id;               /* this version's row */
	const char *code;         /* "1.001766": the national catalogue's code, or ours */
	int version;              /* 1, 2, ... */
	bool current;             /* the latest version */
	const char *name;
	const char *field;        /* lĩnh vực: "Hộ tịch", "Xây dựng", ... */
	const char *level;        /* "ward" or "district" */
	int64_t owner_unit_id;    /* who maintains it (ISO document owner) */
	const char *legal_basis;
	const char *legal_changed;/* "YYYY-MM-DD" the legal basis last changed, or NULL */
	int working_days;         /* statutory time */
	const char *fee;          /* as published: "Miễn phí", "50.000 đồng" */
	const char *version_date; /* "YYYY-MM-DD" this version took effect */
	const char *reviewed_on;  /* "YYYY-MM-DD" last ISO review */
	struct proc_document documents[PROC_MAX_DOCUMENTS];
	size_t ndocuments;
	struct proc_step steps[PROC_MAX_STEPS];
	size_t nsteps;
};

/* The ISO flags: not reviewed for a year; the law changed > 3 months ago, no new version. */
struct proc_flags {
	bool review_overdue;
	bool legal_change_pending;
};
void procedure_flags(const struct procedure *p, cal_day today, struct proc_flags *out);

/* Checks the fields that need no database; false with *FIELD and *DETAIL. */
bool procedure_check(const struct procedure *p, const char **field, const char **detail);

/* ---- dossiers --------------------------------------------------------- */

enum dossier_state {
	DS_SUBMITTED,   /* lodged online, not yet accepted at the desk */
	DS_RECEIVED,    /* receipt given (form 01), not yet forwarded */
	DS_REFUSED,     /* not received (form 03) */
	DS_PROCESSING,
	DS_SUPPLEMENT,  /* waiting for the citizen (form 02): the clock stops */
	DS_FEES_DUE,
	DS_WITHDRAWN,
	DS_PAUSED,
	DS_STOPPED,
	DS_DONE,        /* result ready at the desk */
	DS_RETURNED,    /* result handed to the citizen */
	DS_COUNT
};

enum dossier_action {
	DA_ACCEPT,              /* submitted → received */
	DA_REFUSE,              /* submitted → refused */
	DA_FORWARD,             /* received → processing */
	DA_STEP,                /* processing: the next step of the procedure */
	DA_REQUEST_SUPPLEMENT,  /* received/processing → supplement */
	DA_SUPPLEMENT,          /* supplement → where it was: the clock runs again */
	DA_REQUEST_FEES,        /* processing → fees due */
	DA_PAY,                 /* fees due → processing */
	DA_PAUSE,
	DA_RESUME,
	DA_STOP,
	DA_APOLOGIZE,           /* a new date, once, at least 1 working day before the deadline */
	DA_FINISH,              /* processing → done */
	DA_RETURN,              /* done → returned */
	DA_WITHDRAW,
	DA_COUNT
};

/* "received", "processing", ...; -1 for an unknown name. */
const char *dossier_state_name(enum dossier_state s);
int dossier_state_parse(const char *s);
const char *dossier_action_name(enum dossier_action a);
int dossier_action_parse(const char *s);
/* The national public-service portal's status code, 1–10. */
int dossier_portal_code(enum dossier_state s);
/* A state no action leaves. */
bool dossier_state_final(enum dossier_state s);

/*
 * The state action A leads to from FROM; false when A is not allowed
 * there (a 409 naming FROM).  DA_SUPPLEMENT returns to RESUME (the state the
 * dossier waited from); DA_STEP and DA_APOLOGIZE stay where they are.
 */
bool dossier_next(enum dossier_state from, enum dossier_action a, enum dossier_state resume,
                  enum dossier_state *to);

/* ---- time ------------------------------------------------------------- */

enum { DOSSIER_UTC_OFFSET = 7 * 3600, DOSSIER_FORWARD_CUTOFF_HOUR = 15 };

/* The civil day (Asia/Ho_Chi_Minh) of Unix time T, and its hour. */
cal_day dossier_local_day(int64_t t);
int dossier_local_hour(int64_t t);

/*
 * The day the count starts after (Civil Code Art. 147: the day of receipt is
 * not counted): the day of receipt, or the next working day when the
 * dossier came in after 15:00 (it is forwarded then) or on a day off.
 */
cal_day dossier_clock_start(const struct calendar *c, int64_t received_at);

/*
 * The due day: WORKING_DAYS after START, plus PAUSED working days spent
 * waiting for the citizen.  Ends at 24:00 of that day; a day off moves it
 * on (cal_deadline).  False outside the calendar's years.
 */
bool dossier_due_day(const struct calendar *c, cal_day start, int working_days, int paused,
                     cal_day *out);

/* Working days the clock stood still: after the request's day, up to the supplement's. */
int dossier_paused_days(const struct calendar *c, int64_t requested_at, int64_t supplied_at);

/*
 * May an apology set NEW_DUE for a dossier due DUE, on TODAY, after
 * APOLOGIES earlier ones?  NULL when yes, else the reason (English, for T()).
 */
const char *dossier_apology_problem(const struct calendar *c, cal_day today, cal_day due,
                                    cal_day new_due, int apologies);

enum dossier_result { DR_NONE, DR_EARLY, DR_ON_TIME, DR_LATE };
const char *dossier_result_name(enum dossier_result r);
int dossier_result_parse(const char *s);
/* Circular 01/2018 Index 1: early 2, on time 1, late 0. */
int dossier_result_score(enum dossier_result r);

/*
 * The judgement of a dossier finished on FINISHED (a civil day) that was
 * due DUE (the date promised first: an apology does not make a late
 * dossier on time): more than one supplement request counts as late.
 */
enum dossier_result dossier_judge(cal_day finished, cal_day due, int supplements);

/* ---- codes ------------------------------------------------------------ */

enum { DOSSIER_CODE_MAX = 96 };
/* "<unit-code>-YYMMDD-XXXX" into BUF; false when it does not fit or SEQ is out of 1–9999. */
bool dossier_code_format(char *buf, size_t size, const char *unit_code, cal_day day, int seq);
/* Could S be a dossier code (length, characters)?  A cheap filter before any lookup. */
bool dossier_code_plausible(const char *s);

/* ---- satisfaction (Decree 61 Art. 31) --------------------------------- */

enum { DOSSIER_RATING_CRITERIA = 8, DOSSIER_RATING_MAX = 5 };
/* The criteria's names as stored ("return_time", ...), in order. */
extern const char *const dossier_rating_keys[DOSSIER_RATING_CRITERIA];
/* English labels, marked for translation. */
extern const char *const dossier_rating_labels[DOSSIER_RATING_CRITERIA];

#endif
