/* news_service.c: see news_service.h. */
#include "news/news_service.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "news/news_image.h"
#include "org/org_store.h"
#include "store/db.h"
#include "store/store.h"
#include "text/vntext.h"
#include "util/arena.h"
#include "web/i18n.h"

static void stamp_renew(void);

int64_t news_now(void)
{
	return (int64_t)time(NULL);
}

json_t *news_article_json(const struct article *a, bool full)
{
	char when[40] = "";
	if (a->published_at > 0)
		news_time_rfc3339(a->published_at, when, sizeof when);
	json_t *o = json_pack("{s:I, s:s, s:s, s:o, s:I, s:s}", "id", (json_int_t)a->id,
	                      "slug", a->slug ? a->slug : "", "title", a->title ? a->title : "",
	                      "published_at", a->published_at > 0 ? json_string(when) : json_null(),
	                      "views", (json_int_t)news_views_shown(a->id, a->views),
	                      "category", a->category ? a->category : "");
	if (full) {
		json_object_set_new(o, "lead", json_string(a->lead ? a->lead : ""));
		json_object_set_new(o, "body", json_string(a->body ? a->body : ""));
		json_object_set_new(o, "author", json_string(a->author ? a->author : ""));
		json_object_set_new(o, "unit_id", json_integer(a->unit_id));
		json_object_set_new(o, "status", json_string(news_status_name(a->status)));
	}
	return o;
}

bool news_may_write(struct store *st, struct arena *a, const struct principal *who, int64_t unit)
{
	return (who->authenticated || who->system) && org_allows(st, a, who, PERM_NEWS_WRITE, unit);
}

bool news_may_publish(struct store *st, struct arena *a, const struct principal *who,
                      int64_t unit)
{
	return (who->authenticated || who->system) && org_allows(st, a, who, PERM_NEWS_PUBLISH, unit);
}

bool news_is_editor(const struct principal *who)
{
	return policy_allows_somewhere(who, PERM_NEWS_WRITE);
}

/* NFC copy of *S in the arena; false when not UTF-8. */
static bool nfc(const char **s, struct arena *a)
{
	if (*s == NULL)
		return true;
	char *n = vn_nfc(*s);
	if (n == NULL)
		return false;
	*s = arena_strdup(a, n);
	free(n);
	return true;
}

/* The folded text search looks in: title, lead and body. */
static const char *search_key(struct arena *a, const struct article *art)
{
	const char *all = arena_printf(a, "%s\n%s\n%s", art->title, art->lead ? art->lead : "",
	                               art->body);
	char *f = vn_fold(all);
	const char *out = arena_strdup(a, f ? f : "");
	free(f);
	return out;
}

static enum org_result audit(struct store *st, const struct principal *who, const char *action,
                             const struct article *art, json_t *before)
{
	json_t *after = news_article_json(art, true);
	json_object_del(after, "views");
	if (before)
		json_object_del(before, "views");
	enum store_status s = audit_record(st, &who->actor, action, "article", art->id, before,
	                                   after);
	json_decref(before);
	json_decref(after);
	if (s != STORE_OK)
		return org_from_store(s);
	return org_from_store(news_store.revision_bump(st));
}

/* A free slug from the title: "…", "…-2", … */
static enum org_result free_slug(struct store *st, struct arena *a, struct article *art)
{
	const char *base = news_slugify(art->title, a);
	if (*base == '\0')
		base = "bai-viet";
	for (int i = 1; i < 100; i++) {
		const char *slug = i == 1 ? base : arena_printf(a, "%s-%d", base, i);
		bool taken;
		enum store_status s = news_store.slug_taken(st, slug, &taken);
		if (s != STORE_OK)
			return org_from_store(s);
		/* /news/editor is the newsroom's address. */
		if (!taken && strcmp(slug, "editor") != 0) {
			art->slug = slug;
			return ORG_OK;
		}
	}
	return ORG_CONFLICT;
}

