/*
 * test_store_task.c: the task store's conformance suite, the same tests on
 * SQLite and on PostgreSQL (store_harness.h): round trips, the lists'
 * filters and Vietnamese order, counts, the bulk insert of imports,
 * progress reports, deadline changes, plans with their targets.
 */
#include "store_harness.h"

#include "org/org.h"
#include "org/org_store.h"
#include "target/target_store.h"
#include "task/task_store.h"
#include "text/vntext.h"

static int64_t a_unit(struct store_fixture *f, const char *code, int64_t parent)
{
	struct org_unit u = { .kind = "ward", .code = code, .name = code, .parent_id = parent };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	return u.id;
}

static int64_t a_person(struct store_fixture *f, const char *name, int64_t unit)
{
	struct org_person p = { .full_name = name, .unit_id = unit };
	struct org_error err;
	assert_true(org_person_prepare(&p, f->a, &err));
	assert_int_equal(org_store.person_insert(f->st, &p), STORE_OK);
	return p.id;
}

static cal_day day(const char *iso)
{
	cal_day d;
	assert_true(cal_parse_iso(iso, &d));
	return d;
}

static struct task a_task(struct store_fixture *f, const char *title, int64_t unit,
                          int64_t assignee, int64_t leader, const char *due)
{
	struct task t = { .title = title, .description = "", .unit_id = unit,
	                  .assignee_id = assignee, .leader_id = leader, .due_day = day(due),
	                  .priority = TASK_PRIO_HIGH, .source = TASK_SRC_DIRECTIVE };
	struct calendar c = { 0 };
	task_set_first_deadline(&t, &c);
	size_t len;
	unsigned char *k = vn_sort_key(title, &len);
	t.sort_key = arena_memdup(f->a, k, len);
	t.sort_key_len = len;
	free(k);
	return t;
}

struct world {
	int64_t district, w1, w2, p1, p2, leader;
};

static struct world a_world(struct store_fixture *f)
{
	struct world w;
	w.district = a_unit(f, "Q9", 0);
	w.w1 = a_unit(f, "W1", w.district);
	w.w2 = a_unit(f, "W2", w.district);
	w.p1 = a_person(f, "Nguyễn Văn An", w.w1);
	w.p2 = a_person(f, "Trần Thị Bình", w.w2);
	w.leader = a_person(f, "Lê Văn Chủ", w.district);
	return w;
}

static void task_round_trip(void **state)
{
	struct store_fixture *f = *state;
	struct world w = a_world(f);
	struct task t = a_task(f, "Sửa đường", w.w1, w.p1, w.leader, "2026-02-14");
	t.ref = "RM-1";
	t.description = "Đường số 9";
	t.start_day = day("2026-01-05");
	assert_int_equal(task_store.task_insert(f->st, &t), STORE_OK);
	assert_true(t.id > 0);
	struct task got;
	assert_int_equal(task_store.task_get(f->st, t.id, f->a, &got), STORE_OK);
	assert_string_equal(got.title, "Sửa đường");
	assert_string_equal(got.description, "Đường số 9");
	assert_string_equal(got.ref, "RM-1");
	assert_int_equal(got.unit_id, w.w1);
	assert_int_equal(got.assignee_id, w.p1);
	assert_int_equal(got.leader_id, w.leader);
	assert_int_equal(got.priority, TASK_PRIO_HIGH);
	assert_int_equal(got.source, TASK_SRC_DIRECTIVE);
	assert_int_equal(got.start_day, day("2026-01-05"));
	assert_int_equal(got.due_day, day("2026-02-14"));
	assert_int_equal(got.original_day, day("2026-02-14"));
	/* 14/2/2026 is Tết: judged on the next working day, 23/2. */
	assert_int_equal(got.judged_day, day("2026-02-23"));
	assert_int_equal(got.completed_day, 0);
	assert_int_equal(got.plan_id, 0);
	assert_string_equal(got.unit_name, "W1");
	assert_string_equal(got.assignee_name, "Nguyễn Văn An");
	assert_string_equal(got.leader_name, "Lê Văn Chủ");
	struct task dup = a_task(f, "Khác", w.w1, w.p1, w.leader, "2026-03-01");
	dup.ref = "RM-1";
	assert_int_equal(task_store.task_insert(f->st, &dup), STORE_CONFLICT);
	got.progress = 100;
	got.completed_day = day("2026-02-20");
	got.unit_id = w.w2;
	assert_int_equal(task_store.task_update(f->st, &got), STORE_OK);
	assert_int_equal(task_store.task_get(f->st, t.id, f->a, &got), STORE_OK);
	assert_int_equal(got.progress, 100);
	assert_int_equal(got.completed_day, day("2026-02-20"));
	assert_string_equal(got.unit_name, "W2");
	got.id += 100;
	assert_int_equal(task_store.task_update(f->st, &got), STORE_NOT_FOUND);
	assert_int_equal(task_store.task_get(f->st, got.id, f->a, &got), STORE_NOT_FOUND);
}

