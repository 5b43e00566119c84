/*
 * page_admin_users.c: account administration for those holding
 * PERM_MANAGE_ACCOUNTS somewhere — the accounts they may manage
 * (/admin/users), a new account, and per account (/admin/users/{id}):
 * disable/enable, reset the password, add and remove role grants.
 *
 * The services decide (account_may_manage, account_grant...); this file
 * only shows what they allow.  Creating an account and resetting a
 * password hash with argon2id, so those go through http_defer.
 */
#include "web/web.h"
#include "auth/auth_handlers.h"

#include <stdlib.h>
#include <string.h>

#include "audit/audit_service.h"
#include "auth/account_service.h"
#include "http/reply.h"
#include "store/store.h"
#include "org/org_service.h"

enum { DISPLAY_NAME_MAX = 256 };

/* ---- shared pieces -------------------------------------------------------- */

/* False after replying when the requester administers no accounts at all. */
static bool admin_gate(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return false;
	if (!account_may_list(http_principal(req))) {
		http_forbidden(req);
		return false;
	}
	return true;
}

/* The units on which the requester may grant roles (the service decides). */
static void managed_units(struct http_request *req, struct org_unit **out, size_t *nout)
{
	account_managed_units(req->store, &req->arena, http_principal(req), out, nout);
}

static void unit_select(struct http_request *req, struct html *h, const struct form_errors *e,
                        const char *name, const char *label, const char *selected,
                        bool optional)
{
	struct org_unit *u;
	size_t n;
	managed_units(req, &u, &n);
	size_t k = optional ? 1 : 0;
	const char **values = arena_alloc(&req->arena, (n + 1) * sizeof *values);
	const char **labels = arena_alloc(&req->arena, (n + 1) * sizeof *labels);
	if (optional) {
		values[0] = "";
		labels[0] = T(req, "(none)");
	}
	for (size_t i = 0; i < n; i++, k++) {
		values[k] = arena_printf(&req->arena, "%lld", (long long)u[i].id);
		labels[k] = arena_printf(&req->arena, "%s (%s)", u[i].name,
		                         web_kind_label(req, u[i].kind));
	}
	form_select(req, h, e, name, label, values, labels, k, selected);
}

static void role_select(struct http_request *req, struct html *h, const struct form_errors *e,
                        const char *selected, bool optional)
{
	const char *values[ROLE_COUNT + 1], *labels[ROLE_COUNT + 1];
	size_t k = 0;
	if (optional) {
		values[k] = "";
		labels[k++] = T(req, "(none)");
	}
	for (int r = 0; r < ROLE_COUNT; r++, k++) {
		values[k] = role_name((enum role)r);
		labels[k] = web_role_label(req, (enum role)r);
	}
	form_select(req, h, e, "role", T(req, "Role"), values, labels, k, selected);
}

static const char *unit_name(struct http_request *req, int64_t id)
{
	struct org_unit u;
	if (org_unit_get(req->store, id, &req->arena, &u) == STORE_OK)
		return u.name;
	return arena_printf(&req->arena, "#%lld", (long long)id);
}

/* "Leader — Quận 9; Officer — Phường Hiệp Phú" */
static void grants_text(struct http_request *req, struct html *h, const struct role_grant *g,
                        size_t n)
{
	if (n == 0)
		html_txt(h, T(req, "no role"));
	for (size_t i = 0; i < n; i++) {
		if (i)
			html_raw(h, "<br>");
		html_txt(h, web_role_label(req, g[i].role));
		html_raw(h, " — ");
		html_txt(h, unit_name(req, g[i].unit_id));
	}
}

/* ---- the list and the new-account form ------------------------------------ */

struct create_form {
	struct account_input in;
	const char *role, *unit, *home;   /* as typed */
	struct form_errors errors;
	enum org_result result;
	struct org_error err;
	struct account acc;
};

