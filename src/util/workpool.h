/*
 * workpool.h: a few threads for slow work (argon2id password hashing) kept
 * off the HTTP threads.  The pool size bounds the memory the work can use
 * at once (each argon2id hash takes 64 MiB); the queue is bounded too, so a
 * burst of sign-ins is refused with 503 instead of piling up.
 */
#ifndef DIEUHANH_WORKPOOL_H
#define DIEUHANH_WORKPOOL_H

#include <stdbool.h>
#include <stddef.h>

struct workpool;

struct workpool *workpool_start(unsigned int threads, size_t queue_max);
/* False when the queue is full or the pool is stopping. */
bool workpool_submit(struct workpool *p, void (*fn)(void *), void *arg);
/* Finishes queued work, then joins the threads and frees the pool. */
void workpool_stop(struct workpool *p);
/* Jobs submitted and not yet taken by a thread (0 for NULL). */
size_t workpool_depth(struct workpool *p);

#endif
