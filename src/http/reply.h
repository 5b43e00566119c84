/*
 * reply.h: the one way out for responses.
 *
 * Each function builds the MHD response for REQ and records status and size
 * for the access log; the server adds the security headers and queues it.
 * Errors on API routes are RFC 9457 problem documents.
 */
#ifndef DIEUHANH_HTTP_REPLY_H
#define DIEUHANH_HTTP_REPLY_H

#include <jansson.h>

#include "http/request.h"

/* Takes ownership of BODY (a jansson value). */
void reply_json(struct http_request *req, unsigned int status, json_t *body);
/* DATA (malloc'd, taken over) with content type TYPE. */
void reply_bytes(struct http_request *req, unsigned int status, char *data, size_t len,
                 const char *type);
/* A shared body (http/cache.h): a reference is taken, released when it has been sent. */
void reply_body(struct http_request *req, unsigned int status, struct http_body *body,
                const char *type);
/* Takes ownership of the malloc'd JSON text. */
void reply_json_text(struct http_request *req, unsigned int status, char *text, size_t len);
/* 304, for a matching If-None-Match. */
void reply_not_modified(struct http_request *req);
/* Takes ownership of the malloc'd HTML. */
void reply_html(struct http_request *req, unsigned int status, char *html, size_t len);
void reply_text(struct http_request *req, unsigned int status, const char *text);

/*
 * application/problem+json: TYPE is a URI reference ("about:blank" for plain
 * HTTP errors), FIELD the offending input field or NULL.
 */
void reply_problem(struct http_request *req, unsigned int status, const char *type,
                   const char *title, const char *detail, const char *field);

/*
 * True when a lookup's store status is STORE_OK; otherwise replies 404
 * (STORE_NOT_FOUND) or 500 and returns false.
 */
bool reply_unless_found(struct http_request *req, int store_status);

/* 404 / 405 (with the Allow header from METHODS, a mask of enum http_method). */
void reply_not_found(struct http_request *req);
void reply_method_not_allowed(struct http_request *req, unsigned int methods);
void reply_internal_error(struct http_request *req, const char *what);
void reply_unavailable(struct http_request *req, const char *what);
/*
 * 503 with Retry-After when the database cannot be reached: a problem
 * document on the API, the error page ("briefly unavailable") for pages;
 * never 401 or a redirect to sign-in, the credentials may be fine.
 * reply_internal_error() turns into this when the store says so.
 */
/*
 * The HTML error page for non-API paths (the web layer installs it at
 * start-up; without one, errors are answered as problem+json). It must
 * read nothing from the store.
 */
typedef void (*reply_page_fn)(struct http_request *req, unsigned int status, const char *title,
                              const char *detail);
void reply_set_problem_page(reply_page_fn page);
void reply_store_unavailable(struct http_request *req, const char *what);

/* 303 See Other to LOCATION (after a form post). */
void reply_redirect(struct http_request *req, const char *location);

/* Adds a header to the queued response (after one of the above). */
void reply_header(struct http_request *req, const char *name, const char *value);

/* True when PATH is an API path: errors there are problem documents. */
bool http_is_api_path(const char *path);

#endif