enum org_result news_save_in(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, const struct news_edit *e, struct article *out,
                             struct org_error *err)
{
	struct article art = { 0 };
	json_t *before = NULL;
	enum store_status s;
	if (id != 0) {
		if ((s = news_store.article_get(st, id, a, &art)) != STORE_OK)
			return org_from_store(s);
		if (!news_may_write(st, a, who, art.unit_id))
			return ORG_FORBIDDEN;
		if (!news_editable(art.status)) {
			org_invalid(err, "status", N_("Only a draft or an article in review can be "
			                              "edited; withdraw it first."));
			return ORG_CONFLICT;
		}
		before = news_article_json(&art, true);
	} else {
		art.status = NEWS_DRAFT;
		art.unit_id = e->unit_id;
		struct org_unit u;
		if (e->unit_id <= 0
		    || (s = org_store.unit_get(st, e->unit_id, a, &u)) == STORE_NOT_FOUND)
			return org_invalid(err, "unit_id", N_("No unit has this id."));
		if (s != STORE_OK)
			return org_from_store(s);
		if (!news_may_write(st, a, who, e->unit_id))
			return ORG_FORBIDDEN;
	}
	if (e->title)
		art.title = e->title;
	if (e->lead)
		art.lead = e->lead;
	if (e->body)
		art.body = e->body;
	if (e->category)
		art.category = e->category;
	if (e->author)
		art.author = e->author;
	enum org_result r;
	if (!nfc(&art.title, a) || !nfc(&art.lead, a) || !nfc(&art.body, a)
	    || !nfc(&art.author, a)) {
		r = org_invalid(err, "title", N_("The text is not valid UTF-8."));
		goto out;
	}
	const char *field, *detail;
	if (!news_check(&art, &field, &detail)) {
		r = org_invalid(err, field, detail);
		goto out;
	}
	art.updated_at = news_now();
	if (id == 0) {
		if ((r = free_slug(st, a, &art)) != ORG_OK)
			goto out;
		s = news_store.article_insert(st, &art, search_key(a, &art));
	} else {
		s = news_store.article_update(st, &art, search_key(a, &art));
	}
	if (s != STORE_OK) {
		r = org_from_store(s);
		goto out;
	}
	r = audit(st, who, id ? "update" : "create", &art, before);
	before = NULL;
	if (r == ORG_OK)
		*out = art;
out:
	json_decref(before);
	return r;
}

struct save_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	const struct news_edit *e;
	struct article *out;
	struct org_error *err;
	enum news_status to;
	int64_t publish_at;
};

static enum org_result save_body(struct store *st, void *job)
{
	struct save_job *j = job;
	return news_save_in(st, j->a, j->who, j->id, j->e, j->out, j->err);
}

enum org_result news_save(struct store *st, struct arena *a, const struct principal *who,
                          int64_t id, const struct news_edit *e, struct article *out,
                          struct org_error *err)
{
	struct save_job j = { .a = a, .who = who, .id = id, .e = e, .out = out, .err = err };
	enum org_result r = org_in_transaction(st, save_body, &j);
	stamp_renew();
	return r;
}

enum org_result news_move_in(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, enum news_status to, int64_t publish_at,
                             struct article *out, struct org_error *err)
{
	struct article art;
	enum store_status s = news_store.article_get(st, id, a, &art);
	if (s != STORE_OK)
		return org_from_store(s);
	bool may_write = news_may_write(st, a, who, art.unit_id);
	if (!may_write && !news_may_publish(st, a, who, art.unit_id))
		return ORG_FORBIDDEN;
	switch (news_transition(art.status, to, may_write,
	                        news_may_publish(st, a, who, art.unit_id))) {
	case NEWS_MOVE_OK:
		break;
	case NEWS_MOVE_FORBIDDEN:
		return ORG_FORBIDDEN;
	case NEWS_MOVE_NOT_AN_EDGE:
		org_invalid(err, "status", N_("The editorial workflow has no such step from the "
		                              "article's status."));
		return ORG_CONFLICT;
	}
	json_t *before = news_article_json(&art, true);
	art.status = to;
	if (to == NEWS_PUBLISHED)
		art.published_at = publish_at > 0 ? publish_at : news_now();
	else if (to == NEWS_DRAFT)
		art.published_at = 0;
	art.updated_at = news_now();
	if ((s = news_store.article_update(st, &art, search_key(a, &art))) != STORE_OK) {
		json_decref(before);
		return org_from_store(s);
	}
	enum org_result r = audit(st, who, news_status_name(to), &art, before);
	if (r == ORG_OK)
		*out = art;
	return r;
}

