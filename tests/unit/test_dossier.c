/*
 * test_dossier.c: the one-stop shop's rules, without HTTP or a database —
 * the state machine table, the portal codes, the deadline rules (Civil
 * Code Arts. 147–148; Decree 61: after 15:00 forwarded the next working
 * day, supplement time not counted, an apology once and a working day
 * ahead), the judgement (Circular 01 Index 1), codes, the ISO review flags
 * and the lookup's guessing limit.  Dates are checked against the 2019
 * calendar as published (HOLIDAYS.md).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "dossier/dossier.h"
#include "dossier/dossier_limit.h"

static const struct calendar cal = { NULL, 0 };

static cal_day D(const char *iso)
{
	cal_day d;
	if (!cal_parse_iso(iso, &d))
		fail_msg("bad date in the test: %s", iso);
	return d;
}

/* Unix time of a local (UTC+7) date and hour:minute. */
static int64_t T(const char *iso, int h, int m)
{
	return (int64_t)D(iso) * 86400 + h * 3600 + m * 60 - DOSSIER_UTC_OFFSET;
}

static const char *iso(cal_day d)
{
	static char buf[4][11];
	static int k;
	k = (k + 1) % 4;
	cal_format_iso(d, buf[k]);
	return buf[k];
}

static void state_machine_table(void **state)
{
	(void)state;
	enum dossier_state to;
	/* The desk's path. */
	assert_true(dossier_next(DS_SUBMITTED, DA_ACCEPT, DS_RECEIVED, &to));
	assert_int_equal(to, DS_RECEIVED);
	assert_true(dossier_next(DS_RECEIVED, DA_FORWARD, DS_RECEIVED, &to));
	assert_int_equal(to, DS_PROCESSING);
	assert_true(dossier_next(DS_PROCESSING, DA_STEP, DS_RECEIVED, &to));
	assert_int_equal(to, DS_PROCESSING);
	assert_true(dossier_next(DS_PROCESSING, DA_REQUEST_SUPPLEMENT, DS_RECEIVED, &to));
	assert_int_equal(to, DS_SUPPLEMENT);
	/* A supplement returns the dossier to where it waited from. */
	assert_true(dossier_next(DS_SUPPLEMENT, DA_SUPPLEMENT, DS_PROCESSING, &to));
	assert_int_equal(to, DS_PROCESSING);
	assert_true(dossier_next(DS_SUPPLEMENT, DA_SUPPLEMENT, DS_RECEIVED, &to));
	assert_int_equal(to, DS_RECEIVED);
	assert_true(dossier_next(DS_PROCESSING, DA_REQUEST_FEES, DS_RECEIVED, &to));
	assert_int_equal(to, DS_FEES_DUE);
	assert_true(dossier_next(DS_FEES_DUE, DA_PAY, DS_RECEIVED, &to));
	assert_int_equal(to, DS_PROCESSING);
	assert_true(dossier_next(DS_PROCESSING, DA_APOLOGIZE, DS_RECEIVED, &to));
	assert_int_equal(to, DS_PROCESSING);
	assert_true(dossier_next(DS_PROCESSING, DA_FINISH, DS_RECEIVED, &to));
	assert_int_equal(to, DS_DONE);
	assert_true(dossier_next(DS_DONE, DA_RETURN, DS_RECEIVED, &to));
	assert_int_equal(to, DS_RETURNED);
	assert_true(dossier_next(DS_PAUSED, DA_STOP, DS_RECEIVED, &to));
	assert_int_equal(to, DS_STOPPED);
	/* Not allowed: finishing what was not forwarded, returning twice, anything after the end. */
	assert_false(dossier_next(DS_RECEIVED, DA_FINISH, DS_RECEIVED, &to));
	assert_false(dossier_next(DS_RETURNED, DA_RETURN, DS_RECEIVED, &to));
	assert_false(dossier_next(DS_DONE, DA_WITHDRAW, DS_RECEIVED, &to));
	assert_false(dossier_next(DS_SUPPLEMENT, DA_FINISH, DS_RECEIVED, &to));
	assert_false(dossier_next(DS_PROCESSING, DA_ACCEPT, DS_RECEIVED, &to));
	assert_false(dossier_next(DS_PROCESSING, DA_COUNT, DS_RECEIVED, &to));
	for (int a = 0; a < DA_COUNT; a++)
		for (int s = DS_REFUSED; s < DS_COUNT; s++)
			if (s == DS_REFUSED || s == DS_WITHDRAWN || s == DS_STOPPED || s == DS_RETURNED)
				assert_false(dossier_next((enum dossier_state)s, (enum dossier_action)a,
				                          DS_RECEIVED, &to));
	assert_true(dossier_state_final(DS_RETURNED));
	assert_true(dossier_state_final(DS_REFUSED));
	assert_false(dossier_state_final(DS_DONE));
	/* Names round-trip. */
	for (int s = 0; s < DS_COUNT; s++)
		assert_int_equal(dossier_state_parse(dossier_state_name((enum dossier_state)s)), s);
	for (int a = 0; a < DA_COUNT; a++)
		assert_int_equal(dossier_action_parse(dossier_action_name((enum dossier_action)a)), a);
	assert_int_equal(dossier_action_parse("delete"), -1);
}

