/* news.c: see news.h. */
#include "news/news.h"

#include <cmark.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "text/vntext.h"
#include "util/arena.h"
#include "web/i18n.h"

static const char *const status_names[NEWS_STATUS_COUNT] = {
	[NEWS_DRAFT] = "draft", [NEWS_REVIEW] = "review", [NEWS_PUBLISHED] = "published",
	[NEWS_WITHDRAWN] = "withdrawn",
};

const char *news_status_name(enum news_status s)
{
	return (unsigned)s < NEWS_STATUS_COUNT ? status_names[s] : "draft";
}

int news_status_parse(const char *s)
{
	for (int i = 0; s && i < NEWS_STATUS_COUNT; i++)
		if (strcmp(s, status_names[i]) == 0)
			return i;
	return -1;
}

const struct news_category news_categories[] = {
	{ "hoat-dong", N_("Activities") },
	{ "kinh-te-xa-hoi", N_("Economy and society") },
	{ "cai-cach-hanh-chinh", N_("Administrative reform") },
	{ "do-thi", N_("Urban management") },
	{ "thong-bao", N_("Announcements") },
	{ NULL, NULL },
};

const struct news_category *news_category_find(const char *code)
{
	for (const struct news_category *c = news_categories; code && c->code; c++)
		if (strcmp(c->code, code) == 0)
			return c;
	return NULL;
}

enum news_move news_transition(enum news_status from, enum news_status to, bool may_write,
                               bool may_publish)
{
	/* The workflow's edges and the permission each needs. */
	static const struct { enum news_status from, to; bool publish; } edges[] = {
		{ NEWS_DRAFT, NEWS_REVIEW, false },          /* submit */
		{ NEWS_REVIEW, NEWS_DRAFT, false },          /* take back, or send back */
		{ NEWS_REVIEW, NEWS_PUBLISHED, true },       /* approve (now or scheduled) */
		{ NEWS_PUBLISHED, NEWS_WITHDRAWN, true },    /* withdraw */
		{ NEWS_WITHDRAWN, NEWS_DRAFT, false },       /* rework */
	};
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
		if (edges[i].from != from || edges[i].to != to)
			continue;
		bool ok = edges[i].publish ? may_publish : (may_write || may_publish);
		return ok ? NEWS_MOVE_OK : NEWS_MOVE_FORBIDDEN;
	}
	return NEWS_MOVE_NOT_AN_EDGE;
}

bool news_editable(enum news_status s)
{
	return s == NEWS_DRAFT || s == NEWS_REVIEW;
}

bool news_visible(const struct article *a, int64_t now)
{
	return a->status == NEWS_PUBLISHED && a->published_at > 0 && a->published_at <= now;
}

char *news_slugify(const char *title, struct arena *a)
{
	char *folded = vn_fold(title ? title : "");
	size_t cap = NEWS_SLUG_WORDS;
	char *out = arena_alloc(a, cap + 1);
	size_t n = 0;
	bool dash = false;
	for (const unsigned char *p = (const unsigned char *)(folded ? folded : ""); *p; p++) {
		bool keep = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9');
		if (!keep) {
			dash = n > 0;
			continue;
		}
		if (dash) {
			if (n + 2 > cap)
				break;
			out[n++] = '-';
			dash = false;
		}
		if (n + 1 > cap)
			break;
		out[n++] = (char)*p;
	}
	out[n] = '\0';
	/* Cut at a word's end rather than inside one. */
	if (folded && n + 1 >= cap) {
		char *last = strrchr(out, '-');
		if (last && last - out > (ptrdiff_t)cap / 2)
			n = (size_t)(last - out);
	}
	out[n] = '\0';
	free(folded);
	return out;
}

bool news_slug_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > NEWS_SLUG_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return false;
	return true;
}

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

