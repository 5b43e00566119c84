/* news_store.c: news_store.h over the engine layer, for both engines. */
#include "news/news_store.h"

#include <stdio.h>
#include <string.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "util/arena.h"

#define DB_SQL_FILE "news/news_sql.h"
#define DB_SQL_PREFIX news
#define DB_SQL_MODULE "news"
#include "store/db_sql_list.h"

/* Column 8 is the status's name: read by hand, the rest by spec. */
static const struct db_col article_cols[] = {
	DB_COL_OF(INT64, struct article, id),
	DB_COL_OF(TEXT, struct article, slug),
	DB_COL_OF(TEXT, struct article, title),
	DB_COL_OF(TEXT, struct article, lead),
	DB_COL_OF(TEXT, struct article, body),
	DB_COL_OF(TEXT, struct article, category),
	DB_COL_OF(TEXT, struct article, author),
	DB_COL_OF(INT64, struct article, unit_id),
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(INT64, struct article, published_at),
	DB_COL_OF(INT64, struct article, updated_at),
	DB_COL_OF(INT64, struct article, views),
};

static int article_row(void *cls, const struct db_row *row)
{
	struct db_array *rows = cls;
	struct article *a = db_array_push(rows);
	db_row_read(row, DB_COLS(article_cols), rows->a, a);
	size_t len;
	const char *s = db_row_text_raw(row, 8, &len);
	char name[16];
	snprintf(name, sizeof name, "%.*s", (int)(s ? len : 0), s ? s : "");
	int k = news_status_parse(name);
	a->status = k < 0 ? NEWS_DRAFT : (enum news_status)k;
	return 0;
}

static enum store_status articles(struct store *st, size_t id, const struct db_param *p,
                                  size_t np, struct arena *a, struct article **out, size_t *n)
{
	struct db_array rows = { .a = a, .size = sizeof **out };
	enum store_status rc = db_query(st, &news_sql, id, p, np, article_row, &rows, NULL);
	*out = db_array_done(&rows, rc, n);
	return rc;
}

static enum store_status one(struct store *st, size_t id, const struct db_param *p,
                             size_t np, struct arena *a, struct article *out)
{
	struct article *list;
	size_t n;
	enum store_status rc = articles(st, id, p, np, a, &list, &n);
	if (rc == STORE_OK && n == 0)
		rc = STORE_NOT_FOUND;
	if (rc == STORE_OK)
		*out = list[0];
	return rc;
}

static enum store_status article_get(struct store *st, int64_t id, struct arena *a,
                                     struct article *out)
{
	return one(st, NEWS_ARTICLE_GET, DB_PARAMS(db_int64(id)), a, out);
}

static enum store_status article_get_by_slug(struct store *st, const char *slug,
                                             struct arena *a, struct article *out)
{
	return one(st, NEWS_ARTICLE_GET_BY_SLUG, DB_PARAMS(db_text(slug)), a, out);
}

static enum store_status article_public(struct store *st, const struct news_filter *f,
                                        struct arena *a, struct article **out, size_t *n)
{
	return articles(st, NEWS_ARTICLE_PUBLIC,
	                DB_PARAMS(db_int64(f->now), db_text(f->category), db_text(f->q_like),
	                          db_int64(f->exclude_id), db_int64(f->limit > 0 ? f->limit : 20),
	                          db_int64(f->offset)), a, out, n);
}

static enum store_status article_all(struct store *st, const char *status, int limit,
                                     struct arena *a, struct article **out, size_t *n)
{
	return articles(st, NEWS_ARTICLE_ALL,
	                DB_PARAMS(db_text(status), db_int64(limit > 0 ? limit : 100)), a, out, n);
}

static enum store_status slug_taken(struct store *st, const char *slug, bool *taken)
{
	int64_t n = 0;
	enum store_status rc = db_scalar(st, &news_sql, NEWS_ARTICLE_SLUG_TAKEN,
	                                 DB_PARAMS(db_text(slug)), &n);
	*taken = n > 0;
	return rc;
}

static const struct db_col id_col[] = { DB_COL_OF(INT64, struct article, id) };

static enum store_status article_insert(struct store *st, struct article *a,
                                        const char *search_key)
{
	return db_get(st, &news_sql, NEWS_ARTICLE_INSERT,
	              DB_PARAMS(db_text(a->slug), db_text(a->title), db_text(a->lead ? a->lead : ""),
	                        db_text(a->body), db_text(a->category),
	                        db_text(a->author ? a->author : ""), db_int64(a->unit_id),
	                        db_text(news_status_name(a->status)), db_int64(a->published_at),
	                        db_int64(a->updated_at), db_int64(a->views), db_text(search_key)),
	              DB_COLS(id_col), NULL, a);
}

static enum store_status article_update(struct store *st, const struct article *a,
                                        const char *search_key)
{
	return db_change(st, &news_sql, NEWS_ARTICLE_UPDATE,
	                 DB_PARAMS(db_int64(a->id), db_text(a->title), db_text(a->lead ? a->lead : ""),
	                           db_text(a->body), db_text(a->category),
	                           db_text(a->author ? a->author : ""),
	                           db_text(news_status_name(a->status)), db_int64(a->published_at),
	                           db_int64(a->updated_at), db_text(search_key)));
}

static const struct db_col views_col[] = { DB_COL_OF(INT64, struct article, views) };

