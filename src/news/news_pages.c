/*
 * news_pages.c: the public news pages — the list (/news, by category,
 * paged) and an article (/news/{slug}) with its images, related articles,
 * view count, Open Graph tags and canonical address, and a print view
 * (?print=1).  Opening an article counts a view (news_views.c) unless the
 * reader is a robot (news_is_bot) or an editor looking at a draft.
 */
#include "web/web.h"
#include "news/news_handlers.h"

#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "news/news_pages.h"
#include "news/news_service.h"
#include "store/store.h"
#include "text/vntext.h"

/*
 * Whole pages for anonymous readers.  The public pages of news are the same
 * for every anonymous reader of a language with the same display choices,
 * but for an article's view count: such a page is kept whole
 * (web_kept_page_key), so a read of it touches no database and renders
 * nothing but the count.  Besides what the layout depends on, its key
 * holds the public set's stamp (a publication, a withdrawal or a scheduled
 * article coming due) and the public address the links are made with.
 * An address with a query string is rendered as before: any such address
 * would otherwise make an entry of its own.
 */
bool news_whole_page_key(struct http_request *req, const struct news_stamp *st, char *key)
{
	if (MHD_get_connection_values(req->conn, MHD_GET_ARGUMENT_KIND, NULL, NULL) != 0)
		return false;
	const char *variant = arena_printf(&req->arena, "%s|%lld|%lld", news_public_url(req),
	                                   (long long)st->count, (long long)st->newest);
	return web_kept_page_key(req, "news-page", variant, key);
}

const char *news_public_url(struct http_request *req)
{
	const char *u = getenv("DIEUHANH_PUBLIC_URL");
	if (u && *u) {
		size_t n = strlen(u);
		return n > 1 && u[n - 1] == '/' ? arena_strndup(&req->arena, u, n - 1) : u;
	}
	/* Else the address the reader used: a host name and port, nothing else. */
	const char *host = http_header(req, "Host");
	if (host == NULL || *host == '\0' || strlen(host) > 255)
		return "";
	for (const char *p = host; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
		      || strchr(".-:[]", *p)))
			return "";
	const char *proto = http_from_trusted_proxy(req) ? http_header(req, "X-Forwarded-Proto")
	                                                 : NULL;
	return arena_printf(&req->arena, "%s://%s",
	                    proto && strcmp(proto, "https") == 0 ? "https" : "http", host);
}

void news_layout_begin(struct http_request *req, struct html *h, const char *title,
                       const char *nav, const char *head)
{
	layout_begin(req, h, title, nav);
	/*
	 * The shared layout has no slot for a page's own <head> elements: they
	 * go in before its "</head>", which nothing escaped can contain.
	 */
	size_t len;
	char *doc = html_take(h, &len);
	const char *end = doc ? strstr(doc, "</head>") : NULL;
	size_t at = end ? (size_t)(end - doc) : len;
	*h = (struct html){ 0 };
	html_raw_n(h, doc ? doc : "", at);
	html_raw(h, head ? head : "");
	html_raw_n(h, doc ? doc + at : "", len - at);
	free(doc);
}

const char *news_category_label(struct http_request *req, const char *code)
{
	const struct news_category *c = news_category_find(code);
	return c ? T(req, c->label) : (code ? code : "");
}

void news_dateline(struct http_request *req, struct html *h, const struct article *a)
{
	char iso[40];
	news_time_rfc3339(a->published_at, iso, sizeof iso);
	html_raw(h, "<time datetime=\"");
	html_attr(h, iso);
	html_raw(h, "\">");
	html_txt(h, web_datetime(req, a->published_at));
	html_raw(h, "</time>");
}

void news_link_item(struct http_request *req, struct html *h, const struct article *a)
{
	html_raw(h, "<li><a href=\"/news/");
	html_attr(h, a->slug);
	html_raw(h, "\">");
	html_txt(h, a->title);
	html_raw(h, "</a> <span class=\"dateline\">");
	news_dateline(req, h, a);
	html_raw(h, "</span></li>");
}

void news_item(struct http_request *req, struct html *h, const struct article *a, bool lead)
{
	html_raw(h, "<li class=\"news-item\"><h2 class=\"news-title\"><a href=\"/news/");
	html_attr(h, a->slug);
	html_raw(h, "\">");
	html_txt(h, a->title);
	html_raw(h, "</a></h2><p class=\"dateline\">");
	news_dateline(req, h, a);
	html_raw(h, " · <a href=\"/news?category=");
	html_url_arg(h, a->category);
	html_raw(h, "\">");
	html_txt(h, news_category_label(req, a->category));
	html_raw(h, "</a></p>");
	if (lead && a->lead && *a->lead) {
		html_raw(h, "<p class=\"lead\">");
		html_txt(h, a->lead);
		html_raw(h, "</p>");
	}
	html_raw(h, "</li>");
}

