/*
 * target.h: targets (chỉ tiêu) and their measurements (DOMAIN.md §2).
 *
 * A target is a number a unit commits to for a year: a growth rate (DV, CN:
 * ≥ 10 %), an amount (XDCB: 250 tỷ đồng), a count, a reduction (HN: 600
 * poor households fewer), a ratio (DT: > 70 % of cases solved), a share of
 * units (TDP: ≥ 80 % of neighbourhood groups self-managed) or a range (NS:
 * revenue +6 % to +8 % above the estimate).  A target may be broken down
 * into child targets, one per ward or department, that roll up to it.
 *
 * Measurements are reported per unit and period; a correction is a new row
 * that supersedes the earlier one, which stays in the history.
 */
#ifndef DIEUHANH_TARGET_H
#define DIEUHANH_TARGET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum target_kind {
	TK_GROWTH_RATE = 0, /* % change against last year; value = % so far */
	TK_AMOUNT,          /* money or quantity accumulated over the year */
	TK_COUNT,           /* things counted over the year */
	TK_REDUCTION,       /* how much a figure fell (value = size of the fall) */
	TK_RATIO,           /* a percentage of a whole (cases solved / cases) */
	TK_SHARE,           /* percentage of units meeting a standard */
	TK_RANGE,           /* a value aimed between target_low and target_high */
	TK_COUNT_KINDS
};

enum target_direction { DIR_HIGHER = 0, DIR_LOWER };
enum target_rollup { ROLL_NONE = 0, ROLL_SUM, ROLL_AVG, ROLL_WAVG, ROLL_SHARE };
enum period_kind { PERIOD_MONTH = 0, PERIOD_QUARTER, PERIOD_YEAR };

enum target_status {
	TS_NO_DATA = 0,
	TS_ACHIEVED,   /* the year is over (or the figure cannot change) and it is met */
	TS_ON_TRACK,   /* forecast meets the target */
	TS_AT_RISK,    /* forecast within 10 % of the target */
	TS_OFF_TRACK,  /* forecast further off, or the year ended without meeting it */
};

/* Names as stored and as spelled in the API ("growth_rate", "on_track", ...). */
const char *target_kind_name(enum target_kind k);
int target_kind_parse(const char *s);          /* -1 when unknown */
const char *target_rollup_name(enum target_rollup r);
int target_rollup_parse(const char *s);
const char *period_kind_name(enum period_kind p);
int period_kind_parse(const char *s);
const char *target_status_name(enum target_status s);

/* Periods in a year: 12, 4 or 1. */
int period_count(enum period_kind p);

struct target {
	int64_t id;
	const char *code;           /* "DV", "HN.Q9.HIEPPHU" */
	const char *name;
	const char *description;
	int year;
	enum target_kind kind;
	const char *unit_of_measure; /* "%", "tỷ đồng", "hộ", "vụ" */
	enum target_direction direction;
	double target_low;          /* the target, or the low end of a range */
	double target_high;         /* the high end of a range */
	bool has_high;
	double baseline;            /* last year's figure, where known */
	bool has_baseline;
	int64_t owner_unit_id;      /* the unit that must deliver */
	int64_t leader_person_id;   /* lãnh đạo phụ trách chỉ đạo chính; 0: none */
	int64_t parent_id;          /* the target this one breaks down; 0: none */
	enum target_rollup rollup;  /* how children roll up into this target */
	double weight;              /* weight in the parent's weighted average */
	enum period_kind period;    /* how often figures are reported */
	int due_days;               /* figures are due this many days after a period ends */
};

struct measurement {
	int64_t id;
	int64_t target_id;
	int64_t unit_id;
	int period_no;              /* 1..12, 1..4 or 1, in the target's period kind */
	double value;
	const char *note;
	const char *evidence;       /* a file name or reference; NULL: none */
	int64_t reporter_id;        /* account id */
	const char *reporter;       /* login */
	int64_t reported_at;        /* unix seconds */
	int64_t supersedes_id;      /* the measurement this one corrects; 0: none */
};

/* ---- judgement (target_judge.c: pure, no storage) ----------------------- */

/* One period's current figure, as the judge reads it. */
struct period_value {
	int period_no;
	double value;
};

struct judgement {
	enum target_status status;
	bool has_value;
	double value;               /* the figure so far: sum (amounts, counts) or latest */
	double attainment;          /* % of the target reached by VALUE */
	bool has_forecast;
	double forecast;            /* year-end forecast from the reported trend */
	double forecast_attainment; /* % of the target the forecast reaches */
	int periods_reported;
	int periods_elapsed;        /* periods ended by the as-of date */
};

/*
 * Judges T from its current figures VALUES (one per period, in any order,
 * no duplicates) as of the date AS_OF (days since 1970-01-01, UTC+7): the
 * periods elapsed are those that ended on or before AS_OF.  The rules are
 * written in docs/TARGETS.md.
 */
void target_judge(const struct target *t, const struct period_value *values, size_t n,
                  int64_t as_of_day, struct judgement *out);

/*
 * Rolls up the children's figures into the parent's, for one period:
 * VALUES[i] with WEIGHTS[i] (for ROLL_WAVG; also ROLL_SHARE, where the
 * value is a percentage of WEIGHTS[i] units).  False when nothing to roll.
 */
bool target_rollup_value(enum target_rollup r, const double *values, const double *weights,
                         size_t n, double *out);

/* The day a period's figures are due: the period's last day + due_days. */
int64_t target_due_day(const struct target *t, int period_no);
/* Days since 1970-01-01 of a calendar date; and of the last day of PERIOD_NO. */
int64_t target_day(int year, int month, int day);
int64_t target_period_end_day(int year, enum period_kind p, int period_no);

/*
 * Checks a target definition (kind/value coherence, year, range order,
 * rollup only with sense).  False with FIELD and DETAIL set.
 */
bool target_check(const struct target *t, const char **field, const char **detail);
/*
 * Checks a reported value for T: a percentage kind must lie in a plausible
 * range (ratio and share 0–100; growth and range −100–1000), counts and
 * amounts not negative, a count whole; the period within the year.
 */
bool target_value_check(const struct target *t, int period_no, double value,
                        const char **field, const char **detail);

#endif
