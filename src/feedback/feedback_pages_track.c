/*
 * feedback_pages_track.c: the citizen follows a report by its code —
 * GET /feedback/track (the form), POST /feedback/track (the report),
 * POST /feedback/track/info (add information), POST /feedback/track/reopen.
 *
 * The code is the citizen's only credential, so it travels in POST bodies,
 * never in an address (addresses end up in logs, histories and Referer
 * headers).  The page shows the report whether or not it is published,
 * with the citizen's own additions, but never the contact details: whoever
 * holds the code learns nothing personal from it.
 */
#include "feedback/feedback_pages.h"
#include "feedback/feedback_handlers.h"

#include <string.h>
#include <time.h>

#include "http/reply.h"
#include "store/store.h"

static void track_form(struct http_request *req, struct html *h, const struct form_errors *e,
                       const char *code)
{
	form_begin(req, h, "/feedback/track", "track", "narrow");
	form_input(req, h, e, &(struct form_input){
		.name = "code", .label = T(req, "Follow-up code"), .value = code,
		.hint = T(req, "The 10 letters and digits you were given when you sent the report."),
		.autocomplete = "off", .required = true, .maxlength = 40 });
	form_submit(h, T(req, "Show my report"));
	form_end(h);
}

static void track_render_form(struct http_request *req, struct form_errors *e, const char *code,
                              unsigned int status)
{
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Follow a report"), "/feedback");
	form_error_summary(req, &h, e);
	track_form(req, &h, e, code);
	layout_finish(req, &h, status);
}

void page_feedback_track(struct http_request *req)
{
	struct form_errors e = { .form = "track" };
	track_render_form(req, &e, NULL, 200);
}

/* The report page for the citizen holding CODE; NOTICE and E from an action. */
static void track_render(struct http_request *req, const struct feedback *f,
                         struct form_errors *e, const char *notice, const char *text,
                         unsigned int status)
{
	struct fb_names names = { 0 };
	struct feedback_event *ev;
	size_t nev;
	if (!fbp_names_load(req, &names))
		return;
	if (feedback_events(req->store, f->id, false, &req->arena, &ev, &nev) != STORE_OK) {
		reply_internal_error(req, "feedback events");
		return;
	}
	/* Moderation is staff business. */
	size_t k = 0;
	for (size_t i = 0; i < nev; i++)
		if (strcmp(ev[i].kind, "published") != 0 && strcmp(ev[i].kind, "hidden") != 0)
			ev[k++] = ev[i];
	cal_day today = feedback_day_of((int64_t)time(NULL));
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Report %lld"), (long long)f->id),
	             "/feedback");
	if (notice)
		form_notice(&h, notice);
	form_error_summary(req, &h, e);
	html_raw(&h, "<p>");
	fbp_state_badge(req, &h, f, today);
	html_raw(&h, "</p>");
	fbp_facts(req, &h, &names, f);
	fbp_photos(req, &h, f->id);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "History"));
	html_raw(&h, "</h2>");
	fbp_events(req, &h, ev, k);
	if (f->state != FB_REJECTED && f->state != FB_DUPLICATE) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Add information"));
		html_raw(&h, "</h2>");
		form_begin(req, &h, "/feedback/track/info", "info", NULL);
		html_raw(&h, "<input type=\"hidden\" name=\"code\" value=\"");
		html_attr(&h, f->code);
		html_raw(&h, "\">");
		struct form_errors ie = { .form = "info" };
		fbp_textarea(req, &h, e && strcmp(e->form, "info") == 0 ? e : &ie, "text",
		             T(req, "Information to add"), NULL,
		             e && strcmp(e->form, "info") == 0 ? text : NULL, true, FB_TEXT_MAX);
		form_submit(&h, T(req, "Add"));
		form_end(&h);
	}
	if (fb_citizen_may_reopen(f, today, feedback_reopen_days())) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Not settled?"));
		html_raw(&h, "</h2><p>");
		html_txt(&h, arena_printf(&req->arena,
		                          T(req, "You may re-open the report within %d days of its answer."),
		                          feedback_reopen_days()));
		html_raw(&h, "</p>");
		form_begin(req, &h, "/feedback/track/reopen", "reopen", NULL);
		html_raw(&h, "<input type=\"hidden\" name=\"code\" value=\"");
		html_attr(&h, f->code);
		html_raw(&h, "\">");
		struct form_errors re = { .form = "reopen" };
		fbp_textarea(req, &h, e && strcmp(e->form, "reopen") == 0 ? e : &re, "text",
		             T(req, "Why the answer does not settle it"), NULL,
		             e && strcmp(e->form, "reopen") == 0 ? text : NULL, true, FB_TEXT_MAX);
		form_submit(&h, T(req, "Re-open the report"));
		form_end(&h);
	}
	layout_finish(req, &h, status);
}

/* Report of the posted code; false after replying (the form again, 404, for a wrong code). */
static bool report_of_code(struct http_request *req, struct feedback *f)
{
	const char *code = http_form(req, "code");
	int s = code && *code && strlen(code) <= 40
	        ? feedback_get_by_code(req->store, code, &req->arena, f) : STORE_NOT_FOUND;
	if (s == STORE_NOT_FOUND) {
		struct form_errors e = { .form = "track" };
		form_error_add(&e, "code", T(req, "No report has this code; check it and try again."));
		track_render_form(req, &e, code && strlen(code) <= 40 ? code : NULL, 404);
		return false;
	}
	if (s != STORE_OK) {
		reply_internal_error(req, "feedback by code");
		return false;
	}
	return true;
}

void page_feedback_track_post(struct http_request *req)
{
	if (!form_csrf_ok(req))
		return;
	struct feedback f;
	if (report_of_code(req, &f))
		track_render(req, &f, NULL, NULL, NULL, 200);
}

static void citizen_action(struct http_request *req, bool reopen)
{
	if (!form_csrf_ok(req))
		return;
	struct feedback f;
	if (!report_of_code(req, &f))
		return;
	const char *text = http_form(req, "text");
	struct feedback out;
	struct org_error err = { 0 };
	int64_t now = (int64_t)time(NULL);
	enum org_result r = reopen
	    ? feedback_citizen_reopen(req->store, &req->arena, f.code, text, now, &out, &err)
	    : feedback_citizen_info(req->store, &req->arena, f.code, text, now, &out, &err);
	struct form_errors e = { .form = reopen ? "reopen" : "info" };
	switch (r) {
	case ORG_OK:
		track_render(req, &out, NULL, reopen ? T(req, "The report has been re-opened.")
		                                     : T(req, "Your information has been added."),
		             NULL, 200);
		return;
	case ORG_INVALID:
	case ORG_CONFLICT:
		form_error_add(&e, r == ORG_INVALID ? "text" : NULL, form_message(req, err.detail));
		track_render(req, &f, &e, NULL, text, r == ORG_INVALID ? 422 : 409);
		return;
	default:
		form_reply_failure(req, r, "feedback follow-up");
		return;
	}
}

void page_feedback_track_info(struct http_request *req)
{
	citizen_action(req, false);
}

void page_feedback_track_reopen(struct http_request *req)
{
	citizen_action(req, true);
}
