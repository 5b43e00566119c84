/*
 * page_home.c: "/".  Signed-in users see their own unit at a glance (the
 * unit of their first role grant) and where to go next; anonymous visitors
 * see the public overview of the organisation.
 */
#include "web/web.h"

#include "module.h"

#include "auth/account_service.h"
#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "news/news_pages.h"
#include "news/news_service.h"
#include "store/store.h"
#include "org/org_service.h"

static void unit_links(struct html *h, struct http_request *req, const struct org_unit *u,
                       size_t n)
{
	html_raw(h, "<ul class=\"units\">");
	for (size_t i = 0; i < n; i++) {
		html_rawf(h, "<li><a href=\"/units/%lld\">", (long long)u[i].id);
		html_txt(h, u[i].name);
		html_raw(h, "</a> <span class=\"kind\">");
		html_txt(h, web_kind_label(req, u[i].kind));
		html_raw(h, "</span></li>");
	}
	html_raw(h, "</ul>");
}

enum { HOME_NEWS = 3 };

/* The latest public articles, as the news list shows them; nothing when there are none. */
static void latest_news(struct http_request *req, struct html *h)
{
	struct news_filter f = { .limit = HOME_NEWS };
	struct article *items;
	size_t n = 0;
	if (news_public_list(req->store, &f, &req->arena, &items, &n) != STORE_OK || n == 0)
		return;
	html_raw(h, "<section class=\"home-news\"><h2>");
	html_txt(h, T(req, "Latest news"));
	html_raw(h, "</h2><ul class=\"news-list\">");
	for (size_t i = 0; i < n; i++)
		news_link_item(req, h, &items[i]);
	html_raw(h, "</ul><p><a href=\"/news\">");
	html_txt(h, T(req, "All news"));
	html_raw(h, "</a></p></section>");
}

/* The public overview: each top unit with its direct sub-units. */
static void home_public(struct http_request *req, struct html *h)
{
	struct store *st = req->store;
	struct unit_filter f = { 0 };
	struct org_unit *all;
	size_t n = 0;
	if (org_unit_list(st, &f, &req->arena, &all, &n) != STORE_OK)
		n = 0;
	/*
	 * What the site is, for a citizen who arrives here: what they can do
	 * first (send a report, follow a dossier), then what they may read.
	 */
	static const struct { const char *href, *label; } links[] = {
		{ "/feedback/new", N_("Send a report or a suggestion to the authorities") },
		{ "/lookup", N_("Follow a dossier you have lodged") },
		{ "/procedures", N_("Administrative procedures: papers, fees, time limits") },
		{ "/news", N_("News") },
		{ "/transparency", N_("Transparency: targets, tasks, dossiers and reports answered on time") },
		{ "/targets", N_("The district's targets and how they stand") },
		{ "/targets/late", N_("Figures the wards have not reported on time") },
		{ "/units", N_("Units and who leads them (contacts)") },
	};
	html_raw(h, "<section class=\"intro\"><p>");
	html_txt(h, T(req, "This is the portal and steering system of the local government: its "
	                   "news, its one-stop shop and the reports citizens send, and how the "
	                   "targets and tasks of the year stand in each ward. Everything on these "
	                   "pages is public."));
	html_raw(h, "</p><ul class=\"links\">");
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
		html_raw(h, "<li><a href=\"");
		html_attr(h, links[i].href);
		html_raw(h, "\">");
		html_txt(h, T(req, links[i].label));
		html_raw(h, "</a></li>");
	}
	html_raw(h, "</ul></section>");
	latest_news(req, h);
	html_raw(h, "<h2>");
	html_txt(h, T(req, "The organisation"));
	html_raw(h, "</h2><p>");
	html_txt(h, T(req, "The public organisation of the local government: its units and "
	                   "who leads them."));
	html_raw(h, "</p>");
	size_t roots = 0;
	for (size_t i = 0; i < n; i++) {
		if (all[i].parent_id != 0)
			continue;
		roots++;
		html_rawf(h, "<section><h3><a href=\"/units/%lld\">", (long long)all[i].id);
		html_txt(h, all[i].name);
		html_raw(h, "</a></h3>");
		struct unit_filter cf = { .parent_id = all[i].id };
		struct org_unit *children;
		size_t nc = 0;
		if (org_unit_list(st, &cf, &req->arena, &children, &nc) == STORE_OK && nc)
			unit_links(h, req, children, nc);
		html_raw(h, "</section>");
	}
	if (roots == 0) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "There are no units yet."));
		html_raw(h, "</p>");
	}
	html_raw(h, "<p><a href=\"/units\">");
	html_txt(h, T(req, "The whole organisation tree"));
	html_raw(h, "</a></p>");
}

