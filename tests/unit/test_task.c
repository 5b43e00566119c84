/*
 * test_task.c: the pure rules of plans and tasks (task.c): required fields
 * named one by one, status from dates on the working calendar, deadline
 * changes judged against the original unless approved, progress reports.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <stdlib.h>

#include "http/html.h"
#include "task/task.h"
#include "task/task_service.h"
#include "util/arena.h"

static const struct calendar cal = { 0 };

static cal_day day(const char *iso)
{
	cal_day d;
	assert_true(cal_parse_iso(iso, &d));
	return d;
}

static struct task a_task(const char *due)
{
	struct task t = { .title = "Sửa đường", .unit_id = 1, .assignee_id = 2, .leader_id = 3,
	                  .due_day = day(due) };
	task_set_first_deadline(&t, &cal);
	return t;
}

static void missing_fields_are_each_named(void **state)
{
	(void)state;
	struct task t = { 0 };
	const char *missing[TASK_MAX_MISSING];
	size_t n = task_missing_fields(&t, missing);
	assert_int_equal(n, 5);
	assert_string_equal(missing[0], "title");
	assert_string_equal(missing[1], "unit_id");
	assert_string_equal(missing[2], "assignee_id");
	assert_string_equal(missing[3], "leader_id");
	assert_string_equal(missing[4], "due_date");
	t = a_task("2026-03-02");
	assert_int_equal(task_missing_fields(&t, missing), 0);
	t.leader_id = 0;
	t.title = "   ";
	n = task_missing_fields(&t, missing);
	assert_int_equal(n, 2);
	assert_string_equal(missing[0], "title");
	assert_string_equal(missing[1], "leader_id");
	struct plan p = { .title = "Kế hoạch", .unit_id = 1, .year = 2019 };
	n = plan_missing_fields(&p, missing);
	assert_int_equal(n, 2);
	assert_string_equal(missing[0], "leader_id");
	assert_string_equal(missing[1], "due_date");
}

static void checks_bound_the_fields(void **state)
{
	(void)state;
	const char *field, *detail;
	struct task t = a_task("2026-03-02");
	assert_true(task_check(&t, &field, &detail));
	t.start_day = day("2026-03-03");
	assert_false(task_check(&t, &field, &detail));
	assert_string_equal(field, "due_date");
	t.start_day = 0;
	t.progress = 101;
	assert_false(task_check(&t, &field, &detail));
	assert_string_equal(field, "progress");
	t.progress = 0;
	char long_title[TASK_TITLE_MAX + 2];
	memset(long_title, 'a', sizeof long_title - 1);
	long_title[sizeof long_title - 1] = '\0';
	t.title = long_title;
	assert_false(task_check(&t, &field, &detail));
	assert_string_equal(field, "title");
	struct plan p = { .title = "K", .unit_id = 1, .year = 1999, .leader_id = 1, .due_day = 1 };
	assert_false(plan_check(&p, &field, &detail));
	assert_string_equal(field, "year");
}

/* The four statuses of the Government Office, judged on working days. */
static void status_from_dates(void **state)
{
	(void)state;
	/* Due Saturday 14/2/2026, in Tết (14-22/2): judged on Monday 23/2. */
	struct task t = a_task("2026-02-14");
	assert_int_equal(t.judged_day, day("2026-02-23"));
	assert_int_equal(task_status_of(&t, day("2026-02-20")), TASK_IN_PROGRESS);
	assert_int_equal(task_status_of(&t, day("2026-02-23")), TASK_IN_PROGRESS);
	assert_int_equal(task_status_of(&t, day("2026-02-24")), TASK_OVERDUE);
	assert_int_equal(task_days_late(&t, day("2026-02-24"), &cal), 1);
	/* Overdue from 24/2 to Monday 2/3: five working days. */
	assert_int_equal(task_days_late(&t, day("2026-03-02"), &cal), 5);
	t.completed_day = day("2026-02-23");
	assert_int_equal(task_status_of(&t, day("2026-06-01")), TASK_ON_TIME);
	assert_int_equal(task_days_late(&t, day("2026-06-01"), &cal), 0);
	t.completed_day = day("2026-02-25");
	assert_int_equal(task_status_of(&t, day("2026-06-01")), TASK_LATE);
	assert_int_equal(task_days_late(&t, day("2026-06-01"), &cal), 2);
	/* 2019-05-04 was a Saturday worked: a deadline that day stays there. */
	t = a_task("2019-05-04");
	assert_int_equal(t.judged_day, day("2019-05-04"));
}

