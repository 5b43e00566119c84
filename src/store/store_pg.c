/*
 * store_pg.c: the PostgreSQL engine behind store.h.  It knows no module:
 * the modules' statements come as lists (store/db.h) and it prepares,
 * binds, runs and converts them.
 *
 * Why it looks like this:
 * - One connection per worker thread (store_conns.h), opened lazily.
 * - A list's statement is prepared on first use per connection ("m<slot>",
 *   its cache slot), and its number of parameters learnt then
 *   (PQdescribePrepared), so every call is checked against it.  Values
 *   always travel as parameters, never inside the SQL: text for strings and
 *   numbers, binary for bytes.  Bytes come back as hex (BYTES() in the
 *   lists) and dates as to_char(..., 'YYYY-MM-DD'), so results stay in text
 *   format and do not depend on DateStyle.
 * - The server may restart under us.  When a call finds its connection
 *   broken it resets it, forgets the prepared statements (they died with the
 *   session) and retries the call once; inside a transaction it cannot, so
 *   the call fails with STORE_HARD_ERROR and the transaction is lost: every
 *   call up to rollback()/commit() fails the same way.  (A write outside a
 *   transaction whose connection broke mid-flight may have been applied
 *   before the retry; the services write only inside transactions.)
 * - Transactions are SERIALIZABLE: the service checks (parent exists, no
 *   cycle) and then writes, and SERIALIZABLE makes those checks hold without
 *   explicit locks.  A serialization failure or deadlock (40001, 40P01) is
 *   STORE_SOFT_ERROR, so the caller may run the whole transaction again.
 *   A duplicate key (23505) is STORE_CONFLICT; anything else is
 *   STORE_HARD_ERROR and logged to stderr as one "store_pg:" line.  A
 *   begin() inside a transaction is refused, as on SQLite.
 * - migrate() runs every pending step in one transaction under a
 *   transaction-level advisory lock (begin_schema, db_migrate.c), so two
 *   processes starting together apply each step once and a failed step
 *   leaves the database as it was.
 */
#include "store/pg_watch.h"
#include "store/store.h"

#include <inttypes.h>
#include <limits.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "store/store_conns.h"
#include "store/store_stmt.h"
#include "util/arena.h"

/* "dieuhanh" in ASCII, as a bigint: the key of the migration lock. */
#define PG_MIGRATE_LOCK "7235425831284207208"

struct pg_conn {
	struct store_conn link;    /* first: the store's registry of connections */
	struct pg_store *owner;
	PGconn *conn;
	int *nparams;     /* the module lists' statements, by cache slot: -1 unprepared */
	size_t ncache;
	bool in_tx;       /* between a successful begin() and commit()/rollback() */
	bool tx_lost;     /* the connection broke inside that transaction */
};

struct pg_store {
	struct store_engine e;     /* e.locator: the conninfo; one connection per thread */
	struct pg_watch watch;     /* revisions changed?  (pg_watch.h) */
};

/* ---- logging ------------------------------------------------------- */

/* Folds libpq's multi-line messages in place: each run of white space
 * becomes one space, none at the end. */
static void pg_oneline(char *s)
{
	char *o = s, *start = s;
	bool space = false;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t') {
			space = true;
			continue;
		}
		if (space && o != start)
			*o++ = ' ';
		space = false;
		*o++ = *s;
	}
	*o = '\0';
}

/* One line on stderr. */
__attribute__((format(printf, 1, 2)))
static void pg_log(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	pg_oneline(buf);
	fprintf(stderr, "store_pg: %s\n", buf);
}

/* Server notices: NOTICE ("already exists, skipping") is noise, WARNING is not. */
static void pg_notice(void *arg, const PGresult *r)
{
	(void)arg;
	const char *sev = PQresultErrorField(r, PG_DIAG_SEVERITY_NONLOCALIZED);
	if (sev && strcmp(sev, "WARNING") == 0)
		pg_log("warning: %s", PQresultErrorMessage(r));
}

/* ---- connections --------------------------------------------------- */

