/*
 * feedback_migrations.c: the feedback module's schema steps (see
 * store/db_migrate.h), SQLite and PostgreSQL side by side.  Times are unix
 * seconds, days are day numbers since 1970-01-01 (cal_day): the rules work
 * on those, and both engines store them alike.
 */
#include "store/db_migrate.h"

#define FB_CATEGORIES \
	"INSERT INTO feedback_category(code, name, name_en, grp, due_days, sort) VALUES" \
	" ('flooding', 'Ngập nước, thoát nước', 'Flooding and drainage', 'environment', 5, 1)," \
	" ('waste', 'Rác thải, vệ sinh môi trường', 'Waste and cleanliness', 'environment', 5, 2)," \
	" ('noise', 'Tiếng ồn, ô nhiễm', 'Noise and pollution', 'environment', 5, 3)," \
	" ('roads', 'Đường sá, chiếu sáng, cây xanh', 'Roads, lighting and trees', 'urban', 5, 4)," \
	" ('sidewalk', 'Lấn chiếm vỉa hè, trật tự đô thị', 'Pavements and urban order', 'urban', 5, 5)," \
	" ('land', 'Đất đai, xây dựng', 'Land and building', 'urban', 5, 6)," \
	" ('procedures', 'Thủ tục hành chính', 'Administrative procedures', 'administration', 5, 7)," \
	" ('security', 'An ninh, trật tự', 'Safety and public order', 'administration', 5, 8)," \
	" ('other', 'Khác', 'Other', 'administration', 5, 9);"

