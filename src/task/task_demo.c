/*
 * task_demo.c: the demo's plans and tasks (issue 11, §7): a 2019 plan for
 * each of the 13 wards serving its breakdown targets, led by the ward's
 * chairman, and the district's plan serving the eight targets, carried out
 * by its departments; tasks in every status (completed on time, completed
 * late, overdue, and in progress within a deadline set relative to the day
 * the demo is loaded, so there always is one), progress reports, a change of
 * deadline; and one supervision programme of the Standing Committee with
 * findings and their follow-up tasks.  Through the services, as the system,
 * in one transaction: the same rules as anything a user enters.
 */
#include "task/task_service.h"

#include <stdio.h>
#include <string.h>

#include "org/org_store.h"
#include "store/store.h"
#include "target/target_store.h"
#include "util/arena.h"

struct demo {
	struct store *st;
	struct arena *a;
	bool failed;
	int plans, tasks;
};

static bool copy_plan(void *ctx, struct plan *p, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	*p = *(const struct plan *)ctx;
	return true;
}

static bool copy_task(void *ctx, struct task *t, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	*t = *(const struct task *)ctx;
	return true;
}

static bool copy_supervision(void *ctx, struct supervision *s, struct arena *a,
                             struct org_error *err)
{
	(void)a, (void)err;
	*s = *(const struct supervision *)ctx;
	return true;
}

static cal_day day(int y, int m, int d)
{
	cal_day out = 0;
	cal_from_ymd(y, m, d, &out);
	return out;
}

static void fail(struct demo *d, const char *what, const struct org_error *err)
{
	fprintf(stderr, "demo: %s: %s %s\n", what, err && err->field ? err->field : "",
	        err && err->detail ? err->detail : "storage error");
	d->failed = true;
}

/* The first person of UNIT whose title starts with TITLE, or 0. */
static int64_t person_titled(struct demo *d, int64_t unit, const char *title)
{
	struct person_filter f = { .unit_id = unit };
	struct org_person *p;
	size_t n;
	if (org_store.person_list(d->st, &f, d->a, &p, &n) != STORE_OK)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (strncmp(p[i].title, title, strlen(title)) == 0)
			return p[i].id;
	return n ? p[0].id : 0;
}

static int64_t add_plan(struct demo *d, int64_t unit, int64_t leader, const char *title,
                        const int64_t *targets, size_t ntargets)
{
	if (d->failed)
		return 0;
	struct plan in = { .unit_id = unit, .year = 2019, .title = title, .leader_id = leader,
	                   .description = "Kế hoạch thực hiện Nghị quyết của Quận ủy về nhiệm vụ "
	                                  "phát triển kinh tế - xã hội năm 2019.",
	                   .due_day = day(2019, 12, 31), .target_ids = targets,
	                   .ntargets = ntargets }, out;
	struct task_error err;
	if (plan_save_in(d->st, d->a, &principal_system, 0, copy_plan, &in, &out, &err) != ORG_OK) {
		fail(d, title, &err.e);
		return 0;
	}
	d->plans++;
	return out.id;
}

static int64_t add_task(struct demo *d, struct task in)
{
	if (d->failed)
		return 0;
	struct task out;
	struct task_error err;
	if (task_save_in(d->st, d->a, &principal_system, 0, copy_task, &in, NULL, &out, &err)
	    != ORG_OK) {
		fail(d, in.title, &err.e);
		return 0;
	}
	d->tasks++;
	return out.id;
}

static void report(struct demo *d, int64_t task, cal_day on, int progress, const char *note)
{
	if (d->failed || task == 0)
		return;
	struct task_update u = { .task_id = task, .day = on, .progress = progress, .note = note };
	struct task out;
	struct org_error err = { 0 };
	if (task_report_in(d->st, d->a, &principal_system, &u, &out, &err) != ORG_OK)
		fail(d, "progress report", &err);
}

/* The 2019 targets owned by UNIT (a ward's breakdown targets, the district's top-level ones). */
static size_t targets_of(struct demo *d, int64_t unit, int64_t **ids)
{
	struct target_filter f = { .year = 2019, .parent_id = -1, .owner_unit_id = unit };
	struct target *t;
	size_t n;
	if (target_store.target_list(d->st, &f, d->a, &t, &n) != STORE_OK) {
		d->failed = true;
		return 0;
	}
	*ids = arena_alloc(d->a, (n + 1) * sizeof **ids);
	for (size_t i = 0; i < n; i++)
		(*ids)[i] = t[i].id;
	return n;
}

