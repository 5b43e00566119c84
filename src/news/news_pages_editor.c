/*
 * news_pages_editor.c: the newsroom.  /news/editor lists the articles the
 * signed-in editor may write or publish and starts a draft;
 * /news/editor/{id} edits one and moves it through the workflow (submit,
 * send back, publish now or at a set time, withdraw).  The service decides
 * every permission; these pages only show what it allows.
 */
#include "web/web.h"
#include "news/news_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "news/news_pages.h"
#include "news/news_service.h"
#include "store/store.h"

static void textarea(struct http_request *req, struct html *h, const struct form_errors *e,
                     const char *name, const char *label, const char *hint, const char *value,
                     int rows)
{
	const char *error = form_error_for(e, name);
	html_raw(h, "<div class=\"field\"><label for=\"f-article-");
	html_raw(h, name);
	html_raw(h, "\">");
	html_txt(h, label);
	html_raw(h, "</label>");
	if (hint) {
		html_rawf(h, "<p class=\"hint\" id=\"f-article-%s-hint\">", name);
		html_txt(h, hint);
		html_raw(h, "</p>");
	}
	if (error) {
		html_rawf(h, "<p class=\"error\" id=\"f-article-%s-error\">", name);
		html_txt(h, form_message(req, error));
		html_raw(h, "</p>");
	}
	html_rawf(h, "<textarea id=\"f-article-%s\" name=\"%s\" rows=\"%d\"", name, name, rows);
	if (hint || error)
		html_rawf(h, " aria-describedby=\"%s%s%s\"",
		          hint ? arena_printf(&req->arena, "f-article-%s-hint", name) : "",
		          hint && error ? " " : "",
		          error ? arena_printf(&req->arena, "f-article-%s-error", name) : "");
	if (error)
		html_raw(h, " aria-invalid=\"true\"");
	html_raw(h, ">");
	html_txt(h, value ? value : "");
	html_raw(h, "</textarea></div>");
}

/* The fields of an article's form, with the values kept after an error. */
static void article_fields(struct http_request *req, struct html *h, const struct form_errors *e,
                           const struct article *a)
{
	form_input(req, h, e, &(struct form_input){ .name = "title", .label = T(req, "Title"),
	           .value = a->title, .required = true, .maxlength = NEWS_TITLE_MAX });
	textarea(req, h, e, "lead", T(req, "Lead"), T(req, "One or two sentences shown under "
	         "the title and in lists."), a->lead, 3);
	textarea(req, h, e, "body", T(req, "Body"), T(req, "Markdown: a blank line between "
	         "paragraphs, ## for a heading, **bold**, [link](https://...), a picture added "
	         "below with the line shown under it, such as ![](image:12). HTML is not kept."),
	         a->body, 14);
	const char *values[8], *labels[8];
	size_t n = 0;
	for (const struct news_category *c = news_categories; c->code && n < 8; c++, n++) {
		values[n] = c->code;
		labels[n] = T(req, c->label);
	}
	form_select(req, h, e, "category", T(req, "Category"), values, labels, n, a->category);
	form_input(req, h, e, &(struct form_input){ .name = "author", .label = T(req, "Author"),
	           .value = a->author, .maxlength = NEWS_AUTHOR_MAX });
}

static void edit_from_form(struct http_request *req, struct news_edit *e, struct article *kept)
{
	e->title = http_form(req, "title");
	e->lead = http_form(req, "lead");
	e->body = http_form(req, "body");
	e->category = http_form(req, "category");
	e->author = http_form(req, "author");
	kept->title = e->title;
	kept->lead = e->lead;
	kept->body = e->body;
	kept->category = e->category;
	kept->author = e->author;
}