static const struct module_migration steps[] = {
	{ 1, "feedback: categories, routing rules, reports, their history and photos; Open311 keys",
	  "CREATE TABLE feedback_category ("
	  "  code TEXT PRIMARY KEY,"
	  "  name TEXT NOT NULL,"
	  "  name_en TEXT NOT NULL,"
	  "  grp TEXT NOT NULL,"
	  "  due_days INTEGER NOT NULL,"
	  "  sort INTEGER NOT NULL"
	  ");" FB_CATEGORIES
	  "CREATE TABLE feedback_rule ("
	  "  id INTEGER PRIMARY KEY,"
	  "  category TEXT REFERENCES feedback_category(code),"
	  "  ward_id INTEGER REFERENCES org_unit(id),"
	  "  unit_id INTEGER NOT NULL REFERENCES org_unit(id)"
	  ");"
	  "CREATE TABLE open311_key ("
	  "  id INTEGER PRIMARY KEY,"
	  "  name TEXT NOT NULL,"
	  "  key_hash BLOB NOT NULL,"
	  "  created_at INTEGER NOT NULL,"
	  "  created_by TEXT NOT NULL,"
	  "  revoked_at INTEGER"
	  ");"
	  "CREATE UNIQUE INDEX open311_key_hash ON open311_key(key_hash);"
	  "CREATE TABLE feedback ("
	  "  id INTEGER PRIMARY KEY,"
	  "  code TEXT NOT NULL,"
	  "  category TEXT NOT NULL REFERENCES feedback_category(code),"
	  "  ward_id INTEGER NOT NULL REFERENCES org_unit(id),"
	  "  unit_id INTEGER REFERENCES org_unit(id),"
	  "  channel TEXT NOT NULL,"
	  "  address TEXT,"
	  "  lat REAL,"
	  "  lon REAL,"
	  "  description TEXT NOT NULL,"
	  "  contact_name TEXT,"
	  "  contact_phone TEXT,"
	  "  contact_email TEXT,"
	  "  client_hash TEXT,"
	  "  state TEXT NOT NULL,"
	  "  moderation TEXT NOT NULL,"
	  "  received_at INTEGER NOT NULL,"
	  "  received_day INTEGER NOT NULL,"
	  "  due_days INTEGER NOT NULL,"
	  "  due_day INTEGER NOT NULL,"
	  "  committed_day INTEGER,"
	  "  progress_note TEXT,"
	  "  answered_at INTEGER,"
	  "  answered_day INTEGER,"
	  "  answer TEXT,"
	  "  closed_at INTEGER,"
	  "  reject_reason TEXT,"
	  "  duplicate_of INTEGER REFERENCES feedback(id),"
	  "  reopen_count INTEGER NOT NULL,"
	  "  updated_at INTEGER NOT NULL,"
	  "  open311_key_id INTEGER REFERENCES open311_key(id)"
	  ");"
	  "CREATE UNIQUE INDEX feedback_code ON feedback(code);"
	  "CREATE INDEX feedback_received ON feedback(received_at, id);"
	  "CREATE INDEX feedback_client ON feedback(client_hash, received_at);"
	  "CREATE INDEX feedback_unit_state ON feedback(unit_id, state);"
	  "CREATE TABLE feedback_event ("
	  "  id INTEGER PRIMARY KEY,"
	  "  feedback_id INTEGER NOT NULL REFERENCES feedback(id),"
	  "  at INTEGER NOT NULL,"
	  "  kind TEXT NOT NULL,"
	  "  actor TEXT NOT NULL,"
	  "  text TEXT,"
	  "  is_public INTEGER NOT NULL"
	  ");"
	  "CREATE INDEX feedback_event_of ON feedback_event(feedback_id, id);"
	  "CREATE TABLE feedback_photo ("
	  "  id INTEGER PRIMARY KEY,"
	  "  feedback_id INTEGER NOT NULL REFERENCES feedback(id),"
	  "  mime TEXT NOT NULL,"
	  "  data BLOB NOT NULL,"
	  "  created_at INTEGER NOT NULL"
	  ");"
	  "CREATE INDEX feedback_photo_of ON feedback_photo(feedback_id, id);",

	  "CREATE TABLE feedback_category ("
	  "  code text PRIMARY KEY,"
	  "  name text NOT NULL,"
	  "  name_en text NOT NULL,"
	  "  grp text NOT NULL,"
	  "  due_days integer NOT NULL,"
	  "  sort integer NOT NULL"
	  ");" FB_CATEGORIES
	  "CREATE TABLE feedback_rule ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  category text REFERENCES feedback_category(code),"
	  "  ward_id bigint REFERENCES org_unit(id),"
	  "  unit_id bigint NOT NULL REFERENCES org_unit(id)"
	  ");"
	  "CREATE TABLE open311_key ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  name text NOT NULL,"
	  "  key_hash bytea NOT NULL,"
	  "  created_at bigint NOT NULL,"
	  "  created_by text NOT NULL,"
	  "  revoked_at bigint"
	  ");"
	  "CREATE UNIQUE INDEX open311_key_hash ON open311_key(key_hash);"
	  "CREATE TABLE feedback ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  code text NOT NULL,"
	  "  category text NOT NULL REFERENCES feedback_category(code),"
	  "  ward_id bigint NOT NULL REFERENCES org_unit(id),"
	  "  unit_id bigint REFERENCES org_unit(id),"
	  "  channel text NOT NULL,"
	  "  address text,"
	  "  lat double precision,"
	  "  lon double precision,"
	  "  description text NOT NULL,"
	  "  contact_name text,"
	  "  contact_phone text,"
	  "  contact_email text,"
	  "  client_hash text,"
	  "  state text NOT NULL,"
	  "  moderation text NOT NULL,"
	  "  received_at bigint NOT NULL,"
	  "  received_day integer NOT NULL,"
	  "  due_days integer NOT NULL,"
	  "  due_day integer NOT NULL,"
	  "  committed_day integer,"
	  "  progress_note text,"
	  "  answered_at bigint,"
	  "  answered_day integer,"
	  "  answer text,"
	  "  closed_at bigint,"
	  "  reject_reason text,"
	  "  duplicate_of bigint REFERENCES feedback(id),"
	  "  reopen_count integer NOT NULL,"
	  "  updated_at bigint NOT NULL,"
	  "  open311_key_id bigint REFERENCES open311_key(id)"
	  ");"
	  "CREATE UNIQUE INDEX feedback_code ON feedback(code);"
	  "CREATE INDEX feedback_received ON feedback(received_at, id);"
	  "CREATE INDEX feedback_client ON feedback(client_hash, received_at);"
	  "CREATE INDEX feedback_unit_state ON feedback(unit_id, state);"
	  "CREATE TABLE feedback_event ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  feedback_id bigint NOT NULL REFERENCES feedback(id),"
	  "  at bigint NOT NULL,"
	  "  kind text NOT NULL,"
	  "  actor text NOT NULL,"
	  "  text text,"
	  "  is_public boolean NOT NULL"
	  ");"
	  "CREATE INDEX feedback_event_of ON feedback_event(feedback_id, id);"
	  "CREATE TABLE feedback_photo ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  feedback_id bigint NOT NULL REFERENCES feedback(id),"
	  "  mime text NOT NULL,"
	  "  data bytea NOT NULL,"
	  "  created_at bigint NOT NULL"
	  ");"
	  "CREATE INDEX feedback_photo_of ON feedback_photo(feedback_id, id);" },
	/* Each Open311 client's hourly budget (NULL: DIEUHANH_OPEN311_PER_HOUR), counted by key. */
	{ 2, "feedback: an hourly limit per Open311 key",
	  "ALTER TABLE open311_key ADD COLUMN per_hour INTEGER;"
	  "CREATE INDEX feedback_open311 ON feedback(open311_key_id, received_at);",
	  "ALTER TABLE open311_key ADD COLUMN per_hour integer;"
	  "CREATE INDEX feedback_open311 ON feedback(open311_key_id, received_at);" },
	/*
	 * 3. The reports' revision is the newest event; other processes on the
	 *    same PostgreSQL learn of a new one by a notification
	 *    (store/pg_watch.h), so the public list need not read it on every
	 *    request (feedback_store.c, db_revision).  NOTIFY is sent at commit,
	 *    once per transaction.  SQLite serves one process.
	 */
	{ 3, "feedback: a new event notifies other processes (PostgreSQL)",
	  "SELECT 1;",
	  "CREATE OR REPLACE FUNCTION feedback_revision_notify() RETURNS trigger"
	  " LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  PERFORM pg_notify('dieuhanh_revision', 'feedback');"
	  "  RETURN NULL;"
	  " END $$;"
	  "CREATE TRIGGER feedback_event_notify AFTER INSERT ON feedback_event"
	  " FOR EACH STATEMENT EXECUTE FUNCTION feedback_revision_notify();" },
	/*
	 * 4. The open reports in deadline order (FB_OPEN_BY_DEADLINE: the home's
	 *    most urgent few and the queue's pages), without sorting every open
	 *    report of a city's backlog on each view.  The expression is
	 *    feedback_sql.h's FB_DEADLINE, the predicate FB_OPEN_STATES: the
	 *    planners use the index only for the same ones.
	 */
	{ 4, "feedback: the open reports by deadline",
	  "CREATE INDEX feedback_open_by_deadline ON feedback("
	  "(CASE WHEN coalesce(committed_day, 0) > due_day THEN committed_day ELSE due_day END), id)"
	  " WHERE state IN ('received', 'assigned', 'in_progress', 'reopened');",
	  "CREATE INDEX feedback_open_by_deadline ON feedback("
	  "(CASE WHEN coalesce(committed_day, 0) > due_day THEN committed_day ELSE due_day END), id)"
	  " WHERE state IN ('received', 'assigned', 'in_progress', 'reopened');" },
	/* 5. A ward's reports (a unit's page: FB_OPEN_OF_UNIT), as the unit's have had. */
	{ 5, "feedback: the reports of a ward",
	  "CREATE INDEX feedback_ward_state ON feedback(ward_id, state);",
	  "CREATE INDEX feedback_ward_state ON feedback(ward_id, state);" },
};

const struct module_migrations feedback_migrations = {
	"feedback", sizeof steps / sizeof steps[0], steps,
};
