/* conn_guard.c: header deadline and eviction of idle connections (see conn_guard.h). */
#define _GNU_SOURCE
#include "http/conn_guard.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>

/*
 * One per connection, MHD's socket context.  A connection waiting for a
 * request header is on the guard's list, oldest first, so both the
 * deadline and eviction only ever look at the head.
 */
struct tracked {
	struct tracked *prev, *next;
	int fd;
	int64_t since_ms;   /* when it started waiting */
	bool waiting;       /* on the list */
	bool shut;          /* shutdown() sent; MHD will close it */
};

struct conn_guard {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	bool stop;
	struct tracked *head, *tail;
	unsigned int open;        /* tracked and not shut */
	unsigned int high, low;   /* evict above HIGH, down to LOW */
	int64_t header_ms;
	unsigned long long timed_out, evicted;
};

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void unlink_waiting(struct conn_guard *g, struct tracked *t)
{
	if (!t->waiting)
		return;
	if (t->prev)
		t->prev->next = t->next;
	else
		g->head = t->next;
	if (t->next)
		t->next->prev = t->prev;
	else
		g->tail = t->prev;
	t->prev = t->next = NULL;
	t->waiting = false;
}

static void append_waiting(struct conn_guard *g, struct tracked *t)
{
	t->since_ms = now_ms();
	t->prev = g->tail;
	t->next = NULL;
	if (g->tail)
		g->tail->next = t;
	else
		g->head = t;
	g->tail = t;
	t->waiting = true;
}

/*
 * Under the lock, which CLOSED also takes before MHD closes the socket: the
 * descriptor is still this connection's, never a reused number.
 */
static void shut(struct conn_guard *g, struct tracked *t)
{
	unlink_waiting(g, t);
	t->shut = true;
	g->open--;
	shutdown(t->fd, SHUT_RDWR);
}

static void evict_if_crowded(struct conn_guard *g)
{
	if (g->open <= g->high)
		return;
	while (g->open > g->low && g->head) {
		shut(g, g->head);
		g->evicted++;
	}
}

static void *timer_main(void *arg)
{
	struct conn_guard *g = arg;
	pthread_mutex_lock(&g->lock);
	while (!g->stop) {
		int64_t now = now_ms();
		while (g->head && now - g->head->since_ms >= g->header_ms) {
			shut(g, g->head);
			g->timed_out++;
		}
		/* Four times a second: a deadline is kept to within 250 ms. */
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 250 * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&g->wake, &g->lock, &until);
	}
	pthread_mutex_unlock(&g->lock);
	return NULL;
}

struct conn_guard *conn_guard_new(unsigned int limit, unsigned int header_timeout_s)
{
	struct conn_guard *g = calloc(1, sizeof *g);
	if (g == NULL)
		return NULL;
	pthread_mutex_init(&g->lock, NULL);
	pthread_cond_init(&g->wake, NULL);
	g->high = limit - limit / 8;
	g->low = limit - limit / 4;
	g->header_ms = (int64_t)(header_timeout_s ? header_timeout_s : 10) * 1000;
	if (pthread_create(&g->thread, NULL, timer_main, g) != 0) {
		pthread_cond_destroy(&g->wake);
		pthread_mutex_destroy(&g->lock);
		free(g);
		return NULL;
	}
	return g;
}

void conn_guard_free(struct conn_guard *g)
{
	if (g == NULL)
		return;
	pthread_mutex_lock(&g->lock);
	g->stop = true;
	pthread_cond_signal(&g->wake);
	pthread_mutex_unlock(&g->lock);
	pthread_join(g->thread, NULL);
	pthread_cond_destroy(&g->wake);
	pthread_mutex_destroy(&g->lock);
	free(g);
}

void conn_guard_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
                       enum MHD_ConnectionNotificationCode code)
{
	struct conn_guard *g = cls;
	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *ci =
			MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
		struct tracked *t = ci ? calloc(1, sizeof *t) : NULL;
		*socket_context = t;
		if (t == NULL)
			return;
		t->fd = ci->connect_fd;
		pthread_mutex_lock(&g->lock);
		g->open++;
		/* The newest goes last: eviction spares the client just arrived. */
		append_waiting(g, t);
		evict_if_crowded(g);
		pthread_mutex_unlock(&g->lock);
		return;
	}
	struct tracked *t = *socket_context;
	if (t == NULL)
		return;
	pthread_mutex_lock(&g->lock);
	unlink_waiting(g, t);
	if (!t->shut)
		g->open--;
	pthread_mutex_unlock(&g->lock);
	free(t);
	*socket_context = NULL;
}

static struct tracked *tracked_of(struct MHD_Connection *conn)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return ci ? ci->socket_context : NULL;
}

void conn_guard_request_started(struct conn_guard *g, struct MHD_Connection *conn)
{
	struct tracked *t = g ? tracked_of(conn) : NULL;
	if (t == NULL)
		return;
	pthread_mutex_lock(&g->lock);
	unlink_waiting(g, t);
	pthread_mutex_unlock(&g->lock);
}

void conn_guard_request_done(struct conn_guard *g, struct MHD_Connection *conn)
{
	struct tracked *t = g ? tracked_of(conn) : NULL;
	if (t == NULL)
		return;
	pthread_mutex_lock(&g->lock);
	if (!t->shut && !t->waiting)
		append_waiting(g, t);
	pthread_mutex_unlock(&g->lock);
}

void conn_guard_stats(struct conn_guard *g, struct conn_guard_stats *out)
{
	pthread_mutex_lock(&g->lock);
	out->timed_out = g->timed_out;
	out->evicted = g->evicted;
	out->open = g->open;
	pthread_mutex_unlock(&g->lock);
}
