/*
 * sqlite_temp.h: a migrated SQLite store in a fresh temporary folder, for
 * the unit tests that need a real database (header-only: each test is its
 * own executable).  sqlite_temp_close() removes the files, WAL included.
 */
#ifndef DIEUHANH_TEST_SQLITE_TEMP_H
#define DIEUHANH_TEST_SQLITE_TEMP_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "store/store.h"

struct sqlite_temp {
	char dir[64];
	char path[96];
	struct store *st;
};

/* Opens and migrates; -1 after saying why on stderr. */
static inline int sqlite_temp_open(struct sqlite_temp *t, const char *name)
{
	snprintf(t->dir, sizeof t->dir, "/tmp/dh-%s-XXXXXX", name);
	if (mkdtemp(t->dir) == NULL)
		return -1;
	snprintf(t->path, sizeof t->path, "%s/t.db", t->dir);
	char err[256];
	int version;
	t->st = store_sqlite_open(t->path, err, sizeof err);
	if (t->st == NULL) {
		fprintf(stderr, "sqlite_temp: %s\n", err);
		return -1;
	}
	if (t->st->ops->migrate(t->st, &version) != STORE_OK) {
		fprintf(stderr, "sqlite_temp: migration failed\n");
		return -1;
	}
	return 0;
}

static inline void sqlite_temp_close(struct sqlite_temp *t)
{
	if (t->st)
		t->st->ops->close(t->st);
	t->st = NULL;
	char p[128];
	static const char *const suffixes[] = { "", "-wal", "-shm" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(p, sizeof p, "%s%s", t->path, suffixes[i]);
		unlink(p);
	}
	rmdir(t->dir);
}

#endif
