/*
 * org_group_commit.c: the group commit's queue and thread (see the header).
 */
#include "org/org_group_commit.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "store/store.h"

enum { GROUP_RETRIES = 3 };

/* One job in its savepoint of the batch's transaction; false when a savepoint failed. */
static bool batch_one(const struct org_group_kind *k, struct store *st, struct org_ticket *t,
                      void *cache)
{
	enum org_result r = ORG_BUSY;
	for (int attempt = 0; attempt < GROUP_RETRIES && r == ORG_BUSY; attempt++) {
		if (st->ops->exec_script(st, "SAVEPOINT org_group") != STORE_OK)
			return false;
		r = k->run(st, t->job, cache);
		if (r != ORG_OK
		    && st->ops->exec_script(st, "ROLLBACK TO SAVEPOINT org_group") != STORE_OK)
			return false;
		if (st->ops->exec_script(st, "RELEASE SAVEPOINT org_group") != STORE_OK)
			return false;
	}
	t->result = r;
	return true;
}

/*
 * Runs BATCH (N jobs) in one transaction and sets each one's result.  A
 * batch of one needs no savepoint: its own refusal rolls the transaction
 * back.  A failed savepoint or commit fails every job of the batch: none
 * of them is durable.
 */
static void batch_run(const struct org_group_kind *k, struct store *st,
                      struct org_ticket **batch, size_t n)
{
	enum org_result r = ORG_BUSY;
	for (int attempt = 0; attempt < GROUP_RETRIES && r == ORG_BUSY; attempt++) {
		enum store_status s = st->ops->begin(st);
		if (s != STORE_OK) {
			r = org_from_store(s);
			continue;
		}
		/* What the batch reads is good for this transaction only. */
		void *cache = k->batch_open ? k->batch_open() : NULL;
		if (n == 1) {
			r = batch[0]->result = k->run(st, batch[0]->job, cache);
		} else {
			r = ORG_OK;
			for (size_t i = 0; i < n && r == ORG_OK; i++)
				if (!batch_one(k, st, batch[i], cache))
					r = ORG_FAILED;
		}
		if (r == ORG_OK && cache && k->batch_finish
		    && (s = k->batch_finish(st, cache)) != STORE_OK)
			r = org_from_store(s);
		if (r == ORG_OK && (s = st->ops->commit(st)) != STORE_OK)
			r = org_from_store(s);
		if (r != ORG_OK)
			st->ops->rollback(st);
		if (cache)
			k->batch_close(cache);
	}
	if (r != ORG_OK)
		for (size_t i = 0; i < n; i++)
			batch[i]->result = r;
}

