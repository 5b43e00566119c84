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
#include "module.h"
#include "org/org_service.h"
#include "store/store.h"
#include "target/target_board.h"
#include "target/target_board_cache.h"
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

/* The status named by ?status= (a filter of the board), or -1 for all. */
static int status_filter(struct http_request *req)
{
	const char *s = http_query(req, "status");
	for (int i = 0; s && i < TPAGE_STATUSES; i++)
		if (strcmp(s, target_status_name((enum target_status)i)) == 0)
			return i;
	return -1;
}

enum { LAGGING_SHOWN = 4 };

/* The wards behind on E (off track or at risk), worst first, as links. */
void tpage_lagging_units(struct http_request *req, struct html *h, const struct board_entry *e,
                         const struct unit_names *un)
{
	const struct board_entry **lag = arena_alloc(&req->arena,
	                                             (e->nchildren ? e->nchildren : 1) * sizeof *lag);
	size_t n = 0;
	for (size_t c = 0; c < e->nchildren; c++)
		if (e->children[c].j.status == TS_OFF_TRACK || e->children[c].j.status == TS_AT_RISK)
			lag[n++] = &e->children[c];
	if (n == 0) {
		html_txt(h, e->nchildren ? T(req, "none") : "–");
		return;
	}
	qsort(lag, n, sizeof *lag, tpage_entry_cmp);
	html_raw(h, "<ul class=\"lagging\">");
	for (size_t i = 0; i < n && i < LAGGING_SHOWN; i++) {
		html_rawf(h, "<li><a href=\"/targets/%lld%s\">", (long long)lag[i]->t->id,
		          tpage_as_of_suffix(req, '?'));
		html_txt(h, tpage_unit_name(un, lag[i]->t->owner_unit_id));
		html_raw(h, "</a> <span class=\"muted\">");
		html_txt(h, lag[i]->j.has_value ? tpage_fmt_pct(req, lag[i]->j.attainment) : "–");
		html_raw(h, "</span></li>");
	}
	if (n > LAGGING_SHOWN) {
		html_rawf(h, "<li><a href=\"/targets/%lld%s\">", (long long)e->t->id,
		          tpage_as_of_suffix(req, '?'));
		web_txtf(h, T(req, "and %zu more"), n - LAGGING_SHOWN);
		html_raw(h, "</a></li>");
	}
	html_raw(h, "</ul>");
}

/*
 * One row a target, worst first: what a leader reads in ten seconds.  Each
 * status carries its reason; the lagging wards are links.
 * Shared by the board and the home page.
 */
