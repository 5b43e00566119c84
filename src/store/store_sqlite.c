/*
 * store_sqlite.c: the SQLite engine behind store.h.
 *
 * Why it looks like this:
 * - One connection per worker thread (a pthread key), opened lazily.  SQLite
 *   connections must not be shared between threads without locking, and WAL
 *   lets each thread read while one writes.
 * - Every statement is prepared once per connection, kept in that
 *   connection's cache and reset right after use, so a request never pays for
 *   parsing SQL and never holds a read snapshot open longer than its call.
 * - Writes use BEGIN IMMEDIATE: the write lock is taken before the service
 *   checks anything, so what it checked still holds when it writes, and a
 *   busy database shows up at begin(), not halfway through.
 * - Writers of this process queue on a mutex before BEGIN IMMEDIATE.  Left to
 *   SQLite's busy handler, a waiting writer sleeps and polls while another
 *   thread keeps winning the lock (p99 over a second under load); the mutex
 *   hands the lock over in order.  Other processes still meet busy_timeout.
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
#include "store/migrations.h"
#include "util/arena.h"

enum sq_stmt_id {
	SQ_PING,
	SQ_BEGIN,
	SQ_COMMIT,
	SQ_ROLLBACK,
	SQ_MEASUREMENT_GET,
	SQ_TARGET_GET,
	SQ_TARGET_LIST,
	SQ_TARGET_INSERT,
	SQ_TARGET_UPDATE,
	SQ_MEASUREMENT_INSERT,
	SQ_MEASUREMENT_SUPERSEDE,
	SQ_MEASUREMENT_LINK,
	SQ_MEASUREMENT_CURRENT,
	SQ_MEASUREMENT_VALUES,
	SQ_MEASUREMENT_FAMILY,
	SQ_MEASUREMENT_OF_TARGET,
	SQ_TARGET_CHILDREN,
	SQ_MEASUREMENT_HISTORY,
	SQ_TARGET_REVISION,
	SQ_STMT_COUNT
};

#define TARGET_COLUMNS \
	"id, code, year, name, description, kind, unit_of_measure, direction, target_low, " \
	"target_high, baseline, owner_unit_id, leader_person_id, parent_id, rollup, weight, " \
	"period, due_days"
#define MEASUREMENT_COLUMNS \
	"m.id, m.target_id, m.unit_id, m.period_no, m.value, m.note, m.evidence, " \
	"m.reporter_id, m.reporter, m.reported_at, m.supersedes_id"

static const char *const sq_sql[SQ_STMT_COUNT] = {
	[SQ_PING] = "SELECT 1",
	[SQ_BEGIN] = "BEGIN IMMEDIATE",
	[SQ_COMMIT] = "COMMIT",
	[SQ_ROLLBACK] = "ROLLBACK",
	[SQ_MEASUREMENT_GET] = "SELECT " MEASUREMENT_COLUMNS " FROM measurement m WHERE m.id = ?1",
	[SQ_TARGET_GET] = "SELECT " TARGET_COLUMNS " FROM target WHERE id = ?1",
	[SQ_TARGET_LIST] =
		"SELECT " TARGET_COLUMNS " FROM target"
		" WHERE (?1 = 0 OR year = ?1)"
		"   AND (?2 < 0 OR (?2 = 0 AND parent_id IS NULL) OR parent_id = ?2)"
		"   AND (?3 = 0 OR owner_unit_id = ?3)"
		" ORDER BY code, id",
	/* Index-friendly shapes: "?1 = 0 OR col = ?1" would scan the table. */
	[SQ_TARGET_CHILDREN] =
		"SELECT " TARGET_COLUMNS " FROM target WHERE parent_id = ?1 ORDER BY code, id",
	[SQ_TARGET_INSERT] =
		"INSERT INTO target(code, year, name, description, kind, unit_of_measure, direction,"
		" target_low, target_high, baseline, owner_unit_id, leader_person_id, parent_id,"
		" rollup, weight, period, due_days)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
	[SQ_TARGET_UPDATE] =
		"UPDATE target SET code = ?1, year = ?2, name = ?3, description = ?4, kind = ?5,"
		" unit_of_measure = ?6, direction = ?7, target_low = ?8, target_high = ?9,"
		" baseline = ?10, owner_unit_id = ?11, leader_person_id = ?12, parent_id = ?13,"
		" rollup = ?14, weight = ?15, period = ?16, due_days = ?17 WHERE id = ?18",
	[SQ_MEASUREMENT_INSERT] =
		"INSERT INTO measurement(target_id, unit_id, period_no, value, note, evidence,"
		" reporter_id, reporter, reported_at, supersedes_id)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[SQ_MEASUREMENT_SUPERSEDE] =
		"UPDATE measurement SET superseded_by = ?2 WHERE id = ?1 AND superseded_by IS NULL",
	[SQ_MEASUREMENT_LINK] = "UPDATE measurement SET superseded_by = ?2 WHERE id = ?1",
