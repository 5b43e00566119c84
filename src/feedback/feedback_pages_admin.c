/*
 * feedback_pages_admin.c: what administrators configure — routing rules
 * (GET/POST /feedback/rules, POST /feedback/rules/{id}/delete) and the
 * keys of Open311 client applications (GET/POST /open311/keys,
 * POST /open311/keys/{id}/revoke).  A new key is shown once, on the page
 * that made it; only its hash is kept.
 */
#include "feedback/feedback_pages.h"
#include "feedback/feedback_handlers.h"

#include <string.h>

#include "http/reply.h"
#include "store/store.h"

/* False after replying when the reader configures nothing. */
static bool configurer(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return false;
	if (!feedback_may_configure(http_principal(req))) {
		http_forbidden(req);
		return false;
	}
	return true;
}

static void rules_render(struct http_request *req, struct form_errors *e, unsigned int status)
{
	struct fb_names names = { 0 };
	struct feedback_rule *rules;
	size_t n;
	if (!fbp_names_load(req, &names))
		return;
	if (feedback_rules(req->store, &req->arena, &rules, &n) != STORE_OK) {
		reply_internal_error(req, "feedback rules");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Routing of feedback"), "/feedback");
	if (http_query(req, "done") && status == 200)
		form_notice(&h, T(req, "Saved."));
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "Each report goes to the unit of the most specific rule: category and "
	                    "ward, then category in any ward, then any category in the ward, then "
	                    "the rule for everything. A report no rule covers waits in its ward's "
	                    "queue to be sent on by hand."));
	html_raw(&h, "</p><table><caption class=\"vh\">");
	html_txt(&h, T(req, "Routing rules"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Category"), N_("Ward"), N_("Responsible unit"), N_("Actions"));
	for (size_t i = 0; i < n; i++) {
		html_raw(&h, "<tr><td>");
		html_txt(&h, rules[i].category ? fbp_category_label(req, &names, rules[i].category)
		                               : T(req, "Any category"));
		html_raw(&h, "</td><td>");
		html_txt(&h, rules[i].ward_id ? fbp_unit_name(&names, rules[i].ward_id)
		                              : T(req, "Any ward"));
		html_raw(&h, "</td><td>");
		html_txt(&h, fbp_unit_name(&names, rules[i].unit_id));
		html_raw(&h, "</td><td>");
		form_button(req, &h, arena_printf(&req->arena, "/feedback/rules/%lld/delete",
		                                  (long long)rules[i].id), T(req, "Delete"), "inline");
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table><h2>");
	html_txt(&h, T(req, "Add a rule"));
	html_raw(&h, "</h2>");
	e->form = "rule";
	form_error_summary(req, &h, e);
	form_begin(req, &h, "/feedback/rules", "rule", "narrow");
	fbp_category_select(req, &h, e, &names, http_form(req, "category"), true);
	const char **values = arena_array(&req->arena, names.nunits + 1, sizeof *values);
	const char **labels = arena_array(&req->arena, names.nunits + 1, sizeof *labels);
	size_t k = 0;
	values[k] = "";
	labels[k++] = T(req, "Any ward");
	for (size_t i = 0; i < names.nunits; i++)
		if (strcmp(names.units[i].kind, "ward") == 0) {
			values[k] = arena_printf(&req->arena, "%lld", (long long)names.units[i].id);
			labels[k++] = names.units[i].name;
		}
	form_select(req, &h, e, "ward_id", T(req, "Ward"), values, labels, k, http_form(req, "ward_id"));
	k = 0;
	values[k] = "";
	labels[k++] = T(req, "Choose a unit");
	for (size_t i = 0; i < names.nunits; i++)
		if (strcmp(names.units[i].kind, "neighbourhood_group") != 0) {
			values[k] = arena_printf(&req->arena, "%lld", (long long)names.units[i].id);
			labels[k++] = names.units[i].name;
		}
	form_select(req, &h, e, "unit_id", T(req, "Responsible unit"), values, labels, k,
	            http_form(req, "unit_id"));
	form_submit(&h, T(req, "Add the rule"));
	form_end(&h);
	layout_finish(req, &h, status);
}

void page_feedback_rules(struct http_request *req)
{
	if (!configurer(req))
		return;
	struct form_errors e = { 0 };
	rules_render(req, &e, 200);
}

void page_feedback_rules_post(struct http_request *req)
{
	if (!configurer(req) || !form_csrf_ok(req))
		return;
	struct form_errors e = { .form = "rule" };
	struct feedback_rule r = { .category = http_form(req, "category") };
	int64_t v;
	if (http_form_int(req, "ward_id", 1, INT64_MAX, &v) == HTTP_INT_OK)
		r.ward_id = v;
	if (http_form_int(req, "unit_id", 1, INT64_MAX, &v) == HTTP_INT_OK)
		r.unit_id = v;
	else
		form_error_add(&e, "unit_id", T(req, "Choose the unit that answers."));
	if (e.n) {
		rules_render(req, &e, 422);
		return;
	}
	struct org_error err = { 0 };
	enum org_result res = feedback_rule_add(req->store, &req->arena, http_principal(req), &r, &err);
	if (res == ORG_OK) {
		reply_redirect(req, "/feedback/rules?done=1");
	} else if (res == ORG_INVALID) {
		form_error_add(&e, err.field, form_message(req, err.detail));
		rules_render(req, &e, 422);
	} else {
		form_reply_failure(req, res, "feedback rule");
	}
}

void page_feedback_rule_delete(struct http_request *req)
{
	if (!configurer(req) || !form_csrf_ok(req))
		return;
	enum org_result r = feedback_rule_delete(req->store, &req->arena, http_principal(req),
	                                         http_param_id(req, "id"));
	if (r == ORG_OK)
		reply_redirect(req, "/feedback/rules?done=1");
	else
		form_reply_failure(req, r, "feedback rule");
}

/* ---- Open311 keys ---------------------------------------------------------- */

static void keys_render(struct http_request *req, struct form_errors *e, const char *new_key,
                        unsigned int status)
{
	struct open311_key *keys;
	size_t n;
	if (feedback_keys(req->store, &req->arena, &keys, &n) != STORE_OK) {
		reply_internal_error(req, "open311 keys");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Open311 client keys"), "/feedback");
	if (new_key) {
		html_raw(&h, "<div class=\"new-token\" role=\"status\"><p>");
		html_txt(&h, T(req, "The new key; copy it now, it is not shown again:"));
		html_raw(&h, "</p><p><code id=\"new-key\">");
		html_txt(&h, new_key);
		html_raw(&h, "</code></p></div>");
	}
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "Applications that send reports through Open311 GeoReport v2 "
	                    "(POST /open311/v2/requests.json) give one of these keys as api_key. "
	                    "Their reports land in the same queue as the web form's."));
	html_raw(&h, "</p><table><caption class=\"vh\">");
	html_txt(&h, T(req, "Keys"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Name"), N_("Issued"), N_("By"), N_("Reports per hour"), N_("State"),
	               N_("Actions"));
	for (size_t i = 0; i < n; i++) {
		html_raw(&h, "<tr><td>");
		html_txt(&h, keys[i].name);
		html_raw(&h, "</td><td>");
		html_txt(&h, web_datetime(req, keys[i].created_at));
		html_raw(&h, "</td><td>");
		html_txt(&h, keys[i].created_by);
		html_raw(&h, "</td><td>");
		html_txt(&h, web_fmt_number(req, keys[i].per_hour ? keys[i].per_hour
		                                                  : feedback_open311_hourly_limit(), 0));
		html_raw(&h, "</td><td>");
		html_txt(&h, keys[i].revoked_at ? T(req, "Revoked") : T(req, "In use"));
		html_raw(&h, "</td><td>");
		if (!keys[i].revoked_at)
			form_button(req, &h, arena_printf(&req->arena, "/open311/keys/%lld/revoke",
			                                  (long long)keys[i].id), T(req, "Revoke"), "inline");
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table><h2>");
	html_txt(&h, T(req, "Issue a key"));
	html_raw(&h, "</h2>");
	e->form = "key";
	form_error_summary(req, &h, e);
	form_begin(req, &h, "/open311/keys", "key", "narrow");
	form_input(req, &h, e, &(struct form_input){
		.name = "name", .label = T(req, "Name of the application"), .required = true,
		.maxlength = 100, .value = new_key ? NULL : http_form(req, "name") });
	form_input(req, &h, e, &(struct form_input){
		.name = "per_hour", .label = T(req, "Reports per hour"), .inputmode = "numeric",
		.maxlength = 9, .size = 9, .value = new_key ? NULL : http_form(req, "per_hour"),
		.hint = arena_printf(&req->arena, T(req, "Empty: %s. More are refused (429) until an "
		                                         "hour has passed since the oldest."),
		                     web_fmt_number(req, feedback_open311_hourly_limit(), 0)) });
	form_submit(&h, T(req, "Issue"));
	form_end(&h);
	layout_finish(req, &h, status);
}

void page_open311_keys(struct http_request *req)
{
	if (!configurer(req))
		return;
	struct form_errors e = { 0 };
	keys_render(req, &e, NULL, 200);
}

void page_open311_keys_post(struct http_request *req)
{
	if (!configurer(req) || !form_csrf_ok(req))
		return;
	struct form_errors e = { .form = "key" };
	struct open311_key k;
	const char *plain = NULL;
	struct org_error err = { 0 };
	int64_t per_hour = 0;
	if (http_form_int(req, "per_hour", 1, FB_KEY_PER_HOUR_MAX, &per_hour) == HTTP_INT_INVALID) {
		form_error_add(&e, "per_hour", T(req, "Reports per hour: a whole number from 1 to "
		                                      "1,000,000, or empty for the default."));
		keys_render(req, &e, NULL, 422);
		return;
	}
	enum org_result r = feedback_key_add(req->store, &req->arena, http_principal(req),
	                                     http_form(req, "name"), (int)per_hour, &k, &plain, &err);
	if (r == ORG_OK) {
		keys_render(req, &e, plain, 200);
		reply_header(req, "Cache-Control", "no-store");
	} else if (r == ORG_INVALID) {
		form_error_add(&e, err.field ? err.field : "name", form_message(req, err.detail));
		keys_render(req, &e, NULL, 422);
	} else {
		form_reply_failure(req, r, "open311 key");
	}
}

void page_open311_key_revoke(struct http_request *req)
{
	if (!configurer(req) || !form_csrf_ok(req))
		return;
	enum org_result r = feedback_key_revoke(req->store, &req->arena, http_principal(req),
	                                        http_param_id(req, "id"));
	if (r == ORG_OK)
		reply_redirect(req, "/open311/keys");
	else
		form_reply_failure(req, r, "open311 key");
}
