/*
 * i18n.c: a small gettext .po reader and the per-request lookup.
 *
 * We read .po text rather than compiled .mo files so the catalog in the
 * repository is the one the server uses: no build step to forget, and a
 * translator's edit shows after a restart.  The reader accepts what
 * msgmerge and Poedit write; anything it does not understand is reported
 * with its line number rather than guessed at.
 */
#include "web/i18n.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/request.h"
#include "text/vntext.h"

struct i18n_entry {
	char *msgid;
	char *msgstr;
};

struct i18n_catalog {
	struct i18n_entry *entries;
	size_t n;
	size_t dropped;           /* translations left out: their formats differ */
	char *first_dropped;      /* the msgid of the first of them, for the warning */
};

/* A growing string, for one msgid or msgstr being read. */
struct sbuf {
	char *s;
	size_t len, cap;
};

static void sbuf_add(struct sbuf *b, char c)
{
	if (b->len + 2 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		char *s = realloc(b->s, cap);
		if (s == NULL)
			abort();
		b->s = s;
		b->cap = cap;
	}
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

/* What the reader is collecting: one entry between blank lines. */
struct po_state {
	struct sbuf msgid, msgstr, ignored;
	struct sbuf *target;      /* where a continuation line goes */
	bool has_msgid, has_msgstr, fuzzy, context, plural;
	struct i18n_entry *entries;
	size_t n, cap;
	size_t dropped;
	char *first_dropped;
};

/*
 * The next printf conversion in S at or after *P, reduced to what decides
 * how the arguments are read: '*' for a width or precision taken from an
 * argument, the length modifier and the conversion ("*ld", "s", "d").
 * Flags and literal widths may differ between languages; "%%" takes no
 * argument.  False at the end of S.
 */
static bool next_conversion(const char **p, char out[8])
{
	for (const char *s = *p; (s = strchr(s, '%')) != NULL;) {
		s++;
		if (*s == '%') {
			s++;
			continue;
		}
		size_t n = 0;
		/* A positional "%1$s" is kept whole: it must match exactly. */
		while (*s >= '0' && *s <= '9')
			s++;
		if (*s == '$') {
			out[n++] = '$';
			s++;
		}
		while (*s && strchr("-+ #0'", *s))
			s++;
		for (int part = 0; part < 2; part++) {
			if (part == 1) {
				if (*s != '.')
					break;
				s++;
			}
			if (*s == '*') {
				out[n++] = '*';
				s++;
			}
			while (*s >= '0' && *s <= '9')
				s++;
		}
		while (*s && strchr("hlLqjzt", *s) && n < 6)
			out[n++] = *s++;
		if (*s == '\0') {
			out[n++] = '?';     /* a lone '%' at the end: never equal to a real one */
		} else {
			out[n++] = *s++;
		}
		out[n] = '\0';
		*p = s;
		return true;
	}
	return false;
}

/*
 * True when a translation reads the same arguments, in the same order, as
 * its original.  The pages pass translations to printf; a translator's
 * "%s" for "%d" would read an int as a pointer.
 */
static bool formats_agree(const char *msgid, const char *msgstr)
{
	const char *a = msgid, *b = msgstr;
	char ca[8], cb[8];
	for (;;) {
		bool more_a = next_conversion(&a, ca), more_b = next_conversion(&b, cb);
		if (more_a != more_b)
			return false;
		if (!more_a)
			return true;
		if (strcmp(ca, cb) != 0)
			return false;
	}
}

static void entry_reset(struct po_state *st)
{
	st->msgid.len = st->msgstr.len = st->ignored.len = 0;
	st->target = NULL;
	st->has_msgid = st->has_msgstr = st->fuzzy = st->context = st->plural = false;
}

/*
 * Ends the entry being read: kept only when it is a plain, reviewed,
 * translated string.  The header (empty msgid) is metadata, not a string.
 */
static void entry_flush(struct po_state *st)
{
	bool keep = st->has_msgid && st->has_msgstr && !st->fuzzy && !st->context && !st->plural
	            && st->msgid.len > 0 && st->msgstr.len > 0;
	if (keep && !formats_agree(st->msgid.s, st->msgstr.s)) {
		keep = false;
		if (st->dropped++ == 0) {
			st->first_dropped = strndup(st->msgid.s, st->msgid.len);
			if (st->first_dropped == NULL)
				abort();
		}
	}
	if (keep) {
		if (st->n == st->cap) {
			st->cap = st->cap ? st->cap * 2 : 128;
			struct i18n_entry *e = realloc(st->entries, st->cap * sizeof *e);
			if (e == NULL)
				abort();
			st->entries = e;
		}
		st->entries[st->n].msgid = strndup(st->msgid.s, st->msgid.len);
		st->entries[st->n].msgstr = strndup(st->msgstr.s, st->msgstr.len);
		if (st->entries[st->n].msgid == NULL || st->entries[st->n].msgstr == NULL)
			abort();
		st->n++;
	}
	entry_reset(st);
}

/*
 * Appends the quoted string at P (a '"' after optional blanks) to OUT,
 * decoding escapes.  Returns NULL on success, else the problem.
 */
static const char *read_quoted(const char *p, const char *end, struct sbuf *out)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p == end || *p != '"')
		return "expected a quoted string";
	for (p++; p < end && *p != '"'; p++) {
		if (*p != '\\') {
			sbuf_add(out, *p);
			continue;
		}
		if (++p == end)
			return "unfinished escape";
		switch (*p) {
		case 'n': sbuf_add(out, '\n'); break;
		case 't': sbuf_add(out, '\t'); break;
		case 'r': sbuf_add(out, '\r'); break;
		case 'a': sbuf_add(out, '\a'); break;
		case 'b': sbuf_add(out, '\b'); break;
		case 'f': sbuf_add(out, '\f'); break;
		case 'v': sbuf_add(out, '\v'); break;
		case '"': case '\\': case '\'': case '?': sbuf_add(out, *p); break;
		default: return "unknown escape";
		}
	}
	if (p == end)
		return "missing closing quote";
	for (p++; p < end; p++)
		if (*p != ' ' && *p != '\t')
			return "text after the closing quote";
	return NULL;
}

