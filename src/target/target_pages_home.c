/*
 * target_pages_home.c: the targets' part of a signed-in reader's home page
 * (struct module .home): first what the reader must report, soonest due
 * first, each a link to the report form of that target and period; then
 * the targets of the reader's units worst first, with the units behind;
 * then the late reports of the units below them.  A ward clerk sees what
 * to do, a chairman what is behind, each in a few lines.
 */
#include "target/target_pages.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "org/org_service.h"
#include "store/store.h"
#include "target/target_board.h"
#include "target/target_board_cache.h"
#include "target/target_service.h"

enum { DUE_SHOWN = 12, LATE_SHOWN = 8, DEPTH_MAX = 64 };

/* The parent of unit ID in UN, 0 at the top or when unknown. */
static int64_t parent_of(const struct unit_names *un, int64_t id)
{
	const struct org_unit *u = tpage_unit_find(un, id);
	return u ? u->parent_id : 0;
}

/* Whether UNIT is one of P's granted units (EXACT) or lies below one. */
static bool in_scope(const struct principal *p, const struct unit_names *un, int64_t unit,
                     bool exact)
{
	for (int depth = 0; unit && depth < DEPTH_MAX; depth++) {
		for (size_t g = 0; g < p->ngrants; g++)
			if (p->grants[g].unit_id == unit)
				return true;
		if (exact)
			return false;
		unit = parent_of(un, unit);
	}
	return false;
}

struct due_item {
	const struct board_entry *e;
	int period_no;
	int64_t due_day;
};

static int due_cmp(const void *a, const void *b)
{
	const struct due_item *x = a, *y = b;
	if (x->due_day != y->due_day)
		return x->due_day < y->due_day ? -1 : 1;
	return strcmp(x->e->t->code, y->e->t->code);
}

static bool has_figure(const struct board_entry *e, int p)
{
	for (size_t k = 0; k < e->nseries; k++)
		if (e->series[k].period_no == p)
			return true;
	return false;
}

/* Periods ended by TODAY without a figure, of targets the reader's own units report. */
static void collect_due(struct http_request *req, const struct board_entry *e,
                        const struct unit_names *un, int64_t today, struct due_item **items,
                        size_t *n, size_t *cap)
{
	const struct principal *p = http_principal(req);
	const struct target *t = e->t;
	/* A breakdown target's parent is rolled up from the wards: nobody reports it. */
	bool reported_directly = !(e->nchildren > 0 && e->rolled_up);
	if (reported_directly && in_scope(p, un, t->owner_unit_id, true)
	    && target_may_report(req->store, &req->arena, p, t)) {
		int np = period_count(t->period);
		for (int k = 1; k <= np; k++) {
			if (target_period_end_day(t->year, t->period, k) > today || has_figure(e, k))
				continue;
			if (*n == *cap) {
				size_t ncap = *cap ? *cap * 2 : 16;
				struct due_item *grown = arena_alloc(&req->arena, ncap * sizeof *grown);
				if (*n)
					memcpy(grown, *items, *n * sizeof *grown);
				*items = grown;
				*cap = ncap;
			}
			(*items)[(*n)++] = (struct due_item){ e, k, target_due_day(t, k) };
		}
	}
	for (size_t c = 0; c < e->nchildren; c++)
		collect_due(req, &e->children[c], un, today, items, n, cap);
}

