/*
 * feedback.h: citizen feedback (phản ánh, kiến nghị) — the record, its
 * states, routing to the responsible unit and the deadline rules.
 *
 * Modelled on Ho Chi Minh City's 1022 system (docs/FEEDBACK.md): a report
 * arrives by any channel, is routed by category and ward to the unit that
 * must answer, is due within a number of working days (5 unless the
 * category says otherwise), and a unit that will be late records its
 * progress and the date it commits to.  The citizen follows the report by
 * a secret code and may re-open it within a number of days of the answer.
 *
 * Everything here is pure: no clock (callers pass "now" and "today"), no
 * I/O; days are cal_day (src/calendar/calendar.h).
 */
#ifndef DIEUHANH_FEEDBACK_H
#define DIEUHANH_FEEDBACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar/calendar.h"

enum fb_state {
	FB_RECEIVED = 0,   /* not yet routed to a unit */
	FB_ASSIGNED,       /* routed; the unit has not started */
	FB_IN_PROGRESS,
	FB_ANSWERED,
	FB_CLOSED,
	FB_REOPENED,       /* the citizen (or staff) found the answer wanting */
	FB_REJECTED,       /* with a reason */
	FB_DUPLICATE,      /* linked to the original report */
	FB_STATE_COUNT
};

/* Moderation: nothing a citizen wrote is public before staff look at it. */
enum fb_moderation {
	FB_MOD_PENDING = 0,
	FB_MOD_PUBLISHED,
	FB_MOD_HIDDEN,
	FB_MOD_COUNT
};

enum fb_channel {
	FB_CH_WEB = 0, FB_CH_PHONE, FB_CH_DESK, FB_CH_HOTLINE, FB_CH_EMAIL, FB_CH_OPEN311,
	FB_CH_COUNT
};

/* What a handler may do to a report. */
enum fb_action {
	FB_ACT_ASSIGN = 0,   /* route (or re-route) to a unit */
	FB_ACT_START,        /* the unit takes it up */
	FB_ACT_PROGRESS,     /* a late unit's progress and committed date */
	FB_ACT_ANSWER,
	FB_ACT_CLOSE,
	FB_ACT_REOPEN,
	FB_ACT_REJECT,       /* with a reason */
	FB_ACT_DUPLICATE,    /* of another report */
	FB_ACT_COUNT
};

enum {
	FB_DEFAULT_DUE_DAYS = 5,
	FB_DEFAULT_REOPEN_DAYS = 30,
	FB_CODE_LEN = 10,           /* the follow-up code: 10 of 32 letters, 50 bits */
	FB_DESCRIPTION_MAX = 4000,  /* Open311's limit */
	FB_ADDRESS_MAX = 300,
	FB_NAME_MAX = 120,
	FB_CONTACT_MAX = 200,
	FB_TEXT_MAX = 4000,         /* answers, notes, reasons */
};

struct feedback {
	int64_t id;
	const char *code;           /* the citizen's follow-up code (secret) */
	const char *category;       /* feedback_category.code */
	int64_t ward_id;            /* where: a ward */
	int64_t unit_id;            /* who answers; 0 until routed */
	enum fb_channel channel;
	const char *address;        /* or NULL */
	bool has_point;
	double lat, lon;
	const char *description;
	/* Personal data: never public, shown only to those who handle the report. */
	const char *contact_name, *contact_phone, *contact_email;
	const char *client_hash;    /* hash of the sender's address, for the rate limit */
	enum fb_state state;
	enum fb_moderation moderation;
	int64_t received_at;        /* unix seconds */
	cal_day received_day;
	int due_days;
	cal_day due_day;            /* the answer's deadline (moved by a re-open) */
	cal_day committed_day;      /* 0: none; a late unit's promise */
	const char *progress_note;
	int64_t answered_at;        /* 0: not answered */
	cal_day answered_day;
	const char *answer;
	int64_t closed_at;
	const char *reject_reason;
	int64_t duplicate_of;
	int reopen_count;
	int64_t updated_at;
	int64_t open311_key_id;     /* the client that sent it through Open311, or 0 */
};

/* One step of a report's public history. */
struct feedback_event {
	int64_t id;
	int64_t feedback_id;
	int64_t at;
	const char *kind;      /* "received", "assigned", "info", "answered", ... */
	const char *actor;     /* a login, "citizen" or "system" */
	const char *text;      /* or NULL */
	bool is_public;        /* shown on the citizen's page */
};

