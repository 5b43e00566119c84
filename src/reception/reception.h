/*
 * reception.h: leaders receiving citizens (tiếp công dân) and dialogue
 * sessions (đối thoại) — the records and the rules, pure.
 *
 * Law 42/2013 on citizen reception: a district chairman receives citizens
 * at least 2 days a month, a ward (commune) chairman at least 1 day a
 * week; what is raised is entered in the register (form 06-TCD: number,
 * date, name, address, number of people, content, earlier handling,
 * requests, result) and answered within 10 working days.  Commitments a
 * leader makes at a session are followed to done (as tasks, once the tasks
 * module is there).
 */
#ifndef DIEUHANH_RECEPTION_H
#define DIEUHANH_RECEPTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar/calendar.h"

enum rc_kind { RC_RECEPTION = 0, RC_DIALOGUE, RC_KIND_COUNT };
enum rc_status { RC_PLANNED = 0, RC_HELD, RC_CANCELLED, RC_STATUS_COUNT };

enum {
	RC_ANSWER_DAYS = 10,          /* Law 42/2013: the answer within 10 working days */
	RC_DISTRICT_PER_MONTH = 2,
	RC_WARD_PER_WEEK = 1,
	RC_TEXT_MAX = 8000,
	RC_LINE_MAX = 300,
};

struct rc_session {
	int64_t id;
	int64_t unit_id;          /* the district or ward whose leader receives */
	enum rc_kind kind;
	enum rc_status status;
	cal_day day;
	const char *leader;       /* who receives: "Chủ tịch UBND quận" */
	const char *place;
	const char *online_link;  /* or NULL (online reception, Decree 154/2026) */
	const char *agenda;
	const char *minutes;      /* staff only */
	const char *summary;      /* public, after the session */
	int64_t updated_at;
};

/* One line of the register (06-TCD); the citizen's name and address are personal data. */
struct rc_question {
	int64_t id;
	int64_t session_id;
	int number;               /* the register's running number within the session */
	cal_day received_day;
	const char *citizen_name;
	const char *citizen_address;
	int people;               /* number of people who came */
	const char *content;
	const char *earlier_handling;
	const char *request;
	const char *result;       /* the answer given */
	cal_day due_day;          /* 10 working days after the session */
	cal_day answered_day;     /* 0: not answered */
	bool registered_online;   /* registered beforehand through the public page */
	const char *client_hash;  /* the sender's address, hashed, for the hourly limit (written only) */
	int64_t received_at;      /* when it was registered (written only) */
};

struct rc_commitment {
	int64_t id;
	int64_t session_id;
	const char *text;
	const char *leader;       /* who committed, as named at the session */
	int64_t leader_id;        /* that leader (a person): the task's leader and assignee */
	cal_day due_day;
	int64_t task_id;          /* the task that follows it to done (tasks module) */
	bool done;
};

/* A commitment not marked done, with its session's unit and day (what a leader follows up). */
struct rc_open_commitment {
	struct rc_commitment c;
	int64_t unit_id;
	cal_day session_day;
};

/* A session with lines of its register still unanswered past their deadline. */
struct rc_late_lines {
	int64_t session_id;
	int64_t unit_id;
	cal_day session_day;
	int64_t n;
};

const char *rc_kind_name(enum rc_kind k);      /* "reception", "dialogue" */
int rc_kind_parse(const char *s);
const char *rc_status_name(enum rc_status s);  /* "planned", "held", "cancelled" */
int rc_status_parse(const char *s);

/* The day the answer to a question raised on DAY is due (10 working days). */
bool rc_answer_due(const struct calendar *cal, cal_day day, cal_day *out);
/* Is Q unanswered past its deadline on TODAY? */
bool rc_question_late(const struct rc_question *q, cal_day today);

/* A period (a month for a district, a week from Monday for a ward) short of reception days. */
struct rc_gap {
	cal_day from, to;     /* the period, both included */
	int held;             /* reception days in it (not cancelled) */
	int required;
};

/*
 * The complete periods between FROM and TO (both included) in which the
 * unit held fewer reception days than the law asks: a district 2 a month,
 * a ward 1 a week.  DAYS are the days of its reception sessions (any
 * order, cancelled ones left out by the caller); a day counts once.  Up
 * to CAP gaps into OUT; returns how many there are.
 */
size_t rc_missing_days(const cal_day *days, size_t n, bool district, cal_day from, cal_day to,
                       struct rc_gap *out, size_t cap);

/* Checks a session before it is stored; false with the field and an English message. */
bool rc_session_check(const struct rc_session *s, const char **field, const char **detail);
bool rc_question_check(const struct rc_question *q, const char **field, const char **detail);

#endif
