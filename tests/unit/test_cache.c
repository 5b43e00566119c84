/*
 * test_cache.c: the rendered-body cache (src/http/cache.c) as a table:
 * exact revisions, one body per key, least recently used out first, the
 * entry and byte bounds, and bodies that outlive their eviction while a
 * reply still holds them.  Single flight is exercised over HTTP
 * (tests/integration/board_cache.test.mjs).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/cache.h"

static struct http_body *body(const char *text)
{
	return http_body_copy(text, strlen(text));
}

static void put(struct http_cache *c, const char *key, int64_t rev, const char *text)
{
	struct http_body *b = body(text);
	http_cache_store(c, key, rev, b);
	http_body_release(b);
}

static void assert_holds(struct http_cache *c, const char *key, int64_t rev, const char *text)
{
	struct http_body *b = http_cache_ref(c, key, rev);
	assert_non_null(b);
	assert_int_equal(http_body_len(b), strlen(text));
	assert_memory_equal(http_body_data(b), text, strlen(text));
	http_body_release(b);
}

static void revisions_match_exactly(void **state)
{
	(void)state;
	struct http_cache *c = http_cache_new(8, 1 << 20);
	put(c, "tree:1", 5, "five");
	assert_holds(c, "tree:1", 5, "five");
	assert_null(http_cache_ref(c, "tree:1", 6));
	assert_null(http_cache_ref(c, "tree:1", 4));
	assert_null(http_cache_ref(c, "tree:2", 5));
	/* One body per key: a newer revision replaces the older. */
	put(c, "tree:1", 6, "six");
	assert_holds(c, "tree:1", 6, "six");
	assert_null(http_cache_ref(c, "tree:1", 5));
	http_cache_free(c);
}

static void least_recently_used_go_first(void **state)
{
	(void)state;
	struct http_cache *c = http_cache_new(3, 1 << 20);
	put(c, "a", 1, "A");
	put(c, "b", 1, "B");
	put(c, "c", 1, "C");
	assert_holds(c, "a", 1, "A");   /* a is now the most recently used */
	put(c, "d", 1, "D");            /* b goes */
	assert_null(http_cache_ref(c, "b", 1));
	assert_holds(c, "a", 1, "A");
	assert_holds(c, "c", 1, "C");
	assert_holds(c, "d", 1, "D");
	http_cache_free(c);
}

static void bytes_are_bounded(void **state)
{
	(void)state;
	struct http_cache *c = http_cache_new(100, 400);
	char big[90];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	char key[16];
	for (int i = 0; i < 10; i++) {
		snprintf(key, sizeof key, "k%d", i);
		put(c, key, 1, big);
	}
	/* 400 bytes hold four bodies of 89: the last four stored. */
	int held = 0;
	for (int i = 0; i < 10; i++) {
		snprintf(key, sizeof key, "k%d", i);
		struct http_body *b = http_cache_ref(c, key, 1);
		held += b != NULL;
		if (i >= 6)
			assert_non_null(b);
		http_body_release(b);
	}
	assert_int_equal(held, 4);
	/* A body over a quarter of the cache is not kept at all. */
	char huge[150];
	memset(huge, 'y', sizeof huge - 1);
	huge[sizeof huge - 1] = '\0';
	put(c, "huge", 1, huge);
	assert_null(http_cache_ref(c, "huge", 1));
	/*
	 * Nor is the older body of its key left behind: it could be served
	 * while a newer one is built, after readers saw the one too large.
	 */
	put(c, "k9", 2, huge);
	assert_null(http_cache_ref(c, "k9", 1));
	assert_null(http_cache_ref(c, "k9", 2));
	http_cache_free(c);
}

static void a_body_outlives_its_eviction(void **state)
{
	(void)state;
	struct http_cache *c = http_cache_new(1, 1 << 20);
	put(c, "a", 1, "held by a reply");
	struct http_body *b = http_cache_ref(c, "a", 1);
	put(c, "b", 1, "pushes a out");
	assert_null(http_cache_ref(c, "a", 1));
	assert_memory_equal(http_body_data(b), "held by a reply", 15);   /* still readable */
	http_body_release(b);
	http_cache_free(c);
}

static void copies_carry_nuls_and_a_terminator(void **state)
{
	(void)state;
	struct http_cache *c = http_cache_new(4, 1 << 20);
	http_cache_put(c, "bin", 1, "a\0b", 3);
	char *out;
	size_t len;
	assert_true(http_cache_get(c, "bin", 1, &out, &len));
	assert_int_equal(len, 3);
	assert_memory_equal(out, "a\0b\0", 4);
	free(out);
	/* Keys too long to hold are never cached. */
	char key[200];
	memset(key, 'k', sizeof key - 1);
	key[sizeof key - 1] = '\0';
	http_cache_put(c, key, 1, "x", 1);
	assert_false(http_cache_get(c, key, 1, &out, &len));
	http_cache_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(revisions_match_exactly),
		cmocka_unit_test(least_recently_used_go_first),
		cmocka_unit_test(bytes_are_bounded),
		cmocka_unit_test(a_body_outlives_its_eviction),
		cmocka_unit_test(copies_carry_nuls_and_a_terminator),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