static PGconn *pg_connect(const char *conninfo)
{
	/* The URL or key=value string is expanded from dbname and overrides
	 * the entries before it (defaults); the entries after it override it.
	 * The timeout keeps a reconnect to a vanished host from hanging a
	 * worker; results are always UTF-8. */
	static const char *const keys[] = {
		"connect_timeout", "dbname", "client_encoding",
		"fallback_application_name", NULL
	};
	const char *const values[] = { "10", conninfo, "UTF8", "dieuhanh", NULL };
	PGconn *conn = PQconnectdbParams(keys, values, 1);
	if (conn)
		PQsetNoticeReceiver(conn, pg_notice, NULL);
	return conn;
}

static void pg_conn_close(struct store_conn *link)
{
	struct pg_conn *c = (struct pg_conn *)link;
	free(c->nparams);
	PQfinish(c->conn);
	free(c);
}

/*
 * A new connection, this thread's.  It is returned even when the server
 * could not be reached (PQstatus tells): calls reset it later.
 */
static struct pg_conn *pg_conn_open(struct pg_store *s)
{
	struct pg_conn *c = calloc(1, sizeof *c);
	if (c == NULL)
		return NULL;
	c->owner = s;
	c->conn = pg_connect(s->e.locator);
	if (c->conn == NULL) {
		free(c);
		return NULL;
	}
	store_conns_adopt(&s->e.conns, &c->link);
	return c;
}

static struct pg_conn *pg_conn(struct store *st)
{
	struct pg_store *s = (struct pg_store *)st;
	struct pg_conn *c = (struct pg_conn *)store_conns_mine(&s->e.conns);
	if (c)
		return c;
	c = pg_conn_open(s);
	if (c == NULL) {
		pg_log("out of memory opening a connection");
		return NULL;
	}
	if (PQstatus(c->conn) != CONNECTION_OK)
		pg_log("connect: %s", PQerrorMessage(c->conn));
	return c;
}

/* Re-establishes a broken connection; its prepared statements are gone. */
static bool pg_reconnect(struct pg_conn *c)
{
	for (size_t i = 0; i < c->ncache; i++)
		c->nparams[i] = -1;
	c->in_tx = false;
	c->tx_lost = false;
	PQreset(c->conn);
	if (PQstatus(c->conn) != CONNECTION_OK) {
		pg_log("reconnect: %s", PQerrorMessage(c->conn));
		return false;
	}
	return true;
}

/* The connection is down (refused, reset, server shutting down) or its transaction died with it. */
static bool pg_unavailable(struct store *st)
{
	struct pg_store *s = (struct pg_store *)st;
	struct pg_conn *c = (struct pg_conn *)store_conns_mine(&s->e.conns);
	/* No connection yet: this thread has not asked the database anything. */
	return c != NULL && (c->tx_lost || PQstatus(c->conn) != CONNECTION_OK);
}

/* ---- statements ---------------------------------------------------- */

/* Maps a failed result to a status; logs what is not a conflict or a retry. */
static enum store_status pg_status(PGconn *conn, const PGresult *r, const char *what)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (state && strcmp(state, "23505") == 0)
		return STORE_CONFLICT;
	if (state && (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0))
		return STORE_SOFT_ERROR;
	const char *msg = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	if (state)
		pg_log("%s: %s (SQLSTATE %s)", what, msg ? msg : PQerrorMessage(conn), state);
	else
		pg_log("%s: %s", what, PQerrorMessage(conn));
	return STORE_HARD_ERROR;
}

static bool pg_result_ok(const PGresult *r)
{
	ExecStatusType es = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	return es == PGRES_COMMAND_OK || es == PGRES_TUPLES_OK;
}

/*
 * A statement to run: a list's statement by cache slot (prepared as
 * "m<slot>"), its text, its name for the log, and its parameters in
 * libpq's parallel arrays.
 */
struct pg_job {
	size_t index;
	const char *sql;
	const char *what;
	int n;
	const char *const *values;
	const int *lengths;
	const int *formats;
};

static bool pg_cache_fits(struct pg_conn *c, size_t slot)
{
	if (slot < c->ncache)
		return true;
	size_t n = db_slots_assigned();
	if (n <= slot)
		n = slot + 1;
	int *bigger = realloc(c->nparams, n * sizeof *bigger);
	if (bigger == NULL)
		return false;
	for (size_t i = c->ncache; i < n; i++)
		bigger[i] = -1;
	c->nparams = bigger;
	c->ncache = n;
	return true;
}

