/* dossier.c: see dossier.h. */
#include "dossier/dossier.h"

#include <stdio.h>
#include <string.h>

/* ---- procedures ------------------------------------------------------- */

void procedure_flags(const struct procedure *p, cal_day today, struct proc_flags *out)
{
	*out = (struct proc_flags){ 0 };
	cal_day reviewed, changed, since;
	int y, m, d;
	/* Decision 19/2014 Art. 4: reviewed at least once a year. */
	if (p->reviewed_on == NULL || !cal_parse_iso(p->reviewed_on, &reviewed)) {
		out->review_overdue = true;
	} else {
		cal_to_ymd(reviewed, &y, &m, &d);
		cal_day due;
		if (!cal_from_ymd(y + 1, m, m == 2 && d == 29 ? 28 : d, &due) || today > due)
			out->review_overdue = true;
	}
	/* A legal change folded in within three months: a newer version than the change. */
	if (p->legal_changed && cal_parse_iso(p->legal_changed, &changed)
	    && p->version_date && cal_parse_iso(p->version_date, &since) && changed > since) {
		cal_to_ymd(changed, &y, &m, &d);
		m += 3;
		if (m > 12) {
			m -= 12;
			y++;
		}
		cal_day limit;
		while (!cal_from_ymd(y, m, d, &limit) && d > 28)
			d--;
		if (today > limit)
			out->legal_change_pending = true;
	}
}

static bool text_ok(const char *s, size_t max, bool required)
{
	if (s == NULL || *s == '\0')
		return !required;
	return strlen(s) <= max;
}

bool procedure_check(const struct procedure *p, const char **field, const char **detail)
{
	cal_day day;
	if (!text_ok(p->code, PROC_CODE_MAX, true)) {
		*field = "code";
		*detail = "The code is required, at most 40 characters.";
		return false;
	}
	for (const char *c = p->code; *c; c++)
		if (!((*c >= '0' && *c <= '9') || (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z')
		      || *c == '.' || *c == '-' || *c == '_')) {
			*field = "code";
			*detail = "A code is letters, digits, '.', '-' and '_'.";
			return false;
		}
	if (!text_ok(p->name, PROC_NAME_MAX, true)) {
		*field = "name";
		*detail = "The name is required, at most 300 characters.";
		return false;
	}
	if (!text_ok(p->field, PROC_NAME_MAX, false) || !text_ok(p->fee, PROC_NAME_MAX, false)) {
		*field = p->field && strlen(p->field) > PROC_NAME_MAX ? "field" : "fee";
		*detail = "At most 300 characters.";
		return false;
	}
	if (!text_ok(p->legal_basis, PROC_TEXT_MAX, false)) {
		*field = "legal_basis";
		*detail = "At most 2000 characters.";
		return false;
	}
	if (p->level == NULL || (strcmp(p->level, "ward") != 0 && strcmp(p->level, "district") != 0)) {
		*field = "level";
		*detail = "The level is \"ward\" or \"district\".";
		return false;
	}
	if (p->working_days < 0 || p->working_days > PROC_MAX_WORKING_DAYS) {
		*field = "working_days";
		*detail = "The statutory time is 0 to 365 working days.";
		return false;
	}
	if (p->owner_unit_id <= 0) {
		*field = "owner_unit_id";
		*detail = "The unit that maintains the procedure is required.";
		return false;
	}
	if ((p->legal_changed && !cal_parse_iso(p->legal_changed, &day))
	    || (p->reviewed_on && !cal_parse_iso(p->reviewed_on, &day))) {
		*field = p->legal_changed && !cal_parse_iso(p->legal_changed, &day) ? "legal_changed"
		                                                                  : "reviewed_on";
		*detail = "A date is YYYY-MM-DD.";
		return false;
	}
	for (size_t i = 0; i < p->ndocuments; i++)
		if (!text_ok(p->documents[i].name, PROC_NAME_MAX, true)) {
			*field = "documents";
			*detail = "Each document needs a name of at most 300 characters.";
			return false;
		}
	int total = 0;
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct proc_step *s = &p->steps[i];
		if (!text_ok(s->name, PROC_NAME_MAX, true) || !text_ok(s->responsible, PROC_NAME_MAX, false)
		    || !text_ok(s->records, PROC_TEXT_MAX, false) || s->days < 0
		    || s->days > PROC_MAX_WORKING_DAYS) {
			*field = "steps";
			*detail = "Each step needs a name, and a time budget of 0 to 365 working days.";
			return false;
		}
		total += s->days;
	}
	/* The steps' budgets share the statutory time; they cannot add up to more. */
	if (total > p->working_days) {
		*field = "steps";
		*detail = "The steps' time budgets add up to more than the statutory time.";
		return false;
	}
	return true;
}

/* ---- states and actions ----------------------------------------------- */

