/*
 * db_migrate.h: schema changes owned by modules.
 *
 * Steps 1-7 (migrations_sqlite.c, migrations_pg.c) have shipped and are the
 * frozen base: never edit them and never add to them.  A module that needs
 * a new table, column or index adds a step to its own numbered list
 * (src/<module>/<module>_migrations.c, versions 1, 2, 3 ... per module),
 * each step giving the SQLite and the PostgreSQL text side by side, named
 * by the module's struct store_module.  migrate() applies the base,
 * then every module's steps it has not applied yet, all in one write
 * transaction (a failed step leaves the database as it was), recorded in
 * schema_module_version (module, version): so two
 * modules never compete for a version number and no central list of steps
 * grows.  A step may depend on the base and on earlier steps of its own
 * module; one that needs another module's table names it in its summary
 * and that module comes first in src/modules.c.
 */
#ifndef DIEUHANH_DB_MIGRATE_H
#define DIEUHANH_DB_MIGRATE_H

#include <stdbool.h>
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

struct migrate_opts {
	/* Apply every pending step, report it, then roll the whole run back. */
	bool dry_run;
	/* Called for each step applied (MODULE "base" for steps 1-7); may be NULL. */
	void (*on_step)(void *cls, const char *module, int version, const char *summary);
	void *cls;
};

/*
 * The migration run behind every engine's migrate(): in one transaction
 * opened by begin_schema(), the base steps this database lacks (the
 * engine's list, by its dialect), then every registered module's; committed
 * only when all succeeded (rolled back whatever happens with O->dry_run).
 * O may be NULL.  *VERSION: the base schema version (after the run; with a
 * dry run, what it would be).
 */
enum store_status store_migrate(struct store *st, const struct migrate_opts *o, int *version);

/*
 * Inside a transaction: applies the steps of LISTS (NULL-terminated) that
 * this database has not had yet (store_migrate does it for the registered
 * modules).
 */
enum store_status db_migrate_modules(struct store *st,
                                     const struct module_migrations *const *lists,
                                     const struct migrate_opts *o);

/* The highest step of MODULE applied (0: none) into *VERSION. */
enum store_status db_module_version(struct store *st, const char *module, int *version);

#endif
