/*
 * org_migrations.c: the org module's own schema steps, after the frozen
 * base (store/db_migrate.h).
 */
#include "store/db_migrate.h"

#include "org/org_store.h"

static const struct module_migration org_steps[] = {
	{ 1, "person.ref: an external reference (a handle from another system) for imports",
	  "ALTER TABLE person ADD COLUMN ref TEXT;"
	  "CREATE UNIQUE INDEX person_by_ref ON person(ref);",
	  "ALTER TABLE person ADD COLUMN ref text;"
	  "CREATE UNIQUE INDEX person_by_ref ON person(ref);" },
	/*
	 * Other processes on the same PostgreSQL learn of a change to the tree
	 * by a notification (store/pg_watch.h), so they need not read
	 * org_revision on every request.  SQLite serves one process.
	 */
	{ 2, "the tree's revision bump notifies other processes (PostgreSQL)",
	  "SELECT 1;",
	  "CREATE OR REPLACE FUNCTION org_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$"
	  " BEGIN"
	  "  IF coalesce(current_setting('dieuhanh.org_bumped', true), '')"
	  "     <> txid_current()::text THEN"
	  "   PERFORM set_config('dieuhanh.org_bumped', txid_current()::text, true);"
	  "   UPDATE org_revision SET rev = rev + 1 WHERE id = 1;"
	  "   PERFORM pg_notify('dieuhanh_revision', 'org');"
	  "  END IF;"
	  "  RETURN NULL;"
	  " END $$;" },
};

const struct module_migrations org_migrations = {
	"org", sizeof org_steps / sizeof org_steps[0], org_steps,
};
