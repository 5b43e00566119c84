/* store_stmt.c: compiles store_sql.h for both engines. */
#include "store/store_stmt.h"

#include "store/db.h"

#define DB_SQL_HAVE_ENUM
#define DB_SQL_FILE "store/store_sql.h"
#define DB_SQL_PREFIX store
#define DB_SQL_MODULE "store"
#include "store/db_sql_list.h"
