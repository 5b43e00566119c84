/* task_pages.h: what the task module's pages share (task_pages.c). */
#ifndef DIEUHANH_TASK_PAGES_H
#define DIEUHANH_TASK_PAGES_H

#include "task/task_service.h"
#include "web/web.h"

/* A day in the reader's language ("" for none). */
const char *tkpage_day(struct http_request *req, cal_day d);
/* S cut to N characters (never inside one), with "…" when cut. */
const char *tkpage_shorten(struct http_request *req, const char *s, size_t n);
/* A day as a date field holds it, "30/09/2019" ("" for none). */
const char *tkpage_day_field(struct http_request *req, cal_day d);
/*
 * The date typed in form field NAME (30/09/2019, 30/9/2019 or 2019-09-30)
 * into *D, 0 when empty and not REQUIRED; false with the message beside
 * the field otherwise.
 */
bool tkpage_form_day(struct http_request *req, struct form_errors *e, const char *name,
                     bool required, cal_day *d);
/* A date field: text typed as day/month/year (never type=date: it shows the browser's format). */
void tkpage_date_input(struct http_request *req, struct html *h, const struct form_errors *e,
                       const char *name, const char *label, const char *value, bool required,
                       const char *hint);
/* A task's status as a badge: its text, shape and colour (the target board's classes). */
void tkpage_status_badge(struct http_request *req, struct html *h, enum task_status s);
const char *tkpage_status_label(struct http_request *req, enum task_status s);
const char *tkpage_priority_label(struct http_request *req, enum task_priority p);
/* The reader's open tasks on the home page (struct module .home). */
void tkpage_home(struct http_request *req, struct html *h);
/* The leaders' board (/targets): the tasks overdue in the reader's unit and below. */
void tkpage_behind(struct http_request *req, struct html *h);
/* The table of tasks TS (N of them), numbered from FIRST when FIRST > 0. */
void tkpage_task_table(struct http_request *req, struct html *h, const struct task *ts,
                       size_t n, cal_day today, const char *caption, size_t first);

/* Choices for the forms' selects: every unit, every person ("Name, title"), ids as text. */
struct tkpage_choices {
	const char **unit_values, **unit_labels;
	size_t nunits;
	const char **person_values, **person_labels;
	size_t npeople;
};
bool tkpage_choices_load(struct http_request *req, struct tkpage_choices *c);
/* The units only (a list's filter needs no people). */
bool tkpage_units_load(struct http_request *req, struct tkpage_choices *c);

/* The posted task form, kept to be shown again. */
struct tkpage_task_form {
	const char *title, *unit_id, *assignee_id, *leader_id, *start_date, *due_date, *priority;
	const char *co_unit[2];   /* "also assigned to": two units at most from the page */
};
/* The "new task" form posting to ACTION, with the errors beside its fields. */
void tkpage_task_form(struct http_request *req, struct html *h, const char *action,
                      const struct tkpage_choices *c, const struct tkpage_task_form *f,
                      const struct form_errors *e);
/* Its fields alone, for a form that asks more (a supervision's follow-up: which finding). */
void tkpage_task_fields(struct http_request *req, struct html *h, const struct tkpage_choices *c,
                        const struct tkpage_task_form *f, const struct form_errors *e);
/* The posted task form into *F (as typed) and *IN (read; problems into E beside the fields). */
void tkpage_task_read(struct http_request *req, struct tkpage_task_form *f, struct task *in,
                      struct form_errors *e);
/* A form's id field ("" or a number) into *ID; false (with an error) for anything else. */
bool tkpage_form_id(struct http_request *req, struct form_errors *e, const char *name,
                    int64_t *id);
/* A refused task_save() as messages beside the fields (each missing one named). */
void tkpage_add_errors(struct http_request *req, struct form_errors *e,
                       const struct task_error *err);
/* One unit or leader not fulfilling its duties, and the evidence (its longest overdue tasks). */
void tkpage_failing(struct http_request *req, struct html *h, const struct task_score *r,
                    cal_day today, const struct calendar *cal);

#endif
