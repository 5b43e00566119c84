/*
 * store.h: the one storage interface.
 *
 * The domain and HTTP layers call the functions in struct store_ops and never
 * see SQL; an engine (store_sqlite.c, store_pg.c) fills the table.  This is
 * the shape of GNU Taler's exchange database plugin: swap the table, swap the
 * database.
 *
 * Connections are per worker thread: each engine keeps a thread-local
 * connection, opened lazily on first use and closed when the thread exits or
 * the store is closed, with its prepared statements cached on it.  Callers
 * therefore just pass the store.
 *
 * Results are allocated in the caller's arena and live until it is freed.
 *
 * Writes happen between begin() and commit()/rollback().  begin() takes the
 * write lock at once (SQLite BEGIN IMMEDIATE), so the checks a service makes
 * inside the transaction still hold when it writes.
 */
#ifndef DIEUHANH_STORE_H
#define DIEUHANH_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "org/org.h"

struct arena;

enum store_status {
	STORE_OK = 0,
	STORE_NOT_FOUND,   /* no such row */
	STORE_CONFLICT,    /* a unique constraint: e.g. a duplicate unit code */
	STORE_SOFT_ERROR,  /* busy / serialization failure: the caller may retry */
	STORE_HARD_ERROR,  /* anything else; already logged by the engine */
};

const char *store_status_name(enum store_status s);

struct unit_filter {
	const char *kind;        /* NULL: any */
	const char *q_folded;    /* NULL: any; else substring of search_key */
	int64_t parent_id;       /* 0: any */
	int limit;               /* <=0: no limit */
	int offset;
};

struct person_filter {
	int64_t unit_id;         /* 0: any */
	const char *q_folded;
	int limit;
	int offset;
};

struct store;

struct store_ops {
	const char *engine;  /* "sqlite" or "postgresql" */

	/* Releases everything; the calling thread's connection included. */
	void (*close)(struct store *st);

	/* Round trip to the database. */
	enum store_status (*ping)(struct store *st);

	/* Applies pending numbered migrations; *VERSION gets the schema version. */
	enum store_status (*migrate)(struct store *st, int *version);

	enum store_status (*begin)(struct store *st);
	enum store_status (*commit)(struct store *st);
	void (*rollback)(struct store *st);

	/* Units. Lists are ordered by sort_key, then id. */
	enum store_status (*unit_get)(struct store *st, int64_t id,
	                              struct arena *a, struct org_unit *out);
	enum store_status (*unit_get_by_code)(struct store *st, const char *code,
	                                      struct arena *a, struct org_unit *out);
	enum store_status (*unit_list)(struct store *st, const struct unit_filter *f,
	                               struct arena *a, struct org_unit **out, size_t *n);
	/* ROOT and all its descendants, any depth, ROOT first, rest by sort_key. */
	enum store_status (*unit_subtree)(struct store *st, int64_t root,
	                                  struct arena *a, struct org_unit **out, size_t *n);
	/* Sets U->id.  STORE_CONFLICT on a duplicate code. */
	enum store_status (*unit_insert)(struct store *st, struct org_unit *u);
	/* Replaces every column of row U->id.  STORE_NOT_FOUND, STORE_CONFLICT. */
	enum store_status (*unit_update)(struct store *st, const struct org_unit *u);
	/* Number of units (for the demo loader and health). */
	enum store_status (*unit_count)(struct store *st, int64_t *n);

	/* People. Lists are ordered by sort_key, then id. */
	enum store_status (*person_get)(struct store *st, int64_t id,
	                                struct arena *a, struct org_person *out);
	enum store_status (*person_list)(struct store *st, const struct person_filter *f,
	                                 struct arena *a, struct org_person **out, size_t *n);
	enum store_status (*person_insert)(struct store *st, struct org_person *p);
	enum store_status (*person_update)(struct store *st, const struct org_person *p);
};

struct store {
	const struct store_ops *ops;
};

/*
 * Opens the store named by URL: "sqlite:PATH" or "postgresql://…"
 * ("postgres://…" too).  NULL with a message in ERR on failure.
 * SYNC_NORMAL selects SQLite synchronous=NORMAL instead of FULL.
 */
struct store *store_open(const char *url, char *err, size_t errlen);

struct store *store_sqlite_open(const char *path, char *err, size_t errlen);
struct store *store_pg_open(const char *conninfo, char *err, size_t errlen);

#endif
