/*
 * dossier_intake.c: group commit for the desk's intakes (dossier_receive,
 * dossier_receive_queued).
 *
 * Every intake is a durable write.  On its own that is one transaction and
 * one fsync each, and a desk's rush (or the benchmark's 64 connections)
 * waits on the disk, not on the processor.  So intakes queue here, and one
 * thread of the module's (started on first use) takes the queued intakes
 * of one store, runs each in a savepoint of one transaction on its own
 * connection — a refused intake rolls back to its savepoint, its code
 * number given back — and commits once: one fsync for the batch.  Only
 * then is each caller told its own result: a blocked caller woken, a
 * suspended request resumed.  The codes stay gap-free and unique: the
 * per-unit, per-day counter is taken inside each savepoint, under the
 * writers' lock the batch's transaction holds, as in a transaction of its
 * own.  The callers' arenas and principals are used by the committing
 * thread while their owners wait.
 */
#include "dossier/dossier_service_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { INTAKE_BATCH_MAX = 128, INTAKE_RETRIES = 3 };

struct waiter {
	struct store *st;
	struct dossier_receive_job job;
	enum org_result result;
	struct dossier_ticket *ticket;   /* NULL: a caller blocked in dossier_receive */
	bool done;
	struct waiter *next;
};

static pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t queue_work = PTHREAD_COND_INITIALIZER;   /* intakes are queued */
static pthread_cond_t queue_done = PTHREAD_COND_INITIALIZER;   /* a batch is committed */
static struct waiter *queue_head;                               /* oldest first */
static uint64_t committed_batches, committed_intakes;
static pthread_once_t committer_once = PTHREAD_ONCE_INIT;
static bool committer_running;

/* One intake in its savepoint of the batch's transaction; false when a savepoint failed. */
static bool batch_one(struct store *st, struct waiter *w)
{
	enum org_result r = ORG_BUSY;
	for (int attempt = 0; attempt < INTAKE_RETRIES && r == ORG_BUSY; attempt++) {
		if (st->ops->exec_script(st, "SAVEPOINT dossier_intake") != STORE_OK)
			return false;
		r = dossier_receive_body(st, &w->job);
		if (r != ORG_OK
		    && st->ops->exec_script(st, "ROLLBACK TO SAVEPOINT dossier_intake") != STORE_OK)
			return false;
		if (st->ops->exec_script(st, "RELEASE SAVEPOINT dossier_intake") != STORE_OK)
			return false;
	}
	w->result = r;
	return true;
}

/*
 * Runs BATCH (N intakes) in one transaction and sets each one's result.  A
 * batch of one needs no savepoint: its own refusal rolls the transaction
 * back.
 */
static void batch_run(struct store *st, struct waiter **batch, size_t n)
{
	enum org_result r = ORG_BUSY;
	for (int attempt = 0; attempt < INTAKE_RETRIES && r == ORG_BUSY; attempt++) {
		enum store_status s = st->ops->begin(st);
		if (s != STORE_OK) {
			r = org_from_store(s);
			continue;
		}
		/* What the batch reads is good for this transaction only. */
		struct dossier_batch *cache = calloc(1, sizeof *cache);
		for (size_t i = 0; i < n; i++)
			batch[i]->job.batch = cache;
		if (n == 1) {
			r = batch[0]->result = dossier_receive_body(st, &batch[0]->job);
		} else {
			r = ORG_OK;
			/* A savepoint that cannot be rolled back to spoils the whole batch. */
			for (size_t i = 0; i < n && r == ORG_OK; i++)
				if (!batch_one(st, batch[i]))
					r = ORG_FAILED;
		}
		if (r == ORG_OK && cache && (s = dossier_batch_audit(st, cache)) != STORE_OK)
			r = org_from_store(s);
		if (r == ORG_OK && (s = st->ops->commit(st)) != STORE_OK)
			r = org_from_store(s);
		if (r != ORG_OK)
			st->ops->rollback(st);
		for (size_t i = 0; i < n; i++)
			batch[i]->job.batch = NULL;
		if (cache) {
			dossier_batch_release(cache);
			arena_free(&cache->a);
		}
		free(cache);
	}
	if (r != ORG_OK)
		for (size_t i = 0; i < n; i++)
			batch[i]->result = r;
}

