/*
 * calendar.c: civil dates, the Labour Code's year, and counting working
 * days.  See calendar.h for the rules and why the calendar is data.
 */
#include "calendar/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Days from 1970-01-01 to Y-M-D, proleptic Gregorian (era-based, exact). */
static cal_day days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	const int era = (y >= 0 ? y : y - 399) / 400;
	const int yoe = y - era * 400;
	const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (cal_day)(era * 146097 + doe - 719468);
}

static bool leap_year(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && leap_year(y) ? 29 : dim[m - 1];
}

int cal_days_in_month(int y, int m)
{
	return m >= 1 && m <= 12 ? days_in_month(y, m) : 0;
}

const char *cal_reason_name(enum cal_reason r)
{
	static const char *const names[CAL_REASON_COUNT] = {
		[CAL_REASON_WORKING] = "working", [CAL_REASON_WEEKEND] = "weekend",
		[CAL_REASON_NEW_YEAR] = "new_year", [CAL_REASON_TET] = "tet",
		[CAL_REASON_HUNG_KINGS] = "hung_kings", [CAL_REASON_APRIL_MAY] = "april_may",
		[CAL_REASON_NATIONAL_DAY] = "national_day",
		[CAL_REASON_COMPENSATORY] = "compensatory", [CAL_REASON_SWAP] = "swap",
		[CAL_REASON_EDITED] = "edited",
	};
	return (unsigned)r < CAL_REASON_COUNT ? names[r] : "working";
}

bool cal_from_ymd(int y, int m, int d, cal_day *out)
{
	if (y < CAL_MIN_YEAR || y > CAL_MAX_YEAR || m < 1 || m > 12 || d < 1
	    || d > days_in_month(y, m))
		return false;
	*out = days_from_civil(y, m, d);
	return true;
}

void cal_to_ymd(cal_day day, int *y, int *m, int *d)
{
	int z = day + 719468;
	const int era = (z >= 0 ? z : z - 146096) / 146097;
	const int doe = z - era * 146097;
	const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int cal_weekday(cal_day day)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	int w = (int)((day + 3) % 7);
	return w < 0 ? w + 7 : w;
}

bool cal_parse_iso(const char *s, cal_day *out)
{
	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	return cal_from_ymd(y, m, d, out);
}

void cal_format_iso(cal_day day, char buf[11])
{
	int y, m, d;
	cal_to_ymd(day, &y, &m, &d);
	/* Years are 1900–2199 here; digits by hand keep the width exact. */
	const int parts[3][2] = { { y, 4 }, { m, 2 }, { d, 2 } };
	char *p = buf;
	for (int i = 0; i < 3; i++) {
		if (i)
			*p++ = '-';
		for (int k = parts[i][1] - 1, v = parts[i][0]; k >= 0; k--, v /= 10)
			p[k] = (char)('0' + v % 10);
		p += parts[i][1];
	}
	*p = '\0';
}

static bool weekend(cal_day day)
{
	return cal_weekday(day) >= 5;
}

static bool contains(const cal_day *v, size_t n, cal_day day)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == day)
			return true;
	return false;
}

static void add_day_off(struct cal_year *y, cal_day day, enum cal_reason why)
{
	if (y->n_days_off < CAL_MAX_DAYS_OFF && !contains(y->days_off, y->n_days_off, day)) {
		y->off_reason[y->n_days_off] = (unsigned char)why;
		y->days_off[y->n_days_off++] = day;
	}
}

/* Sorts the days off, their reasons with them (a few dozen: insertion sort). */
static void sort_days_off(struct cal_year *y)
{
	for (size_t i = 1; i < y->n_days_off; i++)
		for (size_t k = i; k > 0 && y->days_off[k - 1] > y->days_off[k]; k--) {
			cal_day d = y->days_off[k];
			unsigned char r = y->off_reason[k];
			y->days_off[k] = y->days_off[k - 1];
			y->off_reason[k] = y->off_reason[k - 1];
			y->days_off[k - 1] = d;
			y->off_reason[k - 1] = r;
		}
}