static void editor_page(struct http_request *req, const struct form_errors *e,
                        const struct article *kept, unsigned status)
{
	const struct principal *p = http_principal(req);
	struct article *items;
	size_t n = 0;
	if (news_editor_list(req->store, &req->arena, p, &items, &n) != STORE_OK) {
		reply_internal_error(req, "newsroom");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Newsroom"), "/news/editor");
	if (n > 0) {
		html_raw(&h, "<table class=\"data\"><caption>");
		html_txt(&h, T(req, "Articles you can edit or publish"));
		html_raw(&h, "</caption>");
		WEB_TABLE_HEAD(req, &h, N_("Title"), N_("Status"), N_("Publication"));
		for (size_t i = 0; i < n; i++) {
			html_rawf(&h, "<tr><td><a href=\"/news/editor/%lld\">", (long long)items[i].id);
			html_txt(&h, items[i].title);
			html_raw(&h, "</a></td><td>");
			html_txt(&h, T(req, news_status_name(items[i].status)));
			html_raw(&h, "</td><td>");
			if (items[i].published_at > 0)
				news_dateline(req, &h, &items[i]);
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
	}
	html_raw(&h, "<h2 id=\"new-article\">");
	html_txt(&h, T(req, "New article"));
	html_raw(&h, "</h2>");
	form_error_summary(req, &h, e);
	form_begin(req, &h, "/news/editor", "article", NULL);
	/* The units the editor writes for: their grants'. */
	const char *values[16], *labels[16];
	size_t nu = 0;
	for (size_t i = 0; i < p->ngrants && nu < 16; i++) {
		struct org_unit u;
		if (!news_may_write(req->store, &req->arena, p, p->grants[i].unit_id)
		    || org_unit_get(req->store, p->grants[i].unit_id, &req->arena, &u) != STORE_OK)
			continue;
		bool dup = false;
		for (size_t k = 0; k < nu; k++)
			dup |= strcmp(values[k], arena_printf(&req->arena, "%lld", (long long)u.id)) == 0;
		if (dup)
			continue;
		values[nu] = arena_printf(&req->arena, "%lld", (long long)u.id);
		labels[nu++] = u.name;
	}
	form_select(req, &h, e, "unit_id", T(req, "Published by"), values, labels, nu,
	            http_form(req, "unit_id"));
	article_fields(req, &h, e, kept);
	form_submit(&h, T(req, "Save draft"));
	form_end(&h);
	layout_finish(req, &h, status);
}

/* GET /news/editor */
void page_news_editor(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	if (!news_is_editor(http_principal(req))) {
		http_forbidden(req);
		return;
	}
	struct form_errors e = { .form = "article" };
	struct article blank = { .category = news_categories[0].code };
	editor_page(req, &e, &blank, 200);
}

/* POST /news/editor: a new draft. */
void page_news_editor_save(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct news_edit ed = { 0 };
	struct article kept = { 0 };
	edit_from_form(req, &ed, &kept);
	int64_t unit = 0;
	http_form_int(req, "unit_id", 1, INT64_MAX, &unit);
	ed.unit_id = unit;
	struct article a;
	struct org_error err = { 0 };
	enum org_result r = news_save(req->store, &req->arena, http_principal(req), 0, &ed, &a,
	                              &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/news/editor/%lld", (long long)a.id));
		return;
	}
	if (r == ORG_INVALID) {
		struct form_errors e = { .form = "article" };
		form_error_add(&e, err.field, err.detail);
		editor_page(req, &e, &kept, 422);
		return;
	}
	form_reply_failure(req, r, "article");
}

static void workflow_button(struct http_request *req, struct html *h, int64_t id,
                            const char *to, const char *label)
{
	form_begin(req, h, arena_printf(&req->arena, "/news/editor/%lld/status", (long long)id),
	           NULL, "inline");
	html_raw(h, "<input type=\"hidden\" name=\"status\" value=\"");
	html_attr(h, to);
	html_raw(h, "\">");
	form_submit(h, label);
	form_end(h);
}

/* One picture's buttons: one place earlier or later, or off the article (with its refusal). */
static void picture_actions(struct http_request *req, struct html *h, const struct form_errors *e,
                            int64_t article_id, const struct news_image *img, bool earlier,
                            bool later)
{
	const char *field = arena_printf(&req->arena, "picture-%lld", (long long)img->id);
	const char *err = e && e->form && strcmp(e->form, "pictures") == 0
	                  ? form_error_for(e, field) : NULL;
	if (err) {
		html_rawf(h, "<p class=\"error\" id=\"f-pictures-%s-error\">", field);
		html_txt(h, form_message(req, err));
		html_raw(h, "</p>");
	}
	html_raw(h, "<div class=\"picture-actions no-print\">");
	const char *base = arena_printf(&req->arena, "/news/editor/%lld/images/%lld",
	                                (long long)article_id, (long long)img->id);
	static const struct { const char *direction, *label; } moves[] = {
		{ "earlier", N_("Move earlier") }, { "later", N_("Move later") },
	};
	const bool possible[] = { earlier, later };
	if (earlier || later) {
		form_begin(req, h, arena_printf(&req->arena, "%s/move", base), NULL, "inline");
		for (size_t i = 0; i < 2; i++) {
			if (!possible[i])
				continue;
			html_rawf(h, "<button type=\"submit\" name=\"direction\" value=\"%s\">",
			          moves[i].direction);
			html_txt(h, T(req, moves[i].label));
			html_raw(h, "</button>");
		}
		form_end(h);
	}
	form_begin(req, h, arena_printf(&req->arena, "%s/remove", base), NULL, "inline");
	html_rawf(h, "<button type=\"submit\" class=\"danger\" id=\"f-pictures-%s\"", field);
	if (err)
		html_rawf(h, " aria-describedby=\"f-pictures-%s-error\"", field);
	html_raw(h, ">");
	html_txt(h, T(req, "Remove the picture"));
	html_raw(h, "</button>");
	form_end(h);
	html_raw(h, "</div>");
}

/* The article's pictures, and (for its writers) the form that adds one. */
static void images_section(struct http_request *req, struct html *h, const struct form_errors *e,
                           const struct article *a, bool editor)
{
	struct news_image *imgs;
	size_t n = 0;
	if (news_image_list(req->store, a->id, &req->arena, &imgs, &n) != STORE_OK)
		n = 0;
	html_raw(h, "<h2 id=\"images\">");
	html_txt(h, T(req, "Pictures"));
	html_raw(h, "</h2>");
	bool editing = editor && news_editable(a->status);
	for (size_t i = 0; i < n; i++) {
		html_rawf(h, "<figure class=\"news-figure\"><img src=\"/media/articles/%lld/thumb\" "
		             "alt=\"", (long long)imgs[i].id);
		html_attr(h, imgs[i].alt);
		html_raw(h, "\"><figcaption>");
		html_txt(h, imgs[i].caption);
		/* What to write in the body to place it there (with the alt text it was given). */
		html_raw(h, " <span class=\"hint\">");
		html_txt(h, T(req, "In the body:"));
		html_rawf(h, " <code>![](image:%lld)</code></span></figcaption>", (long long)imgs[i].id);
		if (editing)
			picture_actions(req, h, e, a->id, &imgs[i], i > 0, i + 1 < n);
		html_raw(h, "</figure>");
	}
	if (!editing)
		return;
	/* multipart: the picture travels as bytes; form_begin() writes urlencoded forms. */
	html_rawf(h, "<form method=\"post\" action=\"/news/editor/%lld/images\" "
	             "enctype=\"multipart/form-data\" id=\"form-image\" novalidate>"
	             "<input type=\"hidden\" name=\"csrf\" value=\"", (long long)a->id);
	html_attr(h, http_csrf_token(req));
	html_raw(h, "\"><div class=\"field\"><label for=\"f-image-image\">");
	html_txt(h, T(req, "Picture (JPEG, PNG or WebP, at most 5 MB)"));
	html_raw(h, "</label>");
	const char *err = form_error_for(e, "image");
	if (err) {
		html_raw(h, "<p class=\"error\" id=\"f-image-image-error\">");
		html_txt(h, form_message(req, err));
		html_raw(h, "</p>");
	}
	html_raw(h, "<input type=\"file\" id=\"f-image-image\" name=\"image\" "
	            "accept=\"image/jpeg,image/png,image/webp\"");
	if (err)
		html_raw(h, " aria-invalid=\"true\" aria-describedby=\"f-image-image-error\"");
	html_raw(h, "></div>");
	struct form_errors fe = *e;
	fe.form = "image";
	form_input(req, h, &fe, &(struct form_input){ .name = "alt", .label = T(req, "Alt text"),
	           .hint = T(req, "What the picture shows, for readers who cannot see it."),
	           .required = true, .maxlength = NEWS_ALT_MAX });
	form_input(req, h, &fe, &(struct form_input){ .name = "caption", .label = T(req, "Caption"),
	           .maxlength = NEWS_CAPTION_MAX });
	form_submit(h, T(req, "Add the picture"));
	form_end(h);
}

static void article_page(struct http_request *req, int64_t id, const struct form_errors *e,
                         const struct article *kept, unsigned status)
{
	const struct principal *p = http_principal(req);
	struct article a;
	bool editor;
	int s = news_article_read(req->store, &req->arena, p, id, NULL, &a, &editor);
	bool publisher = s == STORE_OK && news_may_publish(req->store, &req->arena, p, a.unit_id);
	if (s == STORE_OK && !editor && !publisher) {
		http_forbidden(req);
		return;
	}
	if (!reply_unless_found(req, s))
		return;
	struct html h = { 0 };
	layout_begin(req, &h, a.title, "/news/editor");
	html_raw(&h, "<p>");
	web_txtf(&h, T(req, "Status: %s"), T(req, news_status_name(a.status)));
	if (a.published_at > 0) {
		html_raw(&h, " · ");
		news_dateline(req, &h, &a);
	}
	html_raw(&h, " · <a href=\"/news/");
	html_attr(&h, a.slug);
	html_raw(&h, "\">");
	html_txt(&h, T(req, "View"));
	html_raw(&h, "</a></p>");
	form_error_summary(req, &h, e);
	html_raw(&h, "<div class=\"workflow\">");
	switch (a.status) {
	case NEWS_DRAFT:
		workflow_button(req, &h, id, "review", T(req, "Submit for review"));
		break;
	case NEWS_REVIEW:
		if (publisher) {
			form_begin(req, &h, arena_printf(&req->arena, "/news/editor/%lld/status",
			                                 (long long)id), "publish", "inline");
			html_raw(&h, "<input type=\"hidden\" name=\"status\" value=\"published\">");
			form_input(req, &h, e, &(struct form_input){ .name = "publish_at",
			           .type = "datetime-local", .label = T(req, "Publish at"),
			           .hint = T(req, "Leave empty to publish now; times are Vietnam time.") });
			form_submit(&h, T(req, "Publish"));
			form_end(&h);
		}
		workflow_button(req, &h, id, "draft", T(req, "Back to draft"));
		break;
	case NEWS_PUBLISHED:
		if (publisher)
			workflow_button(req, &h, id, "withdrawn", T(req, "Withdraw"));
		break;
	case NEWS_WITHDRAWN:
		workflow_button(req, &h, id, "draft", T(req, "Back to draft"));
		break;
	case NEWS_STATUS_COUNT:
		break;
	}
	html_raw(&h, "</div>");
	if (news_editable(a.status) && editor) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Edit"));
		html_raw(&h, "</h2>");
		form_begin(req, &h, arena_printf(&req->arena, "/news/editor/%lld", (long long)id),
		           "article", NULL);
		article_fields(req, &h, e, kept ? kept : &a);
		form_submit(&h, T(req, "Save"));
		form_end(&h);
	}
	images_section(req, &h, e, &a, editor);
	layout_finish(req, &h, status);
}

/* GET /news/editor/{id} */
void page_news_editor_article(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	struct form_errors e = { .form = "article" };
	article_page(req, id, &e, NULL, 200);
}

/* POST /news/editor/{id}: save the content. */
void page_news_editor_article_save(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	int64_t id = http_param_id(req, "id");
	struct news_edit ed = { 0 };
	struct article kept = { 0 };
	edit_from_form(req, &ed, &kept);
	struct article a;
	struct org_error err = { 0 };
	enum org_result r = id ? news_save(req->store, &req->arena, http_principal(req), id, &ed,
	                                   &a, &err)
	                       : ORG_NOT_FOUND;
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/news/editor/%lld", (long long)id));
		return;
	}
	if (r == ORG_INVALID || r == ORG_CONFLICT) {
		struct form_errors e = { .form = "article" };
		form_error_add(&e, err.field, err.detail);
		article_page(req, id, &e, &kept, r == ORG_CONFLICT ? 409 : 422);
		return;
	}
	form_reply_failure(req, r, "article");
}

