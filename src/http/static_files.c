/*
 * static_files.c: GET /static/{*path}, files under the --static folder.
 *
 * The folder is opened once at start (http_server.static_fd) and every
 * file is reached from it one component at a time with O_NOFOLLOW, so a
 * symbolic link anywhere in the path (a linked folder, not only a linked
 * file) is refused: nothing outside the folder can be served by placing a
 * link inside it.
 */
#define _GNU_SOURCE
#include "http/server.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "http/reply.h"

enum { MAX_SEGMENT = 255, MAX_DEPTH = 16 };

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

/*
 * Opens REL (already checked by safe_relative_path) beneath DIR, refusing
 * a symbolic link at any component; -1 when absent or refused.
 */
static int open_beneath(int dir, const char *rel)
{
	int at = dir;
	int depth = 0;
	for (const char *seg = rel;;) {
		const char *slash = strchr(seg, '/');
		size_t len = slash ? (size_t)(slash - seg) : strlen(seg);
		char name[MAX_SEGMENT + 1];
		if (len > MAX_SEGMENT || ++depth > MAX_DEPTH)
			break;
		memcpy(name, seg, len);
		name[len] = '\0';
		/* O_NONBLOCK: a FIFO placed in the folder must not hang the thread. */
		int flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | (slash ? O_DIRECTORY : O_NONBLOCK);
		int fd = openat(at, name, flags);
		if (at != dir)
			close(at);
		if (fd < 0 || slash == NULL)
			return fd;
		at = fd;
		seg = slash + 1;
	}
	if (at != dir)
		close(at);
	errno = ENAMETOOLONG;
	return -1;
}

void http_static_handler(struct http_request *req)
{
	const struct http_server *srv = req->server;
	const char *rel = http_param(req, "path");
	if (rel == NULL || srv->static_fd < 0 || !safe_relative_path(rel)) {
		reply_not_found(req);
		return;
	}
	int fd = open_beneath(srv->static_fd, rel);
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