static void ward(struct demo *d, const struct org_unit *w, size_t k, cal_day today)
{
	int64_t chair = person_titled(d, w->id, "Chủ tịch");
	int64_t deputy = person_titled(d, w->id, "Phó Chủ tịch");
	int64_t *targets;
	size_t nt = targets_of(d, w->id, &targets);
	int64_t plan = add_plan(d, w->id, chair,
	                        arena_printf(d->a, "Kế hoạch phát triển kinh tế - xã hội năm 2019, %s",
	                                     w->name), targets, nt);
	struct task base = { .plan_id = plan, .unit_id = w->id, .assignee_id = deputy,
	                     .leader_id = chair, .start_day = day(2019, 1, 14),
	                     .priority = TASK_PRIO_NORMAL, .source = TASK_SRC_PLAN, .description = "" };
	/* Completed on time, in most wards; late in every third. */
	struct task t = base;
	t.title = "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo";
	t.due_day = day(2019, 6, 28);
	int64_t id = add_task(d, t);
	report(d, id, day(2019, 4, 15), 50, "Đã rà soát xong 3 khu phố.");
	report(d, id, k % 3 == 0 ? day(2019, 7, 10) : day(2019, 6, 20), 100, "Hoàn thành, có biên bản.");
	/* Completed late in half of the wards. */
	t = base;
	t.title = "Vận động thu ngân sách quý III";
	t.due_day = day(2019, 9, 30);
	t.priority = TASK_PRIO_HIGH;
	id = add_task(d, t);
	report(d, id, k % 2 ? day(2019, 10, 18) : day(2019, 9, 27), 100, NULL);
	/* Overdue, not completed: more of them where the ward is behind. */
	for (size_t i = 0; i < 1 + k % 4; i++) {
		t = base;
		t.title = arena_printf(d->a, "Chỉnh trang vỉa hè, lòng đường tuyến số %zu", i + 1);
		t.due_day = day(2019, 11, 29);
		id = add_task(d, t);
		report(d, id, day(2019, 10, 1), 30 + 10 * (int)i, "Đang chờ bố trí vốn.");
	}
	/* In progress within its deadline: set from the day the demo is loaded. */
	t = base;
	t.title = "Tuyên truyền, vận động xây dựng văn minh đô thị";
	t.start_day = today - 20;
	t.due_day = today + 30 + (cal_day)k;
	t.source = TASK_SRC_DIRECTIVE;
	id = add_task(d, t);
	report(d, id, today - 5, 40, "Đã tổ chức 2 buổi tuyên truyền.");
}