static void portal_codes(void **state)
{
	(void)state;
	assert_int_equal(dossier_portal_code(DS_SUBMITTED), 1);
	assert_int_equal(dossier_portal_code(DS_RECEIVED), 2);
	assert_int_equal(dossier_portal_code(DS_REFUSED), 3);
	assert_int_equal(dossier_portal_code(DS_PROCESSING), 4);
	assert_int_equal(dossier_portal_code(DS_SUPPLEMENT), 5);
	assert_int_equal(dossier_portal_code(DS_FEES_DUE), 6);
	assert_int_equal(dossier_portal_code(DS_WITHDRAWN), 7);
	assert_int_equal(dossier_portal_code(DS_PAUSED), 8);
	assert_int_equal(dossier_portal_code(DS_STOPPED), 8);
	assert_int_equal(dossier_portal_code(DS_DONE), 9);
	assert_int_equal(dossier_portal_code(DS_RETURNED), 10);
}

static void due_dates(void **state)
{
	(void)state;
	cal_day due;
	/* Monday 4/3/2019 at 9:00, five working days: Tue 5 is the first, Mon 11 the fifth. */
	cal_day start = dossier_clock_start(&cal, T("2019-03-04", 9, 0));
	assert_string_equal(iso(start), "2019-03-04");
	assert_true(dossier_due_day(&cal, start, 5, 0, &due));
	assert_string_equal(iso(due), "2019-03-11");
	/* At 14:59 still the same day; at 15:00 forwarded on Tuesday, due a day later. */
	assert_string_equal(iso(dossier_clock_start(&cal, T("2019-03-04", 14, 59))), "2019-03-04");
	start = dossier_clock_start(&cal, T("2019-03-04", 15, 0));
	assert_string_equal(iso(start), "2019-03-05");
	assert_true(dossier_due_day(&cal, start, 5, 0, &due));
	assert_string_equal(iso(due), "2019-03-12");
	/* Received on a Saturday: counted from Monday. */
	start = dossier_clock_start(&cal, T("2019-03-09", 8, 0));
	assert_string_equal(iso(start), "2019-03-11");
	/* Friday 26/4/2019, three working days: 27/4–1/5 are off, Saturday 4/5 is worked. */
	start = dossier_clock_start(&cal, T("2019-04-26", 10, 0));
	assert_true(dossier_due_day(&cal, start, 3, 0, &due));
	assert_string_equal(iso(due), "2019-05-04");
	/* Before Tết 2019 (2/2–10/2 off): one working day from Friday 1/2 is Monday 11/2. */
	start = dossier_clock_start(&cal, T("2019-02-01", 10, 0));
	assert_true(dossier_due_day(&cal, start, 1, 0, &due));
	assert_string_equal(iso(due), "2019-02-11");
	/* Supplement time is not counted: asked Monday 4/3, brought Wednesday 6/3: two days. */
	assert_int_equal(dossier_paused_days(&cal, T("2019-03-04", 10, 0), T("2019-03-06", 8, 0)), 2);
	assert_int_equal(dossier_paused_days(&cal, T("2019-03-04", 10, 0), T("2019-03-04", 16, 0)), 0);
	/* Over a weekend: Friday 8/3 to Monday 11/3 is one working day. */
	assert_int_equal(dossier_paused_days(&cal, T("2019-03-08", 10, 0), T("2019-03-11", 9, 0)), 1);
	assert_true(dossier_due_day(&cal, D("2019-03-04"), 5, 2, &due));
	assert_string_equal(iso(due), "2019-03-13");
	/* Bounds. */
	assert_false(dossier_due_day(&cal, start, -1, 0, &due));
	assert_false(dossier_due_day(&cal, start, 366, 0, &due));
	/* Local days: 23:59 at UTC+7 is still that day, 00:00 the next. */
	assert_string_equal(iso(dossier_local_day(T("2019-03-04", 23, 59))), "2019-03-04");
	assert_string_equal(iso(dossier_local_day(T("2019-03-05", 0, 0))), "2019-03-05");
	assert_int_equal(dossier_local_hour(T("2019-03-05", 7, 30)), 7);
}

static void apology_rules(void **state)
{
	(void)state;
	/* Due Monday 11/3: Friday 8/3 is a working day before; Monday itself is too late. */
	assert_null(dossier_apology_problem(&cal, D("2019-03-08"), D("2019-03-11"), D("2019-03-15"), 0));
	assert_non_null(dossier_apology_problem(&cal, D("2019-03-11"), D("2019-03-11"),
	                                        D("2019-03-15"), 0));
	/* Saturday 9/3 is less than a working day before Monday's deadline? No: Monday remains. */
	assert_null(dossier_apology_problem(&cal, D("2019-03-09"), D("2019-03-11"), D("2019-03-15"), 0));
	/* Once only; and a later date. */
	assert_non_null(dossier_apology_problem(&cal, D("2019-03-05"), D("2019-03-11"),
	                                        D("2019-03-15"), 1));
	assert_non_null(dossier_apology_problem(&cal, D("2019-03-05"), D("2019-03-11"),
	                                        D("2019-03-11"), 0));
}

