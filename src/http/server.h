/*
 * server.h: the HTTP daemon (libmicrohttpd).
 */
#ifndef DIEUHANH_HTTP_SERVER_H
#define DIEUHANH_HTTP_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "http/router.h"

struct store;
struct proxy_list;
struct conn_guard;
struct log_lines;

struct http_config {
	const char *listen_host;   /* "127.0.0.1" */
	uint16_t listen_port;
	unsigned int threads;      /* worker threads, one epoll loop each */
	const char *static_dir;
	unsigned int connection_limit;
	unsigned int per_ip_limit;
	unsigned int idle_timeout_s;
	unsigned int header_timeout_s; /* a whole request header within this */
	size_t connection_memory;  /* bytes MHD may use per connection */
	size_t body_limit;         /* largest accepted request body, unless the route asks for more */
	bool access_log;
	bool secure_cookies;       /* always mark cookies Secure (served over TLS) */
	bool trust_proxy;          /* believe X-Forwarded-For / X-Forwarded-Proto ... */
	const struct proxy_list *trusted_proxies; /* ... from these peers only */
	unsigned int hash_threads; /* argon2id hashes at once */
	const struct proxy_list *metrics_allow; /* who may read /metrics; NULL: nobody */
	enum access_log_format { ACCESS_LOG_TEXT, ACCESS_LOG_JSON } access_log_format;
};

struct http_server {
	struct http_config cfg;
	struct store *store;
	const struct route *routes;
	int schema_version;        /* after migration, for /healthz */
	int static_fd;             /* directory fd of static_dir, or -1 */
	struct MHD_Daemon *daemon;
	struct workpool *slow;     /* password hashing, off the HTTP threads */
	struct workpool *build;    /* cache builds (http_cache_serve), off the HTTP threads */
	struct http_cache *cache;  /* rendered bodies by (key, revision): trees, boards */
	struct conn_guard *guard;  /* header deadline, eviction of idle connections */
	struct http_metrics *metrics; /* counters behind /metrics */
	struct log_lines *access_lines; /* the access log's lines, batched per thread */
};

/* Starts serving; false with a message on stderr when it cannot. */
bool http_server_start(struct http_server *srv);
/*
 * Stops accepting, waits up to GRACE_MS for requests in flight, then stops
 * every thread and closes the connections.
 */
void http_server_stop(struct http_server *srv, unsigned int grace_ms);

/* Requests received and not answered yet, in this process. */
int http_requests_in_flight(void);

/* Static files under /static/ (used by the route table). */
void http_static_handler(struct http_request *req);

#endif