static void deadline_changes_keep_the_original_unless_approved(void **state)
{
	(void)state;
	struct task t = a_task("2026-03-02");
	struct task_deadline_change ch;
	const char *detail;
	assert_false(task_change_deadline(&t, day("2026-03-16"), "  ", false, &cal, &ch, &detail));
	assert_false(task_change_deadline(&t, day("2026-03-02"), "x", true, &cal, &ch, &detail));
	/* Not approved: the deadline shown moves, lateness is still judged on 2/3. */
	assert_true(task_change_deadline(&t, day("2026-03-16"), "Chờ vốn", false, &cal, &ch,
	                                 &detail));
	assert_int_equal(ch.old_day, day("2026-03-02"));
	assert_int_equal(ch.new_day, day("2026-03-16"));
	assert_false(ch.approved);
	assert_int_equal(t.due_day, day("2026-03-16"));
	assert_int_equal(t.judged_day, day("2026-03-02"));
	assert_int_equal(task_status_of(&t, day("2026-03-10")), TASK_OVERDUE);
	/* Approved: judged on the new deadline; the original is kept. */
	assert_true(task_change_deadline(&t, day("2026-03-20"), "Được duyệt", true, &cal, &ch,
	                                 &detail));
	assert_int_equal(t.judged_day, day("2026-03-20"));
	assert_int_equal(t.original_day, day("2026-03-02"));
	assert_int_equal(task_status_of(&t, day("2026-03-10")), TASK_IN_PROGRESS);
}

static void progress_reports(void **state)
{
	(void)state;
	struct task t = a_task("2026-03-02");
	t.start_day = day("2026-01-05");
	const char *field, *detail;
	struct task_update u = { .day = day("2026-02-02"), .progress = 40 };
	assert_true(task_apply_update(&t, &u, day("2026-02-03"), &field, &detail));
	assert_int_equal(t.progress, 40);
	assert_int_equal(t.progress_day, day("2026-02-02"));
	assert_int_equal(t.completed_day, 0);
	u.day = day("2026-02-04");
	assert_false(task_apply_update(&t, &u, day("2026-02-03"), &field, &detail));
	assert_string_equal(field, "date");
	u.day = day("2026-01-02");
	assert_false(task_apply_update(&t, &u, day("2026-02-03"), &field, &detail));
	u.day = day("2026-02-03");
	u.progress = 120;
	assert_false(task_apply_update(&t, &u, day("2026-02-03"), &field, &detail));
	assert_string_equal(field, "progress");
	u.progress = 100;
	assert_true(task_apply_update(&t, &u, day("2026-02-03"), &field, &detail));
	assert_int_equal(t.completed_day, day("2026-02-03"));
	assert_int_equal(task_status_of(&t, day("2026-05-01")), TASK_ON_TIME);
	u.progress = 90;
	assert_false(task_apply_update(&t, &u, day("2026-02-03"), &field, &detail));
}

/* Lateness from the counted table agrees with counting day by day on calendar C. */
static void table_agrees_on(const struct calendar *c, cal_day first, cal_day last, int step)
{
	for (cal_day due = first; due < last; due += step) {
		struct task t = { .title = "x", .due_day = due };
		task_set_first_deadline(&t, c);
		cal_day today = due + 40;
		assert_int_equal(task_working_days_late(c, &t, today), task_days_late(&t, today, c));
		t.completed_day = due + 23;
		assert_int_equal(task_working_days_late(c, &t, today), task_days_late(&t, today, c));
	}
}

/*
 * The service's table of working days answers what counting day by day
 * does, on the shipped tables and with an administrator's edits of days
 * (a weekday off, a Saturday worked, a Tết day taken back).
 */
static void working_days_table_agrees(void **state)
{
	(void)state;
	table_agrees_on(&cal, day("2019-01-01"), day("2028-01-01"), 37);
	struct cal_year y;
	assert_true(cal_published_year(2026, &y));
	const struct cal_edit edits[] = {
		{ day("2026-02-17"), true, "Tết day taken back" },
		{ day("2026-03-02"), false, "Storm" },
		{ day("2026-03-07"), true, "Saturday worked" },
	};
	y.edits = edits;
	y.n_edits = 3;
	const struct calendar edited = { &y, 1 };
	table_agrees_on(&edited, day("2026-01-01"), day("2026-04-30"), 3);
	/* The edit counts: overdue from Friday 27/2 to Tuesday 3/3 is one working day, not two. */
	struct task t = { .title = "x", .due_day = day("2026-02-27") };
	task_set_first_deadline(&t, &edited);
	assert_int_equal(task_working_days_late(&edited, &t, day("2026-03-03")), 1);
	assert_int_equal(task_working_days_late(NULL, &t, day("2026-03-03")), 2);
}

