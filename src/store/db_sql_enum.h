/* db_sql_enum.h: a statement list as the members of an enum. */
#define SQL(name, text) name,
#define SQL_BY_ENGINE(name, sqlite_text, pg_text) name,