static const char *const state_names[DS_COUNT] = {
	[DS_SUBMITTED] = "submitted", [DS_RECEIVED] = "received", [DS_REFUSED] = "refused",
	[DS_PROCESSING] = "processing", [DS_SUPPLEMENT] = "supplement",
	[DS_FEES_DUE] = "fees_due", [DS_WITHDRAWN] = "withdrawn", [DS_PAUSED] = "paused",
	[DS_STOPPED] = "stopped", [DS_DONE] = "done", [DS_RETURNED] = "returned",
};

/* The portal's codes: 1 new, 2 received, 3 not received, 4 processing, 5 supplement,
 * 6 fees due, 7 withdrawal, 8 stopped, 9 done, 10 returned. */
static const int portal_codes[DS_COUNT] = {
	[DS_SUBMITTED] = 1, [DS_RECEIVED] = 2, [DS_REFUSED] = 3, [DS_PROCESSING] = 4,
	[DS_SUPPLEMENT] = 5, [DS_FEES_DUE] = 6, [DS_WITHDRAWN] = 7, [DS_PAUSED] = 8,
	[DS_STOPPED] = 8, [DS_DONE] = 9, [DS_RETURNED] = 10,
};

static const char *const action_names[DA_COUNT] = {
	[DA_ACCEPT] = "accept", [DA_REFUSE] = "refuse", [DA_FORWARD] = "forward",
	[DA_STEP] = "step", [DA_REQUEST_SUPPLEMENT] = "request_supplement",
	[DA_SUPPLEMENT] = "supplement", [DA_REQUEST_FEES] = "request_fees", [DA_PAY] = "pay",
	[DA_PAUSE] = "pause", [DA_RESUME] = "resume", [DA_STOP] = "stop",
	[DA_APOLOGIZE] = "apologize", [DA_FINISH] = "finish", [DA_RETURN] = "return",
	[DA_WITHDRAW] = "withdraw",
};

#define S(x) (1u << (x))
/* For each action, the states it may be taken from. */
static const unsigned action_from[DA_COUNT] = {
	[DA_ACCEPT] = S(DS_SUBMITTED),
	[DA_REFUSE] = S(DS_SUBMITTED),
	[DA_FORWARD] = S(DS_RECEIVED),
	[DA_STEP] = S(DS_PROCESSING),
	[DA_REQUEST_SUPPLEMENT] = S(DS_RECEIVED) | S(DS_PROCESSING),
	[DA_SUPPLEMENT] = S(DS_SUPPLEMENT),
	[DA_REQUEST_FEES] = S(DS_PROCESSING),
	[DA_PAY] = S(DS_FEES_DUE),
	[DA_PAUSE] = S(DS_PROCESSING),
	[DA_RESUME] = S(DS_PAUSED),
	[DA_STOP] = S(DS_PROCESSING) | S(DS_PAUSED) | S(DS_FEES_DUE),
	[DA_APOLOGIZE] = S(DS_RECEIVED) | S(DS_PROCESSING) | S(DS_PAUSED) | S(DS_FEES_DUE),
	[DA_FINISH] = S(DS_PROCESSING),
	[DA_RETURN] = S(DS_DONE),
	[DA_WITHDRAW] = S(DS_SUBMITTED) | S(DS_RECEIVED) | S(DS_PROCESSING) | S(DS_SUPPLEMENT)
	                | S(DS_FEES_DUE) | S(DS_PAUSED),
};

static const int action_to[DA_COUNT] = {
	[DA_ACCEPT] = DS_RECEIVED, [DA_REFUSE] = DS_REFUSED, [DA_FORWARD] = DS_PROCESSING,
	[DA_STEP] = -1, [DA_REQUEST_SUPPLEMENT] = DS_SUPPLEMENT, [DA_SUPPLEMENT] = -2,
	[DA_REQUEST_FEES] = DS_FEES_DUE, [DA_PAY] = DS_PROCESSING, [DA_PAUSE] = DS_PAUSED,
	[DA_RESUME] = DS_PROCESSING, [DA_STOP] = DS_STOPPED, [DA_APOLOGIZE] = -1,
	[DA_FINISH] = DS_DONE, [DA_RETURN] = DS_RETURNED, [DA_WITHDRAW] = DS_WITHDRAWN,
};

const char *dossier_state_name(enum dossier_state s)
{
	return (unsigned)s < DS_COUNT ? state_names[s] : "unknown";
}

int dossier_state_parse(const char *s)
{
	for (int i = 0; s && i < DS_COUNT; i++)
		if (strcmp(s, state_names[i]) == 0)
			return i;
	return -1;
}

const char *dossier_action_name(enum dossier_action a)
{
	return (unsigned)a < DA_COUNT ? action_names[a] : "unknown";
}

int dossier_action_parse(const char *s)
{
	for (int i = 0; s && i < DA_COUNT; i++)
		if (strcmp(s, action_names[i]) == 0)
			return i;
	return -1;
}

int dossier_portal_code(enum dossier_state s)
{
	return (unsigned)s < DS_COUNT ? portal_codes[s] : 0;
}

