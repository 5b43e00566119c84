/*
 * layout.c: the chrome every page shares (head, header, navigation, reader
 * preferences, footer), the HTML error page, and small helpers the pages
 * share (dates, labels, links).
 */
#include "web/web.h"

#include "module.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "org/org_service.h"
#include "store/store.h"
#include "text/vntext.h"

/* ---- helpers ------------------------------------------------------------ */

void web_txtf(struct html *h, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		html_txt(h, small);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (big == NULL)
		abort();
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	html_txt(h, big);
	free(big);
}

bool web_local_path(const char *s)
{
	/* "//host" and "/\host" are other sites to a browser. */
	if (s == NULL || s[0] != '/' || s[1] == '/' || s[1] == '\\')
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f || *p == '\\')
			return false;
	return strlen(s) < 2048;
}

const char *web_datetime(struct http_request *req, int64_t t)
{
	char buf[96];
	if (web_lang(req) == LANG_VI) {
		if (vn_format_datetime(buf, sizeof buf, (time_t)t) == 0)
			return "";
		/* A 24-hour clock needs no SA/CH: "22:16 CH" reads as a contradiction. */
		size_t n = strlen(buf);
		if (n > 3 && (strcmp(buf + n - 3, " SA") == 0 || strcmp(buf + n - 3, " CH") == 0))
			buf[n - 3] = '\0';
	} else {
		/* The same clock as the Vietnamese text: Asia/Ho_Chi_Minh, UTC+7, dates day first. */
		time_t local = (time_t)t + 7 * 3600;
		struct tm tm;
		if (gmtime_r(&local, &tm) == NULL
		    || strftime(buf, sizeof buf, "%a %d/%m/%Y, %H:%M", &tm) == 0)
			return "";
	}
	return arena_strdup(&req->arena, buf);
}

const char *web_datetime_iso(struct http_request *req, const char *iso)
{
	struct tm tm = { 0 };
	if (iso == NULL || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon,
	                          &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return iso ? iso : "";
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return web_datetime(req, (int64_t)timegm(&tm));
}

const char *web_kind_label(struct http_request *req, const char *kind)
{
	static const struct { const char *kind, *label; } labels[] = {
		{ "province", N_("Province") }, { "city", N_("City") },
		{ "district", N_("District") }, { "ward", N_("Ward") },
		{ "commune", N_("Commune") }, { "department", N_("Department") },
		{ "neighbourhood_group", N_("Neighbourhood group") },
		{ "party_committee", N_("Party committee") },
		{ "one_stop_desk", N_("One-stop desk") },
	};
	for (size_t i = 0; kind && i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].kind, kind) == 0)
			return T(req, labels[i].label);
	return kind ? kind : "";
}

const char *web_role_label(struct http_request *req, enum role r)
{
	static const char *const labels[ROLE_COUNT] = {
		[ROLE_OFFICER] = N_("Officer"), [ROLE_UNIT_HEAD] = N_("Unit head"),
		[ROLE_LEADER] = N_("Leader"), [ROLE_SUPERVISOR] = N_("Supervisor"),
		[ROLE_ADMIN] = N_("Administrator"),
	};
	return (unsigned)r < ROLE_COUNT ? T(req, labels[r]) : "?";
}


/* ---- the chrome --------------------------------------------------------- */

/*
 * The unit named in the header: the unit of the user's first role grant,
 * else the top of the tree.  One read either way: on PostgreSQL each read
 * is a round trip, and walking up from a unit cost one per level.
 */
static const char *header_unit_name(struct http_request *req)
{
	struct store *st = req->store;
	const struct principal *p = http_principal(req);
	struct org_unit u;
	if (p->authenticated && p->ngrants > 0
	    && org_unit_get(st, p->grants[0].unit_id, &req->arena, &u) == STORE_OK)
		return u.name;
	return org_unit_root(st, &req->arena, &u) == STORE_OK ? u.name : NULL;
}

