/*
 * server.c: the libmicrohttpd daemon and the request lifecycle.
 *
 * Lifecycle of a request, and why:
 * 1. First callback: allocate the context (arena, timer) and return.  With
 *    MHD 0.9.75, queueing a response on this first call closes the
 *    connection afterwards, which cost 85% of the throughput under
 *    keep-alive; so nothing is answered here.
 * 2. Upload callbacks: the body is accumulated up to the configured cap
 *    (forms go through MHD's post processor instead).  Past the cap the
 *    request is answered 413 at once and the connection closed.
 * 3. Final callback (no more data): route, run the handler, add security
 *    headers, queue.
 * 4. Completion callback: write the access-log line, free the context, even
 *    when the client went away mid-request.
 *
 * MHD's defaults are unsafe for a public server (no idle timeout, no
 * per-address limit), so every limit is set explicitly from http_config.
 */
#define _GNU_SOURCE
#include "http/server.h"
#include "store/store.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "http/cache.h"
#include "http/conn_guard.h"
#include "http/log_lines.h"
#include "http/metrics.h"
#include "store/db.h"
#include "http/reply.h"
#include "util/workpool.h"
#include "text/vntext.h"

/*
 * A body over its cap is read and discarded up to this many times the cap
 * (so the client gets its 413 rather than a reset); past that the
 * connection is closed.
 */
#define DISCARD_FACTOR 8ULL

/* Requests between their first callback and completion: for graceful stop. */
static atomic_int in_flight;

int http_requests_in_flight(void)
{
	return atomic_load_explicit(&in_flight, memory_order_relaxed);
}

/* FN(REQ), with the database time and statements it took added to REQ's. */
static void run_counted(struct http_request *req, void (*fn)(struct http_request *))
{
	uint64_t ns0, n0, ns1, n1;
	db_thread_counters(&ns0, &n0);
	fn(req);
	db_thread_counters(&ns1, &n1);
	req->db_ns += ns1 - ns0;
	req->db_statements += n1 - n0;
}

static uint64_t us_since(const struct timespec *t0)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long long us = (now.tv_sec - t0->tv_sec) * 1000000LL + (now.tv_nsec - t0->tv_nsec) / 1000;
	return us > 0 ? (uint64_t)us : 0;
}

/*
 * One policy for every response.  No inline script anywhere, so script-src
 * is 'self' only; inline styles are not used either.
 */
static const char CSP[] =
	"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

static void add_security_headers(struct MHD_Response *resp)
{
	MHD_add_response_header(resp, "Content-Security-Policy", CSP);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "strict-origin-when-cross-origin");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
}

static enum http_method method_of(const char *m)
{
	static const struct { const char *name; enum http_method m; } methods[] = {
		{ "GET", HTTP_GET }, { "HEAD", HTTP_HEAD }, { "POST", HTTP_POST },
		{ "PUT", HTTP_PUT }, { "PATCH", HTTP_PATCH }, { "DELETE", HTTP_DELETE },
		{ "OPTIONS", HTTP_OPTIONS },
	};
	for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
		if (strcmp(m, methods[i].name) == 0)
			return methods[i].m;
	return HTTP_OTHER;
}

/*
 * MHD post-processor callback: appends a piece of a form value.  A value
 * arrives in as many pieces as the client sends packets, so it grows by
 * doubling (linear in its size, whatever the pieces); the total of all
 * fields is capped by the body cap in on_request, not here.
 */