/* ---- the Labour Code's year ------------------------------------------- */

/*
 * Labour Code 2019 Art. 112 gives 2/9 "and one day next to it, before or
 * after".  The Government picks the one that joins a weekend; failing
 * that, the day before.
 */
static cal_day national_day_neighbour(int year)
{
	cal_day before, after;
	(void)cal_from_ymd(year, 9, 1, &before);
	(void)cal_from_ymd(year, 9, 3, &after);
	int wa = cal_weekday(after), wb = cal_weekday(before);
	if (wa == 0 || wa == 4)
		return after;
	if (wb == 0 || wb == 4)
		return before;
	return wb < 5 ? before : after;
}

static void law_year_compute(int year, struct cal_year *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	out->source = CAL_LAW_ONLY;
	out->computed = true;
	cal_day d;
	if (cal_from_ymd(year, 1, 1, &d))
		add_day_off(out, d, CAL_REASON_NEW_YEAR);
	/* Tết: the last day of the old lunar year and the first four of the new. */
	cal_day tet = cal_tet(year);
	for (int i = -1; i <= 3; i++)
		add_day_off(out, tet + i, CAL_REASON_TET);
	if (cal_lunar_to_solar(10, 3, year, &d))
		add_day_off(out, d, CAL_REASON_HUNG_KINGS);
	if (cal_from_ymd(year, 4, 30, &d))
		add_day_off(out, d, CAL_REASON_APRIL_MAY);
	if (cal_from_ymd(year, 5, 1, &d))
		add_day_off(out, d, CAL_REASON_APRIL_MAY);
	if (cal_from_ymd(year, 9, 2, &d))
		add_day_off(out, d, CAL_REASON_NATIONAL_DAY);
	add_day_off(out, national_day_neighbour(year), CAL_REASON_NATIONAL_DAY);
	sort_days_off(out);
	/*
	 * Art. 111: a holiday on a weekly day off is compensated on the next
	 * working day.  In order, so two weekend holidays take two days.
	 */
	size_t n = out->n_days_off;
	cal_day holidays[CAL_MAX_DAYS_OFF];
	memcpy(holidays, out->days_off, n * sizeof holidays[0]);
	for (size_t i = 0; i < n; i++) {
		if (!weekend(holidays[i]))
			continue;
		cal_day c = holidays[i] + 1;
		while (weekend(c) || contains(out->days_off, out->n_days_off, c))
			c++;
		add_day_off(out, c, CAL_REASON_COMPENSATORY);
	}
	sort_days_off(out);
}

/*
 * The law's year depends on the year alone, and costs a few dozen
 * trigonometric series: an import of 10,000 tasks due in an unpublished
 * year would compute it for each (cal_deadline looks at the year after
 * too).  A few years remembered per thread.
 */
enum { LAW_MEMO = 4 };
static _Thread_local struct {
	bool have;
	struct cal_year t;
} law_memo[LAW_MEMO];

void cal_law_year(int year, struct cal_year *out)
{
	unsigned slot = (unsigned)year % LAW_MEMO;
	if (!law_memo[slot].have || law_memo[slot].t.year != year) {
		law_year_compute(year, &law_memo[slot].t);
		law_memo[slot].have = true;
	}
	*out = law_memo[slot].t;
}

/* ---- looking days up ---------------------------------------------------- */

/*
 * The tables of the years a lookup needs, computed once per count: the
 * law's year costs a few dozen trigonometric series, and a count of 3,650
 * working days would otherwise compute it for every day.
 */
struct year_cache {
	const struct calendar *c;
	int year;                  /* the year in T[0]; T[1] is the year after */
	struct cal_year t[2];
	bool have;
};

void cal_year_table(const struct calendar *c, int year, struct cal_year *out)
{
	for (size_t i = 0; c && i < c->n_years; i++)
		if (c->years[i].year == year) {
			*out = c->years[i];
			return;
		}
	if (!cal_published_year(year, out))
		cal_law_year(year, out);
}