static void judgement(void **state)
{
	(void)state;
	cal_day due = D("2019-03-11");
	assert_int_equal(dossier_judge(D("2019-03-08"), due, 0), DR_EARLY);
	/* The deadline ends at 24:00 of its day. */
	assert_int_equal(dossier_judge(D("2019-03-11"), due, 0), DR_ON_TIME);
	assert_int_equal(dossier_judge(D("2019-03-12"), due, 1), DR_LATE);
	assert_int_equal(dossier_judge(D("2019-03-08"), due, 1), DR_EARLY);
	/* More than one supplement request counts as late, whatever the date. */
	assert_int_equal(dossier_judge(D("2019-03-05"), due, 2), DR_LATE);
	assert_int_equal(dossier_result_score(DR_EARLY), 2);
	assert_int_equal(dossier_result_score(DR_ON_TIME), 1);
	assert_int_equal(dossier_result_score(DR_LATE), 0);
	assert_int_equal(dossier_result_parse("on_time"), DR_ON_TIME);
}

static void codes(void **state)
{
	(void)state;
	char buf[DOSSIER_CODE_MAX];
	assert_true(dossier_code_format(buf, sizeof buf, "H15.50.05.13", D("2026-10-08"), 975));
	assert_string_equal(buf, "H15.50.05.13-261008-0975");
	assert_true(dossier_code_format(buf, sizeof buf, "Q9.LONGBINH.MOTCUA", D("2019-03-04"), 1));
	assert_string_equal(buf, "Q9.LONGBINH.MOTCUA-190304-0001");
	assert_false(dossier_code_format(buf, sizeof buf, "Q9", D("2019-03-04"), 0));
	assert_false(dossier_code_format(buf, 10, "Q9.LONGBINH", D("2019-03-04"), 1));
	assert_true(dossier_code_plausible("Q9.LONGBINH.MOTCUA-190304-0001"));
	assert_false(dossier_code_plausible("x"));
	assert_false(dossier_code_plausible("Q9.LONGBINH'--190304-0001"));
	assert_false(dossier_code_plausible(NULL));
}

static void review_flags(void **state)
{
	(void)state;
	struct procedure p = { .code = "1.001", .name = "Đăng ký khai sinh", .level = "ward",
	                       .owner_unit_id = 1, .working_days = 1,
	                       .version_date = "2018-06-01", .reviewed_on = "2018-03-01" };
	struct proc_flags f;
	procedure_flags(&p, D("2019-03-01"), &f);
	assert_false(f.review_overdue);
	procedure_flags(&p, D("2019-03-02"), &f);
	assert_true(f.review_overdue);
	assert_false(f.legal_change_pending);
	/* The law changed on 1/10/2018 after this version: three months to fold it in. */
	p.legal_changed = "2018-10-01";
	p.reviewed_on = "2019-01-01";
	procedure_flags(&p, D("2019-01-01"), &f);
	assert_false(f.legal_change_pending);
	procedure_flags(&p, D("2019-01-02"), &f);
	assert_true(f.legal_change_pending);
	assert_false(f.review_overdue);
	/* A version made after the change clears it. */
	p.version_date = "2018-11-15";
	procedure_flags(&p, D("2019-06-01"), &f);
	assert_false(f.legal_change_pending);
	const char *field, *detail;
	assert_true(procedure_check(&p, &field, &detail));
	p.level = "province";
	assert_false(procedure_check(&p, &field, &detail));
	assert_string_equal(field, "level");
	p.level = "ward";
	p.steps[0] = (struct proc_step){ "Tiếp nhận", "Một cửa", 2, "Sổ" };
	p.nsteps = 1;
	assert_false(procedure_check(&p, &field, &detail));  /* 2 days of steps in a 1-day procedure */
	assert_string_equal(field, "steps");
}

static void lookup_limit(void **state)
{
	(void)state;
	dossier_limit_reset();
	int64_t now = 1550000000;
	for (int i = 0; i < DOSSIER_LIMIT_MISSES; i++) {
		assert_int_equal(dossier_limit_check("203.0.113.5", now), 0);
		dossier_limit_miss("203.0.113.5", now);
	}
	assert_true(dossier_limit_check("203.0.113.5", now + 1) > 0);
	/* Another address is not held back; the first is let go after the window. */
	assert_int_equal(dossier_limit_check("203.0.113.6", now + 1), 0);
	assert_int_equal(dossier_limit_check("203.0.113.5", now + DOSSIER_LIMIT_WINDOW), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(state_machine_table),
		cmocka_unit_test(portal_codes),
		cmocka_unit_test(due_dates),
		cmocka_unit_test(apology_rules),
		cmocka_unit_test(judgement),
		cmocka_unit_test(codes),
		cmocka_unit_test(review_flags),
		cmocka_unit_test(lookup_limit),
	};
	return cmocka_run_group_tests_name("dossier rules", tests, NULL, NULL);
}
