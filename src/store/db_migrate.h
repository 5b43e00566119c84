/*
 * db_migrate.h: schema changes owned by modules.
 *
 * Steps 1-7 (migrations_sqlite.c, migrations_pg.c) have shipped and are the
 * frozen base: never edit them and never add to them.  A module that needs
 * a new table, column or index adds a step to its own numbered list
 * (src/<module>/<module>_migrations.c, versions 1, 2, 3 ... per module),
 * each step giving the SQLite and the PostgreSQL text side by side, named
 * by the module's struct store_module.  migrate() applies the base,
 * then every module's steps it has not applied yet, each in its own write
 * transaction, recorded in schema_module_version (module, version): so two
 * modules never compete for a version number and no central list of steps
 * grows.  A step may depend on the base and on earlier steps of its own
 * module; one that needs another module's table names it in its summary
 * and that module comes first in src/modules.c.
 */
#ifndef DIEUHANH_DB_MIGRATE_H
#define DIEUHANH_DB_MIGRATE_H

#include <stddef.h>

#include "store/store.h"
#include "store/store_stmt.h"

struct module_migration {
	int version;              /* 1, 2, ... within the module, ascending */
	const char *summary;
	const char *sqlite;       /* one or more statements */
	const char *pg;
};

struct module_migrations {
	const char *module;       /* "tasks": the key in schema_module_version */
	size_t n;
	const struct module_migration *steps;
};

/*
 * What a module owns in the database: its statement list (prepared and
 * checked on both engines by tests/unit/test_store_engine.c) and its schema
 * steps (NULL: none yet).  Each module defines one beside its store
 * (`const struct store_module org_storage`) and names it in its struct
 * module (.storage), so the one line in src/modules.c registers it.
 */
struct store_module {
	const char *name;
	const struct db_sql_list *sql;
	const struct module_migrations *migrations;
};

/*
 * Every registered module's storage, NULL-terminated.  Provided by the
 * program's module registry (src/modules.c), not by the storage layer: the
 * engines only ask.
 */
const struct store_module *const *store_registered_modules(void);

/* Applies the registered modules' pending steps (db_migrate_modules on their lists). */
enum store_status db_migrate_registered(struct store *st);

/*
 * Applies the steps of LISTS (NULL-terminated) that this database has not
 * had yet.  Called by each engine's migrate() after the base steps.
 */
enum store_status db_migrate_modules(struct store *st,
                                     const struct module_migrations *const *lists);

/* The highest step of MODULE applied (0: none) into *VERSION. */
enum store_status db_module_version(struct store *st, const char *module, int *version);

#endif