enum { PAGE_SIZE = 10 };

/* The list part of /news: categories, search, the articles, the pager. */
static bool news_list_main(struct http_request *req, struct html *h, const char *category,
                           int64_t page)
{
	struct news_filter f = { .category = category, .limit = PAGE_SIZE + 1,
	                         .offset = (int)(page - 1) * PAGE_SIZE };
	struct article *items;
	size_t n;
	if (news_public_list(req->store, &f, &req->arena, &items, &n) != STORE_OK)
		return false;
	html_raw(h, "<nav class=\"categories\" aria-label=\"");
	html_attr(h, T(req, "Categories"));
	html_raw(h, "\"><ul><li><a href=\"/news\"");
	if (category == NULL)
		html_raw(h, " aria-current=\"page\"");
	html_raw(h, ">");
	html_txt(h, T(req, "All news"));
	html_raw(h, "</a></li>");
	for (const struct news_category *c = news_categories; c->code; c++) {
		html_raw(h, "<li><a href=\"/news?category=");
		html_url_arg(h, c->code);
		html_raw(h, "\"");
		if (category && strcmp(category, c->code) == 0)
			html_raw(h, " aria-current=\"page\"");
		html_raw(h, ">");
		html_txt(h, T(req, c->label));
		html_raw(h, "</a></li>");
	}
	html_raw(h, "</ul></nav>");
	html_raw(h, "<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">"
	            "<label for=\"news-q\">");
	html_txt(h, T(req, "Search the site"));
	html_raw(h, "</label> <input type=\"search\" id=\"news-q\" name=\"q\" maxlength=\"200\"> "
	            "<button type=\"submit\">");
	html_txt(h, T(req, "Search"));
	html_raw(h, "</button></form>");
	size_t shown = n > PAGE_SIZE ? PAGE_SIZE : n;
	if (shown == 0) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "No news has been published yet."));
		html_raw(h, "</p>");
	} else {
		html_raw(h, "<ul class=\"news-list\">");
		for (size_t i = 0; i < shown; i++)
			news_item(req, h, &items[i], true);
		html_raw(h, "</ul>");
	}
	if (page > 1 || n > PAGE_SIZE) {
		html_raw(h, "<nav class=\"pager\" aria-label=\"");
		html_attr(h, T(req, "Pages"));
		html_raw(h, "\"><ul>");
		const char *cat = category ? arena_printf(&req->arena, "category=%s&amp;", category)
		                           : "";
		if (page > 1)
			html_rawf(h, "<li><a rel=\"prev\" href=\"/news?%spage=%lld\">%s</a></li>", cat,
			          (long long)page - 1, T(req, "Newer"));
		if (n > PAGE_SIZE)
			html_rawf(h, "<li><a rel=\"next\" href=\"/news?%spage=%lld\">%s</a></li>", cat,
			          (long long)page + 1, T(req, "Older"));
		html_raw(h, "</ul></nav>");
	}
	html_raw(h, "<p class=\"feeds\"><a href=\"/feeds/news.atom\">");
	html_txt(h, T(req, "Follow the news (Atom feed)"));
	html_raw(h, "</a></p>");
	return true;
}

/* The list's validator; each use asks again (no-cache), answered 304 while it holds. */
static void list_validators(struct http_request *req, const char *etag)
{
	reply_header(req, "ETag", etag);
	reply_header(req, "Vary", "Cookie");
	reply_header(req, "Cache-Control", "no-cache");
}

/*
 * GET /news?category=&page=: the portal's front page of news.  Its list is
 * the same for every reader of a language: cached by (category, page,
 * language) at the public set's stamp.
 */
