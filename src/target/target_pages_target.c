/*
 * target_pages_target.c: one target, GET /targets/{id}: definition, judgement, trend, breakdown, figures, and the report form.
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


/* ---- one target --------------------------------------------------------- */


static void fact(struct html *h, const char *term, const char *value)
{
	html_raw(h, "<dt>");
	html_txt(h, term);
	html_raw(h, "</dt><dd>");
	html_txt(h, value);
	html_raw(h, "</dd>");
}

static void definition(struct http_request *req, struct html *h, const struct target *t,
                       const struct unit_names *un)
{
	struct store *st = req->store;
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Definition"));
	html_raw(h, "</h2>");
	if (t->description && *t->description) {
		html_raw(h, "<p>");
		html_txt(h, t->description);
		html_raw(h, "</p>");
	}
	html_raw(h, "<dl class=\"facts\">");
	fact(h, T(req, "Code"), t->code);
	fact(h, T(req, "Kind"), tpage_kind_label(req, t->kind));
	fact(h, t->has_high ? T(req, "Target range") : T(req, "Target"), tpage_fmt_target(req, t));
	fact(h, T(req, "Unit of measure"),
	     t->unit_of_measure && *t->unit_of_measure ? t->unit_of_measure : "–");
	if (t->has_baseline)
		fact(h, T(req, "Last year"), tpage_fmt_value(req, t, t->baseline));
	html_raw(h, "<dt>");
	html_txt(h, T(req, "Owner unit"));
	html_rawf(h, "</dt><dd><a href=\"/units/%lld\">", (long long)t->owner_unit_id);
	html_txt(h, tpage_unit_name(un, t->owner_unit_id));
	html_raw(h, "</a></dd>");
	struct org_person p;
	if (t->leader_person_id
	    && org_person_get(st, t->leader_person_id, &req->arena, &p) == STORE_OK)
		fact(h, T(req, "Responsible leader"),
		     p.title && *p.title ? arena_printf(&req->arena, "%s (%s)", p.full_name, p.title)
		                         : p.full_name);
	else
		fact(h, T(req, "Responsible leader"), T(req, "(none)"));
	fact(h, T(req, "Reporting period"), tpage_period_kind_label(req, t->period));
	fact(h, T(req, "Figures due"),
	     arena_printf(&req->arena, T(req, "%d days after each period ends"), t->due_days));
	struct target parent;
	if (t->parent_id && target_get(st, t->parent_id, &req->arena, &parent) == STORE_OK) {
		html_raw(h, "<dt>");
		html_txt(h, T(req, "Part of"));
		html_rawf(h, "</dt><dd><a href=\"/targets/%lld%s\">", (long long)parent.id,
		          tpage_as_of_suffix(req, '?'));
		html_txt(h, parent.code);
		html_raw(h, " ");
		html_txt(h, parent.name);
		html_raw(h, "</a></dd>");
	}
	html_raw(h, "</dl>");
}

static void judgement(struct http_request *req, struct html *h, const struct board_entry *e,
                      int64_t as_of)
{
	const struct target *t = e->t;
	html_raw(h, "<h2>");
	web_txtf(h, T(req, "Status as of %s"), tpage_fmt_day(req, as_of));
	html_raw(h, "</h2><p class=\"judgement\">");
	tpage_entry_badge(req, h, e);
	if (e->rolled_up) {
		html_raw(h, " <span class=\"muted\">");
		html_txt(h, T(req, "(rolled up from the wards)"));
		html_raw(h, "</span>");
	}
	html_raw(h, "</p><div class=\"chart-block\">");
	tpage_entry_bullet(req, h, e, "bullet", "",
	                   arena_printf(&req->arena, T(req, "%s: figure against target"), t->code));
	tpage_bullet_table(req, h, e);
	html_raw(h, "</div>");
}

static void breakdown(struct http_request *req, struct html *h, const struct board_entry *e,
                      const struct unit_names *un)
{
	if (e->nchildren == 0)
		return;
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Breakdown by ward"));
	html_raw(h, "</h2><table class=\"breakdown\"><caption class=\"vh\">");
	web_txtf(h, T(req, "%s by ward"), e->t->code);
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Ward"), N_("Status"), N_("Figure so far"), N_("Target"),
	               N_("Attainment"), N_("Chart"));
	for (size_t c = 0; c < e->nchildren; c++) {
		const struct board_entry *ch = &e->children[c];
		const char *name = tpage_unit_name(un, ch->t->owner_unit_id);
		html_rawf(h, "<tr><th scope=\"row\"><a href=\"/targets/%lld%s\">", (long long)ch->t->id,
		          tpage_as_of_suffix(req, '?'));
		html_txt(h, name);
		html_raw(h, "</a></th><td>");
		tpage_entry_badge(req, h, ch);
		html_raw(h, "</td><td>");
		html_txt(h, ch->j.has_value ? tpage_fmt_value(req, ch->t, ch->j.value) : "–");
		html_raw(h, "</td><td>");
		html_txt(h, tpage_fmt_target(req, ch->t));
		html_raw(h, "</td><td>");
		html_txt(h, ch->j.has_value ? tpage_fmt_pct(req, ch->j.attainment) : "–");
		html_raw(h, "</td><td>");
		tpage_entry_bullet(req, h, ch, arena_printf(&req->arena, "w%lld", (long long)ch->t->id),
		                   "small", arena_printf(&req->arena, "%s, %s", name, ch->t->code));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
}