static void users_render(struct http_request *req, struct create_form *f, unsigned int status)
{
	struct store *st = req->store;
	const struct principal *who = http_principal(req);
	struct account *accs;
	size_t n;
	if (account_list(st, &req->arena, &accs, &n) != STORE_OK) {
		reply_internal_error(req, "account list");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Users"), "/admin/users");
	html_raw(&h, "<table><caption class=\"vh\">");
	html_txt(&h, T(req, "Accounts you manage"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("Login"), N_("Name"), N_("Roles"), N_("State"));
	for (size_t i = 0; i < n; i++) {
		/* Only the accounts this administrator may manage, as in the API. */
		if (account_may_manage(st, &req->arena, who, accs[i].id) != ORG_OK)
			continue;
		struct role_grant *g;
		size_t ng = 0;
		if (account_grant_list(st, accs[i].id, &req->arena, &g, &ng) != STORE_OK)
			ng = 0;
		html_rawf(&h, "<tr><th scope=\"row\"><a href=\"/admin/users/%lld\">",
		          (long long)accs[i].id);
		html_txt(&h, accs[i].login);
		html_raw(&h, "</a></th><td>");
		html_txt(&h, accs[i].display_name);
		html_raw(&h, "</td><td>");
		grants_text(req, &h, g, ng);
		html_raw(&h, "</td><td>");
		html_txt(&h, accs[i].disabled ? T(req, "disabled") : T(req, "active"));
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");

	html_raw(&h, "<section aria-labelledby=\"new-title\"><h2 id=\"new-title\">");
	html_txt(&h, T(req, "New account"));
	html_raw(&h, "</h2>");
	struct form_errors none = { .form = "new" };
	struct form_errors *e = f ? &f->errors : &none;
	e->form = "new";
	form_error_summary(req, &h, e);
	form_begin(req, &h, "/admin/users", "new", "narrow");
	form_input(req, &h, e, &(struct form_input){
		.name = "login", .label = T(req, "Login"), .value = f ? f->in.login : NULL,
		.hint = T(req, "3 to 64 of a-z, 0-9, '.', '-', '_'."), .autocomplete = "off",
		.required = true, .maxlength = AUTH_LOGIN_MAX });
	form_input(req, &h, e, &(struct form_input){
		.name = "display_name", .label = T(req, "Display name"),
		.value = f ? f->in.display_name : NULL, .required = true,
		.maxlength = DISPLAY_NAME_MAX });
	form_input(req, &h, e, &(struct form_input){
		.name = "password", .label = T(req, "Initial password"), .type = "password",
		.autocomplete = "new-password", .hint = T(req, "At least 10 characters."),
		.required = true, .maxlength = AUTH_PASSWORD_MAX });
	role_select(req, &h, e, f ? f->role : NULL, true);
	unit_select(req, &h, e, "unit_id", T(req, "Unit of the role"), f ? f->unit : NULL, true);
	/* Who manages the account: those whose reach covers this unit and every role. */
	unit_select(req, &h, e, "home_unit_id", T(req, "Home unit (if not the unit of the role)"),
	            f ? f->home : NULL, true);
	form_submit(&h, T(req, "Create the account"));
	form_end(&h);
	html_raw(&h, "</section>");
	layout_finish(req, &h, status);
}

void page_admin_users(struct http_request *req)
{
	if (admin_gate(req))
		users_render(req, NULL, 200);
}

static void create_work(struct http_request *req)
{
	struct create_form *f = req->defer_data;
	f->result = account_create(req->store, &req->arena, http_principal(req), &f->in,
	                           &f->acc, &f->err);
}

/* A service's field name as this form's field (the unit select is "unit_id"). */
static const char *create_field(const char *field)
{
	static const char *const fields[] = { "login", "display_name", "password", "role",
	                                      "unit_id", "home_unit_id" };
	for (size_t i = 0; field && i < sizeof fields / sizeof fields[0]; i++)
		if (strcmp(fields[i], field) == 0)
			return fields[i];
	return NULL;
}

static void create_done(struct http_request *req)
{
	struct create_form *f = req->defer_data;
	switch (f->result) {
	case ORG_OK:
		reply_redirect(req, arena_printf(&req->arena, "/admin/users/%lld?done=created",
		                                 (long long)f->acc.id));
		return;
	case ORG_INVALID:
		form_error_add(&f->errors, create_field(f->err.field), form_message(req, f->err.detail));
		users_render(req, f, 422);
		return;
	case ORG_CONFLICT:
		form_error_add(&f->errors, "login", T(req, "Another account already has this login."));
		users_render(req, f, 409);
		return;
	case ORG_FORBIDDEN:
		form_error_add(&f->errors, "unit_id", T(req, "You may not grant roles on this unit."));
		users_render(req, f, 403);
		return;
	default:
		form_reply_failure(req, f->result, "account create");
		return;
	}
}

void page_admin_user_create(struct http_request *req)
{
	if (!admin_gate(req) || !form_csrf_ok(req))
		return;
	struct create_form *f = arena_alloc(&req->arena, sizeof *f);
	f->errors.form = "new";
	f->in.login = http_form(req, "login");
	f->in.display_name = http_form(req, "display_name");
	f->in.password = http_form(req, "password");
	f->role = http_form(req, "role");
	f->unit = http_form(req, "unit_id");
	f->home = http_form(req, "home_unit_id");
	f->in.role = -1;
	size_t nl = f->in.login ? strlen(f->in.login) : 0;
	if (nl == 0)
		form_error_add(&f->errors, "login", T(req, "Enter a login."));
	else if (nl > AUTH_LOGIN_MAX)
		form_error_add(&f->errors, "login", T(req, "A login has at most 64 characters."));
	else if (!auth_login_valid(f->in.login))
		form_error_add(&f->errors, "login",
		               T(req, "The login must be 3 to 64 of a-z, 0-9, '.', '-', '_'."));
	if (f->in.display_name == NULL || *f->in.display_name == '\0')
		form_error_add(&f->errors, "display_name", T(req, "Enter the name to display."));
	else if (strlen(f->in.display_name) > DISPLAY_NAME_MAX)
		form_error_add(&f->errors, "display_name",
		               T(req, "A display name has at most 256 characters."));
	if (f->in.password == NULL || *f->in.password == '\0')
		form_error_add(&f->errors, "password", T(req, "Enter an initial password."));
	else if (strlen(f->in.password) > AUTH_PASSWORD_MAX)
		form_error_add(&f->errors, "password",
		               T(req, "A password has at most 1024 characters."));
	else if (auth_password_problem(f->in.password))
		form_error_add(&f->errors, "password",
		               form_message(req, auth_password_problem(f->in.password)));
	if (f->role && *f->role && (f->in.role = role_parse(f->role)) < 0)
		form_error_add(&f->errors, "role", T(req, "Unknown role."));
	if (f->unit && *f->unit && (f->in.unit_id = http_parse_id(f->unit)) == 0)
		form_error_add(&f->errors, "unit_id", T(req, "Choose a unit from the list."));
	if (f->in.role >= 0 && f->in.unit_id == 0)
		form_error_add(&f->errors, "unit_id", T(req, "A role is granted on a unit: choose one."));
	if (f->in.role < 0 && f->in.unit_id != 0)
		form_error_add(&f->errors, "role", T(req, "Choose the role to grant on the unit."));
	if (f->home && *f->home && (f->in.home_unit_id = http_parse_id(f->home)) == 0)
		form_error_add(&f->errors, "home_unit_id", T(req, "Choose a unit from the list."));
	else if (f->in.home_unit_id == 0 && f->in.unit_id == 0 && f->errors.n == 0)
		form_error_add(&f->errors, "home_unit_id",
		               T(req, "An account without a role needs a home unit: choose one."));
	if (f->errors.n) {
		if (nl > AUTH_LOGIN_MAX)
			f->in.login = arena_strndup(&req->arena, f->in.login, AUTH_LOGIN_MAX);
		if (f->in.display_name && strlen(f->in.display_name) > DISPLAY_NAME_MAX)
			f->in.display_name = arena_strndup(&req->arena, f->in.display_name,
			                                   DISPLAY_NAME_MAX);
		users_render(req, f, 422);
		return;
	}
	req->defer_data = f;
	http_defer(req, create_work, create_done);
}

/* ---- one account ------------------------------------------------------------ */

struct user_view {
	struct form_errors state_errors, pw_errors, grant_errors;
	const char *role, *unit;          /* grant form, as typed */
	const char *password;             /* reset form (never shown back) */
	enum org_result result;
	struct org_error err;
	int64_t id;
};

/* The account of {id} if the requester may manage it; false after replying. */
static bool managed_account(struct http_request *req, struct account *acc)
{
	int64_t id = http_param_id(req, "id");
	enum store_status s = id ? account_get(req->store, id, &req->arena, acc)
	                         : STORE_NOT_FOUND;
	if (s == STORE_NOT_FOUND) {
		reply_not_found(req);
		return false;
	}
	if (s != STORE_OK) {
		reply_internal_error(req, store_status_name(s));
		return false;
	}
	if (account_may_manage(req->store, &req->arena, http_principal(req), id) != ORG_OK) {
		http_forbidden(req);
		return false;
	}
	return true;
}

static const char *done_notice(struct http_request *req, const char *done)
{
	static const struct { const char *key, *text; } notices[] = {
		{ "created", N_("The account has been created.") },
		{ "disabled", N_("The account has been disabled; its sessions have ended.") },
		{ "enabled", N_("The account has been enabled.") },
		{ "password", N_("The password has been reset; the account's sessions have ended.") },
		{ "granted", N_("The role has been granted.") },
		{ "revoked", N_("The role has been removed.") },
	};
	for (size_t i = 0; done && i < sizeof notices / sizeof notices[0]; i++)
		if (strcmp(done, notices[i].key) == 0)
			return T(req, notices[i].text);
	return NULL;
}

static void user_render(struct http_request *req, const struct account *acc,
                        struct user_view *v, unsigned int status)
{
	struct role_grant *g;
	size_t ng = 0;
	if (account_grant_list(req->store, acc->id, &req->arena, &g, &ng) != STORE_OK)
		ng = 0;
	const char *base = arena_printf(&req->arena, "/admin/users/%lld", (long long)acc->id);
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, "%s (%s)", acc->display_name, acc->login),
	             "/admin/users");
	const char *notice = status == 200 ? done_notice(req, http_query(req, "done")) : NULL;
	if (notice)
		form_notice(&h, notice);
	html_raw(&h, "<p><a href=\"/admin/users\">");
	html_txt(&h, T(req, "All users"));
	html_raw(&h, "</a>");
	if (audit_may_list(http_principal(req))) {
		html_raw(&h, " · <a href=\"");
		html_attr(&h, base);
		html_raw(&h, "/history\">");
		html_txt(&h, T(req, "What this user did"));
		html_raw(&h, "</a> · <a href=\"/history?entity=user&amp;id=");
		html_rawf(&h, "%lld\">", (long long)acc->id);
		html_txt(&h, T(req, "Changes to this account"));
		html_raw(&h, "</a>");
	}
	html_raw(&h, "</p><dl class=\"facts\"><dt>");
	html_txt(&h, T(req, "Login"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, acc->login);
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Created"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, web_datetime(req, acc->created_at));
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "State"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, acc->disabled ? T(req, "disabled") : T(req, "active"));
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Home unit"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, acc->home_unit_id ? unit_name(req, acc->home_unit_id) : "—");
	html_raw(&h, "</dd></dl>");

	/* Disable / enable: one button, the opposite of the current state. */
	v->state_errors.form = "state";
	form_error_summary(req, &h, &v->state_errors);
	form_begin(req, &h, arena_printf(&req->arena, "%s/state", base), "state", "inline");
	html_raw(&h, acc->disabled ? "<input type=\"hidden\" name=\"disabled\" value=\"0\">"
	                           : "<input type=\"hidden\" name=\"disabled\" value=\"1\">");
	html_raw(&h, "<button type=\"submit\">");
	html_txt(&h, acc->disabled ? T(req, "Enable the account") : T(req, "Disable the account"));
	html_raw(&h, "</button>");
	form_end(&h);

	html_raw(&h, "<section aria-labelledby=\"roles-title\"><h2 id=\"roles-title\">");
	html_txt(&h, T(req, "Roles"));
	html_raw(&h, "</h2>");
	if (ng == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "no role"));
		html_raw(&h, "</p>");
	} else {
		html_raw(&h, "<table><thead><tr><th scope=\"col\">");
		html_txt(&h, T(req, "Role"));
		html_raw(&h, "</th><th scope=\"col\">");
		html_txt(&h, T(req, "Unit"));
		html_raw(&h, "</th><th scope=\"col\"><span class=\"vh\">");
		html_txt(&h, T(req, "Actions"));
		html_raw(&h, "</span></th></tr></thead><tbody>");
		for (size_t i = 0; i < ng; i++) {
			const char *role = web_role_label(req, g[i].role);
			const char *unit = unit_name(req, g[i].unit_id);
			html_raw(&h, "<tr><td>");
			html_txt(&h, role);
			html_rawf(&h, "</td><td><a href=\"/units/%lld\">", (long long)g[i].unit_id);
			html_txt(&h, unit);
			html_raw(&h, "</a></td><td>");
			form_begin(req, &h, arena_printf(&req->arena, "%s/grants/%lld/revoke", base,
			                                 (long long)g[i].id), NULL, "inline");
			html_raw(&h, "<button type=\"submit\">");
			html_txt(&h, T(req, "Remove"));
			html_raw(&h, "<span class=\"vh\"> ");
			web_txtf(&h, "%s — %s", role, unit);
			html_raw(&h, "</span></button>");
			form_end(&h);
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
	}
	html_raw(&h, "<h3>");
	html_txt(&h, T(req, "Grant a role"));
	html_raw(&h, "</h3>");
	v->grant_errors.form = "grant";
	form_error_summary(req, &h, &v->grant_errors);
	form_begin(req, &h, arena_printf(&req->arena, "%s/grants", base), "grant", "narrow");
	role_select(req, &h, &v->grant_errors, v->role, false);
	unit_select(req, &h, &v->grant_errors, "unit_id", T(req, "Unit"), v->unit, false);
	form_submit(&h, T(req, "Grant the role"));
	form_end(&h);
	html_raw(&h, "</section>");

	html_raw(&h, "<section aria-labelledby=\"reset-title\"><h2 id=\"reset-title\">");
	html_txt(&h, T(req, "Reset the password"));
	html_raw(&h, "</h2>");
	v->pw_errors.form = "reset";
	form_error_summary(req, &h, &v->pw_errors);
	form_begin(req, &h, arena_printf(&req->arena, "%s/password", base), "reset", "narrow");
	form_input(req, &h, &v->pw_errors, &(struct form_input){
		.name = "password", .label = T(req, "New password"), .type = "password",
		.autocomplete = "new-password", .required = true, .maxlength = AUTH_PASSWORD_MAX,
		.hint = T(req, "At least 10 characters. The user's sessions end at once.") });
	form_submit(&h, T(req, "Reset the password"));
	form_end(&h);
	html_raw(&h, "</section>");
	layout_finish(req, &h, status);
}

