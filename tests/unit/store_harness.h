/*
 * store_harness.h: runs the same storage tests on every engine.
 *
 * A conformance suite (tests/unit/test_store_<module>.c) lists its tests
 * once; store_harness_run() runs them on SQLite (a fresh file per test)
 * and, when DIEUHANH_TEST_PG_URL names a PostgreSQL database, on that too
 * (its public schema dropped and migrated afresh per test: give it a
 * throwaway database, as scripts/test.sh does).  Each test gets a migrated,
 * empty store in *state (struct store_fixture).
 */
#ifndef DIEUHANH_STORE_HARNESS_H
#define DIEUHANH_STORE_HARNESS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"
#include "util/arena.h"

struct store_fixture {
	char dir[64];
	char path[96];
	struct store *st;
	struct arena *a;
	const char *pg_url;   /* NULL on SQLite */
};

/* The engine the tests of this round run on: NULL for SQLite. */
static const char *harness_pg_url;

/* Drops everything in the PostgreSQL database's public schema. */
static int harness_pg_reset(const char *url)
{
	PGconn *c = PQconnectdb(url);
	int rc = -1;
	if (PQstatus(c) == CONNECTION_OK) {
		PGresult *r = PQexec(c, "SET client_min_messages = warning;"
		                        "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
		rc = PQresultStatus(r) == PGRES_COMMAND_OK ? 0 : -1;
		if (rc != 0)
			fprintf(stderr, "harness: reset: %s", PQerrorMessage(c));
		PQclear(r);
	} else {
		fprintf(stderr, "harness: connect: %s", PQerrorMessage(c));
	}
	PQfinish(c);
	return rc;
}

static int store_setup(void **state)
{
	struct store_fixture *f = calloc(1, sizeof *f);
	char err[256];
	f->pg_url = harness_pg_url;
	if (f->pg_url) {
		if (harness_pg_reset(f->pg_url) != 0)
			return -1;
		f->st = store_open(f->pg_url, err, sizeof err);
	} else {
		snprintf(f->dir, sizeof f->dir, "/tmp/dh-store-XXXXXX");
		if (mkdtemp(f->dir) == NULL)
			return -1;
		snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
		f->st = store_sqlite_open(f->path, err, sizeof err);
	}
	int version;
	if (f->st == NULL) {
		fprintf(stderr, "harness: %s\n", err);
		return -1;
	}
	if (f->st->ops->migrate(f->st, &version) != STORE_OK)
		return -1;
	f->a = calloc(1, sizeof *f->a);
	*state = f;
	return 0;
}

static int store_teardown(void **state)
{
	struct store_fixture *f = *state;
	arena_free(f->a);
	free(f->a);
	f->st->ops->close(f->st);
	if (!f->pg_url) {
		char p[128];
		const char *suffixes[] = { "", "-wal", "-shm" };
		for (size_t i = 0; i < 3; i++) {
			snprintf(p, sizeof p, "%s%s", f->path, suffixes[i]);
			unlink(p);
		}
		rmdir(f->dir);
	}
	free(f);
	return 0;
}

/* Runs TESTS on SQLite, then on PostgreSQL when DIEUHANH_TEST_PG_URL is set. */
static int store_harness_run(const char *suite, const struct CMUnitTest *tests, size_t n)
{
	char name[128];
	snprintf(name, sizeof name, "%s on sqlite", suite);
	harness_pg_url = NULL;
	int failed = _cmocka_run_group_tests(name, tests, n, NULL, NULL);
	const char *url = getenv("DIEUHANH_TEST_PG_URL");
	if (url && *url) {
		snprintf(name, sizeof name, "%s on postgresql", suite);
		harness_pg_url = url;
		failed += _cmocka_run_group_tests(name, tests, n, NULL, NULL);
	} else {
		printf("[  SKIPPED ] %s on postgresql: DIEUHANH_TEST_PG_URL is not set\n", suite);
		fflush(stdout);
	}
	return failed;
}

#define STORE_TEST(f) cmocka_unit_test_setup_teardown(f, store_setup, store_teardown)

#endif