static bool nav_shows(const struct principal *p, const struct module_nav *e)
{
	switch (e->show) {
	case NAV_SHOW_ALWAYS: return true;
	case NAV_SHOW_SIGNED_IN: return p->authenticated;
	case NAV_SHOW_ANONYMOUS: return !p->authenticated;
	case NAV_SHOW_PERMITTED: return policy_allows_somewhere(p, e->perm);
	}
	return false;
}

static void nav_item(struct html *h, const char *href, const char *label, bool current)
{
	html_raw(h, "<li><a href=\"");
	html_attr(h, href);
	html_raw(h, current ? "\" aria-current=\"page\">" : "\">");
	html_txt(h, label);
	html_raw(h, "</a></li>");
}

/* One reader-preference link: /prefs?KEY=VALUE&back=<this page>. */
static void pref_link(struct http_request *req, struct html *h, const char *key,
                      const char *value, const char *current, const char *text,
                      const char *hidden, const char *lang)
{
	html_raw(h, "<li><a href=\"/prefs?");
	html_raw(h, key);
	html_raw(h, "=");
	html_raw(h, value);
	html_raw(h, "&amp;back=");
	html_attr(h, http_request_uri(req));
	html_raw(h, "\"");
	if (lang)
		html_rawf(h, " lang=\"%s\" hreflang=\"%s\"", lang, lang);
	if (strcmp(value, current) == 0)
		html_raw(h, " aria-current=\"true\"");
	html_raw(h, ">");
	html_txt(h, text);
	if (hidden) {
		html_raw(h, "<span class=\"vh\"> (");
		html_txt(h, hidden);
		html_raw(h, ")</span>");
	}
	html_raw(h, "</a></li>");
}

static void prefs_bar(struct http_request *req, struct html *h)
{
	const char *font = http_cookie(req, "dh_font");
	const char *theme = http_cookie(req, "dh_theme");
	const char *lang = web_lang(req) == LANG_EN ? "en" : "vi";
	/* Folded into one control: open, it is the same links, and it works without script. */
	html_raw(h, "<details class=\"prefs\"><summary>");
	html_txt(h, T(req, "Text size, colours, language"));
	html_raw(h, "</summary><nav class=\"prefs\" aria-label=\"");
	html_attr(h, T(req, "Reading preferences"));
	html_raw(h, "\"><ul><li class=\"group\">");
	html_txt(h, T(req, "Text size"));
	html_raw(h, "</li>");
	pref_link(req, h, "font", "small", font ? font : "normal", "A\xE2\x88\x92",
	          T(req, "smaller text"), NULL);
	pref_link(req, h, "font", "normal", font ? font : "normal", "A",
	          T(req, "normal text"), NULL);
	pref_link(req, h, "font", "large", font ? font : "normal", "A+",
	          T(req, "larger text"), NULL);
	html_raw(h, "</ul><ul><li class=\"group\">");
	html_txt(h, T(req, "Colours"));
	html_raw(h, "</li>");
	pref_link(req, h, "theme", "default", theme ? theme : "default",
	          T(req, "Default colours"), NULL, NULL);
	pref_link(req, h, "theme", "contrast", theme ? theme : "default",
	          T(req, "High contrast"), NULL, NULL);
	html_raw(h, "</ul><ul><li class=\"group\">");
	html_txt(h, T(req, "Text colour"));
	html_raw(h, "</li>");
	const char *color = http_cookie(req, "dh_color");
	pref_link(req, h, "color", "default", color ? color : "default", T(req, "Default"),
	          T(req, "default text colour"), NULL);
	pref_link(req, h, "color", "black", color ? color : "default", T(req, "Black"), NULL, NULL);
	pref_link(req, h, "color", "blue", color ? color : "default", T(req, "Blue"), NULL, NULL);
	pref_link(req, h, "color", "brown", color ? color : "default", T(req, "Brown"), NULL, NULL);
	html_raw(h, "</ul><ul><li class=\"group\">");
	html_txt(h, T(req, "Language"));
	html_raw(h, "</li>");
	/* Each language named in itself, so it is found by those who read it. */
	pref_link(req, h, "lang", "vi", lang, "Tiếng Việt", NULL, "vi");
	pref_link(req, h, "lang", "en", lang, "English", NULL, "en");
	html_raw(h, "</ul></nav></details>");
}

