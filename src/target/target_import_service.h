/*
 * target_import_service.h: figures imported from a sheet, in two steps so
 * that the slow part holds no lock (issue 7: a 9 s import used to hold the
 * write lock, and so every other write, for 9 s).
 *
 * 1. target_import_check() reads a snapshot (the year's targets, all units,
 *    the current figures and the two revision counters) outside any write
 *    transaction, loads each into a sorted array once, and checks every row
 *    in memory: the cost is a few queries per file, not per row.
 * 2. target_import_write() then writes all rows in one short transaction.
 *    It re-checks only what can have changed: when neither revision counter
 *    moved, nothing did; otherwise it reloads the targets and units and
 *    re-checks every row, and answers ORG_CONFLICT (409) naming the first
 *    row that no longer fits rather than writing part of the file.
 */
#ifndef DIEUHANH_TARGET_IMPORT_SERVICE_H
#define DIEUHANH_TARGET_IMPORT_SERVICE_H

#include "auth/auth.h"
#include "org/org_service.h"
#include "target/target_io.h"

struct import_plan;

/*
 * Checks ROWS (N of them, all of YEAR) for WHO: the target exists in the
 * year, the unit exists and owns it, the period and value suit it, WHO may
 * report for the unit.  Each problem goes to ISSUES.  ORG_OK with *PLAN when
 * there is none, ORG_INVALID when there are, ORG_BUSY / ORG_FAILED when
 * storage failed.
 */
enum org_result target_import_check(struct store *st, struct arena *a,
                                    const struct principal *who, int year,
                                    const struct import_row *rows, size_t n,
                                    struct io_issues *issues, struct import_plan **plan);

/*
 * Reports every row of PLAN in one transaction, each audited.  ORG_CONFLICT
 * with *DETAIL when a target or unit changed since the check so that a row
 * no longer fits (nothing is written).
 */
enum org_result target_import_write(struct store *st, struct arena *a,
                                    const struct principal *who, struct import_plan *plan,
                                    int *imported, int *corrected, const char **detail);

#endif
