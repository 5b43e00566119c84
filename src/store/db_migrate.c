/*
 * db_migrate.c: the migration run, the same for both engines
 * (db_migrate.h).  Everything pending -- the frozen base steps, then every
 * registered module's -- is applied in one transaction that the engine's
 * begin_schema() opens under its migration lock, and the versions are read
 * inside it: two processes starting together apply a step once, and a step
 * that fails takes the whole run back with it, so an upgrade either happens
 * or leaves the database as the old binary left it.
 */
#include "store/db_migrate.h"

#include <stdio.h>

#include "store/db.h"
#include "store/migrations.h"
#include "store/store_stmt.h"

enum store_status db_module_version(struct store *st, const char *module, int *version)
{
	int64_t v = 0;
	enum store_status rc = db_scalar(st, &store_sql, STORE_MODULE_VERSION,
	                                 DB_PARAMS(db_text(module)), &v);
	*version = (int)v;
	return rc;
}

static void report(const struct migrate_opts *o, const char *module, int version,
                   const char *summary)
{
	if (o && o->on_step)
		o->on_step(o->cls, module, version, summary);
}

/* Inside the run's transaction: the pending steps of LISTS. */
static enum store_status apply_modules(struct store *st,
                                       const struct module_migrations *const *lists,
                                       const struct migrate_opts *o)
{
	enum store_status rc = db_exec(st, &store_sql, STORE_MODULE_VERSION_TABLE, DB_NO_PARAMS);
	for (size_t i = 0; rc == STORE_OK && lists[i]; i++) {
		const struct module_migrations *m = lists[i];
		int current = 0;
		rc = db_module_version(st, m->module, &current);
		for (size_t k = 0; rc == STORE_OK && k < m->n; k++) {
			const struct module_migration *s = &m->steps[k];
			if (s->version <= current)
				continue;
			report(o, m->module, s->version, s->summary);
			const char *sql = st->ops->dialect == STORE_DIALECT_POSTGRESQL ? s->pg : s->sqlite;
			rc = st->ops->exec_script(st, sql);
			if (rc == STORE_OK)
				rc = db_exec(st, &store_sql, STORE_MODULE_VERSION_RECORD,
				             DB_PARAMS(db_text(m->module), db_int64(s->version),
				                       db_text(s->summary)));
			if (rc != STORE_OK)
				fprintf(stderr, "store: migration %s %d (%s) failed\n", m->module,
				        s->version, s->summary);
		}
	}
	return rc;
}

/* Commits, or rolls back on failure or a dry run. */
static enum store_status finish(struct store *st, enum store_status rc,
                                const struct migrate_opts *o)
{
	if (rc == STORE_OK && !(o && o->dry_run))
		rc = st->ops->commit(st);
	if (rc != STORE_OK || (o && o->dry_run))
		st->ops->rollback(st);
	return rc;
}

enum store_status db_migrate_modules(struct store *st,
                                     const struct module_migrations *const *lists,
                                     const struct migrate_opts *o)
{
	enum store_status rc = st->ops->begin_schema(st);
	if (rc != STORE_OK)
		return rc;
	return finish(st, apply_modules(st, lists, o), o);
}

enum store_status store_migrate(struct store *st, const struct migrate_opts *o, int *version)
{
	size_t n;
	const struct migration *base = st->ops->dialect == STORE_DIALECT_POSTGRESQL
		? migrations_pg(&n) : migrations_sqlite(&n);
	const struct module_migrations *lists[64];
	size_t nlists = 0;
	for (const struct store_module *const *m = store_registered_modules(); *m; m++)
		if ((*m)->migrations && nlists < sizeof lists / sizeof lists[0] - 1)
			lists[nlists++] = (*m)->migrations;
	lists[nlists] = NULL;

	enum store_status rc = st->ops->begin_schema(st);
	if (rc != STORE_OK)
		return rc;
	int64_t current = 0;
	rc = db_exec(st, &store_sql, STORE_SCHEMA_VERSION_TABLE, DB_NO_PARAMS);
	if (rc == STORE_OK)
		rc = db_scalar(st, &store_sql, STORE_SCHEMA_VERSION, DB_NO_PARAMS, &current);
	if (rc == STORE_OK && n > 0 && current > base[n - 1].version)
		fprintf(stderr, "store: database schema version %lld is newer than this program's"
		        " %d\n", (long long)current, base[n - 1].version);
	for (size_t i = 0; rc == STORE_OK && i < n; i++) {
		if (base[i].version <= current)
			continue;
		report(o, "base", base[i].version, base[i].summary);
		rc = st->ops->exec_script(st, base[i].sql);
		if (rc == STORE_OK)
			rc = db_exec(st, &store_sql, STORE_SCHEMA_VERSION_RECORD,
			             DB_PARAMS(db_int64(base[i].version), db_text(base[i].summary)));
		if (rc == STORE_OK)
			current = base[i].version;
		else
			fprintf(stderr, "store: migration %d (%s) failed\n", base[i].version,
			        base[i].summary);
	}
	if (rc == STORE_OK)
		rc = apply_modules(st, lists, o);
	*version = (int)current;
	return finish(st, rc, o);
}