bool dossier_state_final(enum dossier_state s)
{
	for (int a = 0; a < DA_COUNT; a++)
		if (action_from[a] & S(s))
			return false;
	return true;
}

bool dossier_next(enum dossier_state from, enum dossier_action a, enum dossier_state resume,
                  enum dossier_state *to)
{
	if ((unsigned)a >= DA_COUNT || (unsigned)from >= DS_COUNT || !(action_from[a] & S(from)))
		return false;
	int t = action_to[a];
	if (t == -1)
		*to = from;
	else if (t == -2)
		*to = resume == DS_PROCESSING ? DS_PROCESSING : DS_RECEIVED;
	else
		*to = (enum dossier_state)t;
	return true;
}

/* ---- time ------------------------------------------------------------- */

cal_day dossier_local_day(int64_t t)
{
	int64_t s = t + DOSSIER_UTC_OFFSET;
	int64_t d = s / 86400;
	if (s % 86400 < 0)
		d--;
	return (cal_day)d;
}

int dossier_local_hour(int64_t t)
{
	int64_t s = (t + DOSSIER_UTC_OFFSET) % 86400;
	if (s < 0)
		s += 86400;
	return (int)(s / 3600);
}

cal_day dossier_clock_start(const struct calendar *c, int64_t received_at)
{
	cal_day day = dossier_local_day(received_at);
	cal_day next;
	if (!cal_is_working_day(c, day) || dossier_local_hour(received_at) >= DOSSIER_FORWARD_CUTOFF_HOUR)
		if (cal_deadline(c, day, 1, &next))
			return next;
	return day;
}

bool dossier_due_day(const struct calendar *c, cal_day start, int working_days, int paused,
                     cal_day *out)
{
	if (working_days < 0 || paused < 0 || working_days > PROC_MAX_WORKING_DAYS
	    || paused > CAL_MAX_WORKING_DAYS - PROC_MAX_WORKING_DAYS)
		return false;
	return cal_deadline(c, start, working_days + paused, out);
}

int dossier_paused_days(const struct calendar *c, int64_t requested_at, int64_t supplied_at)
{
	if (supplied_at <= requested_at)
		return 0;
	long n = cal_working_days(c, dossier_local_day(requested_at), dossier_local_day(supplied_at));
	if (n < 0)
		return 0;
	return n > CAL_MAX_WORKING_DAYS ? CAL_MAX_WORKING_DAYS : (int)n;
}

const char *dossier_apology_problem(const struct calendar *c, cal_day today, cal_day due,
                                    cal_day new_due, int apologies)
{
	if (apologies > 0)
		return "A dossier's date may be reset only once.";
	/* Decree 61 Art. 19: the apology goes out at least one working day before the deadline. */
	if (cal_working_days(c, today, due) < 1)
		return "An apology must be sent at least one working day before the deadline.";
	if (new_due <= due)
		return "The new date must be after the current deadline.";
	return NULL;
}

static const char *const result_names[] = { "", "early", "on_time", "late" };

const char *dossier_result_name(enum dossier_result r)
{
	return (unsigned)r <= DR_LATE ? result_names[r] : "";
}

int dossier_result_parse(const char *s)
{
	for (int i = 0; s && i <= DR_LATE; i++)
		if (strcmp(s, result_names[i]) == 0)
			return i;
	return -1;
}

int dossier_result_score(enum dossier_result r)
{
	return r == DR_EARLY ? 2 : r == DR_ON_TIME ? 1 : 0;
}

enum dossier_result dossier_judge(cal_day finished, cal_day due, int supplements)
{
	if (supplements > 1 || finished > due)
		return DR_LATE;
	return finished < due ? DR_EARLY : DR_ON_TIME;
}

/* ---- codes ------------------------------------------------------------ */

bool dossier_code_format(char *buf, size_t size, const char *unit_code, cal_day day, int seq)
{
	int y, m, d;
	cal_to_ymd(day, &y, &m, &d);
	if (seq < 1 || seq > 999999 || unit_code == NULL || *unit_code == '\0')
		return false;
	int n = snprintf(buf, size, "%s-%02d%02d%02d-%04d", unit_code, y % 100, m, d, seq);
	return n > 0 && (size_t)n < size;
}

bool dossier_code_plausible(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n < 13 || n >= DOSSIER_CODE_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
		      || c == '.' || c == '-' || c == '_'))
			return false;
	}
	return true;
}

/* ---- satisfaction ------------------------------------------------------ */

const char *const dossier_rating_keys[DOSSIER_RATING_CRITERIA] = {
	"return_time", "agencies_contacted", "contacts_needed", "information_accuracy",
	"staff_attitude", "legality_and_cost", "explanation_quality", "online_service",
};

const char *const dossier_rating_labels[DOSSIER_RATING_CRITERIA] = {
	"Time the result was returned",
	"Number of agencies contacted",
	"Number of contacts needed",
	"Accuracy of the published information",
	"Attitude of the staff",
	"Legality and cost",
	"Quality of the explanations",
	"Quality of the online service",
};
