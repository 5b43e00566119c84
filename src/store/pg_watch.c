/* pg_watch.c: see pg_watch.h. */
#include "store/pg_watch.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

/* Seconds between attempts to reconnect the listener. */
enum { RECONNECT_MS = 1000 };

void pg_watch_init(struct pg_watch *w, const char *conninfo)
{
	memset(w, 0, sizeof *w);
	pthread_mutex_init(&w->lock, NULL);
	w->conninfo = strdup(conninfo);
	w->wake[0] = w->wake[1] = -1;
	atomic_init(&w->fd, -1);
	atomic_init(&w->started, false);
	/*
	 * Each store's epochs start far from every other's in this process, so
	 * a memory of a closed store's revision can never pass for a new one's
	 * (store/db.c keys by the store's address, which may be reused).
	 */
	static atomic_uint_fast64_t next_base = 1;
	atomic_init(&w->epoch, atomic_fetch_add(&next_base, (uint64_t)1 << 40));
}

void pg_watch_bump(struct pg_watch *w)
{
	atomic_fetch_add(&w->epoch, 1);
}

/* Waits up to MS for the stop pipe; true when asked to stop. */
static bool stop_requested(struct pg_watch *w, int ms)
{
	struct pollfd p = { .fd = w->wake[0], .events = POLLIN };
	return poll(&p, 1, ms) > 0;
}

static PGconn *listen_connect(struct pg_watch *w)
{
	/*
	 * Keepalives: a listener whose server vanished without a word must
	 * notice within seconds, or this process would keep trusting what it
	 * remembered.
	 */
	const char *keys[] = { "dbname", "keepalives", "keepalives_idle", "keepalives_interval",
	                       "keepalives_count", "application_name", NULL };
	const char *vals[] = { w->conninfo, "1", "5", "2", "2", "dieuhanh-watch", NULL };
	PGconn *c = PQconnectdbParams(keys, vals, 1);
	if (PQstatus(c) != CONNECTION_OK) {
		PQfinish(c);
		return NULL;
	}
	PGresult *r = PQexec(c, "LISTEN dieuhanh_revision");
	bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	PQclear(r);
	if (!ok || PQsetnonblocking(c, 1) != 0) {
		PQfinish(c);
		return NULL;
	}
	return c;
}

static void *watch_main(void *arg)
{
	struct pg_watch *w = arg;
	for (;;) {
		PGconn *c = listen_connect(w);
		if (c == NULL) {
			if (stop_requested(w, RECONNECT_MS))
				return NULL;
			continue;
		}
		/* Whatever was remembered before LISTEN took effect is suspect. */
		pg_watch_bump(w);
		atomic_store(&w->fd, PQsocket(c));
		bool stop = false;
		for (;;) {
			struct pollfd p[2] = {
				{ .fd = PQsocket(c), .events = POLLIN },
				{ .fd = w->wake[0], .events = POLLIN },
			};
			int n = poll(p, 2, -1);
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0 || p[1].revents) {
				stop = true;
				break;
			}
			if (!PQconsumeInput(c))
				break;   /* lost: reconnect */
			PGnotify *note;
			bool changed = false;
			while ((note = PQnotifies(c)) != NULL) {
				PQfreemem(note);
				changed = true;
			}
			/*
			 * The epoch moves before the socket reads as drained, so a
			 * reader never sees an empty socket with the old epoch.
			 */
			if (changed)
				pg_watch_bump(w);
		}
		atomic_store(&w->fd, -1);
		pg_watch_bump(w);
		PQfinish(c);
		if (stop || stop_requested(w, RECONNECT_MS))
			return NULL;
	}
}

bool pg_watch_epoch(struct pg_watch *w, uint64_t *epoch)
{
	if (!atomic_load(&w->started)) {
		pthread_mutex_lock(&w->lock);
		if (!w->started && w->conninfo && pipe(w->wake) == 0) {
			fcntl(w->wake[0], F_SETFD, FD_CLOEXEC);
			fcntl(w->wake[1], F_SETFD, FD_CLOEXEC);
			if (pthread_create(&w->thread, NULL, watch_main, w) == 0) {
				w->started = true;
			} else {
				close(w->wake[0]);
				close(w->wake[1]);
				w->wake[0] = w->wake[1] = -1;
			}
		}
		pthread_mutex_unlock(&w->lock);
	}
	*epoch = atomic_load(&w->epoch);
	int fd = atomic_load(&w->fd);
	if (fd < 0)
		return false;
	/* A notification on its way in: not consumed yet, but it counts. */
	struct pollfd p = { .fd = fd, .events = POLLIN };
	if (poll(&p, 1, 0) != 0)
		return false;
	/* Consumed between our two loads: the epoch moved; read it again. */
	return atomic_load(&w->epoch) == *epoch;
}

void pg_watch_destroy(struct pg_watch *w)
{
	pthread_mutex_lock(&w->lock);
	if (w->started) {
		ssize_t n = write(w->wake[1], "x", 1);
		(void)n;
		pthread_join(w->thread, NULL);
		close(w->wake[0]);
		close(w->wake[1]);
		w->started = false;
	}
	pthread_mutex_unlock(&w->lock);
	pthread_mutex_destroy(&w->lock);
	free(w->conninfo);
	w->conninfo = NULL;
}