void tpage_summary_table(struct http_request *req, struct html *h,
                         const struct board_entry *const *rows, size_t n,
                         const struct unit_names *un, const char *caption, bool caption_shown)
{
	html_raw(h, caption_shown ? "<div class=\"table-wrap\"><table class=\"summary\"><caption>"
	                          : "<div class=\"table-wrap\"><table class=\"summary\"><caption class=\"vh\">");
	html_txt(h, caption);
	html_raw(h, "</caption>");
	/* The wards column only where some target is broken down into wards. */
	bool broken_down = false;
	for (size_t i = 0; i < n; i++)
		broken_down = broken_down || rows[i]->nchildren > 0;
	/* The forecast column only where some target still has a year ahead of it:
	 * once the year is over it would be a column of dashes. */
	bool forecast = false;
	for (size_t i = 0; i < n; i++)
		forecast = forecast || (rows[i]->j.has_forecast && !tpage_year_over(rows[i]));
	const char *heads[5] = { N_("Target"), N_("Status and why"), N_("Figure so far") };
	size_t nh = 3;
	if (forecast)
		heads[nh++] = N_("Year-end forecast");
	if (broken_down)
		heads[nh++] = N_("Units behind");
	web_table_head(req, h, heads, nh);
	for (size_t i = 0; i < n; i++) {
		const struct board_entry *r = rows[i];
		const struct target *t = r->t;
		html_rawf(h, "<tr class=\"st-%s\"><th scope=\"row\"><a href=\"/targets/%lld%s\">"
		             "<span class=\"code\">",
		          target_status_name(r->j.status), (long long)t->id,
		          tpage_as_of_suffix(req, '?'));
		html_txt(h, t->code);
		html_raw(h, "</span> ");
		html_txt(h, t->name);
		html_raw(h, "</a>");
		/* A ward's target named after its ward ("… - Phường Long Bình") says it once. */
		const char *owner = t->parent_id ? tpage_unit_name(un, t->owner_unit_id) : NULL;
		if (owner && owner[0] && !strstr(t->name, owner)) {
			html_raw(h, " <span class=\"muted\">");
			html_txt(h, owner);
			html_raw(h, "</span>");
		}
		html_raw(h, "</th><td>");
		tpage_entry_badge(req, h, r);
		html_raw(h, "<br><span class=\"reason\">");
		html_txt(h, tpage_reason(req, r));
		/* data-label: on a phone the rows stack and each value says what it is. */
		html_raw(h, "</span></td><td data-label=\"");
		html_attr(h, T(req, "Figure so far"));
		html_raw(h, "\">");
		html_txt(h, r->j.has_value ? tpage_fmt_value(req, t, r->j.value) : "–");
		html_raw(h, "<br><span class=\"muted\">");
		web_txtf(h, T(req, "target %s"), tpage_fmt_target(req, t));
		html_raw(h, "</span>");
		if (forecast) {
			html_raw(h, "</td><td data-label=\"");
			html_attr(h, T(req, "Year-end forecast"));
			html_raw(h, "\">");
			/* Once the year is over the figure is the result: no forecast to repeat. */
			html_txt(h, r->j.has_forecast && !tpage_year_over(r)
			                ? tpage_fmt_forecast(req, t, r->j.forecast) : "–");
		}
		if (broken_down) {
			html_raw(h, "</td><td data-label=\"");
			html_attr(h, T(req, "Units behind"));
			html_raw(h, "\">");
			tpage_lagging_units(req, h, r, un);
		}
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></div>");
}

/* One target's card on the board: its judgement, its charts, its wards. */
static void card_render(struct http_request *req, struct html *h, const struct board_query *q,
                        const struct board_entry *r, const struct unit_names *un)
{
	const struct target *t = r->t;
	long long id = (long long)t->id;
	html_rawf(h, "<section class=\"target-card\" aria-labelledby=\"tg%lld\">"
	              "<h3 id=\"tg%lld\"><a href=\"/targets/%lld", id, id, id);
	html_attr(h, as_of_query(req, q));
	html_raw(h, "\"><span class=\"code\">");
	html_txt(h, t->code);
	html_raw(h, "</span> ");
	html_txt(h, t->name);
	html_raw(h, "</a></h3><p class=\"judgement\">");
	tpage_entry_badge(req, h, r);
	html_raw(h, " <span class=\"reason\">");
	html_txt(h, tpage_reason(req, r));
	html_raw(h, "</span> <span class=\"owner\">");
	html_txt(h, tpage_unit_name(un, t->owner_unit_id));
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
	tpage_entry_multiples(req, h, r, un);
	html_raw(h, "</section>");
}

/*
 * Target R's card, kept rendered at its family's revision REV (which a
 * figure, an edit or a unit's new name changes): the cards are most of the
 * page (the wards' small multiples: 10 KB a target on the large case), and
 * after a figure only its family's card is rendered again.  The card
 * depends on nothing else the page key holds but the as-of day, the
 * language and whether a date was asked for.  False when out of memory.
 */
static bool board_card(struct http_request *req, struct html *h, const struct board_query *q,
                       const struct board_entry *r, int64_t rev, const struct unit_names *un)
{
	struct http_cache *c = req->server->cache;
	char key[96];
	snprintf(key, sizeof key, "board-card:%lld:%lld:%s%s", (long long)r->t->id,
	         (long long)q->as_of, web_lang(req) == LANG_VI ? "vi" : "en",
	         q->as_of_text && *q->as_of_text ? ":d" : "");
	struct http_body *card = http_cache_ref(c, key, rev);
	if (card == NULL) {
		struct html one = { 0 };
		card_render(req, &one, q, r, un);
		size_t len;
		char *text = html_take(&one, &len);
		if (text == NULL || (card = http_body_take(text, len)) == NULL)
			return false;
		http_cache_store(c, key, rev, card);
	}
	html_raw_n(h, http_body_data(card), http_body_len(card));
	http_body_release(card);
	return true;
}

/*
 * The board itself: everything below the query form, which depends only on
 * the year, the as-of day, the status filter, the language and the data
 * (B), so page_targets() caches it by those and the year's revision.
 * False (H untouched) when the units could not be loaded: a failure is
 * neither cached nor shown as a 200.
 */
static bool board_body(struct http_request *req, struct html *h, const struct board_query *q,
                       int only, const struct board *board, const int64_t *revs)
{
	const struct board b = *board;
	struct unit_names un = { 0 };
	if (!tpage_units_load(req, &un))
		return false;
	if (b.n == 0) {
		html_raw(h, "<p>");
		web_txtf(h, T(req, "No targets are set for %d."), q->year);
		html_raw(h, "</p>");
		return true;
	}
	bool year_over = target_period_end_day(q->year, PERIOD_YEAR, 1) <= q->as_of;
	int counts[5];
	target_board_counts(&b, counts);
	const char *base = arena_printf(&req->arena, "/targets?year=%d%s", q->year,
	                                q->as_of_text && *q->as_of_text
	                                    ? arena_printf(&req->arena, "&amp;as_of=%s",
	                                                   tpage_iso_day(req, q->as_of))
	                                    : "");
	html_raw(h, "<section aria-labelledby=\"counts-title\"><h2 id=\"counts-title\" class=\"vh\">");
	html_txt(h, T(req, "Targets by status"));
	html_raw(h, "</h2><ul class=\"status-counts\">");
	/* Worst first, as the rows below; each count filters the board. */
	static const enum target_status order[TPAGE_STATUSES] = {
		TS_OFF_TRACK, TS_AT_RISK, TS_NO_DATA, TS_ON_TRACK, TS_ACHIEVED,
	};
	for (size_t i = 0; i < TPAGE_STATUSES; i++) {
		enum target_status st = order[i];
		html_raw(h, "<li>");
		if (counts[st] > 0) {
			html_rawf(h, "<a href=\"%s&amp;status=%s#targets\"%s>", base,
			          target_status_name(st), only == (int)st ? " aria-current=\"true\"" : "");
		}
		struct board_entry fake = { .t = b.rows[0].t };
		fake.j.status = st;
		fake.j.periods_elapsed = year_over ? period_count(b.rows[0].t->period) : 0;
		tpage_entry_badge(req, h, &fake);
		html_rawf(h, " <span class=\"count\">%d</span>", counts[st]);
		html_raw(h, counts[st] > 0 ? "</a></li>" : "</li>");
	}
	if (only >= 0) {
		html_rawf(h, "<li><a href=\"%s#targets\">", base);
		html_txt(h, T(req, "All targets"));
		html_raw(h, "</a></li>");
	}
	html_raw(h, "</ul></section>");

	const struct board_entry **rows = arena_alloc(&req->arena, b.n * sizeof *rows);
	size_t n = 0;
	for (size_t i = 0; i < b.n; i++)
		if (only < 0 || (int)b.rows[i].j.status == only)
			rows[n++] = &b.rows[i];
	qsort(rows, n, sizeof *rows, tpage_entry_cmp);
	html_raw(h, "<section id=\"targets\" aria-labelledby=\"summary-title\"><h2 id=\"summary-title\">");
	html_txt(h, only >= 0 ? arena_printf(&req->arena, T(req, "Targets: %s"),
	                                     tpage_status_label(req, (enum target_status)only,
	                                                        year_over))
	                      : T(req, "Targets, worst first"));
	html_raw(h, "</h2>");
	/* The caption names the unit: a printed page travels without the site's header. */
	tpage_summary_table(req, h, rows, n, &un,
	                    arena_printf(&req->arena, T(req, "Targets of %s for %d as of %s, worst first"),
	                                 tpage_unit_name(&un, b.rows[0].t->owner_unit_id), q->year,
	                                 tpage_fmt_day(req, q->as_of)), true);
	html_raw(h, "</section><h2 class=\"no-print\">");
	html_txt(h, T(req, "Each target in detail"));
	html_raw(h, "</h2><p class=\"muted no-print\">");
	html_txt(h, T(req, "In the charts: the bar is the figure so far, the thick line the "
	                    "target (a shaded band for a range), the thin line what was needed by "
	                    "now, the hollow diamond the year-end forecast."));
	html_raw(h, "</p>");

	for (size_t i = 0; i < n; i++)
		if (!board_card(req, h, q, rows[i], revs[rows[i] - b.rows], &un))
			return false;
	return true;
}

/* What the board's body was asked for, and the page around it, carried to its build. */
struct board_page_ask {
	struct board_query q;
	int only;
	struct html h;
};

/* On the build pool: the year's revision first, then the body from the data after it. */
static struct http_body *board_page_build(struct http_request *req, int64_t *rev)
{
	struct board_page_ask *a = req->defer_data;
	struct html body = { 0 };
	struct board_parts parts;
	if (!target_board_assemble(req, a->q.year, a->q.as_of, rev, &parts))
		return NULL;
	bool ok = board_body(req, &body, &a->q, a->only, &parts.b, parts.revs);
	target_board_parts_release(&parts);
	if (!ok) {
		html_free(&body);
		http_note_store_failure(req, true);
		return NULL;
	}
	size_t len;
	char *text = html_take(&body, &len);
	return text ? http_body_take(text, len) : NULL;
}

/* The page begun before the body was asked for, when its answer never comes. */
static void board_page_abandon(struct http_request *req)
{
	struct board_page_ask *a = req->defer_data;
	html_free(&a->h);
}

static void board_page_reply(struct http_request *req, struct http_body *b)
{
	struct board_page_ask *a = req->defer_data;
	req->defer_abandon = NULL;   /* the page is answered, and its buffer with it */
	if (b == NULL) {
		/* Not cached, and not a 200: 503 when the database is out of reach. */
		html_free(&a->h);
		reply_internal_error(req, "board");
		return;
	}
	html_raw_n(&a->h, http_body_data(b), http_body_len(b));
	layout_finish(req, &a->h, 200);
}

/*
 * For a signed-in reader, what else is behind within their reach (dossiers
 * overdue, citizens' reports late, tasks overdue: each module's .behind),
 * above the targets: the leaders' board is where the chairman looks first.
 * Never for the public, whose board stays one cached body.
 */
static void behind_elsewhere(struct http_request *req, struct html *h)
{
	if (!http_principal(req)->authenticated)
		return;
	struct html lines = { 0 };
	for (const struct module *const *m = modules; *m; m++)
		if ((*m)->behind)
			(*m)->behind(req, &lines);
	size_t len;
	char *text = html_take(&lines, &len);
	if (text && len) {
		html_raw(h, "<section class=\"behind\" aria-labelledby=\"behind-title\">"
		            "<h2 id=\"behind-title\">");
		html_txt(h, T(req, "Behind elsewhere"));
		html_raw(h, "</h2><ul>");
		html_raw_n(h, text, len);
		html_raw(h, "</ul></section>");
	}
	free(text);
}

void page_targets(struct http_request *req)
{
	struct board_page_ask *a = arena_alloc(&req->arena, sizeof *a);
	struct board_query q;
	struct form_errors e = { .form = "board" };
	tpage_board_query_read(req, &q, &e);
	int only = status_filter(req);
	struct html h = { 0 };
	layout_begin_form(req, &h, arena_printf(&req->arena, T(req, "District targets %d"), q.year),
	                  "/targets", &e);
	tpage_board_query_form(req, &h, "/targets", &q, &e);
	if (e.n) {
		layout_finish(req, &h, 400);
		return;
	}
	html_raw(&h, "<p class=\"as-of\">");
	web_txtf(&h, T(req, "Status as of %s."), tpage_fmt_day(req, q.as_of));
	html_rawf(&h, " <a class=\"no-print\" href=\"/targets/late?year=%d&amp;as_of=%s\">", q.year,
	          tpage_iso_day(req, q.as_of));
	html_txt(&h, T(req, "Late reports"));
	html_raw(&h, "</a> <span class=\"print-only\">");
	web_txtf(&h, T(req, "Printed on %s."), tpage_fmt_day(req, target_today()));
	html_raw(&h, "</span></p>");
	behind_elsewhere(req, &h);
	/*
	 * The body depends on the year's targets and figures, the as-of day,
	 * the language and the filter: cached at the year's revision, built
	 * once for everyone asking meanwhile, off the HTTP threads.
	 */
	char key[96];
	snprintf(key, sizeof key, "board-html:%d:%lld:%s:%d", q.year, (long long)q.as_of,
	         web_lang(req) == LANG_VI ? "vi" : "en", only);
	/* The links inside depend on whether a date was asked for. */
	if (q.as_of_text && *q.as_of_text)
		strcat(key, ":d");
	int64_t rev;
	uint64_t ticket = http_cache_ticket();
	if (target_year_revision(req->store, q.year, &rev) != STORE_OK) {
		html_free(&h);
		reply_internal_error(req, "board");
		return;
	}
	a->q = q;
	a->only = only;
	a->h = h;
	req->defer_data = a;
	req->defer_abandon = board_page_abandon;
	http_cache_serve(req, key, rev, ticket, board_page_build, board_page_reply);
}
