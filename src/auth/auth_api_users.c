/*
 * auth_api_users.c: account administration (/api/v1/users).  Creating an
 * account and resetting a password hash with argon2id, so those run on the
 * slow-work pool.
 */
#include "api/api.h"
#include "auth/auth_handlers.h"

#include <string.h>

#include "api/json_input.h"
#include "auth/account_service.h"
#include "http/reply.h"
#include "store/store.h"

void api_users_list(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	const struct principal *who = http_principal(req);
	if (!account_may_list(who)) {
		http_forbidden(req);
		return;
	}
	struct account *accs;
	size_t n;
	if (account_list(req->store, &req->arena, &accs, &n) != STORE_OK) {
		reply_internal_error(req, "account list");
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++) {
		/* Only the accounts this administrator may manage. */
		if (account_may_manage(req->store, &req->arena, who, accs[i].id) != ORG_OK)
			continue;
		struct role_grant *g;
		size_t ng = 0;
		account_grant_list(req->store, accs[i].id, &req->arena, &g, &ng);
		json_array_append_new(items, account_json(&accs[i], g, ng));
	}
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items,
	                               "count", (json_int_t)json_array_size(items)));
}

struct user_input {
	struct account_input in;
	const char *role;
};

#define IN_FIELD(name, type) { #name, type, offsetof(struct user_input, in.name) }
static const struct json_field user_fields[] = {
	IN_FIELD(login, JF_STRING),
	IN_FIELD(display_name, JF_STRING),
	IN_FIELD(password, JF_STRING),
	IN_FIELD(person_id, JF_OPT_ID),
	IN_FIELD(unit_id, JF_OPT_ID),
	IN_FIELD(home_unit_id, JF_OPT_ID),
	{ "role", JF_OPT_STRING, offsetof(struct user_input, role) },
};

struct user_create {
	struct user_input u;
	struct account acc;
	enum org_result result;
	struct org_error err;
};

static void user_create_work(struct http_request *req)
{
	struct user_create *c = req->defer_data;
	c->result = account_create(req->store, &req->arena, http_principal(req), &c->u.in,
	                           &c->acc, &c->err);
}

static void user_create_reply(struct http_request *req)
{
	struct user_create *c = req->defer_data;
	if (c->result != ORG_OK) {
		api_reply_org_result(req, c->result, &c->err);
		return;
	}
	struct role_grant *g;
	size_t n = 0;
	account_grant_list(req->store, c->acc.id, &req->arena, &g, &n);
	reply_json(req, 201, account_json(&c->acc, g, n));
	reply_header(req, MHD_HTTP_HEADER_LOCATION,
	             arena_printf(&req->arena, "/api/v1/users/%lld", (long long)c->acc.id));
}

static bool too_long(struct http_request *req, const char *s, size_t max, const char *field)
{
	if (s == NULL || strlen(s) <= max)
		return false;
	reply_problem(req, 422, "/problems/invalid-field", "Invalid field", "Too long.", field);
	return true;
}

void api_users_create(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct user_create *c = arena_alloc(&req->arena, sizeof *c);
	c->u.in.role = -1;
	if (!json_apply(body, user_fields, sizeof user_fields / sizeof user_fields[0], &c->u,
	                &req->arena, &c->err)) {
		api_reply_org_result(req, ORG_INVALID, &c->err);
		return;
	}
	if (too_long(req, c->u.in.login, AUTH_LOGIN_MAX, "login")
	    || too_long(req, c->u.in.password, AUTH_PASSWORD_MAX, "password"))
		return;
	if (c->u.role && (c->u.in.role = role_parse(c->u.role)) < 0) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "Unknown role: use officer, unit_head, leader, supervisor or admin.",
		              "role");
		return;
	}
	if (c->u.in.role >= 0 && c->u.in.unit_id == 0) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "A role is granted on a unit: give unit_id.", "unit_id");
		return;
	}
	req->defer_data = c;
	http_defer(req, user_create_work, user_create_reply);
}

struct user_update {
	int64_t id;
	json_t *body;
	const char *password;
	enum org_result result;
	struct org_error err;
};

static void user_update_work(struct http_request *req)
{
	struct user_update *u = req->defer_data;
	const struct principal *who = http_principal(req);
	u->result = ORG_OK;
	json_t *disabled = json_object_get(u->body, "disabled");
	if (json_is_boolean(disabled))
		u->result = account_set_disabled(req->store, &req->arena, who, u->id,
		                                 json_is_true(disabled), &u->err);
	if (u->result == ORG_OK && u->password)
		u->result = account_set_password(req->store, &req->arena, who, u->id, NULL,
		                                 u->password, NULL, &u->err);
}

static void user_update_reply(struct http_request *req)
{
	struct user_update *u = req->defer_data;
	if (u->result != ORG_OK) {
		api_reply_org_result(req, u->result, &u->err);
		return;
	}
	struct account acc;
	struct role_grant *g;
	size_t n = 0;
	if (account_get(req->store, u->id, &req->arena, &acc) != STORE_OK) {
		reply_not_found(req);
		return;
	}
	account_grant_list(req->store, u->id, &req->arena, &g, &n);
	reply_json(req, 200, account_json(&acc, g, n));
}

/* PATCH /api/v1/users/{id}: {"disabled": bool} and/or {"password": "..."} (reset). */
void api_users_update(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct user_update *u = arena_alloc(&req->arena, sizeof *u);
	u->id = http_param_id(req, "id");
	u->body = body;
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		bool ok = (strcmp(key, "disabled") == 0 && json_is_boolean(v))
		       || (strcmp(key, "password") == 0 && json_is_string(v));
		if (!ok) {
			reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
			              "Accepted: \"disabled\" (true/false) and \"password\" (text).", key);
			return;
		}
	}
	json_t *pw = json_object_get(body, "password");
	u->password = pw ? json_string_value(pw) : NULL;
	if (too_long(req, u->password, AUTH_PASSWORD_MAX, "password"))
		return;
	req->defer_data = u;
	http_defer(req, user_update_work, user_update_reply);
}

void api_users_grant(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	json_t *role = json_object_get(body, "role"), *unit = json_object_get(body, "unit_id");
	int r = json_is_string(role) ? role_parse(json_string_value(role)) : -1;
	if (r < 0 || !json_is_integer(unit) || json_integer_value(unit) <= 0) {
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              "Give a role (officer, unit_head, leader, supervisor, admin) and a "
		              "unit_id.", r < 0 ? "role" : "unit_id");
		return;
	}
	struct role_grant g;
	struct org_error err = { 0 };
	enum org_result res = account_grant(req->store, &req->arena, http_principal(req),
	                                    http_param_id(req, "id"), (enum role)r,
	                                    json_integer_value(unit), &g, &err);
	if (res != ORG_OK) {
		api_reply_org_result(req, res, &err);
		return;
	}
	reply_json(req, 201, json_pack("{s:I, s:s, s:I}", "id", (json_int_t)g.id,
	                               "role", role_name(g.role), "unit_id", (json_int_t)g.unit_id));
}

void api_users_revoke_grant(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct org_error err = { 0 };
	enum org_result res = account_revoke(req->store, &req->arena, http_principal(req),
	                                     http_param_id(req, "id"),
	                                     http_param_id(req, "grant"), &err);
	if (res != ORG_OK)
		api_reply_org_result(req, res, &err);
	else
		reply_json(req, 200, json_pack("{s:b}", "revoked", 1));
}
