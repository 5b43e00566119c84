/*
 * router.h: one static route table, matched by method and path.
 *
 * Patterns are literal segments and "{name}" parameters:
 * "/api/v1/units/{id}/tree"; a last segment "{*rest}" takes the remainder
 * of the path, slashes included.  A path that matches a pattern with another
 * method gets 405 with Allow; no pattern at all gets 404.
 */
#ifndef DIEUHANH_HTTP_ROUTER_H
#define DIEUHANH_HTTP_ROUTER_H

#include "http/request.h"

typedef void (*http_handler)(struct http_request *req);

struct route {
	unsigned int methods;     /* mask of enum http_method */
	const char *pattern;
	http_handler handler;
	/*
	 * Bytes of body this route accepts when it needs more than the server's
	 * cap (http_config.body_limit); 0: the cap.
	 */
	size_t body_limit;
};

/*
 * Finds the route for REQ's method and path and fills req->params.  When
 * nothing matches returns NULL and sets *ALLOWED to the methods the path
 * does accept (0: unknown path).  Tables end with a { 0, NULL, NULL } row.
 */
const struct route *router_find(const struct route *table, struct http_request *req,
                                unsigned int *allowed);
/* router_find's handler, or NULL. */
http_handler router_match(const struct route *table, struct http_request *req,
                          unsigned int *allowed);

/* "GET, HEAD, POST" for a method mask, into BUF. */
void router_allow_header(unsigned int methods, char *buf, size_t len);

#endif
