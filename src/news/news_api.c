/*
 * news_api.c: /api/v1/articles — the public list and search, one article,
 * and the editors' writes (create, edit, move through the workflow, add an
 * image); /media/articles/{id} serves the images.  See docs/API.md.
 */
#include "api/api.h"
#include "news/news_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/json_input.h"
#include "http/reply.h"
#include "news/news_service.h"
#include "store/store.h"

static json_t *image_json(const struct news_image *img)
{
	char url[64], thumb[80];
	snprintf(url, sizeof url, "/media/articles/%lld", (long long)img->id);
	snprintf(thumb, sizeof thumb, "/media/articles/%lld/thumb", (long long)img->id);
	return json_pack("{s:I, s:s, s:s, s:s, s:i, s:i, s:s, s:s}", "id", (json_int_t)img->id,
	                 "mime", img->mime ? img->mime : "", "alt", img->alt ? img->alt : "",
	                 "caption", img->caption ? img->caption : "", "width", img->width,
	                 "height", img->height, "url", url, "thumbnail_url", thumb);
}

void api_articles_list(struct http_request *req)
{
	int limit = 20, offset = 0;
	const char *q;
	if (!api_paging(req, &limit, &offset) || !api_search(req, &q))
		return;
	if (http_query(req, "limit") == NULL)
		limit = 20;
	const char *category = http_query(req, "category");
	if (category && *category == '\0')
		category = NULL;
	if (category && news_category_find(category) == NULL) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "Unknown category.", "category");
		return;
	}
	struct article *items;
	size_t n;
	int s;
	if (q) {
		s = news_search(req->store, &req->arena, q, category, limit + offset, &items, &n);
		if (s == STORE_OK) {
			size_t skip = (size_t)offset < n ? (size_t)offset : n;
			items += skip;
			n -= skip;
		}
	} else {
		struct news_filter f = { .category = category, .limit = limit, .offset = offset };
		s = news_public_list(req->store, &f, &req->arena, &items, &n);
	}
	if (s != STORE_OK) {
		reply_internal_error(req, "articles");
		return;
	}
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, news_article_json(&items[i], false));
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", arr, "count", (json_int_t)n));
}

/* The article's JSON with its images. */
static json_t *full_json(struct http_request *req, const struct article *a)
{
	json_t *o = news_article_json(a, true);
	struct news_image *imgs;
	size_t n = 0;
	json_t *arr = json_array();
	if (news_image_list(req->store, a->id, &req->arena, &imgs, &n) == STORE_OK)
		for (size_t i = 0; i < n; i++)
			json_array_append_new(arr, image_json(&imgs[i]));
	json_object_set_new(o, "images", arr);
	return o;
}

void api_articles_get(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	struct article a;
	bool editor;
	int s = id ? news_article_read(req->store, &req->arena, http_principal(req), id, NULL, &a,
	                               &editor)
	           : STORE_NOT_FOUND;
	if (!reply_unless_found(req, s))
		return;
	reply_json(req, 200, full_json(req, &a));
}

static const struct json_field edit_fields[] = {
	{ "title", JF_STRING, offsetof(struct news_edit, title) },
	{ "lead", JF_STRING, offsetof(struct news_edit, lead) },
	{ "body", JF_STRING, offsetof(struct news_edit, body) },
	{ "category", JF_STRING, offsetof(struct news_edit, category) },
	{ "author", JF_STRING, offsetof(struct news_edit, author) },
	{ "unit_id", JF_ID, offsetof(struct news_edit, unit_id) },
	{ "id", JF_IGNORED, 0 },
	{ "slug", JF_IGNORED, 0 },
	{ "status", JF_IGNORED, 0 },
	{ "published_at", JF_IGNORED, 0 },
	{ "views", JF_IGNORED, 0 },
	{ "images", JF_IGNORED, 0 },
};

static void reply_result(struct http_request *req, enum org_result r,
                         const struct org_error *err)
{
	if (r == ORG_CONFLICT) {
		reply_problem(req, 409, "/problems/workflow", "Conflict",
		              err && err->detail ? err->detail : NULL, err ? err->field : NULL);
		return;
	}
	api_reply_org_result(req, r, err);
}

static void save(struct http_request *req, int64_t id)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct news_edit e = { 0 };
	struct org_error err = { 0 };
	if (!json_apply(body, edit_fields, sizeof edit_fields / sizeof edit_fields[0], &e,
	                &req->arena, &err)) {
		api_reply_org_result(req, ORG_INVALID, &err);
		return;
	}
	if (id != 0)
		e.unit_id = 0;   /* an article keeps its unit */
	struct article a;
	enum org_result r = news_save(req->store, &req->arena, http_principal(req), id, &e, &a,
	                              &err);
	if (r != ORG_OK) {
		reply_result(req, r, &err);
		return;
	}
	reply_json(req, id ? 200 : 201, full_json(req, &a));
}

void api_articles_create(struct http_request *req)
{
	save(req, 0);
}

