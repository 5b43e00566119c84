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
	{ 2, "accounts, role grants, sessions, API tokens, sign-in throttling, audit trail",
	  "CREATE TABLE app_user ("
	  "  id INTEGER PRIMARY KEY,"
	  "  login TEXT NOT NULL UNIQUE,"
	  "  display_name TEXT NOT NULL,"
	  "  person_id INTEGER REFERENCES person(id),"
	  "  password_hash TEXT NOT NULL,"
	  "  disabled INTEGER NOT NULL DEFAULT 0,"
	  "  created_at INTEGER NOT NULL"
	  ");"
	  "CREATE TABLE role_grant ("
	  "  id INTEGER PRIMARY KEY,"
	  "  user_id INTEGER NOT NULL REFERENCES app_user(id),"
	  "  role TEXT NOT NULL,"
	  "  unit_id INTEGER NOT NULL REFERENCES org_unit(id),"
	  "  UNIQUE (user_id, role, unit_id)"
	  ");"
	  "CREATE TABLE session ("
	  "  token_hash BLOB PRIMARY KEY,"
	  "  user_id INTEGER NOT NULL REFERENCES app_user(id),"
	  "  csrf TEXT NOT NULL,"
	  "  created_at INTEGER NOT NULL,"
	  "  last_seen INTEGER NOT NULL,"
	  "  expires_at INTEGER NOT NULL"
	  ");"
	  "CREATE INDEX session_by_user ON session(user_id);"
	  "CREATE TABLE api_token ("
	  "  id INTEGER PRIMARY KEY,"
	  "  token_hash BLOB NOT NULL UNIQUE,"
	  "  user_id INTEGER NOT NULL REFERENCES app_user(id),"
	  "  name TEXT NOT NULL,"
	  "  created_at INTEGER NOT NULL,"
	  "  last_used INTEGER,"
	  "  revoked_at INTEGER"
	  ");"
	  "CREATE INDEX api_token_by_user ON api_token(user_id, id);"
	  "CREATE TABLE login_throttle ("
	  "  key TEXT PRIMARY KEY,"
	  "  failures INTEGER NOT NULL,"
	  "  window_start INTEGER NOT NULL"
	  ");"
	  "CREATE TABLE audit_entry ("
	  "  id INTEGER PRIMARY KEY,"
	  "  at TEXT NOT NULL,"
	  "  actor_id INTEGER,"
	  "  actor TEXT NOT NULL,"
	  "  action TEXT NOT NULL,"
	  "  entity TEXT NOT NULL,"
	  "  entity_id INTEGER NOT NULL,"
	  "  before TEXT,"
	  "  after TEXT,"
	  "  prev_hash TEXT NOT NULL,"
	  "  hash TEXT NOT NULL"
	  ");"
	  "CREATE INDEX audit_by_entity ON audit_entry(entity, entity_id, id);"
	  "CREATE INDEX audit_by_actor ON audit_entry(actor_id, id);" },
	{ 3, "org_revision: a counter every change to the unit tree bumps (for caches)",
	  "CREATE TABLE org_revision (id INTEGER PRIMARY KEY CHECK (id = 1),"
	  " rev INTEGER NOT NULL);"
	  "INSERT INTO org_revision VALUES (1, 0);"
	  "CREATE TRIGGER org_unit_bump_insert AFTER INSERT ON org_unit"
	  " BEGIN UPDATE org_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER org_unit_bump_update AFTER UPDATE ON org_unit"
	  " BEGIN UPDATE org_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER org_unit_bump_delete AFTER DELETE ON org_unit"
	  " BEGIN UPDATE org_revision SET rev = rev + 1 WHERE id = 1; END;" },
	{ 4, "targets and measurements",
	  "CREATE TABLE target ("
	  "  id INTEGER PRIMARY KEY,"
	  "  code TEXT NOT NULL,"
	  "  year INTEGER NOT NULL,"
	  "  name TEXT NOT NULL,"
	  "  description TEXT NOT NULL DEFAULT '',"
	  "  kind TEXT NOT NULL,"
	  "  unit_of_measure TEXT NOT NULL DEFAULT '',"
	  "  direction TEXT NOT NULL,"
	  "  target_low REAL NOT NULL,"
	  "  target_high REAL,"
	  "  baseline REAL,"
	  "  owner_unit_id INTEGER NOT NULL REFERENCES org_unit(id),"
	  "  leader_person_id INTEGER REFERENCES person(id),"
	  "  parent_id INTEGER REFERENCES target(id),"
	  "  rollup TEXT NOT NULL DEFAULT 'none',"
	  "  weight REAL NOT NULL DEFAULT 1,"
	  "  period TEXT NOT NULL,"
	  "  due_days INTEGER NOT NULL DEFAULT 5,"
	  "  UNIQUE (year, code)"
	  ");"
	  "CREATE INDEX target_by_parent ON target(parent_id, code);"
	  "CREATE TABLE measurement ("
	  "  id INTEGER PRIMARY KEY,"
	  "  target_id INTEGER NOT NULL REFERENCES target(id),"
	  "  unit_id INTEGER NOT NULL REFERENCES org_unit(id),"
	  "  period_no INTEGER NOT NULL,"
	  "  value REAL NOT NULL,"
	  "  note TEXT,"
	  "  evidence TEXT,"
	  "  reporter_id INTEGER,"
	  "  reporter TEXT NOT NULL,"
	  "  reported_at INTEGER NOT NULL,"
	  "  supersedes_id INTEGER REFERENCES measurement(id),"
	  "  superseded_by INTEGER"
	  ");"
	  "CREATE UNIQUE INDEX measurement_current ON measurement(target_id, unit_id, period_no)"
	  " WHERE superseded_by IS NULL;"
	  "CREATE INDEX measurement_by_target ON measurement(target_id, unit_id, period_no, id);"
	  "CREATE TABLE target_revision (id INTEGER PRIMARY KEY CHECK (id = 1),"
	  " rev INTEGER NOT NULL);"
	  "INSERT INTO target_revision VALUES (1, 0);"
	  "CREATE TRIGGER target_bump_insert AFTER INSERT ON target"
	  " BEGIN UPDATE target_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER target_bump_update AFTER UPDATE ON target"
	  " BEGIN UPDATE target_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER measurement_bump_insert AFTER INSERT ON measurement"
	  " BEGIN UPDATE target_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER measurement_bump_update AFTER UPDATE ON measurement"
	  " BEGIN UPDATE target_revision SET rev = rev + 1 WHERE id = 1; END;"
	  /* Unit names appear on the board: renaming a unit changes it too. */
	  "CREATE TRIGGER target_bump_unit AFTER UPDATE ON org_unit"
	  " BEGIN UPDATE target_revision SET rev = rev + 1 WHERE id = 1; END;" },
	/*
	 * PostgreSQL's step 5 makes its revision triggers bump once per
	 * transaction; SQLite updates a row in place and needs nothing.  The
	 * step exists so both engines report the same schema version.
	 */
	{ 5, "bump the revision counters once per transaction (PostgreSQL only)",
	  "SELECT 1;" },
	/*
	 * Who may manage an account is decided by its grants and its home unit;
	 * an account without grants used to be anyone's to manage.  Existing
	 * accounts belong to the unit of their first grant, else to the root.
	 */
	{ 6, "accounts get a home unit",
	  "ALTER TABLE app_user ADD COLUMN home_unit_id INTEGER REFERENCES org_unit(id);"
	  "UPDATE app_user SET home_unit_id = coalesce("
	  " (SELECT g.unit_id FROM role_grant g WHERE g.user_id = app_user.id"
	  "  ORDER BY g.id LIMIT 1),"
	  " (SELECT min(id) FROM org_unit WHERE parent_id IS NULL));" },
	/*
	 * The audit chain's keyed-scheme marker:
	 * one row, written when an audit key is first used (audit_key.c).
	 */
	{ 7, "audit_scheme: from which entry the audit chain is keyed (HMAC)",
	  "CREATE TABLE audit_scheme (id INTEGER PRIMARY KEY CHECK (id = 1),"
	  " keyed_from INTEGER NOT NULL, key_id TEXT NOT NULL, mac TEXT NOT NULL);" },
};

const struct migration *migrations_sqlite(size_t *n)
{
	*n = sizeof sqlite_steps / sizeof sqlite_steps[0];
	return sqlite_steps;
}
