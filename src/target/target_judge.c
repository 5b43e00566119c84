/*
 * target_judge.c: how a target stands, from its reported figures; rollups of
 * children into a parent; calendar arithmetic for periods; validation of
 * target definitions and reported values.  Pure: no storage, no clock, no
 * time zone (a day number is a calendar date; the caller picks the date in
 * Asia/Ho_Chi_Minh).  The rules are written for officials in docs/TARGETS.md;
 * keep the two in step.
 */
#include "target/target.h"

#include <math.h>
#include <string.h>

/* Relative slack for comparisons, so that 0.1 + 0.2 counts as 0.3. */
#define TARGET_EPS 1e-9

/* ---- calendar ----------------------------------------------------------- */

/* floor(a / b) for b > 0. */
static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && a < 0) ? q - 1 : q;
}

/*
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil).  A month outside 1..12 carries into the year, and a day
 * outside the month simply counts on from the month's first day, so
 * (2019, 13, 1) is 2020-01-01 and (2019, 3, 0) is 2019-02-28.
 */
int64_t target_day(int year, int month, int day)
{
	int64_t m0 = (int64_t)month - 1;
	int64_t y = (int64_t)year + floor_div(m0, 12);
	int64_t m = m0 - floor_div(m0, 12) * 12 + 1; /* 1..12 */
	y -= m <= 2;
	int64_t era = floor_div(y, 400);
	int64_t yoe = y - era * 400;                                   /* 0..399 */
	int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5;         /* 0..365 */
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* 0..146096 */
	return era * 146097 + doe - 719468 + ((int64_t)day - 1);
}

/*
 * The last day of period PERIOD_NO of YEAR: the day before the next
 * period's first day.  -1 when the period does not exist (no valid target
 * year, 2000–2100, has a period ending on 1969-12-31).
 */
int64_t target_period_end_day(int year, enum period_kind p, int period_no)
{
	int n = period_count(p);
	if (n == 0 || period_no < 1 || period_no > n)
		return -1;
	int months = 12 / n;
	return target_day(year, period_no * months + 1, 1) - 1;
}

int64_t target_due_day(const struct target *t, int period_no)
{
	if (t == NULL)
		return -1;
	int64_t end = target_period_end_day(t->year, t->period, period_no);
	return end < 0 ? -1 : end + t->due_days;
}

/* ---- judgement ---------------------------------------------------------- */

/* Amounts and counts accumulate over the year; every other kind is a
 * running figure whose latest report is the figure so far. */
static bool is_flow(enum target_kind k)
{
	return k == TK_AMOUNT || k == TK_COUNT;
}

static double slack(double t)
{
	return TARGET_EPS * (fabs(t) > 1 ? fabs(t) : 1);
}

/* Whether V meets the target (the target is target_low in both directions). */
static bool meets(const struct target *t, double v)
{
	if (t->direction == DIR_LOWER)
		return v <= t->target_low + slack(t->target_low);
	return v >= t->target_low - slack(t->target_low);
}

/*
 * Percentage of the target that V reaches; 100 means just met.
 * Higher is better: V / target × 100.  Lower is better: target / V × 100,
 * and 100 when V is zero or below.  A target of zero (higher is better)
 * gives 100 for V >= 0 and 0 below.  A negative target (a growth of "no
 * worse than −2 %") counts from the target by its size: 100 + (V − target)
 * / |target| × 100 (higher is better), 100 + (target − V) / |target| × 100
 * (lower is better), which is the same as the plain ratio for a positive
 * target.
 */
static double attainment(const struct target *t, double v)
{
	double tl = t->target_low;
	if (t->direction == DIR_LOWER) {
		if (tl < 0)
			return 100 + (tl - v) / -tl * 100;
		if (v <= 0)
			return 100;
		return tl / v * 100;
	}
	if (tl == 0)
		return v >= 0 ? 100 : 0;
	if (tl < 0)
		return 100 + (v - tl) / -tl * 100;
	return v / tl * 100;
}

/*
 * Year-end forecast of a running figure: the least-squares line through
 * (period_no, value) evaluated at the year's last period, when three or more
 * periods are reported and they are not all the same period; otherwise, and
 * when the last period itself is reported, the latest value.
 */
static double running_forecast(const struct period_value *v, size_t n, int count, int last_no,
                               double latest)
{
	size_t k = 0;
	double sx = 0, sy = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i].period_no < 1 || v[i].period_no > count || !isfinite(v[i].value))
			continue;
		sx += v[i].period_no;
		sy += v[i].value;
		k++;
	}
	if (k < 3 || last_no >= count)
		return latest;
	double mx = sx / (double)k, my = sy / (double)k, sxx = 0, sxy = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i].period_no < 1 || v[i].period_no > count || !isfinite(v[i].value))
			continue;
		double dx = v[i].period_no - mx;
		sxx += dx * dx;
		sxy += dx * (v[i].value - my);
	}
	if (sxx <= 0)
		return latest;
	return my + sxy / sxx * (count - mx);
}

