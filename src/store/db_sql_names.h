/* db_sql_names.h: a statement list as its statements' names (for the log). */
#define SQL(name, text) [name] = #name,
#define SQL_BY_ENGINE(name, sqlite_text, pg_text) [name] = #name,