static enum store_status add_views(struct store *st, int64_t id, int64_t n, int64_t *total)
{
	struct article a = { 0 };
	enum store_status rc = db_get(st, &news_sql, NEWS_ARTICLE_ADD_VIEWS,
	                              DB_PARAMS(db_int64(id), db_int64(n)), DB_COLS(views_col),
	                              NULL, &a);
	*total = a.views;
	return rc;
}

static enum store_status set_views(struct store *st, int64_t id, int64_t n)
{
	return db_change(st, &news_sql, NEWS_ARTICLE_SET_VIEWS, DB_PARAMS(db_int64(id), db_int64(n)));
}

static const struct db_col stamp_cols[] = {
	DB_COL_OF(INT64, struct news_stamp, count),
	DB_COL_OF(INT64, struct news_stamp, newest),
	DB_COL_OF(INT64, struct news_stamp, revision),
	DB_COL_OF(INT64, struct news_stamp, changed),
	DB_COL_OF(INT64, struct news_stamp, next_due),
};

static enum store_status public_stamp(struct store *st, int64_t now, struct news_stamp *out)
{
	memset(out, 0, sizeof *out);
	return db_get(st, &news_sql, NEWS_PUBLIC_STAMP, DB_PARAMS(db_int64(now)),
	              DB_COLS(stamp_cols), NULL, out);
}

static enum store_status revision_bump(struct store *st)
{
	return db_change(st, &news_sql, NEWS_REVISION_BUMP, DB_NO_PARAMS);
}

/* ---- images ---------------------------------------------------------- */

static const struct db_col image_cols[] = {
	DB_COL_OF(INT64, struct news_image, id),
	DB_COL_OF(INT64, struct news_image, article_id),
	DB_COL_OF(INT, struct news_image, position),
	DB_COL_OF(TEXT, struct news_image, mime),
	DB_COL_OF(TEXT, struct news_image, alt),
	DB_COL_OF(TEXT, struct news_image, caption),
	DB_COL_OF(INT, struct news_image, width),
	DB_COL_OF(INT, struct news_image, height),
	DB_COL_BLOB_OF(struct news_image, data, data_len),
	DB_COL_BLOB_OF(struct news_image, thumb, thumb_len),
};

static const struct db_col image_id_col[] = { DB_COL_OF(INT64, struct news_image, id) };

static enum store_status image_insert(struct store *st, struct news_image *img,
                                      int64_t created_at)
{
	return db_get(st, &news_sql, NEWS_IMAGE_INSERT,
	              DB_PARAMS(db_int64(img->article_id), db_int64(img->position),
	                        db_text(img->mime), db_text(img->alt ? img->alt : ""),
	                        db_text(img->caption ? img->caption : ""), db_int64(img->width),
	                        db_int64(img->height), db_blob(img->data, img->data_len),
	                        db_blob(img->thumb, img->thumb_len), db_int64(created_at)),
	              DB_COLS(image_id_col), NULL, img);
}

static enum store_status image_list(struct store *st, int64_t article_id, struct arena *a,
                                    struct news_image **out, size_t *n)
{
	void *v;
	enum store_status rc = db_list(st, &news_sql, NEWS_IMAGE_LIST,
	                               DB_PARAMS(db_int64(article_id)), image_cols, 8, a,
	                               sizeof **out, &v, n);
	*out = v;
	return rc;
}

static enum store_status image_get(struct store *st, int64_t id, struct arena *a,
                                   struct news_image *out)
{
	memset(out, 0, sizeof *out);
	return db_get(st, &news_sql, NEWS_IMAGE_GET, DB_PARAMS(db_int64(id)), DB_COLS(image_cols),
	              a, out);
}

static enum store_status image_count(struct store *st, int64_t article_id, int64_t *n)
{
	return db_scalar(st, &news_sql, NEWS_IMAGE_COUNT, DB_PARAMS(db_int64(article_id)), n);
}

static enum store_status image_last_position(struct store *st, int64_t article_id, int64_t *pos)
{
	return db_scalar(st, &news_sql, NEWS_IMAGE_LAST_POSITION, DB_PARAMS(db_int64(article_id)),
	                 pos);
}

static enum store_status image_delete(struct store *st, int64_t article_id, int64_t id)
{
	return db_change(st, &news_sql, NEWS_IMAGE_DELETE,
	                 DB_PARAMS(db_int64(id), db_int64(article_id)));
}

static enum store_status image_set_position(struct store *st, int64_t id, int position)
{
	return db_change(st, &news_sql, NEWS_IMAGE_SET_POSITION,
	                 DB_PARAMS(db_int64(id), db_int64(position)));
}

const struct news_store news_store = {
	.article_get = article_get,
	.article_get_by_slug = article_get_by_slug,
	.article_public = article_public,
	.article_all = article_all,
	.slug_taken = slug_taken,
	.article_insert = article_insert,
	.article_update = article_update,
	.add_views = add_views,
	.set_views = set_views,
	.public_stamp = public_stamp,
	.revision_bump = revision_bump,
	.image_insert = image_insert,
	.image_list = image_list,
	.image_get = image_get,
	.image_count = image_count,
	.image_last_position = image_last_position,
	.image_delete = image_delete,
	.image_set_position = image_set_position,
};

const struct store_module news_storage = { "news", &news_sql, &news_migrations };