/* POST /news/editor/{id}/status: status=review|draft|published|withdrawn[, publish_at]. */
void page_news_editor_move(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	int64_t id = http_param_id(req, "id");
	int to = news_status_parse(http_form(req, "status"));
	const char *when = http_form(req, "publish_at");
	int64_t at = 0;
	struct form_errors e = { .form = "publish" };
	if (to < 0) {
		form_error_add(&e, "status", N_("Choose a step of the workflow."));
		article_page(req, id, &e, NULL, 422);
		return;
	}
	if (when && *when && !news_time_parse(when, &at)) {
		form_error_add(&e, "publish_at", N_("Give a date and time, such as 17/01/2019 20:50."));
		article_page(req, id, &e, NULL, 422);
		return;
	}
	struct article a;
	struct org_error err = { 0 };
	enum org_result r = id ? news_move(req->store, &req->arena, http_principal(req), id,
	                                   (enum news_status)to, at, &a, &err)
	                       : ORG_NOT_FOUND;
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/news/editor/%lld", (long long)id));
		return;
	}
	if (r == ORG_CONFLICT || r == ORG_INVALID) {
		form_error_add(&e, "status", err.detail);
		article_page(req, id, &e, NULL, 409);
		return;
	}
	form_reply_failure(req, r, "article status");
}

