/*
 * task_import.h: onboarding from spreadsheets — people (with their
 * external reference) and tasks (naming people by reference), from CSV or
 * the first sheet of an xlsx workbook, with the columns of
 * people-13-wards.csv (ref, unit_code, full_name, title) and tasks-10k.csv
 * (ref, unit_code, title, assignee, leader, status, start_date, due_date,
 * completed_on, progress).
 *
 * All or nothing: every row is checked first and every problem named by
 * row and column; only a file without a problem is written, in one
 * transaction, with one audit entry per record.  Tasks go in with the bulk
 * insert (one statement on PostgreSQL).  People whose reference exists are
 * updated, so importing the same file twice changes nothing; a task whose
 * reference exists is a problem of its row.
 *
 * Permission: PERM_IMPORT_TASKS (administrators) on every unit the file
 * names; the command line runs as the system.
 */
#ifndef DIEUHANH_TASK_IMPORT_H
#define DIEUHANH_TASK_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "org/org_service.h"
#include "target/target_io.h"

enum task_import_kind { TASK_IMPORT_PEOPLE, TASK_IMPORT_TASKS };

/* Told the stage ("reading", "checking", "writing") and how far it is. */
typedef void (*task_import_progress)(void *ctx, const char *stage, size_t done, size_t total);

struct task_import_result {
	enum org_result result;     /* ORG_INVALID: see issues or read_error */
	bool read_failed;           /* the file itself could not be read */
	struct io_read_error read_error;
	struct io_issues issues;    /* every problem, by row (the header is row 1) */
	size_t created, updated;
};

/*
 * Imports DATA (LEN bytes; XLSX or CSV) of KIND for WHO.  PROGRESS (may be
 * NULL) is told how far it is.  Results and issues in A.
 */
void task_import(struct store *st, struct arena *a, const struct principal *who,
                 enum task_import_kind kind, const char *data, size_t len, bool xlsx,
                 task_import_progress progress, void *pctx, struct task_import_result *out);

/* dieuhanh import people|tasks FILE: the exit code (0 imported, 1 refused or failed). */
int task_cli_import(struct store *st, int argc, char **argv);
extern const char task_cli_import_usage[];

#endif