static enum org_result move_body(struct store *st, void *job)
{
	struct save_job *j = job;
	return news_move_in(st, j->a, j->who, j->id, j->to, j->publish_at, j->out, j->err);
}

enum org_result news_move(struct store *st, struct arena *a, const struct principal *who,
                          int64_t id, enum news_status to, int64_t publish_at,
                          struct article *out, struct org_error *err)
{
	struct save_job j = { .a = a, .who = who, .id = id, .out = out, .err = err, .to = to,
	                      .publish_at = publish_at };
	enum org_result r = org_in_transaction(st, move_body, &j);
	stamp_renew();
	return r;
}

struct image_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	struct news_image *img;
	struct org_error *err;
};

/*
 * Article ID into ART when WHO may change its pictures: one who may write
 * for its unit, while it is a draft or in review (a picture added to a
 * published article would show without review, as a figure at its end).
 */
static enum org_result pictures_editable(struct store *st, struct arena *a,
                                         const struct principal *who, int64_t id,
                                         struct article *art, struct org_error *err)
{
	enum store_status s = news_store.article_get(st, id, a, art);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!news_may_write(st, a, who, art->unit_id))
		return ORG_FORBIDDEN;
	if (!news_editable(art->status)) {
		org_invalid(err, "status", N_("Only a draft or an article in review can be "
		                              "edited; withdraw it first."));
		return ORG_CONFLICT;
	}
	return ORG_OK;
}

static enum org_result image_body(struct store *st, void *job)
{
	struct image_job *j = job;
	struct article art;
	enum org_result r = pictures_editable(st, j->a, j->who, j->id, &art, j->err);
	if (r != ORG_OK)
		return r;
	enum store_status s;
	int64_t last = 0;
	if ((s = news_store.image_last_position(st, j->id, &last)) != STORE_OK)
		return org_from_store(s);
	j->img->article_id = j->id;
	j->img->position = (int)last + 1;
	if ((s = news_store.image_insert(st, j->img, news_now())) != STORE_OK)
		return org_from_store(s);
	json_t *after = json_pack("{s:I, s:I, s:s, s:s, s:s, s:i, s:i, s:i}", "id",
	                          (json_int_t)j->img->id, "article_id", (json_int_t)j->id, "mime",
	                          j->img->mime, "alt", j->img->alt, "caption", j->img->caption,
	                          "width", j->img->width, "height", j->img->height, "position",
	                          j->img->position);
	/* In the article's history, which its readers may read: a picture has none of its own. */
	s = audit_record(st, &j->who->actor, "add_picture", "article", j->id, NULL, after);
	json_decref(after);
	if (s != STORE_OK)
		return org_from_store(s);
	return org_from_store(news_store.revision_bump(st));
}

/* Checks the picture and its texts, makes the thumbnail; fills OUT (bytes borrowed). */
static enum org_result image_prepare(struct arena *a, const unsigned char *bytes, size_t len,
                                     const char *alt, const char *caption,
                                     struct news_image *out, struct org_error *err)
{
	memset(out, 0, sizeof *out);
	if (len == 0 || bytes == NULL)
		return org_invalid(err, "image", N_("Choose an image file."));
	if (len > NEWS_IMAGE_MAX)
		return org_invalid(err, "image", N_("The image is larger than 5 MB."));
	out->alt = alt;
	out->caption = caption ? caption : "";
	if (!nfc(&out->alt, a) || !nfc(&out->caption, a))
		return org_invalid(err, "alt", N_("The text is not valid UTF-8."));
	/* Alt text is what a blind reader gets instead of the picture: required. */
	const char *p = out->alt;
	while (p && (*p == ' ' || *p == '\t'))
		p++;
	if (p == NULL || *p == '\0')
		return org_invalid(err, "alt", N_("Describe the image for readers who cannot see it."));
	if (strlen(out->alt) > NEWS_ALT_MAX || strlen(out->caption) > NEWS_CAPTION_MAX)
		return org_invalid(err, "caption", N_("This text is too long."));
	struct news_image_info info;
	if (!news_image_inspect(bytes, len, &info))
		return org_invalid(err, "image", N_("The file is not a JPEG, PNG or WebP image."));
	/*
	 * What is kept is the picture encoded afresh (no camera position or
	 * serial number reaches the public), at most NEWS_IMAGE_SIDE a side;
	 * the thumbnail is made from it.
	 */
	size_t clen = 0, tlen = 0;
	unsigned char *clean = news_image_reencode(bytes, len, &info, NEWS_IMAGE_SIDE, &info.width,
	                                           &info.height, &clen);
	unsigned char *thumb = clean ? news_image_thumbnail(clean, clen, &info, NEWS_THUMB_WIDTH,
	                                                    &tlen)
	                             : NULL;
	if (thumb == NULL) {
		free(clean);
		return org_invalid(err, "image", N_("The image could not be read."));
	}
	out->mime = info.mime;
	out->width = info.width;
	out->height = info.height;
	out->data = arena_memdup(a, clean, clen);
	out->data_len = clen;
	out->thumb = arena_memdup(a, thumb, tlen);
	out->thumb_len = tlen;
	free(clean);
	free(thumb);
	return ORG_OK;
}

