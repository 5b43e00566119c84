/*
 * db_migrate.c: the module migrations runner (db_migrate.h), the same for
 * both engines: each step in its own write transaction, which begin()
 * serialises across processes (SQLite BEGIN IMMEDIATE, PostgreSQL's writer
 * lock), so the version is read again inside it and two processes starting
 * together apply a step once.
 */
#include "store/db_migrate.h"

#include <stdio.h>

#include "store/db.h"
#include "store/store_stmt.h"

enum store_status db_module_version(struct store *st, const char *module, int *version)
{
	int64_t v = 0;
	enum store_status rc = db_scalar(st, &store_sql, STORE_MODULE_VERSION,
	                                 DB_PARAMS(db_text(module)), &v);
	*version = (int)v;
	return rc;
}

/* Applies step S of module M if the database has not had it; in a transaction. */
static enum store_status apply_step(struct store *st, const struct module_migrations *m,
                                    const struct module_migration *s)
{
	enum store_status rc = st->ops->begin(st);
	if (rc != STORE_OK)
		return rc;
	int current = 0;
	rc = db_module_version(st, m->module, &current);
	if (rc == STORE_OK && s->version > current) {
		const char *sql = st->ops->dialect == STORE_DIALECT_POSTGRESQL ? s->pg : s->sqlite;
		rc = st->ops->exec_script(st, sql);
		if (rc == STORE_OK)
			rc = db_exec(st, &store_sql, STORE_MODULE_VERSION_RECORD,
			             DB_PARAMS(db_text(m->module), db_int64(s->version),
			                       db_text(s->summary)));
	}
	if (rc == STORE_OK)
		rc = st->ops->commit(st);
	if (rc != STORE_OK) {
		fprintf(stderr, "store: migration %s %d (%s) failed\n", m->module, s->version,
		        s->summary);
		st->ops->rollback(st);
	}
	return rc;
}

enum store_status db_migrate_modules(struct store *st,
                                     const struct module_migrations *const *lists)
{
	enum store_status rc = db_exec(st, &store_sql, STORE_MODULE_VERSION_TABLE, DB_NO_PARAMS);
	for (size_t i = 0; rc == STORE_OK && lists[i]; i++) {
		const struct module_migrations *m = lists[i];
		int current = 0;
		rc = db_module_version(st, m->module, &current);
		for (size_t k = 0; rc == STORE_OK && k < m->n; k++)
			if (m->steps[k].version > current)
				rc = apply_step(st, m, &m->steps[k]);
	}
	return rc;
}

enum store_status db_migrate_registered(struct store *st)
{
	const struct module_migrations *lists[64];
	size_t n = 0;
	for (const struct store_module *const *m = store_registered_modules(); *m; m++)
		if ((*m)->migrations && n < sizeof lists / sizeof lists[0] - 1)
			lists[n++] = (*m)->migrations;
	lists[n] = NULL;
	return db_migrate_modules(st, lists);
}
