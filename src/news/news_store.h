/*
 * news_store.h: the news module's storage: articles, their images, the
 * view counts, the public set's fingerprint.  One const table of
 * functions, implemented once in news_store.c over store/db.h with the
 * statements of news_sql.h.
 */
#ifndef DIEUHANH_NEWS_STORE_H
#define DIEUHANH_NEWS_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "news/news.h"
#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;
struct module_migrations;

struct news_filter {
	int64_t now;             /* the public's articles: published at or before NOW */
	const char *category;    /* NULL: any */
	const char *q_like;      /* NULL: any; else a folded, LIKE-escaped substring */
	int64_t exclude_id;      /* 0: none (related articles leave the article out) */
	int limit;
	int offset;
};

struct news_stamp {
	int64_t count;           /* public articles */
	int64_t newest;          /* the latest publication time among them */
	int64_t revision;        /* bumped by every write to articles */
	int64_t changed;         /* the latest change to any article (a withdrawal too) */
	int64_t next_due;        /* the next scheduled publication after NOW; 0: none */
};

struct news_store {
	enum store_status (*article_get)(struct store *st, int64_t id, struct arena *a,
	                                 struct article *out);
	enum store_status (*article_get_by_slug)(struct store *st, const char *slug,
	                                         struct arena *a, struct article *out);
	/* The public's articles by F, newest first. */
	enum store_status (*article_public)(struct store *st, const struct news_filter *f,
	                                    struct arena *a, struct article **out, size_t *n);
	/* Every article (of STATUS, or any when NULL), last changed first, at most LIMIT. */
	enum store_status (*article_all)(struct store *st, const char *status, int limit,
	                                 struct arena *a, struct article **out, size_t *n);
	/* Is SLUG used by an article? */
	enum store_status (*slug_taken)(struct store *st, const char *slug, bool *taken);
	/* Sets A->id; SEARCH_KEY the folded text.  STORE_CONFLICT on a taken slug. */
	enum store_status (*article_insert)(struct store *st, struct article *a,
	                                    const char *search_key);
	/* Content, status and times of row A->id (not the slug, not the views). */
	enum store_status (*article_update)(struct store *st, const struct article *a,
	                                    const char *search_key);
	/*
	 * views += N (the counter's flush); *TOTAL the count now stored.
	 * STORE_NOT_FOUND when the article is gone.
	 */
	enum store_status (*add_views)(struct store *st, int64_t id, int64_t n, int64_t *total);
	enum store_status (*set_views)(struct store *st, int64_t id, int64_t n);
	enum store_status (*public_stamp)(struct store *st, int64_t now, struct news_stamp *out);
	enum store_status (*revision_bump)(struct store *st);

	/* Sets IMG->id. */
	enum store_status (*image_insert)(struct store *st, struct news_image *img,
	                                  int64_t created_at);
	/* The images of an article without their bytes, by position. */
	enum store_status (*image_list)(struct store *st, int64_t article_id, struct arena *a,
	                                struct news_image **out, size_t *n);
	/* One image with its bytes and thumbnail. */
	enum store_status (*image_get)(struct store *st, int64_t id, struct arena *a,
	                               struct news_image *out);
	enum store_status (*image_count)(struct store *st, int64_t article_id, int64_t *n);
	/* The highest position of an article's pictures; 0 when it has none. */
	enum store_status (*image_last_position)(struct store *st, int64_t article_id, int64_t *pos);
	/* STORE_NOT_FOUND when ARTICLE_ID has no picture ID. */
	enum store_status (*image_delete)(struct store *st, int64_t article_id, int64_t id);
	enum store_status (*image_set_position)(struct store *st, int64_t id, int position);
};

extern const struct news_store news_store;

extern const struct db_sql_list news_sql;
extern const struct module_migrations news_migrations;
extern const struct store_module news_storage;

#endif
