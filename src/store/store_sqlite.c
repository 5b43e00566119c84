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
	SQ_ACCOUNT_GET,
	SQ_ACCOUNT_GET_BY_LOGIN,
	SQ_ACCOUNT_LIST,
	SQ_ACCOUNT_INSERT,
	SQ_ACCOUNT_UPDATE,
	SQ_GRANT_LIST,
	SQ_GRANT_INSERT,
	SQ_GRANT_DELETE,
	SQ_SESSION_INSERT,
	SQ_SESSION_GET,
	SQ_SESSION_TOUCH,
	SQ_SESSION_DELETE,
	SQ_SESSION_DELETE_FOR_USER,
	SQ_SESSION_PURGE,
	SQ_TOKEN_INSERT,
	SQ_TOKEN_GET,
	SQ_TOKEN_LIST,
	SQ_TOKEN_REVOKE,
	SQ_TOKEN_TOUCH,
	SQ_TOKEN_REVOKE_FOR_USER,
	SQ_TOKEN_GET_BY_ID,
	SQ_MEASUREMENT_GET,
	SQ_THROTTLE_GET,
	SQ_THROTTLE_PUT,
	SQ_THROTTLE_CLEAR,
	SQ_AUDIT_TAIL,
	SQ_AUDIT_INSERT,
	SQ_AUDIT_LIST_ASC,
	SQ_AUDIT_LIST_DESC,
	SQ_AUDIT_SCHEME_GET,
	SQ_AUDIT_SCHEME_PUT,
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

#define ACCOUNT_COLUMNS \
	"id, login, display_name, person_id, password_hash, disabled, created_at, home_unit_id"
#define TOKEN_COLUMNS \
	"id, token_hash, user_id, name, created_at, last_used, revoked_at"
#define AUDIT_COLUMNS \
	"id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash"
#define AUDIT_WHERE \
	" WHERE (?1 IS NULL OR (entity = ?1 AND entity_id = ?2))" \
	"   AND (?3 = 0 OR actor_id = ?3) AND id > ?4"
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
	[SQ_ACCOUNT_GET] = "SELECT " ACCOUNT_COLUMNS " FROM app_user WHERE id = ?1",
	[SQ_ACCOUNT_GET_BY_LOGIN] = "SELECT " ACCOUNT_COLUMNS " FROM app_user WHERE login = ?1",
	[SQ_ACCOUNT_LIST] = "SELECT " ACCOUNT_COLUMNS " FROM app_user ORDER BY login",
	[SQ_ACCOUNT_INSERT] =
		"INSERT INTO app_user(login, display_name, person_id, password_hash, disabled,"
		" created_at, home_unit_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[SQ_ACCOUNT_UPDATE] =
		"UPDATE app_user SET display_name = ?2, person_id = ?3, password_hash = ?4,"
		" disabled = ?5, home_unit_id = ?6 WHERE id = ?1",
	[SQ_GRANT_LIST] =
		"SELECT id, user_id, role, unit_id FROM role_grant WHERE user_id = ?1 ORDER BY id",
	[SQ_GRANT_INSERT] = "INSERT INTO role_grant(user_id, role, unit_id) VALUES (?1, ?2, ?3)",
	[SQ_GRANT_DELETE] = "DELETE FROM role_grant WHERE id = ?1",
	[SQ_SESSION_INSERT] =
		"INSERT INTO session(token_hash, user_id, csrf, created_at, last_seen, expires_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[SQ_SESSION_GET] =
		"SELECT token_hash, user_id, csrf, created_at, last_seen, expires_at"
		" FROM session WHERE token_hash = ?1",
	[SQ_SESSION_TOUCH] = "UPDATE session SET last_seen = ?2 WHERE token_hash = ?1",
	[SQ_SESSION_DELETE] = "DELETE FROM session WHERE token_hash = ?1",
	[SQ_SESSION_DELETE_FOR_USER] = "DELETE FROM session WHERE user_id = ?1 AND token_hash <> ?2",
	[SQ_SESSION_PURGE] = "DELETE FROM session WHERE expires_at < ?1",
	[SQ_TOKEN_INSERT] =
		"INSERT INTO api_token(token_hash, user_id, name, created_at) VALUES (?1, ?2, ?3, ?4)",
	[SQ_TOKEN_GET] = "SELECT " TOKEN_COLUMNS " FROM api_token WHERE token_hash = ?1",
	[SQ_TOKEN_LIST] =
		"SELECT " TOKEN_COLUMNS " FROM api_token WHERE user_id = ?1 ORDER BY id DESC",
	[SQ_TOKEN_REVOKE] =
		"UPDATE api_token SET revoked_at = ?3"
		" WHERE id = ?1 AND user_id = ?2 AND revoked_at IS NULL",
	[SQ_TOKEN_TOUCH] = "UPDATE api_token SET last_used = ?2 WHERE id = ?1",
	[SQ_TOKEN_REVOKE_FOR_USER] =
		"UPDATE api_token SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL",
	[SQ_TOKEN_GET_BY_ID] = "SELECT " TOKEN_COLUMNS " FROM api_token WHERE id = ?1",
	[SQ_MEASUREMENT_GET] = "SELECT " MEASUREMENT_COLUMNS " FROM measurement m WHERE m.id = ?1",
	[SQ_THROTTLE_GET] = "SELECT failures, window_start FROM login_throttle WHERE key = ?1",
	[SQ_THROTTLE_PUT] =
		"INSERT INTO login_throttle(key, failures, window_start) VALUES (?1, ?2, ?3)"
		" ON CONFLICT(key) DO UPDATE SET failures = excluded.failures,"
		" window_start = excluded.window_start",
	[SQ_THROTTLE_CLEAR] = "DELETE FROM login_throttle WHERE key = ?1",
	[SQ_AUDIT_TAIL] = "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1",
	[SQ_AUDIT_INSERT] =
		"INSERT INTO audit_entry(at, actor_id, actor, action, entity, entity_id, before,"
		" after, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[SQ_AUDIT_LIST_ASC] =
		"SELECT " AUDIT_COLUMNS " FROM audit_entry" AUDIT_WHERE " ORDER BY id LIMIT ?5",
	[SQ_AUDIT_LIST_DESC] =
		"SELECT " AUDIT_COLUMNS " FROM audit_entry" AUDIT_WHERE " ORDER BY id DESC LIMIT ?5",
	[SQ_AUDIT_SCHEME_GET] = "SELECT keyed_from, key_id, mac FROM audit_scheme WHERE id = 1",
	[SQ_AUDIT_SCHEME_PUT] =
		"INSERT INTO audit_scheme(id, keyed_from, key_id, mac) VALUES (1, ?1, ?2, ?3)",
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

