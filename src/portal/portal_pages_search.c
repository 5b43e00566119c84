/*
 * portal_pages_search.c: /search?q= — one ranked list over the published news
 * and the units, folding case, diacritics and đ on both sides ("quan 9"
 * finds "Quận 9").  Articles score by where the words are (title, lead,
 * body: news_search_score); a unit or a procedure's name scores as a
 * title (a procedure's field as a lead); a published feedback report's
 * text as a lead.  Feedback is only ever the public list's: published by a
 * moderator, never the sender's details.
 */
#include "portal/portal_handlers.h"

#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "news/news_pages.h"
#include "dossier/dossier_service.h"
#include "feedback/feedback_service.h"
#include "feedback/feedback_store.h"
#include "news/news_service.h"
#include "org/org_service.h"
#include "store/db.h"
#include "store/store.h"
#include "text/vntext.h"
#include "web/web.h"

enum { RESULTS_MAX = 50, QUERY_MAX = 200 };

struct hit {
	int score;
	int64_t when;                 /* newer first among equals */
	const struct article *art;    /* or */
	const struct org_unit *unit;  /* or */
	const struct procedure *proc; /* or */
	const struct feedback *fb;
};

static int by_rank(const void *x, const void *y)
{
	const struct hit *a = x, *b = y;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return (a->when < b->when) - (a->when > b->when);
}

static char *folded(struct arena *a, const char *s)
{
	char *f = vn_fold(s ? s : "");
	char *out = arena_strdup(a, f ? f : "");
	free(f);
	return out;
}

