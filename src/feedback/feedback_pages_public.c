/*
 * feedback_pages_public.c: what a citizen sees without an account — the
 * list of published reports with their answers (GET /feedback), one
 * report (GET /feedback/{id}), its photos, and the form to send one
 * (GET/POST /feedback/new), which works without JavaScript.
 *
 * The form defends itself without a script or a puzzle: a field hidden
 * from people that bots fill in (the report is then quietly dropped), a
 * limit per address and hour, and moderation before anything is public.
 * Staff who may enter reports for a ward see one more field: the channel
 * (phone, desk, hotline, e-mail) the report came by.
 */
#include "feedback/feedback_pages.h"
#include "feedback/feedback_handlers.h"

#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"

enum { PUBLIC_PAGE = 30 };

/* ---- the public list -------------------------------------------------- */

/*
 * The filter form, the reports and the pager: the same for every reader of
 * a language, so cached by (ward, category, page, language, day: the late
 * badges) at the reports' and the unit tree's revisions.  False after
 * replying 500; E gets the filter's errors.
 */
static bool list_main(struct http_request *req, struct html *h, int64_t ward, int64_t page,
                      const char *cat, struct form_errors *e)
{
	struct fb_names names = { 0 };
	if (!fbp_names_load(req, &names))
		return false;
	struct feedback_filter f = { .state = -1, .moderation = FB_MOD_PUBLISHED,
	                             .limit = PUBLIC_PAGE + 1 };
	if (cat && *cat && !feedback_category_find(names.cats, names.ncats, cat))
		form_error_add(e, "category", T(req, "Choose a category from the list."));
	f.ward_id = e->n ? 0 : ward;
	f.category = e->n || cat == NULL || *cat == '\0' ? NULL : cat;
	f.offset = (int)(page - 1) * PUBLIC_PAGE;
	struct feedback *list;
	size_t n;
	if (feedback_list(req->store, &f, &req->arena, &list, &n) != STORE_OK) {
		reply_internal_error(req, "feedback list");
		return false;
	}
	cal_day today = feedback_day_of((int64_t)time(NULL));
	form_error_summary(req, h, e);
	html_raw(h, "<form method=\"get\" action=\"/feedback\" class=\"filters\">");
	fbp_ward_select(req, h, e, &names, "ward_id", T(req, "Ward"),
	                ward ? arena_printf(&req->arena, "%lld", (long long)ward) : NULL);
	fbp_category_select(req, h, e, &names, cat, true);
	form_submit(h, T(req, "Show"));
	html_raw(h, "</form>");
	if (n == 0) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "No published report matches."));
		html_raw(h, "</p>");
	}
	size_t shown = n > PUBLIC_PAGE ? PUBLIC_PAGE : n;
	html_raw(h, "<ul class=\"fb-list\">");
	for (size_t i = 0; i < shown; i++) {
		const struct feedback *r = &list[i];
		html_rawf(h, "<li><h2><a href=\"/feedback/%lld\">", (long long)r->id);
		html_txt(h, arena_printf(&req->arena, T(req, "Report %lld"), (long long)r->id));
		html_raw(h, "</a> — ");
		html_txt(h, fbp_category_label(req, &names, r->category));
		html_raw(h, "</h2><p class=\"muted\">");
		html_txt(h, fbp_unit_name(&names, r->ward_id));
		html_raw(h, " · ");
		html_txt(h, fbp_day(req, r->received_day));
		html_raw(h, " · ");
		fbp_state_badge(req, h, r, today);
		html_raw(h, "</p><p>");
		html_txt(h, r->description);
		html_raw(h, "</p>");
		if (r->answer) {
			html_raw(h, "<p class=\"fb-answer\"><strong>");
			html_txt(h, T(req, "Answer:"));
			html_raw(h, "</strong> ");
			html_txt(h, r->answer);
			html_raw(h, "</p>");
		}
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul><p>");
	const char *base = arena_printf(&req->arena, "/feedback?ward_id=%s&amp;category=",
	                                f.ward_id ? arena_printf(&req->arena, "%lld",
	                                                         (long long)f.ward_id) : "");
	if (page > 1) {
		html_raw(h, "<a rel=\"prev\" href=\"");
		html_raw(h, base);
		html_url_arg(h, f.category ? f.category : "");
		html_rawf(h, "&amp;page=%lld\">", (long long)page - 1);
		html_txt(h, T(req, "Newer reports"));
		html_raw(h, "</a> ");
	}
	if (n > PUBLIC_PAGE) {
		html_raw(h, "<a rel=\"next\" href=\"");
		html_raw(h, base);
		html_url_arg(h, f.category ? f.category : "");
		html_rawf(h, "&amp;page=%lld\">", (long long)page + 1);
		html_txt(h, T(req, "Older reports"));
		html_raw(h, "</a>");
	}
	html_raw(h, "</p>");
	return true;
}