void target_judge(const struct target *t, const struct period_value *values, size_t n,
                  int64_t as_of_day, struct judgement *out)
{
	if (out == NULL)
		return;
	*out = (struct judgement){ .status = TS_NO_DATA };
	if (t == NULL)
		return;
	int count = period_count(t->period);
	if (count == 0)
		return;
	if (values == NULL)
		n = 0;

	for (int p = 1; p <= count; p++)
		if (target_period_end_day(t->year, t->period, p) <= as_of_day)
			out->periods_elapsed = p;
	bool year_over = out->periods_elapsed == count;

	/* The figure so far.  Figures for periods outside the year, or not
	 * numbers, are ignored (target_value_check keeps them out). */
	double sum = 0, latest = 0;
	int last_no = 0;
	for (size_t i = 0; i < n; i++) {
		if (values[i].period_no < 1 || values[i].period_no > count
		    || !isfinite(values[i].value))
			continue;
		out->periods_reported++;
		sum += values[i].value;
		if (values[i].period_no >= last_no) {
			last_no = values[i].period_no;
			latest = values[i].value;
		}
	}
	if (out->periods_reported == 0)
		return;

	bool flow = is_flow(t->kind);
	out->has_value = true;
	out->value = flow ? sum : latest;
	out->attainment = attainment(t, out->value);

	out->has_forecast = true;
	if (year_over) {
		out->forecast = out->value;
	} else if (flow) {
		int basis = out->periods_elapsed > last_no ? out->periods_elapsed : last_no;
		out->forecast = sum * count / basis;
	} else {
		out->forecast = running_forecast(values, n, count, last_no, latest);
	}
	out->forecast_attainment = attainment(t, out->forecast);

	if (year_over) {
		out->status = meets(t, out->value) ? TS_ACHIEVED : TS_OFF_TRACK;
		return;
	}
	/* Amounts and counts only grow (values are never negative): once a
	 * "higher is better" sum meets the target it stays met, and once a
	 * "lower is better" sum has passed the target it cannot come back. */
	if (flow && t->direction == DIR_HIGHER && meets(t, out->value)) {
		out->status = TS_ACHIEVED;
		return;
	}
	if (flow && t->direction == DIR_LOWER && !meets(t, out->value)) {
		out->status = TS_OFF_TRACK;
		return;
	}
	if (out->forecast_attainment >= 100 - TARGET_EPS)
		out->status = TS_ON_TRACK;
	else if (out->forecast_attainment >= 90 - TARGET_EPS)
		out->status = TS_AT_RISK;
	else
		out->status = TS_OFF_TRACK;
}

/* ---- rollup ------------------------------------------------------------- */

/*
 * SUM: Σ v.  AVG: Σ v / n.  WAVG and SHARE: Σ v·w / Σ w over the children
 * whose weight is above zero (a ward with no neighbourhood groups adds
 * nothing to a share).  False when there is nothing to roll: no children,
 * ROLL_NONE, no weights where they are needed, all weights zero, or a value
 * or weight that is not a number.
 */
bool target_rollup_value(enum target_rollup r, const double *values, const double *weights,
                         size_t n, double *out)
{
	if (values == NULL || n == 0 || out == NULL)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isfinite(values[i]))
			return false;
	double s = 0, sw = 0;
	switch (r) {
	case ROLL_SUM:
	case ROLL_AVG:
		for (size_t i = 0; i < n; i++)
			s += values[i];
		*out = r == ROLL_SUM ? s : s / (double)n;
		return true;
	case ROLL_WAVG:
	case ROLL_SHARE:
		if (weights == NULL)
			return false;
		for (size_t i = 0; i < n; i++) {
			if (!isfinite(weights[i]))
				return false;
			if (weights[i] > 0) {
				s += values[i] * weights[i];
				sw += weights[i];
			}
		}
		if (sw <= 0)
			return false;
		*out = s / sw;
		return true;
	case ROLL_NONE:
		break;
	}
	return false;
}

/* ---- checks ------------------------------------------------------------- */

#define FAIL(f, d) \
	do { \
		if (field) \
			*field = (f); \
		if (detail) \
			*detail = (d); \
		return false; \
	} while (0)

static bool code_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n < 1 || n > 64)
		return false;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
		          || c == '.' || c == '_' || c == '-';
		if (!ok)
			return false;
	}
	return true;
}