/* ---- accounts and grants ------------------------------------------ */

static void sq_read_account(sqlite3_stmt *s, struct arena *a, void *row)
{
	struct account *acc = row;
	acc->id = sqlite3_column_int64(s, 0);
	acc->login = col_text(s, 1, a);
	acc->display_name = col_text(s, 2, a);
	acc->person_id = sqlite3_column_int64(s, 3);
	acc->password_hash = col_text(s, 4, a);
	acc->disabled = sqlite3_column_int(s, 5) != 0;
	acc->created_at = sqlite3_column_int64(s, 6);
	acc->home_unit_id = sqlite3_column_int64(s, 7);
}

static enum store_status sq_account_get(struct store *st, int64_t id,
                                        struct arena *a, struct account *out)
{
	SQ_PREPARE(c, stmt, st, SQ_ACCOUNT_GET);
	sqlite3_bind_int64(stmt, 1, id);
	return sq_get_one(c, stmt, a, sq_read_account, out);
}

static enum store_status sq_account_get_by_login(struct store *st, const char *login,
                                                 struct arena *a, struct account *out)
{
	SQ_PREPARE(c, stmt, st, SQ_ACCOUNT_GET_BY_LOGIN);
	bind_text(stmt, 1, login);
	return sq_get_one(c, stmt, a, sq_read_account, out);
}

static enum store_status sq_account_list(struct store *st, struct arena *a,
                                         struct account **out, size_t *n)
{
	SQ_PREPARE(c, stmt, st, SQ_ACCOUNT_LIST);
	return sq_collect(c, stmt, a, sizeof **out, sq_read_account, (void **)out, n);
}

static enum store_status sq_account_insert(struct store *st, struct account *acc)
{
	SQ_PREPARE(c, stmt, st, SQ_ACCOUNT_INSERT);
	if (acc->created_at == 0)
		acc->created_at = (int64_t)time(NULL);
	bind_text(stmt, 1, acc->login);
	bind_text(stmt, 2, acc->display_name);
	bind_id(stmt, 3, acc->person_id);
	bind_text(stmt, 4, acc->password_hash);
	sqlite3_bind_int(stmt, 5, acc->disabled);
	sqlite3_bind_int64(stmt, 6, acc->created_at);
	bind_id(stmt, 7, acc->home_unit_id);
	enum store_status rc = sq_run(c, stmt, "insert account");
	if (rc == STORE_OK)
		acc->id = sqlite3_last_insert_rowid(c->db);
	return rc;
}

