/*
 * test_store_engine.c: the engine layer's own promises, the same on SQLite
 * and PostgreSQL: a nested begin() is refused and leaves the transaction
 * as it was; a statement given the wrong number of parameters fails
 * cleanly; every statement of every module prepares; and both migration
 * lists build the same schema.
 */
#include "store_harness.h"

#include <pthread.h>
#include <sqlite3.h>

#include "audit/audit_store.h"
#include "auth/auth_store.h"
#include "org/org.h"
#include "org/org_store.h"
#include "store/db.h"
#include "target/target_store.h"

/* Every module's statement list. */
static const struct db_sql_list *const all_lists[] = {
	&org_sql,
	&auth_sql,
	&audit_sql,
	&target_sql,
};

static void every_statement_prepares(void **state)
{
	struct store_fixture *f = *state;
	for (size_t i = 0; i < sizeof all_lists / sizeof all_lists[0]; i++)
		assert_int_equal(db_prepare_all(f->st, all_lists[i]), STORE_OK);
}

/*
 * Used to differ: PostgreSQL refused, SQLite failed the BEGIN but released
 * its writer lock while the outer transaction stayed open.
 */
static void nested_begin_is_refused(void **state)
{
	struct store_fixture *f = *state;
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_true(f->st->ops->in_transaction(f->st));
	assert_int_equal(f->st->ops->begin(f->st), STORE_HARD_ERROR);
	/* Still inside the outer transaction, still its writer. */
	assert_true(f->st->ops->in_transaction(f->st));
	struct org_unit u = { .kind = "ward", .code = "W", .name = "W" };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	assert_false(f->st->ops->in_transaction(f->st));
	struct org_unit got;
	assert_int_equal(org_store.unit_get(f->st, u.id, f->a, &got), STORE_OK);
	/* And the next transaction starts normally. */
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	f->st->ops->rollback(f->st);
}

/* A second thread's writer waits for the first one's commit. */
struct writer_arg {
	struct store *st;
	volatile int began;
};

static void *second_writer(void *p)
{
	struct writer_arg *w = p;
	if (w->st->ops->begin(w->st) == STORE_OK) {
		w->began = 1;
		w->st->ops->rollback(w->st);
	} else {
		w->began = -1;
	}
	return NULL;
}

static void refused_nested_begin_keeps_the_writer_lock(void **state)
{
	struct store_fixture *f = *state;
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(f->st->ops->begin(f->st), STORE_HARD_ERROR);
	struct writer_arg w = { f->st, 0 };
	pthread_t t;
	assert_int_equal(pthread_create(&t, NULL, second_writer, &w), 0);
	usleep(300 * 1000);
	assert_int_equal(w.began, 0);   /* still queued behind our transaction */
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	pthread_join(t, NULL);
	assert_int_equal(w.began, 1);
}

enum { TEST_STMT_ONE_PARAM };
static const char *const test_names[] = { "TEST_ONE_PARAM" };
static const char *const test_sqlite[] = { "SELECT count(*) FROM org_unit WHERE id = ?1" };
static const char *const test_pg[] = { "SELECT count(*) FROM org_unit WHERE id = $1::bigint" };
static int test_slot;
static const struct db_sql_list test_sql = {
	"test", 1, test_names, test_sqlite, test_pg, &test_slot,
};

static void wrong_parameter_count_fails(void **state)
{
	struct store_fixture *f = *state;
	int64_t n = -1;
	assert_int_equal(db_scalar(f->st, &test_sql, TEST_STMT_ONE_PARAM,
	                           DB_PARAMS(db_int64(1)), &n), STORE_OK);
	assert_int_equal(n, 0);
	assert_int_equal(db_scalar(f->st, &test_sql, TEST_STMT_ONE_PARAM, DB_NO_PARAMS, &n),
	                 STORE_HARD_ERROR);
	assert_int_equal(db_scalar(f->st, &test_sql, TEST_STMT_ONE_PARAM,
	                           DB_PARAMS(db_int64(1), db_int64(2)), &n), STORE_HARD_ERROR);
	/* A statement id past the list's end is refused, not read. */
	assert_int_equal(db_scalar(f->st, &test_sql, 1, DB_PARAMS(db_int64(1)), &n),
	                 STORE_HARD_ERROR);
	/* Twenty-odd parameters (more than the old 18 fixed slots) are fine. */
	assert_int_equal(db_prepare_all(f->st, &org_sql), STORE_OK);
}

/* ---- schema equality ------------------------------------------------ */

/* SQLite and PostgreSQL types in one vocabulary. */
static const char *norm_type(const char *t)
{
	static const struct { const char *from, *to; } map[] = {
		{ "integer", "int" }, { "bigint", "int" }, { "smallint", "int" },
		{ "boolean", "int" }, { "text", "text" }, { "character varying", "text" },
		{ "date", "text" }, { "timestamp with time zone", "text" },
		{ "timestamp without time zone", "text" }, { "real", "real" },
		{ "double precision", "real" }, { "numeric", "real" }, { "blob", "bytes" },
		{ "bytea", "bytes" },
	};
	char low[64];
	size_t i;
	for (i = 0; t[i] && i < sizeof low - 1; i++)
		low[i] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
	low[i] = '\0';
	for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
		if (strcmp(low, map[k].from) == 0)
			return map[k].to;
	return t;
}

struct lines {
	char **v;
	size_t n, cap;
};

