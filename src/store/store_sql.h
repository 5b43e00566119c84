/*
 * store_sql.h: the engine layer's own statements (the module migrations'
 * bookkeeping), one list for both engines.  No include guard.
 */
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
