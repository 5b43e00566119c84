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
};

const struct module_migrations org_migrations = {
	"org", sizeof org_steps / sizeof org_steps[0], org_steps,
};