static void add_line(struct lines *l, const char *fmt, ...)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = realloc(l->v, l->cap * sizeof *l->v);
	}
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	l->v[l->n++] = strdup(buf);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_lines(struct lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* Tables, columns (normalised type, nullability) and indexes of SQLite. */
static void sqlite_schema(const char *path, struct lines *out)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	sqlite3_stmt *t;
	assert_int_equal(sqlite3_prepare_v2(db,
		"SELECT name FROM sqlite_master WHERE type = 'table'"
		" AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &t, NULL), SQLITE_OK);
	while (sqlite3_step(t) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(t, 0);
		sqlite3_stmt *c;
		sqlite3_prepare_v2(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)",
		                   -1, &c, NULL);
		sqlite3_bind_text(c, 1, table, -1, SQLITE_TRANSIENT);
		while (sqlite3_step(c) == SQLITE_ROW) {
			bool pk = sqlite3_column_int(c, 3) > 0;
			add_line(out, "column %s.%s %s%s", table, sqlite3_column_text(c, 0),
			         norm_type((const char *)sqlite3_column_text(c, 1)),
			         pk || sqlite3_column_int(c, 2) ? " not null" : "");
		}
		sqlite3_finalize(c);
		sqlite3_prepare_v2(db,
			"SELECT il.name, il.\"unique\","
			" (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(il.name)"
			"   ORDER BY seqno))"
			" FROM pragma_index_list(?1) il WHERE il.origin <> 'pk'", -1, &c, NULL);
		sqlite3_bind_text(c, 1, table, -1, SQLITE_TRANSIENT);
		while (sqlite3_step(c) == SQLITE_ROW)
			add_line(out, "index on %s(%s)%s", table, sqlite3_column_text(c, 2),
			         sqlite3_column_int(c, 1) ? " unique" : "");
		sqlite3_finalize(c);
	}
	sqlite3_finalize(t);
	sqlite3_close(db);
}

static void pg_schema(const char *url, struct lines *out)
{
	PGconn *c = PQconnectdb(url);
	assert_int_equal(PQstatus(c), CONNECTION_OK);
	PGresult *r = PQexec(c,
		"SELECT table_name, column_name, data_type, is_nullable = 'NO'"
		"   OR column_name IN (SELECT a.attname FROM pg_index i"
		"     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
		"     WHERE i.indisprimary AND i.indrelid = (quote_ident(table_name))::regclass)"
		" FROM information_schema.columns WHERE table_schema = 'public'");
	assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
	for (int i = 0; i < PQntuples(r); i++)
		add_line(out, "column %s.%s %s%s", PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
		         norm_type(PQgetvalue(r, i, 2)),
		         PQgetvalue(r, i, 3)[0] == 't' ? " not null" : "");
	PQclear(r);
	r = PQexec(c,
		"SELECT t.relname, i.indisunique,"
		" (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(i.indkey)"
		"   WITH ORDINALITY AS k(attnum, n)"
		"   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum)"
		" FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid"
		" JOIN pg_namespace ns ON ns.oid = t.relnamespace"
		" WHERE ns.nspname = 'public' AND NOT i.indisprimary");
	assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
	for (int i = 0; i < PQntuples(r); i++)
		add_line(out, "index on %s(%s)%s", PQgetvalue(r, i, 0), PQgetvalue(r, i, 2),
		         PQgetvalue(r, i, 1)[0] == 't' ? " unique" : "");
	PQclear(r);
	PQfinish(c);
}

static void migrations_build_the_same_schema(void **state)
{
	struct store_fixture *f = *state;
	if (f->pg_url == NULL) {
		skip();   /* compares the two engines: runs in the PostgreSQL round */
	}
	char dir[] = "/tmp/dh-schema-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[64], err[256];
	snprintf(path, sizeof path, "%s/s.db", dir);
	struct store *sq = store_sqlite_open(path, err, sizeof err);
	assert_non_null(sq);
	int version;
	assert_int_equal(sq->ops->migrate(sq, &version), STORE_OK);
	sq->ops->close(sq);
	struct lines a = { 0 }, b = { 0 };
	sqlite_schema(path, &a);
	pg_schema(f->pg_url, &b);
	qsort(a.v, a.n, sizeof *a.v, cmp_str);
	qsort(b.v, b.n, sizeof *b.v, cmp_str);
	size_t i = 0, j = 0, differences = 0;
	while (i < a.n || j < b.n) {
		int c = i == a.n ? 1 : j == b.n ? -1 : strcmp(a.v[i], b.v[j]);
		if (c == 0) {
			i++, j++;
			continue;
		}
		differences++;
		if (c < 0)
			printf("  only on sqlite:     %s\n", a.v[i++]);
		else
			printf("  only on postgresql: %s\n", b.v[j++]);
	}
	printf("  compared %zu facts on sqlite with %zu on postgresql\n", a.n, b.n);
	assert_true(a.n > 20);
	free_lines(&a);
	free_lines(&b);
	char p[96];
	const char *suffixes[] = { "", "-wal", "-shm" };
	for (size_t k = 0; k < 3; k++) {
		snprintf(p, sizeof p, "%s%s", path, suffixes[k]);
		unlink(p);
	}
	rmdir(dir);
	assert_int_equal(differences, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(every_statement_prepares),
		STORE_TEST(nested_begin_is_refused),
		STORE_TEST(refused_nested_begin_keeps_the_writer_lock),
		STORE_TEST(wrong_parameter_count_fails),
		STORE_TEST(migrations_build_the_same_schema),
	};
	return store_harness_run("storage engine", tests, sizeof tests / sizeof tests[0]);
}