void page_news(struct http_request *req)
{
	const char *category = http_query(req, "category");
	if (category && (*category == '\0' || news_category_find(category) == NULL))
		category = NULL;
	int64_t page = 1;
	if (http_query_int(req, "page", 1, 10000, &page) == HTTP_INT_INVALID)
		page = 1;
	struct news_stamp st;
	if (news_public_stamp(req->store, &st) != STORE_OK) {
		reply_internal_error(req, "news stamp");
		return;
	}
	char page_key[96];
	bool whole = !http_principal(req)->authenticated && news_whole_page_key(req, &st, page_key);
	char etag[64] = "";
	if (whole) {
		/*
		 * A validator naming this very page (its key holds the reader's
		 * choices; Vary says so): a browser coming back asks with it and
		 * gets a 304 until something public changes.
		 */
		snprintf(etag, sizeof etag, "W/\"news-%016llx-%lld\"",
		         (unsigned long long)web_fnv1a(page_key), (long long)st.revision);
		const char *inm = http_header(req, "If-None-Match");
		if (inm && strstr(inm, etag + 2)) {
			reply_not_modified(req);
			list_validators(req, etag);
			return;
		}
		struct http_body *b = http_cache_ref(req->server->cache, page_key, st.revision);
		if (b) {
			reply_body(req, 200, b, "text/html; charset=utf-8");
			http_body_release(b);
			list_validators(req, etag);
			return;
		}
	}
	char key[96];
	snprintf(key, sizeof key, "news-list:%s:%lld:%lld:%lld:%d", category ? category : "",
	         (long long)page, (long long)st.count, (long long)st.newest, (int)web_lang(req));
	char *main = NULL;
	size_t main_len = 0;
	if (!http_cache_get(req->server->cache, key, st.revision, &main, &main_len)) {
		struct html m = { 0 };
		if (!news_list_main(req, &m, category, page)) {
			html_free(&m);
			reply_internal_error(req, "news");
			return;
		}
		main = html_take(&m, &main_len);
		http_cache_put(req->server->cache, key, st.revision, main, main_len);
	}
	struct html h = { 0 };
	const char *title = category ? news_category_label(req, category) : T(req, "News");
	char *head = arena_printf(&req->arena,
		"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"%s/feeds/news.atom\">",
		news_public_url(req));
	news_layout_begin(req, &h, title, "/news", head);
	html_raw_n(&h, main, main_len);
	free(main);
	if (!whole) {
		layout_finish(req, &h, 200);
		return;
	}
	if (layout_finish_kept(req, &h, page_key, st.revision))
		list_validators(req, etag);
}

/*
 * The images the body does not place (SHOWN[i] false; SHOWN may be NULL) as
 * figures: the thumbnail, a link to the whole picture, the caption.
 */
static void figures(struct html *h, const struct news_image *imgs, size_t n, const bool *shown)
{
	for (size_t i = 0; i < n; i++) {
		const struct news_image *im = &imgs[i];
		if (shown && shown[i])
			continue;
		int w = im->width < NEWS_THUMB_WIDTH ? im->width : NEWS_THUMB_WIDTH;
		int hh = im->width ? (int)((long long)im->height * w / im->width) : 0;
		html_rawf(h, "<figure class=\"news-figure\"><a href=\"/media/articles/%lld\">"
		             "<img src=\"/media/articles/%lld/thumb\" width=\"%d\" height=\"%d\" alt=\"",
		          (long long)im->id, (long long)im->id, w, hh);
		html_attr(h, im->alt);
		html_raw(h, "\"></a>");
		if (im->caption && *im->caption) {
			html_raw(h, "<figcaption>");
			html_txt(h, im->caption);
			html_raw(h, "</figcaption>");
		}
		html_raw(h, "</figure>");
	}
}

static void views_line(struct http_request *req, struct html *h, const struct article *a)
{
	char n[32];
	vn_format_int(n, sizeof n, (long long)news_views_shown(a->id, a->views));
	html_raw(h, "<p class=\"views\">");
	web_txtf(h, T(req, "Views: %s"), n);
	html_raw(h, "</p>");
}