static void due_section(struct http_request *req, struct html *h, struct due_item *items,
                        size_t n, int64_t today)
{
	if (n == 0)
		return;
	qsort(items, n, sizeof *items, due_cmp);
	html_raw(h, "<section class=\"due\" aria-labelledby=\"due-title\"><h2 id=\"due-title\">");
	html_txt(h, T(req, "Figures you must report"));
	html_raw(h, "</h2><ul class=\"due\">");
	for (size_t i = 0; i < n && i < DUE_SHOWN; i++) {
		const struct target *t = items[i].e->t;
		int64_t late = today - items[i].due_day;
		html_rawf(h, "<li class=\"%s\"><a href=\"/targets/%lld?period=%d#report\">",
		          late > 0 ? "late" : "soon", (long long)t->id, items[i].period_no);
		html_raw(h, "<span class=\"code\">");
		html_txt(h, t->code);
		html_raw(h, "</span> – ");
		html_txt(h, tpage_period_label(req, t, items[i].period_no));
		html_raw(h, "</a>, ");
		web_txtf(h, T(req, "due %s"), tpage_fmt_day(req, items[i].due_day));
		html_raw(h, ": <strong>");
		if (late > 0)
			web_txtf(h, T(req, "not reported, %s days late"), tpage_fmt_num(req, (double)late));
		else
			html_txt(h, T(req, "not reported yet"));
		html_raw(h, "</strong> <span class=\"muted\">");
		html_txt(h, t->name);
		html_raw(h, "</span></li>");
	}
	html_raw(h, "</ul>");
	if (n > DUE_SHOWN) {
		html_raw(h, "<p>");
		web_txtf(h, T(req, "And %zu more figures not reported."), n - DUE_SHOWN);
		html_raw(h, "</p>");
	}
	html_raw(h, "</section>");
}

