/*
 * store_sqlite.c: the SQLite engine behind store.h.  It knows no module:
 * the modules' statements come as lists (store/db.h) and it prepares,
 * binds, steps and converts them.
 *
 * Why it looks like this:
 * - One connection per worker thread (store_conns.h), opened lazily.
 *   SQLite connections must not be shared between threads without locking,
 *   and WAL lets each thread read while one writes.
 * - A list's statement is prepared once per connection, kept in that
 *   connection's cache by slot and reset right after use, so a request
 *   never pays for parsing SQL and never holds a read snapshot open longer
 *   than its call.  Its parameter count is checked on every call.
 * - Writes use BEGIN IMMEDIATE: the write lock is taken before the service
 *   checks anything, so what it checked still holds when it writes, and a
 *   busy database shows up at begin(), not halfway through.  A begin()
 *   inside a transaction is refused and changes nothing.
 * - Writers of this process queue on a mutex: begin() takes it, and so does
 *   every write outside a transaction (a session's touch, the throttle).
 *   Left to SQLite's busy handler, a waiting writer sleeps and polls while
 *   another thread keeps winning the lock (p99 over a second under load,
 *   and a failure behind a transaction longer than the 5 s busy timeout);
 *   the mutex hands the lock over in order.  Other processes still meet
 *   busy_timeout.
 * - synchronous=FULL by default: an acknowledged write survives power loss.
 */
#include "store/store.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "store/store_conns.h"
#include "store/store_stmt.h"
#include "util/arena.h"

struct sq_conn {
	struct store_conn link;    /* first: the store's registry of connections */
	struct sq_store *owner;
	sqlite3 *db;
	bool holds_writer;
	sqlite3_stmt **cache;      /* the module lists' statements, by cache slot */
	size_t ncache;
};

struct sq_store {
	struct store_engine e;     /* e.locator: the file; one connection per thread */
	pthread_mutex_t writer;    /* held from begin() to commit()/rollback() */
};

static void sq_conn_close(struct store_conn *link)
{
	struct sq_conn *c = (struct sq_conn *)link;
	for (size_t i = 0; i < c->ncache; i++)
		sqlite3_finalize(c->cache[i]);
	free(c->cache);
	sqlite3_close_v2(c->db);
	free(c);
}

