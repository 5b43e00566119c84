/*
 * reminder_pages.c: the inbox, GET /inbox: the account's daily digests
 * (what is overdue, what is due soon, each linked to its page), and its
 * calendar feeds: make one (of its own items, or of a unit's where it may
 * read the unit's internal records), see its secret address once, revoke it.
 */
#include "reminder/reminder_handlers.h"

#include <stdio.h>
#include <string.h>

#include "http/reply.h"
#include "reminder/reminder_service.h"
#include "store/store.h"
#include "web/web.h"

static const char *dmy(struct http_request *req, const char *iso)
{
	cal_day d;
	if (!cal_parse_iso(iso, &d))
		return iso;
	int y, m, dd;
	cal_to_ymd(d, &y, &m, &dd);
	return arena_printf(&req->arena, "%02d/%02d/%04d", dd, m, y);
}

static void digest_items(struct http_request *req, struct html *h, json_t *items)
{
	html_raw(h, "<ul class=\"due-items\">");
	size_t i;
	json_t *it;
	json_array_foreach(items, i, it) {
		const char *path = json_string_value(json_object_get(it, "path"));
		const char *title = json_string_value(json_object_get(it, "title"));
		const char *detail = json_string_value(json_object_get(it, "detail"));
		const char *due = json_string_value(json_object_get(it, "due"));
		json_int_t left = json_integer_value(json_object_get(it, "days_left"));
		html_rawf(h, "<li class=\"%s\">", left < 0 ? "overdue" : "due");
		html_raw(h, "<span class=\"when\">");
		html_txt(h, dmy(req, due ? due : ""));
		html_raw(h, " — ");
		if (left < 0)
			web_txtf(h, T(req, "%lld working days overdue"), (long long)-left);
		else if (left == 0)
			html_txt(h, T(req, "due today"));
		else
			web_txtf(h, T(req, "%lld working days left"), (long long)left);
		html_raw(h, "</span> ");
		if (path && web_local_path(path)) {
			html_raw(h, "<a href=\"");
			html_attr(h, path);
			html_raw(h, "\">");
			html_txt(h, title ? title : "");
			html_raw(h, "</a>");
		} else {
			html_txt(h, title ? title : "");
		}
		if (detail) {
			html_raw(h, " <span class=\"muted\">");
			html_txt(h, detail);
			html_raw(h, "</span>");
		}
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul>");
}

static void feeds_section(struct http_request *req, struct html *h, const char *new_url,
                          const char *error)
{
	const struct principal *p = http_principal(req);
	html_raw(h, "<section aria-labelledby=\"feeds-title\"><h2 id=\"feeds-title\">");
	html_txt(h, T(req, "Calendar feeds"));
	html_raw(h, "</h2><p class=\"hint\">");
	html_txt(h, T(req, "A secret address your calendar application (Thunderbird, Google "
	                   "Calendar, a phone) subscribes to, showing what is due as all-day "
	                   "events. Anyone with the address can read it: revoke it if it leaks."));
	html_raw(h, "</p>");
	if (new_url) {
		html_raw(h, "<div class=\"new-token\" role=\"status\"><p>");
		html_txt(h, T(req, "The feed's address; copy it now, it will not be shown again:"));
		html_raw(h, "</p><p><code>");
		html_txt(h, new_url);
		html_raw(h, "</code></p></div>");
	}
	if (error) {
		html_raw(h, "<div class=\"error-summary\" role=\"alert\"><p>");
		html_txt(h, error);
		html_raw(h, "</p></div>");
	}
	struct reminder_feed *f;
	size_t n = 0;
	if (reminder_feed_list(req->store, &req->arena, p, &f, &n) != STORE_OK)
		n = 0;
	if (n) {
		html_raw(h, "<ul class=\"feeds\">");
		for (size_t i = 0; i < n; i++) {
			html_raw(h, "<li>");
			html_txt(h, f[i].name);
			html_raw(h, " ");
			form_button(req, h, arena_printf(&req->arena, "/inbox/feeds/%lld/revoke",
			                                 (long long)f[i].id),
			            T(req, "Revoke"), "inline");
			html_raw(h, "</li>");
		}
		html_raw(h, "</ul>");
	}
	form_begin(req, h, "/inbox/feeds", "feed", "narrow");
	html_raw(h, "<input type=\"hidden\" name=\"kind\" value=\"person\">");
	form_submit(h, T(req, "Make a feed of my reminders"));
	form_end(h);
	/* A unit's feed: the units of the account's own grants. */
	if (p->ngrants) {
		const char **values = arena_array(&req->arena, p->ngrants, sizeof *values);
		const char **labels = arena_array(&req->arena, p->ngrants, sizeof *labels);
		size_t k = 0;
		for (size_t i = 0; i < p->ngrants; i++) {
			struct org_unit u;
			if (org_unit_get(req->store, p->grants[i].unit_id, &req->arena, &u) != STORE_OK)
				continue;
			values[k] = arena_printf(&req->arena, "%lld", (long long)u.id);
			labels[k++] = u.name;
		}
		if (k) {
			form_begin(req, h, "/inbox/feeds", "unitfeed", "narrow");
			html_raw(h, "<input type=\"hidden\" name=\"kind\" value=\"unit\">");
			form_select(req, h, NULL, "unit_id", T(req, "Unit"), values, labels, k, values[0]);
			form_submit(h, T(req, "Make a feed of the unit's reminders"));
			form_end(h);
		}
	}
	html_raw(h, "</section>");
}

static void render(struct http_request *req, const char *new_url, const char *error,
                   unsigned int status)
{
	struct reminder_digest *d;
	size_t n;
	if (reminder_inbox(req->store, &req->arena, http_principal(req), 30, &d, &n) != STORE_OK) {
		reply_internal_error(req, "inbox");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Reminders"), "/inbox");
	if (n == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No reminders yet: each working morning, what is due within a few "
		                    "working days or overdue is listed here."));
		html_raw(&h, "</p>");
	}
	for (size_t i = 0; i < n; i++) {
		html_raw(&h, "<article class=\"digest\"><h2>");
		html_txt(&h, d[i].subject);
		html_raw(&h, "</h2>");
		json_t *items = json_loads(d[i].items, 0, NULL);
		if (json_is_array(items))
			digest_items(req, &h, items);
		json_decref(items);
		html_raw(&h, "</article>");
	}
	feeds_section(req, &h, new_url, error);
	layout_finish(req, &h, status);
}