/* True when LINE starts with keyword KW followed by a blank or '"'. */
static bool keyword(const char *line, const char *end, const char *kw, const char **rest)
{
	size_t n = strlen(kw);
	if ((size_t)(end - line) <= n || strncmp(line, kw, n) != 0)
		return false;
	if (line[n] != ' ' && line[n] != '\t' && line[n] != '"')
		return false;
	*rest = line + n;
	return true;
}

/* One line (without its newline); NULL when fine, else the problem. */
static const char *po_line(struct po_state *st, const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p == end) {
		entry_flush(st);
		return NULL;
	}
	if (*p == '#') {
		/* A comment after a msgstr opens the next entry. */
		if (st->has_msgstr)
			entry_flush(st);
		if (end - p >= 2 && p[1] == ',') {
			const char *f = p + 2;
			size_t n = (size_t)(end - f);
			for (size_t i = 0; i + 5 <= n; i++)
				if (memcmp(f + i, "fuzzy", 5) == 0)
					st->fuzzy = true;
		}
		return NULL;
	}
	if (*p == '"') {
		if (st->target == NULL)
			return "a string continues nothing";
		return read_quoted(p, end, st->target);
	}
	const char *rest;
	if (keyword(p, end, "msgctxt", &rest)) {
		if (st->has_msgstr)
			entry_flush(st);
		st->context = true;
		st->target = &st->ignored;
	} else if (keyword(p, end, "msgid", &rest)) {
		if (st->has_msgstr) {
			entry_flush(st);
		} else if (st->has_msgid) {
			return "msgid without msgstr";
		}
		st->has_msgid = true;
		st->target = &st->msgid;
	} else if (keyword(p, end, "msgid_plural", &rest)) {
		if (!st->has_msgid)
			return "msgid_plural without msgid";
		st->plural = true;
		st->target = &st->ignored;
	} else if (keyword(p, end, "msgstr", &rest)) {
		if (!st->has_msgid)
			return "msgstr without msgid";
		if (st->has_msgstr)
			return "a second msgstr";
		st->has_msgstr = true;
		st->target = &st->msgstr;
	} else if (end - p > 7 && strncmp(p, "msgstr[", 7) == 0) {
		const char *q = memchr(p, ']', (size_t)(end - p));
		if (q == NULL || !st->has_msgid)
			return "malformed msgstr[N]";
		st->has_msgstr = true;
		st->plural = true;
		st->target = &st->ignored;
		rest = q + 1;
	} else {
		return "unknown keyword";
	}
	return read_quoted(rest, end, st->target);
}

static int entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct i18n_entry *)a)->msgid, ((const struct i18n_entry *)b)->msgid);
}

static void entries_free(struct i18n_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(e[i].msgid);
		free(e[i].msgstr);
	}
	free(e);
}