enum org_result news_image_add(struct store *st, struct arena *a, const struct principal *who,
                               int64_t id, const unsigned char *bytes, size_t len,
                               const char *alt, const char *caption, struct news_image *out,
                               struct org_error *err)
{
	/* Who may add comes first: a refusal never depends on what was sent. */
	struct article art;
	enum org_result r = pictures_editable(st, a, who, id, &art, err);
	if (r != ORG_OK)
		return r;
	r = image_prepare(a, bytes, len, alt, caption, out, err);
	if (r != ORG_OK)
		return r;
	struct image_job j = { a, who, id, out, err };
	r = org_in_transaction(st, image_body, &j);
	stamp_renew();
	return r;
}

enum org_result news_image_add_in(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t id,
                                  const unsigned char *bytes, size_t len, const char *alt,
                                  const char *caption, struct news_image *out,
                                  struct org_error *err)
{
	enum org_result r = image_prepare(a, bytes, len, alt, caption, out, err);
	if (r != ORG_OK)
		return r;
	struct image_job j = { a, who, id, out, err };
	return image_body(st, &j);
}

/* Removing or moving a picture: what the transaction needs. */
struct image_edit_job {
	struct arena *a;
	const struct principal *who;
	int64_t article_id, image_id;
	int move;   /* 0: remove; -1: one place earlier; +1: one later */
	struct org_error *err;
};

static json_t *image_place_json(const struct news_image *img, int position)
{
	return json_pack("{s:I, s:I, s:i}", "id", (json_int_t)img->id, "article_id",
	                 (json_int_t)img->article_id, "position", position);
}

/* Renumbers IMGS 1..N in their order, auditing each picture whose place changed. */
static enum store_status renumber(struct store *st, const struct principal *who,
                                  const struct news_image *imgs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int want = (int)i + 1;
		if (imgs[i].position == want)
			continue;
		enum store_status s = news_store.image_set_position(st, imgs[i].id, want);
		if (s != STORE_OK)
			return s;
		json_t *before = image_place_json(&imgs[i], imgs[i].position);
		json_t *after = image_place_json(&imgs[i], want);
		s = audit_record(st, &who->actor, "move_picture", "article", imgs[i].article_id, before,
		                 after);
		json_decref(before);
		json_decref(after);
		if (s != STORE_OK)
			return s;
	}
	return STORE_OK;
}

