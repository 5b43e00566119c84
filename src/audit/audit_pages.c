/*
 * page_history.c: the audit trail as pages — one record's history
 * (/history?entity=org_unit|person|user&id=N) and what one user did
 * (/admin/users/{id}/history).  Each entry shows when, who, what, and the
 * fields that changed between the "before" and "after" snapshots.
 */
#include "web/web.h"
#include "audit/audit_handlers.h"

#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "org/org_service.h"
#include "store/store.h"
#include "auth/account_service.h"
#include "audit/audit_service.h"

enum { HISTORY_LIMIT = 500 };

static const char *action_label(struct http_request *req, const char *action)
{
	static const struct { const char *action, *label; } labels[] = {
		{ "create", N_("created") }, { "update", N_("changed") },
		{ "disable", N_("disabled") }, { "enable", N_("enabled") },
		{ "change_password", N_("changed the password") },
		{ "reset_password", N_("reset the password") },
		{ "grant", N_("granted a role") }, { "revoke", N_("revoked") },
	};
	for (size_t i = 0; action && i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].action, action) == 0)
			return T(req, labels[i].label);
	return action ? action : "";
}

static const char *entity_label(struct http_request *req, const char *entity)
{
	static const struct { const char *entity, *label; } labels[] = {
		{ "org_unit", N_("Unit") }, { "person", N_("Person") },
		{ "user", N_("Account") }, { "api_token", N_("API token") },
	};
	for (size_t i = 0; entity && i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].entity, entity) == 0)
			return T(req, labels[i].label);
	return entity ? entity : "";
}

/* A JSON value as text for the diff: strings as they are, null as a dash. */
static void json_text(struct html *h, json_t *v)
{
	if (v == NULL || json_is_null(v)) {
		html_raw(h, "—");
		return;
	}
	if (json_is_string(v)) {
		html_txt(h, json_string_value(v));
		return;
	}
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_SORT_KEYS);
	html_txt(h, s);
	free(s);
}

static void diff_row(struct http_request *req, struct html *h, const char *key, json_t *b,
                     json_t *a, bool created)
{
	html_raw(h, "<li><span class=\"field\">");
	html_txt(h, key);
	html_raw(h, "</span>: ");
	if (!created) {
		html_raw(h, "<del><span class=\"vh\">");
		html_txt(h, T(req, "before:"));
		html_raw(h, " </span>");
		json_text(h, b);
		html_raw(h, "</del> → ");
	}
	html_raw(h, "<ins><span class=\"vh\">");
	html_txt(h, T(req, "after:"));
	html_raw(h, " </span>");
	json_text(h, a);
	html_raw(h, "</ins></li>");
}

/* The fields that differ between the snapshots (all of them for a creation). */
static void diff(struct http_request *req, struct html *h, const struct audit_entry *e)
{
	json_t *before = e->before ? json_loads(e->before, 0, NULL) : NULL;
	json_t *after = e->after ? json_loads(e->after, 0, NULL) : NULL;
	size_t rows = 0;
	const char *key;
	json_t *v;
	html_raw(h, "<ul class=\"diff\">");
	if (json_is_object(before)) {
		json_object_foreach(before, key, v) {
			json_t *w = json_is_object(after) ? json_object_get(after, key) : NULL;
			if (w && json_equal(v, w))
				continue;
			diff_row(req, h, key, v, w, false);
			rows++;
		}
	}
	if (json_is_object(after)) {
		json_object_foreach(after, key, v) {
			if (json_is_object(before) && json_object_get(before, key))
				continue;
			diff_row(req, h, key, NULL, v, before == NULL);
			rows++;
		}
	}
	html_raw(h, "</ul>");
	if (rows == 0) {
		html_raw(h, "<span class=\"muted\">");
		html_txt(h, T(req, "no field changed"));
		html_raw(h, "</span>");
	}
	json_decref(before);
	json_decref(after);
}

