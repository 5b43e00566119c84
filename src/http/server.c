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

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "http/cache.h"
#include "http/reply.h"
#include "util/workpool.h"
#include "text/vntext.h"

/* Requests between their first callback and completion: for graceful stop. */
static atomic_int in_flight;

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

/* MHD post-processor callback: appends (possibly chunked) form values. */
static enum MHD_Result form_iterator(void *cls, enum MHD_ValueKind kind, const char *key,
                                     const char *filename, const char *content_type,
                                     const char *transfer_encoding, const char *data,
                                     uint64_t off, size_t size)
{
	(void)kind, (void)filename, (void)content_type, (void)transfer_encoding;
	struct http_request *req = cls;
	struct form_field *f = req->form;
	if (off == 0 || f == NULL || strcmp(f->key, key) != 0) {
		f = arena_alloc(&req->arena, sizeof *f);
		f->key = arena_strdup(&req->arena, key);
		f->next = req->form;
		req->form = f;
	}
	if (f->len + size > req->server->cfg.body_limit) {
		req->body_too_large = true;
		return MHD_NO;
	}
	char *v = arena_alloc(&req->arena, f->len + size + 1);
	if (f->len)
		memcpy(v, f->value, f->len);
	if (size)
		memcpy(v + f->len, data, size);
	f->len += size;
	v[f->len] = '\0';
	f->value = v;
	return MHD_YES;
}

static bool is_form_type(const char *ct)
{
	return ct && (strncasecmp(ct, MHD_HTTP_POST_ENCODING_FORM_URLENCODED,
	                          strlen(MHD_HTTP_POST_ENCODING_FORM_URLENCODED)) == 0
	              || strncasecmp(ct, MHD_HTTP_POST_ENCODING_MULTIPART_FORMDATA,
	                             strlen(MHD_HTTP_POST_ENCODING_MULTIPART_FORMDATA)) == 0);
}

/* Accepts a chunk of upload; false once the body is over the cap. */
static bool take_upload(struct http_request *req, const char *data, size_t size)
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
		if (MHD_post_process(req->post, data, size) != MHD_YES && !req->body_too_large)
			req->body_kind = BODY_RAW; /* malformed form: handler sees no fields */
		return !req->body_too_large;
	}
	if (req->body_len + size > req->server->cfg.body_limit) {
		req->body_too_large = true;
		return false;
	}
	if (req->body_len + size + 1 > req->body_cap) {
		size_t cap = req->body_cap ? req->body_cap : 4096;
		while (cap < req->body_len + size + 1)
			cap *= 2;
		char *grown = realloc(req->body, cap);
		if (grown == NULL) {
			req->body_too_large = true;
			return false;
		}
		req->body = grown;
		req->body_cap = cap;
	}
	memcpy(req->body + req->body_len, data, size);
	req->body_len += size;
	req->body[req->body_len] = '\0';
	return true;
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
	for (size_t i = 0; i < req->ncookies; i++)
		MHD_add_response_header(req->response, MHD_HTTP_HEADER_SET_COOKIE, req->set_cookie[i]);
	if (req->principal && req->principal->authenticated && req->status < 500)
		MHD_add_response_header(req->response, MHD_HTTP_HEADER_CACHE_CONTROL, "private, no-store");
	else if (req->status >= 500)
		MHD_add_response_header(req->response, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	return MHD_queue_response(req->conn, req->status, req->response);
}

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
 * as its first part, so it is refused here, naming it.
 */
static const char *input_with_nul(struct http_request *req)
{
	const char *bad = NULL;
	MHD_get_connection_values_n(req->conn, MHD_GET_ARGUMENT_KIND, arg_without_nul, &bad);
	for (const struct form_field *f = req->form; f && bad == NULL; f = f->next)
		if (strlen(f->value) != f->len)
			bad = f->key;
	return bad;
}

static void dispatch(struct http_server *srv, struct http_request *req)
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
	unsigned int allowed = 0;
	http_handler h = router_match(srv->routes, req, &allowed);
	if (h == NULL) {
		if (allowed)
			reply_method_not_allowed(req, allowed);
		else
			reply_not_found(req);
		return;
	}
	h(req);
}

static void reply_too_large(struct http_request *req)
{
	reply_problem(req, 413, "about:blank", "Content Too Large",
	              "The request body is larger than the server accepts (1 MiB).", NULL);
}

/* On a pool thread: the deferred work, then wake the connection up. */
static void run_deferred(void *arg)
{
	struct http_request *req = arg;
	req->defer_work(req);
	req->defer_work = NULL;
	req->defer_done = true;
	MHD_resume_connection(req->conn);
}

