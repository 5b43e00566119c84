/*
 * cache.h: rendered response bodies kept by (key, revision), and built once.
 *
 * A handler whose output depends only on a key and on a revision counter
 * the database keeps (the unit tree: its root and org_revision; a year's
 * board: the year and its revision) looks the body up here before doing
 * the work.  A newer revision simply misses, so entries never need
 * invalidating; the least recently used go when the cache is full.
 *
 * Bodies are shared, not copied: a hit hands out a reference that the
 * reply gives to libmicrohttpd, which drops it when the body is sent (a
 * 500 KB board served 6,000 times a second would otherwise be copied at
 * 3 GB/s).
 *
 * http_cache_serve() adds single flight: when the body is missing, one
 * request builds it on the build pool while every other request for the
 * same key waits suspended, holding no HTTP thread, and all are answered
 * from the one result.  Under a stream of writes the revision changes
 * faster than a body is built; so a request is answered by any body whose
 * data was read after the request read its revision (the ticket: see
 * http_cache_ticket), not only by one of its exact revision.  The builds
 * of one key then follow each other one at a time, each answering
 * everyone who arrived before it started, whatever the write rate.
 *
 * And while a build is on its way, readers are not kept waiting for it:
 * they get the body there is (the previous one; for the first second of
 * the build: one stuck behind the database makes them wait after that),
 * except a client who has written since that body's data was read
 * (http_cache_wrote), who waits for a body holding the write.  So under a
 * stream of figures a reader never waits a rebuild unless it starts one
 * (the first reader after a write, when none is on its way) or wrote;
 * and a body, once served, is never followed by an older one.
 */
#ifndef DIEUHANH_HTTP_CACHE_H
#define DIEUHANH_HTTP_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct http_cache;
struct http_request;
struct MHD_Response;

/* An immutable, reference-counted body.  It may hold NULs: use its length. */
struct http_body;

/* A body holding DATA (malloc'd, taken over) of LEN bytes; NULL (DATA freed) when out of memory. */
struct http_body *http_body_take(char *data, size_t len);
/* A body holding a copy of LEN bytes at DATA. */
struct http_body *http_body_copy(const char *data, size_t len);
/*
 * A body holding a structure instead of bytes (a judged family of targets):
 * SIZE is what it weighs against the cache's bound; DESTROY frees it when
 * the last reference goes (and at once, when out of memory).  Never sent.
 */
struct http_body *http_body_object(void *object, size_t size, void (*destroy)(void *object));
void *http_body_object_of(const struct http_body *b);
const char *http_body_data(const struct http_body *b);
size_t http_body_len(const struct http_body *b);
struct http_body *http_body_ref(struct http_body *b);
/* A libmicrohttpd response sending B without a copy; it holds a reference until sent. */
struct MHD_Response *http_body_response(struct http_body *b);
void http_body_release(struct http_body *b);   /* NULL is fine */

/* A cache of at most MAX_ENTRIES bodies and MAX_BYTES bytes of them. */
struct http_cache *http_cache_new(size_t max_entries, size_t max_bytes);
void http_cache_free(struct http_cache *c);

/*
 * A reference to the body for (KEY, REV), or NULL.  KEY names what was
 * rendered ("tree:2", "board-json:2019:18000"); keys are at most 95 bytes.
 */
struct http_body *http_cache_ref(struct http_cache *c, const char *key, int64_t rev);
/*
 * Lookups so far that found a current body (*HITS), that did not
 * (*MISSES), and that were served the previous body while a newer one was
 * built (*STALE).
 */
void http_cache_stats(struct http_cache *c, uint64_t *hits, uint64_t *misses, uint64_t *stale);
/* Keeps B (the cache takes its own reference) for (KEY, REV). */
void http_cache_store(struct http_cache *c, const char *key, int64_t rev, struct http_body *b);

/*
 * The same by copies, for handlers that splice a cached fragment into a
 * page: a malloc'd copy with a NUL after its LEN bytes (the body may hold
 * NULs of its own: write it by LEN, never by strlen).
 */
bool http_cache_get(struct http_cache *c, const char *key, int64_t rev, char **body,
                    size_t *len);
void http_cache_put(struct http_cache *c, const char *key, int64_t rev, const char *body,
                    size_t len);

/*
 * Builds the body on a build-pool thread (the request's store and arena
 * are its own meanwhile): it reads the revision first, into *REV, then
 * the data.  NULL when it could not (a store failure: call
 * http_note_store_failure so the answer can be 503).
 */
typedef struct http_body *(*http_build_fn)(struct http_request *req, int64_t *rev);
/*
 * Replies with BODY on an HTTP thread; BODY is NULL when the build failed.
 * BODY is lent: take a reference to keep it (reply_body does).
 */
typedef void (*http_reply_fn)(struct http_request *req, struct http_body *body);

/*
 * Take a ticket before reading the revision a request is to be served at:
 * a body built from data read after the ticket was taken holds everything
 * that revision covers.
 */
uint64_t http_cache_ticket(void);

/*
 * Replies with the body for KEY at revision REV (read after TICKET was
 * taken), or newer: from the cache at once, or built by BUILD once for
 * everyone asking meanwhile.  Call as the handler's last action.  A full
 * build queue answers 503.
 */
void http_cache_serve(struct http_request *req, const char *key, int64_t rev, uint64_t ticket,
                      http_build_fn build, http_reply_fn reply);

/*
 * REQ has written (any method but GET and HEAD, answered now): from now on
 * its client (by its credentials: http_client_credentials) is served only
 * bodies whose data was read after this.  A client without credentials
 * cannot write.
 */
void http_cache_wrote(struct http_request *req);

#endif
