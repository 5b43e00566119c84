/*
 * portal.h: what the public portal's pages share — the conditional-request
 * answer (ETag / Last-Modified / 304) computed from the news set's stamp,
 * and HTTP dates.
 */
#ifndef DIEUHANH_PORTAL_H
#define DIEUHANH_PORTAL_H

#include <stdbool.h>
#include <stdint.h>

#include "http/request.h"

struct news_stamp;

/* "Thu, 17 Jan 2019 13:50:00 GMT" into BUF (>= 32). */
void portal_http_date(int64_t t, char *buf, size_t n);
/* Parses an HTTP date (IMF-fixdate); false if not one. */
bool portal_parse_http_date(const char *s, int64_t *t);

/*
 * The validators of a resource built from the public news (KIND names it in
 * the ETag, so the feed and the sitemap differ): true after answering 304
 * when the request's If-None-Match (else If-Modified-Since) says the reader
 * has it; else fills ETAG and LAST_MODIFIED for portal_validators().
 */
bool portal_not_modified(struct http_request *req, const char *kind, const char *variant,
                         const struct news_stamp *s, char *etag, size_t etag_n,
                         char *last_modified, size_t lm_n);
/* Adds ETag, Last-Modified and Cache-Control to the reply just made. */
void portal_validators(struct http_request *req, const char *etag, const char *last_modified);

#endif
