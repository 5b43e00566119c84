/*
 * page_login.c: signing in (GET/POST /login) and out (POST /logout).
 *
 * argon2id is slow on purpose, so auth_sign_in runs on the slow-work pool
 * through http_defer and the page is rendered when it returns.  Lengths
 * are checked first: an over-long password is refused before anything is
 * hashed, so it costs nothing.
 */
#include "web/web.h"
#include "auth/auth_handlers.h"

#include <string.h>
#include <time.h>

#include "auth/session.h"
#include "http/reply.h"

struct login_form {
	const char *login, *password, *next;
	struct form_errors errors;
	enum auth_result result;
	char token[TOKEN_TEXT_MAX];
};

static void login_render(struct http_request *req, struct login_form *f, unsigned int status)
{
	struct html h = { 0 };
	f->errors.form = "login";
	layout_begin(req, &h, T(req, "Sign in"), "/login");
	form_error_summary(req, &h, &f->errors);
	form_begin(req, &h, "/login", "login", "narrow");
	if (f->next && web_local_path(f->next)) {
		html_raw(&h, "<input type=\"hidden\" name=\"next\" value=\"");
		html_attr(&h, f->next);
		html_raw(&h, "\">");
	}
	form_input(req, &h, &f->errors, &(struct form_input){
		.name = "login", .label = T(req, "Login"), .value = f->login,
		.autocomplete = "username", .required = true, .maxlength = AUTH_LOGIN_MAX });
	form_input(req, &h, &f->errors, &(struct form_input){
		.name = "password", .label = T(req, "Password"), .type = "password",
		.autocomplete = "current-password", .required = true,
		.maxlength = AUTH_PASSWORD_MAX });
	form_submit(&h, T(req, "Sign in"));
	form_end(&h);
	layout_finish(req, &h, status);
}

void page_login(struct http_request *req)
{
	struct login_form f = { .next = http_query(req, "next") };
	login_render(req, &f, 200);
}

static void login_work(struct http_request *req)
{
	struct login_form *f = req->defer_data;
	f->result = auth_sign_in(req->store, f->login, f->password, http_client_address(req),
	                         (int64_t)time(NULL), f->token, NULL, NULL);
	http_note_store_failure(req, f->result == AUTH_FAILED);
}

static void login_done(struct http_request *req)
{
	struct login_form *f = req->defer_data;
	unsigned int status;
	switch (f->result) {
	case AUTH_OK:
		http_set_session_cookie(req, f->token);
		reply_redirect(req, f->next && web_local_path(f->next) ? f->next : "/");
		return;
	case AUTH_THROTTLED:
		status = 429;
		form_error_add(&f->errors, "login",
		               T(req, "Too many failed sign-ins; wait 15 minutes and try again."));
		break;
	case AUTH_DISABLED:
		status = 403;
		form_error_add(&f->errors, "login",
		               T(req, "This account has been disabled; ask an administrator."));
		break;
	case AUTH_FAILED:
		reply_internal_error(req, "sign-in failed");
		return;
	default:
		status = 401;
		form_error_add(&f->errors, "password", T(req, "The login or the password is wrong."));
		break;
	}
	login_render(req, f, status);
	if (status == 429)
		reply_header(req, MHD_HTTP_HEADER_RETRY_AFTER, "900");
}

void page_login_post(struct http_request *req)
{
	if (!form_csrf_ok(req))
		return;
	struct login_form *f = arena_alloc(&req->arena, sizeof *f);
	f->login = http_form(req, "login");
	f->password = http_form(req, "password");
	f->next = http_form(req, "next");
	size_t nl = f->login ? strlen(f->login) : 0, np = f->password ? strlen(f->password) : 0;
	if (nl == 0)
		form_error_add(&f->errors, "login", T(req, "Enter your login."));
	else if (nl > AUTH_LOGIN_MAX)
		form_error_add(&f->errors, "login", T(req, "A login has at most 64 characters."));
	if (np == 0)
		form_error_add(&f->errors, "password", T(req, "Enter your password."));
	else if (np > AUTH_PASSWORD_MAX)
		form_error_add(&f->errors, "password",
		               T(req, "A password has at most 1024 characters."));
	if (f->errors.n) {
		/* An over-long login is not echoed back whole into the page. */
		if (nl > AUTH_LOGIN_MAX)
			f->login = arena_strndup(&req->arena, f->login, AUTH_LOGIN_MAX);
		login_render(req, f, 422);
		return;
	}
	req->defer_data = f;
	http_defer(req, login_work, login_done);
}

void page_logout(struct http_request *req)
{
	if (!form_csrf_ok(req))
		return;
	const char *token = http_cookie(req, SESSION_COOKIE);
	if (token && strlen(token) < TOKEN_TEXT_MAX)
		auth_sign_out(req->store, token);
	http_set_session_cookie(req, NULL);
	reply_redirect(req, "/");
}
