/*
 * calendar_published.c: the days off and Saturdays worked that the
 * Government announced for civil servants, 2019–2026 (Government Office
 * and ministry announcements, as gathered in the project's HOLIDAYS.md).
 *
 * These are the defaults shipped with the program; an administrator's
 * edited table of a year takes their place.  Ranges include both ends and
 * may include weekend days (harmless: those are off anyway) and days of the
 * year before (29/12…).  "bù" = compensatory day; a swap gives a weekday
 * off for a Saturday worked.
 */
#include "calendar/calendar.h"

#include <stdio.h>
#include <string.h>

struct published {
	int year;
	const char *days_off;         /* "YYYY-MM-DD..YYYY-MM-DD=why" or "YYYY-MM-DD=why", space-separated */
	const char *saturdays_worked;
};

static const struct published published[] = {
	{ 2019, "2018-12-29..2019-01-01=new_year 2019-02-02..2019-02-10=tet "
	        "2019-04-13..2019-04-15=hung_kings 2019-04-27..2019-05-01=april_may "
	        "2019-08-31..2019-09-02=national_day",
	  /* 05/01 for Mon 31/12/2018; 04/05 for Mon 29/4 */
	  "2019-01-05 2019-05-04" },
	{ 2020, "2020-01-01=new_year 2020-01-23..2020-01-29=tet 2020-04-02=hung_kings "
	        "2020-04-30..2020-05-03=april_may 2020-09-02=national_day",
	  "" },
	{ 2021, "2021-01-01..2021-01-03=new_year 2021-02-10..2021-02-16=tet "
	        "2021-04-21=hung_kings 2021-04-30..2021-05-03=april_may "
	        "2021-09-02..2021-09-05=national_day",
	  "" },
	{ 2022, "2022-01-01..2022-01-03=new_year 2022-01-29..2022-02-06=tet "
	        "2022-04-09..2022-04-11=hung_kings 2022-04-30..2022-05-03=april_may "
	        "2022-09-01..2022-09-04=national_day",
	  "" },
	/* Hùng Kings on Sat 29/4: bù Tue 2/5 and Wed 3/5. */
	{ 2023, "2022-12-31..2023-01-02=new_year 2023-01-20..2023-01-26=tet "
	        "2023-04-29..2023-05-03=april_may 2023-09-01..2023-09-04=national_day",
	  "" },
	{ 2024, "2023-12-30..2024-01-01=new_year 2024-02-08..2024-02-14=tet "
	        "2024-04-18=hung_kings 2024-04-27..2024-05-01=april_may "
	        "2024-08-31..2024-09-03=national_day",
	  "2024-05-04" },
	{ 2025, "2025-01-01=new_year 2025-01-25..2025-02-02=tet 2025-04-05..2025-04-07=hung_kings "
	        "2025-04-30..2025-05-04=april_may 2025-08-30..2025-09-02=national_day",
	  "2025-04-26" },
	/* Hùng Kings on Sun 26/4: bù Mon 27/4; 10/01 worked for Fri 2/1, 22/08 for Mon 31/8. */
	{ 2026, "2026-01-01..2026-01-04=new_year 2026-02-14..2026-02-22=tet "
	        "2026-04-25..2026-04-27=hung_kings 2026-04-30..2026-05-03=april_may "
	        "2026-08-29..2026-09-02=national_day",
	  "2026-01-10 2026-08-22" },
	/*
	 * 2027 is not announced yet (HOLIDAYS.md): it is the law's year
	 * (cal_law_year), shown as not confirmed until an administrator
	 * confirms or corrects it.
	 */
};

/* The reason a "=why" tag names; CAL_REASON_WORKING when none or unknown. */
static enum cal_reason tag_reason(const char *tag, size_t len)
{
	for (int r = CAL_REASON_NEW_YEAR; r < CAL_REASON_COUNT; r++) {
		const char *name = cal_reason_name((enum cal_reason)r);
		if (strlen(name) == len && memcmp(name, tag, len) == 0)
			return (enum cal_reason)r;
	}
	return CAL_REASON_WORKING;
}

/*
 * Adds the days of LIST ("A..B" ranges and single dates, each with an
 * optional "=why") to V, their reasons to WHY (when not NULL); false on a
 * malformed entry.
 */
static bool read_days(const char *list, cal_day *v, unsigned char *why, size_t *n, size_t cap,
                      bool weekdays_only)
{
	char from[11], to[11];
	const char *p = list;
	while (*p) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		size_t item = strcspn(p, " ");
		size_t len = strcspn(p, " =");
		enum cal_reason reason = CAL_REASON_SWAP;
		if (len < item) {
			reason = tag_reason(p + len + 1, item - len - 1);
			if (reason == CAL_REASON_WORKING)
				return false;
		}
		cal_day a, b;
		if (len == 10) {
			memcpy(from, p, 10);
			from[10] = '\0';
			if (!cal_parse_iso(from, &a))
				return false;
			b = a;
		} else if (len == 22 && p[10] == '.' && p[11] == '.') {
			memcpy(from, p, 10);
			from[10] = '\0';
			memcpy(to, p + 12, 10);
			to[10] = '\0';
			if (!cal_parse_iso(from, &a) || !cal_parse_iso(to, &b) || b < a)
				return false;
		} else {
			return false;
		}
		for (cal_day d = a; d <= b; d++) {
			if (weekdays_only && cal_weekday(d) >= 5)
				continue;
			if (*n == cap)
				return false;
			if (why)
				why[*n] = (unsigned char)reason;
			v[(*n)++] = d;
		}
		p += item;
	}
	return true;
}

static bool published_read(int year, struct cal_year *out)
{
	for (size_t i = 0; i < sizeof published / sizeof published[0]; i++) {
		if (published[i].year != year)
			continue;
		memset(out, 0, sizeof *out);
		out->year = year;
		out->source = CAL_PUBLISHED;
		/* The table is ours and checked by the unit tests: a malformed row is a bug. */
		if (!read_days(published[i].days_off, out->days_off, out->off_reason,
		               &out->n_days_off, CAL_MAX_DAYS_OFF, true)
		    || !read_days(published[i].saturdays_worked, out->saturdays_worked, NULL,
		                  &out->n_saturdays_worked, CAL_MAX_SATURDAYS, false)) {
			fprintf(stderr, "calendar: the shipped table of %d is malformed\n", year);
			return false;
		}
		return true;
	}
	return false;
}

/*
 * The tables are text, parsed on reading: every working-day count reads
 * a year or two (a list's days late, each import row's deadline).  The
 * last years read are remembered per thread; a year not published is
 * remembered as such.
 */
enum { PUBLISHED_MEMO = 4 };
static _Thread_local struct {
	bool have, found;
	struct cal_year t;
} published_memo[PUBLISHED_MEMO];

bool cal_published_year(int year, struct cal_year *out)
{
	unsigned slot = (unsigned)year % PUBLISHED_MEMO;
	if (!published_memo[slot].have || published_memo[slot].t.year != year) {
		published_memo[slot].found = published_read(year, &published_memo[slot].t);
		published_memo[slot].t.year = year;
		published_memo[slot].have = true;
	}
	if (published_memo[slot].found)
		*out = published_memo[slot].t;
	return published_memo[slot].found;
}
