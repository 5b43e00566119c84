/*
 * migrations_sqlite.c: the numbered schema migrations for SQLite.
 *
 * Migration N is applied once, in its own transaction, and recorded in
 * schema_version.  Never edit a migration that has shipped: add the next one.
 * migrations_pg.c holds the same steps for PostgreSQL.
 */
#include "store/migrations.h"

static const struct migration sqlite_steps[] = {
	{ 1, "organisation: units and people",
	  "CREATE TABLE org_unit ("
	  "  id INTEGER PRIMARY KEY,"
	  "  kind TEXT NOT NULL,"
	  "  code TEXT NOT NULL UNIQUE,"
	  "  name TEXT NOT NULL,"
	  "  parent_id INTEGER REFERENCES org_unit(id),"
	  "  valid_from TEXT,"
	  "  valid_to TEXT,"
	  "  predecessor_id INTEGER REFERENCES org_unit(id),"
	  "  successor_id INTEGER REFERENCES org_unit(id),"
	  "  search_key TEXT NOT NULL,"
	  "  sort_key BLOB NOT NULL,"
	  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
	  "  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
	  ");"
	  "CREATE INDEX org_unit_by_parent ON org_unit(parent_id, sort_key);"
	  "CREATE INDEX org_unit_by_kind ON org_unit(kind, sort_key);"
	  "CREATE INDEX org_unit_by_sort ON org_unit(sort_key);"
	  "CREATE TABLE person ("
	  "  id INTEGER PRIMARY KEY,"
	  "  full_name TEXT NOT NULL,"
	  "  title TEXT NOT NULL DEFAULT '',"
	  "  unit_id INTEGER NOT NULL REFERENCES org_unit(id),"
	  "  email TEXT,"
	  "  phone TEXT,"
	  "  search_key TEXT NOT NULL,"
	  "  sort_key BLOB NOT NULL,"
	  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
	  "  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
	  ");"
	  "CREATE INDEX person_by_unit ON person(unit_id, sort_key);"
	  "CREATE INDEX person_by_sort ON person(sort_key);" },
};

const struct migration *migrations_sqlite(size_t *n)
{
	*n = sizeof sqlite_steps / sizeof sqlite_steps[0];
	return sqlite_steps;
}
