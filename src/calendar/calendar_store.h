/*
 * calendar_store.h: the working calendar's storage: administrators'
 * edits of days, the years they confirmed, and the revision counter every
 * change bumps (in the same transaction, by trigger), so the in-memory
 * calendar is reloaded by any process after any process's edit.
 *
 * Days are "YYYY-MM-DD" text here (a date column on PostgreSQL).
 */
#ifndef DIEUHANH_CALENDAR_STORE_H
#define DIEUHANH_CALENDAR_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;
struct module_migrations;

/* One edited day as stored. */
struct calendar_edit_row {
	char day[11];              /* YYYY-MM-DD */
	bool working;
	const char *note;
};

struct calendar_year_row {
	int year;
	bool confirmed;
};

struct calendar_store {
	/* The revision: bumped by every change to edits and confirmed years. */
	enum store_status (*revision)(struct store *st, int64_t *rev);
	/* Every edit (YEAR 0), or YEAR's, by day. */
	enum store_status (*edit_list)(struct store *st, int year, struct arena *a,
	                               struct calendar_edit_row **out, size_t *n);
	/* Sets DAY (of YEAR) to WORKING with NOTE, replacing any edit of it. */
	enum store_status (*edit_put)(struct store *st, const char *day, int year, bool working,
	                              const char *note);
	/* Removes DAY's edit; STORE_NOT_FOUND when it had none. */
	enum store_status (*edit_delete)(struct store *st, const char *day);
	/* The number of YEAR's edits. */
	enum store_status (*edit_count)(struct store *st, int year, int64_t *n);
	/* Every year an administrator confirmed or unconfirmed, by year. */
	enum store_status (*year_list)(struct store *st, struct arena *a,
	                               struct calendar_year_row **out, size_t *n);
	/* YEAR's row; STORE_NOT_FOUND when nobody confirmed it. */
	enum store_status (*year_get)(struct store *st, int year, struct calendar_year_row *out);
	enum store_status (*year_put)(struct store *st, int year, bool confirmed);
};

extern const struct calendar_store calendar_store;

/* The module's statements and schema steps. */
extern const struct db_sql_list calendar_sql;
extern const struct module_migrations calendar_migrations;
extern const struct store_module calendar_storage;

#endif