/* Counts the query arguments (for the whole page: only the filter's own may be in its address). */
static enum MHD_Result count_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
	(void)kind;
	(void)value;
	size_t *n = cls;
	if (strcmp(key, "ward_id") != 0 && strcmp(key, "category") != 0 && strcmp(key, "page") != 0)
		*n += 100;
	else
		(*n)++;
	return MHD_YES;
}

/*
 * May the list at REQ's address be kept whole?  An anonymous reader, and an
 * address made of the filter's own arguments, each at most once, on the
 * first pages: what readers and crawlers of the portal ask for, and a
 * bounded set of entries whatever else is sent.
 */
static bool list_whole_address(struct http_request *req, int64_t page, const char *cat)
{
	size_t n = 0;
	MHD_get_connection_values(req->conn, MHD_GET_ARGUMENT_KIND, count_arg, &n);
	return !http_principal(req)->authenticated && n <= 3 && page <= 10
	       && (cat == NULL || strlen(cat) <= 32);
}

/*
 * GET /feedback: the published reports.  For anonymous readers the whole
 * page is kept (web_kept_page_key) at the reports' revision — which every
 * change of any report moves, on every instance sharing the database — with
 * the day in its key (the late badges): a read is one query for the
 * revision and the kept bytes.  The page shows only published reports'
 * public fields, the same for every anonymous reader.
 */
void page_feedback_list(struct http_request *req)
{
	int64_t ward = 0, page = 1;
	struct form_errors e = { .form = "filter" };
	if (http_query_int(req, "ward_id", 1, INT64_MAX, &ward) == HTTP_INT_INVALID)
		form_error_add(&e, "ward_id", T(req, "Choose a ward from the list."));
	if (http_query_int(req, "page", 1, 100000, &page) == HTTP_INT_INVALID)
		page = 1;
	const char *cat = http_query(req, "category");
	int64_t rev = 0, org_rev = 0;
	bool have_rev = feedback_revision(req->store, &rev) == STORE_OK;
	int today = (int)feedback_day_of((int64_t)time(NULL));
	char page_key[96];
	bool whole = have_rev && e.n == 0 && list_whole_address(req, page, cat)
	             && web_kept_page_key(req, "fb-page",
	                                  arena_printf(&req->arena, "%d", today), page_key);
	if (whole) {
		struct http_body *b = http_cache_ref(req->server->cache, page_key, rev);
		if (b) {
			reply_body(req, 200, b, "text/html; charset=utf-8");
			http_body_release(b);
			return;
		}
	}
	/* Only a valid filter is ever stored, so a hit needs no checking. */
	char key[96] = "";
	if (have_rev && e.n == 0 && (cat == NULL || strlen(cat) <= 32)
	    && org_unit_revision(req->store, &org_rev) == STORE_OK)
		snprintf(key, sizeof key, "fb-list:%lld:%lld:%s:%lld:%d:%d", (long long)ward,
		         (long long)page, cat ? cat : "", (long long)org_rev, today,
		         (int)web_lang(req));
	char *main = NULL;
	size_t main_len = 0;
	if (!key[0] || !http_cache_get(req->server->cache, key, rev, &main, &main_len)) {
		struct html m = { 0 };
		if (!list_main(req, &m, ward, page, cat, &e)) {
			html_free(&m);
			return;
		}
		main = html_take(&m, &main_len);
		if (key[0] && e.n == 0)
			http_cache_put(req->server->cache, key, rev, main, main_len);
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Citizen feedback"), "/feedback");
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "Reports sent by citizens about their ward, with the answers of the "
	                    "units responsible. A report is published once staff have checked it; "
	                    "names and contact details are never shown."));
	html_raw(&h, "</p><ul class=\"links\"><li><a href=\"/feedback/new\">");
	html_txt(&h, T(req, "Send feedback"));
	html_raw(&h, "</a></li><li><a href=\"/feedback/track\">");
	html_txt(&h, T(req, "Follow a report with its code"));
	html_raw(&h, "</a></li><li><a href=\"/feedback/metrics\">");
	html_txt(&h, T(req, "Answer times by unit and category"));
	html_raw(&h, "</a></li>");
	if (feedback_may_see_queue(http_principal(req))) {
		html_raw(&h, "<li><a href=\"/feedback/queue\">");
		html_txt(&h, T(req, "Reports to handle"));
		html_raw(&h, "</a></li>");
	}
	html_raw(&h, "</ul>");
	html_raw_n(&h, main, main_len);
	free(main);
	if (whole && e.n == 0)
		layout_finish_kept(req, &h, page_key, rev);
	else
		layout_finish(req, &h, e.n ? 400 : 200);
}

