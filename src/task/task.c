/* task.c: see task.h.  Pure: no I/O, no clock. */
#include "task/task.h"

#include <stdlib.h>
#include <string.h>

static const char *const status_names[] = { "on_time", "late", "in_progress", "overdue" };
static const char *const priority_names[] = { "low", "normal", "high", "urgent" };
static const char *const source_names[] = { "plan", "supervision", "citizen", "directive" };

static int parse_name(const char *const *names, size_t n, const char *s)
{
	for (size_t i = 0; s && i < n; i++)
		if (strcmp(names[i], s) == 0)
			return (int)i;
	return -1;
}

const char *task_status_name(enum task_status s)
{
	return (unsigned)s < TASK_STATUS_COUNT ? status_names[s] : "in_progress";
}

int task_status_filter_parse(const char *s)
{
	int k = parse_name(status_names, 4, s);
	if (k >= 0)
		return k + TASK_F_ON_TIME;
	if (s && strcmp(s, "open") == 0)
		return TASK_F_OPEN;
	if (s && strcmp(s, "done") == 0)
		return TASK_F_DONE;
	return -1;
}

const char *task_priority_name(enum task_priority p)
{
	return (unsigned)p < 4 ? priority_names[p] : "normal";
}

int task_priority_parse(const char *s)
{
	return parse_name(priority_names, 4, s);
}

const char *task_source_name(enum task_source s)
{
	return (unsigned)s < 4 ? source_names[s] : "plan";
}

int task_source_parse(const char *s)
{
	return parse_name(source_names, 4, s);
}

