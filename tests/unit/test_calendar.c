/*
 * test_calendar.c: the working calendar against what was published.
 *
 * Every figure here comes from the published announcements (HOLIDAYS.md in
 * the project's shared material) or a printed lunar calendar, not from the
 * code: a wrong table or a wrong rule fails a named date.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar/calendar.h"

static cal_day D(const char *iso)
{
	cal_day d;
	if (!cal_parse_iso(iso, &d))
		fail_msg("bad date in the test: %s", iso);
	return d;
}

static const char *iso(cal_day d)
{
	static char buf[4][11];
	static int i;
	i = (i + 1) % 4;
	cal_format_iso(d, buf[i]);
	return buf[i];
}

static void test_civil_dates(void **state)
{
	(void)state;
	/* Every day of the supported range survives the round trip. */
	cal_day first, last;
	assert_true(cal_from_ymd(CAL_MIN_YEAR, 1, 1, &first));
	assert_true(cal_from_ymd(CAL_MAX_YEAR, 12, 31, &last));
	for (cal_day d = first; d <= last; d++) {
		int y, m, dd;
		cal_to_ymd(d, &y, &m, &dd);
		cal_day back;
		assert_true(cal_from_ymd(y, m, dd, &back));
		assert_int_equal(back, d);
	}
	assert_int_equal(D("1970-01-01"), 0);
	/* The seed article: "Thứ năm, 17/01/2019". */
	assert_int_equal(cal_weekday(D("2019-01-17")), 3);
	assert_int_equal(cal_weekday(D("2026-12-02")), 2);      /* a Wednesday */
	assert_string_equal(iso(D("2024-02-29")), "2024-02-29");
	cal_day d;
	static const char *bad[] = { "2019-02-29", "2019-13-01", "2019-00-10", "2019-2-03",
	                             "20190203", "2019-02-03x", "", "abcd-ef-gh", "1899-12-31",
	                             "2200-01-01", "2019/02/03" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(cal_parse_iso(bad[i], &d));
	assert_false(cal_parse_iso(NULL, &d));
}

/* Tết and Hùng Kings' day, 2019–2030, as the lunar calendar prints them. */
static void test_lunar_dates(void **state)
{
	(void)state;
	static const struct { int year; const char *tet, *hung; } t[] = {
		{ 2019, "2019-02-05", "2019-04-14" }, { 2020, "2020-01-25", "2020-04-02" },
		{ 2021, "2021-02-12", "2021-04-21" }, { 2022, "2022-02-01", "2022-04-10" },
		{ 2023, "2023-01-22", "2023-04-29" }, { 2024, "2024-02-10", "2024-04-18" },
		{ 2025, "2025-01-29", "2025-04-07" }, { 2026, "2026-02-17", "2026-04-26" },
		{ 2027, "2027-02-06", "2027-04-16" }, { 2028, "2028-01-26", "2028-04-04" },
		{ 2029, "2029-02-13", "2029-04-23" }, { 2030, "2030-02-02", "2030-04-12" },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		cal_day hung;
		assert_string_equal(iso(cal_tet(t[i].year)), t[i].tet);
		assert_true(cal_lunar_to_solar(10, 3, t[i].year, &hung));
		assert_string_equal(iso(hung), t[i].hung);
	}
	/* 1985: the year the Vietnamese and Chinese Tết fell on different days (21/1 vs 20/2). */
	assert_string_equal(iso(cal_tet(1985)), "1985-01-21");
}

static void expect_working(const char *day, bool working)
{
	if (cal_is_working_day(NULL, D(day)) != working)
		fail_msg("%s should be %s", day, working ? "a working day" : "a day off");
}