/* ---- one report, its photos ---------------------------------------------- */

/* Report {id} if the reader may see it; false after replying (404 for the unpublished). */
static bool visible_report(struct http_request *req, int64_t id, struct feedback *f,
                           bool *handler)
{
	int s = id ? feedback_get(req->store, id, &req->arena, f) : STORE_NOT_FOUND;
	if (!reply_unless_found(req, s))
		return false;
	*handler = feedback_may_see_queue(http_principal(req))
	           && org_allows(req->store, &req->arena, http_principal(req), PERM_READ_FEEDBACK,
	                         feedback_scope_unit(f));
	if (!feedback_is_public(f) && !*handler) {
		/* Unpublished and published-then-hidden alike: nothing to tell apart. */
		reply_not_found(req);
		return false;
	}
	return true;
}

void page_feedback_view(struct http_request *req)
{
	struct feedback f;
	bool handler;
	if (!visible_report(req, http_param_id(req, "id"), &f, &handler))
		return;
	struct fb_names names = { 0 };
	struct feedback_event *ev;
	size_t nev;
	if (!fbp_names_load(req, &names))
		return;
	if (feedback_events(req->store, f.id, true, &req->arena, &ev, &nev) != STORE_OK) {
		reply_internal_error(req, "feedback events");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Report %lld"), (long long)f.id),
	             "/feedback");
	html_raw(&h, "<p>");
	fbp_state_badge(req, &h, &f, feedback_day_of((int64_t)time(NULL)));
	html_raw(&h, "</p>");
	if (handler) {
		html_rawf(&h, "<p><a href=\"/feedback/%lld/handle\">", (long long)f.id);
		html_txt(&h, T(req, "Handle this report"));
		html_raw(&h, "</a></p>");
	}
	fbp_facts(req, &h, &names, &f);
	fbp_photos(req, &h, f.id);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "History"));
	html_raw(&h, "</h2>");
	fbp_events(req, &h, ev, nev);
	layout_finish(req, &h, 200);
}

void page_feedback_photo(struct http_request *req)
{
	struct feedback_photo p;
	int s = feedback_photo_get(req->store, http_param_id(req, "id"), &req->arena, &p);
	if (!reply_unless_found(req, s))
		return;
	struct feedback f;
	bool handler;
	if (!visible_report(req, p.feedback_id, &f, &handler))
		return;
	char *copy = malloc(p.len ? p.len : 1);
	if (copy == NULL) {
		reply_internal_error(req, "photo");
		return;
	}
	memcpy(copy, p.data, p.len);
	reply_bytes(req, 200, copy, p.len, p.mime);
	reply_header(req, "Cache-Control", handler && !feedback_is_public(&f) ? "private, no-store"
	                                                                       : "public, max-age=3600");
}

/* ---- sending a report ------------------------------------------------------ */

struct new_form {
	const char *category, *ward_id, *address, *lat, *lon, *description;
	const char *contact_name, *contact_phone, *contact_email, *reply, *channel;
	struct form_errors e;
};

static void new_form_read(struct http_request *req, struct new_form *f)
{
	f->category = http_form(req, "category");
	f->ward_id = http_form(req, "ward_id");
	f->address = http_form(req, "address");
	f->lat = http_form(req, "lat");
	f->lon = http_form(req, "long");
	f->description = http_form(req, "description");
	f->contact_name = http_form(req, "contact_name");
	f->contact_phone = http_form(req, "contact_phone");
	f->contact_email = http_form(req, "contact_email");
	f->reply = http_form(req, "reply");
	f->channel = http_form(req, "channel");
}