/*
 * Prepares J on C if needed (a module statement also learns its number of
 * parameters, to check every call against) and runs it: NULL or an error
 * result on failure; *MISMATCH when J gives the wrong number of parameters.
 */
static PGresult *pg_exec_job(struct pg_conn *c, const struct pg_job *j, bool *mismatch)
{
	char name[32];
	*mismatch = false;
	snprintf(name, sizeof name, "m%zu", j->index);
	if (!pg_cache_fits(c, j->index))
		return NULL;
	if (c->nparams[j->index] < 0) {
		PGresult *r = PQprepare(c->conn, name, j->sql, 0, NULL);
		if (!pg_result_ok(r))
			return r;
		PQclear(r);
		r = PQdescribePrepared(c->conn, name);
		if (!pg_result_ok(r))
			return r;
		c->nparams[j->index] = PQnparams(r);
		PQclear(r);
	}
	if (c->nparams[j->index] != j->n) {
		*mismatch = true;
		return NULL;
	}
	return PQexecPrepared(c->conn, name, j->n, j->values, j->lengths, j->formats, 0);
}

/*
 * Runs J on this thread's connection.  On STORE_OK, *OUT is the result, for
 * the caller to PQclear.  A broken connection is reset and the call retried
 * once, outside a transaction.
 */
static enum store_status pg_call_job(struct store *st, const struct pg_job *j,
                                     PGresult **out)
{
	*out = NULL;
	struct pg_conn *c = pg_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	if (c->tx_lost) {
		pg_log("%s: connection lost inside a transaction; roll it back", j->what);
		return STORE_HARD_ERROR;
	}
	for (int attempt = 0;; attempt++) {
		if (PQstatus(c->conn) != CONNECTION_OK) {
			if (c->in_tx) {
				c->tx_lost = true;
				pg_log("%s: connection lost inside a transaction", j->what);
				return STORE_HARD_ERROR;
			}
			if (!pg_reconnect(c))
				return STORE_HARD_ERROR;
		}
		bool mismatch;
		PGresult *r = pg_exec_job(c, j, &mismatch);
		if (mismatch) {
			pg_log("%s: %d parameters given, %d expected", j->what, j->n,
			       c->nparams[j->index]);
			return STORE_HARD_ERROR;
		}
		if (pg_result_ok(r)) {
			*out = r;
			return STORE_OK;
		}
		if (PQstatus(c->conn) == CONNECTION_OK || c->in_tx || attempt > 0) {
			enum store_status s = pg_status(c->conn, r, j->what);
			if (PQstatus(c->conn) != CONNECTION_OK && c->in_tx)
				c->tx_lost = true;
			PQclear(r);
			return s;
		}
		/* The connection broke under this call: reset and try once more. */
		pg_log("%s: connection lost, reconnecting: %s", j->what, PQerrorMessage(c->conn));
		PQclear(r);
	}
}

/* One of the engine layer's own statements (store_sql.h); *OUT as pg_call_job(). */
static enum store_status pg_call(struct store *st, enum store_stmt id, PGresult **out)
{
	struct pg_job j = {
		.index = db_list_slot(&store_sql) + id, .sql = store_sql.pg[id],
		.what = store_sql.names[id],
	};
	return pg_call_job(st, &j, out);
}

/* The same, its rows (if any) ignored. */
static enum store_status pg_run(struct store *st, enum store_stmt id)
{
	PGresult *r;
	enum store_status rc = pg_call(st, id, &r);
	PQclear(r);
	return rc;
}

static int pg_hexval(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return 0;
}

/* ---- the generic statement runner (store/db.h) ---------------------- */