static void *committer(void *unused)
{
	(void)unused;
	struct waiter *batch[INTAKE_BATCH_MAX];
	void (*done[INTAKE_BATCH_MAX])(void *);
	void *ctx[INTAKE_BATCH_MAX];
	pthread_mutex_lock(&queue_lock);
	for (;;) {
		while (queue_head == NULL)
			pthread_cond_wait(&queue_work, &queue_lock);
		/* The oldest intake's store, and that store's other queued intakes in order. */
		struct store *st = queue_head->st;
		size_t n = 0;
		for (struct waiter **p = &queue_head; *p && n < INTAKE_BATCH_MAX;) {
			if ((*p)->st != st) {
				p = &(*p)->next;
				continue;
			}
			batch[n++] = *p;
			*p = (*p)->next;
		}
		pthread_mutex_unlock(&queue_lock);
		batch_run(st, batch, n);
		/* A ticket's owner may be gone the moment it is told: nothing of it is read after. */
		size_t nd = 0;
		pthread_mutex_lock(&queue_lock);
		committed_batches++;
		committed_intakes += n;
		for (size_t i = 0; i < n; i++) {
			struct dossier_ticket *t = batch[i]->ticket;
			if (t) {
				t->result = batch[i]->result;
				done[nd] = t->done;
				ctx[nd++] = t->ctx;
			} else {
				batch[i]->done = true;
			}
		}
		pthread_cond_broadcast(&queue_done);
		pthread_mutex_unlock(&queue_lock);
		for (size_t i = 0; i < nd; i++)
			done[i](ctx[i]);
		pthread_mutex_lock(&queue_lock);
	}
	return NULL;
}

static void committer_start(void)
{
	pthread_attr_t attr;
	pthread_t t;
	if (pthread_attr_init(&attr) != 0)
		return;
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	committer_running = pthread_create(&t, &attr, committer, NULL) == 0;
	pthread_attr_destroy(&attr);
	if (!committer_running)
		fprintf(stderr, "dossier: no intake thread; intakes commit one by one\n");
}

static void enqueue(struct waiter *w)
{
	struct waiter **tail = &queue_head;
	while (*tail)
		tail = &(*tail)->next;
	*tail = w;
	pthread_cond_signal(&queue_work);
}

static enum org_result receive_alone(struct store *st, void *w)
{
	return dossier_receive_body(st, &((struct waiter *)w)->job);
}

enum org_result dossier_receive(struct store *st, struct arena *a, const struct principal *who,
                                const struct dossier_intake *in, struct dossier *out,
                                struct org_error *err)
{
	struct waiter w = { .st = st, .job = { a, who, *in, out, NULL, err, NULL } };
	pthread_once(&committer_once, committer_start);
	if (!committer_running)
		return org_in_transaction(st, receive_alone, &w);
	pthread_mutex_lock(&queue_lock);
	enqueue(&w);
	while (!w.done)
		pthread_cond_wait(&queue_done, &queue_lock);
	pthread_mutex_unlock(&queue_lock);
	return w.result;
}

void dossier_receive_queued(struct store *st, struct arena *a, const struct principal *who,
                            const struct dossier_intake *in, struct dossier_ticket *t)
{
	struct waiter *w = arena_alloc(a, sizeof *w);
	*w = (struct waiter){ .st = st, .ticket = t,
	                      .job = { a, who, *in, &t->out, &t->proc, &t->err, NULL } };
	t->queue_private = w;
	pthread_once(&committer_once, committer_start);
	if (!committer_running) {
		t->result = org_in_transaction(st, receive_alone, w);
		t->done(t->ctx);
		return;
	}
	pthread_mutex_lock(&queue_lock);
	enqueue(w);
	pthread_mutex_unlock(&queue_lock);
}

void dossier_intake_stats(uint64_t *batches, uint64_t *intakes)
{
	pthread_mutex_lock(&queue_lock);
	*batches = committed_batches;
	*intakes = committed_intakes;
	pthread_mutex_unlock(&queue_lock);
}
