/*
 * test_pg_array.c: PostgreSQL array literals (src/store/pg_array.c), which
 * carry an import's notes and audit JSON to the server: quotes, backslashes,
 * braces, commas and the word NULL must come back as written.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>

#include "store/pg_array.h"

static void close_array(struct pg_array *a)
{
	if (a->len == 0)
		pga_add(a, "{", 1);
	pga_add(a, "}", 1);
}

static void test_text_is_quoted_and_escaped(void **state)
{
	(void)state;
	struct pg_array a = { 0 };
	pga_text(&a, "Ghi chú, có \"dấu\" \\ {a,b}");
	pga_text(&a, NULL);
	pga_text(&a, "NULL");
	pga_text(&a, "");
	close_array(&a);
	assert_string_equal(a.p, "{\"Ghi chú, có \\\"dấu\\\" \\\\ {a,b}\",NULL,\"NULL\",\"\"}");
	pga_free(&a, 1);
}

static void test_numbers_and_ids(void **state)
{
	(void)state;
	struct pg_array a[2] = { 0 };
	pga_int(&a[0], -5);
	pga_id(&a[0], 0);
	pga_id(&a[0], 42);
	pga_double(&a[1], 0.1);
	pga_double(&a[1], -1234567.25);
	close_array(&a[0]);
	close_array(&a[1]);
	assert_string_equal(a[0].p, "{-5,NULL,42}");
	assert_string_equal(a[1].p, "{0.10000000000000001,-1234567.25}");
	pga_free(a, 2);
	struct pg_array empty = { 0 };
	close_array(&empty);
	assert_string_equal(empty.p, "{}");
	pga_free(&empty, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_is_quoted_and_escaped),
		cmocka_unit_test(test_numbers_and_ids),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