struct i18n_catalog *i18n_catalog_parse(const char *text, size_t len, char *err,
                                        size_t errlen)
{
	struct po_state st = { 0 };
	const char *p = text, *end = text + len;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	const char *problem = NULL;
	size_t lineno = 0;
	while (p < end && problem == NULL) {
		lineno++;
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		size_t n = (size_t)(eol - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		const char *stop = p + n;
		if (memchr(p, '\0', n) != NULL)
			problem = "NUL byte";
		else
			problem = po_line(&st, p, stop);
		p = nl ? nl + 1 : end;
	}
	if (problem == NULL)
		entry_flush(&st);
	free(st.msgid.s);
	free(st.msgstr.s);
	free(st.ignored.s);
	for (size_t i = 0; problem == NULL && i < st.n; i++)
		if (!vn_valid_utf8(st.entries[i].msgstr, strlen(st.entries[i].msgstr))
		    || !vn_valid_utf8(st.entries[i].msgid, strlen(st.entries[i].msgid))) {
			problem = "text that is not UTF-8";
			lineno = 0;
		}
	if (problem) {
		snprintf(err, errlen, "line %zu: %s", lineno, problem);
		entries_free(st.entries, st.n);
		free(st.first_dropped);
		return NULL;
	}
	if (st.n > 1)
		qsort(st.entries, st.n, sizeof *st.entries, entry_cmp);
	/* msgfmt refuses duplicates; we keep the first and drop the others. */
	size_t kept = 0;
	for (size_t i = 0; i < st.n; i++) {
		if (kept && strcmp(st.entries[kept - 1].msgid, st.entries[i].msgid) == 0) {
			free(st.entries[i].msgid);
			free(st.entries[i].msgstr);
			continue;
		}
		st.entries[kept++] = st.entries[i];
	}
	struct i18n_catalog *c = calloc(1, sizeof *c);
	if (c == NULL)
		abort();
	c->entries = st.entries;
	c->n = kept;
	c->dropped = st.dropped;
	c->first_dropped = st.first_dropped;
	return c;
}

struct i18n_catalog *i18n_catalog_load(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	char *text = NULL;
	size_t len = 0, cap = 0, got;
	char chunk[8192];
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (len + got > cap) {
			cap = (len + got) * 2;
			char *t = realloc(text, cap);
			if (t == NULL)
				abort();
			text = t;
		}
		memcpy(text + len, chunk, got);
		len += got;
	}
	bool failed = ferror(f);
	fclose(f);
	struct i18n_catalog *c = NULL;
	if (failed) {
		snprintf(err, errlen, "%s: read error", path);
	} else {
		char inner[200];
		c = i18n_catalog_parse(text ? text : "", len, inner, sizeof inner);
		if (c == NULL)
			snprintf(err, errlen, "%s: %s", path, inner);
	}
	free(text);
	return c;
}

const char *i18n_catalog_get(const struct i18n_catalog *c, const char *msgid)
{
	if (c == NULL || msgid == NULL || c->n == 0)
		return NULL;
	struct i18n_entry key = { .msgid = (char *)(uintptr_t)msgid };
	const struct i18n_entry *e = bsearch(&key, c->entries, c->n, sizeof *c->entries,
	                                     entry_cmp);
	return e ? e->msgstr : NULL;
}

size_t i18n_catalog_size(const struct i18n_catalog *c)
{
	return c ? c->n : 0;
}

size_t i18n_catalog_dropped(const struct i18n_catalog *c, const char **first)
{
	if (first)
		*first = c ? c->first_dropped : NULL;
	return c ? c->dropped : 0;
}

void i18n_catalog_free(struct i18n_catalog *c)
{
	if (c == NULL)
		return;
	entries_free(c->entries, c->n);
	free(c->first_dropped);
	free(c);
}

/* ---- the process's catalog -------------------------------------------- */

static pthread_once_t vi_once = PTHREAD_ONCE_INIT;
static const char *vi_dir;                 /* set by i18n_init before the once */
static struct i18n_catalog *vi_catalog;    /* written once, then only read */

static void vi_load(void)
{
	const char *dir = vi_dir ? vi_dir : getenv("DIEUHANH_PO");
	char path[4096], err[512];
	snprintf(path, sizeof path, "%s/vi.po", dir && *dir ? dir : "po");
	vi_catalog = i18n_catalog_load(path, err, sizeof err);
	const char *first;
	size_t dropped = i18n_catalog_dropped(vi_catalog, &first);
	if (vi_catalog == NULL)
		fprintf(stderr, "warning: no Vietnamese catalog (%s); pages will be in English\n",
		        err);
	else if (dropped)
		fprintf(stderr, "warning: %s: %zu translation(s) left out, shown in English: their "
		        "printf conversions differ from the original's (first: \"%s\")\n",
		        path, dropped, first);
}

void i18n_init(const char *dir)
{
	vi_dir = dir;
	pthread_once(&vi_once, vi_load);
}

/* Resolved once per request: T() is called hundreds of times per page. */
enum web_lang web_lang(struct http_request *req)
{
	if (req->lang)
		return (enum web_lang)(req->lang - 1);
	const char *c = http_cookie(req, "dh_lang");
	enum web_lang l;
	if (c && strcmp(c, "en") == 0) {
		l = LANG_EN;
	} else {
		/* Without a catalog the pages are English, and must say so in lang="". */
		pthread_once(&vi_once, vi_load);
		l = vi_catalog ? LANG_VI : LANG_EN;
	}
	req->lang = (int)l + 1;
	return l;
}

const char *T(struct http_request *req, const char *msgid)
{
	if (web_lang(req) == LANG_EN)
		return msgid;
	const char *s = i18n_catalog_get(vi_catalog, msgid);
	return s ? s : msgid;
}