/* Runs an UPDATE/DELETE; STORE_NOT_FOUND when it touched no row. */
static enum store_status sq_change(struct sq_conn *c, sqlite3_stmt *stmt, const char *what)
{
	enum store_status rc = sq_run(c, stmt, what);
	if (rc == STORE_OK && sqlite3_changes(c->db) == 0)
		rc = STORE_NOT_FOUND;
	return rc;
}

static enum store_status sq_account_update(struct store *st, const struct account *acc)
{
	SQ_PREPARE(c, stmt, st, SQ_ACCOUNT_UPDATE);
	sqlite3_bind_int64(stmt, 1, acc->id);
	bind_text(stmt, 2, acc->display_name);
	bind_id(stmt, 3, acc->person_id);
	bind_text(stmt, 4, acc->password_hash);
	sqlite3_bind_int(stmt, 5, acc->disabled);
	bind_id(stmt, 6, acc->home_unit_id);
	return sq_change(c, stmt, "update account");
}

static void sq_read_grant(sqlite3_stmt *s, struct arena *a, void *row)
{
	(void)a;
	struct role_grant *g = row;
	g->id = sqlite3_column_int64(s, 0);
	g->user_id = sqlite3_column_int64(s, 1);
	int r = role_parse((const char *)sqlite3_column_text(s, 2));
	g->role = r < 0 ? ROLE_COUNT : (enum role)r;  /* unknown: grants nothing */
	g->unit_id = sqlite3_column_int64(s, 3);
}

static enum store_status sq_grant_list(struct store *st, int64_t user_id, struct arena *a,
                                       struct role_grant **out, size_t *n)
{
	SQ_PREPARE(c, stmt, st, SQ_GRANT_LIST);
	sqlite3_bind_int64(stmt, 1, user_id);
	return sq_collect(c, stmt, a, sizeof **out, sq_read_grant, (void **)out, n);
}

static enum store_status sq_grant_insert(struct store *st, struct role_grant *g)
{
	SQ_PREPARE(c, stmt, st, SQ_GRANT_INSERT);
	sqlite3_bind_int64(stmt, 1, g->user_id);
	bind_text(stmt, 2, role_name(g->role));
	sqlite3_bind_int64(stmt, 3, g->unit_id);
	enum store_status rc = sq_run(c, stmt, "insert grant");
	if (rc == STORE_OK)
		g->id = sqlite3_last_insert_rowid(c->db);
	return rc;
}

static enum store_status sq_grant_delete(struct store *st, int64_t id)
{
	SQ_PREPARE(c, stmt, st, SQ_GRANT_DELETE);
	sqlite3_bind_int64(stmt, 1, id);
	return sq_change(c, stmt, "delete grant");
}

/* ---- sessions and API tokens ----------------------------------------- */

static void bind_hash(sqlite3_stmt *s, int i, const unsigned char *hash)
{
	sqlite3_bind_blob(s, i, hash, TOKEN_HASH_LEN, SQLITE_STATIC);
}

static void col_hash(sqlite3_stmt *s, int i, unsigned char *out)
{
	memset(out, 0, TOKEN_HASH_LEN);
	if (sqlite3_column_bytes(s, i) == TOKEN_HASH_LEN)
		memcpy(out, sqlite3_column_blob(s, i), TOKEN_HASH_LEN);
}

static void sq_read_session(sqlite3_stmt *s, struct arena *a, void *row)
{
	struct session *se = row;
	col_hash(s, 0, se->token_hash);
	se->user_id = sqlite3_column_int64(s, 1);
	se->csrf = col_text(s, 2, a);
	se->created_at = sqlite3_column_int64(s, 3);
	se->last_seen = sqlite3_column_int64(s, 4);
	se->expires_at = sqlite3_column_int64(s, 5);
}

