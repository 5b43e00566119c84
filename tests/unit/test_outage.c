/*
 * test_outage.c: a database out of reach is told apart from a failed
 * request (issue 7, item 7), on SQLite, where a read outage cannot be made
 * from outside a running server (WAL readers keep reading): the engine says
 * "unavailable" after a call failed because another process held the
 * database beyond the busy timeout, not after a constraint failure, and
 * reply_internal_error() then answers 503 with Retry-After instead of 500.
 * The PostgreSQL side runs over HTTP in tests/integration/outage.test.mjs.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <microhttpd.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "org/org_store.h"
#include "http/reply.h"
#include "http/request.h"
#include "sqlite_temp.h"
#include "store/store.h"
#include "util/arena.h"

struct fixture {
	struct sqlite_temp db;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	if (f == NULL || sqlite_temp_open(&f->db, "outage") != 0)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	sqlite_temp_close(&f->db);
	free(f);
	return 0;
}

/* What reply_internal_error() answers on an API path, with Retry-After or NULL. */
static unsigned int internal_error_status(struct store *st, char *retry_after, size_t n)
{
	struct http_request req = { .store = st, .path = "/api/v1/units", .method_name = "GET" };
	reply_internal_error(&req, "test");
	assert_non_null(req.response);
	const char *ra = MHD_get_response_header(req.response, MHD_HTTP_HEADER_RETRY_AFTER);
	snprintf(retry_after, n, "%s", ra ? ra : "");
	MHD_destroy_response(req.response);
	arena_free(&req.arena);
	return req.status;
}

static void locked_beyond_busy_timeout_is_unavailable_and_503(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->db.st;
	/* Another process takes the write lock and keeps it past the 5 s busy timeout. */
	sqlite3 *other;
	assert_int_equal(sqlite3_open(f->db.path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	enum store_status s = st->ops->begin(st);
	assert_int_not_equal(s, STORE_OK);
	assert_true(st->ops->unavailable(st));
	char ra[16];
	assert_int_equal(internal_error_status(st, ra, sizeof ra), 503);
	assert_true(atoi(ra) > 0);
	assert_int_equal(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(other);

	/* Released: the same store works again. */
	assert_int_equal(st->ops->begin(st), STORE_OK);
	st->ops->rollback(st);
}

static void a_failed_request_is_not_an_outage(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->db.st;
	struct arena a = { 0 };
	struct org_unit u = { .kind = "department", .code = "DUP", .name = "Phòng một",
	                      .sort_key = (const unsigned char *)"a", .sort_key_len = 1,
	                      .search_key = "phong mot" };
	assert_int_equal(st->ops->begin(st), STORE_OK);
	assert_int_equal(org_store.unit_insert(st, &u), STORE_OK);
	u.id = 0;
	/* A duplicate code: the request's fault, the database is fine. */
	assert_int_equal(org_store.unit_insert(st, &u), STORE_CONFLICT);
	st->ops->rollback(st);
	assert_false(st->ops->unavailable(st));
	char ra[16];
	assert_int_equal(internal_error_status(st, ra, sizeof ra), 500);
	assert_string_equal(ra, "");
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(a_failed_request_is_not_an_outage, setup, teardown),
		cmocka_unit_test_setup_teardown(locked_beyond_busy_timeout_is_unavailable_and_503,
		                                setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
