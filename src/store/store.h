/*
 * store.h: the storage engine's interface.
 *
 * struct store_ops is the engine: a table of functions that store_sqlite.c
 * and store_pg.c fill (the shape of GNU Taler's exchange database plugin:
 * swap the table, swap the database).  It holds only what is engine-specific:
 * connections, transactions, migrations, and one generic way to run a
 * statement (query, prepare and the column readers behind store/db.h).
 * The SQL and the storage of each module live with the module:
 * src/<module>/<module>_store.h declares a const table of functions,
 * implemented once in <module>_store.c over store/db.h for both engines.
 *
 * Connections are per worker thread: each engine keeps a thread-local
 * connection, opened lazily on first use and closed when the thread exits or
 * the store is closed, with its prepared statements cached on it.  Callers
 * therefore just pass the store.
 *
 * Results are allocated in the caller's arena and live until it is freed.
 *
 * Writes happen between begin() and commit()/rollback().  begin() takes the
 * write lock at once (SQLite BEGIN IMMEDIATE; PostgreSQL a table lock), so
 * the checks a service makes inside the transaction still hold when it
 * writes.  A begin() inside a transaction is refused (STORE_HARD_ERROR) on
 * both engines and leaves the open transaction as it was.
 */
#ifndef DIEUHANH_STORE_H
#define DIEUHANH_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audit/audit.h"
#include "auth/account.h"
#include "org/org.h"
#include "target/target.h"

struct arena;
struct unit_filter;
struct person_filter;
struct audit_filter;
struct measurement_filter;

enum store_status {
	STORE_OK = 0,
	STORE_NOT_FOUND,   /* no such row */
	STORE_CONFLICT,    /* a unique constraint: e.g. a duplicate unit code */
	STORE_SOFT_ERROR,  /* busy / serialization failure: the caller may retry */
	STORE_HARD_ERROR,  /* anything else; already logged by the engine */
};

const char *store_status_name(enum store_status s);

struct store;
struct db_sql_list;
struct db_param;
struct db_row;
typedef int (*db_row_fn)(void *cls, const struct db_row *row);

struct store_ops {
	const char *engine;  /* "sqlite" or "postgresql" */
	/* Which text of a statement list or module migration this engine runs. */
	enum { STORE_DIALECT_SQLITE, STORE_DIALECT_POSTGRESQL } dialect;

	/* Releases everything; the calling thread's connection included. */
	void (*close)(struct store *st);

	/* Round trip to the database. */
	enum store_status (*ping)(struct store *st);

	/*
	 * True when this thread's last failed call failed because the database
	 * could not be reached or used for now (PostgreSQL down or restarting,
	 * SQLite locked beyond its busy timeout or its file unreadable), not
	 * because of the request: the caller answers 503 with Retry-After
	 * instead of 500, and never takes a failed credential lookup for an
	 * unknown one.
	 */
	bool (*unavailable)(struct store *st);

	/*
	 * Applies the pending base migrations (steps 1-7, frozen), then every
	 * module's pending steps (store/db_migrate.h), all in one transaction:
	 * a step that fails leaves the database as it was before the call.
	 * *VERSION gets the base schema version.  store_migrate() in
	 * db_migrate.h does the same with a report and a dry run.
	 */
	enum store_status (*migrate)(struct store *st, int *version);
	/*
	 * Opens the transaction a migration runs in, holding the engine's
	 * migration lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory
	 * lock, since the writers' lock table may not exist yet), so two
	 * processes starting together apply each step once.  Ended by
	 * commit()/rollback().
	 */
	enum store_status (*begin_schema)(struct store *st);
	/* Runs SQL, one or more statements without parameters (a migration step). */
	enum store_status (*exec_script)(struct store *st, const char *sql);

	enum store_status (*begin)(struct store *st);
	enum store_status (*commit)(struct store *st);
	void (*rollback)(struct store *st);
	/* True between this thread's successful begin() and its commit()/rollback(). */
	bool (*in_transaction)(struct store *st);
	/*
	 * True when the engine knows whether a revision counter changed
	 * without asking the database (PostgreSQL's listener, store/pg_watch.h):
	 * a revision read at *EPOCH is good while *EPOCH stays the same.
	 * False (SQLite, or the listener down): ask the database.
	 */
	bool (*revision_epoch)(struct store *st, uint64_t *epoch);

	/*
	 * The generic statement runner behind store/db.h: statement ID of list
	 * L, prepared once per connection, with NPARAMS typed parameters
	 * (checked against the statement); ON_ROW (may be NULL) sees each row
	 * until it returns nonzero; *CHANGES (may be NULL) gets the rows written.
	 */
	enum store_status (*query)(struct store *st, const struct db_sql_list *l, size_t id,
	                           const struct db_param *params, size_t nparams,
	                           db_row_fn on_row, void *cls, int64_t *changes);
	/* Prepares statement ID of L on this thread's connection. */
	enum store_status (*prepare)(struct store *st, const struct db_sql_list *l, size_t id);
	/*
	 * True when a statement may take array parameters (PostgreSQL: a bulk
	 * insert is one round trip); false where one row per call costs
	 * nothing (SQLite runs in this process).
	 */
	bool array_params;
	/* Column readers for the row a query hands to ON_ROW (see db.h). */
	bool (*col_null)(const struct db_row *r, int col);
	int64_t (*col_int64)(const struct db_row *r, int col);
	double (*col_double)(const struct db_row *r, int col);
	bool (*col_bool)(const struct db_row *r, int col);
	const char *(*col_text)(const struct db_row *r, int col, size_t *len);
	size_t (*col_blob_len)(const struct db_row *r, int col);
	void (*col_blob_copy)(const struct db_row *r, int col, unsigned char *out, size_t len);
};

struct store {
	const struct store_ops *ops;
};

/*
 * Opens the store named by URL: "sqlite:PATH" or "postgresql://…"
 * ("postgres://…" too).  NULL with a message in ERR on failure.
 * SYNC_NORMAL selects SQLite synchronous=NORMAL instead of FULL.
 */
struct store *store_open(const char *url, char *err, size_t errlen);

/*
 * An engine's table, its functions named PREFIX_close, PREFIX_ping, ...:
 *   static const struct store_ops sq_ops = {
 *           STORE_ENGINE_OPS(sq, "sqlite", STORE_DIALECT_SQLITE, false) };
 */
#define STORE_ENGINE_OPS(p, name, dialect_, arrays) \
	.engine = name, .dialect = dialect_, .array_params = arrays, \
	.close = p##_close, .ping = p##_ping, .unavailable = p##_unavailable, \
	.migrate = p##_migrate, .begin_schema = p##_begin_schema, .exec_script = p##_exec_script, .begin = p##_begin, \
	.commit = p##_commit, .rollback = p##_rollback, \
	.in_transaction = p##_in_transaction, .revision_epoch = p##_revision_epoch, .query = p##_query, .prepare = p##_prepare, \
	.col_null = p##_col_null, .col_int64 = p##_col_int64, .col_double = p##_col_double, \
	.col_bool = p##_col_bool, .col_text = p##_col_text, \
	.col_blob_len = p##_col_blob_len, .col_blob_copy = p##_col_blob_copy

struct store *store_sqlite_open(const char *path, char *err, size_t errlen);
struct store *store_pg_open(const char *conninfo, char *err, size_t errlen);

#endif