bool news_check(const struct article *a, const char **field, const char **detail)
{
	struct { const char *field, *value; size_t max; bool required; } checks[] = {
		{ "title", a->title, NEWS_TITLE_MAX, true },
		{ "lead", a->lead, NEWS_LEAD_MAX, false },
		{ "body", a->body, NEWS_BODY_MAX, true },
		{ "author", a->author, NEWS_AUTHOR_MAX, false },
	};
	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {
		const char *v = checks[i].value;
		if (checks[i].required && blank(v)) {
			*field = checks[i].field;
			*detail = N_("This field is required.");
			return false;
		}
		if (v && strlen(v) > checks[i].max) {
			*field = checks[i].field;
			*detail = N_("This text is too long.");
			return false;
		}
	}
	if (news_category_find(a->category) == NULL) {
		*field = "category";
		*detail = N_("Choose one of the categories.");
		return false;
	}
	return true;
}

char *news_markdown_html(const char *markdown)
{
	const char *md = markdown ? markdown : "";
	/*
	 * CMARK_OPT_DEFAULT is safe since cmark 0.29: raw HTML becomes a
	 * comment and javascript:/vbscript:/file:/data: links are emptied.
	 * CMARK_OPT_UNSAFE would undo that and is never passed.
	 */
	return cmark_markdown_to_html(md, strlen(md), CMARK_OPT_DEFAULT);
}

int64_t news_image_ref(const char *url)
{
	static const char *const prefixes[] = { "image:", "/media/articles/" };
	for (size_t i = 0; url && i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(url, prefixes[i], n) != 0)
			continue;
		const char *p = url + n;
		int64_t id = 0;
		for (; *p >= '0' && *p <= '9'; p++) {
			if (id > (INT64_MAX - 9) / 10)
				return 0;
			id = id * 10 + (*p - '0');
		}
		return *p == '\0' ? id : 0;
	}
	return 0;
}

/* Replaces NODE by its children (an image by its alt text), then frees it. */
static void unwrap(cmark_node *node)
{
	cmark_node *c;
	while ((c = cmark_node_first_child(node)) != NULL)
		cmark_node_insert_before(node, c);
	cmark_node_free(node);
}

static cmark_node *text_node(const char *text)
{
	cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
	if (t)
		cmark_node_set_literal(t, text);
	return t;
}

/* Puts the picture IM at the image node NODE: its address, alt text and caption. */
static void place(cmark_node *node, const struct news_image *im)
{
	char url[48];
	snprintf(url, sizeof url, "/media/articles/%lld", (long long)im->id);
	cmark_node_set_url(node, url);
	/* An image's alt text is its children's text: the picture's own when the body gave none. */
	if (cmark_node_first_child(node) == NULL && im->alt && *im->alt)
		cmark_node_append_child(node, text_node(im->alt));
	cmark_node *para = cmark_node_parent(node);
	bool alone = para && cmark_node_get_type(para) == CMARK_NODE_PARAGRAPH
	             && cmark_node_first_child(para) == node && cmark_node_next(node) == NULL;
	if (alone && im->caption && *im->caption) {
		cmark_node *br = cmark_node_new(CMARK_NODE_LINEBREAK);
		cmark_node *em = cmark_node_new(CMARK_NODE_EMPH);
		if (br && em) {
			cmark_node_append_child(em, text_node(im->caption));
			cmark_node_append_child(para, br);
			cmark_node_append_child(para, em);
		} else {
			cmark_node_free(br);
			cmark_node_free(em);
		}
	}
}

char *news_body_html(const char *markdown, const struct news_image *imgs, size_t n,
                     bool *placed)
{
	const char *md = markdown ? markdown : "";
	for (size_t i = 0; placed && i < n; i++)
		placed[i] = false;
	cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT);
	if (doc == NULL)
		return NULL;
	/* The image nodes first: the tree is changed after the walk, not during it. */
	size_t count = 0, cap = 0;
	cmark_node **found = NULL;
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
			continue;
		if (count == cap) {
			cap = cap ? cap * 2 : 8;
			cmark_node **more = realloc(found, cap * sizeof *found);
			if (more == NULL) {
				cap = count;
				break;
			}
			found = more;
		}
		found[count++] = node;
	}
	cmark_iter_free(it);
	for (size_t k = 0; k < count; k++) {
		int64_t id = news_image_ref(cmark_node_get_url(found[k]));
		size_t i = 0;
		while (id && i < n && imgs[i].id != id)
			i++;
		if (id && i < n) {
			place(found[k], &imgs[i]);
			if (placed)
				placed[i] = true;
		} else {
			unwrap(found[k]);
		}
	}
	free(found);
	/* Rendered with the safe defaults still: raw HTML dropped, dangerous URLs emptied. */
	char *html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
	cmark_node_free(doc);
	return html;
}