void page_admin_user(struct http_request *req)
{
	struct account acc;
	if (!admin_gate(req) || !managed_account(req, &acc))
		return;
	struct user_view v = { 0 };
	user_render(req, &acc, &v, 200);
}

/* The HTTP status and the page for a refused change on one account. */
static void user_refused(struct http_request *req, const struct account *acc,
                         struct user_view *v, struct form_errors *e, const char *field,
                         const char *what)
{
	switch (v->result) {
	case ORG_INVALID:
		form_error_add(e, field, form_message(req, v->err.detail));
		user_render(req, acc, v, 422);
		return;
	case ORG_CONFLICT:
		form_error_add(e, field, T(req, "The account already has this role on this unit."));
		user_render(req, acc, v, 409);
		return;
	default:
		form_reply_failure(req, v->result, what);
		return;
	}
}

void page_admin_user_state(struct http_request *req)
{
	struct account acc;
	if (!admin_gate(req) || !form_csrf_ok(req) || !managed_account(req, &acc))
		return;
	const char *d = http_form(req, "disabled");
	bool disabled = d && strcmp(d, "1") == 0;
	struct user_view v = { 0 };
	v.result = account_set_disabled(req->store, &req->arena, http_principal(req), acc.id,
	                                disabled, &v.err);
	if (v.result == ORG_OK)
		reply_redirect(req, arena_printf(&req->arena, "/admin/users/%lld?done=%s",
		                                 (long long)acc.id, disabled ? "disabled" : "enabled"));
	else
		user_refused(req, &acc, &v, &v.state_errors, NULL, "account state");
}

