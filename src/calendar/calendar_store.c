/*
 * calendar_store.c: calendar_store.h over the engine layer, for both engines.
 */
#include "calendar/calendar_store.h"

#include "store/db.h"
#include "store/db_migrate.h"

#define DB_SQL_FILE "calendar/calendar_sql.h"
#define DB_SQL_PREFIX calendar
#define DB_SQL_MODULE "calendar"
#include "store/db_sql_list.h"

static enum store_status revision(struct store *st, int64_t *rev)
{
	return db_revision(st, &calendar_sql, CALENDAR_REVISION, DB_NO_PARAMS, rev);
}

static const struct db_col edit_cols[] = {
	DB_COL_CHARS_OF(struct calendar_edit_row, day),
	DB_COL_OF(BOOL, struct calendar_edit_row, working),
	DB_COL_OF(TEXT, struct calendar_edit_row, note),
};

static enum store_status edit_list(struct store *st, int year, struct arena *a,
                                   struct calendar_edit_row **out, size_t *n)
{
	if (year == 0)
		return db_list(st, &calendar_sql, CALENDAR_EDIT_ALL, DB_NO_PARAMS, DB_COLS(edit_cols),
		               a, sizeof **out, (void **)out, n);
	return db_list(st, &calendar_sql, CALENDAR_EDIT_OF_YEAR, DB_PARAMS(db_int64(year)),
	               DB_COLS(edit_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status edit_put(struct store *st, const char *day, int year, bool working,
                                  const char *note)
{
	return db_exec(st, &calendar_sql, CALENDAR_EDIT_PUT,
	               DB_PARAMS(db_text(day), db_int64(year), db_bool(working),
	                         db_text(note ? note : "")));
}

static enum store_status edit_delete(struct store *st, const char *day)
{
	return db_change(st, &calendar_sql, CALENDAR_EDIT_DELETE, DB_PARAMS(db_text(day)));
}

static enum store_status edit_count(struct store *st, int year, int64_t *n)
{
	return db_scalar(st, &calendar_sql, CALENDAR_EDIT_COUNT, DB_PARAMS(db_int64(year)), n);
}

static const struct db_col year_cols[] = {
	DB_COL_OF(INT, struct calendar_year_row, year),
	DB_COL_OF(BOOL, struct calendar_year_row, confirmed),
};

static enum store_status year_list(struct store *st, struct arena *a,
                                   struct calendar_year_row **out, size_t *n)
{
	return db_list(st, &calendar_sql, CALENDAR_YEAR_ALL, DB_NO_PARAMS, DB_COLS(year_cols), a,
	               sizeof **out, (void **)out, n);
}

static enum store_status year_get(struct store *st, int year, struct calendar_year_row *out)
{
	return db_get(st, &calendar_sql, CALENDAR_YEAR_GET, DB_PARAMS(db_int64(year)),
	              DB_COLS(year_cols), NULL, out);
}

static enum store_status year_put(struct store *st, int year, bool confirmed)
{
	return db_exec(st, &calendar_sql, CALENDAR_YEAR_PUT,
	               DB_PARAMS(db_int64(year), db_bool(confirmed)));
}

const struct calendar_store calendar_store = {
	.revision = revision,
	.edit_list = edit_list,
	.edit_put = edit_put,
	.edit_delete = edit_delete,
	.edit_count = edit_count,
	.year_list = year_list,
	.year_get = year_get,
	.year_put = year_put,
};

const struct store_module calendar_storage = { "calendar", &calendar_sql, &calendar_migrations };
