/* auth_module.c: sign-in, sessions, tokens and accounts: routes, navigation, audited entities. */
#include "module.h"

#include <string.h>
#include "auth/auth_store.h"

#include "auth/account_service.h"
#include "auth/auth_handlers.h"
#include "web/i18n.h"

static const struct route auth_routes[] = {
	{ HTTP_GET, "/login", page_login, 0 },
	{ HTTP_POST, "/login", page_login_post, 0 },
	{ HTTP_POST, "/logout", page_logout, 0 },
	{ HTTP_GET, "/account", page_account, 0 },
	{ HTTP_POST, "/account/password", page_account_password, 0 },
	{ HTTP_POST, "/account/tokens", page_account_token_create, 0 },
	{ HTTP_POST, "/account/tokens/{id}/revoke", page_account_token_revoke, 0 },
	{ HTTP_GET, "/admin/users", page_admin_users, 0 },
	{ HTTP_POST, "/admin/users", page_admin_user_create, 0 },
	{ HTTP_GET, "/admin/users/{id}", page_admin_user, 0 },
	{ HTTP_POST, "/admin/users/{id}/state", page_admin_user_state, 0 },
	{ HTTP_POST, "/admin/users/{id}/password", page_admin_user_password, 0 },
	{ HTTP_POST, "/admin/users/{id}/grants", page_admin_user_grant, 0 },
	{ HTTP_POST, "/admin/users/{id}/grants/{grant}/revoke", page_admin_user_revoke, 0 },
	{ HTTP_GET, "/api/v1/session", api_session_get, 0 },
	{ HTTP_POST, "/api/v1/session", api_session_create, 0 },
	{ HTTP_DELETE, "/api/v1/session", api_session_delete, 0 },
	{ HTTP_PUT, "/api/v1/session/password", api_session_password, 0 },
	{ HTTP_GET, "/api/v1/tokens", api_tokens_list, 0 },
	{ HTTP_POST, "/api/v1/tokens", api_tokens_create, 0 },
	{ HTTP_DELETE, "/api/v1/tokens/{id}", api_tokens_revoke, 0 },
	{ HTTP_GET, "/api/v1/users", api_users_list, 0 },
	{ HTTP_POST, "/api/v1/users", api_users_create, 0 },
	{ HTTP_PATCH, "/api/v1/users/{id}", api_users_update, 0 },
	{ HTTP_POST, "/api/v1/users/{id}/grants", api_users_grant, 0 },
	{ HTTP_DELETE, "/api/v1/users/{id}/grants/{grant}", api_users_revoke_grant, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav auth_nav[] = {
	{ .href = "/account", .label = N_("My account"), .show = NAV_SHOW_SIGNED_IN },
	{ .href = "/admin/users", .label = N_("Users"), .show = NAV_SHOW_PERMITTED,
	  .perm = PERM_MANAGE_ACCOUNTS },
	{ .href = "/login", .label = N_("Sign in"), .show = NAV_SHOW_ANONYMOUS },
	{ .href = NULL },
};

static const char *user_name(struct store *st, struct arena *a, int64_t id)
{
	struct account acc;
	if (account_get(st, id, a, &acc) != STORE_OK)
		return NULL;
	return acc.display_name && *acc.display_name
	       ? arena_printf(a, "%s (%s)", acc.display_name, acc.login) : acc.login;
}

static const struct audit_resolver auth_audit[] = {
	{ "user", account_audit_user_may_read, N_("Account") },
	{ "api_token", account_audit_token_may_read, N_("API token") },
	{ .entity = NULL },
};

const struct permission auth_perm_manage_accounts = {
	"manage_accounts", ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const auth_permissions[] = { &auth_perm_manage_accounts, NULL };

static const char *auth_audit_name(struct store *st, struct arena *a, const char *entity, int64_t id)
{
	if (strcmp(entity, "user") == 0)
		return user_name(st, a, id);
	return NULL;
}

const struct module auth_module = {
	.audit_name = auth_audit_name,
	.name = "auth",
	.routes = auth_routes,
	.nav = auth_nav,
	.audit = auth_audit,
	.permissions = auth_permissions,
	.storage = &auth_storage,
};
