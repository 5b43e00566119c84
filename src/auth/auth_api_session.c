/*
 * api_session.c: signing in and out over the API, the current principal,
 * and changing one's own password.  argon2id runs on the slow-work pool
 * (http_defer), never on an HTTP thread.
 */
#include "api/api.h"
#include "auth/auth_handlers.h"

#include <string.h>
#include <time.h>

#include "auth/account_service.h"
#include "auth/session.h"
#include "auth/token_service.h"
#include "http/reply.h"
#include "store/store.h"

json_t *api_principal_json(const struct principal *p)
{
	json_t *roles = json_array();
	for (size_t i = 0; i < p->ngrants; i++)
		json_array_append_new(roles, json_pack("{s:s, s:I}", "role", role_name(p->grants[i].role),
		                                       "unit_id", (json_int_t)p->grants[i].unit_id));
	return json_pack("{s:{s:I, s:s, s:s}, s:o, s:o}",
	                 "user", "id", (json_int_t)p->actor.user_id, "login", p->actor.login,
	                 "display_name", p->display_name ? p->display_name : "",
	                 "roles", roles,
	                 "csrf", p->csrf ? json_string(p->csrf) : json_null());
}

void api_session_get(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	reply_json(req, 200, api_principal_json(http_principal(req)));
}

/* A string member NAME of OBJ of at most MAX bytes; NULL after replying 422. */
static const char *string_member(struct http_request *req, json_t *obj, const char *name,
                                 size_t max)
{
	json_t *v = json_object_get(obj, name);
	if (!json_is_string(v)) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "Required, as a string.", name);
		return NULL;
	}
	if (json_string_length(v) > max) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "Too long.", name);
		return NULL;
	}
	return arena_strdup(&req->arena, json_string_value(v));
}

struct sign_in {
	const char *login, *password, *address;
	enum auth_result result;
	char token[TOKEN_TEXT_MAX];
	struct principal who;
};

static void sign_in_work(struct http_request *req)
{
	struct sign_in *s = req->defer_data;
	s->result = auth_sign_in(req->store, s->login, s->password, s->address,
	                         (int64_t)time(NULL), s->token, &req->arena, &s->who);
	http_note_store_failure(req, s->result == AUTH_FAILED);
}

/* Shared by the API and the sign-in page: the reply for a refused sign-in. */
static void sign_in_refused(struct http_request *req, enum auth_result r)
{
	switch (r) {
	case AUTH_THROTTLED:
		reply_problem(req, 429, "/problems/throttled", "Too many attempts",
		              "Too many failed sign-ins; wait 15 minutes and try again.", NULL);
		reply_header(req, MHD_HTTP_HEADER_RETRY_AFTER, "900");
		break;
	case AUTH_DISABLED:
		reply_problem(req, 403, "/problems/account-disabled", "Account disabled",
		              "This account has been disabled; ask an administrator.", NULL);
		break;
	case AUTH_FAILED:
		reply_internal_error(req, "sign-in failed");
		break;
	default:
		reply_problem(req, 401, "/problems/bad-credentials", "Wrong login or password",
		              "The login or the password is wrong.", "password");
		break;
	}
}

static void sign_in_reply(struct http_request *req)
{
	struct sign_in *s = req->defer_data;
	if (s->result != AUTH_OK) {
		sign_in_refused(req, s->result);
		return;
	}
	http_set_session_cookie(req, s->token);
	reply_json(req, 201, api_principal_json(&s->who));
}

void api_session_create(struct http_request *req)
{
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct sign_in *s = arena_alloc(&req->arena, sizeof *s);
	if ((s->login = string_member(req, body, "login", AUTH_LOGIN_MAX)) == NULL
	    || (s->password = string_member(req, body, "password", AUTH_PASSWORD_MAX)) == NULL)
		return;
	s->address = http_client_address(req);
	req->defer_data = s;
	http_defer(req, sign_in_work, sign_in_reply);
}

void api_session_delete(struct http_request *req)
{
	const char *token = http_cookie(req, SESSION_COOKIE);
	if (token && strlen(token) < TOKEN_TEXT_MAX)
		auth_sign_out(req->store, token);
	http_set_session_cookie(req, NULL);
	reply_json(req, 200, json_pack("{s:b}", "signed_in", 0));
}

struct password_change {
	const char *current, *password;
	bool keep;
	unsigned char keep_hash[32];
	enum org_result result;
	struct org_error err;
};

static void password_work(struct http_request *req)
{
	struct password_change *c = req->defer_data;
	c->result = account_set_password(req->store, &req->arena, http_principal(req),
	                                 http_principal(req)->actor.user_id, c->current,
	                                 c->password, c->keep ? c->keep_hash : NULL, &c->err);
}

static void password_reply(struct http_request *req)
{
	struct password_change *c = req->defer_data;
	if (c->result != ORG_OK)
		api_reply_org_result(req, c->result, &c->err);
	else
		reply_json(req, 200, json_pack("{s:b}", "changed", 1));
}

void api_session_password(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct password_change *c = arena_alloc(&req->arena, sizeof *c);
	if ((c->current = string_member(req, body, "current_password", AUTH_PASSWORD_MAX)) == NULL
	    || (c->password = string_member(req, body, "new_password", AUTH_PASSWORD_MAX)) == NULL)
		return;
	/* The session changing its own password goes on; every other way in ends. */
	c->keep = auth_session_hash(http_principal(req), http_cookie(req, SESSION_COOKIE),
	                            c->keep_hash);
	req->defer_data = c;
	http_defer(req, password_work, password_reply);
}

/* ---- API tokens ------------------------------------------------------- */

void api_tokens_list(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct api_token *t;
	size_t n;
	if (account_token_list(req->store, http_principal(req)->actor.user_id,
	                       &req->arena, &t, &n) != STORE_OK) {
		reply_internal_error(req, "token list");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, token_json(&t[i]));
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items, "count", (json_int_t)n));
}

void api_tokens_create(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	if (http_principal(req)->via_token) {
		reply_problem(req, 403, "/problems/token-cannot-mint", "Forbidden",
		              "An API token cannot create tokens: sign in to create one.", NULL);
		return;
	}
	const char *name = string_member(req, body, "name", TOKEN_NAME_MAX);
	if (name == NULL)
		return;
	if (*name == '\0') {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "Give the token a name, to recognise it later.", "name");
		return;
	}
	char token[TOKEN_TEXT_MAX];
	struct api_token t;
	enum org_result r = token_create(req->store, http_principal(req), name, token, &t);
	if (r != ORG_OK) {
		api_reply_org_result(req, r, NULL);
		return;
	}
	json_t *out = token_json(&t);
	/* The only time the token is shown: only its hash is kept. */
	json_object_set_new(out, "token", json_string(token));
	reply_json(req, 201, out);
}

void api_tokens_revoke(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int64_t id = http_param_id(req, "id");
	enum org_result r = token_revoke(req->store, http_principal(req), id);
	if (r != ORG_OK)
		api_reply_org_result(req, r, NULL);
	else
		reply_json(req, 200, json_pack("{s:I, s:b}", "id", (json_int_t)id, "revoked", 1));
}
