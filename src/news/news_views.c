/*
 * news_views.c: the view counter.  A view is one increment in memory under
 * a mutex (exact however many threads count at once; no database write on
 * the reader's path); a thread writes the sums every NEWS_VIEWS_FLUSH_MS
 * in one transaction (views = views + n), and the server's shutdown writes
 * what is left.  A crash loses at most the counts of the last interval.
 * A count being written is still reported by news_views_pending() until
 * its transaction ends, so a page never shows a count going down.
 */
#include "news/news_service.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "news/news_store.h"
#include "store/store.h"

struct slot {
	int64_t id;      /* 0: empty */
	int64_t n;
};

struct table {
	struct slot *v;
	size_t cap, used;   /* cap a power of two, or 0 */
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static struct table pending, inflight;
/* The count the database returned at this process's last flush of each article. */
static struct table known;
static pthread_t flusher;
static bool flusher_running, stopping;
static struct store *flush_store;

static size_t hash(int64_t id, size_t cap)
{
	uint64_t x = (uint64_t)id * 0x9E3779B97F4A7C15ull;
	return (size_t)(x >> 17) & (cap - 1);
}

static struct slot *find(struct table *t, int64_t id, bool insert)
{
	if (t->cap == 0) {
		if (!insert)
			return NULL;
		t->cap = 64;
		t->v = calloc(t->cap, sizeof *t->v);
		if (t->v == NULL)
			abort();
	}
	if (insert && (t->used + 1) * 4 > t->cap * 3) {
		struct table bigger = { calloc(t->cap * 2, sizeof *t->v), t->cap * 2, 0 };
		if (bigger.v == NULL)
			abort();
		for (size_t i = 0; i < t->cap; i++)
			if (t->v[i].id)
				*find(&bigger, t->v[i].id, true) = t->v[i];
		free(t->v);
		*t = bigger;
	}
	for (size_t i = hash(id, t->cap);; i = (i + 1) & (t->cap - 1)) {
		if (t->v[i].id == id)
			return &t->v[i];
		if (t->v[i].id == 0) {
			if (!insert)
				return NULL;
			t->v[i].id = id;
			t->used++;
			return &t->v[i];
		}
	}
}

static void *flush_loop(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&lock);
	while (!stopping) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += NEWS_VIEWS_FLUSH_MS / 1000;
		until.tv_nsec += (long)(NEWS_VIEWS_FLUSH_MS % 1000) * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		int rc = 0;
		while (!stopping && rc != ETIMEDOUT)
			rc = pthread_cond_timedwait(&wake, &lock, &until);
		if (stopping)
			break;
		struct store *st = flush_store;
		pthread_mutex_unlock(&lock);
		news_views_flush(st);
		pthread_mutex_lock(&lock);
	}
	pthread_mutex_unlock(&lock);
	return NULL;
}

void news_views_count(struct store *st, int64_t id)
{
	if (id <= 0)
		return;
	pthread_mutex_lock(&lock);
	find(&pending, id, true)->n++;
	if (!flusher_running && !stopping) {
		flush_store = st;
		flusher_running = pthread_create(&flusher, NULL, flush_loop, NULL) == 0;
	}
	pthread_mutex_unlock(&lock);
}

int64_t news_views_pending(int64_t id)
{
	pthread_mutex_lock(&lock);
	struct slot *a = find(&pending, id, false), *b = find(&inflight, id, false);
	int64_t n = (a ? a->n : 0) + (b ? b->n : 0);
	pthread_mutex_unlock(&lock);
	return n;
}

int64_t news_views_shown(int64_t id, int64_t stored)
{
	pthread_mutex_lock(&lock);
	struct slot *a = find(&pending, id, false), *b = find(&inflight, id, false);
	struct slot *k = find(&known, id, false);
	/*
	 * Once this process has written an article's counts, the database's
	 * answer then is newer than any STORED a page kept (a cached page).
	 */
	int64_t n = (k && k->n > stored ? k->n : stored) + (a ? a->n : 0) + (b ? b->n : 0);
	pthread_mutex_unlock(&lock);
	return n;
}

/* Puts the counts of T back into pending (a flush that failed). */
static void restore(struct table *t)
{
	for (size_t i = 0; i < t->cap; i++)
		if (t->v[i].id)
			find(&pending, t->v[i].id, true)->n += t->v[i].n;
}

/* Only one flush at a time: the in-flight table is the flush's. */
static pthread_mutex_t flushing = PTHREAD_MUTEX_INITIALIZER;

size_t news_views_flush(struct store *st)
{
	if (st == NULL)
		return 0;
	pthread_mutex_lock(&flushing);
	pthread_mutex_lock(&lock);
	inflight = pending;
	pending = (struct table){ 0 };
	pthread_mutex_unlock(&lock);
	size_t written = 0;
	enum store_status rc = STORE_OK;
	/* Read by the counting threads under the lock: the flush writes its totals aside. */
	int64_t *totals = calloc(inflight.cap ? inflight.cap : 1, sizeof *totals);
	if (totals == NULL)
		abort();
	if (inflight.used > 0) {
		rc = st->ops->begin(st);
		for (size_t i = 0; rc == STORE_OK && i < inflight.cap; i++) {
			if (inflight.v[i].id == 0)
				continue;
			int64_t total = 0;
			rc = news_store.add_views(st, inflight.v[i].id, inflight.v[i].n, &total);
			/* An article deleted since: its counts have nowhere to go. */
			if (rc == STORE_NOT_FOUND)
				rc = STORE_OK;
			totals[i] = total + 1;   /* 0: not written */
			written++;
		}
		if (rc == STORE_OK)
			rc = st->ops->commit(st);
		if (rc != STORE_OK) {
			st->ops->rollback(st);
			written = 0;
		}
	}
	pthread_mutex_lock(&lock);
	if (rc != STORE_OK) {
		restore(&inflight);   /* the next round tries again */
	} else {
		for (size_t i = 0; i < inflight.cap; i++)
			if (inflight.v[i].id && totals[i] > 0)
				find(&known, inflight.v[i].id, true)->n = totals[i] - 1;
	}
	free(totals);
	free(inflight.v);
	inflight = (struct table){ 0 };
	pthread_mutex_unlock(&lock);
	pthread_mutex_unlock(&flushing);
	return written;
}

void news_views_stop(struct store *st)
{
	pthread_mutex_lock(&lock);
	stopping = true;
	bool running = flusher_running;
	flusher_running = false;
	pthread_cond_broadcast(&wake);
	pthread_mutex_unlock(&lock);
	if (running)
		pthread_join(flusher, NULL);
	news_views_flush(st);
}