static int sq_exec_pragmas(sqlite3 *db, char *err, size_t errlen)
{
	static const char *const pragmas =
		"PRAGMA journal_mode=WAL;"
		"PRAGMA foreign_keys=ON;"
		"PRAGMA temp_store=MEMORY;";
	char *msg = NULL;
	if (sqlite3_exec(db, pragmas, NULL, NULL, &msg) != SQLITE_OK) {
		snprintf(err, errlen, "%s", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	const char *sync = getenv("DIEUHANH_SQLITE_SYNC");
	const char *stmt = (sync && strcmp(sync, "normal") == 0)
		? "PRAGMA synchronous=NORMAL" : "PRAGMA synchronous=FULL";
	if (sqlite3_exec(db, stmt, NULL, NULL, &msg) != SQLITE_OK) {
		snprintf(err, errlen, "%s", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static struct sq_conn *sq_conn_open(struct sq_store *s, char *err, size_t errlen)
{
	struct sq_conn *c = calloc(1, sizeof *c);
	if (c == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	c->owner = s;
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
	if (sqlite3_open_v2(s->e.locator, &c->db, flags, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "cannot open SQLite database '%s': %s", s->e.locator,
		         c->db ? sqlite3_errmsg(c->db) : "out of memory");
		sqlite3_close_v2(c->db);
		free(c);
		return NULL;
	}
	sqlite3_busy_timeout(c->db, 5000);
	sqlite3_extended_result_codes(c->db, 1);
	if (sq_exec_pragmas(c->db, err, errlen) != 0) {
		sqlite3_close_v2(c->db);
		free(c);
		return NULL;
	}
	return c;
}

/*
 * The primary result code of this thread's last failed call (its connection
 * is this thread's too), for sq_unavailable().
 */
static _Thread_local int sq_last_failure;

static void sq_note_failure(int rc)
{
	sq_last_failure = rc & 0xff;
}

/*
 * Locked by another process beyond the busy timeout, or the file cannot be
 * opened or read: the database is out of reach for now, the request is fine.
 */
static struct sq_conn *sq_conn(struct store *st)
{
	struct sq_store *s = (struct sq_store *)st;
	struct sq_conn *c = (struct sq_conn *)store_conns_mine(&s->e.conns);
	if (c)
		return c;
	char err[256];
	c = sq_conn_open(s, err, sizeof err);
	if (c == NULL) {
		sq_note_failure(SQLITE_CANTOPEN);
		fprintf(stderr, "store_sqlite: %s\n", err);
		return NULL;
	}
	store_conns_adopt(&s->e.conns, &c->link);
	return c;
}

static bool sq_unavailable(struct store *st)
{
	(void)st;
	switch (sq_last_failure) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
	case SQLITE_CANTOPEN:
	case SQLITE_IOERR:
	case SQLITE_PROTOCOL:
		return true;
	default:
		return false;
	}
}

static enum store_status sq_status(sqlite3 *db, int rc, const char *what)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return STORE_OK;
	default:
		sq_note_failure(rc);
		break;
	}
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return STORE_SOFT_ERROR;
	case SQLITE_CONSTRAINT:
		if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
			return STORE_CONFLICT;
		break;
	default:
		break;
	}
	fprintf(stderr, "store_sqlite: %s: %s\n", what, sqlite3_errmsg(db));
	return STORE_HARD_ERROR;
}

static enum store_status sq_query(struct store *st, const struct db_sql_list *l, size_t id,
                                  const struct db_param *params, size_t nparams,
                                  db_row_fn on_row, void *cls, int64_t *changes);

/* One of the engine layer's own statements (store_sql.h), without parameters. */
static enum store_status sq_simple(struct store *st, enum store_stmt id)
{
	return sq_query(st, &store_sql, id, NULL, 0, NULL, NULL, NULL);
}

static enum store_status sq_ping(struct store *st)
{
	return sq_simple(st, STORE_PING);
}

static void sq_release_writer(struct sq_conn *c)
{
	if (c->holds_writer) {
		c->holds_writer = false;
		pthread_mutex_unlock(&c->owner->writer);
	}
}

/*
 * A begin() inside a transaction is refused and changes nothing: the outer
 * transaction keeps its writer lock (it used to be released here while the
 * transaction stayed open).
 */
static enum store_status sq_begin(struct store *st)
{
	struct sq_conn *c = sq_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	if (c->holds_writer || !sqlite3_get_autocommit(c->db)) {
		fprintf(stderr, "store_sqlite: begin: already inside a transaction\n");
		return STORE_HARD_ERROR;
	}
	pthread_mutex_lock(&c->owner->writer);
	c->holds_writer = true;
	enum store_status rc = sq_simple(st, STORE_BEGIN);
	if (rc != STORE_OK)
		sq_release_writer(c);
	return rc;
}

/* In this process, a revision read costs what remembering it would. */
static bool sq_revision_epoch(struct store *st, uint64_t *epoch)
{
	(void)st;
	*epoch = 0;
	return false;
}

static bool sq_in_transaction(struct store *st)
{
	struct sq_store *s = (struct sq_store *)st;
	struct sq_conn *c = (struct sq_conn *)store_conns_mine(&s->e.conns);
	return c != NULL && c->holds_writer && !sqlite3_get_autocommit(c->db);
}

static enum store_status sq_commit(struct store *st)
{
	struct sq_conn *c = sq_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	enum store_status rc = sq_simple(st, STORE_COMMIT);
	/* A failed COMMIT leaves the transaction open: rollback() releases then. */
	if (rc == STORE_OK || sqlite3_get_autocommit(c->db))
		sq_release_writer(c);
	return rc;
}

static void sq_rollback(struct store *st)
{
	struct sq_conn *c = sq_conn(st);
	if (c == NULL)
		return;
	if (!sqlite3_get_autocommit(c->db))
		sq_simple(st, STORE_ROLLBACK);
	sq_release_writer(c);
}

/* ---- the generic statement runner (store/db.h) ---------------------- */

/* Resets a statement after use, so it holds no read snapshot open. */
static void sq_done(sqlite3_stmt *stmt)
{
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
}

/* Statement ID of L on C, prepared on first use and cached by slot. */
static sqlite3_stmt *sq_cached(struct sq_conn *c, const struct db_sql_list *l, size_t id)
{
	if (id >= l->n || l->sqlite[id] == NULL) {
		fprintf(stderr, "store_sqlite: %s statement %zu is not run on SQLite\n", l->module, id);
		return NULL;
	}
	size_t slot = db_list_slot(l) + id;
	if (slot >= c->ncache) {
		size_t n = db_slots_assigned();
		if (n <= slot)
			n = slot + 1;
		sqlite3_stmt **bigger = realloc(c->cache, n * sizeof *bigger);
		if (bigger == NULL)
			return NULL;
		memset(bigger + c->ncache, 0, (n - c->ncache) * sizeof *bigger);
		c->cache = bigger;
		c->ncache = n;
	}
	if (c->cache[slot] == NULL) {
		int rc = sqlite3_prepare_v3(c->db, l->sqlite[id], -1, SQLITE_PREPARE_PERSISTENT,
		                            &c->cache[slot], NULL);
		if (rc != SQLITE_OK) {
			sq_note_failure(rc);
			fprintf(stderr, "store_sqlite: prepare %s.%s: %s\n", l->module, l->names[id],
			        sqlite3_errmsg(c->db));
			sqlite3_finalize(c->cache[slot]);
			c->cache[slot] = NULL;
			return NULL;
		}
	}
	return c->cache[slot];
}

static enum store_status sq_prepare(struct store *st, const struct db_sql_list *l, size_t id)
{
	struct sq_conn *c = sq_conn(st);
	return c && sq_cached(c, l, id) ? STORE_OK : STORE_HARD_ERROR;
}

static int sq_bind(sqlite3_stmt *s, int i, const struct db_param *p)
{
	switch (p->type) {
	case DB_PARAM_NULL: return sqlite3_bind_null(s, i);
	case DB_PARAM_INT64: return sqlite3_bind_int64(s, i, p->v.i);
	case DB_PARAM_DOUBLE: return sqlite3_bind_double(s, i, p->v.d);
	case DB_PARAM_BOOL: return sqlite3_bind_int(s, i, p->v.b);
	case DB_PARAM_TEXT: return sqlite3_bind_text(s, i, p->v.s, -1, SQLITE_STATIC);
	case DB_PARAM_BLOB:
		if (p->len > INT32_MAX)
			return SQLITE_TOOBIG;
		return sqlite3_bind_blob(s, i, p->v.p, (int)p->len, SQLITE_STATIC);
	}
	return SQLITE_MISUSE;
}

static enum store_status sq_query(struct store *st, const struct db_sql_list *l, size_t id,
                                  const struct db_param *params, size_t nparams,
                                  db_row_fn on_row, void *cls, int64_t *changes)
{
	if (changes)
		*changes = 0;
	struct sq_conn *c = sq_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	sqlite3_stmt *s = sq_cached(c, l, id);
	if (s == NULL)
		return STORE_HARD_ERROR;
	if ((size_t)sqlite3_bind_parameter_count(s) != nparams) {
		fprintf(stderr, "store_sqlite: %s.%s: %zu parameters given, %d expected\n",
		        l->module, l->names[id], nparams, sqlite3_bind_parameter_count(s));
		return STORE_HARD_ERROR;
	}
	for (size_t i = 0; i < nparams; i++) {
		int rc = sq_bind(s, (int)i + 1, &params[i]);
		if (rc != SQLITE_OK) {
			enum store_status bad = sq_status(c->db, rc, l->names[id]);
			sq_done(s);
			return bad == STORE_OK ? STORE_HARD_ERROR : bad;
		}
	}
	struct db_row row = { .ops = st->ops, .impl = s, .index = 0 };
	bool reading = on_row != NULL;
	/* A write runs to the end even when the caller wanted one row. */
	bool writes = !sqlite3_stmt_readonly(s);
	/*
	 * A write outside a transaction (a session's or token's touch, the
	 * sign-in throttle) queues with this process's other writers, as
	 * begin() does: left to SQLite it would poll the busy timeout while a
	 * transaction holds the lock, and fail after 5 s behind a long one.
	 */
	bool queued = writes && !c->holds_writer;
	if (queued)
		pthread_mutex_lock(&c->owner->writer);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (reading && on_row(cls, &row) != 0) {
			reading = false;
			if (!writes) {
				rc = SQLITE_DONE;
				break;
			}
		}
		row.index++;
	}
	enum store_status status = sq_status(c->db, rc, l->names[id]);
	if (changes && status == STORE_OK)
		*changes = sqlite3_changes64(c->db);
	sq_done(s);
	if (queued)
		pthread_mutex_unlock(&c->owner->writer);
	return status;
}

static bool sq_col_null(const struct db_row *r, int col)
{
	return sqlite3_column_type(r->impl, col) == SQLITE_NULL;
}

static int64_t sq_col_int64(const struct db_row *r, int col)
{
	return sqlite3_column_int64(r->impl, col);
}

static double sq_col_double(const struct db_row *r, int col)
{
	return sqlite3_column_double(r->impl, col);
}

static bool sq_col_bool(const struct db_row *r, int col)
{
	return sqlite3_column_int64(r->impl, col) != 0;
}

static const char *sq_col_text(const struct db_row *r, int col, size_t *len)
{
	const unsigned char *t = sqlite3_column_text(r->impl, col);
	*len = (size_t)sqlite3_column_bytes(r->impl, col);
	return (const char *)t;
}

static size_t sq_col_blob_len(const struct db_row *r, int col)
{
	sqlite3_column_blob(r->impl, col);
	return (size_t)sqlite3_column_bytes(r->impl, col);
}

static void sq_col_blob_copy(const struct db_row *r, int col, unsigned char *out, size_t len)
{
	const void *b = sqlite3_column_blob(r->impl, col);
	size_t have = (size_t)sqlite3_column_bytes(r->impl, col);
	memset(out, 0, len);
	if (b)
		memcpy(out, b, have < len ? have : len);
}

/* ---- migrations ---------------------------------------------------- */

static enum store_status sq_exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		fprintf(stderr, "store_sqlite: %s\n", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return (rc & 0xff) == SQLITE_BUSY ? STORE_SOFT_ERROR : STORE_HARD_ERROR;
	}
	return STORE_OK;
}

