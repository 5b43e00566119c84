/*
 * metrics.h: what /metrics tells Prometheus, counted without a lock.
 *
 * One block of relaxed atomic counters per route (plus one for requests no
 * route matched), each on its own cache lines: requests by status, a
 * latency histogram, database time and statements.  A request adds to its
 * route's block once, at completion; the scrape reads every block and
 * writes the text format.  Cache hits, connections, queue depths and the
 * slow-work pool's waits come from their owners at scrape time.
 */
#ifndef DIEUHANH_HTTP_METRICS_H
#define DIEUHANH_HTTP_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "http/router.h"

struct http_metrics;
struct http_request;

/* Counters for the routes of ROUTES (ending with a NULL pattern); NULL when out of memory. */
struct http_metrics *metrics_new(const struct route *routes);
void metrics_free(struct http_metrics *m);

/* A finished request of route ROUTE (-1: none matched). */
void metrics_request(struct http_metrics *m, int route, unsigned int status, uint64_t us,
                     uint64_t db_ns, uint64_t db_statements);
/* Microseconds a job waited in the slow-work queue before a thread took it. */
void metrics_slow_wait(struct http_metrics *m, uint64_t us);
/* A request refused because the slow-work queue was full. */
void metrics_slow_rejected(struct http_metrics *m);

/* GET /metrics: the text format, to the addresses the configuration allows, else 403. */
void metrics_handler(struct http_request *req);

#endif