static enum store_status sq_session_insert(struct store *st, const struct session *se)
{
	SQ_PREPARE(c, stmt, st, SQ_SESSION_INSERT);
	bind_hash(stmt, 1, se->token_hash);
	sqlite3_bind_int64(stmt, 2, se->user_id);
	bind_text(stmt, 3, se->csrf);
	sqlite3_bind_int64(stmt, 4, se->created_at);
	sqlite3_bind_int64(stmt, 5, se->last_seen);
	sqlite3_bind_int64(stmt, 6, se->expires_at);
	return sq_run(c, stmt, "insert session");
}

static enum store_status sq_session_get(struct store *st, const unsigned char *hash,
                                        struct arena *a, struct session *out)
{
	SQ_PREPARE(c, stmt, st, SQ_SESSION_GET);
	bind_hash(stmt, 1, hash);
	return sq_get_one(c, stmt, a, sq_read_session, out);
}

static enum store_status sq_session_touch(struct store *st, const unsigned char *hash,
                                          int64_t now)
{
	SQ_PREPARE(c, stmt, st, SQ_SESSION_TOUCH);
	bind_hash(stmt, 1, hash);
	sqlite3_bind_int64(stmt, 2, now);
	return sq_change(c, stmt, "touch session");
}

static enum store_status sq_session_delete(struct store *st, const unsigned char *hash)
{
	SQ_PREPARE(c, stmt, st, SQ_SESSION_DELETE);
	bind_hash(stmt, 1, hash);
	return sq_run(c, stmt, "delete session");
}

static enum store_status sq_session_delete_for_user(struct store *st, int64_t user_id,
                                                    const unsigned char *keep)
{
	/* No session has the all-zero hash: "keep none". */
	static const unsigned char none[TOKEN_HASH_LEN];
	SQ_PREPARE(c, stmt, st, SQ_SESSION_DELETE_FOR_USER);
	sqlite3_bind_int64(stmt, 1, user_id);
	bind_hash(stmt, 2, keep ? keep : none);
	return sq_run(c, stmt, "delete sessions");
}

static enum store_status sq_session_purge(struct store *st, int64_t now)
{
	SQ_PREPARE(c, stmt, st, SQ_SESSION_PURGE);
	sqlite3_bind_int64(stmt, 1, now);
	return sq_run(c, stmt, "purge sessions");
}

static void sq_read_token(sqlite3_stmt *s, struct arena *a, void *row)
{
	struct api_token *t = row;
	t->id = sqlite3_column_int64(s, 0);
	col_hash(s, 1, t->token_hash);
	t->user_id = sqlite3_column_int64(s, 2);
	t->name = col_text(s, 3, a);
	t->created_at = sqlite3_column_int64(s, 4);
	t->last_used = sqlite3_column_int64(s, 5);
	t->revoked_at = sqlite3_column_int64(s, 6);
}

static enum store_status sq_token_insert(struct store *st, struct api_token *t)
{
	SQ_PREPARE(c, stmt, st, SQ_TOKEN_INSERT);
	bind_hash(stmt, 1, t->token_hash);
	sqlite3_bind_int64(stmt, 2, t->user_id);
	bind_text(stmt, 3, t->name);
	sqlite3_bind_int64(stmt, 4, t->created_at);
	enum store_status rc = sq_run(c, stmt, "insert token");
	if (rc == STORE_OK)
		t->id = sqlite3_last_insert_rowid(c->db);
	return rc;
}

static enum store_status sq_token_get(struct store *st, const unsigned char *hash,
                                      struct arena *a, struct api_token *out)
{
	SQ_PREPARE(c, stmt, st, SQ_TOKEN_GET);
	bind_hash(stmt, 1, hash);
	return sq_get_one(c, stmt, a, sq_read_token, out);
}

static enum store_status sq_token_list(struct store *st, int64_t user_id, struct arena *a,
                                       struct api_token **out, size_t *n)
{
	SQ_PREPARE(c, stmt, st, SQ_TOKEN_LIST);
	sqlite3_bind_int64(stmt, 1, user_id);
	return sq_collect(c, stmt, a, sizeof **out, sq_read_token, (void **)out, n);
}

static enum store_status sq_token_revoke(struct store *st, int64_t id, int64_t user_id,
                                         int64_t now)
{
	SQ_PREPARE(c, stmt, st, SQ_TOKEN_REVOKE);
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, user_id);
	sqlite3_bind_int64(stmt, 3, now);
	return sq_change(c, stmt, "revoke token");
}

static enum store_status sq_token_touch(struct store *st, int64_t id, int64_t now)
{
	SQ_PREPARE(c, stmt, st, SQ_TOKEN_TOUCH);
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, now);
	return sq_change(c, stmt, "touch token");
}

