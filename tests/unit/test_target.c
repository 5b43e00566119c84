/*
 * test_target.c: judging targets, rolling them up, period arithmetic and the
 * checks on definitions and reported values.  The concrete cases are the
 * 2019 District 9 targets (DOMAIN.md §2); the rules are in docs/TARGETS.md.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "target/target.h"

#define N_OF(a) (sizeof(a) / sizeof *(a))
#define NEAR 1e-6

/* cmocka's float comparison works in single precision; this one in double. */
static void near_equal(double got, double want, double eps, const char *expr, const char *file,
                       int line)
{
	if (fabs(got - want) <= eps)
		return;
	print_error("%s is %.12g, expected %.12g (within %g)\n", expr, got, want, eps);
	_fail(file, line);
}
#define assert_double_equal(got, want, eps) \
	near_equal((got), (want), (eps), #got, __FILE__, __LINE__)

static const int64_t day_2019_01_01 = 17897;

/* Monthly figures for months 1.. in order. */
static size_t months(struct period_value *pv, const double *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		pv[i] = (struct period_value){ .period_no = (int)i + 1, .value = v[i] };
	return n;
}

static struct judgement judge(const struct target *t, const double *v, size_t n, int64_t as_of)
{
	struct period_value pv[12];
	assert_true(n <= 12);
	months(pv, v, n);
	struct judgement j;
	target_judge(t, pv, n, as_of, &j);
	return j;
}

static struct target xdcb(void)
{
	return (struct target){ .code = "XDCB", .name = "Giải ngân vốn đầu tư XDCB tập trung",
	                        .year = 2019, .kind = TK_AMOUNT, .unit_of_measure = "tỷ đồng",
	                        .direction = DIR_HIGHER, .target_low = 250, .rollup = ROLL_SUM,
	                        .weight = 1, .period = PERIOD_MONTH, .due_days = 10 };
}

static struct target quarterly(const char *code, enum target_kind k, double low)
{
	return (struct target){ .code = code, .name = code, .year = 2019, .kind = k,
	                        .unit_of_measure = "%", .direction = DIR_HIGHER,
	                        .target_low = low, .weight = 1, .period = PERIOD_QUARTER,
	                        .due_days = 15 };
}

/* ---- names ---------------------------------------------------------------- */

static void test_names_round_trip(void **state)
{
	(void)state;
	for (int k = 0; k < TK_COUNT_KINDS; k++)
		assert_int_equal(target_kind_parse(target_kind_name((enum target_kind)k)), k);
	for (int r = ROLL_NONE; r <= ROLL_SHARE; r++)
		assert_int_equal(target_rollup_parse(target_rollup_name((enum target_rollup)r)), r);
	for (int p = PERIOD_MONTH; p <= PERIOD_YEAR; p++)
		assert_int_equal(period_kind_parse(period_kind_name((enum period_kind)p)), p);
	assert_string_equal(target_kind_name(TK_GROWTH_RATE), "growth_rate");
	assert_string_equal(target_kind_name(TK_RANGE), "range");
	assert_string_equal(target_kind_name(TK_COUNT_KINDS), "unknown");
	assert_string_equal(target_rollup_name(ROLL_WAVG), "wavg");
	assert_string_equal(target_rollup_name((enum target_rollup)7), "unknown");
	assert_string_equal(period_kind_name(PERIOD_QUARTER), "quarter");
	assert_string_equal(target_status_name(TS_NO_DATA), "no_data");
	assert_string_equal(target_status_name(TS_ACHIEVED), "achieved");
	assert_string_equal(target_status_name(TS_ON_TRACK), "on_track");
	assert_string_equal(target_status_name(TS_AT_RISK), "at_risk");
	assert_string_equal(target_status_name(TS_OFF_TRACK), "off_track");
	assert_string_equal(target_status_name((enum target_status)9), "unknown");
	assert_int_equal(target_kind_parse("Amount"), -1);
	assert_int_equal(target_kind_parse(""), -1);
	assert_int_equal(target_kind_parse(NULL), -1);
	assert_int_equal(target_rollup_parse("total"), -1);
	assert_int_equal(target_rollup_parse(NULL), -1);
	assert_int_equal(period_kind_parse("week"), -1);
	assert_int_equal(period_kind_parse(NULL), -1);
	assert_int_equal(period_count(PERIOD_MONTH), 12);
	assert_int_equal(period_count(PERIOD_QUARTER), 4);
	assert_int_equal(period_count(PERIOD_YEAR), 1);
	assert_int_equal(period_count((enum period_kind)5), 0);
}

/* ---- calendar ------------------------------------------------------------- */

static void test_days(void **state)
{
	(void)state;
	assert_int_equal(target_day(1970, 1, 1), 0);
	assert_int_equal(target_day(1969, 12, 31), -1);
	assert_int_equal(target_day(2019, 1, 1), day_2019_01_01);
	assert_int_equal(target_day(2000, 3, 1), 11017);         /* 2000 is a leap year */
	assert_int_equal(target_day(2020, 2, 29), 18321);
	assert_int_equal(target_day(2020, 3, 1), 18322);
	assert_int_equal(target_day(2019, 3, 1) - target_day(2019, 2, 28), 1);
	assert_int_equal(target_day(2100, 3, 1) - target_day(2100, 2, 28), 1); /* 2100 is not */
	assert_int_equal(target_day(2020, 1, 1) - target_day(2019, 1, 1), 365);
	assert_int_equal(target_day(2021, 1, 1) - target_day(2020, 1, 1), 366);
	assert_int_equal(target_day(2019, 13, 1), target_day(2020, 1, 1)); /* month carries */
	assert_int_equal(target_day(2019, 0, 1), target_day(2018, 12, 1));
	assert_int_equal(target_day(1900, 1, 1), -25567);
}

static void test_period_ends_and_due_days(void **state)
{
	(void)state;
	assert_int_equal(target_period_end_day(2019, PERIOD_MONTH, 1), target_day(2019, 1, 31));
	assert_int_equal(target_period_end_day(2019, PERIOD_MONTH, 2), 17955); /* 28/02/2019 */
	assert_int_equal(target_period_end_day(2020, PERIOD_MONTH, 2), 18321); /* 29/02/2020 */
	assert_int_equal(target_period_end_day(2019, PERIOD_MONTH, 4), target_day(2019, 4, 30));
	assert_int_equal(target_period_end_day(2019, PERIOD_MONTH, 12), 18261); /* 31/12/2019 */
	assert_int_equal(target_period_end_day(2019, PERIOD_QUARTER, 1), 17986); /* 31/03/2019 */
	assert_int_equal(target_period_end_day(2019, PERIOD_QUARTER, 2), target_day(2019, 6, 30));
	assert_int_equal(target_period_end_day(2019, PERIOD_QUARTER, 3), target_day(2019, 9, 30));
	assert_int_equal(target_period_end_day(2019, PERIOD_QUARTER, 4), 18261);
	assert_int_equal(target_period_end_day(2019, PERIOD_YEAR, 1), 18261);
	assert_int_equal(target_period_end_day(2019, PERIOD_MONTH, 0), -1);
	assert_int_equal(target_period_end_day(2019, PERIOD_MONTH, 13), -1);
	assert_int_equal(target_period_end_day(2019, PERIOD_QUARTER, 5), -1);
	assert_int_equal(target_period_end_day(2019, PERIOD_YEAR, 2), -1);
	assert_int_equal(target_period_end_day(2019, (enum period_kind)4, 1), -1);

	struct target t = xdcb();                                 /* due 10 days after */
	assert_int_equal(target_due_day(&t, 1), target_day(2019, 2, 10));
	assert_int_equal(target_due_day(&t, 2), target_day(2019, 3, 10));
	assert_int_equal(target_due_day(&t, 12), 18271);          /* 10/01/2020 */
	assert_int_equal(target_due_day(&t, 13), -1);
	t.due_days = 0;
	assert_int_equal(target_due_day(&t, 12), 18261);
	struct target q = quarterly("DV", TK_GROWTH_RATE, 10);   /* due 15 days after */
	assert_int_equal(target_due_day(&q, 1), target_day(2019, 4, 15));
	q.year = 2020;
	q.period = PERIOD_MONTH;
	assert_int_equal(target_due_day(&q, 2), target_day(2020, 3, 15));
	assert_int_equal(target_due_day(NULL, 1), -1);
}

/* ---- every kind, both directions, every status ---------------------------- */

/*
 * One target per kind and direction.  Amounts and counts: 1,200 for the year,
 * monthly; the rest: 50 (a range 50–60), quarterly.  Mid-year is 10/07/2019
 * (six months or two quarters over); after the year is 10/01/2020.
 */
static struct target generic(enum target_kind k, enum target_direction d)
{
	bool flow = k == TK_AMOUNT || k == TK_COUNT;
	return (struct target){ .code = "T.1", .name = "Chỉ tiêu thử", .year = 2019, .kind = k,
	                        .unit_of_measure = flow ? "vụ" : "%", .direction = d,
	                        .target_low = flow ? 1200 : 50, .target_high = 60,
	                        .has_high = k == TK_RANGE, .weight = 1,
	                        .period = flow ? PERIOD_MONTH : PERIOD_QUARTER, .due_days = 5 };
}

struct scenario {
	enum target_status want;
	bool year_over;
	double each;      /* flows: each month's figure; running: every quarter's figure */
};

static void test_every_kind_and_direction_reaches_every_status(void **state)
{
	(void)state;
	/* Flows: six months of EACH mid-year (forecast 12 × EACH), twelve after. */
	static const struct scenario flow_hi[] = {
		{ TS_ON_TRACK, false, 110 },  /* 660 → 1,320: 110 % */
		{ TS_AT_RISK, false, 95 },    /* 570 → 1,140: 95 % */
		{ TS_OFF_TRACK, false, 50 },  /* 300 → 600: 50 % */
		{ TS_ACHIEVED, true, 105 },   /* 1,260 ≥ 1,200 */
		{ TS_OFF_TRACK, true, 90 },   /* 1,080 < 1,200 */
	};
	static const struct scenario flow_lo[] = {
		{ TS_ON_TRACK, false, 90 },   /* 540 → 1,080: 111 % */
		{ TS_AT_RISK, false, 105 },   /* 630 → 1,260: 95.2 % */
		{ TS_OFF_TRACK, false, 160 }, /* 960 → 1,920: 62.5 % */
		{ TS_ACHIEVED, true, 90 },    /* 1,080 ≤ 1,200 */
		{ TS_OFF_TRACK, true, 110 },  /* 1,320 > 1,200 */
	};
	/* Running: two quarters mid-year (forecast = latest), four after. */
	static const struct scenario run_hi[] = {
		{ TS_ON_TRACK, false, 55 },   /* 110 % */
		{ TS_AT_RISK, false, 47 },    /* 94 % */
		{ TS_OFF_TRACK, false, 30 },  /* 60 % */
		{ TS_ACHIEVED, true, 52 },
		{ TS_OFF_TRACK, true, 45 },
	};
	static const struct scenario run_lo[] = {
		{ TS_ON_TRACK, false, 45 },   /* 111 % */
		{ TS_AT_RISK, false, 53 },    /* 94.3 % */
		{ TS_OFF_TRACK, false, 80 },  /* 62.5 % */
		{ TS_ACHIEVED, true, 48 },
		{ TS_OFF_TRACK, true, 55 },
	};
	int64_t mid = target_day(2019, 7, 10), after = target_day(2020, 1, 10);
	for (int k = 0; k < TK_COUNT_KINDS; k++) {
		for (int d = DIR_HIGHER; d <= DIR_LOWER; d++) {
			struct target t = generic((enum target_kind)k, (enum target_direction)d);
			const char *field = NULL, *detail = NULL;
			if (!target_check(&t, &field, &detail))
				fail_msg("%s/%d: %s %s", target_kind_name(t.kind), d, field, detail);
			bool flow = k == TK_AMOUNT || k == TK_COUNT;
			const struct scenario *sc = flow ? (d == DIR_HIGHER ? flow_hi : flow_lo)
			                                 : (d == DIR_HIGHER ? run_hi : run_lo);
			int per_year = flow ? 12 : 4;

			struct judgement j = judge(&t, NULL, 0, after);
			assert_int_equal(j.status, TS_NO_DATA);
			assert_false(j.has_value);
			assert_false(j.has_forecast);
			assert_int_equal(j.periods_elapsed, per_year);

			for (size_t s = 0; s < 5; s++) {
				double v[12];
				size_t n = sc[s].year_over ? (size_t)per_year : (size_t)per_year / 2;
				for (size_t i = 0; i < n; i++) {
					v[i] = sc[s].each;
					assert_true(target_value_check(&t, (int)i + 1, v[i], &field, &detail));
				}
				j = judge(&t, v, n, sc[s].year_over ? after : mid);
				if (j.status != sc[s].want)
					fail_msg("%s %s, figure %g%s: %s, expected %s", target_kind_name(t.kind),
					         d == DIR_HIGHER ? "higher" : "lower", sc[s].each,
					         sc[s].year_over ? " after the year" : " mid-year",
					         target_status_name(j.status), target_status_name(sc[s].want));
				assert_int_equal(j.periods_reported, (int)n);
				assert_int_equal(j.periods_elapsed, sc[s].year_over ? per_year : per_year / 2);
				assert_double_equal(j.value, flow ? sc[s].each * (double)n : sc[s].each, NEAR);
			}
		}
	}
}

/* ---- the 2019 targets ----------------------------------------------------- */

static void test_xdcb_250_billion_monthly(void **state)
{
	(void)state;
	struct target t = xdcb();
	int64_t early_july = target_day(2019, 7, 5);

	static const double good[] = { 10, 15, 20, 25, 30, 30 };      /* 130 */
	struct judgement j = judge(&t, good, N_OF(good), early_july);
	assert_int_equal(j.status, TS_ON_TRACK);
	assert_true(j.has_value);
	assert_double_equal(j.value, 130, NEAR);
	assert_double_equal(j.attainment, 52, NEAR);
	assert_true(j.has_forecast);
	assert_double_equal(j.forecast, 260, NEAR);
	assert_double_equal(j.forecast_attainment, 104, NEAR);
	assert_int_equal(j.periods_reported, 6);
	assert_int_equal(j.periods_elapsed, 6);

	static const double slow[] = { 10, 15, 20, 20, 25, 25 };      /* 115 */
	j = judge(&t, slow, N_OF(slow), early_july);
	assert_int_equal(j.status, TS_AT_RISK);
	assert_double_equal(j.forecast, 230, NEAR);
	assert_double_equal(j.forecast_attainment, 92, NEAR);

	static const double poor[] = { 10, 10, 15, 15, 20, 20 };      /* 90 */
	j = judge(&t, poor, N_OF(poor), early_july);
	assert_int_equal(j.status, TS_OFF_TRACK);
	assert_double_equal(j.forecast, 180, NEAR);
	assert_double_equal(j.forecast_attainment, 72, NEAR);

	/* Exactly on the line: 125 by June makes 250. */
	static const double exact[] = { 20, 20, 20, 20, 20, 25 };
	j = judge(&t, exact, N_OF(exact), early_july);
	assert_int_equal(j.status, TS_ON_TRACK);
	assert_double_equal(j.forecast_attainment, 100, NEAR);

	/* 255 by October: achieved in November, before the year is out. */
	static const double done[] = { 20, 20, 25, 25, 25, 25, 30, 30, 30, 25 };
	j = judge(&t, done, N_OF(done), target_day(2019, 11, 15));
	assert_int_equal(j.status, TS_ACHIEVED);
	assert_double_equal(j.value, 255, NEAR);
	assert_double_equal(j.attainment, 102, NEAR);
	assert_int_equal(j.periods_elapsed, 10);

	/* Ten months reaching only 240 in November: 288 forecast, on track. */
	static const double nearly[] = { 20, 20, 25, 25, 25, 25, 30, 30, 20, 20 };
	j = judge(&t, nearly, N_OF(nearly), target_day(2019, 11, 15));
	assert_int_equal(j.status, TS_ON_TRACK);
	assert_double_equal(j.forecast, 288, NEAR);

	/* The year over at 240: not achieved. */
	static const double short_year[] = { 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20 };
	j = judge(&t, short_year, N_OF(short_year), target_day(2019, 12, 31));
	assert_int_equal(j.periods_elapsed, 12);
	assert_int_equal(j.status, TS_OFF_TRACK);
	assert_double_equal(j.forecast, 240, NEAR);
	assert_double_equal(j.forecast_attainment, 96, NEAR);
	/* The day before, December was not over, but all twelve months are in:
	 * the forecast is the 240 reported, 96 %. */
	j = judge(&t, short_year, N_OF(short_year), target_day(2019, 12, 30));
	assert_int_equal(j.periods_elapsed, 11);
	assert_int_equal(j.status, TS_AT_RISK);
}

static void test_flow_forecast_basis(void **state)
{
	(void)state;
	struct target t = xdcb();
	/* June is over but its figure is not in yet: the pace is over six months. */
	static const double five[] = { 20, 20, 25, 25, 25 };           /* 115 */
	struct judgement j = judge(&t, five, N_OF(five), target_day(2019, 7, 5));
	assert_int_equal(j.periods_elapsed, 6);
	assert_int_equal(j.periods_reported, 5);
	assert_double_equal(j.forecast, 230, NEAR);
	/* June reported before it ends: the pace is still over six months. */
	static const double six[] = { 20, 20, 20, 20, 20, 20 };        /* 120 */
	j = judge(&t, six, N_OF(six), target_day(2019, 6, 20));
	assert_int_equal(j.periods_elapsed, 5);
	assert_double_equal(j.forecast, 240, NEAR);
	assert_int_equal(j.status, TS_AT_RISK);
	/* Gaps count as nothing spent: months 1 and 4 only, as of July. */
	struct period_value pv[] = { { 4, 60 }, { 1, 30 } };
	target_judge(&t, pv, N_OF(pv), target_day(2019, 7, 1), &j);
	assert_double_equal(j.value, 90, NEAR);
	assert_double_equal(j.forecast, 180, NEAR);
	assert_int_equal(j.periods_reported, 2);
	/* Figures outside the year are not counted. */
	struct period_value bad[] = { { 0, 500 }, { 13, 500 }, { 2, NAN } };
	target_judge(&t, bad, N_OF(bad), target_day(2019, 7, 1), &j);
	assert_int_equal(j.status, TS_NO_DATA);
	assert_int_equal(j.periods_reported, 0);
	assert_int_equal(j.periods_elapsed, 6);
	/* Before the year begins nothing has elapsed. */
	static const double jan[] = { 10 };
	j = judge(&t, jan, 1, target_day(2018, 12, 20));
	assert_int_equal(j.periods_elapsed, 0);
	assert_double_equal(j.forecast, 120, NEAR);
}

static void test_dv_growth_on_track_by_the_trend(void **state)
{
	(void)state;
	struct target t = quarterly("DV", TK_GROWTH_RATE, 10);
	static const double three[] = { 9.1, 9.8, 10.4 };
	struct judgement j = judge(&t, three, 3, target_day(2019, 10, 20));
	assert_int_equal(j.periods_elapsed, 3);
	assert_double_equal(j.value, 10.4, NEAR);              /* latest, not a sum */
	assert_double_equal(j.attainment, 104, NEAR);
	assert_double_equal(j.forecast, 33.2 / 3, 1e-9);       /* 9.7667 + 2 × 0.65 = 11.0667 */
	assert_double_equal(j.forecast_attainment, 332.0 / 3, 1e-7);
	assert_int_equal(j.status, TS_ON_TRACK);

	/* With two quarters there is no trend: the forecast is the latest, 98 %. */
	j = judge(&t, three, 2, target_day(2019, 7, 20));
	assert_double_equal(j.forecast, 9.8, NEAR);
	assert_double_equal(j.forecast_attainment, 98, NEAR);
	assert_int_equal(j.status, TS_AT_RISK);

	/* The year over at 10.6: achieved; the forecast is the figure. */
	static const double four[] = { 9.1, 9.8, 10.4, 10.6 };
	j = judge(&t, four, 4, target_day(2020, 1, 15));
	assert_int_equal(j.status, TS_ACHIEVED);
	assert_double_equal(j.forecast, 10.6, NEAR);

	/* Order does not matter: the latest is the highest period. */
	struct period_value pv[] = { { 3, 10.4 }, { 1, 9.1 }, { 2, 9.8 } };
	target_judge(&t, pv, 3, target_day(2019, 10, 20), &j);
	assert_double_equal(j.value, 10.4, NEAR);
	assert_double_equal(j.forecast, 33.2 / 3, 1e-9);
}

static void test_cn_growth_falling_behind(void **state)
{
	(void)state;
	struct target t = quarterly("CN", TK_GROWTH_RATE, 11);
	static const double v[] = { 10.2, 10.0, 9.5 };
	struct judgement j = judge(&t, v, 3, target_day(2019, 10, 20));
	/* mean 9.9, slope −0.35: 9.9 + 2 × −0.35 = 9.2, 83.6 % */
	assert_double_equal(j.forecast, 9.2, NEAR);
	assert_double_equal(j.forecast_attainment, 9.2 / 11 * 100, NEAR);
	assert_int_equal(j.status, TS_OFF_TRACK);
	/* A fourth quarter reported before the year ends: the forecast is that figure. */
	static const double all[] = { 10.2, 10.0, 9.5, 11.5 };
	j = judge(&t, all, 4, target_day(2019, 12, 30));
	assert_int_equal(j.periods_elapsed, 3);
	assert_double_equal(j.forecast, 11.5, NEAR);
	assert_int_equal(j.status, TS_ON_TRACK);
}

static void test_dt_case_solving_ratio(void **state)
{
	(void)state;
	struct target t = quarterly("DT", TK_RATIO, 70);
	int64_t oct = target_day(2019, 10, 20);
	static const double slipping[] = { 72, 71, 70 };
	struct judgement j = judge(&t, slipping, 3, oct);
	assert_double_equal(j.value, 70, NEAR);
	assert_double_equal(j.attainment, 100, NEAR);
	assert_double_equal(j.forecast, 69, NEAR);
	assert_int_equal(j.status, TS_AT_RISK);
	static const double falling[] = { 72, 68, 66 };
	j = judge(&t, falling, 3, oct);
	assert_double_equal(j.forecast, 188.0 / 3, NEAR);      /* 68.67 − 6 = 62.67 */
	assert_int_equal(j.status, TS_OFF_TRACK);
	static const double rising[] = { 66, 68, 71 };
	j = judge(&t, rising, 3, oct);
	assert_int_equal(j.status, TS_ON_TRACK);
	static const double year[] = { 66, 68, 71, 71.5 };
	j = judge(&t, year, 4, target_day(2020, 1, 2));
	assert_int_equal(j.status, TS_ACHIEVED);
	static const double missed[] = { 66, 68, 71, 69.5 };
	j = judge(&t, missed, 4, target_day(2020, 1, 2));
	assert_int_equal(j.status, TS_OFF_TRACK);
}

static void test_pp_reduction_range_met_at_year_end(void **state)
{
	(void)state;
	struct target t = { .code = "PP", .name = "Kéo giảm tỷ lệ phạm pháp hình sự", .year = 2019,
	                    .kind = TK_REDUCTION, .unit_of_measure = "%", .direction = DIR_HIGHER,
	                    .target_low = 3, .target_high = 5, .has_high = true,
	                    .weight = 1, .period = PERIOD_YEAR, .due_days = 20 };
	assert_true(target_check(&t, NULL, NULL));
	struct period_value pv = { 1, 4.1 };
	struct judgement j;
	target_judge(&t, NULL, 0, target_day(2019, 12, 30), &j);
	assert_int_equal(j.status, TS_NO_DATA);
	assert_int_equal(j.periods_elapsed, 0);
	target_judge(&t, &pv, 1, target_day(2020, 1, 5), &j);
	assert_int_equal(j.periods_elapsed, 1);
	assert_int_equal(j.status, TS_ACHIEVED);
	assert_double_equal(j.attainment, 4.1 / 3 * 100, NEAR);  /* the low end is 100 % */
	pv.value = 2.5;
	target_judge(&t, &pv, 1, target_day(2020, 1, 5), &j);
	assert_int_equal(j.status, TS_OFF_TRACK);
	/* A yearly figure given early is judged as a forecast. */
	pv.value = 2.8;
	target_judge(&t, &pv, 1, target_day(2019, 12, 1), &j);
	assert_int_equal(j.status, TS_AT_RISK);
}

static void test_ns_revenue_range(void **state)
{
	(void)state;
	struct target t = quarterly("NS", TK_RANGE, 6);
	t.target_high = 8;
	t.has_high = true;
	static const double v[] = { 4.0, 6.5 };
	struct judgement j = judge(&t, v, 2, target_day(2019, 7, 20));
	assert_double_equal(j.forecast_attainment, 6.5 / 6 * 100, NEAR);
	assert_int_equal(j.status, TS_ON_TRACK);
	static const double over[] = { 7, 8, 9, 9.5 };             /* beyond the range: met */
	j = judge(&t, over, 4, target_day(2020, 1, 20));
	assert_int_equal(j.status, TS_ACHIEVED);
}

static void test_hn_households_reduction(void **state)
{
	(void)state;
	struct target t = { .code = "HN", .name = "Giảm hộ nghèo", .year = 2019,
	                    .kind = TK_REDUCTION, .unit_of_measure = "hộ", .direction = DIR_HIGHER,
	                    .target_low = 600, .rollup = ROLL_SUM, .weight = 1,
	                    .period = PERIOD_QUARTER, .due_days = 10 };
	assert_true(target_check(&t, NULL, NULL));
	/* The figure is how many fewer so far: the latest, not a sum of quarters. */
	static const double v[] = { 150, 320, 470 };
	struct judgement j = judge(&t, v, 3, target_day(2019, 10, 11));
	assert_double_equal(j.value, 470, NEAR);
	/* slope 160: 313.33 + 2 × 160 = 633.33 */
	assert_double_equal(j.forecast, 1900.0 / 3, NEAR);
	assert_int_equal(j.status, TS_ON_TRACK);
	static const double year[] = { 150, 320, 470, 612 };
	j = judge(&t, year, 4, target_day(2020, 1, 1));
	assert_int_equal(j.status, TS_ACHIEVED);
}

static void test_lower_is_better(void **state)
{
	(void)state;
	/* Traffic accidents: no more than 40 in the year, counted monthly. */
	struct target t = { .code = "TNGT", .name = "Tai nạn giao thông", .year = 2019,
	                    .kind = TK_COUNT, .unit_of_measure = "vụ", .direction = DIR_LOWER,
	                    .target_low = 40, .rollup = ROLL_SUM, .weight = 1,
	                    .period = PERIOD_MONTH, .due_days = 5 };
	int64_t july = target_day(2019, 7, 5);
	static const double calm[] = { 3, 3, 3, 3, 3, 3 };          /* 18 → 36: 111 % */
	struct judgement j = judge(&t, calm, 6, july);
	assert_double_equal(j.forecast, 36, NEAR);
	assert_double_equal(j.forecast_attainment, 40.0 / 36 * 100, NEAR);
	assert_int_equal(j.status, TS_ON_TRACK);
	static const double busier[] = { 4, 3, 4, 4, 3, 4 };        /* 22 → 44: 90.9 % */
	j = judge(&t, busier, 6, july);
	assert_int_equal(j.status, TS_AT_RISK);
	static const double bad[] = { 6, 5, 6, 5, 6, 5 };           /* 33 → 66: 60.6 % */
	j = judge(&t, bad, 6, july);
	assert_int_equal(j.status, TS_OFF_TRACK);
	/* 41 by September: past the ceiling, it cannot come back down. */
	static const double over[] = { 4, 4, 4, 4, 5, 5, 5, 5, 5 };
	j = judge(&t, over, 9, target_day(2019, 10, 5));
	assert_double_equal(j.value, 41, NEAR);
	assert_true(j.forecast_attainment >= 0);
	assert_int_equal(j.status, TS_OFF_TRACK);
	static const double year[] = { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4 };
	j = judge(&t, year, 12, target_day(2020, 1, 5));
	assert_int_equal(j.status, TS_ACHIEVED);
	assert_double_equal(j.attainment, 40.0 / 38 * 100, NEAR);
	/* No accidents at all: 100 %, not a division by zero. */
	static const double none[] = { 0, 0, 0 };
	j = judge(&t, none, 3, target_day(2019, 4, 2));
	assert_double_equal(j.attainment, 100, NEAR);
	assert_double_equal(j.forecast_attainment, 100, NEAR);
	assert_int_equal(j.status, TS_ON_TRACK);

	/* Poor households as a share of all: at most 1.2 %, quarterly. */
	struct target r = quarterly("HN.TL", TK_RATIO, 1.2);
	r.direction = DIR_LOWER;
	static const double share[] = { 1.5, 1.4, 1.3 };            /* trend reaches 1.2 */
	j = judge(&r, share, 3, target_day(2019, 10, 20));
	assert_double_equal(j.forecast, 1.2, NEAR);
	assert_double_equal(j.forecast_attainment, 100, NEAR);
	assert_int_equal(j.status, TS_ON_TRACK);
	static const double stuck[] = { 1.5, 1.45, 1.35 };          /* 1.283: 93.5 % */
	j = judge(&r, stuck, 3, target_day(2019, 10, 20));
	assert_int_equal(j.status, TS_AT_RISK);
	static const double year_r[] = { 1.5, 1.4, 1.3, 1.25 };
	j = judge(&r, year_r, 4, target_day(2020, 1, 1));
	assert_int_equal(j.status, TS_OFF_TRACK);
	static const double year_ok[] = { 1.5, 1.4, 1.3, 1.2 };
	j = judge(&r, year_ok, 4, target_day(2020, 1, 1));
	assert_int_equal(j.status, TS_ACHIEVED);
}

static void test_attainment_edges(void **state)
{
	(void)state;
	struct target t = quarterly("G0", TK_GROWTH_RATE, 0);      /* "no decline" */
	static const double up[] = { 2 }, down[] = { -1 };
	int64_t may = target_day(2019, 5, 1);
	struct judgement j = judge(&t, up, 1, may);
	assert_double_equal(j.attainment, 100, NEAR);
	assert_int_equal(j.status, TS_ON_TRACK);
	j = judge(&t, down, 1, may);
	assert_double_equal(j.attainment, 0, NEAR);
	assert_int_equal(j.status, TS_OFF_TRACK);
	t.target_low = -2;                                         /* "no worse than −2 %" */
	j = judge(&t, down, 1, may);
	assert_double_equal(j.attainment, 150, NEAR);
	static const double worse[] = { -3 };
	j = judge(&t, worse, 1, may);
	assert_double_equal(j.attainment, 50, NEAR);
	assert_int_equal(j.status, TS_OFF_TRACK);
	t.direction = DIR_LOWER;                                   /* "at least 2 % lower" */
	j = judge(&t, worse, 1, may);
	assert_double_equal(j.attainment, 150, NEAR);
	j = judge(&t, down, 1, may);
	assert_double_equal(j.attainment, 50, NEAR);
	/* A null target or output does not crash. */
	target_judge(NULL, NULL, 0, may, &j);
	assert_int_equal(j.status, TS_NO_DATA);
	target_judge(&t, NULL, 3, may, NULL);
}

/* ---- rollups -------------------------------------------------------------- */

static void test_rollups(void **state)
{
	(void)state;
	/* HN: the 13 wards' poor households fewer add up to the district's 600. */
	static const double wards[13] = { 60, 55, 40, 35, 50, 45, 48, 52, 38, 42, 47, 43, 45 };
	double out = -1;
	assert_true(target_rollup_value(ROLL_SUM, wards, NULL, 13, &out));
	assert_double_equal(out, 600, NEAR);
	assert_true(target_rollup_value(ROLL_AVG, wards, NULL, 13, &out));
	assert_double_equal(out, 600.0 / 13, NEAR);

	/* TDP: 85 % of Hiệp Phú's 40 groups, 72 % of Long Bình's 25, all 10 of
	 * Long Phước's: 34 + 18 + 10 = 62 of 75 groups, 82.67 %, not the 85.67 %
	 * a plain average would say. */
	static const double pct[] = { 85, 72, 100 }, groups[] = { 40, 25, 10 };
	assert_true(target_rollup_value(ROLL_SHARE, pct, groups, 3, &out));
	assert_double_equal(out, 62.0 / 75 * 100, NEAR);
	assert_true(target_rollup_value(ROLL_AVG, pct, groups, 3, &out));
	assert_double_equal(out, 257.0 / 3, NEAR);

	/* DT weighted by cases: 80 % of 50 and 60 % of 150 → 65 %. */
	static const double ratio[] = { 80, 60 }, cases[] = { 50, 150 };
	assert_true(target_rollup_value(ROLL_WAVG, ratio, cases, 2, &out));
	assert_double_equal(out, 65, NEAR);

	/* A ward with no groups adds nothing; with no weight at all, nothing to roll. */
	static const double pct0[] = { 85, 10 }, groups0[] = { 40, 0 };
	assert_true(target_rollup_value(ROLL_SHARE, pct0, groups0, 2, &out));
	assert_double_equal(out, 85, NEAR);
	static const double zeros[] = { 0, 0 };
	out = -1;
	assert_false(target_rollup_value(ROLL_WAVG, pct0, zeros, 2, &out));
	assert_false(target_rollup_value(ROLL_WAVG, pct0, NULL, 2, &out));
	assert_false(target_rollup_value(ROLL_SHARE, pct0, NULL, 2, &out));
	assert_false(target_rollup_value(ROLL_NONE, wards, NULL, 13, &out));
	assert_false(target_rollup_value(ROLL_SUM, wards, NULL, 0, &out));
	assert_false(target_rollup_value(ROLL_SUM, NULL, NULL, 3, &out));
	assert_false(target_rollup_value((enum target_rollup)9, wards, NULL, 13, &out));
	static const double nan_v[] = { 1, NAN };
	assert_false(target_rollup_value(ROLL_SUM, nan_v, NULL, 2, &out));
	static const double inf_w[] = { 1, INFINITY };
	assert_false(target_rollup_value(ROLL_WAVG, ratio, inf_w, 2, &out));
	assert_double_equal(out, -1, 0);                   /* untouched on failure */
	assert_true(target_rollup_value(ROLL_SUM, wards, NULL, 1, &out));
	assert_double_equal(out, 60, NEAR);
}

/* ---- checks --------------------------------------------------------------- */

#define REFUSED(t, want)                                                        \
	do {                                                                        \
		const char *f_ = NULL, *d_ = NULL;                                      \
		assert_false(target_check(&(t), &f_, &d_));                             \
		assert_non_null(f_);                                                    \
		assert_string_equal(f_, want);                                          \
		assert_non_null(d_);                                                    \
		assert_true(strlen(d_) > 10);                                           \
	} while (0)

static void test_target_check(void **state)
{
	(void)state;
	char long_code[66], long_name[258];
	memset(long_code, 'A', sizeof long_code - 1);
	long_code[64] = '\0';
	memset(long_name, 'x', sizeof long_name - 1);
	long_name[256] = '\0';

	struct target ok = xdcb();
	const char *f = "unset", *d = "unset";
	assert_true(target_check(&ok, &f, &d));
	assert_string_equal(f, "unset");                     /* untouched when valid */
	ok.code = "HN.Q9.HIEP-PHU_2";
	ok.name = long_name;                                 /* 256 bytes: allowed */
	ok.year = 2000;
	ok.due_days = 60;
	ok.weight = 0;
	assert_true(target_check(&ok, NULL, NULL));
	ok.code = long_code;                                 /* 64 characters: allowed */
	ok.year = 2100;
	ok.due_days = 0;
	assert_true(target_check(&ok, NULL, NULL));

	struct target t = xdcb();
	t.code = "";              REFUSED(t, "code");
	t.code = NULL;            REFUSED(t, "code");
	t.code = "XD CB";         REFUSED(t, "code");
	t.code = "XĐCB";          REFUSED(t, "code");
	long_code[64] = 'A';
	long_code[65] = '\0';
	t.code = long_code;       REFUSED(t, "code");
	t = xdcb();
	t.name = NULL;            REFUSED(t, "name");
	t.name = "";              REFUSED(t, "name");
	t.name = "  \t";          REFUSED(t, "name");
	long_name[256] = 'x';
	long_name[257] = '\0';
	t.name = long_name;       REFUSED(t, "name");
	t = xdcb();
	t.year = 1999;            REFUSED(t, "year");
	t.year = 2101;            REFUSED(t, "year");
	t = xdcb();
	t.kind = TK_COUNT_KINDS;  REFUSED(t, "kind");
	t = xdcb();
	t.direction = (enum target_direction)2; REFUSED(t, "direction");
	t = xdcb();
	t.rollup = (enum target_rollup)5;       REFUSED(t, "rollup");
	t = xdcb();
	t.period = (enum period_kind)3;         REFUSED(t, "period");
	t = xdcb();
	t.target_low = NAN;       REFUSED(t, "target_low");
	t.target_low = 0;         REFUSED(t, "target_low");   /* an amount must be above 0 */
	t.target_low = -5;        REFUSED(t, "target_low");
	t = xdcb();
	t.kind = TK_COUNT;
	t.target_low = 0;         REFUSED(t, "target_low");
	t = xdcb();
	t.has_high = true;
	t.target_high = 200;      REFUSED(t, "target_high"); /* below the low end */
	t.target_high = INFINITY; REFUSED(t, "target_high");
	t.target_high = 250;
	assert_true(target_check(&t, NULL, NULL));

	struct target r = quarterly("NS", TK_RANGE, 6);
	REFUSED(r, "target_high");                           /* a range needs its high end */
	r.has_high = true;
	r.target_high = 8;
	assert_true(target_check(&r, NULL, NULL));

	struct target s = quarterly("TDP", TK_SHARE, 80);
	s.rollup = ROLL_SHARE;
	assert_true(target_check(&s, NULL, NULL));
	s.target_low = 101;       REFUSED(s, "target_low");
	s.target_low = -1;        REFUSED(s, "target_low");
	s.target_low = 80;
	s.has_high = true;
	s.target_high = 100.5;    REFUSED(s, "target_high");
	s = quarterly("DT", TK_RATIO, 170);
	REFUSED(s, "target_low");
	s.target_low = 70;
	s.rollup = ROLL_SUM;      REFUSED(s, "rollup");      /* percentages do not add up */
	s.rollup = ROLL_WAVG;
	assert_true(target_check(&s, NULL, NULL));
	struct target g = quarterly("DV", TK_GROWTH_RATE, 10);
	g.rollup = ROLL_SUM;      REFUSED(g, "rollup");
	g.rollup = ROLL_SHARE;    REFUSED(g, "rollup");
	g.rollup = ROLL_AVG;
	g.target_low = -2;                                    /* a negative growth target is fine */
	assert_true(target_check(&g, NULL, NULL));
	g.has_baseline = true;
	g.baseline = NAN;         REFUSED(g, "baseline");
	t = xdcb();
	t.rollup = ROLL_SHARE;    REFUSED(t, "rollup");
	t = xdcb();
	t.due_days = -1;          REFUSED(t, "due_days");
	t.due_days = 61;          REFUSED(t, "due_days");
	t = xdcb();
	t.weight = -0.5;          REFUSED(t, "weight");
	t.weight = NAN;           REFUSED(t, "weight");
	assert_false(target_check(NULL, &f, &d));
	assert_string_equal(f, "target");
}

#define VALUE_REFUSED(t, p, v, want)                                            \
	do {                                                                        \
		const char *f_ = NULL, *d_ = NULL;                                      \
		assert_false(target_value_check(&(t), p, v, &f_, &d_));                 \
		assert_non_null(f_);                                                    \
		assert_string_equal(f_, want);                                          \
		assert_non_null(d_);                                                    \
	} while (0)

static void test_value_check(void **state)
{
	(void)state;
	struct target a = xdcb();
	assert_true(target_value_check(&a, 1, 0, NULL, NULL));
	assert_true(target_value_check(&a, 12, 37.5, NULL, NULL));
	VALUE_REFUSED(a, 0, 10, "period_no");
	VALUE_REFUSED(a, 13, 10, "period_no");
	VALUE_REFUSED(a, 1, -0.1, "value");
	VALUE_REFUSED(a, 1, NAN, "value");
	VALUE_REFUSED(a, 1, INFINITY, "value");
	VALUE_REFUSED(a, 1, -INFINITY, "value");

	struct target c = a;
	c.kind = TK_COUNT;
	assert_true(target_value_check(&c, 3, 3.0, NULL, NULL));
	assert_true(target_value_check(&c, 3, 1e6, NULL, NULL));
	VALUE_REFUSED(c, 3, 2.5, "value");
	VALUE_REFUSED(c, 3, 3.000001, "value");
	VALUE_REFUSED(c, 3, -1, "value");

	struct target q = quarterly("DT", TK_RATIO, 70);
	assert_true(target_value_check(&q, 4, 100, NULL, NULL));
	assert_true(target_value_check(&q, 1, 0, NULL, NULL));
	VALUE_REFUSED(q, 5, 70, "period_no");
	VALUE_REFUSED(q, 1, 100.01, "value");
	VALUE_REFUSED(q, 1, -0.01, "value");
	q.kind = TK_SHARE;
	VALUE_REFUSED(q, 1, 120, "value");

	struct target g = quarterly("DV", TK_GROWTH_RATE, 10);
	assert_true(target_value_check(&g, 2, -100, NULL, NULL));
	assert_true(target_value_check(&g, 2, 1000, NULL, NULL));
	VALUE_REFUSED(g, 2, -100.5, "value");
	VALUE_REFUSED(g, 2, 1000.5, "value");
	g.kind = TK_RANGE;
	VALUE_REFUSED(g, 2, 1001, "value");
	g.kind = TK_REDUCTION;                               /* a fall in % */
	assert_true(target_value_check(&g, 2, 4.1, NULL, NULL));
	VALUE_REFUSED(g, 2, 1001, "value");
	VALUE_REFUSED(g, 2, -101, "value");
	g.unit_of_measure = "";                              /* no unit: read as % */
	VALUE_REFUSED(g, 2, 1001, "value");
	g.unit_of_measure = "hộ";                            /* a fall in households */
	assert_true(target_value_check(&g, 2, 1050, NULL, NULL));
	VALUE_REFUSED(g, 2, NAN, "value");

	struct target y = g;
	y.period = PERIOD_YEAR;
	assert_true(target_value_check(&y, 1, 600, NULL, NULL));
	VALUE_REFUSED(y, 2, 600, "period_no");
	y.period = (enum period_kind)7;
	VALUE_REFUSED(y, 1, 600, "period_no");
	y = g;
	y.kind = TK_COUNT_KINDS;
	VALUE_REFUSED(y, 1, 1, "kind");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_round_trip),
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_period_ends_and_due_days),
		cmocka_unit_test(test_every_kind_and_direction_reaches_every_status),
		cmocka_unit_test(test_xdcb_250_billion_monthly),
		cmocka_unit_test(test_flow_forecast_basis),
		cmocka_unit_test(test_dv_growth_on_track_by_the_trend),
		cmocka_unit_test(test_cn_growth_falling_behind),
		cmocka_unit_test(test_dt_case_solving_ratio),
		cmocka_unit_test(test_pp_reduction_range_met_at_year_end),
		cmocka_unit_test(test_ns_revenue_range),
		cmocka_unit_test(test_hn_households_reduction),
		cmocka_unit_test(test_lower_is_better),
		cmocka_unit_test(test_attainment_edges),
		cmocka_unit_test(test_rollups),
		cmocka_unit_test(test_target_check),
		cmocka_unit_test(test_value_check),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
