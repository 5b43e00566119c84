/*
 * org_group_commit.h: org_in_transaction for many writers at once (group
 * commit).
 *
 * A write that must be durable before it is answered costs one commit, one
 * fsync, when it runs alone, and a rush of them waits on the disk, not on
 * the processor.  A group queues its writes; its thread (started on first
 * use) takes the queued writes of one store, up to ORG_GROUP_BATCH_MAX,
 * runs each in a savepoint of one transaction on its own connection — one
 * that is refused rolls back to its savepoint, the others stay — and
 * commits once.  Only then is each writer told its own result: a blocked
 * caller woken (org_group_run), a queued one called back (org_group_queue,
 * for a request the HTTP server suspends meanwhile).  While writes keep
 * arriving together, the thread holds a batch open for a couple of
 * milliseconds so that more of them share its commit (gather()).
 *
 * Each job runs under the writers' lock the batch's transaction holds,
 * after the jobs queued before it, as it would in a transaction of its
 * own: counters, uniqueness checks and limits it reads are current.  The
 * callers' arenas and principals are used by the group's thread while
 * their owners wait, so they must stay untouched until the answer.
 *
 * Used by the one-stop shop's intakes (src/dossier/dossier_intake.c) and
 * citizens' reports (src/feedback/feedback_service.c).
 */
#ifndef DIEUHANH_ORG_GROUP_COMMIT_H
#define DIEUHANH_ORG_GROUP_COMMIT_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "org/org_service.h"

struct store;

enum { ORG_GROUP_BATCH_MAX = 128 };

/* What a group's jobs are and how a batch of them runs. */
struct org_group_kind {
	const char *name;   /* for the log line when no thread can be started */
	/*
	 * One job's work inside the batch's transaction (in a savepoint when
	 * the batch holds more than one).  ORG_BUSY: rolled back and run again
	 * (a few times).  BATCH: what batch_open made, or NULL.
	 */
	enum org_result (*run)(struct store *st, void *job, void *batch);
	/*
	 * Optional: state for one transaction's jobs (what they all read
	 * alike, read once).  NULL from it is fine: the jobs read afresh.
	 */
	void *(*batch_open)(void);
	/*
	 * Optional: the batch's own writes once its jobs have run, before the
	 * commit (entries its jobs left in BATCH to write together); a
	 * store_status: a failure fails the batch.
	 */
	int (*batch_finish)(struct store *st, void *batch);
	void (*batch_close)(void *batch);
};

struct org_ticket;

struct org_group {
	const struct org_group_kind *kind;
	pthread_mutex_t lock;
	pthread_cond_t work;   /* jobs are queued */
	pthread_cond_t done;   /* a batch is committed */
	struct org_ticket *head, *tail;   /* oldest first */
	bool started, running;
	uint64_t batches, jobs;
	int64_t last_end_ns;   /* when the last batch committed (CLOCK_MONOTONIC) */
	size_t last_n;         /* and how many jobs it held */
};

#define ORG_GROUP_INIT(KIND)                                                             \
	{ .kind = (KIND), .lock = PTHREAD_MUTEX_INITIALIZER, .work = PTHREAD_COND_INITIALIZER, \
	  .done = PTHREAD_COND_INITIALIZER }

/* One queued job.  The caller owns it; it must stay untouched until answered. */
struct org_ticket {
	enum org_result result;
	void (*done)(void *ctx);   /* org_group_queue: called on the group's thread */
	void *ctx;
	/* The queue's. */
	struct store *st;
	void *job;
	bool finished;
	struct org_ticket *next;
};

/* Runs JOB in the group's next batch; returns its result once the batch is durable. */
enum org_result org_group_run(struct org_group *g, struct store *st, void *job);

/*
 * Queues JOB and returns at once; once its batch is committed (or it is
 * refused), on another thread, sets T->result and calls T->done(T->ctx).
 * Nothing of T is read after that call begins.  Without a thread the job
 * runs alone, here, before the call.
 */
void org_group_queue(struct org_group *g, struct store *st, void *job, struct org_ticket *t);

/* Jobs committed through the queue, and the transactions they took (for /metrics, benchmarks). */
void org_group_stats(struct org_group *g, uint64_t *batches, uint64_t *jobs);

#endif
