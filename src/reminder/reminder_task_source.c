/*
 * reminder_task_source.c: open tasks due by the horizon, overdue ones
 * included (the tasks module's reads: task_service_list), addressed to the
 * person assigned.  A task's last day is its deadline in force moved to a
 * working day (Civil Code Art. 148), on the effective calendar.
 */
#include "reminder/reminder.h"

#include "store/store.h"
#include "task/task_service.h"
#include "util/arena.h"

static int collect(struct store *st, struct arena *a, const struct reminder_query *q,
                   struct reminder_list *out)
{
	struct task_filter f = { .unit_id = q->unit_id > 0 ? q->unit_id : 0,
	                         .status = TASK_F_OPEN, .today = q->today,
	                         .due_before = q->horizon };
	struct task *t;
	size_t n;
	int64_t total;
	int s = task_service_list(st, &f, a, &t, &n, &total);
	if (s != STORE_OK)
		return s;
	for (size_t i = 0; i < n; i++) {
		cal_day last = t[i].due_day;
		(void)cal_deadline(q->cal, t[i].due_day, 0, &last);
		struct reminder_item *it = reminder_list_push(out);
		it->kind = "task";
		it->uid = arena_printf(a, "task-%lld", (long long)t[i].id);
		it->title = t[i].title;
		it->detail = t[i].unit_name ? arena_printf(a, "%s — %d%%", t[i].unit_name, t[i].progress)
		                            : arena_printf(a, "%d%%", t[i].progress);
		it->path = arena_printf(a, "/tasks/%lld", (long long)t[i].id);
		it->due = last;
		it->person_id = t[i].assignee_id;
		/* For a unit's feed only: the unit's own officers are not all the assignee. */
		it->unit_id = t[i].unit_id;
	}
	return STORE_OK;
}

const struct reminder_source task_reminder_source = { "task", collect };
