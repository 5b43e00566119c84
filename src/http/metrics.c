/*
 * metrics.c: lock-free counters per route and the Prometheus text format
 * (metrics.h).  Why it looks like this: the hot path is one relaxed
 * fetch_add per counter on cache lines that only requests of the same
 * route share, so a scrape never slows a request and requests of
 * different routes never contend.
 */
#include "http/metrics.h"

#include <microhttpd.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/cache.h"
#include "http/proxy.h"
#include "http/reply.h"
#include "http/request.h"
#include "http/server.h"
#include "store/store.h"
#include "util/workpool.h"

/* The statuses counted by name; the rest under "other". */
static const unsigned int STATUSES[] = {
	200, 201, 204, 301, 302, 303, 304, 400, 401, 403, 404, 405, 409, 413, 414, 415,
	422, 429, 500, 503,
};
enum { NSTATUS = sizeof STATUSES / sizeof STATUSES[0] + 1 };

/* Latency bucket bounds, microseconds (le="0.001" ... le="10", then +Inf). */
static const uint64_t BUCKETS_US[] = {
	1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2500000,
	5000000, 10000000,
};
enum { NBUCKET = sizeof BUCKETS_US / sizeof BUCKETS_US[0] + 1 };

struct route_counters {
	_Alignas(64) _Atomic uint64_t status[NSTATUS];
	_Atomic uint64_t bucket[NBUCKET];    /* not cumulative; the last is +Inf */
	_Atomic uint64_t us_sum;
	_Atomic uint64_t db_ns;
	_Atomic uint64_t db_statements;
};

struct http_metrics {
	const struct route *routes;
	size_t nroutes;
	_Alignas(64) _Atomic uint64_t slow_wait_us, slow_jobs, slow_rejected;
	struct route_counters per[];         /* nroutes + 1: the last for unmatched */
};

struct http_metrics *metrics_new(const struct route *routes)
{
	size_t n = 0;
	while (routes && routes[n].pattern)
		n++;
	struct http_metrics *m = aligned_alloc(64, (sizeof *m + (n + 1) * sizeof m->per[0] + 63)
	                                           / 64 * 64);
	if (m == NULL)
		return NULL;
	memset(m, 0, sizeof *m + (n + 1) * sizeof m->per[0]);
	m->routes = routes;
	m->nroutes = n;
	return m;
}

void metrics_free(struct http_metrics *m)
{
	free(m);
}

static size_t status_slot(unsigned int status)
{
	for (size_t i = 0; i < NSTATUS - 1; i++)
		if (STATUSES[i] == status)
			return i;
	return NSTATUS - 1;
}

void metrics_request(struct http_metrics *m, int route, unsigned int status, uint64_t us,
                     uint64_t db_ns, uint64_t db_statements)
{
	if (m == NULL)
		return;
	struct route_counters *c = &m->per[route >= 0 && (size_t)route < m->nroutes
	                                   ? (size_t)route : m->nroutes];
	size_t b = 0;
	while (b < NBUCKET - 1 && us > BUCKETS_US[b])
		b++;
	atomic_fetch_add_explicit(&c->status[status_slot(status)], 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&c->bucket[b], 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&c->us_sum, us, memory_order_relaxed);
	if (db_statements) {
		atomic_fetch_add_explicit(&c->db_ns, db_ns, memory_order_relaxed);
		atomic_fetch_add_explicit(&c->db_statements, db_statements, memory_order_relaxed);
	}
}

void metrics_slow_wait(struct http_metrics *m, uint64_t us)
{
	if (m == NULL)
		return;
	atomic_fetch_add_explicit(&m->slow_wait_us, us, memory_order_relaxed);
	atomic_fetch_add_explicit(&m->slow_jobs, 1, memory_order_relaxed);
}

void metrics_slow_rejected(struct http_metrics *m)
{
	if (m)
		atomic_fetch_add_explicit(&m->slow_rejected, 1, memory_order_relaxed);
}

/* ---- the text format ------------------------------------------------ */

struct out {
	char *s;
	size_t len, cap;
	bool failed;
};

__attribute__((format(printf, 2, 3)))
static void outf(struct out *o, const char *fmt, ...)
{
	if (o->failed)
		return;
	for (;;) {
		va_list ap;
		va_start(ap, fmt);
		int n = vsnprintf(o->s ? o->s + o->len : NULL, o->s ? o->cap - o->len : 0, fmt, ap);
		va_end(ap);
		if (n < 0) {
			o->failed = true;
			return;
		}
		if (o->s && o->len + (size_t)n < o->cap) {
			o->len += (size_t)n;
			return;
		}
		size_t cap = o->cap ? o->cap * 2 : 65536;
		while (cap < o->len + (size_t)n + 1)
			cap *= 2;
		char *s = realloc(o->s, cap);
		if (s == NULL) {
			o->failed = true;
			return;
		}
		o->s = s;
		o->cap = cap;
	}
}

