/*
 * test_arena.c: the request arena keeps its promises at the edges: memory
 * is zeroed and aligned, large requests get their own chunk, and a size
 * that could only come from wrapped arithmetic stops the process instead
 * of returning a short buffer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/arena.h"

static void test_zeroed_and_aligned(void **state)
{
	(void)state;
	struct arena a = { 0 };
	for (size_t n = 1; n < 300; n += 7) {
		unsigned char *p = arena_alloc(&a, n);
		assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
		for (size_t i = 0; i < n; i++)
			assert_int_equal(p[i], 0);
		memset(p, 0xAB, n);
	}
	/* Larger than a chunk: its own chunk, still usable end to end. */
	unsigned char *big = arena_alloc(&a, 100000);
	memset(big, 1, 100000);
	assert_int_equal(big[99999], 1);
	arena_free(&a);
}

static void test_strings(void **state)
{
	(void)state;
	struct arena a = { 0 };
	assert_null(arena_strdup(&a, NULL));
	assert_string_equal(arena_strndup(&a, "abcdef", 3), "abc");
	char *s = arena_printf(&a, "%0300d", 7);
	assert_int_equal(strlen(s), 300);
	assert_int_equal(s[299], '7');
	int *v = arena_array(&a, 1000, sizeof *v);
	for (int i = 0; i < 1000; i++)
		assert_int_equal(v[i], 0);
	arena_free(&a);
}

/* Runs FN in a child; true when the child died of SIGABRT. */
static bool aborts(void (*fn)(void))
{
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* The child's stderr message is expected; keep the log quiet. */
		if (freopen("/dev/null", "w", stderr) == NULL)
			_exit(3);
		fn();
		_exit(0);
	}
	int st = 0;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	return WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT;
}

static void wrapped_size(void)
{
	struct arena a = { 0 };
	/* Rounding SIZE_MAX up to the alignment would wrap to 0. */
	arena_alloc(&a, SIZE_MAX);
}

static void wrapped_array(void)
{
	struct arena a = { 0 };
	/* 2^62 * 8 wraps to 0 in size_t. */
	arena_array(&a, (size_t)1 << 62, 8);
}

static void wrapped_strndup(void)
{
	struct arena a = { 0 };
	arena_strndup(&a, "x", SIZE_MAX);
}

static void test_wrapped_sizes_abort(void **state)
{
	(void)state;
	assert_true(aborts(wrapped_size));
	assert_true(aborts(wrapped_array));
	assert_true(aborts(wrapped_strndup));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zeroed_and_aligned),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_wrapped_sizes_abort),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
