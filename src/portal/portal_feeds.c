/*
 * portal_feeds.c: Atom feeds (RFC 4287) of the published news —
 * /feeds/news.atom for the whole site, /feeds/<category>.atom for one
 * category — and /sitemap.xml.  Both answer If-None-Match /
 * If-Modified-Since with 304 from the public set's stamp (one small read).
 * Entry ids are tag: URIs, stable whatever address the site is served at.
 */
#include "portal/portal_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/html.h"
#include "http/reply.h"
#include "news/news_pages.h"
#include "news/news_service.h"
#include "org/org_service.h"
#include "portal/portal.h"
#include "store/store.h"

enum { FEED_ENTRIES = 30 };

static void rfc3339_utc(int64_t t, char *buf, size_t n)
{
	news_time_rfc3339(t, buf, n);
}

/*
 * BODY (news_body_html's) with its pictures' src made absolute on BASE,
 * malloc'd; NULL when out of memory.  Only a placed picture writes
 * src="/media/articles/: the body's own text comes out escaped.
 */
static char *absolute_media(const char *body, const char *base)
{
	static const char mark[] = "src=\"/media/articles/";
	const size_t mlen = sizeof mark - 1, blen = strlen(base);
	size_t hits = 0;
	for (const char *p = body; (p = strstr(p, mark)) != NULL; p += mlen)
		hits++;
	size_t len = strlen(body);
	char *out = malloc(len + hits * blen + 1), *o = out;
	if (out == NULL)
		return NULL;
	for (const char *p = body, *q; ; p = q + mlen) {
		q = strstr(p, mark);
		size_t keep = q ? (size_t)(q - p) : strlen(p);
		memcpy(o, p, keep);
		o += keep;
		if (q == NULL)
			break;
		memcpy(o, "src=\"", 5);
		memcpy(o + 5, base, blen);
		memcpy(o + 5 + blen, mark + 5, mlen - 5);
		o += mlen + blen;
	}
	*o = '\0';
	return out;
}

static void feed_entry(struct http_request *req, struct html *h, const struct article *a)
{
	const char *base = news_public_url(req);
	char when[40];
	rfc3339_utc(a->published_at, when, sizeof when);
	html_rawf(h, "<entry><id>tag:dieuhanh,2019:article:%lld</id><title>", (long long)a->id);
	html_txt(h, a->title);
	html_raw(h, "</title><link rel=\"alternate\" type=\"text/html\" href=\"");
	html_attr(h, base);
	html_raw(h, "/news/");
	html_attr(h, a->slug);
	html_rawf(h, "\"/><published>%s</published><updated>%s</updated><author><name>", when,
	          when);
	html_txt(h, a->author && *a->author ? a->author : T(req, "News"));
	html_raw(h, "</name></author><category term=\"");
	html_attr(h, a->category);
	html_raw(h, "\" label=\"");
	html_attr(h, news_category_label(req, a->category));
	html_raw(h, "\"/>");
	if (a->lead && *a->lead) {
		html_raw(h, "<summary>");
		html_txt(h, a->lead);
		html_raw(h, "</summary>");
	}
	/* The body's pictures by their absolute address: a feed is read away from the site. */
	struct news_image *imgs = NULL;
	size_t nimg = 0;
	if (news_image_list(req->store, a->id, &req->arena, &imgs, &nimg) != STORE_OK)
		nimg = 0;
	char *body = news_body_html(a->body, imgs, nimg, NULL);
	if (body && nimg > 0) {
		char *abs = absolute_media(body, base);
		free(body);
		body = abs;
	}
	html_raw(h, "<content type=\"html\">");
	html_txt(h, body ? body : "");
	free(body);
	html_raw(h, "</content></entry>");
}

