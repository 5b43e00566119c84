/*
 * cache.c: see cache.h.  A hash table of (key, revision) → shared body
 * under one mutex, least recently used first out, bounded in entries and
 * bytes; and the builds in flight, so that a body is built once.
 */
#include "http/cache.h"

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "http/reply.h"
#include "http/request.h"
#include "store/store.h"
#include "http/server.h"

enum { CACHE_KEY_MAX = 96 };

/*
 * The previous body is served while a newer one is built for at most this
 * long: a build stuck behind the database makes readers wait rather than
 * read an old board for as long as it lasts.
 */
#define STALE_SERVED_MAX_NS 1000000000LL
/* Slots of the writers' tickets, by a hash of their credentials (see http_cache_wrote). */
enum { WROTE_SLOTS = 1024 };

struct http_body {
	atomic_size_t refs;
	size_t len;
	char *data;
	void *object;                    /* instead of bytes: a structure the module built */
	void (*destroy)(void *object);
};

struct http_body *http_body_object(void *object, size_t size, void (*destroy)(void *object))
{
	struct http_body *b = calloc(1, sizeof *b);
	if (b == NULL) {
		destroy(object);
		return NULL;
	}
	atomic_init(&b->refs, 1);
	b->len = size;
	b->object = object;
	b->destroy = destroy;
	return b;
}

void *http_body_object_of(const struct http_body *b)
{
	return b->object;
}

struct http_body *http_body_take(char *data, size_t len)
{
	struct http_body *b = malloc(sizeof *b);
	if (b == NULL) {
		free(data);
		return NULL;
	}
	atomic_init(&b->refs, 1);
	b->len = len;
	b->data = data;
	b->object = NULL;
	b->destroy = NULL;
	return b;
}

struct http_body *http_body_copy(const char *data, size_t len)
{
	/* One byte more, always NUL: a reader that forgets the length still stops. */
	char *copy = malloc(len + 1);
	if (copy == NULL)
		return NULL;
	memcpy(copy, data, len);
	copy[len] = '\0';
	return http_body_take(copy, len);
}

const char *http_body_data(const struct http_body *b)
{
	return b->data;
}

size_t http_body_len(const struct http_body *b)
{
	return b->len;
}

struct http_body *http_body_ref(struct http_body *b)
{
	atomic_fetch_add_explicit(&b->refs, 1, memory_order_relaxed);
	return b;
}

void http_body_release(struct http_body *b)
{
	if (b && atomic_fetch_sub_explicit(&b->refs, 1, memory_order_acq_rel) == 1) {
		if (b->destroy)
			b->destroy(b->object);
		free(b->data);
		free(b);
	}
}

static void body_sent(void *cls)
{
	http_body_release(cls);
}

struct MHD_Response *http_body_response(struct http_body *b)
{
	struct MHD_Response *r = MHD_create_response_from_buffer_with_free_callback_cls(
		b->len, b->data, body_sent, http_body_ref(b));
	if (r == NULL)
		http_body_release(b);
	return r;
}

/* ---- the table ------------------------------------------------------------ */

struct entry {
	char key[CACHE_KEY_MAX];
	uint64_t hash;
	int64_t rev;
	uint64_t ticket;                 /* when its data began to be read; 0: unknown */
	struct http_body *body;
	struct entry *next_in_bucket;
	struct entry *newer, *older;     /* the use order, most recent at the head */
};

/*
 * A build of one key, queued or running: the requests waiting for it.  A
 * key has at most one of each: the running one answers whoever arrived
 * before it started; the queued one everyone since.
 */
struct flight {
	char key[CACHE_KEY_MAX];
	bool started;
	uint64_t ticket;                 /* taken as it started */
	int64_t asked_ns;                /* when the first request asked for it */
	size_t refs;                     /* the table's, and each request's */
	bool done;
	bool unavailable;                /* it failed because the database is out of reach */
	struct http_body *body;          /* once done; NULL when the build failed */
	struct http_request **waiters;
	size_t nwaiters, capwaiters;
	struct flight *next;
};

