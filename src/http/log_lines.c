/* log_lines.c: see log_lines.h. */
#include "http/log_lines.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* One thread's lines not written yet. */
struct thread_lines {
	pthread_mutex_t lock;          /* its thread against the flusher */
	struct thread_lines *next;
	struct log_lines *owner;
	size_t len;
	char buf[PIPE_BUF];            /* at most PIPE_BUF: one write reaches a pipe whole */
};

struct log_lines {
	int fd;
	unsigned int flush_ms;
	pthread_key_t key;             /* a thread's struct thread_lines */
	pthread_mutex_t lock;          /* the list below, STOP */
	pthread_cond_t wake;
	bool stop;
	pthread_t flusher;
	struct thread_lines *threads;
};

static void write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;   /* the log is gone: the lines are dropped, as fprintf would */
		p += w;
		n -= (size_t)w;
	}
}

/* Writes T's lines; T's lock held. */
static void flush_held(struct thread_lines *t)
{
	if (t->len) {
		write_all(t->owner->fd, t->buf, t->len);
		t->len = 0;
	}
}

static void flush_one(struct thread_lines *t)
{
	pthread_mutex_lock(&t->lock);
	flush_held(t);
	pthread_mutex_unlock(&t->lock);
}

/* A thread that wrote lines ends: its lines now, its buffer out of the list. */
static void thread_ended(void *arg)
{
	struct thread_lines *t = arg;
	struct log_lines *l = t->owner;
	pthread_mutex_lock(&l->lock);
	for (struct thread_lines **p = &l->threads; *p; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			break;
		}
	pthread_mutex_unlock(&l->lock);
	flush_one(t);
	pthread_mutex_destroy(&t->lock);
	free(t);
}

static void *flusher_main(void *arg)
{
	struct log_lines *l = arg;
	pthread_mutex_lock(&l->lock);
	while (!l->stop) {
		struct timespec until;
		clock_gettime(CLOCK_MONOTONIC, &until);
		until.tv_sec += l->flush_ms / 1000;
		until.tv_nsec += (long)(l->flush_ms % 1000) * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&l->wake, &l->lock, &until);
		for (struct thread_lines *t = l->threads; t; t = t->next)
			flush_one(t);
	}
	pthread_mutex_unlock(&l->lock);
	return NULL;
}

struct log_lines *log_lines_open(int fd, unsigned int flush_ms)
{
	struct log_lines *l = calloc(1, sizeof *l);
	if (l == NULL)
		return NULL;
	l->fd = fd;
	l->flush_ms = flush_ms ? flush_ms : 1;
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&l->wake, &ca);
	pthread_condattr_destroy(&ca);
	pthread_mutex_init(&l->lock, NULL);
	if (pthread_key_create(&l->key, thread_ended) != 0) {
		pthread_cond_destroy(&l->wake);
		pthread_mutex_destroy(&l->lock);
		free(l);
		return NULL;
	}
	if (pthread_create(&l->flusher, NULL, flusher_main, l) != 0) {
		pthread_key_delete(l->key);
		pthread_cond_destroy(&l->wake);
		pthread_mutex_destroy(&l->lock);
		free(l);
		return NULL;
	}
	return l;
}

void log_lines_put(struct log_lines *l, const char *line, size_t len)
{
	struct thread_lines *t = pthread_getspecific(l->key);
	if (t == NULL) {
		t = calloc(1, sizeof *t);
		if (t == NULL || pthread_setspecific(l->key, t) != 0) {
			free(t);
			write_all(l->fd, line, len);
			return;
		}
		pthread_mutex_init(&t->lock, NULL);
		t->owner = l;
		pthread_mutex_lock(&l->lock);
		t->next = l->threads;
		l->threads = t;
		pthread_mutex_unlock(&l->lock);
	}
	pthread_mutex_lock(&t->lock);
	if (t->len + len > sizeof t->buf)
		flush_held(t);
	if (len > sizeof t->buf) {
		write_all(l->fd, line, len);
	} else {
		memcpy(t->buf + t->len, line, len);
		t->len += len;
	}
	pthread_mutex_unlock(&t->lock);
}

void log_lines_close(struct log_lines *l)
{
	if (l == NULL)
		return;
	pthread_mutex_lock(&l->lock);
	l->stop = true;
	pthread_cond_signal(&l->wake);
	pthread_mutex_unlock(&l->lock);
	pthread_join(l->flusher, NULL);
	/* The threads that wrote have ended or write no more: what they hold goes now. */
	pthread_key_delete(l->key);
	struct thread_lines *t = l->threads;
	while (t) {
		struct thread_lines *next = t->next;
		flush_one(t);
		pthread_mutex_destroy(&t->lock);
		free(t);
		t = next;
	}
	pthread_cond_destroy(&l->wake);
	pthread_mutex_destroy(&l->lock);
	free(l);
}
