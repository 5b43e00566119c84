/*
 * target_pages_report.c: reporting a figure, POST /targets/{id}/report.
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


/* What a figure of T may be: counts whole, and nothing counted or added up below zero. */
unsigned tpage_figure_flags(const struct target *t)
{
	bool pct = t->unit_of_measure && strcmp(t->unit_of_measure, "%") == 0;
	switch (t->kind) {
	case TK_COUNT:
		return FORM_NUM_WHOLE | FORM_NUM_MIN_ZERO;
	case TK_AMOUNT:
		return FORM_NUM_MIN_ZERO;
	case TK_REDUCTION:
		/* Households or cases fewer: whole things; a percentage fall may be any number. */
		return pct ? 0 : FORM_NUM_WHOLE | FORM_NUM_MIN_ZERO;
	case TK_RATIO:
	case TK_SHARE:
		return FORM_NUM_MIN_ZERO;
	default:
		return 0;
	}
}

/* The figure field's hint: examples in the page's own way of writing numbers. */
const char *tpage_figure_hint(struct http_request *req, const struct target *t)
{
	if (tpage_figure_flags(t) & FORM_NUM_WHOLE)
		return arena_printf(&req->arena, T(req, "A whole number, written as the pages show "
		                                      "them (%s) or plainly (%s)."),
		                    web_fmt_number(req, 1228, 0), "1228");
	return arena_printf(&req->arena, T(req, "A number, written as the pages show them (%s) "
	                                      "or plainly (%s)."),
	                    web_fmt_number(req, 1234.5, 1), web_lang(req) == LANG_VI ? "1234,5"
	                                                                            : "1234.5");
}

/* The service's fields as the form names them. */
static const char *report_field(const char *field)
{
	if (field == NULL)
		return NULL;
	if (strcmp(field, "period_no") == 0)
		return "period";
	if (strcmp(field, "value") == 0 || strcmp(field, "note") == 0
	    || strcmp(field, "evidence") == 0)
		return field;
	return NULL;
}

void page_target_report(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct target t;
	if (!tpage_target_of_path(req, &t))
		return;
	if (!target_may_report(req->store, &req->arena, http_principal(req), &t)) {
		http_forbidden(req);
		return;
	}
	struct report_form f = {
		.period = http_form(req, "period"), .value = http_form(req, "value"),
		.note = http_form(req, "note"), .evidence = http_form(req, "evidence"),
	};
	struct form_errors e = { .form = "report" };
	struct measurement m = { .target_id = t.id, .unit_id = t.owner_unit_id };
	int64_t p = 0;
	if (http_form_int(req, "period", 1, period_count(t.period), &p) != HTTP_INT_OK)
		form_error_add(&e, "period", T(req, "Choose a period of the target's year."));
	form_number(req, &e, "value", f.value, tpage_figure_flags(&t), &m.value);
	if (e.n) {
		tpage_target_render(req, &t, &f, &e, 422);
		return;
	}
	m.period_no = (int)p;
	m.note = f.note && *f.note ? f.note : NULL;
	m.evidence = f.evidence && *f.evidence ? f.evidence : NULL;
	bool corrected = false;
	struct org_error err = { 0 };
	enum org_result r = target_report(req->store, &req->arena, http_principal(req), &m,
	                                  &corrected, &err);
	switch (r) {
	case ORG_OK:
		reply_redirect(req, arena_printf(&req->arena, "/targets/%lld?reported=%d&corrected=%d%s",
		                                 (long long)t.id, m.period_no, corrected ? 1 : 0,
		                                 tpage_as_of_suffix(req, '&')));
		return;
	case ORG_INVALID:
		form_error_add(&e, report_field(err.field), form_message(req, err.detail));
		tpage_target_render(req, &t, &f, &e, 422);
		return;
	default:
		form_reply_failure(req, r, "target report");
		return;
	}
}

/*
 * The messages target_report() puts in struct org_error (target_judge.c,
 * target_service.c), listed so they are extracted and translated.
 */
static const char *const report_messages[] __attribute__((unused)) = {
	N_("No target has this id."),
	N_("The month must be 1 to 12."),
	N_("The quarter must be 1 to 4."),
	N_("A yearly figure is for period 1."),
	N_("The target's reporting period is not known."),
	N_("The figure must be a number."),
	N_("A ratio or share is a percentage: between 0 and 100."),
	N_("A percentage change must lie between −100 and 1000."),
	N_("An amount or count cannot be negative."),
	N_("A count must be a whole number."),
	N_("Unknown kind of target."),
	N_("The note is longer than 2,000 bytes."),
	N_("The evidence reference is longer than 500 bytes."),
	N_("The text is not valid UTF-8."),
	N_("This target's figures are reported by its own unit; "
	   "report a ward's figure against the ward's breakdown target."),
};