/* The signed-in user's unit: facts, counts, and the next places to go. */
static void home_user(struct http_request *req, struct html *h)
{
	struct store *st = req->store;
	const struct principal *p = http_principal(req);
	struct org_unit u;
	if (p->ngrants == 0
	    || org_unit_get(st, p->grants[0].unit_id, &req->arena, &u) != STORE_OK) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "You have no role on any unit yet; ask an administrator."));
		html_raw(h, "</p>");
		home_public(req, h);
		return;
	}
	html_raw(h, "<section class=\"glance\" aria-labelledby=\"glance-title\">"
	            "<h2 id=\"glance-title\">");
	html_txt(h, u.name);
	html_raw(h, "</h2><dl class=\"facts\"><dt>");
	html_txt(h, T(req, "Kind"));
	html_raw(h, "</dt><dd>");
	html_txt(h, web_kind_label(req, u.kind));
	html_raw(h, "</dd><dt>");
	html_txt(h, T(req, "Your role"));
	html_raw(h, "</dt><dd>");
	html_txt(h, web_role_label(req, p->grants[0].role));
	html_raw(h, "</dd>");
	struct org_unit parent;
	if (u.parent_id && org_unit_get(st, u.parent_id, &req->arena, &parent) == STORE_OK) {
		html_raw(h, "<dt>");
		html_txt(h, T(req, "Part of"));
		html_rawf(h, "</dt><dd><a href=\"/units/%lld\">", (long long)parent.id);
		html_txt(h, parent.name);
		html_raw(h, "</a></dd>");
	}
	struct unit_filter cf = { .parent_id = u.id };
	struct org_unit *children;
	size_t nc = 0;
	if (org_unit_list(st, &cf, &req->arena, &children, &nc) != STORE_OK)
		nc = 0;
	struct person_filter pf = { .unit_id = u.id };
	struct org_person *people;
	size_t np = 0;
	if (org_person_list(st, &pf, &req->arena, &people, &np) != STORE_OK)
		np = 0;
	html_raw(h, "<dt>");
	html_txt(h, T(req, "Sub-units"));
	html_rawf(h, "</dt><dd>%zu</dd><dt>", nc);
	html_txt(h, T(req, "People"));
	html_rawf(h, "</dt><dd>%zu</dd></dl>", np);
	html_rawf(h, "<ul class=\"links\"><li><a href=\"/units/%lld\">", (long long)u.id);
	html_txt(h, T(req, "Open the unit"));
	html_raw(h, "</a></li><li><a href=\"/units\">");
	html_txt(h, T(req, "The whole organisation tree"));
	html_raw(h, "</a></li><li><a href=\"/history\">");
	html_txt(h, T(req, "Recent activity"));
	html_raw(h, "</a></li><li><a href=\"/account\">");
	html_txt(h, T(req, "My account"));
	html_raw(h, "</a></li>");
	if (account_may_list(p)) {
		html_raw(h, "<li><a href=\"/admin/users\">");
		html_txt(h, T(req, "Manage users"));
		html_raw(h, "</a></li>");
	}
	html_raw(h, "</ul></section>");
	if (nc) {
		html_raw(h, "<h2>");
		html_txt(h, T(req, "Sub-units"));
		html_raw(h, "</h2>");
		unit_links(h, req, children, nc);
	}
}

void page_home(struct http_request *req)
{
	struct html h = { 0 };
	if (http_principal(req)->authenticated) {
		layout_begin(req, &h, T(req, "What needs you today"), "/");
		/* What is due and what is behind first, each module its own rows; the unit after. */
		for (const struct module *const *m = modules; *m; m++)
			if ((*m)->home)
				(*m)->home(req, &h);
		home_user(req, &h);
		layout_finish(req, &h, 200);
		return;
	}
	/*
	 * The citizen's home is the portal's front page, the same for every
	 * anonymous reader of a language with the same display choices: kept
	 * whole as the news pages are (its key holds the unit tree's revision
	 * and the public articles' stamp, all it shows), so a read of it
	 * touches no database but for the stamp.
	 */
	struct news_stamp st;
	char key[96];
	bool whole = news_public_stamp(req->store, &st) == STORE_OK
	             && news_whole_page_key(req, &st, key);
	if (whole) {
		struct http_body *b = http_cache_ref(req->server->cache, key, st.revision);
		if (b) {
			reply_body(req, 200, b, "text/html; charset=utf-8");
			http_body_release(b);
			return;
		}
	}
	layout_begin(req, &h, T(req, "Welcome"), "/");
	home_public(req, &h);
	if (!whole) {
		layout_finish(req, &h, 200);
		return;
	}
	layout_finish_kept(req, &h, key, st.revision);
}
