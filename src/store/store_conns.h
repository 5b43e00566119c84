/*
 * store_conns.h: the per-thread connections of a store, for both engines.
 *
 * A connection belongs to the thread that opened it (a pthread key): a
 * SQLite handle or a PGconn must not be used by two threads at once, and a
 * connection per thread needs no pool and no locking on the request path.
 * The registry also lists every connection it holds, so close_all() can
 * finish them all; a thread that exits earlier closes its own (the key's
 * destructor).  An engine embeds struct store_conn first in its own
 * connection and gives the function that closes one.
 */
#ifndef DIEUHANH_STORE_CONNS_H
#define DIEUHANH_STORE_CONNS_H

#include <pthread.h>
#include <stddef.h>

#include "store/store.h"

struct store_conns;

struct store_conn {
	struct store_conns *owner;
	struct store_conn *next;
};

struct store_conns {
	pthread_key_t key;
	pthread_mutex_t lock;   /* guards head */
	struct store_conn *head;
	void (*close)(struct store_conn *c);
};

int store_conns_init(struct store_conns *r, void (*close)(struct store_conn *c));
/* This thread's connection, or NULL. */
struct store_conn *store_conns_mine(struct store_conns *r);
/* Lists C as this thread's connection. */
void store_conns_adopt(struct store_conns *r, struct store_conn *c);
/* Closes every connection (call when no thread uses the store any more). */
void store_conns_close_all(struct store_conns *r);

#endif

/*
 * What every engine's store begins with: the interface, where the database
 * is (a path or a conninfo), and the connections.
 */
struct store_engine {
	struct store base;
	char *locator;
	struct store_conns conns;
};

/*
 * A zeroed engine store of SIZE bytes (a struct that begins with struct
 * store_engine) for OPS at LOCATOR; NULL with a message in ERR.
 */
void *store_engine_new(size_t size, const struct store_ops *ops, const char *locator,
                       void (*close)(struct store_conn *c), char *err, size_t errlen);
/* Closes every connection and frees E (itself included). */
void store_engine_free(struct store_engine *e);
