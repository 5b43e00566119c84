/*
 * feedback_pages.c: see feedback_pages.h.
 */
#include "feedback/feedback_pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"

bool fbp_names_load(struct http_request *req, struct fb_names *out)
{
	struct unit_filter uf = { 0 };
	int s = org_unit_list(req->store, &uf, &req->arena, &out->units, &out->nunits);
	if (s == STORE_OK)
		s = feedback_categories(req->store, &req->arena, &out->cats, &out->ncats);
	if (s != STORE_OK) {
		reply_internal_error(req, "feedback names");
		return false;
	}
	return true;
}

/* The groups counted, as the cache keeps them: malloc'd whole. */
struct kept_counts {
	size_t n;
	struct fb_unit_counts g[];
};

bool fbp_counts(struct http_request *req, cal_day today, cal_day soon, int64_t answered_from,
                struct fb_counts *out)
{
	const struct fb_unit_counts *groups;
	size_t n;
	int64_t rev;
	bool versioned = feedback_revision(req->store, &rev) == STORE_OK;
	char key[96];
	snprintf(key, sizeof key, "fb-counts:%ld:%ld:%lld", (long)today, (long)soon,
	         (long long)answered_from);
	struct http_body *b = versioned ? http_cache_ref(req->server->cache, key, rev) : NULL;
	if (b) {
		const struct kept_counts *k = http_body_object_of(b);
		groups = k->g;
		n = k->n;
	} else {
		/* Read after the revision: at least as new as it says. */
		struct fb_unit_counts *read;
		if (feedback_unit_counts(req->store, today, soon, answered_from, &req->arena, &read, &n)
		    != STORE_OK)
			return false;
		groups = read;
		/* Kept for the next reader; out of memory, only this one is served. */
		struct kept_counts *k = versioned ? malloc(sizeof *k + n * sizeof *read) : NULL;
		if (k) {
			k->n = n;
			if (n)
				memcpy(k->g, read, n * sizeof *read);
			struct http_body *kept = http_body_object(k, sizeof *k + n * sizeof *read, free);
			if (kept) {
				http_cache_store(req->server->cache, key, rev, kept);
				http_body_release(kept);
			}
		}
	}
	feedback_reach_counts(req->store, &req->arena, http_principal(req), groups, n, out);
	http_body_release(b);
	return true;
}

bool fbp_form_day(struct http_request *req, struct form_errors *e, const char *name,
                  bool required, cal_day *out)
{
	const char *text = http_form(req, name);
	*out = 0;
	if ((text == NULL || *text == '\0') && !required)
		return true;
	int y, m, d;
	if (!form_date(req, e, name, text, &y, &m, &d))
		return false;
	if (!cal_from_ymd(y, m, d, out)) {
		form_error_add(e, name, T(req, "Enter the date as day/month/year, e.g. 30/09/2019."));
		return false;
	}
	return true;
}

void fbp_day_input(struct http_request *req, struct html *h, const struct form_errors *e,
                   const char *name, const char *label, const char *value)
{
	form_input(req, h, e, &(struct form_input){
		.name = name, .label = label, .value = value, .required = true, .maxlength = 10,
		.size = 10, .inputmode = "numeric",
		.hint = T(req, "Day/month/year, e.g. 30/09/2019.") });
}

const char *fbp_unit_name(const struct fb_names *n, int64_t id)
{
	for (size_t i = 0; i < n->nunits; i++)
		if (n->units[i].id == id)
			return n->units[i].name;
	return "";
}

const char *fbp_category_label(struct http_request *req, const struct fb_names *n,
                               const char *code)
{
	const struct feedback_category *c = feedback_category_find(n->cats, n->ncats, code);
	if (c == NULL)
		return code ? code : "";
	return web_lang(req) == LANG_EN ? c->name_en : c->name;
}

const char *fbp_state_label(struct http_request *req, enum fb_state s)
{
	static const char *const labels[FB_STATE_COUNT] = {
		N_("Received"), N_("Assigned"), N_("In progress"), N_("Answered"), N_("Closed"),
		N_("Re-opened"), N_("Rejected"), N_("Duplicate"),
	};
	return T(req, labels[(unsigned)s < FB_STATE_COUNT ? s : 0]);
}

const char *fbp_channel_label(struct http_request *req, enum fb_channel c)
{
	static const char *const labels[FB_CH_COUNT] = {
		N_("Web form"), N_("Phone"), N_("Reception desk"), N_("Hotline"), N_("E-mail"),
		N_("Open311 application"),
	};
	return T(req, labels[(unsigned)c < FB_CH_COUNT ? c : 0]);
}

