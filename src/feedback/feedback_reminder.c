/*
 * feedback_reminder.c: open reports in the reminders' digests and feeds —
 * each report due (or overdue) within the horizon, addressed to those who
 * handle feedback on its unit.  The day is the deadline, or the date the
 * unit committed to when that is later.
 */
#include "reminder/reminder.h"

#include "feedback/feedback_service.h"
#include "store/store.h"
#include "util/arena.h"

static int collect(struct store *st, struct arena *a, const struct reminder_query *q,
                   struct reminder_list *out)
{
	struct feedback_filter f = { .state = -1, .moderation = -1, .status = FB_OPEN,
	                             .unit_id = q->unit_id > 0 ? q->unit_id : 0, .limit = 100000 };
	struct feedback *list;
	size_t n;
	int s = feedback_list(st, &f, a, &list, &n);
	if (s != STORE_OK)
		return s;
	for (size_t i = 0; i < n; i++) {
		const struct feedback *r = &list[i];
		cal_day due = r->committed_day > r->due_day ? r->committed_day : r->due_day;
		if (due > q->horizon)
			continue;
		struct reminder_item *it = reminder_list_push(out);
		it->kind = "feedback";
		it->uid = arena_printf(a, "feedback-%lld-%d", (long long)r->id, r->reopen_count);
		it->title = arena_printf(a, "Trả lời phản ánh số %lld", (long long)r->id);
		it->detail = r->address;
		it->path = arena_printf(a, "/feedback/%lld/handle", (long long)r->id);
		it->due = due;
		it->unit_id = feedback_scope_unit(r);
		it->perm = PERM_HANDLE_FEEDBACK;
	}
	return STORE_OK;
}

const struct reminder_source feedback_reminder_source = { "feedback", collect };