static enum MHD_Result form_iterator(void *cls, enum MHD_ValueKind kind, const char *key,
                                     const char *filename, const char *content_type,
                                     const char *transfer_encoding, const char *data,
                                     uint64_t off, size_t size)
{
	(void)kind, (void)content_type, (void)transfer_encoding;
	struct http_request *req = cls;
	struct form_field *f = req->form;
	if (off == 0 || f == NULL || strcmp(f->key, key) != 0) {
		f = arena_alloc(&req->arena, sizeof *f);
		f->key = arena_strdup(&req->arena, key);
		f->value = arena_alloc(&req->arena, 1);
		f->cap = 1;
		f->filename = filename ? arena_strdup(&req->arena, filename) : NULL;
		f->next = req->form;
		req->form = f;
	}
	/* A file's bytes are binary (a photo); only text fields must be C strings. */
	if (size && f->filename == NULL && memchr(data, '\0', size))
		req->body_has_nul = true;   /* "%00": C strings would cut the value short */
	if (f->len + size + 1 > f->cap) {
		size_t cap = f->cap;
		while (cap < f->len + size + 1)
			cap *= 2;
		char *v = arena_alloc(&req->arena, cap);
		memcpy(v, f->value, f->len);
		f->value = v;
		f->cap = cap;
	}
	if (size)
		memcpy(f->value + f->len, data, size);
	f->len += size;
	f->value[f->len] = '\0';
	return MHD_YES;
}

static bool is_form_type(const char *ct)
{
	return ct && (strncasecmp(ct, MHD_HTTP_POST_ENCODING_FORM_URLENCODED,
	                          strlen(MHD_HTTP_POST_ENCODING_FORM_URLENCODED)) == 0
	              || strncasecmp(ct, MHD_HTTP_POST_ENCODING_MULTIPART_FORMDATA,
	                             strlen(MHD_HTTP_POST_ENCODING_MULTIPART_FORMDATA)) == 0);
}

/* Accepts a piece of the body (already counted against the cap). */
static void take_upload(struct http_request *req, const char *data, size_t size)
{
	if (req->body_kind == BODY_NONE) {
		const char *ct = MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND,
		                                             MHD_HTTP_HEADER_CONTENT_TYPE);
		if (is_form_type(ct)) {
			req->post = MHD_create_post_processor(req->conn, 16 * 1024,
			                                      form_iterator, req);
			req->body_kind = req->post ? BODY_FORM : BODY_RAW;
		} else {
			req->body_kind = BODY_RAW;
		}
	}
	if (req->body_kind == BODY_FORM) {
		if (MHD_post_process(req->post, data, size) != MHD_YES)
			req->body_kind = BODY_RAW; /* malformed form: handler sees no fields */
		return;
	}
	if (req->body_len + size + 1 > req->body_cap) {
		size_t cap = req->body_cap ? req->body_cap : 4096;
		while (cap < req->body_len + size + 1)
			cap *= 2;
		char *grown = realloc(req->body, cap);
		if (grown == NULL) {
			req->body_too_large = true;
			return;
		}
		req->body = grown;
		req->body_cap = cap;
	}
	memcpy(req->body + req->body_len, data, size);
	req->body_len += size;
	req->body[req->body_len] = '\0';
}