static enum store_status sq_token_revoke_for_user(struct store *st, int64_t user_id,
                                                  int64_t now)
{
	SQ_PREPARE(c, stmt, st, SQ_TOKEN_REVOKE_FOR_USER);
	sqlite3_bind_int64(stmt, 1, user_id);
	sqlite3_bind_int64(stmt, 2, now);
	return sq_run(c, stmt, "revoke tokens of user");
}

static enum store_status sq_token_get_by_id(struct store *st, int64_t id, struct arena *a,
                                            struct api_token *out)
{
	SQ_PREPARE(c, stmt, st, SQ_TOKEN_GET_BY_ID);
	sqlite3_bind_int64(stmt, 1, id);
	return sq_get_one(c, stmt, a, sq_read_token, out);
}

/* ---- sign-in throttling ------------------------------------------------ */

static enum store_status sq_throttle_get(struct store *st, const char *key, int *failures,
                                         int64_t *window_start)
{
	SQ_PREPARE(c, stmt, st, SQ_THROTTLE_GET);
	bind_text(stmt, 1, key);
	int rc = sqlite3_step(stmt);
	enum store_status s;
	if (rc == SQLITE_ROW) {
		*failures = sqlite3_column_int(stmt, 0);
		*window_start = sqlite3_column_int64(stmt, 1);
		s = STORE_OK;
	} else {
		s = rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_status(c->db, rc, "throttle");
	}
	sq_done(stmt);
	return s;
}

static enum store_status sq_throttle_put(struct store *st, const char *key, int failures,
                                         int64_t window_start)
{
	SQ_PREPARE(c, stmt, st, SQ_THROTTLE_PUT);
	bind_text(stmt, 1, key);
	sqlite3_bind_int(stmt, 2, failures);
	sqlite3_bind_int64(stmt, 3, window_start);
	return sq_run(c, stmt, "throttle put");
}

static enum store_status sq_throttle_clear(struct store *st, const char *key)
{
	SQ_PREPARE(c, stmt, st, SQ_THROTTLE_CLEAR);
	bind_text(stmt, 1, key);
	return sq_run(c, stmt, "throttle clear");
}

/* ---- audit trail ------------------------------------------------------- */

static void copy_hash_text(sqlite3_stmt *s, int i, char out[AUDIT_HASH_HEX + 1])
{
	const unsigned char *t = sqlite3_column_text(s, i);
	snprintf(out, AUDIT_HASH_HEX + 1, "%s", t ? (const char *)t : "");
}

static void sq_read_audit(sqlite3_stmt *s, struct arena *a, void *row)
{
	struct audit_entry *e = row;
	e->id = sqlite3_column_int64(s, 0);
	e->at = col_text(s, 1, a);
	e->actor_id = sqlite3_column_int64(s, 2);
	e->actor = col_text(s, 3, a);
	e->action = col_text(s, 4, a);
	e->entity = col_text(s, 5, a);
	e->entity_id = sqlite3_column_int64(s, 6);
	e->before = col_text(s, 7, a);
	e->after = col_text(s, 8, a);
	copy_hash_text(s, 9, e->prev_hash);
	copy_hash_text(s, 10, e->hash);
}

/* BEGIN IMMEDIATE already serialises writers, so reading the tail is enough. */
static enum store_status sq_audit_tail(struct store *st, char hash[AUDIT_HASH_HEX + 1])
{
	SQ_PREPARE(c, stmt, st, SQ_AUDIT_TAIL);
	int rc = sqlite3_step(stmt);
	enum store_status s = STORE_OK;
	if (rc == SQLITE_ROW)
		copy_hash_text(stmt, 0, hash);
	else if (rc == SQLITE_DONE)
		memset(hash, '0', AUDIT_HASH_HEX), hash[AUDIT_HASH_HEX] = '\0';
	else
		s = sq_status(c->db, rc, "audit tail");
	sq_done(stmt);
	return s;
}

static enum store_status sq_audit_insert(struct store *st, struct audit_entry *e)
{
	SQ_PREPARE(c, stmt, st, SQ_AUDIT_INSERT);
	bind_text(stmt, 1, e->at);
	bind_id(stmt, 2, e->actor_id);
	bind_text(stmt, 3, e->actor);
	bind_text(stmt, 4, e->action);
	bind_text(stmt, 5, e->entity);
	sqlite3_bind_int64(stmt, 6, e->entity_id);
	bind_text(stmt, 7, e->before);
	bind_text(stmt, 8, e->after);
	bind_text(stmt, 9, e->prev_hash);
	bind_text(stmt, 10, e->hash);
	enum store_status rc = sq_run(c, stmt, "insert audit entry");
	if (rc == STORE_OK)
		e->id = sqlite3_last_insert_rowid(c->db);
	return rc;
}