void page_inbox(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	render(req, NULL, NULL, 200);
}

void page_inbox_feed_create(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	const char *kind = http_form(req, "kind");
	int64_t unit_id = 0;
	if (kind && strcmp(kind, "unit") == 0
	    && http_form_int(req, "unit_id", 1, INT64_MAX, &unit_id) != HTTP_INT_OK) {
		render(req, NULL, T(req, "Choose a unit."), 422);
		return;
	}
	struct org_error err = { 0 };
	struct reminder_feed f;
	const char *token = NULL;
	enum org_result r = reminder_feed_create(req->store, &req->arena, http_principal(req), kind,
	                                         unit_id, &token, &f, &err);
	if (r == ORG_OK) {
		render(req, arena_printf(&req->arena, "%s/ical/%s.ics", reminder_public_url(), token),
		       NULL, 200);
		return;
	}
	if (r == ORG_INVALID) {
		render(req, NULL, form_message(req, err.detail), 422);
		return;
	}
	form_reply_failure(req, r, "feed");
}

void page_inbox_feed_revoke(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	int64_t id = http_param_id(req, "id");
	enum org_result r = id ? reminder_feed_revoke(req->store, &req->arena, http_principal(req), id)
	                       : ORG_NOT_FOUND;
	if (r != ORG_OK) {
		form_reply_failure(req, r, "feed");
		return;
	}
	reply_redirect(req, "/inbox");
}

/* The messages reminder_feed_create() puts in struct org_error, for extraction. */
static const char *const feed_messages[] __attribute__((unused)) = {
	N_("No unit has this id."),
	N_("A feed is of a person (\"person\") or a unit (\"unit\")."),
	N_("A unit's feed needs the unit's id."),
	N_("An account has at most 20 live feeds: revoke one first."),
};
