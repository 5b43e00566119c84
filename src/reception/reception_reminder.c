/*
 * reception_reminder.c: the register's unanswered lines in the reminders'
 * digests and feeds — due 10 working days after their session, addressed
 * to those who manage the session's unit.
 */
#include "reminder/reminder.h"

#include "reception/reception_service.h"
#include "store/store.h"
#include "util/arena.h"

static int collect(struct store *st, struct arena *a, const struct reminder_query *q,
                   struct reminder_list *out)
{
	/* Answers are due within 10 working days: sessions of the last 60 days cover them. */
	struct rc_session *s;
	size_t ns;
	int rc = reception_session_list(st, q->today - 60, q->today, q->unit_id > 0 ? q->unit_id : 0,
	                                a, &s, &ns);
	if (rc != STORE_OK)
		return rc;
	for (size_t i = 0; i < ns; i++) {
		if (s[i].status == RC_CANCELLED)
			continue;
		struct rc_question *qs;
		size_t nq;
		if ((rc = reception_questions(st, s[i].id, a, &qs, &nq)) != STORE_OK)
			return rc;
		for (size_t k = 0; k < nq; k++) {
			if (qs[k].answered_day || qs[k].due_day > q->horizon)
				continue;
			struct reminder_item *it = reminder_list_push(out);
			it->kind = "reception";
			it->uid = arena_printf(a, "reception-%lld", (long long)qs[k].id);
			it->title = arena_printf(a, "Trả lời công dân (sổ tiếp công dân, số %d)", qs[k].number);
			it->detail = s[i].leader;
			it->path = arena_printf(a, "/reception/%lld/register", (long long)s[i].id);
			it->due = qs[k].due_day;
			it->unit_id = s[i].unit_id;
			it->perm = PERM_MANAGE_RECEPTION;
		}
	}
	return STORE_OK;
}

const struct reminder_source reception_reminder_source = { "reception", collect };