static enum store_status sq_audit_list(struct store *st, const struct audit_filter *f,
                                       struct arena *a, struct audit_entry **out, size_t *n)
{
	SQ_PREPARE(c, stmt, st, f->newest_first ? SQ_AUDIT_LIST_DESC : SQ_AUDIT_LIST_ASC);
	bind_text(stmt, 1, f->entity);
	sqlite3_bind_int64(stmt, 2, f->entity_id);
	sqlite3_bind_int64(stmt, 3, f->actor_id > 0 ? f->actor_id : 0);
	sqlite3_bind_int64(stmt, 4, f->after_id > 0 ? f->after_id : 0);
	sqlite3_bind_int64(stmt, 5, f->limit > 0 ? f->limit : -1);
	return sq_collect(c, stmt, a, sizeof **out, sq_read_audit, (void **)out, n);
}

static void sq_read_scheme(sqlite3_stmt *s, struct arena *a, void *row)
{
	(void)a;
	struct audit_scheme *m = row;
	m->keyed_from = sqlite3_column_int64(s, 0);
	copy_hash_text(s, 1, m->key_id);
	copy_hash_text(s, 2, m->mac);
}

static enum store_status sq_audit_scheme_get(struct store *st, struct audit_scheme *out)
{
	SQ_PREPARE(c, stmt, st, SQ_AUDIT_SCHEME_GET);
	return sq_get_one(c, stmt, NULL, sq_read_scheme, out);
}

static enum store_status sq_audit_scheme_put(struct store *st, const struct audit_scheme *m)
{
	SQ_PREPARE(c, stmt, st, SQ_AUDIT_SCHEME_PUT);
	sqlite3_bind_int64(stmt, 1, m->keyed_from);
	bind_text(stmt, 2, m->key_id);
	bind_text(stmt, 3, m->mac);
	return sq_run(c, stmt, "insert audit scheme");
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

static enum store_status sq_audit_insert_many(struct store *st, struct audit_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		enum store_status rc = sq_audit_insert(st, &e[i]);
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
	.col_null = sq_col_null,
	.col_int64 = sq_col_int64,
	.col_double = sq_col_double,
	.col_bool = sq_col_bool,
	.col_text = sq_col_text,
	.col_blob_len = sq_col_blob_len,
	.col_blob_copy = sq_col_blob_copy,
	STORE_SHIMS_INIT,
	.account_get = sq_account_get,
	.account_get_by_login = sq_account_get_by_login,
	.account_list = sq_account_list,
	.account_insert = sq_account_insert,
	.account_update = sq_account_update,
	.grant_list = sq_grant_list,
	.grant_insert = sq_grant_insert,
	.grant_delete = sq_grant_delete,
	.session_insert = sq_session_insert,
	.session_get = sq_session_get,
	.session_touch = sq_session_touch,
	.session_delete = sq_session_delete,
	.session_delete_for_user = sq_session_delete_for_user,
	.session_purge = sq_session_purge,
	.token_insert = sq_token_insert,
	.token_get = sq_token_get,
	.token_list = sq_token_list,
	.token_revoke = sq_token_revoke,
	.token_touch = sq_token_touch,
	.token_revoke_for_user = sq_token_revoke_for_user,
	.token_get_by_id = sq_token_get_by_id,
	.throttle_get = sq_throttle_get,
	.throttle_put = sq_throttle_put,
	.throttle_clear = sq_throttle_clear,
	.audit_tail = sq_audit_tail,
	.audit_scheme_get = sq_audit_scheme_get,
	.audit_scheme_put = sq_audit_scheme_put,
	.audit_insert = sq_audit_insert,
	.audit_list = sq_audit_list,
	.target_get = sq_target_get,
	.target_list = sq_target_list,
	.target_insert = sq_target_insert,
	.target_update = sq_target_update,
	.measurement_insert = sq_measurement_insert,
	.measurement_current = sq_measurement_current,
	.measurement_insert_many = sq_measurement_insert_many,
	.audit_insert_many = sq_audit_insert_many,
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
