/*
 * page_history.c: the audit trail as pages — one record's history
 * (/history?entity=org_unit|person|user&id=N) and what one user did
 * (/admin/users/{id}/history).  Each entry shows when, who, what, and the
 * fields that changed between the "before" and "after" snapshots.
 */
#include "web/web.h"
#include "audit/audit_handlers.h"
#include "module.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
		{ "report", N_("reported a figure") }, { "correct", N_("corrected a figure") },
		{ "import", N_("imported") },
		{ "add_picture", N_("added a picture") }, { "move_picture", N_("moved a picture") },
		{ "remove_picture", N_("removed a picture") },
	};
	for (size_t i = 0; action && i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].action, action) == 0)
			return T(req, labels[i].label);
	return action ? action : "";
}

/* What people call a record of ENTITY: its module's label (struct audit_resolver). */
static const char *entity_label(struct http_request *req, const char *entity)
{
	const struct audit_resolver *r = entity ? modules_audit_resolver(entity) : NULL;
	if (r && r->label)
		return T(req, r->label);
	return entity ? entity : "";
}

/*
 * The fields as people say them, and how each value reads: a unit's id as
 * its name, a date as 30/09/2019, a kind by its label.  Fields not listed
 * (ids of the row itself, the reporter already in "Who") are left out.
 */
enum field_kind {
	FK_TEXT, FK_UNIT, FK_PERSON, FK_DATE, FK_UNIT_KIND, FK_NUMBER, FK_BOOL, FK_ROLES,
	FK_TARGET, FK_WORD, FK_SKIP,
};

static const struct field_label {
	const char *key, *label;
	enum field_kind kind;
} field_labels[] = {
	{ "code", N_("Code"), FK_TEXT }, { "name", N_("Name"), FK_TEXT },
	{ "kind", N_("Kind"), FK_UNIT_KIND }, { "parent_id", N_("Part of"), FK_UNIT },
	{ "predecessor_id", N_("Replaces"), FK_UNIT }, { "successor_id", N_("Replaced by"), FK_UNIT },
	{ "valid_from", N_("Valid from"), FK_DATE }, { "valid_to", N_("Valid until"), FK_DATE },
	{ "full_name", N_("Full name"), FK_TEXT }, { "title", N_("Title"), FK_TEXT },
	{ "email", N_("E-mail"), FK_TEXT }, { "phone", N_("Phone"), FK_TEXT },
	{ "unit_id", N_("Unit"), FK_UNIT }, { "login", N_("Login"), FK_TEXT },
	{ "display_name", N_("Display name"), FK_TEXT }, { "disabled", N_("Disabled"), FK_BOOL },
	{ "home_unit_id", N_("Home unit"), FK_UNIT }, { "person_id", N_("Person"), FK_PERSON },
	{ "roles", N_("Roles"), FK_ROLES }, { "role", N_("Role"), FK_WORD },
	{ "description", N_("Description"), FK_TEXT }, { "year", N_("Year"), FK_WORD },
	{ "direction", N_("Better when"), FK_WORD }, { "due_days", N_("Figures due (days after the period)"), FK_NUMBER },
	{ "leader_person_id", N_("Responsible leader"), FK_PERSON },
	{ "owner_unit_id", N_("Owner unit"), FK_UNIT }, { "period", N_("Reporting period"), FK_WORD },
	{ "rollup", N_("Roll-up"), FK_WORD }, { "target_low", N_("Target"), FK_NUMBER },
	{ "target_high", N_("Target (high end)"), FK_NUMBER },
	{ "unit_of_measure", N_("Unit of measure"), FK_TEXT }, { "weight", N_("Weight"), FK_NUMBER },
	{ "baseline", N_("Last year"), FK_NUMBER }, { "target_id", N_("Target"), FK_TARGET },
	{ "period_no", N_("Period"), FK_NUMBER }, { "value", N_("Figure"), FK_NUMBER },
	{ "note", N_("Note"), FK_TEXT }, { "evidence", N_("Evidence"), FK_TEXT },
	{ "id", NULL, FK_SKIP }, { "reported_at", NULL, FK_SKIP }, { "reporter", NULL, FK_SKIP },
	{ "created_at", NULL, FK_SKIP }, { "corrects", NULL, FK_SKIP },
};

