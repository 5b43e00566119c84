/*
 * calendar_migrations.c: the working calendar's own schema steps
 * (store/db_migrate.h).  The shipped tables stay in C
 * (calendar_published.c); the database holds only what an administrator
 * changed on top of them: edited days and the years confirmed.
 */
#include "calendar/calendar_store.h"

#include "store/db_migrate.h"

static const struct module_migration steps[] = {
	{ 1, "calendar: administrators' edits of days, confirmed years, a revision for caches",
	  "CREATE TABLE calendar_edit ("
	  "  day TEXT PRIMARY KEY,"
	  "  year INTEGER NOT NULL,"
	  "  working INTEGER NOT NULL,"
	  "  note TEXT NOT NULL"
	  ");"
	  "CREATE INDEX calendar_edit_by_year ON calendar_edit(year, day);"
	  "CREATE TABLE calendar_year ("
	  "  year INTEGER PRIMARY KEY,"
	  "  confirmed INTEGER NOT NULL"
	  ");"
	  "CREATE TABLE calendar_revision (id INTEGER PRIMARY KEY CHECK (id = 1),"
	  " rev INTEGER NOT NULL);"
	  "INSERT INTO calendar_revision VALUES (1, 0);"
	  "CREATE TRIGGER calendar_edit_bump_insert AFTER INSERT ON calendar_edit"
	  " BEGIN UPDATE calendar_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER calendar_edit_bump_update AFTER UPDATE ON calendar_edit"
	  " BEGIN UPDATE calendar_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER calendar_edit_bump_delete AFTER DELETE ON calendar_edit"
	  " BEGIN UPDATE calendar_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER calendar_year_bump_insert AFTER INSERT ON calendar_year"
	  " BEGIN UPDATE calendar_revision SET rev = rev + 1 WHERE id = 1; END;"
	  "CREATE TRIGGER calendar_year_bump_update AFTER UPDATE ON calendar_year"
	  " BEGIN UPDATE calendar_revision SET rev = rev + 1 WHERE id = 1; END;",
	  /* PostgreSQL: one bump per transaction, as the base's step 5 does for the others. */
	  "CREATE TABLE calendar_edit ("
	  "  day date PRIMARY KEY,"
	  "  year integer NOT NULL,"
	  "  working boolean NOT NULL,"
	  "  note text NOT NULL"
	  ");"
	  "CREATE INDEX calendar_edit_by_year ON calendar_edit(year, day);"
	  "CREATE TABLE calendar_year ("
	  "  year integer PRIMARY KEY,"
	  "  confirmed boolean NOT NULL"
	  ");"
	  "CREATE TABLE calendar_revision (id integer PRIMARY KEY CHECK (id = 1),"
	  " rev bigint NOT NULL);"
	  "INSERT INTO calendar_revision VALUES (1, 0);"
	  "CREATE FUNCTION calendar_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  IF coalesce(current_setting('dieuhanh.calendar_bumped', true), '')"
	  "     <> txid_current()::text THEN"
	  "   PERFORM set_config('dieuhanh.calendar_bumped', txid_current()::text, true);"
	  "   UPDATE calendar_revision SET rev = rev + 1 WHERE id = 1;"
	  "  END IF;"
	  "  RETURN NULL;"
	  " END $$;"
	  "CREATE TRIGGER calendar_edit_bump AFTER INSERT OR UPDATE OR DELETE ON calendar_edit"
	  " FOR EACH STATEMENT EXECUTE FUNCTION calendar_revision_bump();"
	  "CREATE TRIGGER calendar_year_bump AFTER INSERT OR UPDATE OR DELETE ON calendar_year"
	  " FOR EACH STATEMENT EXECUTE FUNCTION calendar_revision_bump();" },
	/* As org's step 2: other processes learn of an edit by a notification (store/pg_watch.h). */
	{ 2, "the calendar's revision bump notifies other processes (PostgreSQL)",
	  "SELECT 1;",
	  "CREATE OR REPLACE FUNCTION calendar_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  IF coalesce(current_setting('dieuhanh.calendar_bumped', true), '')"
	  "     <> txid_current()::text THEN"
	  "   PERFORM set_config('dieuhanh.calendar_bumped', txid_current()::text, true);"
	  "   UPDATE calendar_revision SET rev = rev + 1 WHERE id = 1;"
	  "   PERFORM pg_notify('dieuhanh_revision', 'calendar');"
	  "  END IF;"
	  "  RETURN NULL;"
	  " END $$;" },
};

const struct module_migrations calendar_migrations = {
	"calendar", sizeof steps / sizeof steps[0], steps,
};