/* The reader's targets (top-level ones in scope, else their units' breakdown targets). */
static size_t scoped_entries(struct http_request *req, const struct board *b,
                             const struct unit_names *un, const struct board_entry ***out)
{
	const struct principal *p = http_principal(req);
	size_t cap = 0;
	for (size_t i = 0; i < b->n; i++)
		cap += 1 + b->rows[i].nchildren;
	const struct board_entry **v = arena_alloc(&req->arena, (cap ? cap : 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < b->n; i++) {
		const struct board_entry *r = &b->rows[i];
		if (in_scope(p, un, r->t->owner_unit_id, false)) {
			v[n++] = r;
			continue;
		}
		for (size_t c = 0; c < r->nchildren; c++)
			if (in_scope(p, un, r->children[c].t->owner_unit_id, false))
				v[n++] = &r->children[c];
	}
	qsort(v, n, sizeof *v, tpage_entry_cmp);
	*out = v;
	return n;
}

enum { GRID_UNITS_MAX = 60, GRID_TARGETS_MAX = 12 };

/*
 * Units × targets: for the reader's targets broken down by ward, each
 * ward's status per target, wards with the most targets behind first.  A
 * leader sees at once which ward is behind on what.
 */
static void status_grid(struct http_request *req, struct html *h,
                        const struct board_entry *const *mine, size_t nm,
                        const struct unit_names *un)
{
	const struct board_entry *cols[GRID_TARGETS_MAX];
	size_t nc = 0;
	for (size_t i = 0; i < nm && nc < GRID_TARGETS_MAX; i++)
		if (mine[i]->nchildren > 0)
			cols[nc++] = mine[i];
	if (nc == 0)
		return;
	int64_t units[GRID_UNITS_MAX];
	int behind[GRID_UNITS_MAX];
	size_t nu = 0;
	for (size_t c = 0; c < nc; c++)
		for (size_t k = 0; k < cols[c]->nchildren; k++) {
			const struct board_entry *ch = &cols[c]->children[k];
			size_t u = 0;
			while (u < nu && units[u] != ch->t->owner_unit_id)
				u++;
			if (u == nu) {
				if (nu == GRID_UNITS_MAX)
					continue;
				units[nu] = ch->t->owner_unit_id;
				behind[nu++] = 0;
			}
			behind[u] += ch->j.status == TS_OFF_TRACK || ch->j.status == TS_AT_RISK;
		}
	/* Most behind first (insertion sort: a few dozen wards). */
	for (size_t i = 1; i < nu; i++)
		for (size_t j = i; j > 0 && behind[j - 1] < behind[j]; j--) {
			int64_t tu = units[j];
			units[j] = units[j - 1];
			units[j - 1] = tu;
			int tb = behind[j];
			behind[j] = behind[j - 1];
			behind[j - 1] = tb;
		}
	html_raw(h, "<details class=\"grid\"><summary>");
	html_txt(h, T(req, "Each ward's status on each target (grid)"));
	html_raw(h, "</summary><div class=\"table-wrap\"><table class=\"grid\"><caption class=\"vh\">");
	html_txt(h, T(req, "Each ward's status on each target"));
	html_raw(h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Unit"));
	html_raw(h, "</th>");
	for (size_t c = 0; c < nc; c++) {
		html_raw(h, "<th scope=\"col\"><abbr class=\"code\" title=\"");
		html_attr(h, cols[c]->t->name);
		html_raw(h, "\">");
		html_txt(h, cols[c]->t->code);
		html_raw(h, "</abbr></th>");
	}
	html_raw(h, "</tr></thead><tbody>");
	for (size_t u = 0; u < nu; u++) {
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, tpage_unit_name(un, units[u]));
		html_raw(h, "</th>");
		for (size_t c = 0; c < nc; c++) {
			const struct board_entry *cell = NULL;
			for (size_t k = 0; k < cols[c]->nchildren && !cell; k++)
				if (cols[c]->children[k].t->owner_unit_id == units[u])
					cell = &cols[c]->children[k];
			html_raw(h, "<td>");
			if (cell) {
				html_rawf(h, "<a href=\"/targets/%lld\">", (long long)cell->t->id);
				tpage_entry_mark(req, h, cell);
				html_raw(h, "<span class=\"vh\"> ");
				html_txt(h, cols[c]->t->code);
				html_raw(h, "</span></a>");
			} else {
				html_raw(h, "–");
			}
			html_raw(h, "</td>");
		}
		html_raw(h, "</tr>");
	}
	html_raw(h, "</tbody></table></div></details>");
}

/* A ward's share is told by the code of the district target it is part of:
 * the ward is named beside it, "HN.Q9.LONGPHUOC" would say it twice. */
static const char *board_code_shown(const struct board *b, const struct target *t)
{
	for (size_t i = 0; t->parent_id && i < b->n; i++)
		if (b->rows[i].t->id == t->parent_id)
			return b->rows[i].t->code;
	return t->code;
}

/* Late figures of units below the reader's own (what a leader chases). */
static void late_section(struct http_request *req, struct html *h, const struct board *b,
                         const struct unit_names *un)
{
	const struct principal *p = http_principal(req);
	struct late_report *late = NULL;
	size_t nl = target_board_late(b, &req->arena, &late);
	size_t shown = 0, total = 0;
	for (size_t i = 0; i < nl; i++) {
		int64_t u = late[i].t->owner_unit_id;
		if (!in_scope(p, un, u, false) || in_scope(p, un, u, true))
			continue;
		if (total++ == 0) {
			html_raw(h, "<section aria-labelledby=\"late-title\"><h2 id=\"late-title\">");
			html_txt(h, T(req, "Units late with their figures"));
			html_raw(h, "</h2><ul class=\"late\">");
		}
		if (shown++ >= LATE_SHOWN)
			continue;
		html_rawf(h, "<li><a href=\"/targets/%lld\">", (long long)late[i].t->id);
		html_txt(h, tpage_unit_name(un, u));
		html_raw(h, "</a>: <span class=\"code\">");
		html_txt(h, board_code_shown(b, late[i].t));
		html_raw(h, "</span> – ");
		html_txt(h, tpage_period_label(req, late[i].t, late[i].period_no));
		html_raw(h, ", ");
		web_txtf(h, T(req, "due %s"), tpage_fmt_day(req, late[i].due_day));
		html_raw(h, "</li>");
	}
	if (total == 0)
		return;
	html_rawf(h, "</ul><p><a href=\"/targets/late?year=%d\">", b->year);
	web_txtf(h, T(req, "All %zu late reports of %d"), total, b->year);
	html_raw(h, "</a></p></section>");
}

void tpage_home(struct http_request *req, struct html *h)
{
	const struct principal *p = http_principal(req);
	if (!p->authenticated || p->ngrants == 0)
		return;
	int year;
	int *years = NULL;
	size_t ny = 0;
	struct unit_names un = { 0 };
	if (target_default_year(req->store, &req->arena, &year) != STORE_OK
	    || target_year_list(req->store, &req->arena, &years, &ny) != STORE_OK
	    || !tpage_units_load(req, &un)) {
		html_raw(h, "<p class=\"muted\">");
		html_txt(h, T(req, "The targets cannot be read just now."));
		html_raw(h, "</p>");
		return;
	}
	int64_t today = target_today();
	/* What is due: every year from the one shown back to now, so a new year's
	 * first months and last year's stragglers both appear. */
	struct due_item *items = NULL;
	size_t nd = 0, cap = 0;
	struct board shown = { 0 };
	bool have_shown = false;
	for (size_t i = 0; i < ny; i++) {
		if (years[i] < year || target_period_end_day(years[i], PERIOD_MONTH, 1) > today)
			continue;
		struct board b;
		if (!target_board_of_year(req, years[i], today, &b))
			continue;
		for (size_t r = 0; r < b.n; r++)
			collect_due(req, &b.rows[r], &un, today, &items, &nd, &cap);
		if (years[i] == year) {
			shown = b;
			have_shown = true;
		}
	}
	due_section(req, h, items, nd, today);
	if (!have_shown)
		return;
	const struct board_entry **mine;
	size_t nm = scoped_entries(req, &shown, &un, &mine);
	if (nm > 0) {
		html_raw(h, "<section class=\"behind\" aria-labelledby=\"behind-title\">"
		            "<h2 id=\"behind-title\">");
		web_txtf(h, T(req, "Your targets of %d, worst first"), year);
		html_raw(h, "</h2><p class=\"as-of\">");
		web_txtf(h, T(req, "Status as of %s."), tpage_fmt_day(req, today));
		html_rawf(h, " <a href=\"/targets?year=%d\">", year);
		html_txt(h, T(req, "The whole board"));
		html_raw(h, "</a></p>");
		tpage_summary_table(req, h, mine, nm, &un,
		                    arena_printf(&req->arena, T(req, "Targets of %d, worst first"), year),
		                    false);
		status_grid(req, h, mine, nm, &un);
		html_raw(h, "</section>");
	}
	late_section(req, h, &shown, &un);
}

/* The unit page's targets: those the unit owns in the year pages open on, worst first. */
void tpage_unit_section(struct http_request *req, struct html *h, int64_t unit)
{
	int year;
	struct board b;
	struct unit_names un = { 0 };
	if (target_default_year(req->store, &req->arena, &year) != STORE_OK
	    || !target_board_of_year(req, year, target_today(), &b)
	    || !tpage_units_load(req, &un))
		return;
	size_t cap = 0;
	for (size_t i = 0; i < b.n; i++)
		cap += 1 + b.rows[i].nchildren;
	const struct board_entry **v = arena_alloc(&req->arena, (cap ? cap : 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < b.n; i++) {
		if (b.rows[i].t->owner_unit_id == unit)
			v[n++] = &b.rows[i];
		for (size_t c = 0; c < b.rows[i].nchildren; c++)
			if (b.rows[i].children[c].t->owner_unit_id == unit)
				v[n++] = &b.rows[i].children[c];
	}
	if (n == 0)
		return;
	qsort(v, n, sizeof *v, tpage_entry_cmp);
	html_raw(h, "<section aria-labelledby=\"unit-targets\"><h2 id=\"unit-targets\">");
	web_txtf(h, T(req, "Targets of %d"), year);
	html_raw(h, "</h2>");
	tpage_summary_table(req, h, v, n, &un,
	                    arena_printf(&req->arena, T(req, "Targets of %d, worst first"), year),
	                    false);
	html_rawf(h, "<p><a href=\"/targets?year=%d\">", year);
	html_txt(h, T(req, "The whole board"));
	html_raw(h, "</a></p></section>");
}
