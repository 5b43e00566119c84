/*
 * db_sql_sqlite.h: the SQLite spelling of the dialect macros a module's
 * statement list (src/<module>/<module>_sql.h) is written with.  Include
 * it, then the list inside an array initialiser, then db_sql_end.h.
 * No include guard: a module includes it once per list.
 *
 *   P(n)            parameter n                 ?n
 *   P_BIGINT(n) ... parameter n with a type     ?n (SQLite needs no cast)
 *   BYTES(col)      a BLOB column, as bytes     col
 *   DATE_TEXT(col)  a date column, YYYY-MM-DD   col (stored as text)
 *   NOW_TEXT        the current time as text    strftime(...)
 *   LIKE_ESCAPE     LIKE's escape clause ('\')
 *   COLLATE_BYTES   order text by bytes (SQLite's default BINARY)
 */
#define P(n) "?" #n
#define P_BIGINT(n) "?" #n
#define P_INTEGER(n) "?" #n
#define P_DOUBLE(n) "?" #n
#define P_BOOL(n) "?" #n
#define P_BYTEA(n) "?" #n
#define P_DATE(n) "?" #n
#define P_TEXT(n) "?" #n
#define BYTES(col) col
#define DATE_TEXT(col) col
#define NOW_TEXT "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
#define LIKE_ESCAPE " ESCAPE '\\'"
#define COLLATE_BYTES ""
#define SQL(name, text) [name] = text,
#define SQL_BY_ENGINE(name, sqlite_text, pg_text) [name] = sqlite_text,
