/*
 * feedback_pages_staff.c: handling reports — the queue of open reports in
 * the reader's reach, most urgent first (GET /feedback/queue), one report
 * with its contact details and the actions its state allows
 * (GET /feedback/{id}/handle, POST /feedback/{id}/act), and moderation
 * (POST /feedback/{id}/moderate).
 *
 * Each action is its own small form posting an "action" field, so the
 * page works without JavaScript; the service decides whether the state
 * allows it (409 otherwise) and whether the reader may (403).
 */
#include "feedback/feedback_pages.h"
#include "feedback/feedback_handlers.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "http/reply.h"
#include "store/store.h"

enum { QUEUE_PAGE = 100 };

void page_feedback_queue(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	const struct principal *who = http_principal(req);
	if (!feedback_may_see_queue(who)) {
		http_forbidden(req);
		return;
	}
	struct fb_names names = { 0 };
	if (!fbp_names_load(req, &names))
		return;
	cal_day today = feedback_day_of((int64_t)time(NULL));
	int64_t offset = 0;
	if (http_query_int(req, "offset", 0, 1000000000, &offset) != HTTP_INT_OK)
		offset = 0;
	struct fb_counts c;
	struct feedback *list = NULL;
	size_t n = 0;
	if (!fbp_counts(req, today, today, INT64_MAX, &c)
	    || feedback_queue_page(req->store, &req->arena, &c, (size_t)offset, QUEUE_PAGE, &list,
	                           &n) != STORE_OK) {
		reply_internal_error(req, "feedback queue");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Reports to handle"), "/feedback");
	html_raw(&h, "<p>");
	html_txt(&h, arena_printf(&req->arena, T(req, "%zu open reports, %zu of them late; %zu not "
	                                         "yet checked for publishing."),
	                          (size_t)c.open, (size_t)c.late, (size_t)c.pending));
	html_raw(&h, "</p><p><a href=\"/feedback/new\">");
	html_txt(&h, T(req, "Enter a report received by phone, at the desk or by e-mail"));
	html_raw(&h, "</a></p><table class=\"fb-queue\" tabindex=\"0\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Open reports, most urgent first"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Number"), N_("Answer due"), N_("State"), N_("Category"), N_("Ward"),
	               N_("Responsible unit"), N_("Received by"));
	for (size_t i = 0; i < n; i++) {
		const struct feedback *f = &list[i];
		html_rawf(&h, "<tr><th scope=\"row\"><a href=\"/feedback/%lld/handle\">%lld</a></th><td>",
		          (long long)f->id, (long long)f->id);
		html_txt(&h, fbp_day(req, fb_deadline(f)));
		html_raw(&h, "</td><td>");
		fbp_state_badge(req, &h, f, today);
		html_raw(&h, "</td><td>");
		html_txt(&h, fbp_category_label(req, &names, f->category));
		html_raw(&h, "</td><td>");
		html_txt(&h, fbp_unit_name(&names, f->ward_id));
		html_raw(&h, "</td><td>");
		html_txt(&h, f->unit_id ? fbp_unit_name(&names, f->unit_id) : T(req, "Not yet routed"));
		html_raw(&h, "</td><td>");
		html_txt(&h, fbp_channel_label(req, f->channel));
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");
	/* A page at a time, most urgent first: a city's backlog is no single page. */
	if (offset > 0 || (int64_t)offset + (int64_t)n < c.open) {
		html_raw(&h, "<nav class=\"pager\" aria-label=\"");
		html_attr(&h, T(req, "Pages"));
		html_raw(&h, "\"><ul>");
		if (offset > 0)
			html_rawf(&h, "<li><a rel=\"prev\" href=\"/feedback/queue?offset=%lld\">%s</a></li>",
			          (long long)(offset > QUEUE_PAGE ? offset - QUEUE_PAGE : 0),
			          T(req, "More urgent"));
		if ((int64_t)offset + (int64_t)n < c.open)
			html_rawf(&h, "<li><a rel=\"next\" href=\"/feedback/queue?offset=%lld\">%s</a></li>",
			          (long long)(offset + (int64_t)n), T(req, "Less urgent"));
		html_raw(&h, "</ul></nav>");
	}
	layout_finish(req, &h, 200);
}

/* Report {id} for a reader holding PERM_READ_FEEDBACK on it; false after replying. */
static bool staff_report(struct http_request *req, struct feedback *f)
{
	if (!http_require_signed_in(req))
		return false;
	int64_t id = http_param_id(req, "id");
	int s = id ? feedback_get(req->store, id, &req->arena, f) : STORE_NOT_FOUND;
	if (!reply_unless_found(req, s))
		return false;
	if (!org_allows(req->store, &req->arena, http_principal(req), PERM_READ_FEEDBACK,
	                feedback_scope_unit(f))) {
		http_forbidden(req);
		return false;
	}
	return true;
}

static void action_form(struct http_request *req, struct html *h, const struct feedback *f,
                        enum fb_action a, const char *label)
{
	html_rawf(h, "<form method=\"post\" action=\"/feedback/%lld/act\" class=\"inline\">"
	          "<input type=\"hidden\" name=\"csrf\" value=\"", (long long)f->id);
	html_attr(h, http_csrf_token(req));
	html_rawf(h, "\"><input type=\"hidden\" name=\"action\" value=\"%s\"><button type=\"submit\">",
	          fb_action_name(a));
	html_txt(h, label);
	html_raw(h, "</button></form> ");
}

/* Opens a section with a form for action A; the caller adds its fields and closes it. */
static void action_open(struct http_request *req, struct html *h, const struct feedback *f,
                        enum fb_action a, const char *title)
{
	html_raw(h, "<section class=\"fb-action\"><h3>");
	html_txt(h, title);
	html_rawf(h, "</h3><form method=\"post\" action=\"/feedback/%lld/act\" id=\"form-%s\" novalidate>"
	          "<input type=\"hidden\" name=\"csrf\" value=\"", (long long)f->id, fb_action_name(a));
	html_attr(h, http_csrf_token(req));
	html_rawf(h, "\"><input type=\"hidden\" name=\"action\" value=\"%s\">", fb_action_name(a));
}

static void action_close(struct html *h, const char *label)
{
	form_submit(h, label);
	html_raw(h, "</form></section>");
}

static bool allowed(const struct feedback *f, enum fb_action a)
{
	enum fb_state to;
	return fb_transition(f->state, a, &to);
}

static void handle_render(struct http_request *req, const struct feedback *f,
                          struct form_errors *e, enum fb_action failed, unsigned int status)
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
	const struct principal *who = http_principal(req);
	bool handle = feedback_may_handle(req->store, &req->arena, who, f);
	bool contact = feedback_contact_visible(req->store, &req->arena, who, f);
	bool moderate = feedback_may_moderate(req->store, &req->arena, who, f);
	cal_day today = feedback_day_of((int64_t)time(NULL));
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Handle report %lld"), (long long)f->id),
	             "/feedback");
	const char *done = http_query(req, "done");
	if (done && status == 200)
		form_notice(&h, strcmp(done, "created") == 0 ? T(req, "The report has been entered.")
		                                             : T(req, "Done."));
	if (e && e->n) {
		e->form = fb_action_name(failed);
		form_error_summary(req, &h, e);
	}
	html_raw(&h, "<p>");
	fbp_state_badge(req, &h, f, today);
	html_raw(&h, " <span class=\"badge\">");
	html_txt(&h, f->moderation == FB_MOD_PUBLISHED ? T(req, "Published")
	             : f->moderation == FB_MOD_HIDDEN ? T(req, "Hidden from the public list")
	                                              : T(req, "Not yet checked for publishing"));
	html_raw(&h, "</span></p>");
	fbp_facts(req, &h, &names, f);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Sender"));
	html_raw(&h, "</h2>");
	if (contact) {
		html_raw(&h, "<dl class=\"facts\"><dt>");
		html_txt(&h, T(req, "Received by"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, fbp_channel_label(req, f->channel));
		html_raw(&h, "</dd><dt>");
		html_txt(&h, T(req, "Name"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, f->contact_name ? f->contact_name : "—");
		html_raw(&h, "</dd><dt>");
		html_txt(&h, T(req, "Phone"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, f->contact_phone ? f->contact_phone : "—");
		html_raw(&h, "</dd><dt>");
		html_txt(&h, T(req, "E-mail"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, f->contact_email ? f->contact_email : "—");
		html_raw(&h, "</dd></dl>");
	} else {
		html_raw(&h, "<p class=\"muted\">");
		html_txt(&h, T(req, "Contact details are shown only to those who handle the report."));
		html_raw(&h, "</p>");
	}
	fbp_photos(req, &h, f->id);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "History"));
	html_raw(&h, "</h2>");
	fbp_events(req, &h, ev, nev);
	if (handle) {
		const char *text = e && e->n ? http_form(req, "text") : NULL;
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Actions"));
		html_raw(&h, "</h2><p>");
		if (allowed(f, FB_ACT_START))
			action_form(req, &h, f, FB_ACT_START, T(req, "Take up"));
		if (allowed(f, FB_ACT_CLOSE))
			action_form(req, &h, f, FB_ACT_CLOSE, T(req, "Close"));
		if (allowed(f, FB_ACT_REOPEN))
			action_form(req, &h, f, FB_ACT_REOPEN, T(req, "Re-open"));
		html_raw(&h, "</p>");
		struct form_errors none = { 0 };
		if (allowed(f, FB_ACT_ANSWER)) {
			struct form_errors *ae = failed == FB_ACT_ANSWER && e ? e : &none;
			ae->form = "answer";
			action_open(req, &h, f, FB_ACT_ANSWER, T(req, "Answer"));
			fbp_textarea(req, &h, ae, "text", T(req, "Answer to the citizen"),
			             T(req, "Published with the report once it is checked."),
			             failed == FB_ACT_ANSWER ? text : NULL, true, FB_TEXT_MAX);
			action_close(&h, T(req, "Send the answer"));
		}
		if (allowed(f, FB_ACT_PROGRESS)) {
			struct form_errors *pe = failed == FB_ACT_PROGRESS && e ? e : &none;
			pe->form = "progress";
			action_open(req, &h, f, FB_ACT_PROGRESS, T(req, "Report progress (a unit that will be late)"));
			fbp_textarea(req, &h, pe, "text", T(req, "What has been done"), NULL,
			             failed == FB_ACT_PROGRESS ? text : NULL, true, FB_TEXT_MAX);
			fbp_day_input(req, &h, pe, "committed_day", T(req, "Date the unit commits to"),
			              failed == FB_ACT_PROGRESS ? http_form(req, "committed_day") : NULL);
			action_close(&h, T(req, "Record progress"));
		}
		if (allowed(f, FB_ACT_ASSIGN)) {
			struct form_errors *ue = failed == FB_ACT_ASSIGN && e ? e : &none;
			ue->form = "assign";
			action_open(req, &h, f, FB_ACT_ASSIGN, T(req, "Send to another unit"));
			const char **values = arena_array(&req->arena, names.nunits + 1, sizeof *values);
			const char **labels = arena_array(&req->arena, names.nunits + 1, sizeof *labels);
			size_t k = 0;
			values[k] = "";
			labels[k++] = T(req, "Choose a unit");
			for (size_t i = 0; i < names.nunits; i++)
				if (strcmp(names.units[i].kind, "neighbourhood_group") != 0) {
					values[k] = arena_printf(&req->arena, "%lld", (long long)names.units[i].id);
					labels[k++] = names.units[i].name;
				}
			form_select(req, &h, ue, "unit_id", T(req, "Responsible unit"), values, labels, k,
			            f->unit_id ? arena_printf(&req->arena, "%lld", (long long)f->unit_id) : NULL);
			action_close(&h, T(req, "Send"));
		}
		if (allowed(f, FB_ACT_REJECT)) {
			struct form_errors *re = failed == FB_ACT_REJECT && e ? e : &none;
			re->form = "reject";
			action_open(req, &h, f, FB_ACT_REJECT, T(req, "Reject"));
			fbp_textarea(req, &h, re, "text", T(req, "Reason"),
			             T(req, "For example: not a matter for the administration, abusive."),
			             failed == FB_ACT_REJECT ? text : NULL, true, FB_TEXT_MAX);
			action_close(&h, T(req, "Reject the report"));
		}
		if (allowed(f, FB_ACT_DUPLICATE)) {
			struct form_errors *de = failed == FB_ACT_DUPLICATE && e ? e : &none;
			de->form = "duplicate";
			action_open(req, &h, f, FB_ACT_DUPLICATE, T(req, "Duplicate"));
			form_input(req, &h, de, &(struct form_input){
				.name = "duplicate_of", .label = T(req, "Number of the original report"),
				.type = "text", .required = true, .maxlength = 20,
				.value = failed == FB_ACT_DUPLICATE ? http_form(req, "duplicate_of") : NULL });
			action_close(&h, T(req, "Link to the original"));
		}
	}
	if (moderate) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Public list"));
		html_raw(&h, "</h2><p>");
		html_txt(&h, T(req, "Publish the report once its text holds nothing personal or abusive."));
		html_raw(&h, "</p>");
		for (int pub = 1; pub >= 0; pub--) {
			if ((pub && f->moderation == FB_MOD_PUBLISHED) || (!pub && f->moderation == FB_MOD_HIDDEN))
				continue;
			html_rawf(&h, "<form method=\"post\" action=\"/feedback/%lld/moderate\" class=\"inline\">"
			          "<input type=\"hidden\" name=\"csrf\" value=\"", (long long)f->id);
			html_attr(&h, http_csrf_token(req));
			html_rawf(&h, "\"><input type=\"hidden\" name=\"publish\" value=\"%d\"><button "
			          "type=\"submit\">", pub);
			html_txt(&h, pub ? T(req, "Publish") : T(req, "Hide"));
			html_raw(&h, "</button></form> ");
		}
	}
	layout_finish(req, &h, status);
}

void page_feedback_handle(struct http_request *req)
{
	struct feedback f;
	if (staff_report(req, &f))
		handle_render(req, &f, NULL, FB_ACT_COUNT, 200);
}

static const char *act_field(const char *field)
{
	if (field == NULL)
		return NULL;
	if (strcmp(field, "text") == 0 || strcmp(field, "unit_id") == 0
	    || strcmp(field, "committed_day") == 0 || strcmp(field, "duplicate_of") == 0)
		return field;
	return NULL;
}

void page_feedback_act(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct feedback f;
	if (!staff_report(req, &f))
		return;
	int a = fb_action_parse(http_form(req, "action"));
	if (a < 0) {
		reply_problem(req, 400, "about:blank", "Bad Request", "Unknown action.", "action");
		return;
	}
	struct fb_act in = { .action = (enum fb_action)a, .text = http_form(req, "text"),
	                     .now = (int64_t)time(NULL) };
	struct form_errors e = { .form = fb_action_name(in.action) };
	int64_t v = 0;
	if (in.action == FB_ACT_ASSIGN
	    && http_form_int(req, "unit_id", 1, INT64_MAX, &v) == HTTP_INT_OK)
		in.unit_id = v;
	if (in.action == FB_ACT_DUPLICATE) {
		if (http_form_int(req, "duplicate_of", 1, INT64_MAX, &v) == HTTP_INT_OK)
			in.duplicate_of = v;
		else
			form_error_add(&e, "duplicate_of", T(req, "Give the number of the original report."));
	}
	if (in.action == FB_ACT_PROGRESS) {
		fbp_form_day(req, &e, "committed_day", false, &in.committed_day);
	}
	if (e.n) {
		handle_render(req, &f, &e, in.action, 422);
		return;
	}
	struct feedback out;
	struct org_error err = { 0 };
	enum org_result r = feedback_act(req->store, &req->arena, http_principal(req), f.id, &in,
	                                 &out, &err);
	switch (r) {
	case ORG_OK:
		reply_redirect(req, arena_printf(&req->arena, "/feedback/%lld/handle?done=%s",
		                                 (long long)f.id, fb_action_name(in.action)));
		return;
	case ORG_INVALID:
	case ORG_CONFLICT:
		form_error_add(&e, act_field(err.field), form_message(req, err.detail));
		handle_render(req, &f, &e, in.action, r == ORG_INVALID ? 422 : 409);
		return;
	default:
		form_reply_failure(req, r, "feedback action");
		return;
	}
}

void page_feedback_moderate(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct feedback f;
	if (!staff_report(req, &f))
		return;
	const char *p = http_form(req, "publish");
	if (p == NULL || (strcmp(p, "1") != 0 && strcmp(p, "0") != 0)) {
		reply_problem(req, 400, "about:blank", "Bad Request", "publish must be 1 or 0.", "publish");
		return;
	}
	struct feedback out;
	enum org_result r = feedback_moderate(req->store, &req->arena, http_principal(req), f.id,
	                                      strcmp(p, "1") == 0, (int64_t)time(NULL), &out);
	if (r == ORG_OK)
		reply_redirect(req, arena_printf(&req->arena, "/feedback/%lld/handle?done=moderated",
		                                 (long long)f.id));
	else
		form_reply_failure(req, r, "feedback moderation");
}
