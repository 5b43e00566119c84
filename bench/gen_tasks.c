/*
 * gen_tasks.c: fills a database with the large case of the tasks
 * benchmark (issue 11's "100,000 tasks across 300 units"): a district of
 * 300 wards, each with its chairman (the leader responsible) and two
 * officers, and 100,000 tasks due this year, spread over the wards and the
 * year, in every status: done on time, done late, in progress, overdue.
 *
 *   build/gen_tasks --db sqlite:/tmp/tasks.db      (after `dieuhanh demo`)
 *
 * It writes through the storage interface (no audit entries: test data,
 * not anyone's work), 10,000 tasks a transaction, in seconds where the
 * import of a CSV of the same would take its checks' time.  Prints the
 * district's id and one ward's.  Built by bench/tasks.sh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "org/org_service.h"
#include "org/org_store.h"
#include "store/store.h"
#include "task/task_service.h"
#include "task/task_store.h"
#include "text/vntext.h"
#include "util/arena.h"

enum { UNITS = 300, TASKS = 100000, BATCH = 10000 };

static void die(const char *what)
{
	fprintf(stderr, "gen_tasks: %s failed\n", what);
	exit(1);
}

static int64_t add_unit(struct store *st, struct arena *a, const char *kind, const char *code,
                        const char *name, int64_t parent)
{
	struct org_unit u = { .kind = kind, .code = code, .name = name, .parent_id = parent };
	struct org_error err;
	if (!org_unit_prepare(&u, a, &err) || org_store.unit_insert(st, &u) != STORE_OK)
		die(code);
	return u.id;
}

static int64_t add_person(struct store *st, struct arena *a, const char *name,
                          const char *title, int64_t unit)
{
	struct org_person p = { .full_name = name, .title = title, .unit_id = unit };
	struct org_error err;
	if (!org_person_prepare(&p, a, &err) || org_store.person_insert(st, &p) != STORE_OK)
		die(name);
	return p.id;
}

int main(int argc, char **argv)
{
	const char *db = argc == 3 && strcmp(argv[1], "--db") == 0 ? argv[2] : NULL;
	if (db == NULL) {
		fprintf(stderr, "usage: gen_tasks --db URL\n");
		return 2;
	}
	char err[256];
	struct store *st = store_open(db, err, sizeof err);
	int version;
	if (st == NULL || st->ops->migrate(st, &version) != STORE_OK) {
		fprintf(stderr, "gen_tasks: %s\n", st ? "migration failed" : err);
		return 1;
	}
	struct arena a = { 0 };
	static int64_t units[UNITS], leaders[UNITS], officers[UNITS][2];
	if (st->ops->begin(st) != STORE_OK)
		die("begin");
	int64_t district = add_unit(st, &a, "district", "BTASK", "Quận Việc thử nghiệm", 0);
	for (int i = 0; i < UNITS; i++) {
		char code[32], name[64], person[96];
		snprintf(code, sizeof code, "BTASK.U%03d", i + 1);
		snprintf(name, sizeof name, "Phường Việc %d", i + 1);
		units[i] = add_unit(st, &a, "ward", code, name, district);
		snprintf(person, sizeof person, "Chủ tịch Phường Việc %d", i + 1);
		leaders[i] = add_person(st, &a, person, "Chủ tịch", units[i]);
		for (int k = 0; k < 2; k++) {
			snprintf(person, sizeof person, "Cán bộ %d Phường Việc %d", k + 1, i + 1);
			officers[i][k] = add_person(st, &a, person, "Chuyên viên", units[i]);
		}
	}
	if (st->ops->commit(st) != STORE_OK)
		die("commit");
	cal_day today = task_today(), first;
	int year, m, d;
	cal_to_ymd(today, &year, &m, &d);
	if (!cal_from_ymd(year, 1, 1, &first))
		die("the year");
	const struct calendar shipped = { 0 };
	static struct task ts[BATCH];
	for (int done = 0; done < TASKS; done += BATCH) {
		if (st->ops->begin(st) != STORE_OK)
			die("begin");
		for (int k = 0; k < BATCH; k++) {
			int i = done + k, u = i % UNITS;
			struct task *t = &ts[k];
			char title[96];
			snprintf(title, sizeof title, "Việc số %d của phường %d: kiểm tra, báo cáo", i + 1,
			         u + 1);
			*t = (struct task){ .unit_id = units[u], .title = arena_strdup(&a, title),
			                    .description = "", .assignee_id = officers[u][(i / UNITS) % 2],
			                    .leader_id = leaders[u], .priority = TASK_PRIO_NORMAL,
			                    .source = TASK_SRC_PLAN };
			/* Due any day of the year; started a month before. */
			t->due_day = first + (cal_day)((i * 7 + u) % 360);
			t->start_day = t->due_day - 30;
			task_set_first_deadline(t, &shipped);
			/*
			 * Of those due by today: 6 in 10 done on time, 2 late, 2 still
			 * open (overdue); later ones: a third done early, the rest in
			 * progress.  Wards differ (u % 7) so the ranking has an order.
			 */
			int r = (i / UNITS + u % 7) % 10;
			if (t->judged_day < today) {
				if (r < 6)
					t->completed_day = t->judged_day - r % 3;
				else if (r < 8)
					t->completed_day = t->judged_day + 1 + r;
			} else if (r < 3) {
				t->completed_day = today - 1 - r;
			}
			if (t->completed_day > today)
				t->completed_day = today;
			t->progress = t->completed_day ? 100 : 10 * (r % 9);
			t->progress_day = t->completed_day ? t->completed_day : t->start_day;
			size_t len;
			unsigned char *key = vn_sort_key(t->title, &len);
			if (key == NULL)
				die("sort key");
			t->sort_key = arena_memdup(&a, key, len);
			t->sort_key_len = len;
			free(key);
		}
		if (task_store.task_insert_many(st, ts, BATCH) != STORE_OK)
			die("tasks");
		if (st->ops->commit(st) != STORE_OK)
			die("commit");
		arena_free(&a);
	}
	printf("district %lld ward %lld: %d units, %d tasks due in %d\n", (long long)district,
	       (long long)units[0], UNITS, TASKS, year);
	st->ops->close(st);
	return 0;
}