/* One parameter in libpq's text format (bytes in binary); NUM holds numbers. */
static void pg_param_value(const struct db_param *p, char num[32], const char **value,
                           int *length, int *format)
{
	*length = 0;
	*format = 0;
	switch (p->type) {
	case DB_PARAM_NULL:
		*value = NULL;
		return;
	case DB_PARAM_INT64:
		snprintf(num, 32, "%" PRId64, p->v.i);
		*value = num;
		return;
	case DB_PARAM_DOUBLE:
		/* Enough digits to read back the same double, in the C locale. */
		snprintf(num, 32, "%.17g", p->v.d);
		*value = num;
		return;
	case DB_PARAM_BOOL:
		*value = p->v.b ? "true" : "false";
		return;
	case DB_PARAM_TEXT:
		*value = p->v.s;
		return;
	case DB_PARAM_BLOB:
		*value = p->v.p;
		*length = (int)p->len;
		*format = 1;
		return;
	}
	*value = NULL;
}

static bool pg_in_transaction(struct store *st);

static enum store_status pg_query(struct store *st, const struct db_sql_list *l, size_t id,
                                  const struct db_param *params, size_t nparams,
                                  db_row_fn on_row, void *cls, int64_t *changes)
{
	if (changes)
		*changes = 0;
	if (id >= l->n)
		return STORE_HARD_ERROR;
	char what[128];
	snprintf(what, sizeof what, "%s.%s", l->module, l->names[id]);
	if (l->pg[id] == NULL) {
		pg_log("%s is not run on PostgreSQL", what);
		return STORE_HARD_ERROR;
	}
	/* libpq counts parameters in an int; the protocol allows 65535. */
	if (nparams > 65535) {
		pg_log("%s: %zu parameters, more than PostgreSQL takes", what, nparams);
		return STORE_HARD_ERROR;
	}
	for (size_t i = 0; i < nparams; i++) {
		if (params[i].type == DB_PARAM_BLOB && params[i].len > INT_MAX) {
			pg_log("%s: parameter %zu too long", what, i + 1);
			return STORE_HARD_ERROR;
		}
	}
	size_t n = nparams ? nparams : 1;
	const char **values = calloc(n, sizeof *values);
	int *lengths = calloc(n, sizeof *lengths);
	int *formats = calloc(n, sizeof *formats);
	char (*num)[32] = calloc(n, sizeof *num);
	enum store_status rc = STORE_HARD_ERROR;
	PGresult *r = NULL;
	if (values && lengths && formats && num) {
		for (size_t i = 0; i < nparams; i++)
			pg_param_value(&params[i], num[i], &values[i], &lengths[i], &formats[i]);
		struct pg_job j = {
			.index = db_list_slot(l) + id, .sql = l->pg[id],
			.what = what, .n = (int)nparams, .values = values, .lengths = lengths,
			.formats = formats,
		};
		rc = pg_call_job(st, &j, &r);
	} else {
		pg_log("%s: out of memory", what);
	}
	free(values);
	free(lengths);
	free(formats);
	free(num);
	if (rc != STORE_OK)
		return rc;
	if (changes) {
		const char *t = PQcmdTuples(r);
		*changes = *t ? strtoll(t, NULL, 10) : 0;
	}
	/* A write outside a transaction is its own commit (see pg_commit). */
	if (!pg_in_transaction(st) && strncmp(PQcmdStatus(r), "SELECT", 6) != 0)
		pg_watch_bump(&((struct pg_store *)st)->watch);
	if (on_row) {
		struct db_row row = { .ops = st->ops, .impl = r, .index = 0 };
		int rows = PQntuples(r);
		for (row.index = 0; row.index < rows; row.index++)
			if (on_row(cls, &row) != 0)
				break;
	}
	PQclear(r);
	return STORE_OK;
}

static enum store_status pg_prepare(struct store *st, const struct db_sql_list *l, size_t id)
{
	struct pg_conn *c = pg_conn(st);
	if (c == NULL || db_sql_text(st, l, id) == NULL)
		return STORE_HARD_ERROR;
	size_t slot = db_list_slot(l) + id;
	if (!pg_cache_fits(c, slot))
		return STORE_HARD_ERROR;
	if (c->nparams[slot] >= 0)
		return STORE_OK;
	char name[32];
	snprintf(name, sizeof name, "m%zu", slot);
	PGresult *r = PQprepare(c->conn, name, l->pg[id], 0, NULL);
	enum store_status rc = STORE_OK;
	if (!pg_result_ok(r)) {
		rc = pg_status(c->conn, r, l->names[id]);
		if (rc == STORE_OK)
			rc = STORE_HARD_ERROR;
	}
	PQclear(r);
	if (rc != STORE_OK)
		return rc;
	r = PQdescribePrepared(c->conn, name);
	if (pg_result_ok(r))
		c->nparams[slot] = PQnparams(r);
	else
		rc = STORE_HARD_ERROR;
	PQclear(r);
	return rc;
}

