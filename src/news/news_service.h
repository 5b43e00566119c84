/*
 * news_service.h: writing, reviewing, publishing and reading articles.
 *
 * Every write runs in one transaction (org_in_transaction): the article is
 * read, the editor's permission on its unit checked, the change written,
 * the news revision bumped and the audit entry recorded together.  Reads
 * for the handlers and pages are here too: no handler calls the store.
 */
#ifndef DIEUHANH_NEWS_SERVICE_H
#define DIEUHANH_NEWS_SERVICE_H

#include <jansson.h>

#include "auth/auth.h"
#include "news/news.h"
#include "news/news_store.h"
#include "org/org_service.h"

/* The module's permissions (news_module.c). */
extern const struct permission news_perm_write, news_perm_publish;
/* Draft an article for the unit, edit it, submit it for review. */
#define PERM_NEWS_WRITE (&news_perm_write)
/* Approve (publish now or at a set time), send back, withdraw. */
#define PERM_NEWS_PUBLISH (&news_perm_publish)

/* The fields a save sets; NULL (0 for UNIT_ID) leaves the field as it is. */
struct news_edit {
	const char *title, *lead, *body, *category, *author;
	int64_t unit_id;        /* on creation only */
};

/* ID 0 creates a draft; else edits article ID (draft or review only: ORG_CONFLICT). */
enum org_result news_save(struct store *st, struct arena *a, const struct principal *who,
                          int64_t id, const struct news_edit *e, struct article *out,
                          struct org_error *err);
/* The same inside the caller's transaction (the demo loader); no retry. */
enum org_result news_save_in(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, const struct news_edit *e, struct article *out,
                             struct org_error *err);

/*
 * Moves article ID to status TO (news_transition); PUBLISH_AT is the
 * publication time when TO is published (0: now).  ORG_CONFLICT when the
 * workflow has no such step, ORG_FORBIDDEN when WHO may not take it.
 */
enum org_result news_move(struct store *st, struct arena *a, const struct principal *who,
                          int64_t id, enum news_status to, int64_t publish_at,
                          struct article *out, struct org_error *err);
enum org_result news_move_in(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, enum news_status to, int64_t publish_at,
                             struct article *out, struct org_error *err);

/*
 * Adds an image (JPEG, PNG or WebP, at most NEWS_IMAGE_MAX bytes, checked by
 * its bytes, not by its name) to article ID with its alt text and caption,
 * and a thumbnail NEWS_THUMB_WIDTH wide; *OUT gets the record.
 */
enum org_result news_image_add(struct store *st, struct arena *a, const struct principal *who,
                               int64_t id, const unsigned char *bytes, size_t len,
                               const char *alt, const char *caption, struct news_image *out,
                               struct org_error *err);

/*
 * Takes picture IMAGE_ID off article ARTICLE_ID (a draft or in review, by
 * one who may write it): refused (ORG_CONFLICT, field "image") while the
 * text shows it, so no article is left with a hole.  Audited, as is each
 * picture the removal moves up a place.
 */
enum org_result news_image_remove(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t article_id, int64_t image_id, struct org_error *err);
/* Moves the picture one place EARLIER (or later) among the article's pictures; audited. */
enum org_result news_image_move(struct store *st, struct arena *a, const struct principal *who,
                                int64_t article_id, int64_t image_id, bool earlier,
                                struct org_error *err);

enum org_result news_image_add_in(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t id,
                                  const unsigned char *bytes, size_t len, const char *alt,
                                  const char *caption, struct news_image *out,
                                  struct org_error *err);
/* Sets the stored view count of article ID (the demo's figures). */
enum org_result news_set_views_in(struct store *st, int64_t id, int64_t views);

/* ---- reads ----------------------------------------------------------- */

/* The current Unix time (scheduled articles appear when it passes their time). */
int64_t news_now(void);

/*
 * Article ID or SLUG as WHO may see it: a public one for anyone, an
 * unpublished one for those who may write for its unit.  STORE_NOT_FOUND
 * otherwise (a draft's existence is not told).  *EDITOR says whether WHO
 * may write for its unit.
 */
int news_article_read(struct store *st, struct arena *a, const struct principal *who,
                      int64_t id, const char *slug, struct article *out, bool *editor);
int news_public_list(struct store *st, const struct news_filter *f, struct arena *a,
                     struct article **out, size_t *n);
/*
 * The public's articles matching FOLDED_Q (vn_fold'ed), best first (news_search_score),
 * at most LIMIT, of CATEGORY when not NULL.
 */
int news_search(struct store *st, struct arena *a, const char *folded_q, const char *category,
                int limit, struct article **out, size_t *n);
/* The articles WHO may edit or publish (any status), last changed first. */
int news_editor_list(struct store *st, struct arena *a, const struct principal *who,
                     struct article **out, size_t *n);
int news_public_stamp(struct store *st, struct news_stamp *out);
int news_image_list(struct store *st, int64_t article_id, struct arena *a,
                    struct news_image **out, size_t *n);
/* An image whose article WHO may see. */
int news_image_read(struct store *st, struct arena *a, const struct principal *who, int64_t id,
                    struct news_image *out);

bool news_may_write(struct store *st, struct arena *a, const struct principal *who, int64_t unit);
bool news_may_publish(struct store *st, struct arena *a, const struct principal *who,
                      int64_t unit);
/* May WHO write for some unit (the editor's menu entry). */
bool news_is_editor(const struct principal *who);

/* The record as JSON (the API's shape); FULL adds lead, body, author, status. */
json_t *news_article_json(const struct article *a, bool full);

/* The history of an article: the audit permission on its unit. */
bool news_audit_article_may_read(struct store *st, struct arena *a,
                                 const struct principal *who, int64_t id);

/* ---- the view counter (news_views.c) ---------------------------------- */

/*
 * Counts one view of article ID in memory; a thread writes the counts in
 * batches every NEWS_VIEWS_FLUSH_MS (started on the first view).
 */
enum { NEWS_VIEWS_FLUSH_MS = 2000 };
void news_views_count(struct store *st, int64_t id);
/* Views of ID counted but not yet written (added to the stored count when shown). */
int64_t news_views_pending(int64_t id);
/*
 * The count to show for ID whose stored count was read as STORED (maybe a
 * while ago, by a cached page): the newer of STORED and what the database
 * answered at this process's last write, plus the counts not yet written.
 */
int64_t news_views_shown(int64_t id, int64_t stored);
/* Writes every pending count now; returns the number of articles written. */
size_t news_views_flush(struct store *st);
/* Stops the flushing thread and writes what is left (server shutdown). */
void news_views_stop(struct store *st);

#endif
