/*
 * portal_pages.h: the transparency pages' sections on tasks and on
 * citizens' feedback (portal_pages_work.c), shown by the pages in
 * portal_pages_transparency.c.  Aggregates only: a count never brings a task's
 * title, a person or a citizen's report with it.
 */
#ifndef DIEUHANH_PORTAL_PAGES_H
#define DIEUHANH_PORTAL_PAGES_H

#include <stdbool.h>
#include <stdint.h>

#include "http/request.h"
#include "org/org.h"
#include "http/html.h"

/*
 * The rows of a dashboard: every district, ward and commune (ONLY 0) or the
 * one unit ONLY, each standing for itself and every unit below it; ALL holds
 * every unit, for the parent links.
 */
struct tr_units {
	struct org_unit *all;
	size_t nall;
	const struct org_unit **rows;
	size_t nrows;
	int64_t only;
};

/*
 * The legend of a stacked bar chart: N entries, each the status class
 * CLASSES[i] ("achieved", "on_track"...: the segment's colour) and the
 * English LABELS[i] (translated here).
 */
void tr_legend(struct http_request *req, struct html *h, const char *const *classes,
               const char *const *labels, size_t n);

/* False after replying (404 for an unknown unit, 500 on a store failure). */
bool tr_units_load(struct http_request *req, int64_t only, struct tr_units *out);

/*
 * The tasks due in YEAR (0: the latest year up to this one with tasks) by
 * row: completed on time, completed late, in progress, overdue; and the
 * feedback received in YEAR (0 likewise): answered, answered on time, open
 * past the deadline.  Each a section with a chart, its table and the
 * download link; nothing when the year has none.
 */
void tr_tasks_section(struct http_request *req, struct html *h, const struct tr_units *u,
                      int year);
void tr_feedback_section(struct http_request *req, struct html *h, const struct tr_units *u,
                         int year);

#endif