static void reset_work(struct http_request *req)
{
	struct user_view *v = req->defer_data;
	v->result = account_set_password(req->store, &req->arena, http_principal(req), v->id,
	                                 NULL, v->password, NULL, &v->err);
}

static void reset_done(struct http_request *req)
{
	struct user_view *v = req->defer_data;
	struct account acc;
	if (v->result == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/admin/users/%lld?done=password",
		                                 (long long)v->id));
		return;
	}
	if (account_get(req->store, v->id, &req->arena, &acc) != STORE_OK) {
		reply_not_found(req);
		return;
	}
	user_refused(req, &acc, v, &v->pw_errors, "password", "password reset");
}

void page_admin_user_password(struct http_request *req)
{
	struct account acc;
	if (!admin_gate(req) || !form_csrf_ok(req) || !managed_account(req, &acc))
		return;
	struct user_view *v = arena_alloc(&req->arena, sizeof *v);
	v->id = acc.id;
	v->password = http_form(req, "password");
	if (v->password == NULL || *v->password == '\0')
		form_error_add(&v->pw_errors, "password", T(req, "Enter a new password."));
	else if (strlen(v->password) > AUTH_PASSWORD_MAX)
		form_error_add(&v->pw_errors, "password",
		               T(req, "A password has at most 1024 characters."));
	if (v->pw_errors.n) {
		user_render(req, &acc, v, 422);
		return;
	}
	req->defer_data = v;
	http_defer(req, reset_work, reset_done);
}