struct http_cache {
	pthread_mutex_t lock;
	size_t max_entries, max_bytes;
	size_t entries, bytes;
	size_t nbuckets;
	struct entry **buckets;
	struct entry *head, *tail;       /* most and least recently used */
	struct flight *flights;
	uint64_t hits, misses;           /* lookups, for /metrics; under the lock they take anyway */
	uint64_t stale;                  /* hits served while a newer body was being built */
	/*
	 * For each slot, the ticket taken after the last write by a client
	 * whose credentials hash to it: that client is never served a body
	 * read before.  Collisions only make a client wait for a build it
	 * did not need.
	 */
	uint64_t wrote[WROTE_SLOTS];
};

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static uint64_t key_hash(const char *key)
{
	/*
	 * FNV-1a: keys are short and chosen by the program.  It also picks a
	 * client's slot from its credentials, which the client chooses: a
	 * crafted collision only makes another client wait for a build.
	 */
	uint64_t h = 1469598103934665603u;
	for (const unsigned char *p = (const unsigned char *)key; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	return h;
}

struct http_cache *http_cache_new(size_t max_entries, size_t max_bytes)
{
	struct http_cache *c = calloc(1, sizeof *c);
	if (c == NULL)
		return NULL;
	c->nbuckets = 1;
	while (c->nbuckets < max_entries)
		c->nbuckets <<= 1;
	c->buckets = calloc(c->nbuckets, sizeof *c->buckets);
	if (c->buckets == NULL) {
		free(c);
		return NULL;
	}
	pthread_mutex_init(&c->lock, NULL);
	c->max_entries = max_entries ? max_entries : 1;
	c->max_bytes = max_bytes;
	return c;
}

void http_cache_free(struct http_cache *c)
{
	if (c == NULL)
		return;
	for (struct entry *e = c->head, *next; e; e = next) {
		next = e->older;
		http_body_release(e->body);
		free(e);
	}
	/* No flight outlives the server: builds finish before the pools stop. */
	free(c->buckets);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

static void use_unlink(struct http_cache *c, struct entry *e)
{
	if (e->newer)
		e->newer->older = e->older;
	else
		c->head = e->older;
	if (e->older)
		e->older->newer = e->newer;
	else
		c->tail = e->newer;
	e->newer = e->older = NULL;
}

static void use_push(struct http_cache *c, struct entry *e)
{
	e->older = c->head;
	e->newer = NULL;
	if (c->head)
		c->head->newer = e;
	c->head = e;
	if (c->tail == NULL)
		c->tail = e;
}

static struct entry **bucket_of(struct http_cache *c, uint64_t hash)
{
	return &c->buckets[hash & (c->nbuckets - 1)];
}

static struct entry *find(struct http_cache *c, const char *key, uint64_t hash)
{
	for (struct entry *e = *bucket_of(c, hash); e; e = e->next_in_bucket)
		if (e->hash == hash && strcmp(e->key, key) == 0)
			return e;
	return NULL;
}

static void drop(struct http_cache *c, struct entry *e)
{
	for (struct entry **p = bucket_of(c, e->hash); *p; p = &(*p)->next_in_bucket)
		if (*p == e) {
			*p = e->next_in_bucket;
			break;
		}
	use_unlink(c, e);
	c->entries--;
	c->bytes -= e->body->len;
	http_body_release(e->body);
	free(e);
}

struct http_body *http_cache_ref(struct http_cache *c, const char *key, int64_t rev)
{
	if (strlen(key) >= CACHE_KEY_MAX)
		return NULL;
	uint64_t h = key_hash(key);
	struct http_body *b = NULL;
	pthread_mutex_lock(&c->lock);
	struct entry *e = find(c, key, h);
	if (e && e->rev == rev) {
		b = http_body_ref(e->body);
		if (c->head != e) {
			use_unlink(c, e);
			use_push(c, e);
		}
		c->hits++;
	} else {
		c->misses++;
	}
	pthread_mutex_unlock(&c->lock);
	return b;
}

void http_cache_stats(struct http_cache *c, uint64_t *hits, uint64_t *misses, uint64_t *stale)
{
	*hits = *misses = *stale = 0;
	if (c == NULL)
		return;
	pthread_mutex_lock(&c->lock);
	*hits = c->hits;
	*misses = c->misses;
	*stale = c->stale;
	pthread_mutex_unlock(&c->lock);
}

static void store_ticketed(struct http_cache *c, const char *key, int64_t rev, uint64_t ticket,
                           struct http_body *b)
{
	if (b == NULL || strlen(key) >= CACHE_KEY_MAX)
		return;
	uint64_t h = key_hash(key);
	pthread_mutex_lock(&c->lock);
	/* The key holds one body: the latest stored replaces the older. */
	struct entry *e = find(c, key, h);
	if (e && ticket && e->ticket > ticket) {
		pthread_mutex_unlock(&c->lock);   /* a newer build landed first */
		return;
	}
	if (e)
		drop(c, e);
	/*
	 * One body may not push out more than a quarter of the cache.  The
	 * older one went all the same: served while a newer one is built, it
	 * would take back what this one's readers saw.
	 */
	if (b->len > c->max_bytes / 4) {
		pthread_mutex_unlock(&c->lock);
		return;
	}
	while (c->tail && (c->entries >= c->max_entries || c->bytes + b->len > c->max_bytes))
		drop(c, c->tail);
	e = calloc(1, sizeof *e);
	if (e) {
		snprintf(e->key, sizeof e->key, "%s", key);
		e->hash = h;
		e->rev = rev;
		e->ticket = ticket;
		e->body = http_body_ref(b);
		struct entry **bucket = bucket_of(c, h);
		e->next_in_bucket = *bucket;
		*bucket = e;
		use_push(c, e);
		c->entries++;
		c->bytes += b->len;
	}
	pthread_mutex_unlock(&c->lock);
}

void http_cache_store(struct http_cache *c, const char *key, int64_t rev, struct http_body *b)
{
	store_ticketed(c, key, rev, 0, b);
}

bool http_cache_get(struct http_cache *c, const char *key, int64_t rev, char **body,
                    size_t *len)
{
	struct http_body *b = http_cache_ref(c, key, rev);
	if (b == NULL)
		return false;
	*body = malloc(b->len + 1);
	if (*body) {
		memcpy(*body, b->data, b->len);
		(*body)[b->len] = '\0';
		*len = b->len;
	}
	http_body_release(b);
	return *body != NULL;
}

void http_cache_put(struct http_cache *c, const char *key, int64_t rev, const char *body,
                    size_t len)
{
	struct http_body *b = http_body_copy(body, len);
	http_cache_store(c, key, rev, b);
	http_body_release(b);
}

/* ---- single flight ---------------------------------------------------------- */

static atomic_uint_fast64_t tickets = 1;

uint64_t http_cache_ticket(void)
{
	return atomic_fetch_add(&tickets, 1);
}

static void flight_unref_locked(struct flight *f)
{
	if (--f->refs == 0) {
		http_body_release(f->body);
		free(f->waiters);
		free(f);
	}
}

/* On an HTTP thread, after the build: the answer, then the request lets go of the flight. */
static void flight_then(struct http_request *req)
{
	struct http_cache *c = req->server->cache;
	/*
	 * The database's state is asked on the thread that used it (SQLite
	 * keeps it per thread): the build's, for every request it answers.
	 */
	if (req->flight_body == NULL && req->flight->unavailable)
		reply_store_unavailable(req, "cache build");
	else
		req->flight_reply(req, req->flight_body);
	http_body_release(req->flight_body);
	req->flight_body = NULL;
	pthread_mutex_lock(&c->lock);
	flight_unref_locked(req->flight);
	pthread_mutex_unlock(&c->lock);
	req->flight = NULL;
}

static void flight_unlink_locked(struct http_cache *c, struct flight *f)
{
	for (struct flight **p = &c->flights; *p; p = &(*p)->next)
		if (*p == f) {
			*p = f->next;
			break;
		}
}

/*
 * The flight has landed with B (NULL: failed): it leaves the table and
 * everyone waiting wakes with a reference to B.  The builder's own
 * reference is left to the caller.
 */
static void flight_land(struct http_cache *c, struct flight *f, struct http_body *b)
{
	pthread_mutex_lock(&c->lock);
	f->done = true;
	f->body = b ? http_body_ref(b) : NULL;
	flight_unlink_locked(c, f);
	struct http_request **waiters = f->waiters;
	size_t n = f->nwaiters;
	f->waiters = NULL;
	f->nwaiters = f->capwaiters = 0;
	for (size_t i = 0; i < n; i++)
		waiters[i]->flight_body = b ? http_body_ref(b) : NULL;
	flight_unref_locked(f);   /* the table's reference */
	pthread_mutex_unlock(&c->lock);
	/* Resumed outside the lock: their replies take it again. */
	for (size_t i = 0; i < n; i++)
		http_resume(waiters[i]);
	free(waiters);
}

/* On a build-pool thread: start (from now on, newcomers queue another), build, keep, wake. */
static void flight_work(struct http_request *req)
{
	struct http_cache *c = req->server->cache;
	struct flight *f = req->flight;
	pthread_mutex_lock(&c->lock);
	f->started = true;
	f->ticket = http_cache_ticket();
	pthread_mutex_unlock(&c->lock);
	int64_t rev = 0;
	struct http_body *b = req->flight_build(req, &rev);
	if (b)
		store_ticketed(c, f->key, rev, f->ticket, b);
	else
		f->unavailable = req->store && req->store->ops->unavailable
		                 && req->store->ops->unavailable(req->store);
	flight_land(c, f, b);
	req->flight_body = b;   /* the build's reference, now the builder's */
}

void http_cache_abandon(struct http_request *req)
{
	struct http_cache *c = req->server->cache;
	if (req->flight == NULL)
		return;
	flight_land(c, req->flight, NULL);
	pthread_mutex_lock(&c->lock);
	flight_unref_locked(req->flight);
	pthread_mutex_unlock(&c->lock);
	req->flight = NULL;
}

bool http_request_hold(struct http_request *req, struct http_body *b)
{
	if (req->nheld == req->capheld) {
		size_t cap = req->capheld ? 2 * req->capheld : 8;
		struct http_body **h = realloc(req->held, cap * sizeof *h);
		if (h == NULL) {
			http_body_release(b);
			return false;
		}
		req->held = h;
		req->capheld = cap;
	}
	req->held[req->nheld++] = b;
	return true;
}

void http_cache_request_ended(struct http_request *req)
{
	for (size_t i = 0; i < req->nheld; i++)
		http_body_release(req->held[i]);
	free(req->held);
	req->held = NULL;
	req->nheld = req->capheld = 0;
	if (req->flight == NULL)
		return;
	/*
	 * Its answer never ran: the client left while the request was
	 * suspended.  The flight has landed by now (a connection is ended only
	 * after it is resumed, which the landing does), so the request is in
	 * no flight's waiters; only its reference and its body are left.
	 */
	struct http_cache *c = req->server->cache;
	http_body_release(req->flight_body);
	req->flight_body = NULL;
	pthread_mutex_lock(&c->lock);
	flight_unref_locked(req->flight);
	pthread_mutex_unlock(&c->lock);
	req->flight = NULL;
}

/* Once this request's connection is suspended: wait for the flight, or go on if it landed. */
static void flight_join(struct http_request *req)
{
	struct http_cache *c = req->server->cache;
	struct flight *f = req->flight;
	pthread_mutex_lock(&c->lock);
	bool wait = !f->done;
	if (wait && f->nwaiters == f->capwaiters) {
		size_t cap = f->capwaiters ? 2 * f->capwaiters : 8;
		struct http_request **w = realloc(f->waiters, cap * sizeof *w);
		if (w == NULL) {
			wait = false;   /* answered below from nothing: a 5xx, never a hang */
		} else {
			f->waiters = w;
			f->capwaiters = cap;
		}
	}
	if (wait)
		f->waiters[f->nwaiters++] = req;
	else
		req->flight_body = f->body ? http_body_ref(f->body) : NULL;
	pthread_mutex_unlock(&c->lock);
	if (!wait)
		http_resume(req);
}

void http_cache_wrote(struct http_request *req)
{
	const char *who = http_client_credentials(req);
	if (who == NULL)
		return;
	struct http_cache *c = req->server->cache;
	/* Taken after the write committed: a body read after it holds the write. */
	uint64_t t = http_cache_ticket();
	size_t slot = key_hash(who) & (WROTE_SLOTS - 1);
	pthread_mutex_lock(&c->lock);
	if (c->wrote[slot] < t)
		c->wrote[slot] = t;
	pthread_mutex_unlock(&c->lock);
}

/* A build of KEY asked for less than STALE_SERVED_MAX_NS ago, queued or running. */
static bool recent_flight_locked(struct http_cache *c, const char *key)
{
	int64_t now = now_ns();
	for (struct flight *f = c->flights; f; f = f->next)
		if (strcmp(f->key, key) == 0 && now - f->asked_ns < STALE_SERVED_MAX_NS)
			return true;
	return false;
}

/*
 * The cached body for KEY if it serves revision REV read after TICKET;
 * or, while a newer one is being built, the one there is, to a client who
 * has not written since its data was read (WROTE), while that build is
 * recent.
 */
static struct http_body *ref_servable_locked(struct http_cache *c, const char *key, int64_t rev,
                                             uint64_t ticket, uint64_t wrote)
{
	uint64_t h = key_hash(key);
	struct entry *e = find(c, key, h);
	if (e && (e->rev == rev || e->ticket > ticket))
		c->hits++;
	else if (e && e->ticket > wrote && recent_flight_locked(c, key))
		c->stale++;
	else {
		c->misses++;
		return NULL;
	}
	if (c->head != e) {
		use_unlink(c, e);
		use_push(c, e);
	}
	return http_body_ref(e->body);
}

void http_cache_serve(struct http_request *req, const char *key, int64_t rev, uint64_t ticket,
                      http_build_fn build, http_reply_fn reply)
{
	struct http_cache *c = req->server->cache;
	if (strlen(key) >= CACHE_KEY_MAX) {
		/* Never cached: built here, as an uncached handler would. */
		int64_t built_rev;
		struct http_body *b = build(req, &built_rev);
		reply(req, b);
		http_body_release(b);
		return;
	}
	const char *who = http_client_credentials(req);
	size_t slot = who ? key_hash(who) & (WROTE_SLOTS - 1) : 0;
	pthread_mutex_lock(&c->lock);
	struct http_body *hit = ref_servable_locked(c, key, rev, ticket,
	                                            who ? c->wrote[slot] : 0);
	if (hit) {
		pthread_mutex_unlock(&c->lock);
		reply(req, hit);
		http_body_release(hit);
		return;
	}
	req->flight_reply = reply;
	/* A build not yet started, or started after this request's ticket, will do. */
	struct flight *f;
	for (f = c->flights; f; f = f->next)
		if (strcmp(f->key, key) == 0 && (!f->started || f->ticket > ticket))
			break;
	if (f) {
		f->refs++;
		req->flight = f;
		pthread_mutex_unlock(&c->lock);
		req->defer_then = flight_then;
		req->defer_join = flight_join;
		return;
	}
	f = calloc(1, sizeof *f);
	if (f == NULL) {
		pthread_mutex_unlock(&c->lock);
		reply(req, NULL);
		return;
	}
	snprintf(f->key, sizeof f->key, "%s", key);
	f->asked_ns = now_ns();
	f->refs = 2;   /* the table's and this request's */
	f->next = c->flights;
	c->flights = f;
	pthread_mutex_unlock(&c->lock);
	req->flight = f;
	req->flight_build = build;
	req->defer_build = true;
	http_defer(req, flight_work, flight_then);
}