/*
 * Does S contain the lower-case ASCII NEEDLE, ignoring ASCII case?  S is
 * lowered once into a buffer (a User-Agent longer than it is looked at by
 * its first NEWS_UA_SCAN bytes: the marks come early), then searched by
 * strstr: the view counter runs this on every article request.
 */
enum { NEWS_UA_SCAN = 512 };

static void lower_into(char *buf, size_t n, const char *s)
{
	size_t i = 0;
	for (; s[i] && i + 1 < n; i++)
		buf[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
	buf[i] = '\0';
}

bool news_is_bot(const char *ua, const char *purpose)
{
	char low[NEWS_UA_SCAN + 1];
	if (purpose) {
		lower_into(low, sizeof low, purpose);
		if (strstr(low, "prefetch"))
			return true;
	}
	if (ua == NULL || *ua == '\0')
		return true;
	lower_into(low, sizeof low, ua);
	static const char *const marks[] = {
		"bot", "crawl", "spider", "slurp", "facebookexternalhit", "preview", "monitor",
		"curl", "wget", "python", "go-http-client", "java/", "libwww", "httpclient",
		"headless", "lighthouse", "wrk", "feed",
	};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strstr(low, marks[i]))
			return true;
	return false;
}

static bool alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Does FOLDED contain WORD (LEN bytes, not NUL-terminated) as a whole word? */
static bool has_word(const char *folded, const char *word, size_t len)
{
	char w[128];
	if (folded == NULL || len == 0 || len >= sizeof w)
		return false;
	memcpy(w, word, len);
	w[len] = '\0';
	for (const char *p = folded; (p = strstr(p, w)) != NULL; p++)
		if ((p == folded || !alnum(p[-1])) && !alnum(p[len]))
			return true;
	return false;
}

int news_search_score(const char *q, const char *title, const char *lead, const char *body)
{
	int score = 0;
	if (title && strstr(title, q))
		score += 20;
	const char *p = q;
	while (*p) {
		while (*p == ' ')
			p++;
		size_t len = strcspn(p, " ");
		if (len == 0)
			break;
		int w = 0;
		if (has_word(title, p, len))
			w += 6;
		if (has_word(lead, p, len))
			w += 3;
		if (has_word(body, p, len))
			w += 1;
		if (w == 0)
			return 0;
		score += w;
		p += len;
	}
	return score;
}

void news_time_rfc3339(int64_t t, char *buf, size_t n)
{
	time_t local = (time_t)t + 7 * 3600;
	struct tm tm;
	if (gmtime_r(&local, &tm) == NULL || strftime(buf, n, "%Y-%m-%dT%H:%M:%S+07:00", &tm) == 0)
		snprintf(buf, n, "1970-01-01T07:00:00+07:00");
}

bool news_time_parse(const char *s, int64_t *out)
{
	struct tm tm = { 0 };
	int used = 0;
	if (s == NULL || sscanf(s, "%4d-%2d-%2dT%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
	                        &tm.tm_hour, &tm.tm_min, &used) != 5)
		return false;
	const char *rest = s + used;
	if (rest[0] == ':') {
		if (sscanf(rest, ":%2d%n", &tm.tm_sec, &used) != 1)
			return false;
		rest += used;
	}
	long offset = 7 * 3600;
	if (strcmp(rest, "Z") == 0) {
		offset = 0;
	} else if ((rest[0] == '+' || rest[0] == '-') && strlen(rest) == 6 && rest[3] == ':') {
		int hh, mm;
		if (sscanf(rest + 1, "%2d:%2d", &hh, &mm) != 2 || hh > 14 || mm > 59)
			return false;
		offset = (rest[0] == '-' ? -1 : 1) * (hh * 3600L + mm * 60L);
	} else if (*rest != '\0') {
		return false;
	}
	if (tm.tm_year < 1970 || tm.tm_year > 9999 || tm.tm_mon < 1 || tm.tm_mon > 12
	    || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59
	    || tm.tm_sec > 60)
		return false;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	*out = (int64_t)timegm(&tm) - offset;
	return true;
}