void page_admin_user_grant(struct http_request *req)
{
	struct account acc;
	if (!admin_gate(req) || !form_csrf_ok(req) || !managed_account(req, &acc))
		return;
	struct user_view v = { 0 };
	v.role = http_form(req, "role");
	v.unit = http_form(req, "unit_id");
	int role = v.role ? role_parse(v.role) : -1;
	int64_t unit = http_parse_id(v.unit);
	if (role < 0)
		form_error_add(&v.grant_errors, "role", T(req, "Unknown role."));
	if (unit == 0)
		form_error_add(&v.grant_errors, "unit_id", T(req, "Choose a unit from the list."));
	if (v.grant_errors.n) {
		user_render(req, &acc, &v, 422);
		return;
	}
	struct role_grant g;
	v.result = account_grant(req->store, &req->arena, http_principal(req), acc.id,
	                         (enum role)role, unit, &g, &v.err);
	if (v.result == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/admin/users/%lld?done=granted",
		                                 (long long)acc.id));
	} else if (v.result == ORG_FORBIDDEN) {
		form_error_add(&v.grant_errors, "unit_id", T(req, "You may not grant roles on this unit."));
		user_render(req, &acc, &v, 403);
	} else {
		user_refused(req, &acc, &v, &v.grant_errors,
		             v.err.field && strcmp(v.err.field, "role") == 0 ? "role" : "unit_id",
		             "grant");
	}
}

void page_admin_user_revoke(struct http_request *req)
{
	struct account acc;
	if (!admin_gate(req) || !form_csrf_ok(req) || !managed_account(req, &acc))
		return;
	struct user_view v = { 0 };
	v.result = account_revoke(req->store, &req->arena, http_principal(req), acc.id,
	                          http_param_id(req, "grant"), &v.err);
	if (v.result == ORG_OK)
		reply_redirect(req, arena_printf(&req->arena, "/admin/users/%lld?done=revoked",
		                                 (long long)acc.id));
	else
		user_refused(req, &acc, &v, &v.grant_errors, NULL, "revoke");
}

/*
 * The messages the account service puts in struct org_error (account.c,
 * account_service.c), listed so they are extracted into the catalog and
 * translated when shown beside a field (form_message).
 */
static const char *const account_messages[] __attribute__((unused)) = {
	N_("No unit has this id."),
	N_("The current password is wrong."),
	N_("The login must be 3 to 64 of a-z, 0-9, '.', '-', '_'."),
	N_("The name is required."),
	N_("The unit is required."),
	N_("Unknown role."),
	N_("You cannot disable your own account."),
	N_("The password must have at least 10 characters."),
	N_("The password is longer than 1024 bytes."),
};