int task_demo_load(struct store *st)
{
	struct arena a = { 0 };
	struct demo d = { .st = st, .a = &a };
	struct plan_filter pf = { .year = 2019, .limit = 1 };
	struct plan *existing;
	size_t n;
	struct org_unit q9;
	int r = -1;
	if (task_store.plan_list(st, &pf, &a, &existing, &n) != STORE_OK)
		goto out;
	if (n > 0) {
		printf("demo plans already present (2019 has a plan); nothing added\n");
		r = 0;
		goto out;
	}
	enum store_status s = org_store.unit_get_by_code(st, "Q9", &a, &q9);
	if (s != STORE_OK) {
		r = s == STORE_NOT_FOUND ? 0 : -1;
		goto out;
	}
	if (st->ops->begin(st) != STORE_OK)
		goto out;
	cal_day today = task_today();
	struct unit_filter wf = { .kind = "ward", .parent_id = q9.id };
	struct org_unit *wards;
	size_t nw;
	if (org_store.unit_list(st, &wf, &a, &wards, &nw) != STORE_OK)
		d.failed = true;
	for (size_t i = 0; !d.failed && i < nw; i++)
		ward(&d, &wards[i], i, today);

	/* The district's plan: the eight targets, carried out by its departments. */
	int64_t chair = person_titled(&d, q9.id, "Chủ tịch");
	int64_t *targets;
	size_t nt = targets_of(&d, q9.id, &targets);
	int64_t plan = add_plan(&d, q9.id, chair, "Chương trình hành động thực hiện các chỉ tiêu năm 2019 "
	                        "của Quận 9", targets, nt);
	static const char *const dept[][2] = {
		{ "Q9.TCKH", "Tham mưu giao dự toán thu, chi ngân sách cho các phường" },
		{ "Q9.QLDT", "Đôn đốc giải ngân vốn đầu tư xây dựng cơ bản" },
		{ "Q9.LDTBXH", "Tổng hợp kết quả giảm hộ nghèo của 13 phường" },
	};
	for (size_t i = 0; !d.failed && i < 3; i++) {
		struct org_unit u;
		if (org_store.unit_get_by_code(st, dept[i][0], &a, &u) != STORE_OK)
			continue;
		struct task t = { .plan_id = plan, .unit_id = u.id,
		                  .assignee_id = person_titled(&d, u.id, "Trưởng phòng"),
		                  .leader_id = chair, .title = dept[i][1], .description = "",
		                  .start_day = day(2019, 1, 7), .due_day = day(2019, 12, 20),
		                  .priority = TASK_PRIO_HIGH, .source = TASK_SRC_PLAN };
		int64_t id = add_task(&d, t);
		report(&d, id, i == 1 ? day(2020, 1, 10) : day(2019, 12, 16), 100, NULL);
	}

	/* The Standing Committee supervises the ward furthest behind, and its findings are followed up. */
	struct org_unit lp;
	if (!d.failed && org_store.unit_get_by_code(st, "Q9.LONGPHUOC", &a, &lp) == STORE_OK) {
		struct supervision in = {
			.unit_id = lp.id, .title = "Giám sát việc thực hiện chỉ tiêu hộ nghèo và chỉnh trang "
			                           "đô thị năm 2019",
			.from_day = day(2019, 10, 1), .to_day = day(2019, 10, 31),
			.members = "Ban Thường vụ Quận ủy Quận 9; Ủy ban Kiểm tra Quận ủy",
			.conclusions = "Phường chưa đạt tiến độ giảm hộ nghèo; chỉnh trang đô thị chậm so "
			               "với kế hoạch. Yêu cầu khắc phục trước ngày 31/12/2019.",
		}, sv;
		struct org_error err = { 0 };
		if (supervision_save_in(st, &a, &principal_system, 0, copy_supervision, &in, &sv, &err)
		    != ORG_OK) {
			fail(&d, "supervision", &err);
		} else {
			int64_t chairman = person_titled(&d, lp.id, "Chủ tịch");
			int64_t deputy = person_titled(&d, lp.id, "Phó Chủ tịch");
			static const char *const findings[][2] = {
				{ "Danh sách hộ nghèo chưa được cập nhật sau rà soát giữa năm.",
				  "Cập nhật danh sách hộ nghèo theo kết quả rà soát" },
				{ "Ba tuyến đường chỉnh trang chưa khởi công do chậm bố trí vốn.",
				  "Lập phương án bố trí vốn chỉnh trang ba tuyến đường" },
			};
			for (size_t i = 0; !d.failed && i < 2; i++) {
				struct supervision_finding f = { .supervision_id = sv.id, .text = findings[i][0] };
				struct task follow = { .unit_id = lp.id, .assignee_id = deputy,
				                       .leader_id = chairman, .title = findings[i][1],
				                       .description = "", .start_day = day(2019, 11, 4),
				                       .due_day = day(2019, 12, 27),
				                       .priority = TASK_PRIO_URGENT };
				struct task_error terr;
				size_t at;
				if (supervision_add_finding_in(st, &a, &principal_system, &f, &follow, 1, &terr,
				                               &at) != ORG_OK)
					fail(&d, "finding", &terr.e);
				else
					d.tasks++;
				if (i == 0)
					report(&d, follow.id, day(2019, 12, 20), 100, "Đã cập nhật và niêm yết.");
			}
		}
	}
	if (d.failed || st->ops->commit(st) != STORE_OK) {
		st->ops->rollback(st);
		goto out;
	}
	printf("demo plans loaded: %d plans of 2019, %d tasks, one supervision programme\n", d.plans,
	       d.tasks);
	r = d.plans;
out:
	if (r < 0)
		fprintf(stderr, "dieuhanh: loading the demo plans failed; nothing was written\n");
	arena_free(&a);
	return r;
}