static bool blank(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

static bool is_percent_kind(enum target_kind k)
{
	return k == TK_RATIO || k == TK_SHARE;
}

/* Whether rollup R makes sense for kind K: a sum of percentages means
 * nothing, and a share of units is a percentage of something. */
static bool rollup_fits(enum target_rollup r, enum target_kind k)
{
	switch (r) {
	case ROLL_NONE:
	case ROLL_AVG:
	case ROLL_WAVG:
		return true;
	case ROLL_SUM:
		return k == TK_AMOUNT || k == TK_COUNT || k == TK_REDUCTION;
	case ROLL_SHARE:
		return is_percent_kind(k);
	}
	return false;
}

bool target_check(const struct target *t, const char **field, const char **detail)
{
	if (t == NULL)
		FAIL("target", "No target was given.");
	if (!code_valid(t->code))
		FAIL("code", "The code must be 1 to 64 characters: letters A–Z, digits, '.', '_' or '-'.");
	if (blank(t->name))
		FAIL("name", "The target needs a name.");
	if (strlen(t->name) > 256)
		FAIL("name", "The name must not be longer than 256 bytes.");
	if (t->year < 2000 || t->year > 2100)
		FAIL("year", "The year must be between 2000 and 2100.");
	if ((unsigned)t->kind >= TK_COUNT_KINDS)
		FAIL("kind", "Unknown kind of target.");
	if (t->direction != DIR_HIGHER && t->direction != DIR_LOWER)
		FAIL("direction", "The direction must be 'higher' or 'lower'.");
	if ((unsigned)t->rollup > ROLL_SHARE)
		FAIL("rollup", "Unknown way of rolling up child targets.");
	if (period_count(t->period) == 0)
		FAIL("period", "Figures must be reported by month, quarter or year.");
	if (!isfinite(t->target_low))
		FAIL("target_low", "The target must be a number.");
	if (t->has_high && !isfinite(t->target_high))
		FAIL("target_high", "The high end of the range must be a number.");
	if (t->has_high && t->target_high < t->target_low)
		FAIL("target_high", "The high end of the range must not be below the low end.");
	if (t->kind == TK_RANGE && !t->has_high)
		FAIL("target_high", "A range target needs the high end of its range.");
	if (is_percent_kind(t->kind)) {
		if (t->target_low < 0 || t->target_low > 100)
			FAIL("target_low", "A ratio or share is a percentage: between 0 and 100.");
		if (t->has_high && t->target_high > 100)
			FAIL("target_high", "A ratio or share is a percentage: between 0 and 100.");
	}
	if (is_flow(t->kind) && !(t->target_low > 0))
		FAIL("target_low", "An amount or count target must be above zero.");
	if (t->has_baseline && !isfinite(t->baseline))
		FAIL("baseline", "Last year's figure must be a number.");
	if (!rollup_fits(t->rollup, t->kind))
		FAIL("rollup", t->rollup == ROLL_SUM
		                   ? "Only amounts, counts and reductions can be added up; use an average."
		                   : "A share of units rolls up only ratios and shares.");
	if (t->due_days < 0 || t->due_days > 60)
		FAIL("due_days", "Figures must be due 0 to 60 days after a period ends.");
	if (!isfinite(t->weight) || t->weight < 0)
		FAIL("weight", "The weight must be zero or more.");
	return true;
}

/* Whether a unit of measure names a percentage: "%", or nothing given. */
static bool unit_is_percent(const char *u)
{
	return blank(u) || strcmp(u, "%") == 0;
}

bool target_value_check(const struct target *t, int period_no, double value,
                        const char **field, const char **detail)
{
	if (t == NULL)
		FAIL("target", "No target was given.");
	if (period_no < 1 || period_no > period_count(t->period)) {
		switch (t->period) {
		case PERIOD_MONTH: FAIL("period_no", "The month must be 1 to 12.");
		case PERIOD_QUARTER: FAIL("period_no", "The quarter must be 1 to 4.");
		case PERIOD_YEAR: FAIL("period_no", "A yearly figure is for period 1.");
		}
		FAIL("period_no", "The target's reporting period is not known.");
	}
	if (!isfinite(value))
		FAIL("value", "The figure must be a number.");
	/* Beyond this no figure of a district is real, and doubles lose whole units. */
	if (fabs(value) >= 1e15)
		FAIL("value", "The figure is too large to be real.");
	switch (t->kind) {
	case TK_RATIO:
	case TK_SHARE:
		if (value < 0 || value > 100)
			FAIL("value", "A ratio or share is a percentage: between 0 and 100.");
		break;
	case TK_REDUCTION:
		/* A fall counted in households or cases is not a percentage. */
		if (!unit_is_percent(t->unit_of_measure))
			break;
		/* fall through */
	case TK_GROWTH_RATE:
	case TK_RANGE:
		if (value < -100 || value > 1000)
			FAIL("value", "A percentage change must lie between −100 and 1000.");
		break;
	case TK_AMOUNT:
	case TK_COUNT:
		if (value < 0)
			FAIL("value", "An amount or count cannot be negative.");
		if (t->kind == TK_COUNT && fabs(value - round(value)) >= 1e-9)
			FAIL("value", "A count must be a whole number.");
		break;
	case TK_COUNT_KINDS:
	default:
		FAIL("kind", "Unknown kind of target.");
	}
	return true;
}
