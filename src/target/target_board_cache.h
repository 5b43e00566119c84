/*
 * target_board_cache.h: a year's board assembled from judged families kept
 * in the cache, for the handlers that render it.
 *
 * Judging the whole year reads every target and figure of it (150 ms on
 * the large case: 300 units x 50 targets); a figure changes one family (a
 * top-level target and its breakdown).  So each family is kept judged, in
 * memory, at its family's revision, and a board is put together from them:
 * after a figure only that family is read and judged again.
 */
#ifndef DIEUHANH_TARGET_BOARD_CACHE_H
#define DIEUHANH_TARGET_BOARD_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "target/target_board.h"

struct http_request;
struct http_body;

struct board_parts {
	struct board b;            /* rows: each family's top row, in code order */
	int64_t *revs;             /* each row's family revision: what a row's rendering is kept at */
	struct http_body **refs;   /* the judged families, held while B is in use */
	size_t nrefs;
};

/*
 * YEAR's board as of AS_OF into OUT, the year's revision read first into
 * *REV (what is read after it is at least that new).  False on a store
 * failure (noted for a 503).  Release OUT with target_board_parts_release.
 */
bool target_board_assemble(struct http_request *req, int year, int64_t as_of, int64_t *rev,
                           struct board_parts *out);
void target_board_parts_release(struct board_parts *p);

/*
 * The same for a handler that reads the board as it renders (the late
 * reports, the home and unit pages, the transparency pages): *OUT points
 * into the judged families, which the request holds until it ends.  Not
 * the whole year read and judged again on every view: 265 ms on the large
 * case.  False on a store failure (noted for a 503).
 */
bool target_board_of_year(struct http_request *req, int year, int64_t as_of, struct board *out);

#endif
