/*
 * migrations_pg.c: the numbered schema migrations for PostgreSQL.
 *
 * The same steps as migrations_sqlite.c, in PostgreSQL's own types: identity
 * columns for ids, date for validity, bytea for the binary sort keys and the
 * token hashes (bytea compares bytewise, as SQLite's BLOB does, so both
 * engines order alike) and timestamptz for the row bookkeeping times of
 * migration 1.  From migration 2 on, the times the domain reads and writes
 * (account creation, sessions, tokens, throttling) are unix seconds in a
 * bigint, as in SQLite, and the audit entry's time is the text the domain
 * formatted and hashed.  Migration N is applied once, in its own
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
	{ 2, "accounts, role grants, sessions, API tokens, sign-in throttling, audit trail",
	  "CREATE TABLE app_user ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  login text NOT NULL UNIQUE,"
	  "  display_name text NOT NULL,"
	  "  person_id bigint REFERENCES person(id),"
	  "  password_hash text NOT NULL,"
	  "  disabled boolean NOT NULL DEFAULT false,"
	  "  created_at bigint NOT NULL"
	  ");"
	  "CREATE TABLE role_grant ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  user_id bigint NOT NULL REFERENCES app_user(id),"
	  "  role text NOT NULL,"
	  "  unit_id bigint NOT NULL REFERENCES org_unit(id),"
	  "  UNIQUE (user_id, role, unit_id)"
	  ");"
	  "CREATE TABLE session ("
	  "  token_hash bytea PRIMARY KEY,"
	  "  user_id bigint NOT NULL REFERENCES app_user(id),"
	  "  csrf text NOT NULL,"
	  "  created_at bigint NOT NULL,"
	  "  last_seen bigint NOT NULL,"
	  "  expires_at bigint NOT NULL"
	  ");"
	  "CREATE INDEX session_by_user ON session(user_id);"
	  "CREATE TABLE api_token ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  token_hash bytea NOT NULL UNIQUE,"
	  "  user_id bigint NOT NULL REFERENCES app_user(id),"
	  "  name text NOT NULL,"
	  "  created_at bigint NOT NULL,"
	  "  last_used bigint,"
	  "  revoked_at bigint"
	  ");"
	  "CREATE INDEX api_token_by_user ON api_token(user_id, id);"
	  "CREATE TABLE login_throttle ("
	  "  key text PRIMARY KEY,"
	  "  failures integer NOT NULL,"
	  "  window_start bigint NOT NULL"
	  ");"
	  "CREATE TABLE audit_entry ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  at text NOT NULL,"
	  "  actor_id bigint,"
	  "  actor text NOT NULL,"
	  "  action text NOT NULL,"
	  "  entity text NOT NULL,"
	  "  entity_id bigint NOT NULL,"
	  "  before text,"
	  "  after text,"
	  "  prev_hash text NOT NULL,"
	  "  hash text NOT NULL"
	  ");"
	  "CREATE INDEX audit_by_entity ON audit_entry(entity, entity_id, id);"
	  "CREATE INDEX audit_by_actor ON audit_entry(actor_id, id);" },
	{ 3, "org_revision: a counter every change to the unit tree bumps (for caches)",
	  "CREATE TABLE org_revision (id integer PRIMARY KEY CHECK (id = 1),"
	  " rev bigint NOT NULL);"
	  "INSERT INTO org_revision VALUES (1, 0);"
	  "CREATE FUNCTION org_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN UPDATE org_revision SET rev = rev + 1 WHERE id = 1; RETURN NULL; END $$;"
	  "CREATE TRIGGER org_unit_bump AFTER INSERT OR UPDATE OR DELETE ON org_unit"
	  " FOR EACH STATEMENT EXECUTE FUNCTION org_revision_bump();" },
	{ 4, "targets and measurements",
	  "CREATE TABLE target ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  code text NOT NULL,"
	  "  year integer NOT NULL,"
	  "  name text NOT NULL,"
	  "  description text NOT NULL DEFAULT '',"
	  "  kind text NOT NULL,"
	  "  unit_of_measure text NOT NULL DEFAULT '',"
	  "  direction text NOT NULL,"
	  "  target_low double precision NOT NULL,"
	  "  target_high double precision,"
	  "  baseline double precision,"
	  "  owner_unit_id bigint NOT NULL REFERENCES org_unit(id),"
	  "  leader_person_id bigint REFERENCES person(id),"
	  "  parent_id bigint REFERENCES target(id),"
	  "  rollup text NOT NULL DEFAULT 'none',"
	  "  weight double precision NOT NULL DEFAULT 1,"
	  "  period text NOT NULL,"
	  "  due_days integer NOT NULL DEFAULT 5,"
	  "  UNIQUE (year, code)"
	  ");"
	  "CREATE INDEX target_by_parent ON target(parent_id, code);"
	  "CREATE TABLE measurement ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  target_id bigint NOT NULL REFERENCES target(id),"
	  "  unit_id bigint NOT NULL REFERENCES org_unit(id),"
	  "  period_no integer NOT NULL,"
	  "  value double precision NOT NULL,"
	  "  note text,"
	  "  evidence text,"
	  "  reporter_id bigint,"
	  "  reporter text NOT NULL,"
	  "  reported_at bigint NOT NULL,"
	  "  supersedes_id bigint REFERENCES measurement(id),"
	  "  superseded_by bigint"
	  ");"
	  "CREATE UNIQUE INDEX measurement_current ON measurement(target_id, unit_id, period_no)"
	  " WHERE superseded_by IS NULL;"
	  "CREATE INDEX measurement_by_target ON measurement(target_id, unit_id, period_no, id);"
	  "CREATE TABLE target_revision (id integer PRIMARY KEY CHECK (id = 1),"
	  " rev bigint NOT NULL);"
	  "INSERT INTO target_revision VALUES (1, 0);"
	  "CREATE FUNCTION target_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN UPDATE target_revision SET rev = rev + 1 WHERE id = 1; RETURN NULL; END $$;"
	  "CREATE TRIGGER target_bump AFTER INSERT OR UPDATE OR DELETE ON target"
	  " FOR EACH STATEMENT EXECUTE FUNCTION target_revision_bump();"
	  "CREATE TRIGGER measurement_bump AFTER INSERT OR UPDATE OR DELETE ON measurement"
	  " FOR EACH STATEMENT EXECUTE FUNCTION target_revision_bump();"
	  /* Unit names appear on the board: renaming a unit changes it too. */
	  "CREATE TRIGGER target_bump_unit AFTER UPDATE ON org_unit"
	  " FOR EACH STATEMENT EXECUTE FUNCTION target_revision_bump();" },
	/*
	 * Updating one row many times in a transaction is quadratic in
	 * PostgreSQL (each update walks the row's version chain), and a bulk
	 * load inserts figures one statement at a time.  One bump per
	 * transaction is all a cache needs: a transaction-local setting
	 * remembers that this transaction has bumped already.
	 */
	{ 5, "bump the revision counters once per transaction",
	  "CREATE OR REPLACE FUNCTION org_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  IF coalesce(current_setting('dieuhanh.org_bumped', true), '')"
	  "     <> txid_current()::text THEN"
	  "   PERFORM set_config('dieuhanh.org_bumped', txid_current()::text, true);"
	  "   UPDATE org_revision SET rev = rev + 1 WHERE id = 1;"
	  "  END IF;"
	  "  RETURN NULL;"
	  " END $$;"
	  "CREATE OR REPLACE FUNCTION target_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  IF coalesce(current_setting('dieuhanh.target_bumped', true), '')"
	  "     <> txid_current()::text THEN"
	  "   PERFORM set_config('dieuhanh.target_bumped', txid_current()::text, true);"
	  "   UPDATE target_revision SET rev = rev + 1 WHERE id = 1;"
	  "  END IF;"
	  "  RETURN NULL;"
	  " END $$;" },
	/* As migrations_sqlite.c step 6. */
	{ 6, "accounts get a home unit",
	  "ALTER TABLE app_user ADD COLUMN home_unit_id bigint REFERENCES org_unit(id);"
	  "UPDATE app_user SET home_unit_id = coalesce("
	  " (SELECT g.unit_id FROM role_grant g WHERE g.user_id = app_user.id"
	  "  ORDER BY g.id LIMIT 1),"
	  " (SELECT min(id) FROM org_unit WHERE parent_id IS NULL));" },
	/*
	 * The audit chain's keyed-scheme marker:
	 * one row, written when an audit key is first used (audit_key.c).
	 */
	{ 7, "audit_scheme: from which entry the audit chain is keyed (HMAC)",
	  "CREATE TABLE audit_scheme (id integer PRIMARY KEY CHECK (id = 1),"
	  " keyed_from bigint NOT NULL, key_id text NOT NULL, mac text NOT NULL);" },
};

const struct migration *migrations_pg(size_t *n)
{
	*n = sizeof pg_steps / sizeof pg_steps[0];
	return pg_steps;
}