static bool pg_col_null(const struct db_row *r, int col)
{
	return PQgetisnull(r->impl, r->index, col);
}

static int64_t pg_col_int64(const struct db_row *r, int col)
{
	return strtoll(PQgetvalue(r->impl, r->index, col), NULL, 10);
}

static double pg_col_double(const struct db_row *r, int col)
{
	return strtod(PQgetvalue(r->impl, r->index, col), NULL);
}

static bool pg_col_bool(const struct db_row *r, int col)
{
	const char *v = PQgetvalue(r->impl, r->index, col);
	return v[0] == 't' || (v[0] >= '1' && v[0] <= '9');
}

static const char *pg_col_text(const struct db_row *r, int col, size_t *len)
{
	*len = (size_t)PQgetlength(r->impl, r->index, col);
	return PQgetvalue(r->impl, r->index, col);
}

/* Bytes travel as encode(col, 'hex') (the BYTES() macro of db_sql_pg.h). */
static size_t pg_col_blob_len(const struct db_row *r, int col)
{
	return (size_t)PQgetlength(r->impl, r->index, col) / 2;
}

static void pg_col_blob_copy(const struct db_row *r, int col, unsigned char *out, size_t len)
{
	const char *hex = PQgetvalue(r->impl, r->index, col);
	size_t have = (size_t)PQgetlength(r->impl, r->index, col) / 2;
	memset(out, 0, len);
	for (size_t i = 0; i < have && i < len; i++)
		out[i] = (unsigned char)(pg_hexval(hex[2 * i]) << 4 | pg_hexval(hex[2 * i + 1]));
}

static bool pg_in_transaction(struct store *st)
{
	struct pg_store *s = (struct pg_store *)st;
	struct pg_conn *c = (struct pg_conn *)store_conns_mine(&s->e.conns);
	return c != NULL && c->in_tx;
}

/* ---- ping and transactions ----------------------------------------- */

static enum store_status pg_ping(struct store *st)
{
	return pg_run(st, STORE_PING);
}

static void pg_rollback(struct store *st);

static enum store_status pg_begin(struct store *st)
{
	struct pg_conn *c = pg_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	if (c->in_tx) {
		pg_log("begin: already inside a transaction");
		return STORE_HARD_ERROR;
	}
	enum store_status rc = pg_run(st, STORE_BEGIN);
	if (rc != STORE_OK)
		return rc;
	c->in_tx = true;
	rc = pg_run(st, STORE_LOCK_WRITERS);
	if (rc != STORE_OK)
		pg_rollback(st);
	return rc;
}

static enum store_status pg_commit(struct store *st)
{
	struct pg_conn *c = pg_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	if (!c->in_tx) {
		pg_log("commit: no transaction in progress");
		return STORE_HARD_ERROR;
	}
	PGresult *r;
	enum store_status rc = pg_call(st, STORE_COMMIT, &r);
	/* COMMIT of a transaction that already failed reports ROLLBACK. */
	if (rc == STORE_OK && strcmp(PQcmdStatus(r), "COMMIT") != 0) {
		pg_log("commit: the transaction had failed and was rolled back");
		rc = STORE_HARD_ERROR;
	}
	PQclear(r);
	c->in_tx = false;
	c->tx_lost = false;
	/* This process's own write is seen at once, not when its notification comes back. */
	if (rc == STORE_OK)
		pg_watch_bump(&((struct pg_store *)st)->watch);
	return rc;
}

static bool pg_revision_epoch(struct store *st, uint64_t *epoch)
{
	return pg_watch_epoch(&((struct pg_store *)st)->watch, epoch);
}