/* Does the reader enter reports for some ward (staff, from other channels)? */
static bool may_enter_somewhere(struct http_request *req)
{
	const struct principal *p = http_principal(req);
	return p->authenticated && (p->system || policy_allows_somewhere(p, PERM_HANDLE_FEEDBACK));
}

/*
 * The map picker, for browsers that run the script (static/js/feedback-map.js):
 * hidden here, shown by the script, which draws the area of the wards'
 * published reports with each ward at the middle of its reports, and fills
 * the latitude and longitude above when the reader clicks or uses their
 * position.  Without the script the two fields are the whole of it.
 */
static void map_picker(struct http_request *req, struct html *h, const struct fb_names *names)
{
	struct fb_ward_point *pts = NULL;
	size_t n = 0;
	if (feedback_ward_points(req->store, &req->arena, &pts, &n) != STORE_OK)
		n = 0;
	double south = 90, north = -90, west = 180, east = -180;
	for (size_t i = 0; i < n; i++) {
		south = pts[i].south < south ? pts[i].south : south;
		north = pts[i].north > north ? pts[i].north : north;
		west = pts[i].west < west ? pts[i].west : west;
		east = pts[i].east > east ? pts[i].east : east;
	}
	html_raw(h, "<div class=\"fb-map\" id=\"fb-map\" hidden data-locate=\"");
	html_attr(h, T(req, "Use my position"));
	html_raw(h, "\" data-locating=\"");
	html_attr(h, T(req, "Finding your position…"));
	html_raw(h, "\" data-unlocated=\"");
	html_attr(h, T(req, "Your position is not available; click on the map or type it."));
	html_raw(h, "\" data-label=\"");
	html_attr(h, T(req, "Map of the wards: click where the problem is; the arrow keys move the "
	                   "mark."));
	html_raw(h, "\"");
	/* An area only when the reports span one: a single point gives no scale. */
	if (n > 0 && north - south > 0.001 && east - west > 0.001)
		html_rawf(h, " data-south=\"%.5f\" data-north=\"%.5f\" data-west=\"%.5f\" "
		          "data-east=\"%.5f\"", south, north, west, east);
	html_raw(h, "><ul class=\"fb-map-wards\">");
	for (size_t i = 0; i < n; i++) {
		html_rawf(h, "<li data-lat=\"%.5f\" data-lon=\"%.5f\">", pts[i].lat, pts[i].lon);
		html_txt(h, fbp_unit_name(names, pts[i].ward_id));
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul></div><script src=\"/static/js/feedback-map.js\" defer></script>");
}