static size_t list(struct store_fixture *f, const struct task_filter *flt, struct task **out);

/*
 * A task led by W1 and co-assigned to W2 is one of W2's tasks (alone and by
 * the district's subtree, once), in order with those W2 leads; its JSON
 * knows both units.
 */
static void co_assigned_units_are_listed_with_their_unit(void **state)
{
	struct store_fixture *f = *state;
	struct world w = a_world(f);
	int64_t other = a_unit(f, "W3", 0);
	struct task shared = a_task(f, "Chung", w.w1, w.p1, w.leader, "2026-03-10");
	struct task own = a_task(f, "Riêng", w.w2, w.p2, w.leader, "2026-03-05");
	struct task late = a_task(f, "Sau", w.w2, w.p2, w.leader, "2026-03-20");
	assert_int_equal(task_store.task_insert(f->st, &shared), STORE_OK);
	assert_int_equal(task_store.task_insert(f->st, &own), STORE_OK);
	assert_int_equal(task_store.task_insert(f->st, &late), STORE_OK);
	const int64_t co[] = { w.w2, other };
	assert_int_equal(task_store.units_set(f->st, shared.id, co, 2), STORE_OK);
	struct task got;
	assert_int_equal(task_store.task_get(f->st, shared.id, f->a, &got), STORE_OK);
	assert_int_equal(got.unit_id, w.w1);
	assert_int_equal(got.nco_units, 2);
	assert_int_equal(got.co_unit_ids[0], w.w2);
	assert_int_equal(got.co_unit_ids[1], other);

	struct task *ts;
	struct task_filter by_w2 = { .unit_id = w.w2, .today = day("2026-01-01") };
	assert_int_equal(list(f, &by_w2, &ts), 3);
	assert_int_equal(ts[0].id, own.id);
	assert_int_equal(ts[1].id, shared.id);
	assert_int_equal(ts[2].id, late.id);
	int64_t total;
	assert_int_equal(task_store.task_count(f->st, &by_w2, &total), STORE_OK);
	assert_int_equal(total, 3);
	/* A page stops where it should across both kinds. */
	by_w2.limit = 1;
	by_w2.offset = 1;
	assert_int_equal(list(f, &by_w2, &ts), 1);
	assert_int_equal(ts[0].id, shared.id);
	/* The subtree holds it once (led by W1, co-assigned to W2, both inside). */
	struct task_filter sub = { .unit_id = w.district, .subtree = true, .today = day("2026-01-01") };
	assert_int_equal(list(f, &sub, &ts), 3);
	assert_int_equal(task_store.task_count(f->st, &sub, &total), STORE_OK);
	assert_int_equal(total, 3);
	/* Led from outside W3's subtree: W3's subtree lists it by co-assignment. */
	struct task_filter sub3 = { .unit_id = other, .subtree = true, .today = day("2026-01-01") };
	assert_int_equal(list(f, &sub3, &ts), 1);
	assert_int_equal(ts[0].id, shared.id);
	/* A unit as a residual filter (the assignee drives) matches co-assignment too. */
	struct task_filter p1_in_w2 = { .assignee_id = w.p1, .unit_id = w.w2, .today = day("2026-01-01") };
	assert_int_equal(list(f, &p1_in_w2, &ts), 1);
	/* Cleared: W2 no longer sees it. */
	assert_int_equal(task_store.units_set(f->st, shared.id, NULL, 0), STORE_OK);
	by_w2.limit = 0;
	by_w2.offset = 0;
	assert_int_equal(list(f, &by_w2, &ts), 2);
	assert_int_equal(task_store.task_get(f->st, shared.id, f->a, &got), STORE_OK);
	assert_int_equal(got.nco_units, 0);
}

