/*
 * test_reception.c: the rules of citizen reception — days missed against
 * the law's minimum (a district 2 a month, a ward 1 a week), answers due
 * in 10 working days, the checks.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "reception/reception.h"

static cal_day day(int y, int m, int d)
{
	cal_day out;
	assert_true(cal_from_ymd(y, m, d, &out));
	return out;
}

static void district_months(void **state)
{
	(void)state;
	/* October: two days; November: one (twice the same day counts once); December: none. */
	cal_day days[] = { day(2026, 10, 5), day(2026, 10, 20), day(2026, 11, 10), day(2026, 11, 10) };
	struct rc_gap g[8];
	size_t n = rc_missing_days(days, 4, true, day(2026, 9, 15), day(2026, 12, 31), g, 8);
	assert_int_equal(n, 2);   /* September is not complete in the range: not judged */
	assert_int_equal(g[0].from, day(2026, 11, 1));
	assert_int_equal(g[0].to, day(2026, 11, 30));
	assert_int_equal(g[0].held, 1);
	assert_int_equal(g[0].required, 2);
	assert_int_equal(g[1].from, day(2026, 12, 1));
	assert_int_equal(g[1].held, 0);
	/* The month still running is not judged. */
	n = rc_missing_days(days, 4, true, day(2026, 10, 1), day(2026, 12, 6), g, 8);
	assert_int_equal(n, 1);
	/* CAP bounds what is written, not what is counted. */
	n = rc_missing_days(NULL, 0, true, day(2026, 1, 1), day(2026, 12, 31), g, 3);
	assert_int_equal(n, 12);
}

static void ward_weeks(void **state)
{
	(void)state;
	/* Weeks from Monday 2/11/2026: a day in the first and third. */
	cal_day days[] = { day(2026, 11, 4), day(2026, 11, 19) };
	struct rc_gap g[8];
	size_t n = rc_missing_days(days, 2, false, day(2026, 11, 1), day(2026, 11, 29), g, 8);
	assert_int_equal(n, 2);
	assert_int_equal(g[0].from, day(2026, 11, 9));
	assert_int_equal(g[0].to, day(2026, 11, 15));
	assert_int_equal(g[1].from, day(2026, 11, 23));
	assert_int_equal(cal_weekday(g[1].from), 0);
	assert_int_equal(rc_missing_days(days, 2, false, day(2026, 11, 5), day(2026, 11, 4), g, 8), 0);
}

static void answers_in_ten_working_days(void **state)
{
	(void)state;
	const struct calendar cal = { NULL, 0 };
	cal_day due;
	/* Thursday 10/12/2026 + 10 working days: Thursday 24/12. */
	assert_true(rc_answer_due(&cal, day(2026, 12, 10), &due));
	assert_int_equal(due, day(2026, 12, 24));
	struct rc_question q = { .due_day = due };
	assert_false(rc_question_late(&q, due));
	assert_true(rc_question_late(&q, due + 1));
	q.answered_day = due + 3;
	assert_false(rc_question_late(&q, due + 5));
}

static void checks(void **state)
{
	(void)state;
	const char *field, *detail;
	struct rc_session s = { .unit_id = 1, .day = day(2026, 12, 10), .leader = "Chủ tịch UBND quận",
	                        .place = "Trụ sở UBND quận" };
	assert_true(rc_session_check(&s, &field, &detail));
	s.online_link = "http://example.vn/meet";
	assert_false(rc_session_check(&s, &field, &detail));
	assert_string_equal(field, "online_link");
	s.online_link = "https://meet.example.vn/q9";
	assert_true(rc_session_check(&s, &field, &detail));
	s.place = "";
	assert_false(rc_session_check(&s, &field, &detail));
	assert_string_equal(field, "place");
	struct rc_question q = { .citizen_name = "Lê Văn Tám", .content = "Đề nghị làm rõ quy hoạch khu phố 3.",
	                         .people = 2 };
	assert_true(rc_question_check(&q, &field, &detail));
	q.people = 0;
	assert_false(rc_question_check(&q, &field, &detail));
	assert_string_equal(field, "people");
	q.people = 1;
	q.content = "ngắn";
	assert_false(rc_question_check(&q, &field, &detail));
	assert_string_equal(field, "content");
	assert_int_equal(rc_kind_parse(rc_kind_name(RC_DIALOGUE)), RC_DIALOGUE);
	assert_int_equal(rc_status_parse("held"), RC_HELD);
	assert_int_equal(rc_status_parse("done"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(district_months),
		cmocka_unit_test(ward_weeks),
		cmocka_unit_test(answers_in_ten_working_days),
		cmocka_unit_test(checks),
	};
	return cmocka_run_group_tests_name("reception", tests, NULL, NULL);
}
