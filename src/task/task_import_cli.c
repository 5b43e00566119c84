/*
 * task_import_cli.c: dieuhanh import people|tasks FILE — the same import
 * as the API's, as the system, with a progress bar when stderr is a
 * terminal and every problem of a refused file listed by row and column.
 */
#include "task/task_import.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "auth/auth.h"
#include "util/arena.h"

const char task_cli_import_usage[] =
	"Usage: dieuhanh import people FILE    (columns ref, unit_code, full_name, title)\n"
	"       dieuhanh import tasks FILE     (columns ref, unit_code, title, assignee, leader,\n"
	"                                       due_date, and optionally status, start_date,\n"
	"                                       completed_on, progress, priority, description)\n"
	"FILE is CSV (UTF-8) or xlsx (its first sheet).  All or nothing: a file with any\n"
	"problem is refused, every problem listed.  Takes --db URL and --audit-key FILE.\n";

enum { IMPORT_MAX_FILE = 64 << 20 };

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		if (n == cap) {
			if (cap >= IMPORT_MAX_FILE) {
				free(buf);
				buf = NULL;
				errno = EFBIG;
				break;
			}
			char *b = realloc(buf, cap *= 2);
			if (b == NULL) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = b;
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	*len = n;
	return buf;
}

struct bar {
	bool tty;
	const char *stage;
	int shown;
};

/* A one-line bar on the terminal, redrawn only when it moves. */
static void draw(void *ctx, const char *stage, size_t done, size_t total)
{
	struct bar *b = ctx;
	if (!b->tty)
		return;
	int pct = total ? (int)(done * 100 / total) : 100;
	if (b->stage == stage && pct == b->shown)
		return;
	b->stage = stage;
	b->shown = pct;
	char bar[31];
	int full = pct * 30 / 100;
	for (int i = 0; i < 30; i++)
		bar[i] = i < full ? '#' : '.';
	bar[30] = '\0';
	fprintf(stderr, "\r%-9s [%s] %3d%%", stage, bar, pct);
	fflush(stderr);
}

static int issue_cmp(const void *x, const void *y)
{
	const struct io_issue *a = x, *b = y;
	return a->row - b->row;
}

int task_cli_import(struct store *st, int argc, char **argv)
{
	if (argc != 2 || (strcmp(argv[0], "people") != 0 && strcmp(argv[0], "tasks") != 0)) {
		fputs(task_cli_import_usage, stderr);
		return 2;
	}
	bool people = strcmp(argv[0], "people") == 0;
	size_t len;
	char *data = read_file(argv[1], &len);
	if (data == NULL) {
		fprintf(stderr, "dieuhanh: import: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	bool xlsx = len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0;
	struct arena a = { 0 };
	struct bar b = { .tty = isatty(STDERR_FILENO) == 1, .shown = -1 };
	struct task_import_result r;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	task_import(st, &a, &principal_system, people ? TASK_IMPORT_PEOPLE : TASK_IMPORT_TASKS,
	            data, len, xlsx, draw, &b, &r);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (b.tty)
		fputc('\n', stderr);
	double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
	int rc = 0;
	if (r.result == ORG_OK) {
		printf("imported %s: %zu created, %zu updated, in %.0f ms\n", argv[0], r.created,
		       r.updated, ms);
	} else if (r.issues.n) {
		qsort(r.issues.v, r.issues.n, sizeof *r.issues.v, issue_cmp);
		fprintf(stderr, "dieuhanh: import: %s: %zu problem%s; nothing was imported:\n", argv[1],
		        r.issues.n, r.issues.n == 1 ? "" : "s");
		for (size_t i = 0; i < r.issues.n; i++)
			fprintf(stderr, "  row %d%s%s: %s\n", r.issues.v[i].row,
			        r.issues.v[i].field ? ", column " : "",
			        r.issues.v[i].field ? r.issues.v[i].field : "", r.issues.v[i].detail);
		rc = 1;
	} else {
		fprintf(stderr, "dieuhanh: import: %s: %s; nothing was imported\n", argv[1],
		        r.result == ORG_BUSY ? "the database stayed busy" : "storage failure");
		rc = 1;
	}
	arena_free(&a);
	free(data);
	return rc;
}
