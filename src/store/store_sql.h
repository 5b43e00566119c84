/*
 * store_sql.h: the engine layer's own statements (transactions, the
 * module migrations' bookkeeping), one list for both engines, compiled in
 * store_stmt.c.  No include guard.
 */
SQL(STORE_PING, "SELECT 1")
/*
 * SQLite: the write lock at once, so what a service checks still holds
 * when it writes.  PostgreSQL: SERIALIZABLE makes those checks hold
 * without explicit locks.
 */
SQL_BY_ENGINE(STORE_BEGIN, "BEGIN IMMEDIATE", "BEGIN ISOLATION LEVEL SERIALIZABLE")
/*
 * Every write appends to the audit chain, so writers queue on its tail
 * anyway; taking this lock first (LOCK takes no snapshot) makes the queue
 * explicit, as SQLite's BEGIN IMMEDIATE does, and spares the serialization
 * failures a late advisory lock would cause.
 */
SQL_BY_ENGINE(STORE_LOCK_WRITERS, NULL, "LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE")
SQL(STORE_COMMIT, "COMMIT")
SQL(STORE_ROLLBACK, "ROLLBACK")

SQL_BY_ENGINE(STORE_MODULE_VERSION_TABLE,
	"CREATE TABLE IF NOT EXISTS schema_module_version ("
	" module TEXT NOT NULL, version INTEGER NOT NULL, summary TEXT NOT NULL,"
	" applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
	" PRIMARY KEY (module, version))",
	"CREATE TABLE IF NOT EXISTS schema_module_version ("
	" module text NOT NULL, version integer NOT NULL, summary text NOT NULL,"
	" applied_at timestamptz NOT NULL DEFAULT now(),"
	" PRIMARY KEY (module, version))")
SQL(STORE_MODULE_VERSION,
	"SELECT coalesce(max(version), 0) FROM schema_module_version WHERE module = " P(1))
SQL(STORE_MODULE_VERSION_RECORD,
	"INSERT INTO schema_module_version(module, version, summary)"
	" VALUES (" P(1) ", " P_INTEGER(2) ", " P(3) ")")

/* The frozen base steps' bookkeeping (db_migrate.c runs them for both engines). */
SQL_BY_ENGINE(STORE_SCHEMA_VERSION_TABLE,
	"CREATE TABLE IF NOT EXISTS schema_version ("
	" version INTEGER PRIMARY KEY, summary TEXT NOT NULL,"
	" applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
	"CREATE TABLE IF NOT EXISTS schema_version ("
	" version integer PRIMARY KEY, summary text NOT NULL,"
	" applied_at timestamptz NOT NULL DEFAULT now())")
SQL(STORE_SCHEMA_VERSION, "SELECT coalesce(max(version), 0) FROM schema_version")
SQL(STORE_SCHEMA_VERSION_RECORD,
	"INSERT INTO schema_version(version, summary) VALUES (" P_INTEGER(1) ", " P(2) ")")
