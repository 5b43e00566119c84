/*
 * conn_guard.h: keeps slow and idle connections from filling the server.
 *
 * libmicrohttpd's idle timeout restarts on every byte, so a client that
 * sends one header line every 15 s holds its connection for ever, and a
 * thousand such clients (or a few thousand silent ones) fill the
 * connection limit: new clients then wait in the kernel's accept queue.
 * The guard tracks every connection through MHD's connection
 * notifications and enforces two rules MHD has no option for:
 *
 * - a deadline for a whole request header: a connection that is not in the
 *   middle of a request (just opened, or its last answer sent) is closed
 *   when no complete request header has arrived HEADER_TIMEOUT_S seconds
 *   later, however slowly it trickles in;
 * - when the connections near the limit, the ones waiting longest for a
 *   request header are closed first, so a new client always finds room.
 *
 * A connection is closed with shutdown(2) on its socket: MHD then sees
 * the end of the stream and closes it the ordinary way, on its own thread.
 */
#ifndef DIEUHANH_HTTP_CONN_GUARD_H
#define DIEUHANH_HTTP_CONN_GUARD_H

#include <microhttpd.h>
#include <stdbool.h>

struct conn_guard;

/*
 * LIMIT: the daemon's connection limit; eviction starts at 7/8 of it and
 * brings the count down to 3/4.  Starts the timer thread; NULL on failure.
 */
struct conn_guard *conn_guard_new(unsigned int limit, unsigned int header_timeout_s);
/* Stops the timer thread.  Call after the daemon has stopped. */
void conn_guard_free(struct conn_guard *g);

/* MHD_OPTION_NOTIFY_CONNECTION callback; CLS is the guard. */
void conn_guard_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
                       enum MHD_ConnectionNotificationCode code);
/* A request's headers are complete: the connection is busy, not waiting. */
void conn_guard_request_started(struct conn_guard *g, struct MHD_Connection *conn);
/* Its answer is sent: the connection waits for the next request. */
void conn_guard_request_done(struct conn_guard *g, struct MHD_Connection *conn);

struct conn_guard_stats {
	unsigned long long timed_out;  /* closed at the header deadline */
	unsigned long long evicted;    /* closed to make room */
	unsigned int open;             /* connections open now */
};
void conn_guard_stats(struct conn_guard *g, struct conn_guard_stats *out);

#endif
