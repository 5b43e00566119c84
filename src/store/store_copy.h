/*
 * store_copy.h: moving a whole database from SQLite to PostgreSQL.
 *
 * Generic over the modules: the tables copied are the ones the schema has
 * (sqlite_master on one side, information_schema on the other, both built
 * by the same migrations), never a list kept here, so a module's tables are
 * copied from the day it registers them.  Columns are matched by name and
 * converted by the PostgreSQL column's type (bytea, boolean, double
 * precision, the rest as text).  Everything is one transaction on the
 * PostgreSQL side with its foreign keys deferred to the commit, so rows go
 * in table by table whatever refers to what, and a failed copy leaves the
 * target as empty as it was.
 */
#ifndef DIEUHANH_STORE_COPY_H
#define DIEUHANH_STORE_COPY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/*
 * Copies every row of every table of the SQLite database at SQLITE_PATH
 * into the PostgreSQL database PG_URL, whose schema must already be this
 * version's and hold no rows but what the migrations put there.  Prints a
 * line per table to LOG (may be NULL).  0, or -1 with ERR.
 */
int store_copy_sqlite_to_pg(const char *sqlite_path, const char *pg_url, FILE *log,
                            char *err, size_t errlen);

/* Tables in the public schema of the PostgreSQL database at URL; -1 with ERR. */
long store_pg_table_count(const char *url, char *err, size_t errlen);

#endif