static enum org_result image_edit_body(struct store *st, void *job)
{
	struct image_edit_job *j = job;
	struct article art;
	enum org_result r = pictures_editable(st, j->a, j->who, j->article_id, &art, j->err);
	if (r != ORG_OK)
		return r;
	enum store_status s;
	struct news_image *imgs;
	size_t n = 0, at;
	if ((s = news_store.image_list(st, j->article_id, j->a, &imgs, &n)) != STORE_OK)
		return org_from_store(s);
	for (at = 0; at < n && imgs[at].id != j->image_id; at++)
		;
	if (at == n)
		return ORG_NOT_FOUND;
	if (j->move != 0) {
		size_t to = j->move < 0 ? (at > 0 ? at - 1 : at) : (at + 1 < n ? at + 1 : at);
		struct news_image held = imgs[at];
		imgs[at] = imgs[to];
		imgs[to] = held;
	} else {
		/* A picture the text shows would leave a hole where it stood. */
		bool *placed = arena_array(j->a, n, sizeof *placed);
		char *html = news_body_html(art.body, imgs, n, placed);
		if (html == NULL)
			return ORG_FAILED;
		free(html);
		if (placed[at]) {
			org_invalid(j->err, "image", N_("The text shows this picture: take its line "
			                                "out of the text first."));
			return ORG_CONFLICT;
		}
		if ((s = news_store.image_delete(st, j->article_id, j->image_id)) != STORE_OK)
			return org_from_store(s);
		json_t *before = json_pack("{s:I, s:I, s:s, s:s, s:s, s:i}", "id",
		                           (json_int_t)imgs[at].id, "article_id",
		                           (json_int_t)j->article_id, "mime", imgs[at].mime, "alt",
		                           imgs[at].alt, "caption", imgs[at].caption, "position",
		                           imgs[at].position);
		s = audit_record(st, &j->who->actor, "remove_picture", "article", j->article_id, before,
		                 NULL);
		json_decref(before);
		if (s != STORE_OK)
			return org_from_store(s);
		memmove(&imgs[at], &imgs[at + 1], (n - at - 1) * sizeof *imgs);
		n--;
	}
	if ((s = renumber(st, j->who, imgs, n)) != STORE_OK)
		return org_from_store(s);
	return org_from_store(news_store.revision_bump(st));
}

static enum org_result image_edit(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t article_id, int64_t image_id, int move,
                                  struct org_error *err)
{
	struct image_edit_job j = { a, who, article_id, image_id, move, err };
	enum org_result r = org_in_transaction(st, image_edit_body, &j);
	stamp_renew();
	return r;
}

enum org_result news_image_remove(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t article_id, int64_t image_id, struct org_error *err)
{
	return image_edit(st, a, who, article_id, image_id, 0, err);
}

enum org_result news_image_move(struct store *st, struct arena *a, const struct principal *who,
                                int64_t article_id, int64_t image_id, bool earlier,
                                struct org_error *err)
{
	return image_edit(st, a, who, article_id, image_id, earlier ? -1 : 1, err);
}

enum org_result news_set_views_in(struct store *st, int64_t id, int64_t views)
{
	return org_from_store(news_store.set_views(st, id, views));
}

/* ---- reads ----------------------------------------------------------- */

int news_article_read(struct store *st, struct arena *a, const struct principal *who,
                      int64_t id, const char *slug, struct article *out, bool *editor)
{
	enum store_status s = slug ? news_store.article_get_by_slug(st, slug, a, out)
	                           : news_store.article_get(st, id, a, out);
	*editor = false;
	if (s != STORE_OK)
		return s;
	*editor = who->authenticated && news_may_write(st, a, who, out->unit_id);
	if (!news_visible(out, news_now()) && !*editor)
		return STORE_NOT_FOUND;
	return STORE_OK;
}

int news_public_list(struct store *st, const struct news_filter *f, struct arena *a,
                     struct article **out, size_t *n)
{
	struct news_filter g = *f;
	if (g.now == 0)
		g.now = news_now();
	return news_store.article_public(st, &g, a, out, n);
}

struct scored {
	struct article *art;
	int score;
};

static int by_score(const void *x, const void *y)
{
	const struct scored *a = x, *b = y;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->art->published_at != b->art->published_at)
		return a->art->published_at > b->art->published_at ? -1 : 1;
	return 0;
}

static char *fold_in(struct arena *a, const char *s)
{
	char *f = vn_fold(s ? s : "");
	char *out = arena_strdup(a, f ? f : "");
	free(f);
	return out;
}

