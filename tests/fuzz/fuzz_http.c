/*
 * fuzz_http.c: whole requests, as bytes on a socket, through the real
 * server: libmicrohttpd's parsing, then ours — the query string, cookies,
 * urlencoded and multipart forms, JSON bodies, chunked framing, the route
 * table and every handler — over a SQLite database holding the demo.
 *
 * The input is the raw request.  The server must answer with an HTTP
 * status line or close the connection, and never answer 500: whatever a
 * client sends is either served or refused with a 4xx (a 503 is allowed:
 * the database may be busy).  A crash, a sanitizer report or a leak stops
 * the fuzzer like in the other harnesses.
 *
 * Sign-in is left out (each attempt costs an argon2id hash, 64 MiB and a
 * tenth of a second, which would make the fuzzer crawl): inputs that post
 * to /login or /api/v1/session are skipped.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "demo/demo.h"
#include "http/server.h"
#include "module.h"
#include "store/store.h"
#include "web/i18n.h"
#include "web/web.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct http_server srv;
static uint16_t port;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	signal(SIGPIPE, SIG_IGN);
	char dir[] = "/tmp/dieuhanh-fuzz-http.XXXXXX";
	if (mkdtemp(dir) == NULL)
		abort();
	char url[128], err[256];
	snprintf(url, sizeof url, "sqlite:%s/fuzz.db", dir);
	struct store *st = store_open(url, err, sizeof err);
	int version = 0;
	int64_t units, people;
	if (st == NULL || st->ops->migrate(st, &version) != STORE_OK
	    || demo_load(st, &units, &people) != DEMO_LOADED) {
		fprintf(stderr, "fuzz_http: no demo database: %s\n", st ? "" : err);
		abort();
	}
	i18n_init("po");
	web_install();
	srv = (struct http_server){
		.cfg = {
			.listen_host = "127.0.0.1",
			.threads = 1,
			.static_dir = "static",
			.connection_limit = 64,
			.per_ip_limit = 64,
			.idle_timeout_s = 5,
			.header_timeout_s = 5,
			.connection_memory = 128 * 1024,
			.body_limit = 1024 * 1024,
			.hash_threads = 1,
		},
		.store = st,
		.routes = modules_routes(),
		.schema_version = version,
	};
	/* A free port: try a few at random in the ephemeral range. */
	for (int i = 0; i < 50; i++) {
		srv.cfg.listen_port = (uint16_t)(20000 + (unsigned)getpid() % 20000 + (unsigned)i * 97);
		if (http_server_start(&srv)) {
			port = srv.cfg.listen_port;
			return 0;
		}
	}
	fprintf(stderr, "fuzz_http: the server did not start\n");
	abort();
}

static bool skipped(const uint8_t *data, size_t size)
{
	static const char *const slow[] = { "POST /login", "POST /api/v1/session" };
	for (size_t i = 0; i < sizeof slow / sizeof slow[0]; i++) {
		size_t n = strlen(slow[i]);
		if (size >= n && memcmp(data, slow[i], n) == 0)
			return true;
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0 || size > 64 * 1024 || skipped(data, size))
		return 0;
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0)
		abort();
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	struct timeval tv = { .tv_sec = 1 };
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
	if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
		fprintf(stderr, "fuzz_http: connect: %s\n", strerror(errno));
		abort();
	}
	size_t sent = 0;
	while (sent < size) {
		ssize_t w = send(fd, data + sent, size - sent, MSG_NOSIGNAL);
		if (w <= 0)
			break;        /* the server may refuse early (413, 414) and close */
		sent += (size_t)w;
	}
	/* Nothing more is coming: an incomplete request is closed, not waited on. */
	shutdown(fd, SHUT_WR);
	/* The first line of the answer is all the oracle needs. */
	char head[64];
	size_t got = 0;
	while (got < sizeof head - 1) {
		ssize_t r = recv(fd, head + got, sizeof head - 1 - got, 0);
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	head[got] = '\0';
	close(fd);
	if (got == 0)
		return 0;         /* an incomplete request may just be waited on, then closed */
	if (strncmp(head, "HTTP/1.", 7) != 0 || got < 12) {
		fprintf(stderr, "fuzz_http: not an HTTP answer: %.40s\n", head);
		abort();
	}
	if (strncmp(head + 9, "500", 3) == 0) {
		fprintf(stderr, "fuzz_http: the request was answered 500\n");
		abort();
	}
	return 0;
}
