/*
 * page_account.c: the signed-in user's own account (/account) — roles,
 * changing the password, and API tokens (create, shown once; revoke).
 *
 * Changing the password hashes with argon2id, so it runs through
 * http_defer like the API's PUT /api/v1/session/password.
 */
#include "web/web.h"
#include "auth/auth_handlers.h"

#include <string.h>
#include <time.h>

#include "auth/account_service.h"
#include "auth/session.h"
#include "auth/token_service.h"
#include "http/reply.h"
#include "store/store.h"
#include "org/org_service.h"


/* What a POST brings back to the page: kept values, errors, a new token. */
struct account_view {
	struct form_errors pw_errors, token_errors;
	const char *token_name;
	const char *new_token;       /* shown once, then only its hash exists */
	const char *notice;
};

static void roles_table(struct http_request *req, struct html *h)
{
	const struct principal *p = http_principal(req);
	html_raw(h, "<h2>");
	html_txt(h, T(req, "My roles"));
	html_raw(h, "</h2>");
	if (p->ngrants == 0) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "You have no role on any unit yet; ask an administrator."));
		html_raw(h, "</p>");
		return;
	}
	html_raw(h, "<table>");
	WEB_TABLE_HEAD(req, h, N_("Role"), N_("Unit (and all units below it)"));
	for (size_t i = 0; i < p->ngrants; i++) {
		struct org_unit u;
		html_raw(h, "<tr><td>");
		html_txt(h, web_role_label(req, p->grants[i].role));
		html_rawf(h, "</td><td><a href=\"/units/%lld\">", (long long)p->grants[i].unit_id);
		if (org_unit_get(req->store, p->grants[i].unit_id, &req->arena, &u)
		    == STORE_OK)
			html_txt(h, u.name);
		else
			html_rawf(h, "#%lld", (long long)p->grants[i].unit_id);
		html_raw(h, "</a></td></tr>");
	}
	html_raw(h, "</tbody></table>");
}

static void tokens_section(struct http_request *req, struct html *h, struct account_view *v)
{
	const struct principal *p = http_principal(req);
	html_raw(h, "<section aria-labelledby=\"tokens-title\"><h2 id=\"tokens-title\">");
	html_txt(h, T(req, "API tokens"));
	html_raw(h, "</h2><p>");
	html_txt(h, T(req, "Programs use a token to call the JSON API in your name, with your "
	                   "roles. Revoke a token as soon as it is no longer needed."));
	html_raw(h, "</p>");
	if (v->new_token) {
		html_raw(h, "<div class=\"new-token\" role=\"status\"><p>");
		html_txt(h, T(req, "Your new token; copy it now, it will not be shown again:"));
		html_raw(h, "</p><p><code>");
		html_txt(h, v->new_token);
		html_raw(h, "</code></p></div>");
	}
	struct api_token *t;
	size_t n = 0;
	if (account_token_list(req->store, p->actor.user_id, &req->arena, &t, &n)
	    != STORE_OK)
		n = 0;
	if (n) {
		html_raw(h, "<table>");
		WEB_TABLE_HEAD(req, h, N_("Name"), N_("Created"), N_("Last used"), N_("State"));
		for (size_t i = 0; i < n; i++) {
			html_raw(h, "<tr><td>");
			html_txt(h, t[i].name);
			html_raw(h, "</td><td>");
			html_txt(h, web_datetime(req, t[i].created_at));
			html_raw(h, "</td><td>");
			html_txt(h, t[i].last_used ? web_datetime(req, t[i].last_used)
			                           : T(req, "never"));
			html_raw(h, "</td><td>");
			if (t[i].revoked_at) {
				html_txt(h, T(req, "revoked"));
			} else {
				html_txt(h, T(req, "active"));
				html_raw(h, " ");
				form_begin(req, h, arena_printf(&req->arena, "/account/tokens/%lld/revoke",
				                                (long long)t[i].id), NULL, "inline");
				html_raw(h, "<button type=\"submit\">");
				html_txt(h, T(req, "Revoke"));
				html_raw(h, "<span class=\"vh\"> ");
				html_txt(h, t[i].name);
				html_raw(h, "</span></button>");
				form_end(h);
			}
			html_raw(h, "</td></tr>");
		}
		html_raw(h, "</tbody></table>");
	}
	html_raw(h, "<h3>");
	html_txt(h, T(req, "New token"));
	html_raw(h, "</h3>");
	v->token_errors.form = "token";
	form_error_summary(req, h, &v->token_errors);
	form_begin(req, h, "/account/tokens", "token", "narrow");
	form_input(req, h, &v->token_errors, &(struct form_input){
		.name = "name", .label = T(req, "Token name"), .value = v->token_name,
		.hint = T(req, "To recognise it later, e.g. the program that uses it."),
		.required = true, .maxlength = TOKEN_NAME_MAX });
	form_submit(h, T(req, "Create the token"));
	form_end(h);
	html_raw(h, "</section>");
}