static void pg_rollback(struct store *st)
{
	struct pg_conn *c = pg_conn(st);
	if (c == NULL || !c->in_tx)
		return;
	if (!c->tx_lost && PQstatus(c->conn) == CONNECTION_OK) {
		PGresult *r = PQexec(c->conn, "ROLLBACK");
		if (!pg_result_ok(r))
			pg_status(c->conn, r, "ROLLBACK");
		PQclear(r);
	}
	c->in_tx = false;
	c->tx_lost = false;
}

/* ---- migrations ---------------------------------------------------- */

/* Fixed SQL, possibly several statements, with no parameters. */
static enum store_status pg_exec(PGconn *conn, const char *sql, const char *what)
{
	PGresult *r = PQexec(conn, sql);
	enum store_status rc = pg_result_ok(r) ? STORE_OK : pg_status(conn, r, what);
	PQclear(r);
	return rc;
}

/*
 * The migration's transaction: READ COMMITTED under an advisory lock, so a
 * process that waited for another's migration sees its versions once it has
 * the lock; the writers' lock (LOCK TABLE audit_entry) cannot be used since
 * the table may not exist yet.
 */
static enum store_status pg_begin_schema(struct store *st)
{
	struct pg_conn *c = pg_conn(st);
	if (c == NULL)
		return STORE_HARD_ERROR;
	if (c->in_tx) {
		pg_log("migrate: called inside a transaction");
		return STORE_HARD_ERROR;
	}
	if (PQstatus(c->conn) != CONNECTION_OK && !pg_reconnect(c))
		return STORE_HARD_ERROR;
	enum store_status rc = pg_exec(c->conn, "BEGIN", "migrate: begin");
	if (rc != STORE_OK)
		return rc;
	c->in_tx = true;
	rc = pg_exec(c->conn, "SELECT pg_advisory_xact_lock(" PG_MIGRATE_LOCK ")", "migrate: lock");
	if (rc != STORE_OK)
		pg_rollback(st);
	return rc;
}

static enum store_status pg_migrate(struct store *st, int *version)
{
	return store_migrate(st, NULL, version);
}

/* Inside a transaction (a module's migration step); the connection must be up. */
static enum store_status pg_exec_script(struct store *st, const char *sql)
{
	struct pg_conn *c = pg_conn(st);
	if (c == NULL || c->tx_lost || PQstatus(c->conn) != CONNECTION_OK)
		return STORE_HARD_ERROR;
	return pg_exec(c->conn, sql, "migration step");
}

/* ---- open / close -------------------------------------------------- */

static const struct store_ops pg_ops;

/* Call after the worker threads have stopped using the store. */
static void pg_close(struct store *st)
{
	pg_watch_destroy(&((struct pg_store *)st)->watch);
	store_engine_free(&((struct pg_store *)st)->e);
}

struct store *store_pg_open(const char *conninfo, char *err, size_t errlen)
{
	if (!PQisthreadsafe()) {
		snprintf(err, errlen, "libpq was built without thread safety");
		return NULL;
	}
	struct pg_store *s = store_engine_new(sizeof *s, &pg_ops, conninfo, pg_conn_close,
	                                      err, errlen);
	if (s == NULL)
		return NULL;
	pg_watch_init(&s->watch, conninfo);
	/* Connect the caller now, so a bad URL or a down server fails here. */
	struct pg_conn *c = pg_conn_open(s);
	const char *why = NULL;
	char msg[512];
	if (c == NULL) {
		why = "out of memory";
	} else if (PQstatus(c->conn) != CONNECTION_OK) {
		snprintf(msg, sizeof msg, "%s", PQerrorMessage(c->conn));
		why = msg;
	} else if (PQserverVersion(c->conn) < 100000) {
		snprintf(msg, sizeof msg, "PostgreSQL %d is too old (10 or later needed)",
		         PQserverVersion(c->conn));
		why = msg;
	}
	if (why) {
		snprintf(err, errlen, "cannot connect to PostgreSQL: %s", why);
		pg_oneline(err);
		pg_close(&s->e.base);
		return NULL;
	}
	return &s->e.base;
}

/* The engine, as store.h's table of functions. */
static const struct store_ops pg_ops = {
	STORE_ENGINE_OPS(pg, "postgresql", STORE_DIALECT_POSTGRESQL, true)
};
