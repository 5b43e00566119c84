/*
 * html.h: building HTML with escaping by default (after cgit's html.c).
 *
 * html_txt() and html_attr() escape; html_raw() is the spelled-out exception
 * for markup the program itself wrote (html_raw_n() for a buffer with a
 * length).  The buffer grows on the heap and is handed to reply_html() whole.
 */
#ifndef DIEUHANH_HTML_H
#define DIEUHANH_HTML_H

#include <stddef.h>

struct html {
	char *buf;
	size_t len;
	size_t cap;
};

void html_raw(struct html *h, const char *s);
/*
 * N bytes of S, as they are.  For any buffer that carries its length (a
 * cached body, html_take()'s result): such a buffer need not end in NUL, and
 * html_raw()'s strlen would read past it into other heap memory.
 */
void html_raw_n(struct html *h, const char *s, size_t n);
void html_rawf(struct html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text content: & < > escaped. */
void html_txt(struct html *h, const char *s);
/* Attribute value (inside double quotes): & < > " ' escaped. */
void html_attr(struct html *h, const char *s);
/* A URL component: everything but unreserved characters and '/' %-encoded. */
void html_url_arg(struct html *h, const char *s);
/* Hands the buffer over (caller frees, e.g. through reply_html). */
char *html_take(struct html *h, size_t *len);
void html_free(struct html *h);

#endif
