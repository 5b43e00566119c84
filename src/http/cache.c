/* cache.c: see cache.h.  A handful of slots under one mutex: lookups copy
 * the body out (tens of kilobytes: a memcpy, far cheaper than rendering). */
#include "http/cache.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CACHE_KEY_MAX = 96 };

struct slot {
	char key[CACHE_KEY_MAX];
	int64_t rev;
	char *body;
	size_t len;
};

struct http_cache {
	pthread_mutex_t lock;
	size_t nslots, next;
	uint64_t hits, misses;     /* under the lock, which every lookup takes anyway */
	struct slot slots[];
};

struct http_cache *http_cache_new(size_t slots)
{
	struct http_cache *c = calloc(1, sizeof *c + slots * sizeof(struct slot));
	if (c == NULL)
		return NULL;
	pthread_mutex_init(&c->lock, NULL);
	c->nslots = slots;
	return c;
}

void http_cache_free(struct http_cache *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->nslots; i++)
		free(c->slots[i].body);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

bool http_cache_get(struct http_cache *c, const char *key, int64_t rev, char **body,
                    size_t *len)
{
	bool hit = false;
	if (strlen(key) >= CACHE_KEY_MAX)
		return false;
	pthread_mutex_lock(&c->lock);
	for (size_t i = 0; i < c->nslots; i++) {
		struct slot *s = &c->slots[i];
		if (s->body && s->rev == rev && strcmp(s->key, key) == 0) {
			/* One byte more, always NUL: a reader that forgets the length still stops. */
			*body = malloc(s->len + 1);
			if (*body) {
				memcpy(*body, s->body, s->len);
				(*body)[s->len] = '\0';
				*len = s->len;
				hit = true;
			}
			break;
		}
	}
	if (hit)
		c->hits++;
	else
		c->misses++;
	pthread_mutex_unlock(&c->lock);
	return hit;
}

void http_cache_stats(struct http_cache *c, uint64_t *hits, uint64_t *misses)
{
	*hits = *misses = 0;
	if (c == NULL)
		return;
	pthread_mutex_lock(&c->lock);
	*hits = c->hits;
	*misses = c->misses;
	pthread_mutex_unlock(&c->lock);
}

void http_cache_put(struct http_cache *c, const char *key, int64_t rev, const char *body,
                    size_t len)
{
	if (strlen(key) >= CACHE_KEY_MAX)
		return;
	char *copy = malloc(len ? len : 1);
	if (copy == NULL)
		return;
	memcpy(copy, body, len);
	pthread_mutex_lock(&c->lock);
	/* The same key's slot if it has one (an older revision), else the next in turn. */
	struct slot *s = NULL;
	for (size_t i = 0; i < c->nslots && s == NULL; i++)
		if (c->slots[i].body && strcmp(c->slots[i].key, key) == 0)
			s = &c->slots[i];
	if (s == NULL) {
		s = &c->slots[c->next];
		c->next = (c->next + 1) % c->nslots;
	}
	free(s->body);
	snprintf(s->key, sizeof s->key, "%s", key);
	s->rev = rev;
	s->body = copy;
	s->len = len;
	pthread_mutex_unlock(&c->lock);
}
