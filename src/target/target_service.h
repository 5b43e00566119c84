/*
 * target_service.h: defining targets and reporting figures.
 *
 * Both are authorised (policy_allows: PERM_SET_TARGETS on the owner unit,
 * PERM_REPORT on the reporting unit), checked, written and audited in one
 * transaction.  Reporting a figure for a period that already has one is a
 * correction: the new row supersedes the old, which stays in the history.
 */
#ifndef DIEUHANH_TARGET_SERVICE_H
#define DIEUHANH_TARGET_SERVICE_H

#include "target/target_store.h"   /* the filters its reads take */
#include <jansson.h>

#include "auth/auth.h"
#include "org/org_service.h"
#include "target/target.h"

typedef bool (*target_edit)(void *ctx, struct target *t, struct arena *a,
                            struct org_error *err);

/* ID 0 creates from a record with defaults (weight 1, due 5 days, monthly). */
enum org_result target_save(struct store *st, struct arena *a, const struct principal *who,
                            int64_t id, target_edit edit, void *ctx, struct target *out,
                            struct org_error *err);
enum org_result target_save_in(struct store *st, struct arena *a, const struct principal *who,
                               int64_t id, target_edit edit, void *ctx, struct target *out,
                               struct org_error *err);

/*
 * Records M (target_id, unit_id, period_no, value, note, evidence) on behalf
 * of WHO; fills id, reporter and supersedes_id.  *CORRECTED tells whether it
 * replaced an earlier figure.  Returns once the figure is durable: figures
 * reported together share one transaction and one commit, each in its own
 * savepoint (org_group_commit.h), so a month-end rush waits on the disk once
 * per batch instead of once per figure.
 */
enum org_result target_report(struct store *st, struct arena *a, const struct principal *who,
                              struct measurement *m, bool *corrected, struct org_error *err);

/*
 * target_report without waiting, for a request the HTTP server suspends:
 * queues the figure and returns; once it is committed or refused, on
 * another thread, sets T->result (and M's fields, T->corrected, T->err) and
 * calls T->done(T->ctx).  A, WHO, M and T must stay untouched until then.
 */
struct target_report_ticket {
	bool corrected;
	struct org_error err;
	enum org_result result;
	void (*done)(void *ctx);
	void *ctx;
};
void target_report_queued(struct store *st, struct arena *a, const struct principal *who,
                          struct measurement *m, struct target_report_ticket *t);
enum org_result target_report_in(struct store *st, struct arena *a,
                                 const struct principal *who, struct measurement *m,
                                 bool *corrected, struct org_error *err);

/*
 * May WHO see who reported T's figures, and the note and evidence beside
 * them?  PERM_READ_INTERNAL on T's owner unit (a login is half of a
 * credential, and notes are working papers; the public sees the reporting
 * unit only).  The one answer for GET /api/v1/targets/{id}(/figures) and
 * the target's page.
 */
bool target_figures_visible(struct store *st, struct arena *a, const struct principal *who,
                            const struct target *t);
/*
 * May WHO report T's figures?  PERM_REPORT on T's owner unit: what
 * target_report() checks inside its transaction, and what the target's
 * page asks before showing or accepting the report form.
 */
bool target_may_report(struct store *st, struct arena *a, const struct principal *who,
                       const struct target *t);

struct board;

/*
 * Loads every target of YEAR and their current figures and builds the board
 * as of AS_OF_DAY.  A store_status.
 */
int target_board_load(struct store *st, struct arena *a, int year, int64_t as_of_day,
                      struct board *out);
/*
 * The board of one target's family only (the target, its parent if it is a
 * breakdown target, and the breakdown): *ENTRY is target ID's entry.
 */
struct board_entry;
int target_family_load(struct store *st, struct arena *a, int64_t id, int64_t as_of_day,
                       struct board *out, const struct board_entry **entry);
/*
 * The year pages open on: the latest year up to this one whose targets
 * have figures, else the latest up to this one with targets, else this
 * year.  Years further ahead (plans, tests) are never the default.
 */
int target_default_year(struct store *st, struct arena *a, int *year);
/* Years that have targets, newest first (up to next year), for a year switcher. */
int target_year_list(struct store *st, struct arena *a, int **years, size_t *n);
/* Today (days since 1970-01-01) in Asia/Ho_Chi_Minh. */
int64_t target_today(void);
/* "YYYY-MM-DD" as days since 1970-01-01; false when not a date. */
bool target_parse_day(const char *s, int64_t *day);

json_t *target_json(const struct target *t);
json_t *measurement_json(const struct measurement *m);

/*
 * Who may read the history of a target (its owner unit's) or of a reported
 * figure (its unit's): the audit permission there. Registered in
 * target_module.c.
 */
bool target_audit_target_may_read(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t id);
/* The names history pages give a target ("HN — Giảm hộ nghèo") and a figure (its target's code). */
const char *target_audit_target_name(struct store *st, struct arena *a, int64_t id);
const char *target_audit_measurement_name(struct store *st, struct arena *a, int64_t id);
bool target_audit_measurement_may_read(struct store *st, struct arena *a,
                                       const struct principal *who, int64_t id);

/*
 * Reads for the handlers and pages, which never call the store themselves:
 * the store's answer (a store_status), results in A.  Public records, or
 * records the caller has already checked the reader may see.
 */
struct target_filter;
struct measurement_filter;
int target_get(struct store *st, int64_t id, struct arena *a, struct target *out);
int target_list(struct store *st, const struct target_filter *f, struct arena *a,
                struct target **out, size_t *n);
int target_revision(struct store *st, int64_t *rev);
/* The grain revisions (target_store.h): a year's board, a family's page, a year's families. */
int target_year_revision(struct store *st, int year, int64_t *rev);
int target_family_revision(struct store *st, int64_t family_id, int64_t *rev);
struct target_family_rev;
int target_family_revisions(struct store *st, int year, struct arena *a,
                            struct target_family_rev **out, size_t *n);
int target_measurement_current(struct store *st, const struct measurement_filter *f,
                               struct arena *a, struct measurement **out, size_t *n);
int target_measurement_history(struct store *st, int64_t target_id, int64_t unit_id,
                               struct arena *a, struct measurement **out, size_t *n);

/* The targets module's permissions (target_module.c). */
extern const struct permission target_perm_set_targets, target_perm_report;
/* Define the unit's targets and their breakdown. */
#define PERM_SET_TARGETS (&target_perm_set_targets)
/* Report the unit's figures against its targets. */
#define PERM_REPORT (&target_perm_report)

#endif