enum cal_source cal_year_source(const struct calendar *c, int year)
{
	struct cal_year t;
	cal_year_table(c, year, &t);
	return t.source;
}

/* The edit of DAY in T (T's own civil year), or NULL. */
static const struct cal_edit *edit_of(const struct cal_year *t, cal_day day)
{
	for (size_t i = 0; i < t->n_edits; i++)
		if (t->edits[i].day == day)
			return &t->edits[i];
	return NULL;
}

static void describe_cached(struct year_cache *yc, cal_day day, struct cal_day_info *out)
{
	int y, m, d;
	cal_to_ymd(day, &y, &m, &d);
	if (!yc->have || yc->year != y) {
		cal_year_table(yc->c, y, &yc->t[0]);
		/* Next year's table may start in this year's last days (29/12…). */
		cal_year_table(yc->c, y + 1, &yc->t[1]);
		yc->year = y;
		yc->have = true;
	}
	*out = (struct cal_day_info){ .working = true, .reason = CAL_REASON_WORKING };
	const struct cal_edit *e = edit_of(&yc->t[0], day);
	if (e) {
		*out = (struct cal_day_info){ .working = e->working, .reason = CAL_REASON_EDITED,
		                              .edited = true, .note = e->note };
		return;
	}
	for (int i = 0; i < 2; i++)
		if (contains(yc->t[i].saturdays_worked, yc->t[i].n_saturdays_worked, day)) {
			out->reason = CAL_REASON_SWAP;
			return;
		}
	if (weekend(day)) {
		*out = (struct cal_day_info){ .working = false, .reason = CAL_REASON_WEEKEND };
		return;
	}
	for (int i = 0; i < 2; i++)
		for (size_t k = 0; k < yc->t[i].n_days_off; k++)
			if (yc->t[i].days_off[k] == day) {
				out->working = false;
				out->reason = (enum cal_reason)yc->t[i].off_reason[k];
				return;
			}
}

static bool working_day_cached(struct year_cache *yc, cal_day day)
{
	struct cal_day_info info;
	describe_cached(yc, day, &info);
	return info.working;
}

bool cal_is_working_day(const struct calendar *c, cal_day day)
{
	struct year_cache yc = { .c = c };
	return working_day_cached(&yc, day);
}

void cal_day_describe(const struct calendar *c, cal_day day, struct cal_day_info *out)
{
	struct year_cache yc = { .c = c };
	describe_cached(&yc, day, out);
}

static bool in_range(cal_day day)
{
	int y, m, d;
	cal_to_ymd(day, &y, &m, &d);
	return y >= CAL_MIN_YEAR && y <= CAL_MAX_YEAR;
}

bool cal_deadline(const struct calendar *c, cal_day from, int n, cal_day *out)
{
	if (n < 0 || n > CAL_MAX_WORKING_DAYS || !in_range(from))
		return false;
	struct year_cache yc = { .c = c };
	cal_day d = from;
	if (n == 0) {
		/* Art. 148: a deadline on a day off moves to the next working day. */
		while (!working_day_cached(&yc, d)) {
			d++;
			if (!in_range(d))
				return false;
		}
		*out = d;
		return true;
	}
	/* Art. 147: counting starts the day after FROM. */
	for (int counted = 0; counted < n;) {
		d++;
		if (!in_range(d))
			return false;
		if (working_day_cached(&yc, d))
			counted++;
	}
	*out = d;
	return true;
}

long cal_working_days(const struct calendar *c, cal_day from, cal_day to)
{
	if (to < from)
		return -cal_working_days(c, to, from);
	struct year_cache yc = { .c = c };
	long n = 0;
	for (cal_day d = from + 1; d <= to; d++)
		if (working_day_cached(&yc, d))
			n++;
	return n;
}

void cal_describe_range(const struct calendar *c, cal_day from, cal_day to,
                        struct cal_day_info *out)
{
	struct year_cache yc = { .c = c };
	for (cal_day d = from; d <= to; d++)
		describe_cached(&yc, d, &out[d - from]);
}