static void new_form_render(struct http_request *req, struct new_form *f, unsigned int status)
{
	struct fb_names names = { 0 };
	if (!fbp_names_load(req, &names))
		return;
	f->e.form = "fb";
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Send feedback"), "/feedback");
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "Tell the ward and the district about a problem: flooding, waste, noise, "
	                    "roads, land, procedures. No account is needed. The unit responsible "
	                    "must answer within 5 working days; you get a code to follow the report."));
	html_raw(&h, "</p>");
	form_error_summary(req, &h, &f->e);
	html_raw(&h, "<form method=\"post\" action=\"/feedback/new\" id=\"form-fb\" "
	             "enctype=\"multipart/form-data\" novalidate>"
	             "<input type=\"hidden\" name=\"csrf\" value=\"");
	html_attr(&h, http_csrf_token(req));
	html_raw(&h, "\">");
	if (may_enter_somewhere(req)) {
		const char *values[] = { "phone", "desk", "hotline", "email", "web" };
		const char *labels[] = { fbp_channel_label(req, FB_CH_PHONE),
		                         fbp_channel_label(req, FB_CH_DESK),
		                         fbp_channel_label(req, FB_CH_HOTLINE),
		                         fbp_channel_label(req, FB_CH_EMAIL),
		                         fbp_channel_label(req, FB_CH_WEB) };
		form_select(req, &h, &f->e, "channel", T(req, "Received by"), values, labels, 5,
		            f->channel);
	}
	fbp_category_select(req, &h, &f->e, &names, f->category, false);
	fbp_ward_select(req, &h, &f->e, &names, "ward_id", T(req, "Ward"), f->ward_id);
	form_input(req, &h, &f->e, &(struct form_input){
		.name = "address", .label = T(req, "Address or place"), .value = f->address,
		.hint = T(req, "House number and street, or a landmark."), .maxlength = FB_ADDRESS_MAX });
	html_raw(&h, "<fieldset class=\"fb-point\"><legend>");
	html_txt(&h, T(req, "Position on a map (optional)"));
	html_raw(&h, "</legend>");
	form_input(req, &h, &f->e, &(struct form_input){
		.name = "lat", .label = T(req, "Latitude"), .value = f->lat,
		.hint = T(req, "For example 10.8412"), .maxlength = 20 });
	form_input(req, &h, &f->e, &(struct form_input){
		.name = "long", .label = T(req, "Longitude"), .value = f->lon,
		.hint = T(req, "For example 106.7701"), .maxlength = 20 });
	map_picker(req, &h, &names);
	html_raw(&h, "</fieldset>");
	fbp_textarea(req, &h, &f->e, "description", T(req, "What is the problem?"),
	             T(req, "At least 10 characters, at most 4,000."), f->description, true,
	             FB_DESCRIPTION_MAX);
	html_raw(&h, "<div class=\"field");
	if (form_error_for(&f->e, "photo"))
		html_raw(&h, " has-error");
	html_raw(&h, "\"><label for=\"f-fb-photo\">");
	html_txt(&h, T(req, "Photos (optional)"));
	html_raw(&h, "</label><p class=\"hint\" id=\"f-fb-photo-hint\">");
	html_txt(&h, T(req, "Up to 3 JPEG or PNG photos of at most 5 MB each. Their location and "
	                    "camera details are removed before anything is published."));
	html_raw(&h, "</p>");
	const char *perr = form_error_for(&f->e, "photo");
	if (perr) {
		html_raw(&h, "<p class=\"error\" id=\"f-fb-photo-error\"><span class=\"vh\">");
		html_txt(&h, T(req, "Error:"));
		html_raw(&h, " </span>");
		html_txt(&h, perr);
		html_raw(&h, "</p>");
	}
	html_raw(&h, "<input type=\"file\" id=\"f-fb-photo\" name=\"photo\" "
	             "accept=\"image/jpeg,image/png\" multiple aria-describedby=\"f-fb-photo-hint");
	if (perr)
		html_raw(&h, " f-fb-photo-error\" aria-invalid=\"true");
	html_raw(&h, "\"></div><fieldset><legend>");
	html_txt(&h, T(req, "Your contact (optional)"));
	html_raw(&h, "</legend><p class=\"hint\">");
	html_txt(&h, T(req, "Only the staff handling the report see it. Give a phone number or an "
	                    "e-mail address if you want a reply."));
	html_raw(&h, "</p>");
	form_input(req, &h, &f->e, &(struct form_input){
		.name = "contact_name", .label = T(req, "Name"), .value = f->contact_name,
		.autocomplete = "name", .maxlength = FB_NAME_MAX });
	form_input(req, &h, &f->e, &(struct form_input){
		.name = "contact_phone", .label = T(req, "Phone"), .type = "tel",
		.value = f->contact_phone, .autocomplete = "tel", .maxlength = 40 });
	form_input(req, &h, &f->e, &(struct form_input){
		.name = "contact_email", .label = T(req, "E-mail"), .type = "email",
		.value = f->contact_email, .autocomplete = "email", .maxlength = FB_CONTACT_MAX });
	html_raw(&h, "<div class=\"field\"><label><input type=\"checkbox\" name=\"reply\" value=\"1\"");
	if (f->reply && strcmp(f->reply, "1") == 0)
		html_raw(&h, " checked");
	html_raw(&h, "> ");
	html_txt(&h, T(req, "I want a reply by phone or e-mail"));
	html_raw(&h, "</label></div></fieldset>");
	/* For robots only: hidden from people and from screen readers. */
	html_raw(&h, "<div class=\"fb-hp\" aria-hidden=\"true\"><label for=\"fb-website\">Website"
	             "</label><input type=\"text\" id=\"fb-website\" name=\"website\" tabindex=\"-1\" "
	             "autocomplete=\"off\"></div>");
	form_submit(&h, T(req, "Send"));
	html_raw(&h, "</form>");
	layout_finish(req, &h, status);
}

void page_feedback_new(struct http_request *req)
{
	struct new_form f = { 0 };
	new_form_render(req, &f, 200);
}