/* Whether measurement ID has been superseded by another in MS. */
static bool superseded(const struct measurement *ms, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (ms[i].supersedes_id == id)
			return true;
	return false;
}

static void figures(struct http_request *req, struct html *h, const struct board_entry *e,
                    int64_t as_of)
{
	const struct target *t = e->t;
	struct measurement *ms = NULL;
	size_t nm = 0;
	if (target_measurement_history(req->store, t->id, 0, &req->arena, &ms, &nm)
	    != STORE_OK)
		nm = 0;
	int np = period_count(t->period);
	/* The public sees the reporting unit, not the official's login, and no notes. */
	bool internal = target_figures_visible(req->store, &req->arena, http_principal(req), t);
	struct org_unit owner;
	const char *by_unit = org_unit_get(req->store, t->owner_unit_id, &req->arena,
	                                   &owner) == STORE_OK ? owner.name : "";
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Figures per period"));
	html_raw(h, "</h2>");
	if (e->rolled_up) {
		html_raw(h, "<p class=\"muted\">");
		html_txt(h, T(req, "Nobody reports this target directly: its figures are rolled up "
		                   "from the wards' figures."));
		html_raw(h, "</p>");
	}
	html_raw(h, "<table class=\"periods\"><caption class=\"vh\">");
	web_txtf(h, T(req, "Figures of %s per period"), t->code);
	html_raw(h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Period"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Due"));
	html_raw(h, "</th><th scope=\"col\" class=\"num\">");
	html_txt(h, T(req, "Figure"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Reported"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Note and evidence"));
	html_raw(h, "</th></tr></thead><tbody>");
	for (int p = 1; p <= np; p++) {
		double value = NAN;
		for (size_t k = 0; k < e->nseries; k++)
			if (e->series[k].period_no == p)
				value = e->series[k].value;
		const struct measurement *cur = NULL;
		for (size_t i = 0; i < nm; i++)
			if (ms[i].period_no == p && !superseded(ms, nm, ms[i].id))
				cur = &ms[i];
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, tpage_period_label(req, t, p));
		html_raw(h, "</th><td>");
		html_txt(h, tpage_fmt_day(req, target_due_day(t, p)));
		html_raw(h, "</td><td class=\"num\">");
		/* Missing before its due date is not late: it is not due yet. */
		html_txt(h, isfinite(value) ? tpage_fmt_value(req, t, value)
		            : target_due_day(t, p) > as_of ? T(req, "not due yet")
		                                           : T(req, "not reported"));
		if (!isfinite(value))
			cur = NULL;
		if (cur && cur->supersedes_id) {
			html_raw(h, " <span class=\"corrected\">");
			html_txt(h, T(req, "corrected"));
			html_raw(h, "</span>");
			/* The figures it replaced, oldest first. */
			for (size_t i = 0; i < nm; i++)
				if (ms[i].period_no == p && ms[i].id != cur->id) {
					html_raw(h, " <del><span class=\"vh\">");
					html_txt(h, T(req, "earlier figure:"));
					html_raw(h, " </span>");
					html_txt(h, tpage_fmt_value(req, t, ms[i].value));
					html_raw(h, "</del>");
				}
		}
		html_raw(h, "</td><td>");
		if (cur) {
			html_txt(h, web_datetime(req, cur->reported_at));
			const char *by = internal ? cur->reporter : by_unit;
			if (by && *by) {
				html_raw(h, "<br><span class=\"muted\">");
				html_txt(h, by);
				html_raw(h, "</span>");
			}
		}
		html_raw(h, "</td><td>");
		if (internal && cur && cur->note && *cur->note)
			html_txt(h, cur->note);
		if (internal && cur && cur->evidence && *cur->evidence) {
			html_raw(h, cur->note && *cur->note ? "<br><span class=\"muted\">"
			                                    : "<span class=\"muted\">");
			html_txt(h, T(req, "Evidence:"));
			html_raw(h, "</span> ");
			html_txt(h, cur->evidence);
		}
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
	if (nm == 0)
		return;
	/* Every figure ever reported, corrections included. */
	html_raw(h, "<details><summary>");
	web_txtf(h, T(req, "Every figure reported (%d)"), (int)nm);
	html_raw(h, "</summary><table class=\"compact\"><caption class=\"vh\">");
	web_txtf(h, T(req, "Every figure reported for %s"), t->code);
	html_raw(h, "</caption><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Reported"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "By"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Period"));
	html_raw(h, "</th><th scope=\"col\" class=\"num\">");
	html_txt(h, T(req, "Figure"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "State"));
	html_raw(h, "</th></tr></thead><tbody>");
	for (size_t i = 0; i < nm; i++) {
		html_raw(h, "<tr><th scope=\"row\">");
		html_txt(h, web_datetime(req, ms[i].reported_at));
		html_raw(h, "</th><td>");
		html_txt(h, internal ? (ms[i].reporter ? ms[i].reporter : "") : by_unit);
		html_raw(h, "</td><td>");
		html_txt(h, tpage_period_label(req, t, ms[i].period_no));
		html_raw(h, "</td><td class=\"num\">");
		html_txt(h, tpage_fmt_value(req, t, ms[i].value));
		html_raw(h, "</td><td>");
		bool old = superseded(ms, nm, ms[i].id);
		html_txt(h, old ? T(req, "superseded by a correction")
		                : ms[i].supersedes_id ? T(req, "current (a correction)")
		                                      : T(req, "current"));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></details>");
}

/* The period to offer first: the first elapsed period without a figure, else the last elapsed. */
static int default_period(const struct board_entry *e, int64_t today)
{
	const struct target *t = e->t;
	int np = period_count(t->period), last = 1;
	for (int p = 1; p <= np; p++) {
		if (target_period_end_day(t->year, t->period, p) > today)
			break;
		last = p;
		bool has = false;
		for (size_t k = 0; k < e->nseries; k++)
			has = has || e->series[k].period_no == p;
		if (!has)
			return p;
	}
	return last;
}

static void report_form(struct http_request *req, struct html *h, const struct board_entry *e,
                        const struct report_form *f, struct form_errors *err)
{
	const struct target *t = e->t;
	int np = period_count(t->period);
	const char **values = arena_alloc(&req->arena, (size_t)(np > 0 ? np : 1) * sizeof *values);
	const char **labels = arena_alloc(&req->arena, (size_t)(np > 0 ? np : 1) * sizeof *labels);
	for (int p = 1; p <= np; p++) {
		bool has = false;
		for (size_t k = 0; k < e->nseries; k++)
			has = has || e->series[k].period_no == p;
		values[p - 1] = arena_printf(&req->arena, "%d", p);
		labels[p - 1] = has ? arena_printf(&req->arena, T(req, "%s (has a figure: correct it)"),
		                                   tpage_period_label(req, t, p))
		                    : tpage_period_label(req, t, p);
	}
	err->form = "report";
	int64_t asked = 0;
	const char *chosen = f ? f->period : NULL;
	if (chosen == NULL && http_query_int(req, "period", 1, np, &asked) == HTTP_INT_OK)
		chosen = arena_printf(&req->arena, "%d", (int)asked);
	html_raw(h, "<section id=\"report\" class=\"report no-print\" aria-labelledby=\"report-title\">"
	            "<h2 id=\"report-title\">");
	html_txt(h, T(req, "Report a figure"));
	html_raw(h, "</h2><p class=\"hint\">");
	web_txtf(h, T(req, "For %s. Reporting a period that already has a figure corrects it; "
	                   "the earlier figure stays in the history."),
	         t->code);
	if (e->nchildren > 0) {
		html_raw(h, " ");
		html_txt(h, T(req, "This target is broken down by ward: a figure reported here "
		                   "replaces the figure rolled up from the wards."));
	}
	html_raw(h, "</p>");
	form_error_summary(req, h, err);
	form_begin(req, h, arena_printf(&req->arena, "/targets/%lld/report%s", (long long)t->id,
	                                tpage_as_of_suffix(req, '?')),
	           "report", "narrow");
	form_select(req, h, err, "period", T(req, "Period"), values, labels, (size_t)np,
	            chosen ? chosen
	                   : arena_printf(&req->arena, "%d", default_period(e, target_today())));
	form_input(req, h, err, &(struct form_input){
		.name = "value", .label = t->unit_of_measure && *t->unit_of_measure
		                          ? arena_printf(&req->arena, T(req, "Figure (%s)"),
		                                         t->unit_of_measure)
		                          : T(req, "Figure"),
		.value = f ? f->value : NULL, .required = true, .maxlength = 32,
		.inputmode = "decimal", .size = 14,
		.hint = tpage_figure_hint(req, t) });
	form_input(req, h, err, &(struct form_input){
		.name = "note", .label = T(req, "Note"), .value = f ? f->note : NULL,
		.maxlength = 2000 });
	form_input(req, h, err, &(struct form_input){
		.name = "evidence", .label = T(req, "Evidence"), .value = f ? f->evidence : NULL,
		.hint = T(req, "A reference: document number, file name or link."), .maxlength = 500 });
	form_submit(h, T(req, "Report the figure"));
	form_end(h);
	html_raw(h, "</section>");
}

/* The target page; F and E set when a refused report is shown again. */
void tpage_target_render(struct http_request *req, const struct target *t,
                         const struct report_form *f, struct form_errors *e,
                         unsigned int status)
{
	int64_t as_of = target_today();
	const char *as_of_text = http_query(req, "as_of");
	if (as_of_text && *as_of_text && !tpage_parse_day(as_of_text, &as_of)) {
		web_problem_page(req, 400, "Bad Request", "Not a valid date; write day/month/year.");
		return;
	}
	/* Its family only (the top-level target and its breakdown), not the year's whole board. */
	struct board b;
	const struct board_entry *entry = NULL;
	enum store_status s = target_family_load(req->store, &req->arena, t->id, as_of, &b, &entry);
	if (s == STORE_NOT_FOUND || (s == STORE_OK && entry == NULL)) {
		reply_not_found(req);
		return;
	}
	if (s != STORE_OK) {
		reply_internal_error(req, "board");
		return;
	}
	struct unit_names un = { 0 };
	if (!tpage_units_load(req, &un)) {
		reply_internal_error(req, "units");
		return;
	}
	struct html h = { 0 };
	layout_begin_form(req, &h, arena_printf(&req->arena, "%s — %s", t->code, t->name), "/targets",
	                  e);
	int64_t rp = 0;
	if (status == 200
	    && http_query_int(req, "reported", 1, period_count(t->period), &rp) == HTTP_INT_OK) {
		const char *c = http_query(req, "corrected");
		form_notice(&h, arena_printf(&req->arena,
		                             c && strcmp(c, "1") == 0
		                                 ? T(req, "The figure for %s has been corrected; the "
		                                          "earlier figure stays in the history.")
		                                 : T(req, "The figure for %s has been recorded."),
		                             tpage_period_label(req, t, (int)rp)));
	}
	html_rawf(&h, "<p class=\"no-print\"><a href=\"/targets?year=%d%s\">", t->year,
	          tpage_as_of_suffix(req, '&'));
	web_txtf(&h, T(req, "All targets of %d"), t->year);
	html_raw(&h, "</a></p>");
	/*
	 * The unit's own clerk finds the form first: reporting is what they came
	 * for.  A leader above, who may report too but mostly reads, finds it
	 * after the figures (and at the top again when a report was refused).
	 */
	const struct principal *who = http_principal(req);
	bool may_report = target_may_report(req->store, &req->arena, who, t);
	bool own_unit = false;
	for (size_t g = 0; g < who->ngrants; g++)
		own_unit = own_unit || who->grants[g].unit_id == t->owner_unit_id;
	bool form_first = may_report && (own_unit || (e && e->n));
	struct form_errors none = { 0 };
	if (form_first)
		report_form(req, &h, entry, f, e ? e : &none);
	judgement(req, &h, entry, as_of);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Trend"));
	html_raw(&h, "</h2>");
	tpage_entry_trend(req, &h, entry, "trend", "large", false);
	breakdown(req, &h, entry, &un);
	figures(req, &h, entry, as_of);
	if (may_report && !form_first)
		report_form(req, &h, entry, f, e ? e : &none);
	definition(req, &h, t, &un);
	layout_finish(req, &h, status);
}

/* The target of the {id} in the path; false after replying 404/500. */
bool tpage_target_of_path(struct http_request *req, struct target *t)
{
	int64_t id = http_param_id(req, "id");
	enum store_status s = id ? target_get(req->store, id, &req->arena, t)
	                         : STORE_NOT_FOUND;
	return reply_unless_found(req, s);
}

void page_target(struct http_request *req)
{
	struct target t;
	if (tpage_target_of_path(req, &t))
		tpage_target_render(req, &t, NULL, NULL, 200);
}

/*
 * A figure as typed: digits with at most one decimal separator, ',' or
 * '.'; no thousands separators (1.234 would be ambiguous between the two
 * languages).  False when not a number.
 */