/* UNIT's revision now; the test asserts only whether it moved. */
static int64_t unit_rev(struct store_fixture *f, int64_t unit)
{
	int64_t rev;
	assert_int_equal(task_store.unit_revision(f->st, unit, &rev), STORE_OK);
	return rev;
}

static int64_t person_rev(struct store_fixture *f, int64_t person)
{
	int64_t rev;
	assert_int_equal(task_store.person_revision(f->st, person, &rev), STORE_OK);
	return rev;
}

/*
 * The cached lists' invalidation (task migration 5): a write moves the
 * revision of every unit whose list shows the task — the lead unit before
 * and after, every co-assigned unit, including one just removed — and of
 * no other; a rename of a person or a unit (the lists show their names)
 * moves them all.
 */
static void unit_revisions_move_with_their_tasks(void **state)
{
	struct store_fixture *f = *state;
	struct world w = a_world(f);
	int64_t w3 = a_unit(f, "W3", w.district), w4 = a_unit(f, "W4", w.district);
	int64_t r1 = unit_rev(f, w.w1), r2 = unit_rev(f, w.w2), r3 = unit_rev(f, w3),
	        r4 = unit_rev(f, w4);
	int64_t rp1 = person_rev(f, w.p1), rp2 = person_rev(f, w.p2), rl = person_rev(f, w.leader);
	struct task t = a_task(f, "Chung", w.w1, w.p1, w.leader, "2026-03-10");
	assert_int_equal(task_store.task_insert(f->st, &t), STORE_OK);
	assert_true(unit_rev(f, w.w1) != r1);
	assert_int_equal(unit_rev(f, w.w2), r2);
	/* Its assignee's and leader's lists, not another person's. */
	assert_true(person_rev(f, w.p1) != rp1);
	assert_true(person_rev(f, w.leader) != rl);
	assert_int_equal(person_rev(f, w.p2), rp2);
	r1 = unit_rev(f, w.w1), rp1 = person_rev(f, w.p1), rl = person_rev(f, w.leader);
	/* Co-assigned: the new units and the lead (its row lists every unit). */
	const int64_t co[] = { w.w2, w3 };
	assert_int_equal(task_store.units_set(f->st, t.id, co, 2), STORE_OK);
	assert_true(unit_rev(f, w.w1) != r1);
	assert_true(unit_rev(f, w.w2) != r2);
	assert_true(unit_rev(f, w3) != r3);
	assert_int_equal(unit_rev(f, w4), r4);
	assert_true(person_rev(f, w.p1) != rp1);
	assert_true(person_rev(f, w.leader) != rl);
	assert_int_equal(person_rev(f, w.p2), rp2);
	r1 = unit_rev(f, w.w1), r2 = unit_rev(f, w.w2), r3 = unit_rev(f, w3);
	rp1 = person_rev(f, w.p1), rl = person_rev(f, w.leader);
	/* An edit of the task: every unit showing it. */
	struct task got;
	assert_int_equal(task_store.task_get(f->st, t.id, f->a, &got), STORE_OK);
	got.progress = 40;
	assert_int_equal(task_store.task_update(f->st, &got), STORE_OK);
	assert_true(unit_rev(f, w.w1) != r1);
	assert_true(unit_rev(f, w.w2) != r2);
	assert_true(unit_rev(f, w3) != r3);
	assert_int_equal(unit_rev(f, w4), r4);
	assert_true(person_rev(f, w.p1) != rp1);
	assert_int_equal(person_rev(f, w.p2), rp2);
	rp1 = person_rev(f, w.p1);
	/* Given to another: the one who had it and the one who has it. */
	got.assignee_id = w.p2;
	assert_int_equal(task_store.task_update(f->st, &got), STORE_OK);
	assert_true(person_rev(f, w.p1) != rp1);
	assert_true(person_rev(f, w.p2) != rp2);
	r1 = unit_rev(f, w.w1), r2 = unit_rev(f, w.w2), r3 = unit_rev(f, w3);
	/* A unit dropped from the task no longer shows it: it moves too. */
	const int64_t fewer[] = { w.w2 };
	assert_int_equal(task_store.units_set(f->st, t.id, fewer, 1), STORE_OK);
	assert_true(unit_rev(f, w3) != r3);
	assert_true(unit_rev(f, w.w2) != r2);
	r1 = unit_rev(f, w.w1), r2 = unit_rev(f, w.w2), r3 = unit_rev(f, w3);
	/* The lead moves to W4: the old lead's list loses it, the new one's gains it. */
	assert_int_equal(task_store.task_get(f->st, t.id, f->a, &got), STORE_OK);
	got.unit_id = w4;
	assert_int_equal(task_store.task_update(f->st, &got), STORE_OK);
	assert_true(unit_rev(f, w.w1) != r1);
	assert_true(unit_rev(f, w4) != r4);
	assert_true(unit_rev(f, w.w2) != r2);
	assert_int_equal(unit_rev(f, w3), r3);
	r1 = unit_rev(f, w.w1), r2 = unit_rev(f, w.w2), r4 = unit_rev(f, w4);
	/* A person's new name shows in every list. */
	struct org_person p;
	assert_int_equal(org_store.person_get(f->st, w.leader, f->a, &p), STORE_OK);
	p.full_name = "Lê Văn Chủ Tịch";
	struct org_error err;
	assert_true(org_person_prepare(&p, f->a, &err));
	assert_int_equal(org_store.person_update(f->st, &p), STORE_OK);
	assert_true(unit_rev(f, w.w1) != r1);
	assert_true(unit_rev(f, w4) != r4);
	r1 = unit_rev(f, w.w1), r4 = unit_rev(f, w4);
	/* So does a unit's. */
	struct org_unit u;
	assert_int_equal(org_store.unit_get(f->st, w4, f->a, &u), STORE_OK);
	u.name = "Phường 4";
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_update(f->st, &u), STORE_OK);
	assert_true(unit_rev(f, w4) != r4);
	assert_true(unit_rev(f, w.w1) != r1);
}

