/*
 * target_pages.h: what the target pages share (target_pages.c): number,
 * date and status formatting, unit names, the year/as-of query, the charts
 * of one target, and the one-target page that the report form re-renders.
 * Private to src/target/.
 */
#ifndef DIEUHANH_TARGET_PAGES_H
#define DIEUHANH_TARGET_PAGES_H

#include "target/target_board.h"
#include "target/target_service.h"
#include "web/web.h"

struct unit_names {
	struct org_unit *u;
	size_t n;
	const struct org_unit **by_id; /* U sorted by id, for tpage_unit_find */
};

struct board_query {
	const char *year_text, *as_of_text;   /* as typed */
	int year;
	int64_t as_of;
};

/* The report form's fields as typed. */
struct report_form {
	const char *period, *value, *note, *evidence;
};

/* The statuses in the order the board counts them. */
enum { TPAGE_STATUSES = 5 };
extern const enum target_status tpage_status_order[TPAGE_STATUSES];

const char *tpage_as_of_suffix(struct http_request *req, char sep);
const char *tpage_fmt_num(struct http_request *req, double v);
const char *tpage_fmt_value(struct http_request *req, const struct target *t, double v);
const char *tpage_fmt_pct(struct http_request *req, double v);
const char *tpage_fmt_target(struct http_request *req, const struct target *t);
const char *tpage_fmt_day(struct http_request *req, int64_t day);
const char *tpage_iso_day(struct http_request *req, int64_t day);
/* A date typed as 30/09/2019 (or 2019-09-30) as days since 1970-01-01; false when not a date. */
bool tpage_parse_day(const char *s, int64_t *day);
void tpage_status_badge(struct http_request *req, struct html *h, enum target_status s);
/* E's status badge: "Missed" for off track once the year is over. */
void tpage_entry_badge(struct http_request *req, struct html *h, const struct board_entry *e);
bool tpage_year_over(const struct board_entry *e);
/* E's status as its shape and colour only, the words for screen readers (a grid cell). */
void tpage_entry_mark(struct http_request *req, struct html *h, const struct board_entry *e);
const char *tpage_status_label(struct http_request *req, enum target_status s, bool year_over);
/* 0 for the worst status (off track) up to 4 (achieved). */
int tpage_severity(enum target_status s);
/* qsort comparator of const struct board_entry *: worst first. */
int tpage_entry_cmp(const void *a, const void *b);
/* A forecast rounded as its unit is counted, shares capped at 100 %. */
const char *tpage_fmt_forecast(struct http_request *req, const struct target *t, double v);
/* Why E has its status, one line ("forecast 73 % of the target < 90 %"). */
const char *tpage_reason(struct http_request *req, const struct board_entry *e);
/* The wards behind on E (off track or at risk), worst first, as links; "none" when none. */
void tpage_lagging_units(struct http_request *req, struct html *h, const struct board_entry *e,
                         const struct unit_names *un);
/* One row a target (ROWS in the order given) with status, reason, figure, forecast, wards behind. */
void tpage_summary_table(struct http_request *req, struct html *h,
                         const struct board_entry *const *rows, size_t n,
                         const struct unit_names *un, const char *caption, bool caption_shown);
/* FORM_NUM_* flags for a figure of T (target_pages_report.c), and the field's hint. */
unsigned tpage_figure_flags(const struct target *t);
const char *tpage_figure_hint(struct http_request *req, const struct target *t);
/* The signed-in reader's targets on the home page (target_pages_home.c). */
void tpage_home(struct http_request *req, struct html *h);
/* The targets unit UNIT owns, on its unit page (struct module .unit_page). */
void tpage_unit_section(struct http_request *req, struct html *h, int64_t unit);
const char *tpage_kind_label(struct http_request *req, enum target_kind k);
const char *tpage_period_kind_label(struct http_request *req, enum period_kind p);
const char *tpage_period_label(struct http_request *req, const struct target *t, int no);
/* Every unit's name, for labels; false when they cannot be read (answer 5xx, cache nothing). */
bool tpage_units_load(struct http_request *req, struct unit_names *un);
const char *tpage_unit_name(const struct unit_names *un, int64_t id);
/* Unit ID of UN, NULL when it is not there (a binary search: pages look up thousands). */
const struct org_unit *tpage_unit_find(const struct unit_names *un, int64_t id);
void tpage_board_query_read(struct http_request *req, struct board_query *q,
                            struct form_errors *e);
void tpage_board_query_form(struct http_request *req, struct html *h, const char *action,
                            const struct board_query *q, struct form_errors *e);
void tpage_entry_bullet(struct http_request *req, struct html *h, const struct board_entry *e,
                        const char *id, const char *size_class, const char *title);
void tpage_bullet_table(struct http_request *req, struct html *h, const struct board_entry *e);
void tpage_entry_trend(struct http_request *req, struct html *h, const struct board_entry *e,
                       const char *id, const char *size_class, bool table_open);
void tpage_entry_multiples(struct http_request *req, struct html *h, const struct board_entry *e,
                           const struct unit_names *un);
void tpage_target_render(struct http_request *req, const struct target *t,
                         const struct report_form *f, struct form_errors *e,
                         unsigned int status);
bool tpage_target_of_path(struct http_request *req, struct target *t);

#endif