/* The print view: the article alone, with its address, for paper. */
static void print_view(struct http_request *req, const struct article *a, const char *body,
                       const struct news_image *imgs, size_t nimg, const bool *placed)
{
	struct html h = { 0 };
	html_rawf(&h, "<!doctype html>\n<html lang=\"%s\" class=\"print-view\"><head>"
	              "<meta charset=\"utf-8\"><meta name=\"viewport\" "
	              "content=\"width=device-width, initial-scale=1\"><title>",
	          web_lang(req) == LANG_EN ? "en" : "vi");
	html_txt(&h, a->title);
	html_raw(&h, "</title><link rel=\"stylesheet\" href=\"/static/css/app.css\">"
	             "<meta name=\"robots\" content=\"noindex\"></head><body><main id=\"main\">"
	             "<article class=\"news-article\"><h1>");
	html_txt(&h, a->title);
	html_raw(&h, "</h1><p class=\"dateline\">");
	news_dateline(req, &h, a);
	html_raw(&h, "</p><p class=\"lead\">");
	html_txt(&h, a->lead);
	html_raw(&h, "</p>");
	figures(&h, imgs, nimg, placed);
	html_raw(&h, "<div class=\"news-body\">");
	html_raw(&h, body);
	html_raw(&h, "</div><p class=\"source\">");
	web_txtf(&h, T(req, "Source: %s/news/%s"), news_public_url(req), a->slug);
	html_raw(&h, "</p><p class=\"noprint\"><a href=\"/news/");
	html_attr(&h, a->slug);
	html_raw(&h, "\">");
	html_txt(&h, T(req, "Back to the article"));
	html_raw(&h, "</a></p></article></main></body></html>\n");
	size_t len;
	char *out = html_take(&h, &len);
	reply_html(req, 200, out, len);
}

/* <head> additions: canonical address, Open Graph, the feeds. */
static const char *article_head(struct http_request *req, const struct article *a,
                                const struct news_image *imgs, size_t nimg)
{
	struct html h = { 0 };
	const char *base = news_public_url(req);
	html_raw(&h, "<link rel=\"canonical\" href=\"");
	html_attr(&h, base);
	html_raw(&h, "/news/");
	html_attr(&h, a->slug);
	html_raw(&h, "\"><meta property=\"og:type\" content=\"article\">"
	             "<meta property=\"og:title\" content=\"");
	html_attr(&h, a->title);
	html_raw(&h, "\"><meta property=\"og:description\" content=\"");
	html_attr(&h, a->lead ? a->lead : "");
	html_raw(&h, "\"><meta name=\"description\" content=\"");
	html_attr(&h, a->lead ? a->lead : "");
	html_raw(&h, "\"><meta property=\"og:url\" content=\"");
	html_attr(&h, base);
	html_raw(&h, "/news/");
	html_attr(&h, a->slug);
	html_raw(&h, "\"><meta property=\"og:locale\" content=\"vi_VN\">");
	if (a->published_at > 0) {
		char iso[40];
		news_time_rfc3339(a->published_at, iso, sizeof iso);
		html_rawf(&h, "<meta property=\"article:published_time\" content=\"%s\">", iso);
	}
	if (nimg > 0) {
		html_raw(&h, "<meta property=\"og:image\" content=\"");
		html_attr(&h, base);
		html_rawf(&h, "/media/articles/%lld\">", (long long)imgs[0].id);
	}
	html_rawf(&h, "<link rel=\"alternate\" type=\"application/atom+xml\" "
	              "href=\"%s/feeds/news.atom\">", base);
	size_t len;
	char *text = html_take(&h, &len);
	const char *out = arena_strdup(&req->arena, text ? text : "");
	free(text);
	return out;
}

/* The <article> and related list of A; *VIEWS_AT where the view count goes. */
static void article_main(struct http_request *req, struct html *h, const struct article *a,
                         bool visible, bool editor, const char *body_html,
                         const struct news_image *imgs, size_t nimg, const bool *placed,
                         size_t *views_at)
{
	html_raw(h, "<article class=\"news-article\">");
	if (!visible) {
		html_raw(h, "<p class=\"notice\">");
		web_txtf(h, T(req, "Not public: this article is %s."),
		         T(req, news_status_name(a->status)));
		html_raw(h, "</p>");
	}
	html_raw(h, "<p class=\"dateline\">");
	if (a->published_at > 0)
		news_dateline(req, h, a);
	html_raw(h, " · <a href=\"/news?category=");
	html_url_arg(h, a->category);
	html_raw(h, "\">");
	html_txt(h, news_category_label(req, a->category));
	html_raw(h, "</a></p>");
	if (a->lead && *a->lead) {
		html_raw(h, "<p class=\"lead\">");
		html_txt(h, a->lead);
		html_raw(h, "</p>");
	}
	figures(h, imgs, nimg, placed);
	html_raw(h, "<div class=\"news-body\">");
	html_raw(h, body_html);
	html_raw(h, "</div>");
	if (a->author && *a->author) {
		html_raw(h, "<p class=\"author\">");
		html_txt(h, a->author);
		html_raw(h, "</p>");
	}
	*views_at = h->len;
	html_raw(h, "<p class=\"tools\"><a href=\"/news/");
	html_attr(h, a->slug);
	html_raw(h, "?print=1\">");
	html_txt(h, T(req, "Print view"));
	html_raw(h, "</a>");
	if (editor) {
		html_rawf(h, " · <a href=\"/news/editor/%lld\">", (long long)a->id);
		html_txt(h, T(req, "Edit"));
		html_raw(h, "</a>");
	}
	html_raw(h, "</p></article>");
	/* Related: the latest others of its category. */
	struct news_filter f = { .category = a->category, .exclude_id = a->id, .limit = 5 };
	struct article *rel;
	size_t nrel = 0;
	if (news_public_list(req->store, &f, &req->arena, &rel, &nrel) == STORE_OK && nrel) {
		html_raw(h, "<section class=\"related\" aria-labelledby=\"related-h\">"
		            "<h2 id=\"related-h\">");
		html_txt(h, T(req, "Related articles"));
		html_raw(h, "</h2><ul>");
		for (size_t i = 0; i < nrel; i++)
			news_link_item(req, h, &rel[i]);
		html_raw(h, "</ul></section>");
	}
}