static int64_t now_ns(clockid_t c)
{
	struct timespec ts;
	clock_gettime(c, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/*
 * Under G's lock: while writers keep coming at once (the last batch held
 * more than one and committed a moment ago), holds the next batch open
 * for GATHER_NS, or until GATHER_ENOUGH are queued, so that more of them
 * share its commit: each commit writes the pages they share (revision
 * rows, index leaves) and waits for an fsync.  At 1,000 figures a second
 * on the demo a batch grew from about 3 figures to 6, and the server spent
 * a fifth less processor on them (docs/PERFORMANCE.md); each write waits
 * about a millisecond more.  A writer alone
 * (a form, a test, an import's rows one by one) is never held: its
 * batches are of one.
 */
enum { GATHER_NS = 2000000, GATHER_ENOUGH = 32 };

static size_t queued(const struct org_group *g)
{
	size_t n = 0;
	for (const struct org_ticket *t = g->head; t && n < GATHER_ENOUGH; t = t->next)
		n++;
	return n;
}

static void gather(struct org_group *g)
{
	if (g->last_n < 2 || now_ns(CLOCK_MONOTONIC) - g->last_end_ns > 4 * (int64_t)GATHER_NS)
		return;
	int64_t deadline = now_ns(CLOCK_REALTIME) + GATHER_NS;
	struct timespec ts = { .tv_sec = deadline / 1000000000, .tv_nsec = deadline % 1000000000 };
	while (queued(g) < GATHER_ENOUGH && pthread_cond_timedwait(&g->work, &g->lock, &ts) == 0)
		;
}

static void *group_thread(void *arg)
{
	struct org_group *g = arg;
	struct org_ticket *batch[ORG_GROUP_BATCH_MAX];
	void (*done[ORG_GROUP_BATCH_MAX])(void *);
	void *ctx[ORG_GROUP_BATCH_MAX];
	pthread_mutex_lock(&g->lock);
	for (;;) {
		while (g->head == NULL)
			pthread_cond_wait(&g->work, &g->lock);
		gather(g);
		/* The oldest job's store, and that store's other queued jobs in order. */
		struct store *st = g->head->st;
		size_t n = 0;
		g->tail = NULL;
		for (struct org_ticket **p = &g->head; *p;) {
			if ((*p)->st != st || n == ORG_GROUP_BATCH_MAX) {
				g->tail = *p;
				p = &(*p)->next;
				continue;
			}
			batch[n++] = *p;
			*p = (*p)->next;
		}
		pthread_mutex_unlock(&g->lock);
		batch_run(g->kind, st, batch, n);
		/* A ticket's owner may be gone the moment it is told: nothing of it is read after. */
		size_t nd = 0;
		pthread_mutex_lock(&g->lock);
		g->last_end_ns = now_ns(CLOCK_MONOTONIC);
		g->last_n = n;
		g->batches++;
		g->jobs += n;
		for (size_t i = 0; i < n; i++) {
			struct org_ticket *t = batch[i];
			if (t->done) {
				done[nd] = t->done;
				ctx[nd++] = t->ctx;
			} else {
				t->finished = true;
			}
		}
		pthread_cond_broadcast(&g->done);
		pthread_mutex_unlock(&g->lock);
		for (size_t i = 0; i < nd; i++)
			done[i](ctx[i]);
		pthread_mutex_lock(&g->lock);
	}
	return NULL;
}

/* Under G's lock: starts the thread on first use; false when there is none. */
static bool thread_ready(struct org_group *g)
{
	if (g->started)
		return g->running;
	g->started = true;
	pthread_attr_t attr;
	pthread_t t;
	if (pthread_attr_init(&attr) != 0)
		return false;
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	g->running = pthread_create(&t, &attr, group_thread, g) == 0;
	pthread_attr_destroy(&attr);
	if (!g->running)
		fprintf(stderr, "%s: no group-commit thread; writes commit one by one\n", g->kind->name);
	return g->running;
}

static void enqueue(struct org_group *g, struct org_ticket *t)
{
	t->next = NULL;
	t->finished = false;
	if (g->tail)
		g->tail->next = t;
	else
		g->head = t;
	g->tail = t;
	pthread_cond_signal(&g->work);
}

struct alone_job {
	const struct org_group_kind *kind;
	void *job;
};

static enum org_result run_alone(struct store *st, void *p)
{
	struct alone_job *j = p;
	return j->kind->run(st, j->job, NULL);
}

enum org_result org_group_run(struct org_group *g, struct store *st, void *job)
{
	struct org_ticket t = { .st = st, .job = job };
	pthread_mutex_lock(&g->lock);
	if (!thread_ready(g)) {
		pthread_mutex_unlock(&g->lock);
		struct alone_job j = { g->kind, job };
		return org_in_transaction(st, run_alone, &j);
	}
	enqueue(g, &t);
	while (!t.finished)
		pthread_cond_wait(&g->done, &g->lock);
	pthread_mutex_unlock(&g->lock);
	return t.result;
}

void org_group_queue(struct org_group *g, struct store *st, void *job, struct org_ticket *t)
{
	t->st = st;
	t->job = job;
	pthread_mutex_lock(&g->lock);
	if (!thread_ready(g)) {
		pthread_mutex_unlock(&g->lock);
		struct alone_job j = { g->kind, job };
		t->result = org_in_transaction(st, run_alone, &j);
		t->done(t->ctx);
		return;
	}
	enqueue(g, t);
	pthread_mutex_unlock(&g->lock);
}

void org_group_stats(struct org_group *g, uint64_t *batches, uint64_t *jobs)
{
	pthread_mutex_lock(&g->lock);
	*batches = g->batches;
	*jobs = g->jobs;
	pthread_mutex_unlock(&g->lock);
}