const char *fbp_event_label(struct http_request *req, const char *kind)
{
	static const char *const kinds[][2] = {
		{ "received", N_("Received") }, { "assigned", N_("Sent to the responsible unit") },
		{ "started", N_("Taken up") }, { "progress", N_("Progress reported") },
		{ "answered", N_("Answered") }, { "closed", N_("Closed") },
		{ "reopened", N_("Re-opened") }, { "rejected", N_("Rejected") },
		{ "duplicate", N_("Marked as a duplicate") }, { "info", N_("Information added") },
		{ "published", N_("Published") }, { "hidden", N_("Hidden from the public list") },
	};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kinds[i][0], kind) == 0)
			return T(req, kinds[i][1]);
	return kind;
}

const char *fbp_day(struct http_request *req, cal_day d)
{
	if (d == 0)
		return "";
	int y, m, dd;
	cal_to_ymd(d, &y, &m, &dd);
	return arena_printf(&req->arena, "%02d/%02d/%04d", dd, m, y);
}

void fbp_ward_select(struct http_request *req, struct html *h, const struct form_errors *e,
                     const struct fb_names *n, const char *name, const char *label,
                     const char *selected)
{
	const char **values = arena_array(&req->arena, n->nunits + 1, sizeof *values);
	const char **labels = arena_array(&req->arena, n->nunits + 1, sizeof *labels);
	size_t k = 0;
	values[k] = "";
	labels[k++] = T(req, "Choose a ward");
	for (size_t i = 0; i < n->nunits; i++)
		if (strcmp(n->units[i].kind, "ward") == 0) {
			values[k] = arena_printf(&req->arena, "%lld", (long long)n->units[i].id);
			labels[k++] = n->units[i].name;
		}
	form_select(req, h, e, name, label, values, labels, k, selected);
}

void fbp_category_select(struct http_request *req, struct html *h, const struct form_errors *e,
                         const struct fb_names *n, const char *selected, bool any)
{
	const char **values = arena_array(&req->arena, n->ncats + 1, sizeof *values);
	const char **labels = arena_array(&req->arena, n->ncats + 1, sizeof *labels);
	size_t k = 0;
	values[k] = "";
	labels[k++] = any ? T(req, "Any category") : T(req, "Choose what it is about");
	for (size_t i = 0; i < n->ncats; i++) {
		values[k] = n->cats[i].code;
		labels[k++] = fbp_category_label(req, n, n->cats[i].code);
	}
	form_select(req, h, e, "category", T(req, "Category"), values, labels, k, selected);
}

void fbp_textarea(struct http_request *req, struct html *h, const struct form_errors *e,
                  const char *name, const char *label, const char *hint, const char *value,
                  bool required, int maxlength)
{
	const char *error = form_error_for(e, name);
	const char *form = e && e->form ? e->form : "text";
	html_raw(h, error ? "<div class=\"field has-error\">" : "<div class=\"field\">");
	html_rawf(h, "<label for=\"f-%s-", form);
	html_attr(h, name);
	html_raw(h, "\">");
	html_txt(h, label);
	html_raw(h, "</label>");
	if (hint) {
		html_rawf(h, "<p class=\"hint\" id=\"f-%s-", form);
		html_attr(h, name);
		html_raw(h, "-hint\">");
		html_txt(h, hint);
		html_raw(h, "</p>");
	}
	if (error) {
		html_rawf(h, "<p class=\"error\" id=\"f-%s-", form);
		html_attr(h, name);
		html_raw(h, "-error\"><span class=\"vh\">");
		html_txt(h, T(req, "Error:"));
		html_raw(h, " </span>");
		html_txt(h, error);
		html_raw(h, "</p>");
	}
	html_rawf(h, "<textarea rows=\"6\" id=\"f-%s-", form);
	html_attr(h, name);
	html_raw(h, "\" name=\"");
	html_attr(h, name);
	html_raw(h, "\"");
	if (hint || error) {
		html_raw(h, " aria-describedby=\"");
		if (hint)
			html_rawf(h, "f-%s-%s-hint", form, name);
		if (error)
			html_rawf(h, "%sf-%s-%s-error", hint ? " " : "", form, name);
		html_raw(h, "\"");
	}
	if (error)
		html_raw(h, " aria-invalid=\"true\"");
	if (required)
		html_raw(h, " required aria-required=\"true\"");
	if (maxlength > 0)
		html_rawf(h, " maxlength=\"%d\"", maxlength);
	html_raw(h, ">");
	if (value)
		html_txt(h, value);
	html_raw(h, "</textarea></div>");
}

