/* workpool.c: see workpool.h. */
#include "util/workpool.h"

#include <pthread.h>
#include <stdlib.h>

struct job {
	void (*fn)(void *);
	void *arg;
};

struct workpool {
	pthread_mutex_t lock;
	pthread_cond_t ready;
	struct job *queue;   /* ring buffer */
	size_t cap, head, count;
	bool stopping;
	unsigned int nthreads;
	pthread_t threads[];
};

static void *worker(void *arg)
{
	struct workpool *p = arg;
	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (p->count == 0 && !p->stopping)
			pthread_cond_wait(&p->ready, &p->lock);
		if (p->count == 0)
			break;
		struct job j = p->queue[p->head];
		p->head = (p->head + 1) % p->cap;
		p->count--;
		pthread_mutex_unlock(&p->lock);
		j.fn(j.arg);
		pthread_mutex_lock(&p->lock);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct workpool *workpool_start(unsigned int threads, size_t queue_max)
{
	struct workpool *p = calloc(1, sizeof *p + threads * sizeof(pthread_t));
	if (p == NULL)
		return NULL;
	p->queue = calloc(queue_max, sizeof *p->queue);
	if (p->queue == NULL) {
		free(p);
		return NULL;
	}
	p->cap = queue_max;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->ready, NULL);
	for (; p->nthreads < threads; p->nthreads++)
		if (pthread_create(&p->threads[p->nthreads], NULL, worker, p) != 0)
			break;
	if (p->nthreads == 0) {
		workpool_stop(p);
		return NULL;
	}
	return p;
}

bool workpool_submit(struct workpool *p, void (*fn)(void *), void *arg)
{
	pthread_mutex_lock(&p->lock);
	bool ok = !p->stopping && p->count < p->cap;
	if (ok) {
		p->queue[(p->head + p->count) % p->cap] = (struct job){ fn, arg };
		p->count++;
		pthread_cond_signal(&p->ready);
	}
	pthread_mutex_unlock(&p->lock);
	return ok;
}

void workpool_stop(struct workpool *p)
{
	if (p == NULL)
		return;
	pthread_mutex_lock(&p->lock);
	p->stopping = true;
	pthread_cond_broadcast(&p->ready);
	pthread_mutex_unlock(&p->lock);
	for (unsigned int i = 0; i < p->nthreads; i++)
		pthread_join(p->threads[i], NULL);
	pthread_cond_destroy(&p->ready);
	pthread_mutex_destroy(&p->lock);
	free(p->queue);
	free(p);
}

size_t workpool_depth(struct workpool *p)
{
	if (p == NULL)
		return 0;
	pthread_mutex_lock(&p->lock);
	size_t n = p->count;
	pthread_mutex_unlock(&p->lock);
	return n;
}
