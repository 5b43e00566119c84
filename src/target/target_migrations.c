/*
 * target_migrations.c: the target module's schema steps after the frozen
 * base (store/db_migrate.h).
 */
#include "store/db_migrate.h"
#include "target/target_store.h"

/*
 * 1. The base indexed every figure by (target, unit, period, id) beside the
 *    partial unique index of current figures on (target, unit, period).
 *    Both lead with the target, so the planners took the all-history one for
 *    reads of current figures (SQLite always; a correction cost 1.09 ms
 *    against 0.006 ms at 1,120 figures per target).  Superseded figures
 *    get their own partial index instead: each read names the part of the
 *    history it wants, and only one index can serve it.
 */
static const struct module_migration steps[] = {
	{ 1, "superseded figures in their own partial index",
	  "DROP INDEX measurement_by_target;"
	  "CREATE INDEX measurement_superseded ON measurement(target_id, unit_id, period_no, id)"
	  " WHERE superseded_by IS NOT NULL;",
	  "DROP INDEX measurement_by_target;"
	  "CREATE INDEX measurement_superseded ON measurement(target_id, unit_id, period_no, id)"
	  " WHERE superseded_by IS NOT NULL;" },
	/*
	 * 2. Revisions at the grain that changes.  One counter for the whole
	 *    table made a figure for any target of any year invalidate every
	 *    cached board; a board depends on its year's targets, and a
	 *    target's page on its family (the top-level target and its
	 *    breakdown).  A unit's rename shows on every board: it bumps them
	 *    all (rare).  The global counter stays for the late-reporters list.
	 *
	 *    SQLite counts up per row (an in-place update).  PostgreSQL bumps
	 *    once per statement through transition tables, and to the
	 *    transaction's id, skipping rows that already hold it: updating
	 *    one row again and again in a transaction is quadratic there (each
	 *    update walks the row's version chain, see base step 5).  Values
	 *    are compared for equality only, never ordered: a transaction's id
	 *    never repeats, so a changed family always reads differently.
	 */
	{ 2, "revisions per target family and per year",
	  "CREATE TABLE target_family_revision (family_id INTEGER PRIMARY KEY,"
	  " year INTEGER NOT NULL, rev INTEGER NOT NULL);"
	  "CREATE TABLE target_year_revision (year INTEGER PRIMARY KEY, rev INTEGER NOT NULL);"
	  "INSERT INTO target_family_revision(family_id, year, rev)"
	  " SELECT id, year, 1 FROM target WHERE parent_id IS NULL;"
	  "INSERT INTO target_year_revision(year, rev) SELECT DISTINCT year, 1 FROM target;"
	  "CREATE TRIGGER target_grain_insert AFTER INSERT ON target BEGIN"
	  " INSERT OR IGNORE INTO target_family_revision VALUES"
	  "  (coalesce(NEW.parent_id, NEW.id), NEW.year, 0);"
	  " INSERT OR IGNORE INTO target_year_revision VALUES (NEW.year, 0);"
	  " UPDATE target_family_revision SET rev = rev + 1"
	  "  WHERE family_id = coalesce(NEW.parent_id, NEW.id);"
	  " UPDATE target_year_revision SET rev = rev + 1 WHERE year = NEW.year;"
	  "END;"
	  "CREATE TRIGGER target_grain_update AFTER UPDATE ON target BEGIN"
	  " INSERT OR IGNORE INTO target_family_revision VALUES"
	  "  (coalesce(NEW.parent_id, NEW.id), NEW.year, 0);"
	  " INSERT OR IGNORE INTO target_year_revision VALUES (NEW.year, 0);"
	  " UPDATE target_family_revision SET rev = rev + 1"
	  "  WHERE family_id IN (coalesce(NEW.parent_id, NEW.id), coalesce(OLD.parent_id, OLD.id));"
	  " UPDATE target_year_revision SET rev = rev + 1 WHERE year IN (NEW.year, OLD.year);"
	  "END;"
	  "CREATE TRIGGER measurement_grain_insert AFTER INSERT ON measurement BEGIN"
	  " UPDATE target_family_revision SET rev = rev + 1 WHERE family_id ="
	  "  (SELECT coalesce(parent_id, id) FROM target WHERE id = NEW.target_id);"
	  " UPDATE target_year_revision SET rev = rev + 1 WHERE year ="
	  "  (SELECT year FROM target WHERE id = NEW.target_id);"
	  "END;"
	  "CREATE TRIGGER measurement_grain_update AFTER UPDATE ON measurement BEGIN"
	  " UPDATE target_family_revision SET rev = rev + 1 WHERE family_id ="
	  "  (SELECT coalesce(parent_id, id) FROM target WHERE id = NEW.target_id);"
	  " UPDATE target_year_revision SET rev = rev + 1 WHERE year ="
	  "  (SELECT year FROM target WHERE id = NEW.target_id);"
	  "END;"
	  "CREATE TRIGGER target_grain_unit AFTER UPDATE ON org_unit BEGIN"
	  " UPDATE target_family_revision SET rev = rev + 1;"
	  " UPDATE target_year_revision SET rev = rev + 1;"
	  "END;",

	  "CREATE TABLE target_family_revision (family_id bigint PRIMARY KEY,"
	  " year integer NOT NULL, rev bigint NOT NULL);"
	  "CREATE TABLE target_year_revision (year integer PRIMARY KEY, rev bigint NOT NULL);"
	  "INSERT INTO target_family_revision(family_id, year, rev)"
	  " SELECT id, year, 1 FROM target WHERE parent_id IS NULL;"
	  "INSERT INTO target_year_revision(year, rev) SELECT DISTINCT year, 1 FROM target;"
	  /* The families and years a statement's rows touch, bumped once each. */
	  "CREATE FUNCTION target_grain_bump(families bigint[], years integer[])"
	  " RETURNS void LANGUAGE plpgsql AS $$"
	  " DECLARE tx bigint := txid_current();"
	  " BEGIN"
	  "  INSERT INTO target_family_revision(family_id, year, rev)"
	  "   SELECT t.id, t.year, tx FROM target t WHERE t.id = ANY(families)"
	  "   ON CONFLICT (family_id) DO UPDATE SET rev = tx"
	  "   WHERE target_family_revision.rev <> tx;"
	  "  INSERT INTO target_year_revision(year, rev) SELECT DISTINCT y, tx FROM unnest(years) y"
	  "   ON CONFLICT (year) DO UPDATE SET rev = tx WHERE target_year_revision.rev <> tx;"
	  " END $$;"
	  "CREATE FUNCTION target_grain_of_targets() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  PERFORM target_grain_bump("
	  "   ARRAY(SELECT DISTINCT coalesce(parent_id, id) FROM changed_rows),"
	  "   ARRAY(SELECT DISTINCT year FROM changed_rows));"
	  "  RETURN NULL;"
	  " END $$;"
	  "CREATE FUNCTION target_grain_of_targets_update() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  PERFORM target_grain_bump("
	  "   ARRAY(SELECT coalesce(parent_id, id) FROM changed_rows"
	  "         UNION SELECT coalesce(parent_id, id) FROM old_rows),"
	  "   ARRAY(SELECT year FROM changed_rows UNION SELECT year FROM old_rows));"
	  "  RETURN NULL;"
	  " END $$;"
	  "CREATE FUNCTION target_grain_of_figures() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  PERFORM target_grain_bump("
	  "   ARRAY(SELECT DISTINCT coalesce(t.parent_id, t.id)"
	  "         FROM (SELECT DISTINCT target_id FROM changed_rows) c"
	  "         JOIN target t ON t.id = c.target_id),"
	  "   ARRAY(SELECT DISTINCT t.year FROM (SELECT DISTINCT target_id FROM changed_rows) c"
	  "         JOIN target t ON t.id = c.target_id));"
	  "  RETURN NULL;"
	  " END $$;"
	  "CREATE FUNCTION target_grain_of_units() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " DECLARE tx bigint := txid_current();"
	  " BEGIN"
	  "  UPDATE target_family_revision SET rev = tx WHERE rev <> tx;"
	  "  UPDATE target_year_revision SET rev = tx WHERE rev <> tx;"
	  "  RETURN NULL;"
	  " END $$;"
	  "CREATE TRIGGER target_grain_insert AFTER INSERT ON target"
	  " REFERENCING NEW TABLE AS changed_rows"
	  " FOR EACH STATEMENT EXECUTE FUNCTION target_grain_of_targets();"
	  "CREATE TRIGGER target_grain_update AFTER UPDATE ON target"
	  " REFERENCING NEW TABLE AS changed_rows OLD TABLE AS old_rows"
	  " FOR EACH STATEMENT EXECUTE FUNCTION target_grain_of_targets_update();"
	  "CREATE TRIGGER measurement_grain_insert AFTER INSERT ON measurement"
	  " REFERENCING NEW TABLE AS changed_rows"
	  " FOR EACH STATEMENT EXECUTE FUNCTION target_grain_of_figures();"
	  "CREATE TRIGGER measurement_grain_update AFTER UPDATE ON measurement"
	  " REFERENCING NEW TABLE AS changed_rows"
	  " FOR EACH STATEMENT EXECUTE FUNCTION target_grain_of_figures();"
	  "CREATE TRIGGER target_grain_unit AFTER UPDATE ON org_unit"
	  " FOR EACH STATEMENT EXECUTE FUNCTION target_grain_of_units();" },
	/*
	 * 3. Other processes on the same PostgreSQL learn of a bump by a
	 *    notification (store/pg_watch.h), so they need not read the
	 *    counters on every request.  NOTIFY is transactional: it is sent at
	 *    commit, once per distinct payload.  SQLite serves one process.
	 */
	{ 3, "revision bumps notify other processes (PostgreSQL)",
	  "SELECT 1;",
	  "CREATE OR REPLACE FUNCTION target_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  IF coalesce(current_setting('dieuhanh.target_bumped', true), '')"
	  "     <> txid_current()::text THEN"
	  "   PERFORM set_config('dieuhanh.target_bumped', txid_current()::text, true);"
	  "   UPDATE target_revision SET rev = rev + 1 WHERE id = 1;"
	  "   PERFORM pg_notify('dieuhanh_revision', 'target');"
	  "  END IF;"
	  "  RETURN NULL;"
	  " END $$;"
	  "CREATE OR REPLACE FUNCTION target_grain_bump(families bigint[], years integer[])"
	  " RETURNS void LANGUAGE plpgsql AS $$"
	  " DECLARE tx bigint := txid_current();"
	  " BEGIN"
	  "  INSERT INTO target_family_revision(family_id, year, rev)"
	  "   SELECT t.id, t.year, tx FROM target t WHERE t.id = ANY(families)"
	  "   ON CONFLICT (family_id) DO UPDATE SET rev = tx"
	  "   WHERE target_family_revision.rev <> tx;"
	  "  INSERT INTO target_year_revision(year, rev) SELECT DISTINCT y, tx FROM unnest(years) y"
	  "   ON CONFLICT (year) DO UPDATE SET rev = tx WHERE target_year_revision.rev <> tx;"
	  "  PERFORM pg_notify('dieuhanh_revision', 'target');"
	  " END $$;"
	  "CREATE OR REPLACE FUNCTION target_grain_of_units() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " DECLARE tx bigint := txid_current();"
	  " BEGIN"
	  "  UPDATE target_family_revision SET rev = tx WHERE rev <> tx;"
	  "  UPDATE target_year_revision SET rev = tx WHERE rev <> tx;"
	  "  PERFORM pg_notify('dieuhanh_revision', 'target');"
	  "  RETURN NULL;"
	  " END $$;" },
	/*
	 * 4. Every board build lists the year's families (its top-level
	 *    targets) with their revisions.  Through the (year, code) key that
	 *    read every target of the year to find the few at the top: 15,050
	 *    rows for 50 on the large case, 39 % of a rebuild after a figure.
	 */
	{ 4, "the year's top-level targets in their own partial index",
	  "CREATE INDEX target_family_by_year ON target(year, code, id) WHERE parent_id IS NULL;",
	  "CREATE INDEX target_family_by_year ON target(year, code COLLATE \"C\", id)"
	  " WHERE parent_id IS NULL;" },
};

const struct module_migrations target_migrations = {
	"target", sizeof steps / sizeof steps[0], steps,
};