struct feedback_category {
	const char *code;        /* "flooding" */
	const char *name;        /* Vietnamese */
	const char *name_en;
	const char *group;       /* "environment" */
	int due_days;
};

/*
 * Where a ward's published reports lie: the mean of their points and their
 * extent.  The map picker's landmarks and area come from these, so the
 * program knows no geography of its own.
 */
struct fb_ward_point {
	int64_t ward_id;
	double lat, lon;
	double south, north, west, east;
	int64_t n;
};

/* A routing rule: CATEGORY (NULL: any) in WARD (0: any) goes to UNIT. */
struct feedback_rule {
	int64_t id;
	const char *category;
	int64_t ward_id;
	int64_t unit_id;
};

const char *fb_state_name(enum fb_state s);        /* "in_progress" */
int fb_state_parse(const char *s);                  /* -1 when unknown */
const char *fb_moderation_name(enum fb_moderation m);
int fb_moderation_parse(const char *s);
const char *fb_channel_name(enum fb_channel c);
int fb_channel_parse(const char *s);
const char *fb_action_name(enum fb_action a);
int fb_action_parse(const char *s);

/* Is the report still waiting for an answer (its deadline runs)? */
bool fb_state_open(enum fb_state s);
/* Open311's two states: "open" or "closed". */
const char *fb_open311_status(enum fb_state s);

/*
 * May ACTION be taken on a report in state FROM?  *TO gets the state it
 * leads to.  PROGRESS keeps an in-progress report where it is.
 */
bool fb_transition(enum fb_state from, enum fb_action action, enum fb_state *to);

/*
 * The unit that answers CATEGORY in WARD: the most specific rule wins
 * (category and ward, then category in any ward, then any category in the
 * ward, then the catch-all); 0 when no rule applies.
 */
int64_t fb_route(const struct feedback_rule *rules, size_t n, const char *category,
                 int64_t ward_id);

/* The day a report received on DAY with DUE_DAYS working days is due; false out of range. */
bool fb_due(const struct calendar *cal, cal_day day, int due_days, cal_day *out);

/*
 * The day F is really due: the date the unit committed to when it gave a
 * later one (1022 lets a unit that will be late promise a date), else its
 * deadline.  Queues are ordered by it and "late" is judged against it.
 */
cal_day fb_deadline(const struct feedback *f);
/*
 * Is F late on TODAY: open, past its deadline, and past the date the unit
 * committed to, if it did?
 */
bool fb_is_late(const struct feedback *f, cal_day today);
/* Was F answered by its deadline?  False when not answered. */
bool fb_answered_on_time(const struct feedback *f);

/*
 * May the citizen re-open F on TODAY?  Only an answered or closed report,
 * within REOPEN_DAYS calendar days of its answer.
 */
bool fb_citizen_may_reopen(const struct feedback *f, cal_day today, int reopen_days);

/*
 * Checks a report before it is stored; false with the field and an English
 * message (translated by the pages).  CONTACT_FOR_REPLY: the citizen asked
 * for a reply, which needs a phone number or an e-mail address.
 */
bool fb_check(const struct feedback *f, const char **field, const char **detail);

/* A follow-up code from 8 random bytes: FB_CODE_LEN letters of Crockford's base32. */
void fb_code_from_bytes(const unsigned char bytes[8], char out[FB_CODE_LEN + 1]);
/* Normalises a typed code (case, spaces, dashes, O→0, I/L→1) into OUT; false when malformed. */
bool fb_code_normalise(const char *in, char out[FB_CODE_LEN + 1]);

/*
 * Accountability figures for a set of reports (a unit's, a category's):
 * how many, how many answered and of those on time, the working days an
 * answer took, how many were re-opened, how many are open and late.
 */
struct fb_metric {
	long total;
	long answered;
	long on_time;
	long answer_days;        /* working days, summed over the answered */
	long reopened;           /* reports re-opened at least once */
	long open;
	long late;               /* open and past their deadline */
};

/* Counts F into M on TODAY (CAL counts the working days). */
void fb_metric_add(struct fb_metric *m, const struct feedback *f, const struct calendar *cal,
                   cal_day today);
/* Percentages and the mean, NAN when there is nothing to divide by. */
double fb_metric_on_time_pct(const struct fb_metric *m);
double fb_metric_reopen_pct(const struct fb_metric *m);
double fb_metric_mean_days(const struct fb_metric *m);

/* Validates latitude and longitude (WGS84). */
bool fb_point_valid(double lat, double lon);

#endif
