/*
 * web.h: server-rendered HTML pages.  One file per page; the shared chrome
 * (head, header, footer) is in layout.c.  Everything a user typed goes out
 * through html_txt()/html_attr().
 */
#ifndef DIEUHANH_WEB_H
#define DIEUHANH_WEB_H

#include "http/html.h"
#include "http/request.h"

/* Opens the document: <head>, header with TITLE, <main>. */
void layout_begin(struct html *h, const char *title);
/* Closes <main>, the footer and the document, and replies 200. */
void layout_finish(struct http_request *req, struct html *h);

void page_home(struct http_request *req);
void page_unit(struct http_request *req);

#endif