#define MEASUREMENT_CURRENT_WHERE \
		" FROM measurement m JOIN target t ON t.id = m.target_id" \
		" WHERE m.superseded_by IS NULL AND (?1 = 0 OR t.year = ?1)" \
		"   AND (?2 = 0 OR m.target_id = ?2) AND (?3 = 0 OR m.unit_id = ?3)" \
		" ORDER BY m.target_id, m.unit_id, m.period_no"
	[SQ_MEASUREMENT_CURRENT] = "SELECT " MEASUREMENT_COLUMNS MEASUREMENT_CURRENT_WHERE,
	[SQ_MEASUREMENT_VALUES] =
		"SELECT m.target_id, m.unit_id, m.period_no, m.value" MEASUREMENT_CURRENT_WHERE,
	[SQ_MEASUREMENT_OF_TARGET] =
		"SELECT " MEASUREMENT_COLUMNS " FROM measurement m"
		" WHERE m.target_id = ?1 AND m.superseded_by IS NULL AND (?2 = 0 OR m.unit_id = ?2)"
		" ORDER BY m.unit_id, m.period_no",
	/* One target's family through the current-figures index, not a scan. */
	[SQ_MEASUREMENT_FAMILY] =
		"SELECT m.target_id, m.unit_id, m.period_no, m.value FROM measurement m"
		" WHERE m.superseded_by IS NULL AND m.target_id IN"
		"  (SELECT id FROM target WHERE id = ?1 UNION ALL"
		"   SELECT id FROM target WHERE parent_id = ?1)"
		" ORDER BY m.target_id, m.unit_id, m.period_no",
	[SQ_MEASUREMENT_HISTORY] =
		"SELECT " MEASUREMENT_COLUMNS " FROM measurement m"
		" WHERE m.target_id = ?1 AND (?2 = 0 OR m.unit_id = ?2)"
		" ORDER BY m.unit_id, m.period_no, m.id",
	[SQ_TARGET_REVISION] = "SELECT rev FROM target_revision WHERE id = 1",
};

struct sq_conn {
	struct sq_store *owner;
	sqlite3 *db;
	bool holds_writer;
	sqlite3_stmt *stmt[SQ_STMT_COUNT];
	sqlite3_stmt **cache;      /* the module lists' statements, by cache slot */
	size_t ncache;
	struct sq_conn *next;
};

struct sq_store {
	struct store base;
	char *path;
	pthread_key_t key;
	pthread_mutex_t lock;      /* guards conns */
	pthread_mutex_t writer;    /* held from begin() to commit()/rollback() */
	struct sq_conn *conns;
};

static void sq_conn_close(struct sq_conn *c)
{
	for (int i = 0; i < SQ_STMT_COUNT; i++)
		sqlite3_finalize(c->stmt[i]);
	for (size_t i = 0; i < c->ncache; i++)
		sqlite3_finalize(c->cache[i]);
	free(c->cache);
	sqlite3_close_v2(c->db);
	free(c);
}

