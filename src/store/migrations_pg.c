/*
 * migrations_pg.c: the numbered schema migrations for PostgreSQL.
 *
 * The same steps as migrations_sqlite.c, in PostgreSQL's own types: identity
 * columns for ids, date for validity, bytea for the binary sort keys (bytea
 * compares bytewise, as SQLite's BLOB does, so both engines order alike) and
 * timestamptz for the audit times.  Migration N is applied once, in its own
 * transaction, and recorded in schema_version, which store_pg.c creates
 * before the first step.  Never edit a migration that has shipped: add the
 * next one, here and in migrations_sqlite.c.
 */
#include "store/migrations.h"

static const struct migration pg_steps[] = {
	{ 1, "organisation: units and people",
	  "CREATE TABLE org_unit ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  kind text NOT NULL,"
	  "  code text NOT NULL UNIQUE,"
	  "  name text NOT NULL,"
	  "  parent_id bigint REFERENCES org_unit(id),"
	  "  valid_from date,"
	  "  valid_to date,"
	  "  predecessor_id bigint REFERENCES org_unit(id),"
	  "  successor_id bigint REFERENCES org_unit(id),"
	  "  search_key text NOT NULL,"
	  "  sort_key bytea NOT NULL,"
	  "  created_at timestamptz NOT NULL DEFAULT now(),"
	  "  updated_at timestamptz NOT NULL DEFAULT now()"
	  ");"
	  "CREATE INDEX org_unit_by_parent ON org_unit(parent_id, sort_key);"
	  "CREATE INDEX org_unit_by_kind ON org_unit(kind, sort_key);"
	  "CREATE INDEX org_unit_by_sort ON org_unit(sort_key);"
	  "CREATE TABLE person ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  full_name text NOT NULL,"
	  "  title text NOT NULL DEFAULT '',"
	  "  unit_id bigint NOT NULL REFERENCES org_unit(id),"
	  "  email text,"
	  "  phone text,"
	  "  search_key text NOT NULL,"
	  "  sort_key bytea NOT NULL,"
	  "  created_at timestamptz NOT NULL DEFAULT now(),"
	  "  updated_at timestamptz NOT NULL DEFAULT now()"
	  ");"
	  "CREATE INDEX person_by_unit ON person(unit_id, sort_key);"
	  "CREATE INDEX person_by_sort ON person(sort_key);" },
};

const struct migration *migrations_pg(size_t *n)
{
	*n = sizeof pg_steps / sizeof pg_steps[0];
	return pg_steps;
}