/* The page around MAIN: layout, MAIN with the view count at VIEWS_AT. */
static void article_reply(struct http_request *req, const char *title, const char *head,
                          const char *main, size_t main_len, size_t views_at, int64_t id,
                          int64_t stored_views)
{
	struct html h = { 0 };
	news_layout_begin(req, &h, title, "/news", head);
	html_raw_n(&h, main, views_at);
	struct article v = { .id = id, .views = stored_views };
	views_line(req, &h, &v);
	html_raw_n(&h, main + views_at, main_len - views_at);
	layout_finish(req, &h, 200);
}

/* The whole page PAGE with the view count of article ID (VIEWS stored) at AT. */
static void whole_page_reply(struct http_request *req, const char *page, size_t len, size_t at,
                             int64_t id, int64_t views)
{
	struct html h = { 0 };
	html_raw_n(&h, page, at);
	struct article v = { .id = id, .views = views };
	views_line(req, &h, &v);
	html_raw_n(&h, page + at, len - at);
	size_t n;
	char *out = html_take(&h, &n);
	reply_html(req, 200, out, n);
}

static void count_view(struct http_request *req, int64_t id)
{
	const char *purpose = http_header(req, "Sec-Purpose");
	if (req->method == HTTP_GET
	    && !news_is_bot(http_header(req, "User-Agent"),
	                    purpose ? purpose : http_header(req, "Purpose")))
		news_views_count(req->store, id);
}

/*
 * A public article's page for an anonymous reader is the same for everyone
 * but its view count: its title, <head> elements and main part are cached
 * by (slug, language) at the public set's stamp (a publication, a
 * withdrawal or a scheduled article coming due changes it), so a read costs
 * the stamp and the layout's unit name, not the article, its pictures, its
 * related list and the Markdown.  The entry: "id views views_at title_len
 * head_len\n" then the title, the head, the main part.
 */
static bool cached_article(struct http_request *req, const char *slug, const char *key,
                           int64_t rev)
{
	char *text;
	size_t len;
	if (!http_cache_get(req->server->cache, key, rev, &text, &len))
		return false;
	long long id, views;
	size_t views_at, tl, hl;
	int used = 0;
	bool ok = sscanf(text, "%lld %lld %zu %zu %zu\n%n", &id, &views, &views_at, &tl, &hl,
	                 &used) == 5 && used > 0 && (size_t)used + tl + hl <= len
	          && views_at <= len - (size_t)used - tl - hl;
	if (ok) {
		const char *title = arena_strndup(&req->arena, text + used, tl);
		const char *head = arena_strndup(&req->arena, text + used + tl, hl);
		const char *main = text + used + tl + hl;
		count_view(req, id);
		article_reply(req, title, head, main, len - (size_t)used - tl - hl, views_at, id, views);
	}
	free(text);
	(void)slug;
	return ok;
}

/* The whole page kept at KEY: "id views at\n" then the page without its count (at AT). */
static bool cached_whole_page(struct http_request *req, const char *key, int64_t rev)
{
	struct http_body *b = http_cache_ref(req->server->cache, key, rev);
	if (b == NULL)
		return false;
	const char *text = http_body_data(b);
	size_t len = http_body_len(b);
	const char *nl = memchr(text, '\n', len < 80 ? len : 80);
	long long id, views;
	size_t at;
	bool ok = nl && sscanf(text, "%lld %lld %zu", &id, &views, &at) == 3;
	size_t used = ok ? (size_t)(nl + 1 - text) : 0;
	ok = ok && at <= len - used;
	if (ok) {
		count_view(req, id);
		whole_page_reply(req, text + used, len - used, at, id, views);
	}
	http_body_release(b);
	return ok;
}

