/*
 * cache.h: rendered response bodies kept by (key, revision).
 *
 * A handler whose output depends only on a key and on a revision counter
 * the database keeps (e.g. the unit tree: its root and org_revision) looks
 * the body up here before doing the work.  A newer revision simply misses,
 * so entries never need invalidating; old ones are overwritten in turn.
 */
#ifndef DIEUHANH_HTTP_CACHE_H
#define DIEUHANH_HTTP_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct http_cache;

struct http_cache *http_cache_new(size_t slots);
void http_cache_free(struct http_cache *c);
/*
 * A malloc'd copy of the body for (KEY, REV) into BODY and LEN, or false.
 * The copy has a NUL after its LEN bytes, but the body may hold NULs of its
 * own: write it out by LEN (html_raw_n, reply_bytes), never by strlen.
 * KEY names what was rendered ("tree:2", "board:2019:18000:vi").
 */
bool http_cache_get(struct http_cache *c, const char *key, int64_t rev, char **body,
                    size_t *len);
/* Stores a copy of BODY for (KEY, REV). */
/* Lookups so far that found a body (*HITS) and that did not (*MISSES). */
void http_cache_stats(struct http_cache *c, uint64_t *hits, uint64_t *misses);
void http_cache_put(struct http_cache *c, const char *key, int64_t rev, const char *body,
                    size_t len);

#endif