/* Each published year: its days off, the day work resumes, its Saturdays worked. */
static void test_published_years(void **state)
{
	(void)state;
	static const struct { const char *day; bool working; } t[] = {
		/* 2019 */
		{ "2018-12-31", false }, { "2019-01-01", false }, { "2019-01-02", true },
		{ "2019-01-05", true },                                /* Saturday worked */
		{ "2019-02-01", true }, { "2019-02-04", false }, { "2019-02-08", false },
		{ "2019-02-11", true }, { "2019-04-15", false }, { "2019-04-16", true },
		{ "2019-04-29", false }, { "2019-04-30", false }, { "2019-05-01", false },
		{ "2019-05-02", true }, { "2019-05-04", true }, { "2019-09-02", false },
		{ "2019-09-03", true },
		/* 2020 */
		{ "2020-01-01", false }, { "2020-01-22", true }, { "2020-01-23", false },
		{ "2020-01-29", false }, { "2020-01-30", true }, { "2020-04-02", false },
		{ "2020-04-30", false }, { "2020-05-01", false }, { "2020-05-04", true },
		{ "2020-09-02", false }, { "2020-09-03", true },
		/* 2021 */
		{ "2021-02-10", false }, { "2021-02-16", false }, { "2021-02-17", true },
		{ "2021-04-21", false }, { "2021-09-02", false }, { "2021-09-03", false },
		{ "2021-09-06", true },
		/* 2022 */
		{ "2022-01-03", false }, { "2022-01-31", false }, { "2022-02-04", false },
		{ "2022-02-07", true }, { "2022-04-11", false }, { "2022-05-03", false },
		{ "2022-05-04", true }, { "2022-09-01", false }, { "2022-09-05", true },
		/* 2023 */
		{ "2023-01-02", false }, { "2023-01-20", false }, { "2023-01-26", false },
		{ "2023-01-27", true }, { "2023-05-02", false }, { "2023-05-03", false },
		{ "2023-05-04", true }, { "2023-09-04", false }, { "2023-09-05", true },
		/* 2024 */
		{ "2024-01-01", false }, { "2024-02-08", false }, { "2024-02-14", false },
		{ "2024-02-15", true }, { "2024-04-18", false }, { "2024-04-29", false },
		{ "2024-05-01", false }, { "2024-05-02", true }, { "2024-05-04", true },
		{ "2024-09-02", false }, { "2024-09-03", false }, { "2024-09-04", true },
		/* 2025 */
		{ "2025-01-01", false }, { "2025-01-24", true }, { "2025-01-27", false },
		{ "2025-01-31", false }, { "2025-02-03", true }, { "2025-04-07", false },
		{ "2025-04-26", true }, { "2025-05-02", false }, { "2025-05-05", true },
		{ "2025-09-01", false }, { "2025-09-02", false }, { "2025-09-03", true },
		/* 2026 */
		{ "2026-01-02", false }, { "2026-01-05", true }, { "2026-01-10", true },
		{ "2026-02-13", true }, { "2026-02-16", false }, { "2026-02-20", false },
		{ "2026-02-23", true }, { "2026-04-27", false }, { "2026-04-28", true },
		{ "2026-04-30", false }, { "2026-05-01", false }, { "2026-05-04", true },
		{ "2026-08-22", true }, { "2026-08-31", false }, { "2026-09-01", false },
		{ "2026-09-02", false }, { "2026-09-03", true },
		/* Plain weekends stay off. */
		{ "2026-12-05", false }, { "2026-12-06", false }, { "2026-12-04", true },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		expect_working(t[i].day, t[i].working);
	for (int y = 2019; y <= 2026; y++)
		assert_int_equal(cal_year_source(NULL, y), CAL_PUBLISHED);
	assert_int_equal(cal_year_source(NULL, 2027), CAL_LAW_ONLY);
}

/* A year nobody published is pre-filled from the law: 2027. */
static void test_law_only_year(void **state)
{
	(void)state;
	/* Tết 6/2/2027 is a Saturday: 5/2–9/2 by law, Sat 6 and Sun 7 compensated on 10 and 11. */
	expect_working("2027-02-04", true);
	expect_working("2027-02-05", false);
	expect_working("2027-02-08", false);
	expect_working("2027-02-09", false);
	expect_working("2027-02-10", false);
	expect_working("2027-02-11", false);
	expect_working("2027-02-12", true);
	expect_working("2027-04-16", false);      /* Hùng Kings, Friday */
	expect_working("2027-04-30", false);
	expect_working("2027-05-03", false);      /* 1/5 is a Saturday */
	expect_working("2027-05-04", true);
	expect_working("2027-09-02", false);      /* Thursday, with Friday 3/9 */
	expect_working("2027-09-03", false);
	expect_working("2027-09-06", true);
	expect_working("2027-01-01", false);
	struct cal_year y;
	cal_law_year(2027, &y);
	assert_int_equal(y.source, CAL_LAW_ONLY);
	assert_int_equal(y.n_saturdays_worked, 0);
	/* The law gives 11 holidays; with weekend ones compensated, each is a weekday. */
	for (size_t i = 0; i < y.n_days_off; i++)
		assert_true(cal_weekday(y.days_off[i]) < 5 || y.days_off[i] == D("2027-02-06")
		            || y.days_off[i] == D("2027-02-07") || y.days_off[i] == D("2027-05-01"));
}

static void expect_deadline(const char *from, int n, const char *want)
{
	cal_day d;
	assert_true(cal_deadline(NULL, D(from), n, &d));
	if (strcmp(iso(d), want) != 0)
		fail_msg("%s + %d working days: got %s, want %s", from, n, iso(d), want);
	if (n > 0 && cal_working_days(NULL, D(from), d) != n)
		fail_msg("working days from %s to %s: got %ld, want %d", from, want,
		         cal_working_days(NULL, D(from), d), n);
}

static void test_deadlines(void **state)
{
	(void)state;
	expect_deadline("2026-02-12", 3, "2026-02-24");     /* across Tết 14–22/2 */
	expect_deadline("2019-05-03", 1, "2019-05-04");     /* a Saturday worked */
	expect_deadline("2019-01-17", 0, "2019-01-17");
	expect_deadline("2019-02-02", 0, "2019-02-11");     /* Art. 148: off → next working day */
	expect_deadline("2019-01-17", 5, "2019-01-24");
	expect_deadline("2019-01-18", 1, "2019-01-21");     /* Friday + 1 → Monday */
	expect_deadline("2019-04-26", 2, "2019-05-03");     /* 27/4–1/5 off */
	expect_deadline("2026-12-31", 1, "2027-01-04");     /* into the law-only year */
	expect_deadline("2019-01-02", 15, "2019-01-22");     /* Sat 5/1 worked counts */
	cal_day d;
	assert_false(cal_deadline(NULL, D("2019-01-01"), -1, &d));
	assert_false(cal_deadline(NULL, D("2019-01-01"), CAL_MAX_WORKING_DAYS + 1, &d));
	assert_true(cal_deadline(NULL, D("2019-01-01"), CAL_MAX_WORKING_DAYS, &d));
	assert_false(cal_deadline(NULL, D("2199-12-30"), 10, &d));
	assert_int_equal(cal_working_days(NULL, D("2019-01-24"), D("2019-01-17")), -5);
	assert_int_equal(cal_working_days(NULL, D("2019-01-17"), D("2019-01-17")), 0);
	/* 2019: 261 weekdays, 11 weekdays off, 2 Saturdays worked. */
	assert_int_equal(cal_working_days(NULL, D("2018-12-31"), D("2019-12-31")), 252);
}

/* For any start and count, the deadline is a working day N working days on. */
static void test_deadline_and_count_agree(void **state)
{
	(void)state;
	srand(2019);
	cal_day lo = D("2019-01-01"), hi = D("2027-12-31");
	for (int i = 0; i < 3000; i++) {
		cal_day from = lo + rand() % (hi - lo);
		int n = rand() % 80;
		cal_day d;
		assert_true(cal_deadline(NULL, from, n, &d));
		assert_true(cal_is_working_day(NULL, d));
		assert_true(d >= from);
		if (n > 0) {
			assert_int_equal(cal_working_days(NULL, from, d), n);
			/* The day before the deadline is not yet N working days. */
			assert_int_equal(cal_working_days(NULL, from, d - 1), n - 1);
		}
	}
}

/* An administrator's table for a year takes the place of the shipped one. */
static void test_edited_year_wins(void **state)
{
	(void)state;
	struct cal_year y2026;
	assert_true(cal_published_year(2026, &y2026));
	/* Vietnamese Culture Day, 24/11, made a holiday. */
	y2026.days_off[y2026.n_days_off++] = D("2026-11-24");
	struct calendar c = { &y2026, 1 };
	assert_true(cal_is_working_day(NULL, D("2026-11-24")));
	assert_false(cal_is_working_day(&c, D("2026-11-24")));
	cal_day d;
	assert_true(cal_deadline(&c, D("2026-11-23"), 1, &d));
	assert_string_equal(iso(d), "2026-11-25");
	/* Other years are untouched. */
	assert_false(cal_is_working_day(&c, D("2025-09-02")));
}

/* One count per published year across its holidays, and the law's 2027. */
static void test_every_published_year(void **state)
{
	(void)state;
	static const struct { const char *from; int n; const char *want; } t[] = {
		{ "2019-02-01", 1, "2019-02-11" },   /* Tết 2–10/2 */
		{ "2019-05-03", 1, "2019-05-04" },   /* a Saturday worked (the example) */
		{ "2020-01-22", 1, "2020-01-30" },   /* Tết 23–29/1 */
		{ "2020-04-29", 1, "2020-05-04" },   /* 30/4–3/5 */
		{ "2021-02-09", 1, "2021-02-17" },   /* Tết 10–16/2 */
		{ "2021-09-01", 1, "2021-09-06" },   /* 2–5/9 */
		{ "2022-01-28", 1, "2022-02-07" },   /* Tết 29/1–6/2 */
		{ "2022-04-08", 1, "2022-04-12" },   /* Hùng Kings, bù Mon 11/4 */
		{ "2023-04-28", 1, "2023-05-04" },   /* 29/4–3/5 with two bù days */
		{ "2023-01-19", 2, "2023-01-30" },   /* Tết 20–26/1 */
		{ "2024-02-07", 1, "2024-02-15" },   /* Tết 8–14/2 */
		{ "2024-04-26", 1, "2024-05-02" },   /* 27/4–1/5; Sat 4/5 worked after */
		{ "2024-05-03", 1, "2024-05-04" },
		{ "2025-01-24", 1, "2025-02-03" },   /* Tết 25/1–2/2 */
		{ "2025-04-25", 1, "2025-04-26" },   /* Sat 26/4 worked for Fri 2/5 */
		{ "2025-04-29", 1, "2025-05-05" },
		{ "2026-02-12", 3, "2026-02-24" },   /* Tết 14–22/2 (the example) */
		{ "2026-01-09", 1, "2026-01-10" },   /* Sat 10/1 worked */
		{ "2026-08-28", 1, "2026-09-03" },   /* Sat 22/8 worked, 29/8–2/9 off */
		{ "2027-02-04", 1, "2027-02-12" },   /* the law's Tết with two bù days */
		{ "2027-04-29", 1, "2027-05-04" },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		expect_deadline(t[i].from, t[i].n, t[i].want);
}

static enum cal_reason reason_of(const struct calendar *c, const char *day)
{
	struct cal_day_info info;
	cal_day_describe(c, D(day), &info);
	return info.reason;
}

/* Each day off says why, as the announcement and the law name it. */
static void test_reasons(void **state)
{
	(void)state;
	assert_int_equal(reason_of(NULL, "2019-01-01"), CAL_REASON_NEW_YEAR);
	assert_int_equal(reason_of(NULL, "2018-12-31"), CAL_REASON_NEW_YEAR);  /* 2019's table */
	assert_int_equal(reason_of(NULL, "2026-02-16"), CAL_REASON_TET);
	assert_int_equal(reason_of(NULL, "2026-04-27"), CAL_REASON_HUNG_KINGS);
	assert_int_equal(reason_of(NULL, "2026-05-01"), CAL_REASON_APRIL_MAY);
	assert_int_equal(reason_of(NULL, "2026-09-01"), CAL_REASON_NATIONAL_DAY);
	assert_int_equal(reason_of(NULL, "2026-01-10"), CAL_REASON_SWAP);
	assert_int_equal(reason_of(NULL, "2026-12-05"), CAL_REASON_WEEKEND);
	assert_int_equal(reason_of(NULL, "2026-12-04"), CAL_REASON_WORKING);
	/* The law's 2027: Tết's weekend days are compensated on 10 and 11/2. */
	assert_int_equal(reason_of(NULL, "2027-02-05"), CAL_REASON_TET);
	assert_int_equal(reason_of(NULL, "2027-02-10"), CAL_REASON_COMPENSATORY);
	assert_int_equal(reason_of(NULL, "2027-04-16"), CAL_REASON_HUNG_KINGS);
	assert_int_equal(reason_of(NULL, "2027-05-03"), CAL_REASON_COMPENSATORY);
	assert_string_equal(cal_reason_name(CAL_REASON_HUNG_KINGS), "hung_kings");
	/* Every shipped year parses, every day off has a named reason. */
	for (int y = 2019; y <= 2026; y++) {
		struct cal_year t;
		assert_true(cal_published_year(y, &t));
		assert_false(t.computed);
		assert_true(t.n_days_off > 5);
		for (size_t i = 0; i < t.n_days_off; i++)
			assert_true(t.off_reason[i] >= CAL_REASON_NEW_YEAR
			            && t.off_reason[i] <= CAL_REASON_NATIONAL_DAY);
	}
	struct cal_year t;
	assert_false(cal_published_year(2027, &t));
}

/* An administrator's edits win over the table, both ways, and say so. */
static void test_edits_win(void **state)
{
	(void)state;
	struct cal_year y;
	assert_true(cal_published_year(2026, &y));
	const struct cal_edit edits[] = {
		{ D("2026-02-16"), true, "Làm việc trực Tết" },      /* a Tết day taken back */
		{ D("2026-11-24"), false, "Ngày Văn hóa Việt Nam" },  /* a new holiday */
		{ D("2026-12-05"), true, "Làm bù" },                 /* a Saturday worked */
	};
	y.edits = edits;
	y.n_edits = 3;
	struct calendar c = { &y, 1 };
	assert_true(cal_is_working_day(&c, D("2026-02-16")));
	assert_false(cal_is_working_day(&c, D("2026-11-24")));
	assert_true(cal_is_working_day(&c, D("2026-12-05")));
	struct cal_day_info info;
	cal_day_describe(&c, D("2026-11-24"), &info);
	assert_true(info.edited);
	assert_false(info.working);
	assert_int_equal(info.reason, CAL_REASON_EDITED);
	assert_string_equal(info.note, "Ngày Văn hóa Việt Nam");
	cal_day d;
	assert_true(cal_deadline(&c, D("2026-02-12"), 3, &d));
	assert_string_equal(iso(d), "2026-02-23");   /* 13/2 and 16/2, then 23/2 */
	assert_true(cal_deadline(&c, D("2026-12-04"), 1, &d));
	assert_string_equal(iso(d), "2026-12-05");
	/* An edit of 2018-12-31 (2018's) wins over 2019's table that lists it. */
	struct cal_year y2018;
	cal_law_year(2018, &y2018);
	const struct cal_edit back = { D("2018-12-31"), true, "x" };
	y2018.edits = &back;
	y2018.n_edits = 1;
	struct calendar c2 = { &y2018, 1 };
	assert_true(cal_is_working_day(&c2, D("2018-12-31")));
	assert_false(cal_is_working_day(NULL, D("2018-12-31")));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_civil_dates),
		cmocka_unit_test(test_lunar_dates),
		cmocka_unit_test(test_published_years),
		cmocka_unit_test(test_law_only_year),
		cmocka_unit_test(test_deadlines),
		cmocka_unit_test(test_deadline_and_count_agree),
		cmocka_unit_test(test_edited_year_wins),
		cmocka_unit_test(test_every_published_year),
		cmocka_unit_test(test_reasons),
		cmocka_unit_test(test_edits_win),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