/* GET /news/{slug}[?print=1] */
void page_news_article(struct http_request *req)
{
	const char *slug = http_param(req, "slug");
	if (slug == NULL || !news_slug_valid(slug)) {
		reply_not_found(req);
		return;
	}
	const struct principal *who = http_principal(req);
	const char *print = http_query(req, "print");
	bool printing = print && strcmp(print, "1") == 0;
	char key[96], page_key[96];
	int64_t rev = 0;
	bool cacheable = !who->authenticated && !printing, whole = false;
	if (cacheable) {
		struct news_stamp st;
		if (news_public_stamp(req->store, &st) != STORE_OK) {
			reply_internal_error(req, "news stamp");
			return;
		}
		rev = st.revision;
		whole = news_whole_page_key(req, &st, page_key);
		if (whole && cached_whole_page(req, page_key, rev))
			return;
		/* The <head> kept holds absolute addresses: made from the reader's Host when
		 * DIEUHANH_PUBLIC_URL is unset, so that address is part of the key (else one
		 * request with a forged Host would give every reader its canonical link). */
		snprintf(key, sizeof key, "news-article:%016llx:%016llx:%lld:%lld:%d",
		         (unsigned long long)web_fnv1a(slug),
		         (unsigned long long)web_fnv1a(news_public_url(req)), (long long)st.count,
		         (long long)st.newest, (int)web_lang(req));
		if (!whole && cached_article(req, slug, key, rev))
			return;
	}
	struct article a;
	bool editor;
	int s = news_article_read(req->store, &req->arena, who, 0, slug, &a, &editor);
	if (!reply_unless_found(req, s))
		return;
	bool visible = news_visible(&a, news_now());
	struct news_image *imgs;
	size_t nimg = 0;
	if (news_image_list(req->store, a.id, &req->arena, &imgs, &nimg) != STORE_OK) {
		reply_internal_error(req, "article images");
		return;
	}
	bool *placed = arena_array(&req->arena, nimg + 1, sizeof *placed);
	char *body = news_body_html(a.body, imgs, nimg, placed);
	if (body == NULL) {
		reply_internal_error(req, "markdown");
		return;
	}
	const char *body_html = arena_strdup(&req->arena, body);
	free(body);
	if (visible)
		count_view(req, a.id);
	if (printing) {
		print_view(req, &a, body_html, imgs, nimg, placed);
		return;
	}
	const char *head = article_head(req, &a, imgs, nimg);
	struct html m = { 0 };
	size_t views_at;
	article_main(req, &m, &a, visible, editor, body_html, imgs, nimg, placed, &views_at);
	size_t main_len;
	char *main = html_take(&m, &main_len);
	if (cacheable && visible && whole) {
		struct html h = { 0 };
		html_rawf(&h, "%lld %lld ", (long long)a.id, (long long)a.views);
		size_t at_line = h.len;
		html_raw(&h, "0000000000000000\n");
		size_t start = h.len;
		news_layout_begin(req, &h, a.title, "/news", head);
		size_t at = h.len - start + views_at;
		html_raw_n(&h, main, main_len);
		free(main);
		size_t len;
		char *entry = layout_take(req, &h, &len);
		if (entry == NULL) {
			reply_internal_error(req, "article page");
			return;
		}
		/* The count's place, written into the space kept for it (16 digits). */
		char digits[17];
		snprintf(digits, sizeof digits, "%016zu", at);
		memcpy(entry + at_line, digits, 16);
		whole_page_reply(req, entry + start, len - start, at, a.id, a.views);
		struct http_body *b = http_body_take(entry, len);
		if (b) {
			http_cache_store(req->server->cache, page_key, rev, b);
			http_body_release(b);
		}
		return;
	}
	if (cacheable && visible) {
		struct html e = { 0 };
		html_rawf(&e, "%lld %lld %zu %zu %zu\n", (long long)a.id, (long long)a.views, views_at,
		          strlen(a.title), strlen(head));
		html_raw(&e, a.title);
		html_raw(&e, head);
		html_raw_n(&e, main, main_len);
		size_t elen;
		char *entry = html_take(&e, &elen);
		http_cache_put(req->server->cache, key, rev, entry, elen);
		free(entry);
	}
	article_reply(req, a.title, head, main, main_len, views_at, a.id, a.views);
	free(main);
}