void api_articles_update(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	save(req, id);
}

void api_articles_status(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	const char *status = json_string_value(json_object_get(body, "status"));
	int to = news_status_parse(status);
	if (to < 0) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "status must be draft, review, published or withdrawn.", "status");
		return;
	}
	int64_t at = 0;
	json_t *when = json_object_get(body, "publish_at");
	if (when && !json_is_null(when)
	    && (!json_is_string(when) || !news_time_parse(json_string_value(when), &at))) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "publish_at must be a time such as 2019-01-17T20:50:00+07:00.",
		              "publish_at");
		return;
	}
	struct article a;
	struct org_error err = { 0 };
	enum org_result r = news_move(req->store, &req->arena, http_principal(req), id,
	                              (enum news_status)to, at, &a, &err);
	if (r != ORG_OK) {
		reply_result(req, r, &err);
		return;
	}
	reply_json(req, 200, full_json(req, &a));
}

/*
 * POST /api/v1/articles/{id}/images?alt=…&caption=…: the body is the image
 * itself (any Content-Type; the bytes decide).
 */
void api_articles_image(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	if (!http_require_signed_in(req))
		return;
	struct news_image img;
	struct org_error err = { 0 };
	enum org_result r = news_image_add(req->store, &req->arena, http_principal(req), id,
	                                   (const unsigned char *)req->body, req->body_len,
	                                   http_query(req, "alt"), http_query(req, "caption"),
	                                   &img, &err);
	if (r != ORG_OK) {
		reply_result(req, r, &err);
		return;
	}
	reply_json(req, 201, image_json(&img));
}

/* The article's pictures in their order, after a removal or a move. */
static void reply_images(struct http_request *req, int64_t id)
{
	struct news_image *imgs;
	size_t n = 0;
	if (news_image_list(req->store, id, &req->arena, &imgs, &n) != STORE_OK) {
		reply_internal_error(req, "article images");
		return;
	}
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, image_json(&imgs[i]));
	reply_json(req, 200, json_pack("{s:o}", "images", arr));
}

/* The article and picture a picture's route names, from one signed in; false once answered. */
static bool picture_route(struct http_request *req, int64_t *id, int64_t *image)
{
	*id = http_param_id(req, "id");
	*image = http_param_id(req, "image");
	if (*id == 0 || *image == 0) {
		reply_not_found(req);
		return false;
	}
	return http_require_signed_in(req);
}

/* After a picture was removed or moved: the refusal, or the pictures as they are now. */
static void reply_picture_edit(struct http_request *req, enum org_result r,
                               const struct org_error *err, int64_t id)
{
	if (r != ORG_OK)
		reply_result(req, r, err);
	else
		reply_images(req, id);
}

/* DELETE /api/v1/articles/{id}/images/{image}: 409 while the text shows it. */
void api_articles_image_delete(struct http_request *req)
{
	int64_t id, image;
	if (!picture_route(req, &id, &image))
		return;
	struct org_error err = { 0 };
	reply_picture_edit(req, news_image_remove(req->store, &req->arena, http_principal(req), id,
	                                          image, &err), &err, id);
}

/* POST /api/v1/articles/{id}/images/{image}/move {"direction": "earlier" | "later"}. */
void api_articles_image_move(struct http_request *req)
{
	int64_t id, image;
	if (!picture_route(req, &id, &image))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	const char *direction = json_string_value(json_object_get(body, "direction"));
	if (direction == NULL
	    || (strcmp(direction, "earlier") != 0 && strcmp(direction, "later") != 0)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "The direction is \"earlier\" or \"later\".", "direction");
		return;
	}
	struct org_error err = { 0 };
	reply_picture_edit(req, news_image_move(req->store, &req->arena, http_principal(req), id,
	                                        image, strcmp(direction, "earlier") == 0, &err),
	                   &err, id);
}

static void media(struct http_request *req, bool thumb)
{
	int64_t id = http_param_id(req, "id");
	struct news_image img;
	int s = id ? news_image_read(req->store, &req->arena, http_principal(req), id, &img)
	           : STORE_NOT_FOUND;
	if (!reply_unless_found(req, s))
		return;
	const unsigned char *bytes = thumb ? img.thumb : img.data;
	size_t len = thumb ? img.thumb_len : img.data_len;
	const char *type = thumb ? (strcmp(img.mime, "image/png") == 0 ? "image/png" : "image/jpeg")
	                         : img.mime;
	char *copy = malloc(len ? len : 1);
	if (copy == NULL) {
		reply_internal_error(req, "image");
		return;
	}
	memcpy(copy, bytes, len);
	reply_bytes(req, 200, copy, len, type);
	/* An image never changes once uploaded: a new one gets a new id. */
	reply_header(req, "Cache-Control", "public, max-age=86400");
}

void news_media(struct http_request *req)
{
	media(req, false);
}

void news_media_thumb(struct http_request *req)
{
	media(req, true);
}
