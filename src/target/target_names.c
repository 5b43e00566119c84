/*
 * target_names.c: the names of target kinds, rollups, period kinds and
 * statuses, as stored in the database and spelled in the API.
 */
#include "target/target.h"

#include <string.h>

static const char *const kind_names[TK_COUNT_KINDS] = {
	[TK_GROWTH_RATE] = "growth_rate",
	[TK_AMOUNT] = "amount",
	[TK_COUNT] = "count",
	[TK_REDUCTION] = "reduction",
	[TK_RATIO] = "ratio",
	[TK_SHARE] = "share",
	[TK_RANGE] = "range",
};

static const char *const rollup_names[] = {
	[ROLL_NONE] = "none",
	[ROLL_SUM] = "sum",
	[ROLL_AVG] = "avg",
	[ROLL_WAVG] = "wavg",
	[ROLL_SHARE] = "share",
};

static const char *const period_names[] = {
	[PERIOD_MONTH] = "month",
	[PERIOD_QUARTER] = "quarter",
	[PERIOD_YEAR] = "year",
};

static const char *const status_names[] = {
	[TS_NO_DATA] = "no_data",
	[TS_ACHIEVED] = "achieved",
	[TS_ON_TRACK] = "on_track",
	[TS_AT_RISK] = "at_risk",
	[TS_OFF_TRACK] = "off_track",
};

#define COUNT_OF(a) (sizeof(a) / sizeof *(a))

/* Index of S in NAMES, or -1; NULL matches nothing. */
static int find_name(const char *const *names, size_t n, const char *s)
{
	if (s == NULL)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], s) == 0)
			return (int)i;
	return -1;
}

const char *target_kind_name(enum target_kind k)
{
	return (unsigned)k < COUNT_OF(kind_names) ? kind_names[k] : "unknown";
}

int target_kind_parse(const char *s)
{
	return find_name(kind_names, COUNT_OF(kind_names), s);
}

const char *target_rollup_name(enum target_rollup r)
{
	return (unsigned)r < COUNT_OF(rollup_names) ? rollup_names[r] : "unknown";
}

int target_rollup_parse(const char *s)
{
	return find_name(rollup_names, COUNT_OF(rollup_names), s);
}

const char *period_kind_name(enum period_kind p)
{
	return (unsigned)p < COUNT_OF(period_names) ? period_names[p] : "unknown";
}

int period_kind_parse(const char *s)
{
	return find_name(period_names, COUNT_OF(period_names), s);
}

const char *target_status_name(enum target_status s)
{
	return (unsigned)s < COUNT_OF(status_names) ? status_names[s] : "unknown";
}

int period_count(enum period_kind p)
{
	switch (p) {
	case PERIOD_MONTH: return 12;
	case PERIOD_QUARTER: return 4;
	case PERIOD_YEAR: return 1;
	}
	return 0;
}