/* A decimal degree as people type it (a comma for the point is fine). */
static bool parse_degree(const char *s, double *out)
{
	char buf[32];
	size_t n = strlen(s);
	if (n == 0 || n >= sizeof buf)
		return false;
	for (size_t i = 0; i <= n; i++)
		buf[i] = s[i] == ',' ? '.' : s[i];
	char *end;
	*out = strtod(buf, &end);
	return *end == '\0' && end != buf;
}

static const char *service_field(const char *field)
{
	if (field == NULL)
		return NULL;
	static const char *const known[] = { "category", "ward_id", "address", "lat", "description",
	                                     "contact_name", "contact_phone", "contact_email",
	                                     "photo", "channel" };
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcmp(known[i], field) == 0)
			return field;
	return strcmp(field, "long") == 0 ? "lat" : NULL;
}

static void sent_page(struct http_request *req, const struct feedback *f)
{
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Feedback received"), "/feedback");
	html_raw(&h, "<div class=\"notice\" role=\"status\"><p>");
	html_txt(&h, T(req, "Thank you. Your report has been received."));
	html_raw(&h, "</p>");
	if (f) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "Your follow-up code (keep it: it is the only way to follow the "
		                    "report, add information or re-open it):"));
		html_raw(&h, "</p><p class=\"fb-code\"><code id=\"fb-code\">");
		html_txt(&h, f->code);
		html_raw(&h, "</code></p><p>");
		html_txt(&h, arena_printf(&req->arena, T(req, "An answer is due by %s."),
		                          fbp_day(req, f->due_day)));
		html_raw(&h, "</p>");
	}
	html_raw(&h, "</div><p><a href=\"/feedback/track\">");
	html_txt(&h, T(req, "Follow a report with its code"));
	html_raw(&h, "</a></p>");
	layout_finish(req, &h, 200);
}

/* A report on its way to the group commit, kept in the request's arena while it waits. */
struct submit_call {
	struct new_form form;
	struct fb_submit in;
	struct fb_ticket ticket;
};

/* On the feedback writer's thread, once committed (or refused): the request's turn again. */
static void submit_committed(void *ctx)
{
	http_resume(ctx);
}

/* Once the connection is suspended. */
static void submit_queue(struct http_request *req)
{
	struct submit_call *call = req->defer_data;
	feedback_submit_queued(req->store, &req->arena, http_principal(req), &call->in,
	                       &call->ticket);
}

static void submit_reply(struct http_request *req)
{
	struct submit_call *call = req->defer_data;
	struct new_form *f = &call->form;
	const struct feedback *out = &call->ticket.out;
	if (call->ticket.result == ORG_CONFLICT && call->in.rate_exceeded) {
		form_error_add(&f->e, NULL, T(req, "Too many reports from your connection in the last "
		                                   "hour; please try again later."));
		new_form_render(req, f, 429);
		reply_header(req, MHD_HTTP_HEADER_RETRY_AFTER, "3600");
		return;
	}
	switch (call->ticket.result) {
	case ORG_OK:
		if (call->in.f.channel != FB_CH_WEB) {
			reply_redirect(req, arena_printf(&req->arena, "/feedback/%lld/handle?done=created",
			                                 (long long)out->id));
			return;
		}
		sent_page(req, out);
		return;
	case ORG_INVALID:
		form_error_add(&f->e, service_field(call->ticket.err.field),
		               form_message(req, call->ticket.err.detail));
		new_form_render(req, f, 422);
		return;
	default:
		form_reply_failure(req, call->ticket.result, "feedback");
		return;
	}
}

