/* news_pages.h: what the news pages share with each other and with the portal's. */
#ifndef DIEUHANH_NEWS_PAGES_H
#define DIEUHANH_NEWS_PAGES_H

#include "news/news.h"
#include "news/news_store.h"
#include "web/web.h"

/*
 * The site's public address for canonical links, feeds and the sitemap:
 * DIEUHANH_PUBLIC_URL ("https://quan9.example.vn"), else the scheme and
 * Host the request came with (checked to be a host name), else "".
 */
const char *news_public_url(struct http_request *req);
/* layout_begin() with HEAD (markup written here: link and meta elements) in <head>. */
void news_layout_begin(struct http_request *req, struct html *h, const char *title,
                       const char *nav, const char *head);
/* The category's label in the reader's language. */
const char *news_category_label(struct http_request *req, const char *code);
/*
 * KEY (96 bytes) under which the whole page at REQ's path may be kept for
 * this reader (news_pages.c: the address, the public articles' stamp ST,
 * the unit tree's revision, language, display choices, public address);
 * false when it is not to be kept (a query string, an unknown choice).
 * The caller checks the reader is anonymous.
 */
bool news_whole_page_key(struct http_request *req, const struct news_stamp *st, char *key);
/* <time datetime="…">Thứ năm, 17/01/2019, 20:50 CH</time> */
void news_dateline(struct http_request *req, struct html *h, const struct article *a);
/* One article in a short list (related, latest): <li>, its title linked, its dateline. */
void news_link_item(struct http_request *req, struct html *h, const struct article *a);
/* One article in a list: title link, dateline, category, the lead when LEAD. */
void news_item(struct http_request *req, struct html *h, const struct article *a, bool lead);

#endif