/* Schema changes take the writers' lock like any write (BEGIN IMMEDIATE). */
static enum store_status sq_begin_schema(struct store *st)
{
	return sq_begin(st);
}

static enum store_status sq_migrate(struct store *st, int *version)
{
	return store_migrate(st, NULL, version);
}

static enum store_status sq_exec_script(struct store *st, const char *sql)
{
	struct sq_conn *c = sq_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	return sq_exec(c->db, sql);
}

/* ---- open / close -------------------------------------------------- */

static const struct store_ops sq_ops;

static void sq_close(struct store *st)
{
	struct sq_store *s = (struct sq_store *)st;
	pthread_mutex_destroy(&s->writer);
	store_engine_free(&s->e);
}

struct store *store_sqlite_open(const char *path, char *err, size_t errlen)
{
	struct sq_store *s = store_engine_new(sizeof *s, &sq_ops, path, sq_conn_close,
	                                      err, errlen);
	if (s == NULL)
		return NULL;
	pthread_mutex_init(&s->writer, NULL);
	/* Open the caller's connection now, so a bad path fails here, clearly. */
	struct sq_conn *c = sq_conn_open(s, err, errlen);
	if (c == NULL) {
		sq_close(&s->e.base);
		return NULL;
	}
	store_conns_adopt(&s->e.conns, &c->link);
	return &s->e.base;
}

/* The engine, as store.h's table of functions. */
static const struct store_ops sq_ops = {
	STORE_ENGINE_OPS(sq, "sqlite", STORE_DIALECT_SQLITE, false)
};
