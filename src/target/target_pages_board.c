/*
 * target_pages_board.c: the targets board, GET /targets (public).
 */
#include "target/target_pages.h"
#include "target/target_handlers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "org/org_service.h"
#include "store/store.h"
#include "target/target_board.h"
#include "http/cache.h"
#include "http/server.h"
#include "target/target_service.h"
#include "text/vntext.h"
#include "web/svg_chart.h"


/* ---- the board ---------------------------------------------------------- */

static const char *as_of_query(struct http_request *req, const struct board_query *q)
{
	return q->as_of_text && *q->as_of_text
	       ? arena_printf(&req->arena, "?as_of=%s", tpage_iso_day(req, q->as_of)) : "";
}

/*
 * The board itself: everything below the query form, which depends only on
 * the year, the as-of day, the language and the data, so page_targets()
 * caches it by those and the target revision.  False (H untouched) when the
 * board could not be loaded: a failure is neither cached nor shown as a 200.
 */
static bool board_body(struct http_request *req, struct html *h, const struct board_query *q)
{
	struct board b = { 0 };
	if (target_board_load(req->store, &req->arena, q->year, q->as_of, &b) != STORE_OK)
		return false;
	struct unit_names un = { 0 };
	if (!tpage_units_load(req, &un))
		return false;
	if (b.n == 0) {
		html_raw(h, "<p>");
		web_txtf(h, T(req, "No targets are set for %d."), q->year);
		html_raw(h, "</p>");
		return true;
	}
	int counts[5];
	target_board_counts(&b, counts);
	html_raw(h, "<section aria-labelledby=\"counts-title\"><h2 id=\"counts-title\">");
	html_txt(h, T(req, "Targets by status"));
	html_raw(h, "</h2><ul class=\"status-counts\">");
	for (size_t i = 0; i < TPAGE_STATUSES; i++) {
		html_raw(h, "<li>");
		tpage_status_badge(req, h, tpage_status_order[i]);
		html_rawf(h, " <span class=\"count\">%d</span></li>", counts[tpage_status_order[i]]);
	}
	html_raw(h, "</ul>");
	html_raw(h, "<p class=\"muted\">");
	html_txt(h, T(req, "In the charts: the bar is the figure so far, the thick line the "
	                    "target (a shaded band for a range), the hollow diamond the "
	                    "year-end forecast."));
	html_raw(h, "</p></section>");

	const char *aq = as_of_query(req, q);
	for (size_t i = 0; i < b.n; i++) {
		const struct board_entry *r = &b.rows[i];
		const struct target *t = r->t;
		long long id = (long long)t->id;
		html_rawf(h, "<section class=\"target-card\" aria-labelledby=\"tg%lld\">"
		              "<h2 id=\"tg%lld\"><a href=\"/targets/%lld", id, id, id);
		html_attr(h, aq);
		html_raw(h, "\"><span class=\"code\">");
		html_txt(h, t->code);
		html_raw(h, "</span> ");
		html_txt(h, t->name);
		html_raw(h, "</a></h2><p class=\"judgement\">");
		tpage_status_badge(req, h, r->j.status);
		html_raw(h, " <span class=\"owner\">");
		html_txt(h, tpage_unit_name(&un, t->owner_unit_id));
		html_raw(h, "</span>");
		if (r->rolled_up) {
			html_raw(h, " <span class=\"muted\">");
			html_txt(h, T(req, "(rolled up from the wards)"));
			html_raw(h, "</span>");
		}
		html_raw(h, "</p><div class=\"charts\"><div class=\"chart-block\">");
		tpage_entry_bullet(req, h, r, arena_printf(&req->arena, "b%lld", id), "",
		                   arena_printf(&req->arena, T(req, "%s: figure against target"), t->code));
		tpage_bullet_table(req, h, r);
		html_raw(h, "</div><div class=\"chart-block\">");
		tpage_entry_trend(req, h, r, arena_printf(&req->arena, "t%lld", id), "", false);
		html_raw(h, "</div></div>");
		tpage_entry_multiples(req, h, r, &un);
		html_raw(h, "</section>");
	}
	return true;
}

void page_targets(struct http_request *req)
{
	struct board_query q;
	struct form_errors e = { .form = "board" };
	tpage_board_query_read(req, &q, &e);
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "District targets %d"), q.year),
	             "/targets");
	tpage_board_query_form(req, &h, "/targets", &q, &e);
	if (e.n) {
		layout_finish(req, &h, 400);
		return;
	}
	html_raw(&h, "<p class=\"as-of\">");
	web_txtf(&h, T(req, "Status as of %s."), tpage_fmt_day(req, q.as_of));
	html_rawf(&h, " <a href=\"/targets/late?year=%d&amp;as_of=%s\">", q.year,
	          tpage_iso_day(req, q.as_of));
	html_txt(&h, T(req, "Late reports"));
	html_raw(&h, "</a></p>");
	int64_t rev = -1;
	char key[80], *cached;
	size_t len;
	snprintf(key, sizeof key, "board-html:%d:%lld:%s", q.year, (long long)q.as_of,
	         web_lang(req) == LANG_VI ? "vi" : "en");
	if (target_revision(req->store, &rev) == STORE_OK
	    && http_cache_get(req->server->cache, key, rev, &cached, &len)) {
		html_raw_n(&h, cached, len);
		free(cached);
	} else {
		struct html body = { 0 };
		if (!board_body(req, &body, &q)) {
			/* Not cached, and not a 200: 503 when the database is out of reach. */
			html_free(&body);
			html_free(&h);
			reply_internal_error(req, "board");
			return;
		}
		char *text = html_take(&body, &len);
		if (rev >= 0)
			http_cache_put(req->server->cache, key, rev, text, len);
		html_raw_n(&h, text, len);
		free(text);
	}
	layout_finish(req, &h, 200);
}
