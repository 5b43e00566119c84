/*
 * db_sql_pg.h: the PostgreSQL spelling of the dialect macros (see
 * db_sql_sqlite.h).  Casts appear only where PostgreSQL cannot infer a
 * parameter's type (an "$n IS NULL" test, a comparison with a literal, a
 * bytea or date column); bytea comes back hex-encoded and dates as
 * to_char(), so results stay in text format whatever DateStyle says.
 */
#define P(n) "$" #n
#define P_BIGINT(n) "$" #n "::bigint"
#define P_INTEGER(n) "$" #n "::integer"
#define P_DOUBLE(n) "$" #n "::double precision"
#define P_BOOL(n) "$" #n "::boolean"
#define P_BYTEA(n) "$" #n "::bytea"
#define P_DATE(n) "$" #n "::date"
#define P_TEXT(n) "$" #n "::text"
#define BYTES(col) "encode(" col ", 'hex')"
#define DATE_TEXT(col) "to_char(" col ", 'YYYY-MM-DD')"
#define NOW_TEXT "now()"
/* E'\\' is one backslash whatever standard_conforming_strings says. */
#define LIKE_ESCAPE " ESCAPE E'\\\\'"
#define COLLATE_BYTES " COLLATE \"C\""
#define SQL(name, text) [name] = text,
#define SQL_BY_ENGINE(name, sqlite_text, pg_text) [name] = pg_text,