int news_search(struct store *st, struct arena *a, const char *q, const char *category,
                int limit, struct article **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	/* The database narrows by the query's longest word; the ranking is done here. */
	const char *best = q;
	size_t best_len = 0;
	for (const char *p = q; *p;) {
		while (*p == ' ')
			p++;
		size_t len = strcspn(p, " ");
		if (len > best_len) {
			best = p;
			best_len = len;
		}
		p += len;
	}
	if (best_len == 0)
		return STORE_OK;
	struct news_filter f = {
		.now = news_now(), .category = category, .limit = 500,
		.q_like = db_like_escape(a, arena_strndup(a, best, best_len)),
	};
	struct article *cand;
	size_t nc;
	enum store_status s = news_store.article_public(st, &f, a, &cand, &nc);
	if (s != STORE_OK)
		return s;
	struct scored *sc = arena_array(a, nc ? nc : 1, sizeof *sc);
	size_t k = 0;
	for (size_t i = 0; i < nc; i++) {
		int score = news_search_score(q, fold_in(a, cand[i].title), fold_in(a, cand[i].lead),
		                              fold_in(a, cand[i].body));
		if (score > 0)
			sc[k++] = (struct scored){ &cand[i], score };
	}
	qsort(sc, k, sizeof *sc, by_score);
	if (limit > 0 && k > (size_t)limit)
		k = (size_t)limit;
	struct article *res = arena_array(a, k ? k : 1, sizeof *res);
	for (size_t i = 0; i < k; i++)
		res[i] = *sc[i].art;
	*out = res;
	*n = k;
	return STORE_OK;
}

int news_editor_list(struct store *st, struct arena *a, const struct principal *who,
                     struct article **out, size_t *n)
{
	struct article *all;
	size_t na;
	enum store_status s = news_store.article_all(st, NULL, 200, a, &all, &na);
	if (s != STORE_OK)
		return s;
	size_t k = 0;
	for (size_t i = 0; i < na; i++)
		if (news_may_write(st, a, who, all[i].unit_id)
		    || news_may_publish(st, a, who, all[i].unit_id))
			all[k++] = all[i];
	*out = all;
	*n = k;
	return STORE_OK;
}

/*
 * The stamp is asked for by every public page, so it is kept for up to a
 * second: a write through this process renews it at once (the generation),
 * a scheduled article coming due too (next_due); another process's write
 * shows within the second.
 */
enum { STAMP_TTL_MS = 1000 };
static pthread_mutex_t stamp_lock = PTHREAD_MUTEX_INITIALIZER;
static struct news_stamp stamp_kept;
static int64_t stamp_until_ms, stamp_generation, writes_generation;

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A write through this process: the next stamp is read again. */
static void stamp_renew(void)
{
	pthread_mutex_lock(&stamp_lock);
	writes_generation++;
	pthread_mutex_unlock(&stamp_lock);
}

int news_public_stamp(struct store *st, struct news_stamp *out)
{
	int64_t ms = now_ms();
	pthread_mutex_lock(&stamp_lock);
	bool fresh = stamp_generation == writes_generation && ms < stamp_until_ms;
	int64_t gen = writes_generation;
	if (fresh)
		*out = stamp_kept;
	pthread_mutex_unlock(&stamp_lock);
	if (fresh)
		return STORE_OK;
	enum store_status s = news_store.public_stamp(st, ms / 1000, out);
	if (s != STORE_OK)
		return s;
	int64_t until = ms + STAMP_TTL_MS;
	if (out->next_due > 0 && out->next_due * 1000 < until)
		until = out->next_due * 1000;
	pthread_mutex_lock(&stamp_lock);
	if (gen == writes_generation) {
		stamp_kept = *out;
		stamp_generation = gen;
		stamp_until_ms = until;
	}
	pthread_mutex_unlock(&stamp_lock);
	return STORE_OK;
}

int news_image_list(struct store *st, int64_t article_id, struct arena *a,
                    struct news_image **out, size_t *n)
{
	return news_store.image_list(st, article_id, a, out, n);
}

int news_image_read(struct store *st, struct arena *a, const struct principal *who, int64_t id,
                    struct news_image *out)
{
	enum store_status s = news_store.image_get(st, id, a, out);
	if (s != STORE_OK)
		return s;
	struct article art;
	bool editor;
	return news_article_read(st, a, who, out->article_id, NULL, &art, &editor);
}

bool news_audit_article_may_read(struct store *st, struct arena *a,
                                 const struct principal *who, int64_t id)
{
	struct article art;
	return news_store.article_get(st, id, a, &art) == STORE_OK
	    && org_allows(st, a, who, PERM_READ_AUDIT, art.unit_id);
}