static void layout_open(struct http_request *req, struct html *h, const char *title,
                        const char *nav, bool has_errors);

void layout_begin(struct http_request *req, struct html *h, const char *title,
                  const char *nav)
{
	layout_open(req, h, title, nav, false);
}

void layout_begin_form(struct http_request *req, struct html *h, const char *title,
                       const char *nav, const struct form_errors *e)
{
	layout_open(req, h, title, nav, e && e->n > 0);
}

static void layout_open(struct http_request *req, struct html *h, const char *title,
                        const char *nav, bool has_errors)
{
	const struct principal *p = http_principal(req);
	const char *unit = header_unit_name(req);
	html_rawf(h, "<!doctype html>\n<html lang=\"%s\" class=\"",
	          web_lang(req) == LANG_EN ? "en" : "vi");
	html_attr(h, prefs_html_class(req));
	html_raw(h, "\"><head><meta charset=\"utf-8\">"
	            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	            "<title>");
	if (has_errors) {
		html_txt(h, T(req, "Error:"));
		html_raw(h, " ");
	}
	html_txt(h, title);
	html_raw(h, " · ");
	html_txt(h, unit ? unit : T(req, "Steering"));
	html_raw(h, "</title><link rel=\"stylesheet\" href=\"/static/css/app.css\"></head><body>"
	            "<a class=\"skip\" href=\"#main\">");
	html_txt(h, T(req, "Skip to main content"));
	html_raw(h, "</a><header class=\"site\"><div class=\"bar\"><a class=\"brand\" href=\"/\">"
	            "<span class=\"app\">");
	html_txt(h, T(req, "Steering"));
	html_raw(h, "</span>");
	if (unit) {
		html_raw(h, " <span class=\"unit\">");
		html_txt(h, unit);
		html_raw(h, "</span>");
	}
	html_raw(h, "</a>");
	if (p->authenticated) {
		html_raw(h, "<div class=\"who\"><span>");
		web_txtf(h, T(req, "Signed in as %s"),
		         p->display_name && *p->display_name ? p->display_name : p->actor.login);
		html_raw(h, "</span>");
		form_button(req, h, "/logout", T(req, "Sign out"), "link");
		html_raw(h, "</div>");
	}
	html_raw(h, "</div><nav class=\"main\" aria-label=\"");
	html_attr(h, T(req, "Main"));
	html_raw(h, "\"><ul>");
	/* Each module's entries, in the order of src/modules.c. */
	for (const struct module *const *m = modules; *m; m++)
		for (const struct module_nav *e = (*m)->nav; e && e->href; e++)
			if (nav_shows(p, e))
				nav_item(h, e->href, T(req, e->label),
				         nav != NULL && strcmp(nav, e->href) == 0);
	html_raw(h, "</ul></nav>");
	prefs_bar(req, h);
	html_raw(h, "</header><main id=\"main\" tabindex=\"-1\"><h1>");
	html_txt(h, title);
	html_raw(h, "</h1>");
}

char *layout_take(struct http_request *req, struct html *h, size_t *len)
{
	html_raw(h, "</main><footer class=\"site\"><p>");
	html_txt(h, T(req, "Steering system for local government"));
	html_raw(h, " · dieuhanh " DIEUHANH_VERSION "</p></footer></body></html>\n");
	return html_take(h, len);
}