void http_defer(struct http_request *req, void (*work)(struct http_request *),
                void (*then)(struct http_request *))
{
	req->defer_work = work;
	req->defer_then = then;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
	(void)version;
	struct http_server *srv = cls;
	struct http_request *req = *con_cls;
	if (req == NULL) {
		req = calloc(1, sizeof *req);
		if (req == NULL)
			return MHD_NO;
		atomic_fetch_add(&in_flight, 1);
		clock_gettime(CLOCK_MONOTONIC, &req->start);
		req->conn = conn;
		req->server = srv;
		req->store = srv->store;
		req->method_name = arena_strdup(&req->arena, method);
		req->method = method_of(method);
		req->path = arena_strdup(&req->arena, url);
		*con_cls = req;
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
		if (declared > 8ULL * srv->cfg.body_limit) {
			reply_too_large(req);
			return queue(req);
		}
		if (declared > srv->cfg.body_limit)
			req->body_too_large = true;
		return MHD_YES;
	}
	if (*upload_data_size != 0) {
		/*
		 * MHD 0.9.75 refuses a response queued while the body is still
		 * arriving; past the cap (chunked uploads), discard the rest and
		 * answer on the final callback.
		 */
		if (!req->body_too_large)
			take_upload(req, upload_data, *upload_data_size);
		*upload_data_size = 0;
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
		then(req);
		return queue(req);
	}
	dispatch(srv, req);
	if (req->defer_work && !req->defer_submitted && req->response == NULL) {
		/* Suspend first: the worker may finish before submit returns. */
		MHD_suspend_connection(conn);
		req->defer_submitted = true;
		if (workpool_submit(srv->slow, run_deferred, req))
			return MHD_YES;
		MHD_resume_connection(conn);
		req->defer_work = NULL;
		req->defer_then = NULL;
		reply_unavailable(req, "slow-work queue full");
	}
	return queue(req);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
	(void)conn;
	struct http_server *srv = cls;
	struct http_request *req = *con_cls;
	if (req == NULL)
		return;
	if (srv->cfg.access_log) {
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		long long us = (now.tv_sec - req->start.tv_sec) * 1000000LL
		             + (now.tv_nsec - req->start.tv_nsec) / 1000;
		fprintf(stderr, "%s %s %u %zu %lldus%s\n", req->method_name, req->path,
		        req->status, req->bytes, us,
		        toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " aborted");
	}
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

/* ---- static files -------------------------------------------------- */

static const char *mime_type(const char *path)
{
	static const struct { const char *ext, *type; } types[] = {
		{ ".css", "text/css; charset=utf-8" },
		{ ".js", "text/javascript; charset=utf-8" },
		{ ".svg", "image/svg+xml" },
		{ ".png", "image/png" },
		{ ".ico", "image/x-icon" },
		{ ".woff2", "font/woff2" },
		{ ".txt", "text/plain; charset=utf-8" },
		{ ".html", "text/html; charset=utf-8" },
	};
	const char *dot = strrchr(path, '.');
	if (dot)
		for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
			if (strcmp(dot, types[i].ext) == 0)
				return types[i].type;
	return "application/octet-stream";
}

/* Every segment must be a plain name: no "", ".", ".." or hidden files. */
static bool safe_relative_path(const char *p)
{
	if (*p == '\0')
		return false;
	for (const char *seg = p; seg; ) {
		const char *end = strchr(seg, '/');
		size_t len = end ? (size_t)(end - seg) : strlen(seg);
		if (len == 0 || seg[0] == '.' || memchr(seg, '\\', len))
			return false;
		seg = end ? end + 1 : NULL;
	}
	return true;
}

void http_static_handler(struct http_request *req)
{
	const struct http_server *srv = req->server;
	const char *rel = http_param(req, "path");
	if (rel == NULL || srv->static_fd < 0 || !safe_relative_path(rel)) {
		reply_not_found(req);
		return;
	}
	int fd = openat(srv->static_fd, rel, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	struct stat sb;
	if (fd < 0 || fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		if (fd >= 0)
			close(fd);
		reply_not_found(req);
		return;
	}
	char etag[64];
	snprintf(etag, sizeof etag, "\"%llx-%llx\"", (unsigned long long)sb.st_size,
	         (unsigned long long)sb.st_mtim.tv_sec * 1000000000ULL
	         + (unsigned long long)sb.st_mtim.tv_nsec);
	const char *inm = http_header(req, MHD_HTTP_HEADER_IF_NONE_MATCH);
	struct MHD_Response *resp;
	if (inm && strstr(inm, etag)) {
		close(fd);
		resp = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
		req->status = 304;
		req->bytes = 0;
	} else {
		resp = MHD_create_response_from_fd((uint64_t)sb.st_size, fd);
		if (resp == NULL)
			close(fd);
		req->status = 200;
		req->bytes = (size_t)sb.st_size;
		if (resp)
			MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, mime_type(rel));
	}
	if (resp == NULL) {
		reply_internal_error(req, "cannot create file response");
		return;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, etag);
	/* Not fingerprinted: cache briefly, then revalidate with the ETag. */
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "public, max-age=300");
	req->response = resp;
}

/* ---- start / stop -------------------------------------------------- */

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
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
	srv->cache = http_cache_new(128);
	srv->slow = workpool_start(srv->cfg.hash_threads ? srv->cfg.hash_threads : 1, 64);
	if (srv->slow == NULL || srv->cache == NULL) {
		fprintf(stderr, "dieuhanh: cannot start the password-hashing threads\n");
		workpool_stop(srv->slow);
		http_cache_free(srv->cache);
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
		MHD_OPTION_END);
	if (srv->daemon == NULL) {
		fprintf(stderr, "dieuhanh: cannot listen on %s:%u (address in use, or no permission)\n",
		        srv->cfg.listen_host, srv->cfg.listen_port);
		if (srv->static_fd >= 0)
			close(srv->static_fd);
		workpool_stop(srv->slow);
		http_cache_free(srv->cache);
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
	MHD_stop_daemon(srv->daemon);
	srv->daemon = NULL;
	http_cache_free(srv->cache);
	srv->cache = NULL;
	if (srv->static_fd >= 0)
		close(srv->static_fd);
}
