/*
 * news.h: articles of the public portal, their rules, pure (no HTTP, no
 * database): the editorial workflow, slugs, categories, the Markdown
 * rendering, who counts as a reader for the view counter.  See docs/PORTAL.md.
 */
#ifndef DIEUHANH_NEWS_H
#define DIEUHANH_NEWS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;

/*
 * draft → review → published → withdrawn (→ draft again).  A published
 * article with a publication time still ahead is scheduled: the public sees
 * it from that time on, with no further write.
 */
enum news_status { NEWS_DRAFT, NEWS_REVIEW, NEWS_PUBLISHED, NEWS_WITHDRAWN, NEWS_STATUS_COUNT };

struct article {
	int64_t id;
	const char *slug;
	const char *title;
	const char *lead;        /* the standfirst, plain text */
	const char *body;        /* Markdown */
	const char *category;    /* a code of news_categories */
	const char *author;
	int64_t unit_id;         /* the unit that publishes it (a ward publishes under the district) */
	enum news_status status;
	int64_t published_at;    /* Unix time; 0 until published */
	int64_t updated_at;
	int64_t views;           /* as stored; the counter adds what it has not flushed yet */
};

struct news_image {
	int64_t id;
	int64_t article_id;
	int position;
	const char *mime;
	const char *alt;
	const char *caption;
	int width, height;
	const unsigned char *data;
	size_t data_len;
	const unsigned char *thumb;
	size_t thumb_len;
};

/* Limits (bytes of UTF-8). */
enum {
	NEWS_TITLE_MAX = 300,
	NEWS_LEAD_MAX = 2000,
	NEWS_BODY_MAX = 200000,
	NEWS_AUTHOR_MAX = 200,
	NEWS_SLUG_MAX = 100,
	NEWS_SLUG_WORDS = 64,    /* a made slug's length before a "-NN" suffix */
	NEWS_ALT_MAX = 500,
	NEWS_CAPTION_MAX = 1000,
	NEWS_IMAGE_MAX = 5 * 1024 * 1024,
	NEWS_THUMB_WIDTH = 480,
};

/* "draft", "review", "published", "withdrawn"; -1 for an unknown name. */
const char *news_status_name(enum news_status s);
int news_status_parse(const char *s);

struct news_category {
	const char *code;
	const char *label;       /* English, marked N_() */
};
/* The categories, ending with { NULL }. */
extern const struct news_category news_categories[];
const struct news_category *news_category_find(const char *code);

/* What a change of status needs. */
enum news_move {
	NEWS_MOVE_OK,
	NEWS_MOVE_NOT_AN_EDGE,   /* the workflow has no such step (409) */
	NEWS_MOVE_FORBIDDEN,     /* the step needs a role the editor lacks (403) */
};
/*
 * May an editor move an article FROM → TO?  MAY_WRITE: drafts and submits
 * for the article's unit; MAY_PUBLISH: approves, publishes, withdraws.
 */
enum news_move news_transition(enum news_status from, enum news_status to, bool may_write,
                               bool may_publish);
/* Content may change only before publication (draft, review). */
bool news_editable(enum news_status s);

/* Does the public see A at time NOW (published and its time has come)? */
bool news_visible(const struct article *a, int64_t now);

/*
 * A slug from a title: folded (no diacritics, đ→d), lower case, runs of
 * anything but a-z0-9 → '-', trimmed, at most NEWS_SLUG_WORDS bytes (cut
 * at a word's end) so a "-NN" suffix fits.  "Quận 9: Tập trung" → "quan-9-tap-trung".  "" when
 * nothing is left (the caller uses "bai-viet").
 */
char *news_slugify(const char *title, struct arena *a);
/* Is S a slug this module would make (1..NEWS_SLUG_MAX of a-z 0-9 '-')? */
bool news_slug_valid(const char *s);

/*
 * FIELD and DETAIL of the first problem of A's content, or true.  Checks
 * lengths, a known category, non-empty title and body.
 */
bool news_check(const struct article *a, const char **field, const char **detail);

/*
 * The body's HTML, malloc'd: CommonMark through cmark with its safe
 * defaults, so raw HTML in the source is dropped and javascript: links
 * are not made.  NULL on failure.
 */
char *news_markdown_html(const char *markdown);

/*
 * news_markdown_html() with the article's pictures IMGS (N of them) placed
 * where the Markdown puts them: ![alt](image:ID), or the picture's address
 * ![alt](/media/articles/ID), for ID one of IMGS.  The alt text is the
 * Markdown's, else the picture's own; a picture alone in its paragraph gets
 * its caption under it.  Any other image (another article's, another
 * site's: a tracking pixel) is left as its alt text.  PLACED (may be NULL)
 * gets true for each of IMGS the body shows.  NULL on failure.
 */
char *news_body_html(const char *markdown, const struct news_image *imgs, size_t n,
                     bool *placed);

/* The ID of ![](image:ID) or ![](/media/articles/ID); 0 when URL names no picture. */
int64_t news_image_ref(const char *url);

/*
 * The view counter's rule for who is a reader (docs/PORTAL.md): not a
 * reader when the User-Agent is missing or names a robot, a crawler, a
 * link previewer, a monitor, a command-line client or a headless browser;
 * nor a prefetch (Purpose / Sec-Purpose: prefetch).
 */
bool news_is_bot(const char *user_agent, const char *purpose);

/*
 * A score for how well FOLDED_Q (vn_fold'ed, non-empty) matches the
 * article's folded title, lead and body: 0 when some word of the query is
 * nowhere.  A whole-phrase hit in the title counts most, then words in the
 * title, the lead, the body.
 */
int news_search_score(const char *folded_q, const char *title_f, const char *lead_f,
                      const char *body_f);

/* A Unix time as RFC 3339 in UTC+7: "2019-01-17T20:50:00+07:00", into BUF (>= 26). */
void news_time_rfc3339(int64_t t, char *buf, size_t n);
/* Parses "2019-01-17T20:50" / "…:00" / "…+07:00" / "…Z" (no zone: UTC+7); false if not. */
bool news_time_parse(const char *s, int64_t *out);

#endif