/* GET /feeds/news.atom, /feeds/<category>.atom */
void portal_feed(struct http_request *req)
{
	const char *file = http_param(req, "file");
	size_t len = file ? strlen(file) : 0;
	if (len < 6 || strcmp(file + len - 5, ".atom") != 0) {
		reply_not_found(req);
		return;
	}
	const char *name = arena_strndup(&req->arena, file, len - 5);
	const char *category = NULL;
	if (strcmp(name, "news") != 0) {
		if (news_category_find(name) == NULL) {
			reply_not_found(req);
			return;
		}
		category = name;
	}
	struct news_stamp stamp;
	if (news_public_stamp(req->store, &stamp) != STORE_OK) {
		reply_internal_error(req, "news stamp");
		return;
	}
	char etag[128], lm[40];
	if (portal_not_modified(req, "feed", name, &stamp, etag, sizeof etag, lm, sizeof lm))
		return;
	struct news_filter f = { .category = category, .limit = FEED_ENTRIES };
	struct article *items;
	size_t n;
	if (news_public_list(req->store, &f, &req->arena, &items, &n) != STORE_OK) {
		reply_internal_error(req, "feed");
		return;
	}
	const char *base = news_public_url(req);
	struct html h = { 0 };
	html_raw(&h, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	             "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">");
	html_rawf(&h, "<id>tag:dieuhanh,2019:feed:%s</id><title>", name);
	html_txt(&h, category ? news_category_label(req, category) : T(req, "News"));
	html_raw(&h, "</title><link rel=\"self\" type=\"application/atom+xml\" href=\"");
	html_attr(&h, base);
	html_raw(&h, "/feeds/");
	html_attr(&h, file);
	html_raw(&h, "\"/><link rel=\"alternate\" type=\"text/html\" href=\"");
	html_attr(&h, base);
	html_raw(&h, category ? "/news?category=" : "/news");
	if (category)
		html_attr(&h, category);
	char updated[40];
	rfc3339_utc(n ? items[0].published_at : stamp.changed, updated, sizeof updated);
	html_rawf(&h, "\"/><updated>%s</updated><author><name>", updated);
	html_txt(&h, T(req, "News"));
	html_raw(&h, "</name></author>");
	for (size_t i = 0; i < n; i++)
		feed_entry(req, &h, &items[i]);
	html_raw(&h, "</feed>\n");
	size_t out_len;
	char *out = html_take(&h, &out_len);
	reply_bytes(req, 200, out, out_len, "application/atom+xml; charset=utf-8");
	portal_validators(req, etag, lm);
}

static void url(struct http_request *req, struct html *h, const char *path,
                const char *lastmod)
{
	html_raw(h, "<url><loc>");
	html_txt(h, news_public_url(req));
	html_txt(h, path);
	html_raw(h, "</loc>");
	if (lastmod)
		html_rawf(h, "<lastmod>%s</lastmod>", lastmod);
	html_raw(h, "</url>");
}

/* GET /sitemap.xml: the public pages, every published article, every unit. */
void portal_sitemap(struct http_request *req)
{
	struct news_stamp stamp;
	if (news_public_stamp(req->store, &stamp) != STORE_OK) {
		reply_internal_error(req, "news stamp");
		return;
	}
	int64_t org_rev = 0;
	if (org_unit_revision(req->store, &org_rev) != STORE_OK) {
		reply_internal_error(req, "org revision");
		return;
	}
	char etag[128], lm[40], variant[32];
	snprintf(variant, sizeof variant, "u%lld", (long long)org_rev);
	if (portal_not_modified(req, "sitemap", variant, &stamp, etag, sizeof etag, lm, sizeof lm))
		return;
	struct news_filter f = { .limit = 50000 };
	struct article *items;
	size_t n;
	struct unit_filter uf = { 0 };
	struct org_unit *units;
	size_t nu;
	if (news_public_list(req->store, &f, &req->arena, &items, &n) != STORE_OK
	    || org_unit_list(req->store, &uf, &req->arena, &units, &nu) != STORE_OK) {
		reply_internal_error(req, "sitemap");
		return;
	}
	struct html h = { 0 };
	html_raw(&h, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	             "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
	static const char *const pages[] = { "/", "/news", "/units", "/targets", "/transparency" };
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++)
		url(req, &h, pages[i], NULL);
	for (const struct news_category *c = news_categories; c->code; c++)
		url(req, &h, arena_printf(&req->arena, "/news?category=%s", c->code), NULL);
	for (size_t i = 0; i < n; i++) {
		char when[40];
		rfc3339_utc(items[i].published_at, when, sizeof when);
		url(req, &h, arena_printf(&req->arena, "/news/%s", items[i].slug), when);
	}
	for (size_t i = 0; i < nu; i++)
		url(req, &h, arena_printf(&req->arena, "/units/%lld", (long long)units[i].id), NULL);
	html_raw(&h, "</urlset>\n");
	size_t out_len;
	char *out = html_take(&h, &out_len);
	reply_bytes(req, 200, out, out_len, "application/xml; charset=utf-8");
	portal_validators(req, etag, lm);
}