static bool blank(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

size_t task_missing_fields(const struct task *t, const char *missing[TASK_MAX_MISSING])
{
	size_t n = 0;
	if (blank(t->title))
		missing[n++] = "title";
	if (t->unit_id <= 0)
		missing[n++] = "unit_id";
	if (t->assignee_id <= 0)
		missing[n++] = "assignee_id";
	if (t->leader_id <= 0)
		missing[n++] = "leader_id";
	if (t->due_day == 0)
		missing[n++] = "due_date";
	return n;
}

size_t plan_missing_fields(const struct plan *p, const char *missing[TASK_MAX_MISSING])
{
	size_t n = 0;
	if (blank(p->title))
		missing[n++] = "title";
	if (p->unit_id <= 0)
		missing[n++] = "unit_id";
	if (p->year == 0)
		missing[n++] = "year";
	if (p->leader_id <= 0)
		missing[n++] = "leader_id";
	if (p->due_day == 0)
		missing[n++] = "due_date";
	return n;
}

static bool refuse(const char **field, const char **detail, const char *f, const char *d)
{
	*field = f;
	*detail = d;
	return false;
}

bool task_check(const struct task *t, const char **field, const char **detail)
{
	if (strlen(t->title) > TASK_TITLE_MAX)
		return refuse(field, detail, "title", "The title is longer than 500 bytes.");
	if (t->description && strlen(t->description) > TASK_TEXT_MAX)
		return refuse(field, detail, "description",
		              "The description is longer than 10,000 bytes.");
	if (t->ref && (strlen(t->ref) == 0 || strlen(t->ref) > TASK_REF_MAX))
		return refuse(field, detail, "ref", "A reference has 1 to 64 bytes.");
	if (t->progress < 0 || t->progress > 100)
		return refuse(field, detail, "progress", "Progress is a whole number from 0 to 100.");
	if (t->start_day && t->start_day > t->due_day)
		return refuse(field, detail, "due_date", "The deadline is before the start date.");
	if (t->nco_units > TASK_MAX_CO_UNITS)
		return refuse(field, detail, "unit_ids", "A task has at most 20 co-assigned units.");
	return true;
}

static int id_cmp(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

size_t task_units_normalize(int64_t lead, int64_t *ids, size_t n)
{
	if (n == 0)
		return 0;
	qsort(ids, n, sizeof *ids, id_cmp);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (ids[i] > 0 && ids[i] != lead && (k == 0 || ids[k - 1] != ids[i]))
			ids[k++] = ids[i];
	return k;
}

bool plan_check(const struct plan *p, const char **field, const char **detail)
{
	if (strlen(p->title) > TASK_TITLE_MAX)
		return refuse(field, detail, "title", "The title is longer than 500 bytes.");
	if (p->description && strlen(p->description) > TASK_TEXT_MAX)
		return refuse(field, detail, "description",
		              "The description is longer than 10,000 bytes.");
	if (p->year < 2000 || p->year > 2100)
		return refuse(field, detail, "year", "The year must be from 2000 to 2100.");
	if (p->ntargets > TASK_MAX_TARGETS)
		return refuse(field, detail, "target_ids", "A plan serves at most 64 targets.");
	return true;
}

/* DAY, or the next working day when it is a day off (Civil Code Art. 148). */
static cal_day working_or_next(cal_day day, const struct calendar *c)
{
	cal_day out;
	return cal_deadline(c, day, 0, &out) ? out : day;
}

void task_derive(struct task *t, const struct calendar *c)
{
	t->judged_day = working_or_next(t->judged_due, c);
}

void task_set_first_deadline(struct task *t, const struct calendar *c)
{
	t->original_day = t->judged_due = t->due_day;
	task_derive(t, c);
}

bool task_change_deadline(struct task *t, cal_day new_day, const char *reason, bool approved,
                          const struct calendar *c, struct task_deadline_change *ch,
                          const char **detail)
{
	if (blank(reason)) {
		*detail = "A change of deadline needs its reason.";
		return false;
	}
	if (strlen(reason) > TASK_NOTE_MAX) {
		*detail = "The reason is longer than 2,000 bytes.";
		return false;
	}
	if (new_day == t->due_day) {
		*detail = "This is already the deadline.";
		return false;
	}
	if (t->start_day && new_day < t->start_day) {
		*detail = "The deadline is before the start date.";
		return false;
	}
	memset(ch, 0, sizeof *ch);
	ch->task_id = t->id;
	ch->old_day = t->due_day;
	ch->new_day = new_day;
	ch->reason = reason;
	ch->approved = approved;
	t->due_day = new_day;
	if (approved) {
		t->judged_due = new_day;
		task_derive(t, c);
	}
	return true;
}

bool task_apply_update(struct task *t, const struct task_update *u, cal_day today,
                       const char **field, const char **detail)
{
	if (u->progress < 0 || u->progress > 100)
		return refuse(field, detail, "progress", "Progress is a whole number from 0 to 100.");
	if (u->day > today)
		return refuse(field, detail, "date", "Progress cannot be reported for a future day.");
	if (t->start_day && u->day < t->start_day)
		return refuse(field, detail, "date", "This day is before the task started.");
	if (t->completed_day && u->progress < 100)
		return refuse(field, detail, "progress",
		              "The task is completed; it cannot go back below 100 %.");
	if (u->note && strlen(u->note) > TASK_NOTE_MAX)
		return refuse(field, detail, "note", "The note is longer than 2,000 bytes.");
	if (u->attachment && strlen(u->attachment) > TASK_ATTACHMENT_MAX)
		return refuse(field, detail, "attachment",
		              "The attachment reference is longer than 500 bytes.");
	t->progress = u->progress;
	if (u->day > t->progress_day)
		t->progress_day = u->day;
	if (u->progress == 100 && t->completed_day == 0)
		t->completed_day = u->day;
	return true;
}

enum task_status task_status_of(const struct task *t, cal_day today)
{
	if (t->completed_day)
		return t->completed_day <= t->judged_day ? TASK_ON_TIME : TASK_LATE;
	return today <= t->judged_day ? TASK_IN_PROGRESS : TASK_OVERDUE;
}

long task_days_late(const struct task *t, cal_day today, const struct calendar *c)
{
	enum task_status s = task_status_of(t, today);
	if (s == TASK_LATE)
		return cal_working_days(c, t->judged_day, t->completed_day);
	if (s == TASK_OVERDUE)
		return cal_working_days(c, t->judged_day, today);
	return 0;
}

double task_on_time_pct(const struct task_counts *c)
{
	int64_t judged = c->on_time + c->late + c->overdue;
	return judged ? 100.0 * (double)c->on_time / (double)judged : -1;
}

unsigned task_duty_failures(const struct task_counts *c, long max_late)
{
	unsigned f = 0;
	if (c->on_time + c->late + c->overdue >= TASK_DUTY_MIN_JUDGED
	    && task_on_time_pct(c) < TASK_DUTY_MIN_PCT)
		f |= TASK_DUTY_RATE;
	if (max_late > TASK_DUTY_MAX_LATE)
		f |= TASK_DUTY_LONG_OVERDUE;
	return f;
}

int task_counts_rank_cmp(const void *a, const void *b)
{
	const struct task_counts *x = a, *y = b;
	double px = task_on_time_pct(x), py = task_on_time_pct(y);
	if (px != py)
		return px > py ? -1 : 1;
	if (x->overdue != y->overdue)
		return x->overdue < y->overdue ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}