static void account_render(struct http_request *req, struct account_view *v,
                           unsigned int status)
{
	const struct principal *p = http_principal(req);
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "My account"), "/account");
	if (v->notice)
		form_notice(&h, v->notice);
	html_raw(&h, "<dl class=\"facts\"><dt>");
	html_txt(&h, T(req, "Login"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, p->actor.login);
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Name"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, p->display_name);
	html_raw(&h, "</dd></dl>");
	roles_table(req, &h);

	html_raw(&h, "<section aria-labelledby=\"pw-title\"><h2 id=\"pw-title\">");
	html_txt(&h, T(req, "Change my password"));
	html_raw(&h, "</h2>");
	v->pw_errors.form = "pw";
	form_error_summary(req, &h, &v->pw_errors);
	form_begin(req, &h, "/account/password", "pw", "narrow");
	/* A hidden login field lets password managers file the new password. */
	html_raw(&h, "<input type=\"text\" name=\"username\" autocomplete=\"username\" hidden value=\"");
	html_attr(&h, p->actor.login);
	html_raw(&h, "\">");
	form_input(req, &h, &v->pw_errors, &(struct form_input){
		.name = "current_password", .label = T(req, "Current password"),
		.type = "password", .autocomplete = "current-password", .required = true,
		.maxlength = AUTH_PASSWORD_MAX });
	form_input(req, &h, &v->pw_errors, &(struct form_input){
		.name = "new_password", .label = T(req, "New password"), .type = "password",
		.autocomplete = "new-password", .required = true, .maxlength = AUTH_PASSWORD_MAX,
		.hint = T(req, "At least 10 characters.") });
	form_submit(&h, T(req, "Change the password"));
	form_end(&h);
	html_raw(&h, "</section>");
	tokens_section(req, &h, v);
	layout_finish(req, &h, status);
}

void page_account(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct account_view v = { 0 };
	const char *done = http_query(req, "done");
	if (done && strcmp(done, "password") == 0)
		v.notice = T(req, "Your password has been changed.");
	else if (done && strcmp(done, "revoked") == 0)
		v.notice = T(req, "The token has been revoked.");
	account_render(req, &v, 200);
}

/* ---- password ------------------------------------------------------------ */

struct password_job {
	const char *current, *password;
	bool keep;
	unsigned char keep_hash[32];
	enum org_result result;
	struct org_error err;
};

static void password_work(struct http_request *req)
{
	struct password_job *j = req->defer_data;
	const struct principal *p = http_principal(req);
	j->result = account_set_password(req->store, &req->arena, p, p->actor.user_id,
	                                 j->current, j->password, j->keep ? j->keep_hash : NULL,
	                                 &j->err);
}

static void password_done(struct http_request *req)
{
	struct password_job *j = req->defer_data;
	struct account_view v = { .pw_errors.form = "pw" };
	switch (j->result) {
	case ORG_OK:
		reply_redirect(req, "/account?done=password");
		return;
	case ORG_INVALID:
		form_error_add(&v.pw_errors, j->err.field && strcmp(j->err.field, "current_password")
		               == 0 ? "current_password" : "new_password",
		               form_message(req, j->err.detail));
		account_render(req, &v, 422);
		return;
	default:
		form_reply_failure(req, j->result, "password change");
		return;
	}
}

void page_account_password(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct password_job *j = arena_alloc(&req->arena, sizeof *j);
	j->current = http_form(req, "current_password");
	j->password = http_form(req, "new_password");
	struct account_view v = { .pw_errors.form = "pw" };
	if (j->current == NULL || *j->current == '\0')
		form_error_add(&v.pw_errors, "current_password", T(req, "Enter your current password."));
	else if (strlen(j->current) > AUTH_PASSWORD_MAX)
		form_error_add(&v.pw_errors, "current_password",
		               T(req, "A password has at most 1024 characters."));
	if (j->password == NULL || *j->password == '\0')
		form_error_add(&v.pw_errors, "new_password", T(req, "Enter a new password."));
	else if (strlen(j->password) > AUTH_PASSWORD_MAX)
		form_error_add(&v.pw_errors, "new_password",
		               T(req, "A password has at most 1024 characters."));
	if (v.pw_errors.n) {
		account_render(req, &v, 422);
		return;
	}
	/* This session goes on; the account's other sessions and its tokens end. */
	j->keep = auth_session_hash(http_principal(req), http_cookie(req, SESSION_COOKIE),
	                            j->keep_hash);
	req->defer_data = j;
	http_defer(req, password_work, password_done);
}

/* ---- API tokens ------------------------------------------------------------ */

void page_account_token_create(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct account_view v = { .token_errors.form = "token" };
	const char *name = http_form(req, "name");
	v.token_name = name;
	if (name == NULL || *name == '\0')
		form_error_add(&v.token_errors, "name",
		               T(req, "Give the token a name, to recognise it later."));
	else if (strlen(name) > TOKEN_NAME_MAX)
		form_error_add(&v.token_errors, "name",
		               T(req, "A token name has at most 128 characters."));
	if (v.token_errors.n) {
		if (name && strlen(name) > TOKEN_NAME_MAX)
			v.token_name = arena_strndup(&req->arena, name, TOKEN_NAME_MAX);
		account_render(req, &v, 422);
		return;
	}
	char token[TOKEN_TEXT_MAX];
	struct api_token t;
	enum org_result r = token_create(req->store, http_principal(req), name, token, &t);
	if (r == ORG_BUSY) {
		reply_unavailable(req, "token create");
		return;
	}
	if (r == ORG_FORBIDDEN) {
		http_forbidden(req);
		return;
	}
	if (r != ORG_OK) {
		reply_internal_error(req, "token create");
		return;
	}
	/* Shown in this reply only (no redirect): the token is not kept anywhere. */
	v.new_token = arena_strdup(&req->arena, token);
	v.token_name = NULL;
	account_render(req, &v, 200);
}

void page_account_token_revoke(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	enum org_result r = token_revoke(req->store, http_principal(req),
	                                 http_param_id(req, "id"));
	if (r == ORG_OK)
		reply_redirect(req, "/account?done=revoked");
	else if (r == ORG_NOT_FOUND)
		reply_not_found(req);
	else if (r == ORG_BUSY)
		reply_unavailable(req, "token revoke");
	else
		reply_internal_error(req, "token revoke");
}
