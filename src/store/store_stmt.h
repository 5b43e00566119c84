/* store_stmt.h: the engine layer's own statements (store_sql.h), by name. */
#ifndef DIEUHANH_STORE_STMT_H
#define DIEUHANH_STORE_STMT_H

struct db_sql_list;

enum store_stmt {
#include "store/db_sql_enum.h"
#include "store/store_sql.h"
#include "store/db_sql_end.h"
	STORE_STMT_COUNT
};

extern const struct db_sql_list store_sql;

#endif
