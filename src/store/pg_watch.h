/*
 * pg_watch.h: knowing, without a round trip, that no revision changed.
 *
 * Cached bodies are keyed by revision counters the database keeps
 * (org_revision, the target grain revisions); reading a counter is a round
 * trip per request on PostgreSQL, which cost the cached tree half its
 * speed.  The triggers that bump a counter also NOTIFY dieuhanh_revision;
 * one connection per process LISTENs, and every notification, every
 * commit of this process and every (re)connection of the listener advances
 * an epoch.  A revision read at epoch E stays good while the epoch is E
 * (store/db.c: db_revision), so readers ask the database again only after
 * something changed, in any process.
 *
 * While the listener is not connected, nothing is remembered: every read
 * asks the database, as before.  A notification that has reached the
 * listener's socket but is not yet consumed also counts as a change (the
 * socket is polled, not read, by the asking thread), so the window in which
 * a write through another process is not yet seen is the database's own
 * delivery time: under a millisecond on an idle machine, but the
 * listener's backend has to be scheduled to send it, and under heavy load
 * a request reaching this process right after another process's commit
 * can be answered from memory first (seen in CI on two cores).  Readers
 * who need their own write at once should stay on one process (a sticky
 * load balancer, docs/OPERATIONS.md); sessions, sign-in throttling and
 * the audit chain are read from the database and never lag.
 */
#ifndef DIEUHANH_PG_WATCH_H
#define DIEUHANH_PG_WATCH_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

struct pg_watch {
	pthread_mutex_t lock;        /* starting and stopping */
	pthread_t thread;
	atomic_bool started;
	char *conninfo;
	int wake[2];                 /* a pipe: stop the thread */
	atomic_int fd;               /* the listener's socket while healthy, else -1 */
	atomic_uint_fast64_t epoch;
};

void pg_watch_init(struct pg_watch *w, const char *conninfo);
/* Stops the listener (if it runs) and frees what init took. */
void pg_watch_destroy(struct pg_watch *w);
/*
 * The current epoch into *EPOCH, true when revisions are watched now
 * (the listener is connected and nothing is pending on its socket).
 * Starts the listener on first use.
 */
bool pg_watch_epoch(struct pg_watch *w, uint64_t *epoch);
/* Something changed (this process committed). */
void pg_watch_bump(struct pg_watch *w);

#endif