/* GET /search?q= */
void page_search(struct http_request *req)
{
	const char *q = http_query(req, "q");
	if (q && strlen(q) > QUERY_MAX)
		q = arena_strndup(&req->arena, q, QUERY_MAX);
	char *fq = q ? vn_fold(q) : NULL;
	const char *f = fq ? arena_strdup(&req->arena, fq) : NULL;
	free(fq);
	struct hit *hits = NULL;
	size_t nh = 0;
	if (f && *f) {
		struct article *arts;
		size_t na = 0;
		struct org_unit *units;
		size_t nu = 0;
		struct unit_filter uf = { .q_folded = db_like_escape(&req->arena, f), .limit = 200 };
		if (news_search(req->store, &req->arena, f, NULL, RESULTS_MAX, &arts, &na) != STORE_OK
		    || org_unit_list(req->store, &uf, &req->arena, &units, &nu) != STORE_OK) {
			reply_internal_error(req, "search");
			return;
		}
		struct procedure *procs;
		size_t np = 0;
		struct feedback *fbs;
		size_t nf = 0;
		struct feedback_filter ff = { .state = -1, .moderation = FB_MOD_PUBLISHED, .limit = 1000 };
		if (dossier_procedures(req->store, &req->arena, &procs, &np) != STORE_OK
		    || feedback_list(req->store, &ff, &req->arena, &fbs, &nf) != STORE_OK) {
			reply_internal_error(req, "search");
			return;
		}
		hits = arena_array(&req->arena, na + nu + np + nf + 1, sizeof *hits);
		for (size_t i = 0; i < np; i++) {
			int s = procs[i].current
			        ? news_search_score(f, folded(&req->arena, procs[i].name),
			                            folded(&req->arena, procs[i].field), NULL)
			        : 0;
			if (s > 0)
				hits[nh++] = (struct hit){ .score = s, .proc = &procs[i] };
		}
		for (size_t i = 0; i < nf; i++) {
			int s = feedback_is_public(&fbs[i])
			        ? news_search_score(f, NULL, folded(&req->arena, fbs[i].description), NULL)
			        : 0;
			if (s > 0)
				hits[nh++] = (struct hit){ .score = s, .when = fbs[i].received_at, .fb = &fbs[i] };
		}
		for (size_t i = 0; i < na; i++)
			hits[nh++] = (struct hit){
				.score = news_search_score(f, folded(&req->arena, arts[i].title),
				                           folded(&req->arena, arts[i].lead),
				                           folded(&req->arena, arts[i].body)),
				.when = arts[i].published_at, .art = &arts[i] };
		for (size_t i = 0; i < nu; i++) {
			int s = news_search_score(f, folded(&req->arena, units[i].name), NULL, NULL);
			if (s > 0)
				hits[nh++] = (struct hit){ .score = s, .unit = &units[i] };
		}
		qsort(hits, nh, sizeof *hits, by_rank);
		if (nh > RESULTS_MAX)
			nh = RESULTS_MAX;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Search"), NULL);
	html_raw(&h, "<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">"
	             "<label for=\"search-q\">");
	html_txt(&h, T(req, "Search the site"));
	html_raw(&h, "</label> <input type=\"search\" id=\"search-q\" name=\"q\" maxlength=\"200\"");
	if (q) {
		html_raw(&h, " value=\"");
		html_attr(&h, q);
		html_raw(&h, "\"");
	}
	html_raw(&h, "> <button type=\"submit\">");
	html_txt(&h, T(req, "Search"));
	html_raw(&h, "</button></form>");
	if (f && *f) {
		html_raw(&h, "<p role=\"status\">");
		web_txtf(&h, T(req, "%zu results for \xE2\x80\x9C%s\xE2\x80\x9D"), nh, q);
		html_raw(&h, "</p>");
	}
	if (nh > 0) {
		html_raw(&h, "<ol class=\"results\">");
		for (size_t i = 0; i < nh; i++) {
			if (hits[i].art) {
				const struct article *a = hits[i].art;
				html_raw(&h, "<li><span class=\"kind\">");
				html_txt(&h, T(req, "News"));
				html_raw(&h, "</span> <a href=\"/news/");
				html_attr(&h, a->slug);
				html_raw(&h, "\">");
				html_txt(&h, a->title);
				html_raw(&h, "</a> <span class=\"dateline\">");
				news_dateline(req, &h, a);
				html_raw(&h, "</span>");
				if (a->lead && *a->lead) {
					html_raw(&h, "<p>");
					html_txt(&h, a->lead);
					html_raw(&h, "</p>");
				}
				html_raw(&h, "</li>");
			} else if (hits[i].proc) {
				const struct procedure *pr = hits[i].proc;
				html_raw(&h, "<li><span class=\"kind\">");
				html_txt(&h, T(req, "Procedure"));
				html_raw(&h, "</span> <a href=\"/procedures/");
				html_url_arg(&h, pr->code);
				html_raw(&h, "\">");
				html_txt(&h, pr->name);
				html_raw(&h, "</a> <span class=\"dateline\">");
				html_txt(&h, pr->field ? pr->field : "");
				html_raw(&h, "</span></li>");
			} else if (hits[i].fb) {
				const struct feedback *fb = hits[i].fb;
				html_raw(&h, "<li><span class=\"kind\">");
				html_txt(&h, T(req, "Feedback"));
				html_rawf(&h, "</span> <a href=\"/feedback/%lld\">", (long long)fb->id);
				/* The report's own words, shortened: the public list shows them too. */
				size_t len = strlen(fb->description);
				if (len > 160) {
					len = 160;
					while (len > 0 && ((unsigned char)fb->description[len] & 0xC0) == 0x80)
						len--;
				}
				html_txt(&h, arena_strndup(&req->arena, fb->description, len));
				html_raw(&h, len < strlen(fb->description) ? "\xE2\x80\xA6</a></li>" : "</a></li>");
			} else {
				const struct org_unit *u = hits[i].unit;
				html_raw(&h, "<li><span class=\"kind\">");
				html_txt(&h, web_kind_label(req, u->kind));
				html_rawf(&h, "</span> <a href=\"/units/%lld\">", (long long)u->id);
				html_txt(&h, u->name);
				html_raw(&h, "</a></li>");
			}
		}
		html_raw(&h, "</ol>");
	}
	layout_finish(req, &h, 200);
}