/* The methods of a route's mask, "GET" or "GET|POST". */
static void methods_text(struct out *o, unsigned int mask)
{
	static const struct { unsigned int bit; const char *name; } names[] = {
		{ HTTP_GET, "GET" }, { HTTP_HEAD, "HEAD" }, { HTTP_POST, "POST" },
		{ HTTP_PUT, "PUT" }, { HTTP_PATCH, "PATCH" }, { HTTP_DELETE, "DELETE" },
		{ HTTP_OPTIONS, "OPTIONS" },
	};
	bool first = true;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (mask & names[i].bit) {
			outf(o, "%s%s", first ? "" : "|", names[i].name);
			first = false;
		}
}

/* The route's label: its method and pattern, escaped as a label value. */
static void route_label(struct out *o, const struct http_metrics *m, size_t i)
{
	if (i == m->nroutes) {
		outf(o, "route=\"unmatched\"");
		return;
	}
	outf(o, "route=\"");
	methods_text(o, m->routes[i].methods);
	outf(o, " ");
	for (const char *p = m->routes[i].pattern; *p; p++)
		outf(o, *p == '"' || *p == '\\' ? "\\%c" : "%c", *p);
	outf(o, "\"");
}

static uint64_t load(_Atomic uint64_t *v)
{
	return atomic_load_explicit(v, memory_order_relaxed);
}