/* Thread exit: unlink this thread's connection from the store and close it. */
static void sq_conn_destroy(void *p)
{
	struct sq_conn *c = p;
	struct sq_store *s = c->owner;
	pthread_mutex_lock(&s->lock);
	for (struct sq_conn **pp = &s->conns; *pp; pp = &(*pp)->next) {
		if (*pp == c) {
			*pp = c->next;
			break;
		}
	}
	pthread_mutex_unlock(&s->lock);
	sq_conn_close(c);
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
	if (sqlite3_open_v2(s->path, &c->db, flags, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "cannot open SQLite database '%s': %s", s->path,
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
	pthread_mutex_lock(&s->lock);
	c->next = s->conns;
	s->conns = c;
	pthread_mutex_unlock(&s->lock);
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
	struct sq_conn *c = pthread_getspecific(s->key);
	if (c)
		return c;
	char err[256];
	c = sq_conn_open(s, err, sizeof err);
	if (c == NULL) {
		sq_note_failure(SQLITE_CANTOPEN);
		fprintf(stderr, "store_sqlite: %s\n", err);
		return NULL;
	}
	pthread_setspecific(s->key, c);
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

/* The cached statement ID for this thread's connection, reset and unbound. */
static sqlite3_stmt *sq_stmt(struct sq_conn *c, enum sq_stmt_id id)
{
	if (c->stmt[id] == NULL) {
		int rc = sqlite3_prepare_v3(c->db, sq_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
		                            &c->stmt[id], NULL);
		if (rc != SQLITE_OK) {
			sq_note_failure(rc);
			fprintf(stderr, "store_sqlite: prepare %d: %s\n", (int)id,
			        sqlite3_errmsg(c->db));
			return NULL;
		}
	}
	return c->stmt[id];
}

static void sq_done(sqlite3_stmt *stmt)
{
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
}

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

static void bind_id(sqlite3_stmt *s, int i, int64_t v)
{
	if (v)
		sqlite3_bind_int64(s, i, v);
	else
		sqlite3_bind_null(s, i);
}

static const char *col_text(sqlite3_stmt *s, int i, struct arena *a)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t ? arena_strndup(a, (const char *)t, (size_t)sqlite3_column_bytes(s, i)) : NULL;
}

/* Runs a statement that returns no rows. */
static enum store_status sq_run(struct sq_conn *c, sqlite3_stmt *stmt, const char *what)
{
	int rc = sqlite3_step(stmt);
	enum store_status st = sq_status(c->db, rc, what);
	sq_done(stmt);
	return st;
}

static enum store_status sq_simple(struct store *st, enum sq_stmt_id id)
{
	struct sq_conn *c = sq_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	sqlite3_stmt *stmt = sq_stmt(c, id);
	if (stmt == NULL)
		return STORE_HARD_ERROR;
	return sq_run(c, stmt, sq_sql[id]);
}

static enum store_status sq_ping(struct store *st)
{
	return sq_simple(st, SQ_PING);
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
	enum store_status rc = sq_simple(st, SQ_BEGIN);
	if (rc != STORE_OK)
		sq_release_writer(c);
	return rc;
}

static bool sq_in_transaction(struct store *st)
{
	struct sq_store *s = (struct sq_store *)st;
	struct sq_conn *c = pthread_getspecific(s->key);
	return c != NULL && c->holds_writer && !sqlite3_get_autocommit(c->db);
}

static enum store_status sq_commit(struct store *st)
{
	struct sq_conn *c = sq_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	enum store_status rc = sq_simple(st, SQ_COMMIT);
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
		sq_simple(st, SQ_ROLLBACK);
	sq_release_writer(c);
}

/* ---- the generic statement runner (store/db.h) ---------------------- */

/* Statement ID of L on C, prepared on first use and cached by slot. */
static sqlite3_stmt *sq_cached(struct sq_conn *c, const struct db_sql_list *l, size_t id)
{
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
	if (c == NULL || id >= l->n)
		return STORE_HARD_ERROR;
	return sq_cached(c, l, id) ? STORE_OK : STORE_HARD_ERROR;
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
	if (c == NULL || id >= l->n)
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

static int sq_schema_version(sqlite3 *db)
{
	sqlite3_stmt *s = NULL;
	int v = -1;
	if (sqlite3_prepare_v2(db, "SELECT coalesce(max(version), 0) FROM schema_version",
	                       -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

static enum store_status sq_migrate(struct store *st, int *version)
{
	struct sq_conn *c = sq_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	enum store_status rc = sq_exec(c->db,
		"CREATE TABLE IF NOT EXISTS schema_version ("
		" version INTEGER PRIMARY KEY, summary TEXT NOT NULL,"
		" applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
	if (rc != STORE_OK)
		return rc;
	size_t n;
	const struct migration *m = migrations_sqlite(&n);
	for (size_t i = 0; i < n; i++) {
		/* Re-read inside the write lock: another process may have migrated. */
		if ((rc = sq_exec(c->db, "BEGIN IMMEDIATE")) != STORE_OK)
			return rc;
		int current = sq_schema_version(c->db);
		if (current < 0) {
			sq_exec(c->db, "ROLLBACK");
			return STORE_HARD_ERROR;
		}
		if (m[i].version <= current) {
			sq_exec(c->db, "ROLLBACK");
			continue;
		}
		rc = sq_exec(c->db, m[i].sql);
		if (rc == STORE_OK) {
			sqlite3_stmt *ins = NULL;
			if (sqlite3_prepare_v2(c->db,
			        "INSERT INTO schema_version(version, summary) VALUES (?1, ?2)",
			        -1, &ins, NULL) != SQLITE_OK) {
				rc = STORE_HARD_ERROR;
			} else {
				sqlite3_bind_int(ins, 1, m[i].version);
				sqlite3_bind_text(ins, 2, m[i].summary, -1, SQLITE_STATIC);
				rc = sq_status(c->db, sqlite3_step(ins), "record migration");
			}
			sqlite3_finalize(ins);
		}
		if (rc == STORE_OK)
			rc = sq_exec(c->db, "COMMIT");
		if (rc != STORE_OK) {
			fprintf(stderr, "store_sqlite: migration %d (%s) failed\n",
			        m[i].version, m[i].summary);
			sq_exec(c->db, "ROLLBACK");
			return rc;
		}
	}
	*version = sq_schema_version(c->db);
	return *version < 0 ? STORE_HARD_ERROR : STORE_OK;
}

typedef void (*sq_reader)(sqlite3_stmt *s, struct arena *a, void *row);

/* Steps a bound statement into an arena array of rows of SIZE bytes. */
static enum store_status sq_collect(struct sq_conn *c, sqlite3_stmt *stmt,
                                    struct arena *a, size_t size, sq_reader read,
                                    void **out, size_t *n)
{
	size_t cap = 16, count = 0;
	char *rows = arena_alloc(a, cap * size);
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (count == cap) {
			char *bigger = arena_alloc(a, 2 * cap * size);
			memcpy(bigger, rows, cap * size);
			rows = bigger;
			cap *= 2;
		}
		read(stmt, a, rows + count * size);
		count++;
	}
	enum store_status st = sq_status(c->db, rc, "list");
	sq_done(stmt);
	*out = rows;
	*n = count;
	return st;
}

static enum store_status sq_get_one(struct sq_conn *c, sqlite3_stmt *stmt,
                                    struct arena *a, sq_reader read, void *out)
{
	int rc = sqlite3_step(stmt);
	enum store_status st;
	if (rc == SQLITE_ROW) {
		read(stmt, a, out);
		st = STORE_OK;
	} else if (rc == SQLITE_DONE) {
		st = STORE_NOT_FOUND;
	} else {
		st = sq_status(c->db, rc, "get");
	}
	sq_done(stmt);
	return st;
}

#define SQ_PREPARE(c, stmt, st, id)                  \
	struct sq_conn *c = sq_conn(st);             \
	if (c == NULL)                               \
		return STORE_HARD_ERROR;             \
	sqlite3_stmt *stmt = sq_stmt(c, id);         \
	if (stmt == NULL)                            \
		return STORE_HARD_ERROR

/* One integer from a one-row statement. */
static enum store_status sq_scalar(struct store *st, enum sq_stmt_id id, int64_t *n)
{
	SQ_PREPARE(c, stmt, st, id);
	int rc = sqlite3_step(stmt);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
	enum store_status s = sq_status(c->db, rc, sq_sql[id]);
	sq_done(stmt);
	return s;
}

/* Runs an UPDATE/DELETE; STORE_NOT_FOUND when it touched no row. */
static enum store_status sq_change(struct sq_conn *c, sqlite3_stmt *stmt, const char *what)
{
	enum store_status rc = sq_run(c, stmt, what);
	if (rc == STORE_OK && sqlite3_changes(c->db) == 0)
		rc = STORE_NOT_FOUND;
	return rc;
}

/* ---- targets and measurements --------------------------------------- */

static void bind_double_or_null(sqlite3_stmt *s, int i, bool has, double v)
{
	if (has)
		sqlite3_bind_double(s, i, v);
	else
		sqlite3_bind_null(s, i);
}

static void sq_read_target(sqlite3_stmt *s, struct arena *a, void *row)
{
	struct target *t = row;
	t->id = sqlite3_column_int64(s, 0);
	t->code = col_text(s, 1, a);
	t->year = sqlite3_column_int(s, 2);
	t->name = col_text(s, 3, a);
	t->description = col_text(s, 4, a);
	int k = target_kind_parse((const char *)sqlite3_column_text(s, 5));
	t->kind = k < 0 ? TK_COUNT_KINDS : (enum target_kind)k;
	t->unit_of_measure = col_text(s, 6, a);
	const unsigned char *dir = sqlite3_column_text(s, 7);
	t->direction = dir && strcmp((const char *)dir, "lower") == 0 ? DIR_LOWER : DIR_HIGHER;
	t->target_low = sqlite3_column_double(s, 8);
	t->has_high = sqlite3_column_type(s, 9) != SQLITE_NULL;
	t->target_high = sqlite3_column_double(s, 9);
	t->has_baseline = sqlite3_column_type(s, 10) != SQLITE_NULL;
	t->baseline = sqlite3_column_double(s, 10);
	t->owner_unit_id = sqlite3_column_int64(s, 11);
	t->leader_person_id = sqlite3_column_int64(s, 12);
	t->parent_id = sqlite3_column_int64(s, 13);
	int r = target_rollup_parse((const char *)sqlite3_column_text(s, 14));
	t->rollup = r < 0 ? ROLL_NONE : (enum target_rollup)r;
	t->weight = sqlite3_column_double(s, 15);
	int p = period_kind_parse((const char *)sqlite3_column_text(s, 16));
	t->period = p < 0 ? PERIOD_YEAR : (enum period_kind)p;
	t->due_days = sqlite3_column_int(s, 17);
}

static enum store_status sq_target_get(struct store *st, int64_t id, struct arena *a,
                                       struct target *out)
{
	SQ_PREPARE(c, stmt, st, SQ_TARGET_GET);
	sqlite3_bind_int64(stmt, 1, id);
	return sq_get_one(c, stmt, a, sq_read_target, out);
}

static enum store_status sq_target_list(struct store *st, const struct target_filter *f,
                                        struct arena *a, struct target **out, size_t *n)
{
	if (f->year == 0 && f->parent_id > 0) {
		SQ_PREPARE(cc, children, st, SQ_TARGET_CHILDREN);
		sqlite3_bind_int64(children, 1, f->parent_id);
		return sq_collect(cc, children, a, sizeof **out, sq_read_target, (void **)out, n);
	}
	SQ_PREPARE(c, stmt, st, SQ_TARGET_LIST);
	sqlite3_bind_int(stmt, 1, f->year);
	sqlite3_bind_int64(stmt, 2, f->parent_id);
	sqlite3_bind_int64(stmt, 3, f->owner_unit_id);
	return sq_collect(c, stmt, a, sizeof **out, sq_read_target, (void **)out, n);
}

static void bind_target_fields(sqlite3_stmt *s, const struct target *t)
{
	bind_text(s, 1, t->code);
	sqlite3_bind_int(s, 2, t->year);
	bind_text(s, 3, t->name);
	bind_text(s, 4, t->description ? t->description : "");
	bind_text(s, 5, target_kind_name(t->kind));
	bind_text(s, 6, t->unit_of_measure ? t->unit_of_measure : "");
	bind_text(s, 7, t->direction == DIR_LOWER ? "lower" : "higher");
	sqlite3_bind_double(s, 8, t->target_low);
	bind_double_or_null(s, 9, t->has_high, t->target_high);
	bind_double_or_null(s, 10, t->has_baseline, t->baseline);
	sqlite3_bind_int64(s, 11, t->owner_unit_id);
	bind_id(s, 12, t->leader_person_id);
	bind_id(s, 13, t->parent_id);
	bind_text(s, 14, target_rollup_name(t->rollup));
	sqlite3_bind_double(s, 15, t->weight);
	bind_text(s, 16, period_kind_name(t->period));
	sqlite3_bind_int(s, 17, t->due_days);
}

static enum store_status sq_target_insert(struct store *st, struct target *t)
{
	SQ_PREPARE(c, stmt, st, SQ_TARGET_INSERT);
	bind_target_fields(stmt, t);
	enum store_status rc = sq_run(c, stmt, "insert target");
	if (rc == STORE_OK)
		t->id = sqlite3_last_insert_rowid(c->db);
	return rc;
}

static enum store_status sq_target_update(struct store *st, const struct target *t)
{
	SQ_PREPARE(c, stmt, st, SQ_TARGET_UPDATE);
	bind_target_fields(stmt, t);
	sqlite3_bind_int64(stmt, 18, t->id);
	return sq_change(c, stmt, "update target");
}

static void sq_read_measurement(sqlite3_stmt *s, struct arena *a, void *row)
{
	struct measurement *m = row;
	m->id = sqlite3_column_int64(s, 0);
	m->target_id = sqlite3_column_int64(s, 1);
	m->unit_id = sqlite3_column_int64(s, 2);
	m->period_no = sqlite3_column_int(s, 3);
	m->value = sqlite3_column_double(s, 4);
	m->note = col_text(s, 5, a);
	m->evidence = col_text(s, 6, a);
	m->reporter_id = sqlite3_column_int64(s, 7);
	m->reporter = col_text(s, 8, a);
	m->reported_at = sqlite3_column_int64(s, 9);
	m->supersedes_id = sqlite3_column_int64(s, 10);
}

static enum store_status sq_measurement_get(struct store *st, int64_t id, struct arena *a,
                                            struct measurement *out)
{
	SQ_PREPARE(c, stmt, st, SQ_MEASUREMENT_GET);
	sqlite3_bind_int64(stmt, 1, id);
	return sq_get_one(c, stmt, a, sq_read_measurement, out);
}

/* The board's read: four numbers a row, no strings to copy. */
static void sq_read_measurement_value(sqlite3_stmt *s, struct arena *a, void *row)
{
	(void)a;
	struct measurement *m = row;
	m->target_id = sqlite3_column_int64(s, 0);
	m->unit_id = sqlite3_column_int64(s, 1);
	m->period_no = sqlite3_column_int(s, 2);
	m->value = sqlite3_column_double(s, 3);
}

static enum store_status sq_measurement_insert(struct store *st, struct measurement *m)
{
	SQ_PREPARE(c, stmt, st, SQ_MEASUREMENT_INSERT);
	if (m->reported_at == 0)
		m->reported_at = (int64_t)time(NULL);
	/* The old figure stops being current first, so the unique index allows the new one. */
	if (m->supersedes_id) {
		sqlite3_stmt *sup = sq_stmt(c, SQ_MEASUREMENT_SUPERSEDE);
		if (sup == NULL)
			return STORE_HARD_ERROR;
		sqlite3_bind_int64(sup, 1, m->supersedes_id);
		sqlite3_bind_int64(sup, 2, -1);
		enum store_status rc = sq_change(c, sup, "supersede measurement");
		if (rc != STORE_OK)
			return rc;
	}
	sqlite3_bind_int64(stmt, 1, m->target_id);
	sqlite3_bind_int64(stmt, 2, m->unit_id);
	sqlite3_bind_int(stmt, 3, m->period_no);
	sqlite3_bind_double(stmt, 4, m->value);
	bind_text(stmt, 5, m->note);
	bind_text(stmt, 6, m->evidence);
	bind_id(stmt, 7, m->reporter_id);
	bind_text(stmt, 8, m->reporter ? m->reporter : "system");
	sqlite3_bind_int64(stmt, 9, m->reported_at);
	bind_id(stmt, 10, m->supersedes_id);
	enum store_status rc = sq_run(c, stmt, "insert measurement");
	if (rc != STORE_OK)
		return rc;
	m->id = sqlite3_last_insert_rowid(c->db);
	if (m->supersedes_id) {
		/* Point the old row at its successor (it held a placeholder until now). */
		sqlite3_stmt *link = sq_stmt(c, SQ_MEASUREMENT_LINK);
		if (link == NULL)
			return STORE_HARD_ERROR;
		sqlite3_bind_int64(link, 1, m->supersedes_id);
		sqlite3_bind_int64(link, 2, m->id);
		rc = sq_change(c, link, "link measurement");
	}
	return rc;
}

/*
 * The bulk forms: SQLite runs in this process, so a statement costs no round
 * trip and the one-row forms in a loop are as fast as anything.
 */
static enum store_status sq_measurement_insert_many(struct store *st, struct measurement *m,
                                                    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		enum store_status rc = sq_measurement_insert(st, &m[i]);
		if (rc == STORE_NOT_FOUND) /* the figure it corrects is no longer current */
			return STORE_CONFLICT;
		if (rc != STORE_OK)
			return rc;
	}
	return STORE_OK;
}

static enum store_status sq_measurement_current(struct store *st,
                                                const struct measurement_filter *f,
                                                struct arena *a, struct measurement **out,
                                                size_t *n)
{
	if (f->target_id) {
		SQ_PREPARE(tc, one, st, SQ_MEASUREMENT_OF_TARGET);
		sqlite3_bind_int64(one, 1, f->target_id);
		sqlite3_bind_int64(one, 2, f->unit_id);
		return sq_collect(tc, one, a, sizeof **out, sq_read_measurement, (void **)out, n);
	}
	if (f->family_id) {
		SQ_PREPARE(fc, fam, st, SQ_MEASUREMENT_FAMILY);
		sqlite3_bind_int64(fam, 1, f->family_id);
		return sq_collect(fc, fam, a, sizeof **out, sq_read_measurement_value, (void **)out, n);
	}
	SQ_PREPARE(c, stmt, st, f->values_only ? SQ_MEASUREMENT_VALUES : SQ_MEASUREMENT_CURRENT);
	sqlite3_bind_int(stmt, 1, f->year);
	sqlite3_bind_int64(stmt, 2, f->target_id);
	sqlite3_bind_int64(stmt, 3, f->unit_id);
	return sq_collect(c, stmt, a, sizeof **out,
	                  f->values_only ? sq_read_measurement_value : sq_read_measurement,
	                  (void **)out, n);
}

static enum store_status sq_measurement_history(struct store *st, int64_t target_id,
                                                int64_t unit_id, struct arena *a,
                                                struct measurement **out, size_t *n)
{
	SQ_PREPARE(c, stmt, st, SQ_MEASUREMENT_HISTORY);
	sqlite3_bind_int64(stmt, 1, target_id);
	sqlite3_bind_int64(stmt, 2, unit_id);
	return sq_collect(c, stmt, a, sizeof **out, sq_read_measurement, (void **)out, n);
}

static enum store_status sq_target_revision(struct store *st, int64_t *rev)
{
	return sq_scalar(st, SQ_TARGET_REVISION, rev);
}

/* ---- open / close -------------------------------------------------- */

static void sq_close(struct store *st)
{
	struct sq_store *s = (struct sq_store *)st;
	pthread_setspecific(s->key, NULL);
	pthread_key_delete(s->key);
	pthread_mutex_lock(&s->lock);
	struct sq_conn *c = s->conns;
	s->conns = NULL;
	pthread_mutex_unlock(&s->lock);
	while (c) {
		struct sq_conn *next = c->next;
		sq_conn_close(c);
		c = next;
	}
	pthread_mutex_destroy(&s->lock);
	pthread_mutex_destroy(&s->writer);
	free(s->path);
	free(s);
}

static const struct store_ops sq_ops = {
	.engine = "sqlite",
	.close = sq_close,
	.ping = sq_ping,
	.unavailable = sq_unavailable,
	.migrate = sq_migrate,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.in_transaction = sq_in_transaction,
	.query = sq_query,
	.prepare = sq_prepare,
	.array_params = false,
	.col_null = sq_col_null,
	.col_int64 = sq_col_int64,
	.col_double = sq_col_double,
	.col_bool = sq_col_bool,
	.col_text = sq_col_text,
	.col_blob_len = sq_col_blob_len,
	.col_blob_copy = sq_col_blob_copy,
	STORE_SHIMS_INIT,
	.target_get = sq_target_get,
	.target_list = sq_target_list,
	.target_insert = sq_target_insert,
	.target_update = sq_target_update,
	.measurement_insert = sq_measurement_insert,
	.measurement_current = sq_measurement_current,
	.measurement_insert_many = sq_measurement_insert_many,
	.measurement_history = sq_measurement_history,
	.measurement_get = sq_measurement_get,
	.target_revision = sq_target_revision,
};

struct store *store_sqlite_open(const char *path, char *err, size_t errlen)
{
	struct sq_store *s = calloc(1, sizeof *s);
	if (s == NULL || (s->path = strdup(path)) == NULL) {
		free(s);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	s->base.ops = &sq_ops;
	pthread_mutex_init(&s->lock, NULL);
	pthread_mutex_init(&s->writer, NULL);
	pthread_key_create(&s->key, sq_conn_destroy);
	/* Open the caller's connection now, so a bad path fails here, clearly. */
	struct sq_conn *c = sq_conn_open(s, err, errlen);
	if (c == NULL) {
		pthread_key_delete(s->key);
		pthread_mutex_destroy(&s->lock);
		pthread_mutex_destroy(&s->writer);
		free(s->path);
		free(s);
		return NULL;
	}
	pthread_setspecific(s->key, c);
	return &s->base;
}