static enum MHD_Result queue(struct http_request *req)
{
	/* The handler saw an anonymous request; the truth is that nobody could tell. */
	if (req->credentials_unchecked && req->status != 503) {
		/* Nor do its cookies stand (a sign-out that did not happen). */
		req->ncookies = 0;
		reply_store_unavailable(req, "credentials could not be checked");
	}
	if (req->response == NULL)
		reply_internal_error(req, "handler produced no response");
	if (req->response == NULL) {
		req->status = 500;
		return MHD_NO;
	}
	add_security_headers(req->response);
	/* After its write, a client reads nothing older than it (http/cache.h). */
	if (!(req->method & (HTTP_GET | HTTP_HEAD)))
		http_cache_wrote(req);
	for (size_t i = 0; i < req->ncookies; i++)
		MHD_add_response_header(req->response, MHD_HTTP_HEADER_SET_COOKIE, req->set_cookie[i]);
	if (req->principal && req->principal->authenticated && req->status < 500)
		MHD_add_response_header(req->response, MHD_HTTP_HEADER_CACHE_CONTROL, "private, no-store");
	else if (req->status >= 500)
		MHD_add_response_header(req->response, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	return MHD_queue_response(req->conn, req->status, req->response);
}

/* The marks uri_log leaves for on_request (MHD's per-request pointer). */
static char uri_too_long, uri_has_nul;

/* MHD iterator: stops at a query argument whose decoded value holds a NUL. */
static enum MHD_Result arg_without_nul(void *cls, enum MHD_ValueKind kind, const char *key,
                                       size_t key_size, const char *value, size_t value_size)
{
	(void)kind;
	const char **bad = cls;
	if (strlen(key) != key_size || (value && strlen(value) != value_size)) {
		*bad = key;
		return MHD_NO;
	}
	return MHD_YES;
}

/*
 * Query arguments and form fields carry their length; everything after
 * reads them as C strings.  One holding a NUL ("2019%00x") would be read
 * as its first part, so it is refused here, naming it.  (A NUL in the
 * path itself is refused earlier, by uri_log.)
 */
static const char *input_with_nul(struct http_request *req)
{
	const char *bad = NULL;
	MHD_get_connection_values_n(req->conn, MHD_GET_ARGUMENT_KIND, arg_without_nul, &bad);
	for (const struct form_field *f = req->form; f && bad == NULL; f = f->next)
		if (f->filename == NULL && strlen(f->value) != f->len)
			bad = f->key;
	return bad;
}

static void dispatch(struct http_request *req)
{
	if (!vn_valid_utf8(req->path, strlen(req->path))) {
		reply_problem(req, 400, "about:blank", "Bad Request",
		              "The address is not valid UTF-8.", NULL);
		return;
	}
	const char *nul = input_with_nul(req);
	if (nul) {
		reply_problem(req, 400, "about:blank", "Bad Request",
		              "A query parameter or form field contains a NUL character.", nul);
		return;
	}
	if (req->body_has_nul) {
		reply_problem(req, 400, "about:blank", "Bad Request",
		              "A form field contains a NUL character (%00), which no field accepts.",
		              NULL);
		return;
	}
	if (req->handler == NULL) {
		if (req->allowed)
			reply_method_not_allowed(req, req->allowed);
		else
			reply_not_found(req);
		return;
	}
	req->handler(req);
}

static void reply_too_large(struct http_request *req)
{
	size_t mib = req->body_limit / (1024 * 1024);
	reply_problem(req, 413, "about:blank", "Content Too Large",
	              arena_printf(&req->arena, "The request body is larger than this address "
	                           "accepts (%zu MiB).", mib ? mib : 1), NULL);
}

/*
 * Limits on the query string.  MHD 0.9.75 parses every "&"-separated
 * argument into the connection's memory pool before the first callback;
 * when the pool runs out it logs a 431 but then waits for more header lines
 * and the client hears nothing until the idle timeout.  The URI is seen
 * here first, so a query over these limits is cut off before MHD parses it
 * and the request is answered 414 at once.
 */
enum { MAX_URI_BYTES = 8 * 1024, MAX_QUERY_ARGS = 64 };

/*
 * MHD_OPTION_URI_LOG_CALLBACK: the raw request target, before MHD decodes
 * it.  The return value becomes the request's context pointer.
 */
static void *uri_log(void *cls, const char *uri, struct MHD_Connection *conn)
{
	(void)cls, (void)conn;
	size_t args = 1;
	const char *q = strchr(uri, '?');
	for (const char *p = q; p && *p; p++)
		args += *p == '&';
	if (strlen(uri) > MAX_URI_BYTES || args > MAX_QUERY_ARGS) {
		/*
		 * MHD splits the arguments in this same buffer right after this
		 * call, starting after the '?': ending the string there leaves it
		 * nothing to parse.
		 */
		char *cut = strchr(uri, '?');
		if (cut)
			cut[1] = '\0';
		return &uri_too_long;
	}
	/*
	 * A %00 in the path would decode to a NUL that silently cuts it; one in
	 * the query is refused later, by dispatch, naming its parameter.
	 */
	const char *nul = strstr(uri, "%00"), *query = strchr(uri, '?');
	if (nul && (query == NULL || nul < query))
		return &uri_has_nul;
	return NULL;
}

void http_resume(struct http_request *req)
{
	req->defer_done = true;
	MHD_resume_connection(req->conn);
}

/* On a pool thread: the deferred work, then wake the connection up. */
static void run_deferred(void *arg)
{
	struct http_request *req = arg;
	if (!req->defer_build)
		metrics_slow_wait(req->server->metrics, us_since(&req->deferred_at));
	run_counted(req, req->defer_work);
	req->defer_work = NULL;
	http_resume(req);
}

void http_defer(struct http_request *req, void (*work)(struct http_request *),
                void (*then)(struct http_request *))
{
	req->defer_work = work;
	req->defer_then = then;
}

void http_note_store_failure(struct http_request *req, bool failed)
{
	/* Asked here, on the thread whose store call failed: SQLite keeps its last failure per thread. */
	if (failed && req->store && req->store->ops->unavailable(req->store))
		req->credentials_unchecked = true;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
	(void)version;
	struct http_server *srv = cls;
	struct http_request *req = *con_cls;
	if (req == NULL || req == (void *)&uri_too_long || req == (void *)&uri_has_nul) {
		void *mark = req;
		req = calloc(1, sizeof *req);
		if (req == NULL)
			return MHD_NO;
		atomic_fetch_add(&in_flight, 1);
		clock_gettime(CLOCK_MONOTONIC, &req->start);
		req->route_index = -1;
		req->conn = conn;
		req->server = srv;
		req->store = srv->store;
		req->method_name = arena_strdup(&req->arena, method);
		req->method = method_of(method);
		req->path = arena_strdup(&req->arena, url);
		req->started = true;
		*con_cls = req;
		conn_guard_request_started(srv->guard, conn);
		if (mark == &uri_too_long) {
			reply_problem(req, 414, "about:blank", "URI Too Long",
			              "The address is too long or has too many query parameters "
			              "(at most 64 and 8 KiB).", NULL);
			return queue(req);
		}
		if (mark == &uri_has_nul) {
			reply_problem(req, 400, "about:blank", "Bad Request",
			              "The address contains a NUL character (%00).", NULL);
			return queue(req);
		}
		/* Routed now, so the route's body cap is known before the body. */
		const struct route *route = router_find(srv->routes, req, &req->allowed);
		req->handler = route ? route->handler : NULL;
		if (route)
			req->route_index = (int)(route - srv->routes);
		req->body_limit = srv->cfg.body_limit;
		if (route && route->body_limit > req->body_limit)
			req->body_limit = route->body_limit;
		/*
		 * A declared body over the cap is read and thrown away, then
		 * answered 413: answering at once closes the connection while the
		 * client is still sending, and most clients then see a broken pipe
		 * instead of the answer.  A body far over the cap is not worth
		 * reading: that one is refused at once (the one reply queued on a
		 * first callback).
		 */
		const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
		                                             MHD_HTTP_HEADER_CONTENT_LENGTH);
		unsigned long long declared = cl ? strtoull(cl, NULL, 10) : 0;
		if (declared > DISCARD_FACTOR * req->body_limit) {
			reply_too_large(req);
			return queue(req);
		}
		if (declared > req->body_limit)
			req->body_too_large = true;
		return MHD_YES;
	}
	if (*upload_data_size != 0) {
		/*
		 * One cap for the whole body, however it is framed (length,
		 * chunks, form fields).  MHD 0.9.75 refuses a response queued while
		 * the body is still arriving, so past the cap the rest is
		 * discarded and answered 413 on the final callback; a body that
		 * keeps coming past DISCARD_FACTOR times the cap (chunked, so of no
		 * declared length) is not worth reading to the end: the connection
		 * is closed.
		 */
		req->body_seen += *upload_data_size;
		if (req->body_seen > req->body_limit)
			req->body_too_large = true;
		if (!req->body_too_large)
			take_upload(req, upload_data, *upload_data_size);
		*upload_data_size = 0;
		if (req->body_seen > DISCARD_FACTOR * req->body_limit) {
			req->status = 413;
			return MHD_NO;
		}
		return MHD_YES;
	}
	if (req->body_too_large) {
		reply_too_large(req);
		return queue(req);
	}
	if (req->defer_done) {
		/* Resumed after deferred work: let the handler reply. */
		void (*then)(struct http_request *) = req->defer_then;
		req->defer_then = NULL;
		req->defer_done = false;
		run_counted(req, then);
		req->defer_abandon = NULL;
		return queue(req);
	}
	run_counted(req, dispatch);
	if (req->defer_join && req->response == NULL) {
		/* Suspended first: the work joined may end before join returns. */
		void (*join)(struct http_request *) = req->defer_join;
		req->defer_join = NULL;
		MHD_suspend_connection(conn);
		join(req);
		return MHD_YES;
	}
	if (req->defer_work && !req->defer_submitted && req->response == NULL) {
		/* Suspend first: the worker may finish before submit returns. */
		MHD_suspend_connection(conn);
		req->defer_submitted = true;
		clock_gettime(CLOCK_MONOTONIC, &req->deferred_at);
		if (workpool_submit(req->defer_build ? srv->build : srv->slow, run_deferred, req))
			return MHD_YES;
		metrics_slow_rejected(srv->metrics);
		MHD_resume_connection(conn);
		req->defer_work = NULL;
		req->defer_then = NULL;
		http_cache_abandon(req);
		reply_unavailable(req, "slow-work queue full");
	}
	return queue(req);
}

