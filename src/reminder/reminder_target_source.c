/*
 * reminder_target_source.c: target figures due (the first source of
 * reminders).  A period's figure is due target_due_day() after the period
 * ends; one not yet reported is due (or overdue) for the unit that owns
 * the target, addressed to the accounts that may report for that unit.
 * Targets reported directly only: a breakdown target is its ward's to
 * report, a parent rolled up from its breakdown is nobody's.
 */
#include "reminder/reminder.h"

#include <stdio.h>

#include "store/store.h"
#include "target/target_board.h"
#include "target/target_service.h"
#include "util/arena.h"

static bool has_figure(const struct board_entry *e, int period_no)
{
	for (size_t i = 0; i < e->nseries; i++)
		if (e->series[i].period_no == period_no)
			return true;
	return false;
}

static const char *period_text(struct arena *a, const struct target *t, int no)
{
	switch (t->period) {
	case PERIOD_MONTH: return arena_printf(a, "tháng %d/%d", no, t->year);
	case PERIOD_QUARTER: return arena_printf(a, "quý %d/%d", no, t->year);
	case PERIOD_YEAR: return arena_printf(a, "năm %d", t->year);
	}
	return "";
}

static void entry_items(struct arena *a, const struct board_entry *e,
                        const struct reminder_query *q, struct reminder_list *out)
{
	const struct target *t = e->t;
	if (q->unit_id > 0 && t->owner_unit_id != q->unit_id)
		return;
	int periods = period_count(t->period);
	for (int p = 1; p <= periods; p++) {
		int64_t due = target_due_day(t, p);
		/* Overdue a year back at most: older gaps are the late list's, not a reminder's. */
		if (due > q->horizon || due < q->today - 366 || has_figure(e, p))
			continue;
		if (out->n >= REMINDER_MAX_ITEMS * 20)
			return;
		struct reminder_item *it = reminder_list_push(out);
		it->kind = "target_report";
		it->uid = arena_printf(a, "target-%lld-%d-%lld", (long long)t->id, p,
		                       (long long)t->owner_unit_id);
		it->title = arena_printf(a, "Báo cáo chỉ tiêu %s: %s", t->code, t->name);
		it->detail = arena_printf(a, "Số liệu %s", period_text(a, t, p));
		it->path = arena_printf(a, "/targets/%lld", (long long)t->id);
		it->due = (cal_day)due;
		it->unit_id = t->owner_unit_id;
		it->perm = PERM_REPORT;
	}
}

static int collect(struct store *st, struct arena *a, const struct reminder_query *q,
                   struct reminder_list *out)
{
	int y, m, d;
	cal_to_ymd(q->today, &y, &m, &d);
	/* December's figures fall due in January: last year's targets too. */
	for (int year = y - 1; year <= y; year++) {
		struct board b;
		int s = target_board_load(st, a, year, q->today, &b);
		if (s != STORE_OK)
			return s;
		for (size_t i = 0; i < b.n; i++) {
			const struct board_entry *e = &b.rows[i];
			if (e->nchildren == 0 || e->t->rollup == ROLL_NONE)
				entry_items(a, e, q, out);
			for (size_t c = 0; c < e->nchildren; c++)
				entry_items(a, &e->children[c], q, out);
		}
	}
	return STORE_OK;
}

const struct reminder_source target_reminder_source = { "target_report", collect };