bool layout_finish_kept(struct http_request *req, struct html *h, const char *key,
                        int64_t revision)
{
	size_t len;
	char *doc = layout_take(req, h, &len);
	struct http_body *b = doc ? http_body_take(doc, len) : NULL;
	if (b == NULL) {
		reply_internal_error(req, "kept page");
		return false;
	}
	http_cache_store(req->server->cache, key, revision, b);
	reply_body(req, 200, b, "text/html; charset=utf-8");
	http_body_release(b);
	return true;
}

void layout_finish(struct http_request *req, struct html *h, unsigned int status)
{
	size_t len;
	char *body = layout_take(req, h, &len);
	reply_html(req, status, body, len);
}

/*
 * The error titles and details the HTTP layer uses (reply.c, auth_http.c,
 * server.c), listed so they are extracted into the catalog: the error page
 * looks them up by their English text.
 */
static const char *const problem_strings[] __attribute__((unused)) = {
	N_("Not Found"), N_("There is nothing at this address."),
	N_("Forbidden"), N_("Your roles do not allow this on this unit."),
	N_("Internal Server Error"),
	N_("The server could not complete the request; it has been logged."),
	N_("Service Unavailable"), N_("The database is busy; try again in a moment."),
	N_("The service is briefly unavailable; try again in a moment."),
	N_("A query parameter or form field contains a NUL character."),
	N_("Method Not Allowed"), N_("Bad Request"), N_("Content Too Large"),
	N_("Unsupported Media Type"), N_("Sign-in required"),
};

/*
 * The error page: the site's name, the reader's language and preferences
 * (cookies only), the problem and a link home. It reads nothing from the
 * store: not the principal, not a unit name. So a 500 the database caused,
 * a 413 or a robot's 404 costs no query, and it renders with no store at all.
 */
void web_problem_page(struct http_request *req, unsigned int status, const char *title,
                      const char *detail)
{
	struct html h = { 0 };
	html_rawf(&h, "<!doctype html>\n<html lang=\"%s\" class=\"",
	          web_lang(req) == LANG_EN ? "en" : "vi");
	html_attr(&h, prefs_html_class(req));
	html_raw(&h, "\"><head><meta charset=\"utf-8\">"
	             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	             "<title>");
	html_txt(&h, T(req, title));
	html_raw(&h, " · ");
	html_txt(&h, T(req, "Steering"));
	html_raw(&h, "</title><link rel=\"stylesheet\" href=\"/static/css/app.css\"></head><body>"
	             "<a class=\"skip\" href=\"#main\">");
	html_txt(&h, T(req, "Skip to main content"));
	html_raw(&h, "</a><header class=\"site\"><div class=\"bar\"><a class=\"brand\" href=\"/\">"
	             "<span class=\"app\">");
	html_txt(&h, T(req, "Steering"));
	html_raw(&h, "</span></a></div></header><main id=\"main\" tabindex=\"-1\"><h1>");
	html_txt(&h, T(req, title));
	html_raw(&h, "</h1><p class=\"problem\">");
	/* 405 details name the methods; a general sentence reads better. */
	if (status == 405)
		html_txt(&h, T(req, "This address does not accept this kind of request."));
	else
		html_txt(&h, T(req, detail ? detail : title));
	html_raw(&h, "</p><p><a href=\"/\">");
	html_txt(&h, T(req, "Back to the home page"));
	html_raw(&h, "</a></p>");
	layout_finish(req, &h, status);
}

void web_install(void)
{
	reply_set_problem_page(web_problem_page);
}

void web_table_head(struct http_request *req, struct html *h, const char *const *labels,
                    size_t n)
{
	html_raw(h, "<thead><tr>");
	for (size_t i = 0; i < n; i++) {
		html_raw(h, "<th scope=\"col\">");
		html_txt(h, T(req, labels[i]));
		html_raw(h, "</th>");
	}
	html_raw(h, "</tr></thead><tbody>");
}