/* The table of entries; WITH_RECORD adds a column naming each entry's record. */
static void history_table(struct http_request *req, struct html *h,
                          const struct audit_entry *rows, size_t n, bool with_record)
{
	if (n == 0) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "Nothing has been recorded yet."));
		html_raw(h, "</p>");
		return;
	}
	bool link_actor = audit_may_list(http_principal(req));
	html_raw(h, "<table class=\"history\"><thead><tr><th scope=\"col\">");
	html_txt(h, T(req, "Time"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Who"));
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Action"));
	if (with_record) {
		html_raw(h, "</th><th scope=\"col\">");
		html_txt(h, T(req, "Record"));
	}
	html_raw(h, "</th><th scope=\"col\">");
	html_txt(h, T(req, "Changes"));
	html_raw(h, "</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		const struct audit_entry *e = &rows[i];
		html_raw(h, "<tr><td>");
		html_txt(h, web_datetime_iso(req, e->at));
		html_raw(h, "</td><td>");
		if (e->actor_id && link_actor) {
			html_rawf(h, "<a href=\"/admin/users/%lld/history\">", (long long)e->actor_id);
			html_txt(h, e->actor);
			html_raw(h, "</a>");
		} else {
			html_txt(h, e->actor);
		}
		html_raw(h, "</td><td>");
		html_txt(h, action_label(req, e->action));
		if (with_record) {
			html_raw(h, "</td><td>");
			if (strcmp(e->entity, "org_unit") == 0 || strcmp(e->entity, "person") == 0
			    || strcmp(e->entity, "user") == 0) {
				html_raw(h, "<a href=\"/history?entity=");
				html_attr(h, e->entity);
				html_rawf(h, "&amp;id=%lld\">", (long long)e->entity_id);
				web_txtf(h, "%s #%lld", entity_label(req, e->entity),
				         (long long)e->entity_id);
				html_raw(h, "</a>");
			} else {
				web_txtf(h, "%s #%lld", entity_label(req, e->entity),
				         (long long)e->entity_id);
			}
		}
		html_raw(h, "</td><td>");
		diff(req, h, e);
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
}

/* A heading for the record: its name when it still exists. */
static const char *record_title(struct http_request *req, const char *entity, int64_t id)
{
	struct store *st = req->store;
	const char *name = NULL;
	struct org_unit u;
	struct org_person p;
	struct account a;
	if (strcmp(entity, "org_unit") == 0 && org_unit_get(st, id, &req->arena, &u) == STORE_OK)
		name = u.name;
	else if (strcmp(entity, "person") == 0
	         && org_person_get(st, id, &req->arena, &p) == STORE_OK)
		name = p.full_name;
	else if (strcmp(entity, "user") == 0
	         && account_get(st, id, &req->arena, &a) == STORE_OK)
		name = a.login;
	if (name == NULL)
		name = arena_printf(&req->arena, "%s #%lld", entity_label(req, entity), (long long)id);
	return arena_printf(&req->arena, T(req, "History: %s"), name);
}

void page_history(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	const char *entity = http_query(req, "entity");
	int64_t id = http_parse_id(http_query(req, "id"));
	static const char *const entities[] = { "org_unit", "person", "user" };
	const char *known = NULL;
	for (size_t i = 0; entity && i < sizeof entities / sizeof entities[0]; i++)
		if (strcmp(entity, entities[i]) == 0)
			known = entities[i];
	if (known == NULL || id == 0) {
		reply_problem(req, 400, "/problems/invalid-query", N_("Bad Request"),
		              N_("Give entity (org_unit, person, user) and id."), NULL);
		return;
	}
	if (!audit_may_read(req->store, &req->arena, http_principal(req), known, id)) {
		http_forbidden(req);
		return;
	}
	struct audit_filter f = { .entity = known, .entity_id = id, .limit = HISTORY_LIMIT,
	                          .newest_first = true };
	struct audit_entry *rows;
	size_t n;
	if (audit_read(req->store, &f, &req->arena, &rows, &n) != STORE_OK) {
		reply_internal_error(req, "audit list");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, record_title(req, known, id), NULL);
	if (strcmp(known, "org_unit") == 0) {
		html_rawf(&h, "<p><a href=\"/units/%lld\">", (long long)id);
		html_txt(&h, T(req, "Back to the unit"));
		html_raw(&h, "</a></p>");
	}
	history_table(req, &h, rows, n, false);
	layout_finish(req, &h, 200);
}

void page_user_history(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	/* As api_users_audit: administrators and supervisors, anywhere. */
	if (!audit_may_list(http_principal(req))) {
		http_forbidden(req);
		return;
	}
	int64_t id = http_param_id(req, "id");
	struct account acc;
	if (id == 0 || account_get(req->store, id, &req->arena, &acc) != STORE_OK) {
		reply_not_found(req);
		return;
	}
	struct audit_filter f = { .actor_id = id, .limit = HISTORY_LIMIT, .newest_first = true };
	struct audit_entry *rows;
	size_t n;
	if (audit_read(req->store, &f, &req->arena, &rows, &n) != STORE_OK) {
		reply_internal_error(req, "audit list");
		return;
	}
	/* A user acts across units: show only what this reader may see. */
	n = audit_keep_readable(req->store, &req->arena, http_principal(req), rows, n);
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Actions of %s"), acc.login),
	             NULL);
	history_table(req, &h, rows, n, true);
	layout_finish(req, &h, 200);
}