/* The lists' writer and task_json() give the same document, escapes and nulls included. */
static void json_writer_agrees_with_task_json(void **state)
{
	(void)state;
	const int64_t co[] = { 7, 9 };
	struct task ts[3] = {
		a_task("2026-02-14"),
		{ .id = 42, .ref = "RM-\"1\"\\", .plan_id = 3, .unit_id = 5, .co_unit_ids = co,
		  .nco_units = 2, .title = "Sửa \"đường\"\n\tsố 9\x01 / ½", .description = "a\rb\x1f",
		  .assignee_id = 2, .leader_id = 3, .priority = TASK_PRIO_URGENT,
		  .source = TASK_SRC_SUPERVISION, .finding_id = 8, .start_day = day("2026-01-05"),
		  .due_day = day("2026-02-27"), .progress = 100, .completed_day = day("2026-03-04"),
		  .progress_day = day("2026-03-04"), .unit_name = "Phường Long Bình",
		  .assignee_name = "Nguyễn Văn An", .leader_name = NULL },
		a_task("2019-05-03"),
	};
	task_set_first_deadline(&ts[1], &cal);
	ts[2].description = NULL;
	/* The audit trail's text: jansson's bytes exactly, sorted keys, escapes and all. */
	struct task named = ts[1];
	named.leader_name = "Lê \b\f\x7f \"Chủ\"";
	named.id = -7;
	const struct task *audited[] = { &ts[0], &ts[1], &ts[2], &named };
	struct arena a = { 0 };
	for (size_t i = 0; i < 4; i++) {
		json_t *built = task_json(audited[i], 0, NULL);
		char *want = json_dumps(built, JSON_COMPACT | JSON_SORT_KEYS);
		const char *got = task_audit_text(audited[i], &a);
		assert_non_null(got);
		if (strcmp(got, want) != 0) {
			print_error("audit text: %s\njansson:    %s\n", got, want);
			fail();
		}
		free(want);
		json_decref(built);
	}
	arena_free(&a);
	for (size_t i = 0; i < 3; i++)
		for (int with_today = 0; with_today < 2; with_today++) {
			cal_day today = with_today ? day("2026-03-10") : 0;
			struct html h = { 0 };
			task_json_write(&h, &ts[i], today, &cal);
			size_t len;
			char *text = html_take(&h, &len);
			json_error_t e;
			json_t *written = json_loadb(text, len, 0, &e);
			assert_non_null(written);
			json_t *built = task_json(&ts[i], today, &cal);
			if (!json_equal(written, built)) {
				char *b = json_dumps(built, JSON_SORT_KEYS);
				print_error("written: %s\nbuilt:   %s\n", text, b);
				free(b);
				fail();
			}
			json_decref(written);
			json_decref(built);
			free(text);
		}
}

static void names_round_trip(void **state)
{
	(void)state;
	assert_int_equal(task_status_filter_parse("open"), TASK_F_OPEN);
	assert_int_equal(task_status_filter_parse("done"), TASK_F_DONE);
	assert_int_equal(task_status_filter_parse("overdue"), TASK_F_OVERDUE);
	assert_int_equal(task_status_filter_parse("on_time"), TASK_F_ON_TIME);
	assert_int_equal(task_status_filter_parse("Open"), -1);
	assert_int_equal(task_status_filter_parse(NULL), -1);
	for (int i = 0; i < 4; i++) {
		assert_int_equal(task_priority_parse(task_priority_name((enum task_priority)i)), i);
		assert_int_equal(task_source_parse(task_source_name((enum task_source)i)), i);
	}
	assert_string_equal(task_status_name(TASK_OVERDUE), "overdue");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(missing_fields_are_each_named),
		cmocka_unit_test(checks_bound_the_fields),
		cmocka_unit_test(status_from_dates),
		cmocka_unit_test(deadline_changes_keep_the_original_unless_approved),
		cmocka_unit_test(progress_reports),
		cmocka_unit_test(working_days_table_agrees),
		cmocka_unit_test(json_writer_agrees_with_task_json),
		cmocka_unit_test(names_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
