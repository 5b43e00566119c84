/*
 * db_sql_list.h: compiles a module's statement list for both engines.
 *
 * Before including it, define DB_SQL_FILE (the list's header, as a
 * string), DB_SQL_PREFIX (the module's prefix, e.g. org) and DB_SQL_MODULE
 * (its name for the log, "org").  It declares `enum PREFIX_stmt`, the
 * statements by name (unless DB_SQL_HAVE_ENUM says a header did), and
 * defines `const struct db_sql_list PREFIX_sql`.  No include guard.
 */
#define DB_SQL_CAT_(a, b) a##b
#define DB_SQL_CAT(a, b) DB_SQL_CAT_(a, b)

#ifndef DB_SQL_HAVE_ENUM
enum DB_SQL_CAT(DB_SQL_PREFIX, _stmt) {
#include "store/db_sql_enum.h"
#include DB_SQL_FILE
#include "store/db_sql_end.h"
};
#endif

#include "store/db_sql_names.h"
static const char *const DB_SQL_CAT(DB_SQL_PREFIX, _sql_names)[] = {
#include DB_SQL_FILE
};
#include "store/db_sql_end.h"

#include "store/db_sql_sqlite.h"
static const char *const DB_SQL_CAT(DB_SQL_PREFIX, _sql_sqlite)[] = {
#include DB_SQL_FILE
};
#include "store/db_sql_end.h"

#include "store/db_sql_pg.h"
static const char *const DB_SQL_CAT(DB_SQL_PREFIX, _sql_pg)[] = {
#include DB_SQL_FILE
};
#include "store/db_sql_end.h"

static int DB_SQL_CAT(DB_SQL_PREFIX, _sql_slot);

_Static_assert(sizeof DB_SQL_CAT(DB_SQL_PREFIX, _sql_pg) / sizeof(const char *) ==
               sizeof DB_SQL_CAT(DB_SQL_PREFIX, _sql_sqlite) / sizeof(const char *),
               "one text per engine for every statement");

const struct db_sql_list DB_SQL_CAT(DB_SQL_PREFIX, _sql) = {
	.module = DB_SQL_MODULE,
	.n = sizeof DB_SQL_CAT(DB_SQL_PREFIX, _sql_pg) / sizeof(const char *),
	.names = DB_SQL_CAT(DB_SQL_PREFIX, _sql_names),
	.sqlite = DB_SQL_CAT(DB_SQL_PREFIX, _sql_sqlite),
	.pg = DB_SQL_CAT(DB_SQL_PREFIX, _sql_pg),
	.slot = &DB_SQL_CAT(DB_SQL_PREFIX, _sql_slot),
};

#undef DB_SQL_CAT
#undef DB_SQL_CAT_
#undef DB_SQL_FILE
#undef DB_SQL_PREFIX
#undef DB_SQL_MODULE
#undef DB_SQL_HAVE_ENUM