/* The bytes of the file part NAME of a multipart form, or NULL. */
static const struct form_field *file_part(const struct http_request *req, const char *name)
{
	for (const struct form_field *f = req->form; f; f = f->next)
		if (f->filename && strcmp(f->key, name) == 0)
			return f;
	return NULL;
}

/* POST /news/editor/{id}/images: image (file), alt, caption. */
/* POST /news/editor/{id}/images/{image}/move and /remove. */
static void picture_edit(struct http_request *req, bool remove)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	int64_t id = http_param_id(req, "id"), image = http_param_id(req, "image");
	const char *direction = http_form(req, "direction");
	struct org_error err = { 0 };
	enum org_result r;
	if (id == 0 || image == 0)
		r = ORG_NOT_FOUND;
	else if (remove)
		r = news_image_remove(req->store, &req->arena, http_principal(req), id, image, &err);
	else if (direction && (strcmp(direction, "earlier") == 0 || strcmp(direction, "later") == 0))
		r = news_image_move(req->store, &req->arena, http_principal(req), id, image,
		                    strcmp(direction, "earlier") == 0, &err);
	else
		r = org_invalid(&err, "direction", N_("Choose earlier or later."));
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/news/editor/%lld#images",
		                                 (long long)id));
		return;
	}
	if ((r == ORG_CONFLICT || r == ORG_INVALID) && err.detail) {
		struct form_errors e = { .form = "pictures" };
		form_error_add(&e, arena_printf(&req->arena, "picture-%lld", (long long)image),
		               err.detail);
		article_page(req, id, &e, NULL, r == ORG_CONFLICT ? 409 : 422);
		return;
	}
	form_reply_failure(req, r, "article image");
}

void page_news_editor_image_move(struct http_request *req)
{
	picture_edit(req, false);
}

void page_news_editor_image_remove(struct http_request *req)
{
	picture_edit(req, true);
}

void page_news_editor_image(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	int64_t id = http_param_id(req, "id");
	const struct form_field *file = file_part(req, "image");
	struct news_image img;
	struct org_error err = { 0 };
	enum org_result r = id ? news_image_add(req->store, &req->arena, http_principal(req), id,
	                                        file ? (const unsigned char *)file->value : NULL,
	                                        file ? file->len : 0, http_form(req, "alt"),
	                                        http_form(req, "caption"), &img, &err)
	                       : ORG_NOT_FOUND;
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/news/editor/%lld#images",
		                                 (long long)id));
		return;
	}
	if (r == ORG_INVALID) {
		struct form_errors e = { .form = "image" };
		form_error_add(&e, err.field, err.detail);
		article_page(req, id, &e, NULL, 422);
		return;
	}
	form_reply_failure(req, r, "article image");
}