void page_feedback_new_post(struct http_request *req)
{
	if (!form_csrf_ok(req))
		return;
	const char *hp = http_form(req, "website");
	if (hp && *hp) {
		/* A robot: thanked, and nothing is kept (no code to follow, nothing to learn). */
		sent_page(req, NULL);
		return;
	}
	int64_t now = (int64_t)time(NULL);
	struct new_form f = { .e = { .form = "fb" } };
	new_form_read(req, &f);
	const char *address = http_client_address(req);
	struct fb_submit in = { .client_address = address, .now = now };
	in.f.channel = FB_CH_WEB;
	if (f.channel && *f.channel && may_enter_somewhere(req)) {
		int c = fb_channel_parse(f.channel);
		if (c < 0 || c == FB_CH_OPEN311)
			form_error_add(&f.e, "channel", T(req, "Choose how the report was received."));
		else
			in.f.channel = (enum fb_channel)c;
	}
	/* The hourly limit per address is counted when the report is written (feedback_submit). */
	in.limit_rate = in.f.channel == FB_CH_WEB;
	in.f.category = f.category;
	int64_t ward = 0;
	if (f.ward_id && *f.ward_id && http_parse_int(f.ward_id, 1, INT64_MAX, &ward) != HTTP_INT_OK)
		ward = 0;
	in.f.ward_id = ward;
	in.f.address = f.address;
	in.f.description = f.description;
	in.f.contact_name = f.contact_name;
	in.f.contact_phone = f.contact_phone;
	in.f.contact_email = f.contact_email;
	bool has_lat = f.lat && *f.lat, has_lon = f.lon && *f.lon;
	if (has_lat || has_lon) {
		if (!has_lat || !has_lon || !parse_degree(f.lat, &in.f.lat)
		    || !parse_degree(f.lon, &in.f.lon) || !fb_point_valid(in.f.lat, in.f.lon))
			form_error_add(&f.e, "lat", T(req, "Give both latitude and longitude as decimal "
			                                   "degrees, e.g. 10.8412 and 106.7701."));
		else
			in.f.has_point = true;
	}
	bool wants_reply = f.reply && strcmp(f.reply, "1") == 0;
	if (wants_reply && !(f.contact_phone && *f.contact_phone)
	    && !(f.contact_email && *f.contact_email))
		form_error_add(&f.e, "contact_phone",
		               T(req, "For a reply, give a phone number or an e-mail address."));
	for (const struct form_field *ff = req->form; ff; ff = ff->next) {
		if (strcmp(ff->key, "photo") != 0 || ff->filename == NULL || ff->len == 0)
			continue;
		if (in.nphotos == FB_PHOTOS_MAX) {
			form_error_add(&f.e, "photo", T(req, "At most 3 photos."));
			break;
		}
		in.photos[in.nphotos++] = (struct fb_photo_in){
			.filename = ff->filename, .data = (const unsigned char *)ff->value, .len = ff->len };
	}
	if (f.e.n) {
		new_form_render(req, &f, 422);
		return;
	}
	/*
	 * Into the group commit: the connection is suspended while the report
	 * waits for its batch's commit, so this thread serves others meanwhile.
	 */
	struct submit_call *call = arena_alloc(&req->arena, sizeof *call);
	call->form = f;
	call->in = in;
	call->ticket = (struct fb_ticket){ .done = submit_committed, .ctx = req };
	req->defer_data = call;
	req->defer_join = submit_queue;
	req->defer_then = submit_reply;
}

/* The messages the service puts in struct org_error, listed so they are translated. */
static const char *const service_messages[] __attribute__((unused)) = {
	N_("Choose what the report is about."),
	N_("Choose the ward where it happens."),
	N_("Describe the problem in at least 10 characters."),
	N_("The description is longer than 4,000 bytes."),
	N_("The address is longer than 300 bytes."),
	N_("Give the address, or the latitude and longitude."),
	N_("Latitude must lie between -90 and 90, longitude between -180 and 180."),
	N_("The name is longer than 120 bytes."),
	N_("The phone number is longer than 40 bytes."),
	N_("The e-mail address is longer than 200 bytes."),
	N_("The e-mail address is not valid."),
	N_("The text is not valid UTF-8."),
	N_("At most 3 photos."),
	N_("A photo may be at most 5 MB."),
	N_("The photo is damaged or not a JPEG image."),
	N_("The photo is damaged or not a PNG image."),
	N_("The photo is larger than 8000 pixels a side or 40 megapixels."),
	N_("The photo could not be re-encoded."),
	N_("A photo must be a JPEG or PNG image."),
	N_("The date lies outside the calendar."),
	N_("The report's state does not allow this."),
	N_("The text is longer than 4,000 bytes."),
	N_("Choose the unit that answers."),
	N_("Say what has been done so far."),
	N_("Give the date the unit commits to, today or later."),
	N_("Write the answer."),
	N_("Give the reason for rejecting the report."),
	N_("Give the number of the original report."),
	N_("That report is itself a duplicate; link the original."),
	N_("Say why the answer does not settle it."),
	N_("Write the information to add."),
	N_("The report can be re-opened only within the days after its answer."),
	N_("The report is closed; send a new one."),
	N_("Name the client (up to 100 bytes)."),
};
