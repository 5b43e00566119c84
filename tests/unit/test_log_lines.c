/*
 * test_log_lines.c: the access log's per-thread batches (src/http/log_lines.c):
 * every line written once and whole, whether its thread ended first or the
 * log was closed with lines still held; a quiet thread's line written by
 * the flusher without anyone closing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

#include "http/log_lines.h"

enum { THREADS = 4, LINES = 3000 };

struct writer {
	struct log_lines *l;
	int no;
};

/* Line I of writer NO: its length varies, one in a thousand longer than a buffer. */
static size_t line_of(char *buf, size_t size, int no, int i)
{
	int pad = i % 1000 == 500 ? PIPE_BUF + 100 : i % 97;
	int n = snprintf(buf, size, "w%d l%d %0*d\n", no, i, pad, 0);
	return (size_t)n;
}

static void *writer_main(void *arg)
{
	struct writer *w = arg;
	char buf[PIPE_BUF + 256];
	for (int i = 0; i < LINES; i++)
		log_lines_put(w->l, buf, line_of(buf, sizeof buf, w->no, i));
	return NULL;
}

/* A file to log into, written through its own descriptor as the server's stderr. */
struct log_file {
	char path[64];
	int fd;
};

static void log_file_open(struct log_file *lf)
{
	strcpy(lf->path, "/tmp/test_log_lines.XXXXXX");
	lf->fd = mkstemp(lf->path);
	assert_true(lf->fd >= 0);
}

static void log_file_close(struct log_file *lf)
{
	close(lf->fd);
	unlink(lf->path);
}

static char *slurp(const struct log_file *lf, size_t *len)
{
	FILE *f = fopen(lf->path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	rewind(f);
	char *s = malloc((size_t)n + 1);
	*len = fread(s, 1, (size_t)n, f);
	s[*len] = '\0';
	fclose(f);
	return s;
}

static void test_every_line_once_and_whole(void **state)
{
	(void)state;
	struct log_file f;
	log_file_open(&f);
	/* A long interval: what is written comes from full buffers, ended threads and the close. */
	struct log_lines *l = log_lines_open(f.fd, 60000);
	assert_non_null(l);
	pthread_t th[THREADS];
	struct writer w[THREADS];
	for (int t = 0; t < THREADS; t++) {
		w[t] = (struct writer){ l, t };
		assert_int_equal(pthread_create(&th[t], NULL, writer_main, &w[t]), 0);
	}
	/* Half the writers end before the close, half are still "running" (joined after). */
	for (int t = 0; t < THREADS / 2; t++)
		pthread_join(th[t], NULL);
	/* This thread's own lines stay held until the close. */
	char buf[PIPE_BUF + 256];
	log_lines_put(l, buf, line_of(buf, sizeof buf, THREADS, 0));
	for (int t = THREADS / 2; t < THREADS; t++)
		pthread_join(th[t], NULL);
	log_lines_close(l);

	size_t len;
	char *all = slurp(&f, &len);
	size_t expected = line_of(buf, sizeof buf, THREADS, 0);
	int next[THREADS] = { 0 };
	for (int t = 0; t < THREADS; t++)
		for (int i = 0; i < LINES; i++)
			expected += line_of(buf, sizeof buf, t, i);
	assert_int_equal(len, expected);
	/* Each writer's lines in its order, each whole. */
	for (char *p = all, *nl; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		assert_non_null(nl);
		int no, i;
		assert_int_equal(sscanf(p, "w%d l%d ", &no, &i), 2);
		if (no == THREADS)
			continue;
		assert_true(no >= 0 && no < THREADS);
		assert_int_equal(i, next[no]);
		next[no]++;
		size_t n = line_of(buf, sizeof buf, no, i);
		assert_int_equal((size_t)(nl + 1 - p), n);
		assert_memory_equal(p, buf, n);
	}
	for (int t = 0; t < THREADS; t++)
		assert_int_equal(next[t], LINES);
	free(all);
	log_file_close(&f);
}

static void test_a_quiet_line_is_flushed(void **state)
{
	(void)state;
	struct log_file f;
	log_file_open(&f);
	struct log_lines *l = log_lines_open(f.fd, 5);
	log_lines_put(l, "GET /healthz 200 68 10us\n", 25);
	/* Up to 5 s for the flusher (5 ms) on a busy machine. */
	size_t len = 0;
	for (int i = 0; i < 5000 && len == 0; i++) {
		struct timespec ms = { 0, 1000000 };
		nanosleep(&ms, NULL);
		free(slurp(&f, &len));
	}
	assert_int_equal(len, 25);
	log_lines_close(l);
	char *all = slurp(&f, &len);
	assert_string_equal(all, "GET /healthz 200 68 10us\n");
	free(all);
	log_file_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_line_once_and_whole),
		cmocka_unit_test(test_a_quiet_line_is_flushed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