/*
 * The scorecard's reads: counts by leader with the leader's name, title
 * and unit in one statement; the overdue tasks' ids longest overdue first;
 * those read back in full by id, in the same order, on both engines.
 */
static void scorecard_reads(void **state)
{
	struct store_fixture *f = *state;
	struct world w = a_world(f);
	struct task late1 = a_task(f, "Trễ một", w.w1, w.p1, w.leader, "2026-03-02");
	struct task late2 = a_task(f, "Trễ hai", w.w2, w.p2, w.leader, "2026-02-02");
	struct task open = a_task(f, "Còn hạn", w.w1, w.p1, w.p2, "2026-12-30");
	struct task done = a_task(f, "Xong", w.w1, w.p1, w.p2, "2026-03-02");
	done.completed_day = day("2026-03-01");
	struct task *all[] = { &late1, &late2, &open, &done };
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(task_store.task_insert(f->st, all[i]), STORE_OK);
	cal_day today = day("2026-06-01"), from = day("2026-01-01"), to = day("2026-12-31");
	struct task_leader_counts *lc;
	size_t n;
	assert_int_equal(task_store.counts_by_leader(f->st, today, from, to, f->a, &lc, &n), STORE_OK);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++) {
		if (lc[i].c.id == w.leader) {
			assert_int_equal(lc[i].c.overdue, 2);
			assert_string_equal(lc[i].full_name, "Lê Văn Chủ");
			assert_int_equal(lc[i].unit_id, w.district);
		} else {
			assert_int_equal(lc[i].c.id, w.p2);
			assert_int_equal(lc[i].c.on_time, 1);
			assert_int_equal(lc[i].c.in_progress, 1);
			assert_string_equal(lc[i].full_name, "Trần Thị Bình");
		}
	}
	struct task_brief *br;
	assert_int_equal(task_store.overdue_in(f->st, today, from, to, f->a, &br, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(br[0].id, late2.id);
	assert_int_equal(br[0].unit_id, w.w2);
	assert_int_equal(br[0].leader_id, w.leader);
	assert_int_equal(br[1].id, late1.id);
	const int64_t ids[] = { late1.id, open.id, late2.id, 999999 };
	struct task *ts;
	assert_int_equal(task_store.tasks_of_ids(f->st, ids, 4, f->a, &ts, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_int_equal(ts[0].id, late2.id);
	assert_string_equal(ts[0].title, "Trễ hai");
	assert_string_equal(ts[0].unit_name, "W2");
	assert_int_equal(ts[1].id, late1.id);
	assert_int_equal(ts[2].id, open.id);
}

static size_t list(struct store_fixture *f, const struct task_filter *flt, struct task **out)
{
	size_t n;
	assert_int_equal(task_store.task_list(f->st, flt, f->a, out, &n), STORE_OK);
	int64_t total;
	assert_int_equal(task_store.task_count(f->st, flt, &total), STORE_OK);
	if (flt->limit == 0 && flt->offset == 0)
		assert_int_equal(total, (int64_t)n);
	return n;
}

static void task_lists_filter_and_order(void **state)
{
	struct store_fixture *f = *state;
	struct world w = a_world(f);
	const char *titles[] = { "Đường", "Dân số", "An ninh", "Ă", "Bến" };
	/* Same due day: titles in Vietnamese order (D before Đ, A before Ă). */
	for (size_t i = 0; i < 5; i++) {
		struct task t = a_task(f, titles[i], i < 3 ? w.w1 : w.w2, i < 3 ? w.p1 : w.p2,
		                       w.leader, i == 4 ? "2026-01-10" : "2026-03-02");
		assert_int_equal(task_store.task_insert(f->st, &t), STORE_OK);
	}
	struct task late = a_task(f, "Xong muộn", w.w1, w.p1, w.leader, "2026-01-05");
	late.completed_day = day("2026-01-09");
	late.progress = 100;
	assert_int_equal(task_store.task_insert(f->st, &late), STORE_OK);
	struct task *out;
	struct task_filter all = { .today = day("2026-02-01") };
	size_t n = list(f, &all, &out);
	assert_int_equal(n, 6);
	assert_string_equal(out[0].title, "Xong muộn");
	assert_string_equal(out[1].title, "Bến");
	assert_string_equal(out[2].title, "An ninh");
	assert_string_equal(out[3].title, "Ă");
	assert_string_equal(out[4].title, "Dân số");
	assert_string_equal(out[5].title, "Đường");
	struct task_filter by_unit = { .unit_id = w.w1, .today = all.today };
	assert_int_equal(list(f, &by_unit, &out), 4);
	struct task_filter district = { .unit_id = w.district, .today = all.today };
	assert_int_equal(list(f, &district, &out), 0);
	district.subtree = true;
	assert_int_equal(list(f, &district, &out), 6);
	struct task_filter mine = { .assignee_id = w.p2, .today = all.today };
	assert_int_equal(list(f, &mine, &out), 2);
	struct task_filter led = { .leader_id = w.leader, .unit_id = w.w2, .today = all.today };
	assert_int_equal(list(f, &led, &out), 2);
	struct task_filter st_f = { .today = all.today };
	st_f.status = TASK_F_DONE;
	assert_int_equal(list(f, &st_f, &out), 1);
	st_f.status = TASK_F_LATE;   /* 5/1/2026 is a Monday: 9/1 is late */
	assert_int_equal(list(f, &st_f, &out), 1);
	st_f.status = TASK_F_ON_TIME;
	assert_int_equal(list(f, &st_f, &out), 0);
	st_f.status = TASK_F_OPEN;
	assert_int_equal(list(f, &st_f, &out), 5);
	st_f.status = TASK_F_OVERDUE;   /* Bến, due 10/1 (a Saturday: judged 12/1) */
	assert_int_equal(list(f, &st_f, &out), 1);
	assert_string_equal(out[0].title, "Bến");
	st_f.status = TASK_F_IN_PROGRESS;
	assert_int_equal(list(f, &st_f, &out), 4);
	struct task_filter range = { .today = all.today, .due_after = day("2026-01-06"),
	                             .due_before = day("2026-03-01") };
	assert_int_equal(list(f, &range, &out), 1);
	struct task_filter page = { .today = all.today, .limit = 2, .offset = 2 };
	assert_int_equal(list(f, &page, &out), 2);
	assert_string_equal(out[0].title, "An ninh");
	int64_t total;
	assert_int_equal(task_store.task_count(f->st, &page, &total), STORE_OK);
	assert_int_equal(total, 6);
}

static void task_insert_many_all_or_nothing(void **state)
{
	struct store_fixture *f = *state;
	struct world w = a_world(f);
	struct task many[300];
	for (size_t i = 0; i < 300; i++) {
		many[i] = a_task(f, arena_printf(f->a, "Việc \"%zu\" \\ số", i), w.w1, w.p1, w.leader,
		                 "2026-05-04");
		many[i].ref = arena_printf(f->a, "RM-%zu", i);
		if (i % 3 == 0) {
			many[i].completed_day = day("2026-05-01");
			many[i].progress = 100;
		}
	}
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(task_store.task_insert_many(f->st, many, 300), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	/* Each row got its own id, in the rows' order. */
	for (size_t i = 0; i < 300; i++) {
		struct task got;
		assert_int_equal(task_store.task_get(f->st, many[i].id, f->a, &got), STORE_OK);
		assert_string_equal(got.ref, many[i].ref);
	}
	const char **refs;
	size_t nrefs;
	assert_int_equal(task_store.task_refs(f->st, f->a, &refs, &nrefs), STORE_OK);
	assert_int_equal(nrefs, 300);
	struct task *out;
	struct task_filter done = { .status = TASK_F_ON_TIME, .today = day("2026-05-02") };
	assert_int_equal(list(f, &done, &out), 100);
	struct task_filter any = { .unit_id = w.w1, .today = day("2026-05-02"), .limit = 1 };
	assert_int_equal(list(f, &any, &out), 1);
	assert_string_equal(out[0].title, "Việc \"0\" \\ số");
	/* A ref taken: nothing of the batch lands. */
	struct task again[2] = { a_task(f, "Mới", w.w1, w.p1, w.leader, "2026-05-04"),
	                         a_task(f, "Trùng", w.w1, w.p1, w.leader, "2026-05-04") };
	again[0].ref = "NEW-1";
	again[1].ref = "RM-7";
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(task_store.task_insert_many(f->st, again, 2), STORE_CONFLICT);
	f->st->ops->rollback(f->st);
	struct task_filter all = { .today = day("2026-05-02") };
	assert_int_equal(list(f, &all, &out), 300);
}

static void updates_and_deadline_changes(void **state)
{
	struct store_fixture *f = *state;
	struct world w = a_world(f);
	struct task t = a_task(f, "Báo cáo", w.w1, w.p1, w.leader, "2026-04-01");
	assert_int_equal(task_store.task_insert(f->st, &t), STORE_OK);
	struct task_update u1 = { .task_id = t.id, .day = day("2026-03-02"), .progress = 30,
	                          .note = "Bắt đầu", .reporter = "longbinh", .reporter_id = 5 };
	struct task_update u2 = { .task_id = t.id, .day = day("2026-03-01"), .progress = 10,
	                          .attachment = "cv-12.pdf", .reporter = "longbinh" };
	assert_int_equal(task_store.update_insert(f->st, &u1), STORE_OK);
	assert_int_equal(task_store.update_insert(f->st, &u2), STORE_OK);
	struct task_update *us;
	size_t n;
	assert_int_equal(task_store.update_list(f->st, t.id, f->a, &us, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(us[0].progress, 10);   /* by day */
	assert_string_equal(us[0].attachment, "cv-12.pdf");
	assert_null(us[0].note);
	assert_string_equal(us[1].note, "Bắt đầu");
	assert_int_equal(us[1].reporter_id, 5);
	assert_true(us[1].reported_at > 0);
	struct task_deadline_change c = { .task_id = t.id, .old_day = t.due_day,
	                                  .new_day = day("2026-04-15"), .reason = "Chờ vốn",
	                                  .approved = true, .changed_by = "hiepphu",
	                                  .approved_by = "lanhdao" };
	assert_int_equal(task_store.change_insert(f->st, &c), STORE_OK);
	struct task_deadline_change *cs;
	assert_int_equal(task_store.change_list(f->st, t.id, f->a, &cs, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(cs[0].old_day, day("2026-04-01"));
	assert_int_equal(cs[0].new_day, day("2026-04-15"));
	assert_true(cs[0].approved);
	assert_string_equal(cs[0].reason, "Chờ vốn");
	assert_string_equal(cs[0].approved_by, "lanhdao");
}

static void plans_with_targets(void **state)
{
	struct store_fixture *f = *state;
	struct world w = a_world(f);
	int64_t tids[2];
	for (int i = 0; i < 2; i++) {
		struct target tg = { .code = i ? "T2" : "T1", .name = "Thu", .year = 2019,
		                     .kind = TK_AMOUNT, .owner_unit_id = w.w1, .weight = 1,
		                     .period = PERIOD_YEAR };
		assert_int_equal(target_store.target_insert(f->st, &tg), STORE_OK);
		tids[i] = tg.id;
	}
	size_t len;
	unsigned char *k = vn_sort_key("Kế hoạch 2019", &len);
	struct plan p = { .unit_id = w.w1, .year = 2019, .title = "Kế hoạch 2019",
	                  .leader_id = w.leader, .due_day = day("2019-12-31"),
	                  .sort_key = arena_memdup(f->a, k, len), .sort_key_len = len,
	                  .target_ids = tids, .ntargets = 2 };
	free(k);
	assert_int_equal(task_store.plan_insert(f->st, &p), STORE_OK);
	struct plan got;
	assert_int_equal(task_store.plan_get(f->st, p.id, f->a, &got), STORE_OK);
	assert_string_equal(got.title, "Kế hoạch 2019");
	assert_int_equal(got.year, 2019);
	assert_int_equal(got.ntargets, 2);
	assert_int_equal(got.target_ids[0], tids[0]);
	got.ntargets = 1;
	got.target_ids = &tids[1];
	got.description = "mô tả";
	assert_int_equal(task_store.plan_update(f->st, &got), STORE_OK);
	assert_int_equal(task_store.plan_get(f->st, p.id, f->a, &got), STORE_OK);
	assert_int_equal(got.ntargets, 1);
	assert_int_equal(got.target_ids[0], tids[1]);
	assert_string_equal(got.description, "mô tả");
	struct plan *ps;
	size_t n;
	struct plan_filter pf = { .unit_id = w.w1 };
	assert_int_equal(task_store.plan_list(f->st, &pf, f->a, &ps, &n), STORE_OK);
	assert_int_equal(n, 1);
	pf.year = 2020;
	assert_int_equal(task_store.plan_list(f->st, &pf, f->a, &ps, &n), STORE_OK);
	assert_int_equal(n, 0);
	/* Tasks of the plan. */
	struct task t = a_task(f, "Việc", w.w1, w.p1, w.leader, "2019-06-03");
	t.plan_id = p.id;
	assert_int_equal(task_store.task_insert(f->st, &t), STORE_OK);
	struct task *ts;
	struct task_filter by_plan = { .plan_id = p.id, .today = day("2019-01-01") };
	assert_int_equal(list(f, &by_plan, &ts), 1);
	assert_int_equal(task_store.plan_get(f->st, p.id + 9, f->a, &got), STORE_NOT_FOUND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(task_round_trip),
		STORE_TEST(task_lists_filter_and_order),
		STORE_TEST(task_insert_many_all_or_nothing),
		STORE_TEST(co_assigned_units_are_listed_with_their_unit),
		STORE_TEST(unit_revisions_move_with_their_tasks),
		STORE_TEST(scorecard_reads),
		STORE_TEST(updates_and_deadline_changes),
		STORE_TEST(plans_with_targets),
	};
	return store_harness_run("task store", tests, sizeof tests / sizeof tests[0]);
}