void fbp_state_badge(struct http_request *req, struct html *h, const struct feedback *f,
                     cal_day today)
{
	html_rawf(h, "<span class=\"badge fb-%s\">", fb_state_name(f->state));
	html_txt(h, fbp_state_label(req, f->state));
	html_raw(h, "</span>");
	if (fb_is_late(f, today)) {
		html_raw(h, " <span class=\"badge fb-late\">");
		html_txt(h, T(req, "Late"));
		html_raw(h, "</span>");
	}
}

void fbp_events(struct http_request *req, struct html *h, const struct feedback_event *ev,
                size_t n)
{
	html_raw(h, "<ol class=\"fb-history\">");
	for (size_t i = 0; i < n; i++) {
		html_raw(h, "<li><span class=\"muted\">");
		html_txt(h, web_datetime(req, ev[i].at));
		html_raw(h, "</span> — <strong>");
		html_txt(h, fbp_event_label(req, ev[i].kind));
		html_raw(h, "</strong>");
		if (ev[i].text && strcmp(ev[i].kind, "received") != 0) {
			html_raw(h, "<p>");
			html_txt(h, ev[i].text);
			html_raw(h, "</p>");
		}
		html_raw(h, "</li>");
	}
	html_raw(h, "</ol>");
}

static void fact(struct html *h, const char *term, const char *value)
{
	if (value == NULL || value[0] == '\0')
		return;
	html_raw(h, "<dt>");
	html_txt(h, term);
	html_raw(h, "</dt><dd>");
	html_txt(h, value);
	html_raw(h, "</dd>");
}

void fbp_facts(struct http_request *req, struct html *h, const struct fb_names *n,
               const struct feedback *f)
{
	html_raw(h, "<dl class=\"facts\">");
	fact(h, T(req, "Number"), arena_printf(&req->arena, "%lld", (long long)f->id));
	fact(h, T(req, "Category"), fbp_category_label(req, n, f->category));
	fact(h, T(req, "Ward"), fbp_unit_name(n, f->ward_id));
	fact(h, T(req, "Place"), f->address);
	if (f->has_point)
		fact(h, T(req, "Position"), arena_printf(&req->arena, "%.5f, %.5f", f->lat, f->lon));
	fact(h, T(req, "Received"), web_datetime(req, f->received_at));
	fact(h, T(req, "Responsible unit"), f->unit_id ? fbp_unit_name(n, f->unit_id)
	                                               : T(req, "Not yet routed"));
	fact(h, T(req, "Answer due"), fbp_day(req, f->due_day));
	if (f->committed_day)
		fact(h, T(req, "Date the unit committed to"), fbp_day(req, f->committed_day));
	fact(h, T(req, "Progress"), f->progress_note);
	fact(h, T(req, "Reason for rejecting"), f->reject_reason);
	if (f->duplicate_of)
		fact(h, T(req, "Duplicate of report"),
		     arena_printf(&req->arena, "%lld", (long long)f->duplicate_of));
	html_raw(h, "</dl><h2>");
	html_txt(h, T(req, "What was reported"));
	html_raw(h, "</h2><p class=\"fb-text\">");
	html_txt(h, f->description);
	html_raw(h, "</p>");
	if (f->answer) {
		html_raw(h, "<h2>");
		html_txt(h, T(req, "Answer"));
		html_raw(h, "</h2><p class=\"fb-text\">");
		html_txt(h, f->answer);
		html_raw(h, "</p><p class=\"muted\">");
		html_txt(h, fb_answered_on_time(f) ? T(req, "Answered on time.")
		                                   : T(req, "Answered after the deadline."));
		html_raw(h, "</p>");
	}
}

void fbp_photos(struct http_request *req, struct html *h, int64_t id)
{
	int64_t *ids;
	size_t n;
	if (feedback_photo_ids(req->store, id, &req->arena, &ids, &n) != STORE_OK || n == 0)
		return;
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Photos"));
	html_raw(h, "</h2><ul class=\"fb-photos\">");
	for (size_t i = 0; i < n; i++) {
		html_rawf(h, "<li><a href=\"/feedback/photos/%lld\"><img src=\"/feedback/photos/%lld\" "
		          "alt=\"", (long long)ids[i], (long long)ids[i]);
		html_attr(h, arena_printf(&req->arena, T(req, "Photo %zu sent with the report"), i + 1));
		html_raw(h, "\" width=\"240\"></a></li>");
	}
	html_raw(h, "</ul>");
}