/* Stored words (a direction, a period kind, a role) as people say them. */
static const char *word_label(struct http_request *req, const char *w)
{
	static const struct { const char *word, *label; } words[] = {
		{ "higher", N_("higher") }, { "lower", N_("lower") },
		{ "month", N_("Monthly") }, { "quarter", N_("Quarterly") }, { "year", N_("Yearly") },
		{ "none", N_("none") }, { "sum", N_("sum") }, { "avg", N_("average") },
		{ "wavg", N_("weighted average") }, { "share", N_("share of units") },
		{ "officer", N_("Officer") }, { "unit_head", N_("Unit head") },
		{ "leader", N_("Leader") }, { "supervisor", N_("Supervisor") },
		{ "admin", N_("Administrator") },
	};
	for (size_t i = 0; w && i < sizeof words / sizeof words[0]; i++)
		if (strcmp(words[i].word, w) == 0)
			return T(req, words[i].label);
	return w ? w : "";
}

static const struct field_label *field_of(const char *key)
{
	for (size_t i = 0; i < sizeof field_labels / sizeof field_labels[0]; i++)
		if (strcmp(field_labels[i].key, key) == 0)
			return &field_labels[i];
	return NULL;
}

/* The name of record ID of ENTITY, or "Unit #12" when it is gone. */
static const char *record_name(struct http_request *req, const char *entity, int64_t id);

