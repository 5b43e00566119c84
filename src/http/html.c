/* html.c: see html.h. */
#include "http/html.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void grow(struct html *h, size_t extra)
{
	if (h->len + extra + 1 <= h->cap)
		return;
	size_t cap = h->cap ? h->cap : 4096;
	while (cap < h->len + extra + 1)
		cap *= 2;
	char *b = realloc(h->buf, cap);
	if (b == NULL)
		abort();
	h->buf = b;
	h->cap = cap;
}

static void append(struct html *h, const char *s, size_t n)
{
	grow(h, n);
	if (n)
		memcpy(h->buf + h->len, s, n);
	h->len += n;
	h->buf[h->len] = '\0';
}

void html_raw(struct html *h, const char *s)
{
	append(h, s, strlen(s));
}

void html_raw_n(struct html *h, const char *s, size_t n)
{
	append(h, s, n);
}

void html_rawf(struct html *h, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	if ((size_t)n < sizeof small) {
		append(h, small, (size_t)n);
		return;
	}
	grow(h, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(h->buf + h->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	h->len += (size_t)n;
}

static void escaped(struct html *h, const char *s, const char *special)
{
	if (s == NULL)
		return;
	const char *run = s;
	for (; *s; s++) {
		if (strchr(special, *s) == NULL)
			continue;
		append(h, run, (size_t)(s - run));
		switch (*s) {
		case '&': html_raw(h, "&amp;"); break;
		case '<': html_raw(h, "&lt;"); break;
		case '>': html_raw(h, "&gt;"); break;
		case '"': html_raw(h, "&quot;"); break;
		case '\'': html_raw(h, "&#39;"); break;
		}
		run = s + 1;
	}
	append(h, run, (size_t)(s - run));
}

void html_txt(struct html *h, const char *s)
{
	escaped(h, s, "&<>");
}

void html_attr(struct html *h, const char *s)
{
	escaped(h, s, "&<>\"'");
}

char *html_take(struct html *h, size_t *len)
{
	if (h->buf == NULL)
		html_raw(h, "");
	char *b = h->buf;
	*len = h->len;
	h->buf = NULL;
	h->len = h->cap = 0;
	return b;
}

void html_free(struct html *h)
{
	free(h->buf);
	h->buf = NULL;
	h->len = h->cap = 0;
}

void html_url_arg(struct html *h, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		char c[4] = { (char)*p, 0, 0, 0 };
		bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
		          || (*p >= '0' && *p <= '9') || strchr("-._~/", *p);
		if (!plain) {
			c[0] = '%';
			c[1] = hex[*p >> 4];
			c[2] = hex[*p & 15];
		}
		html_raw(h, c);
	}
}
