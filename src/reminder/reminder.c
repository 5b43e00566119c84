/* reminder.c: the pure parts of reminder.h. */
#include "reminder/reminder.h"

#include <stdlib.h>
#include <string.h>

#include "util/arena.h"

struct reminder_item *reminder_list_push(struct reminder_list *l)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 32;
		struct reminder_item *v = arena_array(l->a, cap, sizeof *v);
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	struct reminder_item *it = &l->v[l->n++];
	memset(it, 0, sizeof *it);
	return it;
}

static int cmp_item(const void *pa, const void *pb)
{
	const struct reminder_item *a = pa, *b = pb;
	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	int c = strcmp(a->title ? a->title : "", b->title ? b->title : "");
	return c ? c : strcmp(a->uid ? a->uid : "", b->uid ? b->uid : "");
}

void reminder_sort(struct reminder_item *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_item);
}

long reminder_days_left(const struct calendar *cal, cal_day today, cal_day due)
{
	return cal_working_days(cal, today, due);
}