/* A JSON value as text for the diff, read as KIND says; null as a dash. */
static void json_text(struct http_request *req, struct html *h, json_t *v, enum field_kind kind)
{
	if (v == NULL || json_is_null(v)) {
		html_raw(h, "—");
		return;
	}
	switch (kind) {
	case FK_UNIT:
		if (json_is_integer(v)) {
			html_txt(h, record_name(req, "org_unit", (int64_t)json_integer_value(v)));
			return;
		}
		break;
	case FK_PERSON:
		if (json_is_integer(v)) {
			html_txt(h, record_name(req, "person", (int64_t)json_integer_value(v)));
			return;
		}
		break;
	case FK_TARGET:
		if (json_is_integer(v)) {
			html_txt(h, record_name(req, "target", (int64_t)json_integer_value(v)));
			return;
		}
		break;
	case FK_DATE:
		if (json_is_string(v) && strlen(json_string_value(v)) == 10) {
			const char *d = json_string_value(v);
			web_txtf(h, "%.2s/%.2s/%.4s", d + 8, d + 5, d);
			return;
		}
		break;
	case FK_UNIT_KIND:
		if (json_is_string(v)) {
			html_txt(h, web_kind_label(req, json_string_value(v)));
			return;
		}
		break;
	case FK_NUMBER:
		if (json_is_number(v)) {
			html_txt(h, web_fmt_number(req, json_number_value(v), 2));
			return;
		}
		break;
	case FK_BOOL:
		if (json_is_boolean(v)) {
			html_txt(h, json_is_true(v) ? T(req, "yes") : T(req, "no"));
			return;
		}
		break;
	case FK_WORD:
		if (json_is_string(v)) {
			html_txt(h, word_label(req, json_string_value(v)));
			return;
		}
		break;
	case FK_ROLES:
		if (json_is_array(v)) {
			size_t i;
			json_t *g;
			if (json_array_size(v) == 0)
				html_raw(h, "—");
			json_array_foreach(v, i, g) {
				if (i)
					html_raw(h, "; ");
				html_txt(h, word_label(req, json_string_value(json_object_get(g, "role"))));
				json_t *u = json_object_get(g, "unit_id");
				if (json_is_integer(u)) {
					html_raw(h, " – ");
					html_txt(h, record_name(req, "org_unit", (int64_t)json_integer_value(u)));
				}
			}
			return;
		}
		break;
	case FK_TEXT:
	case FK_SKIP:
		break;
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
	const struct field_label *f = field_of(key);
	if (f && f->kind == FK_SKIP)
		return;
	enum field_kind kind = f ? f->kind : FK_TEXT;
	html_raw(h, "<li><span class=\"field\">");
	html_txt(h, f ? T(req, f->label) : key);
	html_raw(h, "</span>: ");
	if (!created) {
		html_raw(h, "<del><span class=\"vh\">");
		html_txt(h, T(req, "before:"));
		html_raw(h, " </span>");
		json_text(req, h, b, kind);
		html_raw(h, "</del> → ");
	}
	/* A creation has no "before": its values need no "after" either. */
	html_raw(h, "<ins>");
	if (!created) {
		html_raw(h, "<span class=\"vh\">");
		html_txt(h, T(req, "after:"));
		html_raw(h, " </span>");
	}
	json_text(req, h, a, kind);
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
			rows += !(field_of(key) && field_of(key)->kind == FK_SKIP);
		}
	}
	if (json_is_object(after)) {
		json_object_foreach(after, key, v) {
			if (json_is_object(before) && json_object_get(before, key))
				continue;
			/* A creation lists what was set, not every empty field. */
			if (before == NULL && json_is_null(v))
				continue;
			diff_row(req, h, key, NULL, v, before == NULL);
			rows += !(field_of(key) && field_of(key)->kind == FK_SKIP);
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

static const char *record_name(struct http_request *req, const char *entity, int64_t id)
{
	const char *name = modules_audit_name(req->store, &req->arena, entity, id);
	return name ? name : arena_printf(&req->arena, "%s #%lld", entity_label(req, entity),
	                                  (long long)id);
}

/* Who acted, by name: the account's display name, or the system for the loader and the CLI. */
static const char *actor_name(struct http_request *req, const struct audit_entry *e)
{
	if (e->actor_id == 0 && e->actor && strcmp(e->actor, "system") == 0)
		return T(req, "The system (data loading or a command)");
	struct account acc;
	if (e->actor_id && account_get(req->store, e->actor_id, &req->arena, &acc) == STORE_OK
	    && acc.display_name && *acc.display_name)
		return acc.display_name;
	return e->actor ? e->actor : "";
}

/* Every kind of record a module answers for has a history page. */
static bool has_history_page(const char *entity)
{
	return entity && modules_audit_resolver(entity) != NULL;
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
			html_txt(h, actor_name(req, e));
			html_raw(h, "</a>");
		} else {
			html_txt(h, actor_name(req, e));
		}
		html_raw(h, "</td><td>");
		html_txt(h, action_label(req, e->action));
		if (with_record) {
			html_raw(h, "</td><td>");
			const char *name = arena_printf(&req->arena, "%s: %s", entity_label(req, e->entity),
			                                record_name(req, e->entity, e->entity_id));
			if (has_history_page(e->entity)) {
				html_raw(h, "<a href=\"/history?entity=");
				html_attr(h, e->entity);
				html_rawf(h, "&amp;id=%lld\">", (long long)e->entity_id);
				html_txt(h, name);
				html_raw(h, "</a>");
			} else {
				html_txt(h, name);
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
	return arena_printf(&req->arena, T(req, "History: %s"), record_name(req, entity, id));
}

enum { ACTIVITY_READ = 500, ACTIVITY_SHOWN = 100, ACTIVITY_KINDS_MAX = 40 };

/*
 * The ISO 8601 UTC instant at which civil day Y-M-D (+ DAYS) begins in
 * Asia/Ho_Chi_Minh (UTC+7, no DST), as the trail stores instants.
 */
static const char *day_start_utc(struct http_request *req, int y, int m, int d, int days)
{
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d + days };
	time_t t = timegm(&tm) - 7 * 3600;
	struct tm u;
	gmtime_r(&t, &u);
	return arena_printf(&req->arena, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", u.tm_year + 1900,
	                    u.tm_mon + 1, u.tm_mday, u.tm_hour, u.tm_min, u.tm_sec);
}

/*
 * /history without a record: what was done across the units the reader
 * may see, newest first.  Filters: the kind of record (every kind a module
 * names, struct audit_resolver), the days from and to (typed as dd/mm/yyyy,
 * inclusive), and ?before= to page back past the last entry shown.
 */
static void page_activity(struct http_request *req)
{
	const char *kinds[ACTIVITY_KINDS_MAX + 1] = { "" };
	const char *labels[ACTIVITY_KINDS_MAX + 1] = { T(req, "Everything") };
	size_t nk = 1;
	for (const struct module *const *m = modules; *m; m++)
		for (const struct audit_resolver *r = (*m)->audit; r && r->entity; r++)
			if (r->label && nk <= ACTIVITY_KINDS_MAX) {
				kinds[nk] = r->entity;
				labels[nk++] = T(req, r->label);
			}
	const char *kind = http_query(req, "kind");
	const char *known = "";
	for (size_t i = 0; kind && i < nk; i++)
		if (strcmp(kind, kinds[i]) == 0)
			known = kinds[i];

	struct form_errors e = { .form = "activity" };
	const char *from_text = http_query(req, "from"), *to_text = http_query(req, "to");
	const char *at_from = NULL, *at_before = NULL;
	/* The days as the next page's link carries them: digits and slashes only. */
	const char *from_day = NULL, *to_day = NULL;
	int y, mo, d;
	if (from_text && *from_text && form_date(req, &e, "from", from_text, &y, &mo, &d)) {
		at_from = day_start_utc(req, y, mo, d, 0);
		from_day = arena_printf(&req->arena, "%02d/%02d/%04d", d, mo, y);
	}
	if (to_text && *to_text && form_date(req, &e, "to", to_text, &y, &mo, &d)) {
		at_before = day_start_utc(req, y, mo, d, 1);
		to_day = arena_printf(&req->arena, "%02d/%02d/%04d", d, mo, y);
	}
	if (at_from && at_before && strcmp(at_from, at_before) >= 0)
		form_error_add(&e, "to", T(req, "The last day comes before the first."));
	int64_t before = http_parse_id(http_query(req, "before"));

	struct audit_entry *rows = NULL;
	size_t n = 0;
	bool more = false;
	if (e.n == 0) {
		/* One kind is asked of the store: the latest entries of every kind may hold none of it. */
		struct audit_filter f = { .entity = *known ? known : NULL, .limit = ACTIVITY_READ,
		                          .newest_first = true, .before_id = before,
		                          .at_from = at_from, .at_before = at_before };
		if (audit_read(req->store, &f, &req->arena, &rows, &n) != STORE_OK) {
			reply_internal_error(req, "audit list");
			return;
		}
		int64_t oldest_read = n ? rows[n - 1].id : 0;
		bool full = n == ACTIVITY_READ;
		n = audit_keep_readable(req->store, &req->arena, http_principal(req), rows, n);
		if (n > ACTIVITY_SHOWN) {
			/* The next page starts below the last entry shown. */
			n = ACTIVITY_SHOWN;
			more = true;
			before = rows[n - 1].id;
		} else if (full) {
			/* All read down to the oldest was examined; the rest lies below it. */
			more = true;
			before = oldest_read;
		}
	}

	struct html h = { 0 };
	layout_begin_form(req, &h, T(req, "Recent activity"), NULL, &e);
	form_error_summary(req, &h, &e);
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "What was done in the units you may see, newest first."));
	html_raw(&h, "</p><form method=\"get\" action=\"/history\" class=\"query\">");
	form_select(req, &h, &e, "kind", T(req, "Show"), kinds, labels, nk, known);
	form_input(req, &h, &e, &(struct form_input){ .name = "from", .label = T(req, "From"),
	           .value = from_text, .hint = T(req, "Day/month/year, e.g. 30/09/2019."),
	           .size = 10 });
	form_input(req, &h, &e, &(struct form_input){ .name = "to", .label = T(req, "To"),
	           .value = to_text, .size = 10 });
	form_submit(&h, T(req, "Filter"));
	html_raw(&h, "</form>");
	if (e.n == 0)
		history_table(req, &h, rows, n, true);
	if (more) {
		html_raw(&h, "<p><a rel=\"next\" href=\"/history?kind=");
		html_attr(&h, known);
		if (from_day)
			html_rawf(&h, "&amp;from=%s", from_day);
		if (to_day)
			html_rawf(&h, "&amp;to=%s", to_day);
		html_rawf(&h, "&amp;before=%lld\">", (long long)before);
		html_txt(&h, T(req, "Older entries"));
		html_raw(&h, "</a></p>");
	}
	layout_finish(req, &h, e.n ? 422 : 200);
}

void page_history(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	const char *entity = http_query(req, "entity");
	int64_t id = http_parse_id(http_query(req, "id"));
	if (entity == NULL && http_query(req, "id") == NULL) {
		page_activity(req);
		return;
	}
	const struct audit_resolver *r = entity ? modules_audit_resolver(entity) : NULL;
	const char *known = r ? r->entity : NULL;
	if (known == NULL || id == 0) {
		reply_problem(req, 400, "/problems/invalid-query", N_("Bad Request"),
		              N_("This history page does not exist: open a history from its unit, person, account or target."), NULL);
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
	} else if (strcmp(known, "target") == 0) {
		html_rawf(&h, "<p><a href=\"/targets/%lld\">", (long long)id);
		html_txt(&h, T(req, "Back to the target"));
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
