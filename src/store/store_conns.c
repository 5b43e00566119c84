/* store_conns.c: see store_conns.h. */
#include "store/store_conns.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Thread exit: unlink this thread's connection and close it. */
static void conn_exit(void *p)
{
	struct store_conn *c = p;
	struct store_conns *r = c->owner;
	pthread_mutex_lock(&r->lock);
	for (struct store_conn **pp = &r->head; *pp; pp = &(*pp)->next) {
		if (*pp == c) {
			*pp = c->next;
			break;
		}
	}
	pthread_mutex_unlock(&r->lock);
	r->close(c);
}

int store_conns_init(struct store_conns *r, void (*close)(struct store_conn *c))
{
	r->head = NULL;
	r->close = close;
	if (pthread_mutex_init(&r->lock, NULL) != 0)
		return -1;
	if (pthread_key_create(&r->key, conn_exit) != 0) {
		pthread_mutex_destroy(&r->lock);
		return -1;
	}
	return 0;
}

struct store_conn *store_conns_mine(struct store_conns *r)
{
	return pthread_getspecific(r->key);
}

void store_conns_adopt(struct store_conns *r, struct store_conn *c)
{
	c->owner = r;
	pthread_mutex_lock(&r->lock);
	c->next = r->head;
	r->head = c;
	pthread_mutex_unlock(&r->lock);
	pthread_setspecific(r->key, c);
}

void store_conns_close_all(struct store_conns *r)
{
	pthread_setspecific(r->key, NULL);
	pthread_key_delete(r->key);
	pthread_mutex_lock(&r->lock);
	struct store_conn *c = r->head;
	r->head = NULL;
	pthread_mutex_unlock(&r->lock);
	while (c) {
		struct store_conn *next = c->next;
		r->close(c);
		c = next;
	}
	pthread_mutex_destroy(&r->lock);
}

void *store_engine_new(size_t size, const struct store_ops *ops, const char *locator,
                       void (*close)(struct store_conn *c), char *err, size_t errlen)
{
	struct store_engine *e = calloc(1, size);
	if (e == NULL || (e->locator = strdup(locator)) == NULL) {
		free(e);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (store_conns_init(&e->conns, close) != 0) {
		free(e->locator);
		free(e);
		snprintf(err, errlen, "cannot set up per-thread connections");
		return NULL;
	}
	e->base.ops = ops;
	return e;
}

void store_engine_free(struct store_engine *e)
{
	store_conns_close_all(&e->conns);
	free(e->locator);
	free(e);
}
