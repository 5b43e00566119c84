/*
 * dossier_intake.c: group commit for the desk's intakes (dossier_receive,
 * dossier_receive_queued).
 *
 * Every intake is a durable write.  On its own that is one transaction and
 * one fsync each, and a desk's rush (or the benchmark's 64 connections)
 * waits on the disk, not on the processor.  So intakes go through a group
 * commit (org/org_group_commit.h): its thread takes the queued intakes of
 * one store, runs each in a savepoint of one transaction on its own
 * connection — a refused intake rolls back to its savepoint, its code
 * number given back — writes the batch's audit entries together and
 * commits once: one fsync for the batch.  Only then is each caller told
 * its own result.  The codes stay gap-free and unique: the per-unit,
 * per-day counter is taken inside each savepoint, under the writers' lock
 * the batch's transaction holds, as in a transaction of its own.  The
 * callers' arenas and principals are used by the committing thread while
 * their owners wait.
 */
#include "dossier/dossier_service_internal.h"

#include <stdlib.h>

#include "org/org_group_commit.h"

/* One intake of the batch; BATCH: what its intakes read alike, and their audit entries. */
static enum org_result intake_run(struct store *st, void *job, void *batch)
{
	struct dossier_receive_job *j = job;
	j->batch = batch;
	enum org_result r = dossier_receive_body(st, j);
	j->batch = NULL;
	return r;
}

static void *intake_batch_open(void)
{
	return calloc(1, sizeof(struct dossier_batch));
}

static int intake_batch_finish(struct store *st, void *batch)
{
	return dossier_batch_audit(st, batch);
}

static void intake_batch_close(void *batch)
{
	struct dossier_batch *b = batch;
	dossier_batch_release(b);
	arena_free(&b->a);
	free(b);
}

static const struct org_group_kind intake_kind = {
	.name = "dossier", .run = intake_run, .batch_open = intake_batch_open,
	.batch_finish = intake_batch_finish, .batch_close = intake_batch_close,
};
static struct org_group intake_group = ORG_GROUP_INIT(&intake_kind);

enum org_result dossier_receive(struct store *st, struct arena *a, const struct principal *who,
                                const struct dossier_intake *in, struct dossier *out,
                                struct org_error *err)
{
	struct dossier_receive_job job = { a, who, *in, out, NULL, err, NULL };
	return org_group_run(&intake_group, st, &job);
}

/* A queued intake: the group's ticket, the job, and the caller's ticket to answer. */
struct queued_intake {
	struct org_ticket queue;
	struct dossier_receive_job job;
	struct dossier_ticket *owner;
};

static void intake_answered(void *ctx)
{
	struct queued_intake *q = ctx;
	struct dossier_ticket *t = q->owner;
	t->result = q->queue.result;
	t->done(t->ctx);
}

void dossier_receive_queued(struct store *st, struct arena *a, const struct principal *who,
                            const struct dossier_intake *in, struct dossier_ticket *t)
{
	struct queued_intake *q = arena_alloc(a, sizeof *q);
	*q = (struct queued_intake){ .owner = t,
	                             .job = { a, who, *in, &t->out, &t->proc, &t->err, NULL } };
	q->queue.done = intake_answered;
	q->queue.ctx = q;
	t->queue_private = q;
	org_group_queue(&intake_group, st, &q->job, &q->queue);
}

void dossier_intake_stats(uint64_t *batches, uint64_t *intakes)
{
	org_group_stats(&intake_group, batches, intakes);
}