static void write_metrics(struct out *o, const struct http_server *srv)
{
	struct http_metrics *m = srv->metrics;
	outf(o, "# HELP dieuhanh_http_requests_total Requests answered, by route and status.\n"
	        "# TYPE dieuhanh_http_requests_total counter\n");
	for (size_t i = 0; i <= m->nroutes; i++)
		for (size_t s = 0; s < NSTATUS; s++) {
			uint64_t v = load(&m->per[i].status[s]);
			if (v == 0)
				continue;
			outf(o, "dieuhanh_http_requests_total{");
			route_label(o, m, i);
			if (s < NSTATUS - 1)
				outf(o, ",status=\"%u\"} %llu\n", STATUSES[s], (unsigned long long)v);
			else
				outf(o, ",status=\"other\"} %llu\n", (unsigned long long)v);
		}
	outf(o, "# HELP dieuhanh_http_request_duration_seconds Time from the first byte of a"
	        " request to its answer, by route.\n"
	        "# TYPE dieuhanh_http_request_duration_seconds histogram\n");
	for (size_t i = 0; i <= m->nroutes; i++) {
		uint64_t counts[NBUCKET], total = 0;
		for (size_t b = 0; b < NBUCKET; b++)
			total += counts[b] = load(&m->per[i].bucket[b]);
		if (total == 0)
			continue;
		uint64_t cum = 0;
		for (size_t b = 0; b < NBUCKET; b++) {
			cum += counts[b];
			outf(o, "dieuhanh_http_request_duration_seconds_bucket{");
			route_label(o, m, i);
			if (b < NBUCKET - 1)
				outf(o, ",le=\"%g\"} %llu\n", (double)BUCKETS_US[b] / 1e6,
				     (unsigned long long)cum);
			else
				outf(o, ",le=\"+Inf\"} %llu\n", (unsigned long long)cum);
		}
		outf(o, "dieuhanh_http_request_duration_seconds_sum{");
		route_label(o, m, i);
		outf(o, "} %.6f\n", (double)load(&m->per[i].us_sum) / 1e6);
		outf(o, "dieuhanh_http_request_duration_seconds_count{");
		route_label(o, m, i);
		outf(o, "} %llu\n", (unsigned long long)cum);
	}
	outf(o, "# HELP dieuhanh_db_seconds_total Time spent in database statements, by route.\n"
	        "# TYPE dieuhanh_db_seconds_total counter\n");
	for (size_t i = 0; i <= m->nroutes; i++) {
		uint64_t n = load(&m->per[i].db_statements);
		if (n == 0)
			continue;
		outf(o, "dieuhanh_db_seconds_total{");
		route_label(o, m, i);
		outf(o, "} %.6f\n", (double)load(&m->per[i].db_ns) / 1e9);
	}
	outf(o, "# HELP dieuhanh_db_statements_total Database statements run, by route.\n"
	        "# TYPE dieuhanh_db_statements_total counter\n");
	for (size_t i = 0; i <= m->nroutes; i++) {
		uint64_t n = load(&m->per[i].db_statements);
		if (n == 0)
			continue;
		outf(o, "dieuhanh_db_statements_total{");
		route_label(o, m, i);
		outf(o, "} %llu\n", (unsigned long long)n);
	}
	uint64_t hits = 0, misses = 0, stale = 0;
	http_cache_stats(srv->cache, &hits, &misses, &stale);
	outf(o, "# HELP dieuhanh_cache_lookups_total Rendered-body cache lookups, by result"
	        " (stale: the previous body, served while a newer one was built).\n"
	        "# TYPE dieuhanh_cache_lookups_total counter\n"
	        "dieuhanh_cache_lookups_total{result=\"hit\"} %llu\n"
	        "dieuhanh_cache_lookups_total{result=\"stale\"} %llu\n"
	        "dieuhanh_cache_lookups_total{result=\"miss\"} %llu\n",
	        (unsigned long long)hits, (unsigned long long)stale, (unsigned long long)misses);
	const union MHD_DaemonInfo *di =
		MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
	outf(o, "# HELP dieuhanh_http_connections Open client connections.\n"
	        "# TYPE dieuhanh_http_connections gauge\n"
	        "dieuhanh_http_connections %u\n"
	        "# HELP dieuhanh_http_connections_max The most connections held at once.\n"
	        "# TYPE dieuhanh_http_connections_max gauge\n"
	        "dieuhanh_http_connections_max %u\n",
	        di ? di->num_connections : 0, srv->cfg.connection_limit);
	outf(o, "# HELP dieuhanh_http_requests_in_flight Requests received and not yet answered.\n"
	        "# TYPE dieuhanh_http_requests_in_flight gauge\n"
	        "dieuhanh_http_requests_in_flight %d\n", http_requests_in_flight());
	outf(o, "# HELP dieuhanh_slow_queue_depth Jobs waiting for the slow-work pool"
	        " (password hashing, imports).\n"
	        "# TYPE dieuhanh_slow_queue_depth gauge\n"
	        "dieuhanh_slow_queue_depth %zu\n"
	        "# HELP dieuhanh_build_queue_depth Cache builds (boards, trees) waiting for a"
	        " build thread.\n"
	        "# TYPE dieuhanh_build_queue_depth gauge\n"
	        "dieuhanh_build_queue_depth %zu\n"
	        "# HELP dieuhanh_slow_wait_seconds_total Time jobs waited for a slow-work thread.\n"
	        "# TYPE dieuhanh_slow_wait_seconds_total counter\n"
	        "dieuhanh_slow_wait_seconds_total %.6f\n"
	        "# HELP dieuhanh_slow_jobs_total Jobs the slow-work pool ran.\n"
	        "# TYPE dieuhanh_slow_jobs_total counter\n"
	        "dieuhanh_slow_jobs_total %llu\n"
	        "# HELP dieuhanh_slow_rejected_total Requests refused (503) with the queue full.\n"
	        "# TYPE dieuhanh_slow_rejected_total counter\n"
	        "dieuhanh_slow_rejected_total %llu\n",
	        workpool_depth(srv->slow), workpool_depth(srv->build),
	        (double)load(&m->slow_wait_us) / 1e6,
	        (unsigned long long)load(&m->slow_jobs),
	        (unsigned long long)load(&m->slow_rejected));
	outf(o, "# HELP dieuhanh_build_info The running version.\n"
	        "# TYPE dieuhanh_build_info gauge\n"
	        "dieuhanh_build_info{version=\"%s\",engine=\"%s\",schema=\"%d\"} 1\n",
	        DIEUHANH_VERSION, srv->store ? srv->store->ops->engine : "none",
	        srv->schema_version);
}

/*
 * Who may read: the client's address (through trusted proxies only) in the
 * configured list.  A request that came through a proxy this server does
 * not trust is refused whatever its address: behind nginx on this machine
 * every request would otherwise come from 127.0.0.1.
 */
static bool metrics_allowed(struct http_request *req)
{
	const struct proxy_list *allow = req->server->cfg.metrics_allow;
	if (allow == NULL || allow->n == 0)
		return false;
	if ((http_header(req, "X-Forwarded-For") || http_header(req, "Forwarded"))
	    && !http_from_trusted_proxy(req))
		return false;
	return proxy_list_has_text(allow, http_client_address(req));
}

void metrics_handler(struct http_request *req)
{
	if (!metrics_allowed(req)) {
		reply_problem(req, 403, "about:blank", "Forbidden",
		              "Metrics are readable only from the addresses in metrics-allow.", NULL);
		return;
	}
	struct out o = { 0 };
	write_metrics(&o, req->server);
	if (o.failed) {
		free(o.s);
		reply_internal_error(req, "metrics: out of memory");
		return;
	}
	reply_bytes(req, 200, o.s, o.len, "text/plain; version=0.0.4; charset=utf-8");
}
