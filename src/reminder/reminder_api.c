/*
 * reminder_api.c: the inbox and the feeds over JSON, and the feeds themselves.
 *
 *   GET    /api/v1/reminders/inbox          the signed-in account's digests, newest first
 *   GET    /api/v1/reminders/feeds          its live iCalendar feeds (never their secrets)
 *   POST   /api/v1/reminders/feeds          {"kind":"person"} or {"kind":"unit","unit_id":N}
 *                                           → 201 with "url": the secret address, shown once
 *   DELETE /api/v1/reminders/feeds/{id}     revokes it
 *   GET    /ical/{token}                    the feed (text/calendar); 404 once revoked
 */
#include "reminder/reminder_handlers.h"

#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "api/json_input.h"
#include "http/reply.h"
#include "reminder/reminder_service.h"
#include "store/store.h"

static json_t *digest_json(const struct reminder_digest *d)
{
	json_t *items = json_loads(d->items, 0, NULL);
	return json_pack("{s:I, s:s, s:s, s:s, s:i, s:i, s:o}", "id", (json_int_t)d->id, "day",
	                 d->day, "subject", d->subject, "body", d->body, "n_items", d->n_items,
	                 "n_overdue", d->n_overdue, "due", items ? items : json_array());
}

void api_reminders_inbox(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct reminder_digest *d;
	size_t n;
	if (reminder_inbox(req->store, &req->arena, http_principal(req), 30, &d, &n) != STORE_OK) {
		reply_internal_error(req, "inbox");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, digest_json(&d[i]));
	reply_json(req, 200, json_pack("{s:o}", "items", items));
}

static json_t *feed_json(const struct reminder_feed *f)
{
	return json_pack("{s:I, s:s, s:o, s:s}", "id", (json_int_t)f->id, "kind", f->kind,
	                 "unit_id", f->unit_id ? json_integer(f->unit_id) : json_null(), "name",
	                 f->name ? f->name : "");
}

void api_reminders_feeds(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct reminder_feed *f;
	size_t n;
	if (reminder_feed_list(req->store, &req->arena, http_principal(req), &f, &n) != STORE_OK) {
		reply_internal_error(req, "feeds");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, feed_json(&f[i]));
	reply_json(req, 200, json_pack("{s:o}", "items", items));
}

void api_reminders_feed_create(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		if (strcmp(key, "kind") != 0 && strcmp(key, "unit_id") != 0) {
			reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
			              arena_printf(&req->arena, "Unknown field '%s'.", key), key);
			return;
		}
	}
	json_t *kind = json_object_get(body, "kind"), *unit = json_object_get(body, "unit_id");
	int64_t unit_id = 0;
	if (!json_is_string(kind)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "'kind' is required: \"person\" or \"unit\".", "kind");
		return;
	}
	if (unit && !json_is_null(unit) && !json_int_in_range(unit, 1, INT64_MAX, &unit_id)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "'unit_id' must be a unit's id.", "unit_id");
		return;
	}
	struct org_error err = { 0 };
	struct reminder_feed f;
	const char *token = NULL;
	enum org_result r = reminder_feed_create(req->store, &req->arena, http_principal(req),
	                                         json_string_value(kind), unit_id, &token, &f, &err);
	if (r != ORG_OK) {
		api_reply_org_result(req, r, &err);
		return;
	}
	json_t *out = feed_json(&f);
	json_object_set_new(out, "token", json_string(token));
	json_object_set_new(out, "url", json_string(arena_printf(&req->arena, "%s/ical/%s.ics",
	                                                         reminder_public_url(), token)));
	reply_json(req, 201, out);
}

void api_reminders_feed_revoke(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int64_t id = http_param_id(req, "id");
	enum org_result r = id ? reminder_feed_revoke(req->store, &req->arena, http_principal(req), id)
	                       : ORG_NOT_FOUND;
	if (r != ORG_OK) {
		api_reply_org_result(req, r, NULL);
		return;
	}
	reply_json(req, 200, json_pack("{s:I}", "revoked", (json_int_t)id));
}

/* Public by its secret: whoever holds the address reads the feed, until it is revoked. */
void ical_feed(struct http_request *req)
{
	const char *p = http_param(req, "token");
	size_t len = p ? strlen(p) : 0;
	if (len > 4 && len <= 80 && strcmp(p + len - 4, ".ics") == 0)
		p = arena_strndup(&req->arena, p, len - 4);
	char *ics;
	size_t n;
	int s = reminder_feed_render(req->store, &req->arena, p, &ics, &n);
	if (s == STORE_NOT_FOUND) {
		reply_not_found(req);
		return;
	}
	if (s != STORE_OK) {
		reply_internal_error(req, "feed");
		return;
	}
	reply_bytes(req, 200, ics, n, "text/calendar; charset=utf-8");
	reply_header(req, "Cache-Control", "private, max-age=300");
}
