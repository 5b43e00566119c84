/*
 * bench/metrics_micro.c: the cost of counting one request (metrics.h) and of
 * timing one database statement (two clock_gettime calls in db_query), on
 * one thread and on two threads hitting the same route (the worst case:
 * every counter's cache line shared).
 *
 *   cc -O2 -Isrc -D_DEFAULT_SOURCE -o build/metrics_micro bench/metrics_micro.c \
 *      build/libdieuhanh.a $(pkg-config --libs libmicrohttpd jansson libsodium \
 *      libutf8proc icu-i18n icu-uc sqlite3 libpq xlsxwriter libzip expat libsystemd) \
 *      -lpthread -lm && build/metrics_micro
 */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

#include "http/metrics.h"
#include "http/request.h"

enum { N = 10 * 1000 * 1000 };

static void dummy(struct http_request *req) { (void)req; }

static const struct route routes[] = {
	{ HTTP_GET, "/a", dummy, 0 }, { HTTP_GET, "/b", dummy, 0 }, { 0, NULL, NULL, 0 },
};
static struct http_metrics *m;

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void *count(void *arg)
{
	(void)arg;
	for (int i = 0; i < N; i++)
		metrics_request(m, 0, 200, (uint64_t)(i & 4095), 1000, 3);
	return NULL;
}

int main(void)
{
	m = metrics_new(routes);
	double t0 = now();
	count(NULL);
	double one = (now() - t0) / N * 1e9;
	pthread_t a, b;
	t0 = now();
	pthread_create(&a, NULL, count, NULL);
	pthread_create(&b, NULL, count, NULL);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	double two = (now() - t0) / N * 1e9;
	struct timespec ts;
	t0 = now();
	for (int i = 0; i < N; i++)
		clock_gettime(CLOCK_MONOTONIC, &ts);
	double clk = (now() - t0) / N * 1e9;
	printf("metrics_request: %.1f ns one thread, %.1f ns per request with two threads on one route\n"
	       "clock_gettime: %.1f ns (two per statement)\n", one, two, clk);
	metrics_free(m);
	return 0;
}