/* S as a JSON string's contents: quotes, backslashes, controls and any invalid UTF-8 escaped. */
static void json_escape(char *out, size_t n, const char *s)
{
	bool utf8 = vn_valid_utf8(s, strlen(s));
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p && o + 7 < n; p++) {
		if (*p == '"' || *p == '\\') {
			out[o++] = '\\';
			out[o++] = (char)*p;
		} else if (*p < 0x20 || *p == 0x7f || (*p >= 0x80 && !utf8)) {
			o += (size_t)snprintf(out + o, n - o, "\\u%04x", *p);
		} else {
			out[o++] = (char)*p;
		}
	}
	out[o] = '\0';
}

/*
 * FMT's line to the access log: gathered per thread and written in
 * batches (http/log_lines.h), not a write(2) per request.
 */
static void log_line(const struct http_server *srv, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void log_line(const struct http_server *srv, const char *fmt, ...)
{
	char small[1024], *line = small;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof small) {
		/* A long path: room for it, written by its length. */
		if ((line = malloc((size_t)n + 1)) == NULL)
			return;
		va_start(ap, fmt);
		vsnprintf(line, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	if (srv->access_lines)
		log_lines_put(srv->access_lines, line, (size_t)n);
	else
		fputs(line, stderr);
	if (line != small)
		free(line);
}

/*
 * One line per request on stderr (the journal under systemd): text for
 * people, or JSON for a log pipeline (access-log = json), with the route
 * the request matched, the database time it took and the client address
 * as the proxy reported it.
 */
static void access_log(const struct http_server *srv, struct http_request *req, uint64_t us,
                       bool completed)
{
	if (srv->cfg.access_log_format == ACCESS_LOG_TEXT) {
		log_line(srv, "%s %s %u %zu %lluus%s\n", req->method_name, req->path, req->status,
		         req->bytes, (unsigned long long)us, completed ? "" : " aborted");
		return;
	}
	char path[2048], route[512] = "", method[64];
	json_escape(path, sizeof path, req->path);
	json_escape(method, sizeof method, req->method_name);
	if (req->route_index >= 0)
		json_escape(route, sizeof route, srv->routes[req->route_index].pattern);
	struct timespec wall;
	clock_gettime(CLOCK_REALTIME, &wall);
	struct tm tm;
	gmtime_r(&wall.tv_sec, &tm);
	char when[32];
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
	log_line(srv,
	          "{\"time\":\"%s.%03ldZ\",\"method\":\"%s\",\"path\":\"%s\",\"route\":%s%s%s,"
	         "\"status\":%u,\"bytes\":%zu,\"us\":%llu,\"db_us\":%llu,\"db_statements\":%llu,"
	         "\"client\":\"%s\",\"completed\":%s}\n",
	         when, wall.tv_nsec / 1000000, method, path,
	         route[0] ? "\"" : "", route[0] ? route : "null", route[0] ? "\"" : "",
	         req->status, req->bytes, (unsigned long long)us,
	         (unsigned long long)(req->db_ns / 1000), (unsigned long long)req->db_statements,
	         http_client_address(req), completed ? "true" : "false");
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
	struct http_server *srv = cls;
	struct http_request *req = *con_cls;
	conn_guard_request_done(srv->guard, conn);
	if (req == NULL || (void *)req == &uri_too_long || (void *)req == &uri_has_nul) {
		*con_cls = NULL;   /* a uri_log mark: the request never got further */
		return;
	}
	uint64_t us = us_since(&req->start);
	metrics_request(srv->metrics, req->route_index, req->status, us, req->db_ns,
	                req->db_statements);
	if (srv->cfg.access_log)
		access_log(srv, req, us, toe == MHD_REQUEST_TERMINATED_COMPLETED_OK);
	/* Ended before its deferred answer ran: the client left while it was suspended. */
	if (req->defer_abandon)
		req->defer_abandon(req);
	http_cache_request_ended(req);
	if (req->post)
		MHD_destroy_post_processor(req->post);
	if (req->response)
		MHD_destroy_response(req->response);
	json_decref(req->json);
	free(req->body);
	arena_free(&req->arena);
	free(req);
	*con_cls = NULL;
	atomic_fetch_sub(&in_flight, 1);
}

/* ---- start / stop -------------------------------------------------- */

/*
 * MHD logs a line for every connection that ends badly; under a flood of
 * slow or idle connections (each one closed by the guard) that is
 * thousands of lines a second, so at most MHD_LOG_PER_S lines a second are
 * written and the rest counted.
 */
enum { MHD_LOG_PER_S = 20 };

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	static time_t second;
	static unsigned int lines, dropped;
	time_t now = time(NULL);
	pthread_mutex_lock(&lock);
	if (now != second) {
		if (dropped)
			fprintf(stderr, "mhd: %u messages not shown (over %d a second)\n", dropped,
			        MHD_LOG_PER_S);
		second = now;
		lines = dropped = 0;
	}
	bool show = lines < MHD_LOG_PER_S;
	if (show)
		lines++;
	else
		dropped++;
	pthread_mutex_unlock(&lock);
	if (!show)
		return;
	fputs("mhd: ", stderr);
	vfprintf(stderr, fmt, ap);
}

bool http_server_start(struct http_server *srv)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(srv->cfg.listen_port) };
	if (inet_pton(AF_INET, srv->cfg.listen_host, &addr.sin_addr) != 1) {
		fprintf(stderr, "dieuhanh: cannot listen on '%s': not an IPv4 address\n",
		        srv->cfg.listen_host);
		return false;
	}
	srv->static_fd = srv->cfg.static_dir
		? open(srv->cfg.static_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	if (srv->cfg.static_dir && srv->static_fd < 0)
		fprintf(stderr, "dieuhanh: warning: static folder '%s' not found; "
		        "/static/ will answer 404\n", srv->cfg.static_dir);
	/* Flushed at least every 200 ms: a line is in the log well within a second. */
	srv->access_lines = srv->cfg.access_log ? log_lines_open(STDERR_FILENO, 200) : NULL;
	/* 64 MiB of bodies: the large case's boards in both languages many times over. */
	srv->cache = http_cache_new(4096, 64u << 20);
	srv->slow = workpool_start(srv->cfg.hash_threads ? srv->cfg.hash_threads : 1, 64);
	/*
	 * Cache builds: two, so a board being rebuilt does not hold up another
	 * year's or language's; the queue bounds distinct builds, not readers
	 * (readers of a body being built wait on that build).
	 */
	srv->build = workpool_start(2, 256);
	srv->guard = conn_guard_new(srv->cfg.connection_limit, srv->cfg.header_timeout_s);
	srv->metrics = metrics_new(srv->routes);
	if (srv->slow == NULL || srv->build == NULL || srv->cache == NULL || srv->guard == NULL
	    || srv->metrics == NULL) {
		fprintf(stderr, "dieuhanh: cannot start the password-hashing or timer threads\n");
		workpool_stop(srv->slow);
		workpool_stop(srv->build);
		http_cache_free(srv->cache);
		conn_guard_free(srv->guard);
		metrics_free(srv->metrics);
		srv->metrics = NULL;
		return false;
	}
	unsigned int flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG | MHD_USE_ITC
	                   | MHD_ALLOW_SUSPEND_RESUME;
	srv->daemon = MHD_start_daemon(
		flags, srv->cfg.listen_port, NULL, NULL, on_request, srv,
		MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
		MHD_OPTION_THREAD_POOL_SIZE, srv->cfg.threads,
		MHD_OPTION_CONNECTION_LIMIT, srv->cfg.connection_limit,
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, srv->cfg.per_ip_limit,
		MHD_OPTION_CONNECTION_TIMEOUT, srv->cfg.idle_timeout_s,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, srv->cfg.connection_memory,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, srv,
		MHD_OPTION_NOTIFY_CONNECTION, conn_guard_notify, srv->guard,
		MHD_OPTION_URI_LOG_CALLBACK, uri_log, srv,
		MHD_OPTION_END);
	if (srv->daemon == NULL) {
		fprintf(stderr, "dieuhanh: cannot listen on %s:%u (address in use, or no permission)\n",
		        srv->cfg.listen_host, srv->cfg.listen_port);
		if (srv->static_fd >= 0)
			close(srv->static_fd);
		workpool_stop(srv->slow);
		workpool_stop(srv->build);
		http_cache_free(srv->cache);
		conn_guard_free(srv->guard);
		metrics_free(srv->metrics);
		srv->metrics = NULL;
		return false;
	}
	return true;
}

void http_server_stop(struct http_server *srv, unsigned int grace_ms)
{
	MHD_socket listen_fd = MHD_quiesce_daemon(srv->daemon);
	if (listen_fd != MHD_INVALID_SOCKET)
		close(listen_fd);
	for (unsigned int waited = 0; atomic_load(&in_flight) > 0 && waited < grace_ms; waited += 10)
		usleep(10 * 1000);
	/* The pool first: its jobs resume connections the daemon still owns. */
	workpool_stop(srv->slow);
	srv->slow = NULL;
	workpool_stop(srv->build);
	srv->build = NULL;
	MHD_stop_daemon(srv->daemon);
	srv->daemon = NULL;
	/* Every thread that logged has ended: their last lines are written now. */
	log_lines_close(srv->access_lines);
	srv->access_lines = NULL;
	conn_guard_free(srv->guard);
	srv->guard = NULL;
	http_cache_free(srv->cache);
	srv->cache = NULL;
	metrics_free(srv->metrics);
	srv->metrics = NULL;
	if (srv->static_fd >= 0)
		close(srv->static_fd);
}
