/*
 * auth.h: who is asking, and what they may do.
 *
 * A request carries a principal: anonymous (the public), a signed-in user
 * with the roles granted to them on units, or the system itself (CLI and
 * demo loader).  A role granted on a unit applies to its whole subtree.
 *
 * policy_allows() is the one place that decides permissions; handlers and
 * services ask it and never test roles themselves.
 */
#ifndef DIEUHANH_AUTH_H
#define DIEUHANH_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audit/audit.h"
#include "auth/account.h"

struct store;
struct arena;

struct principal {
	struct actor actor;          /* user id and login for the audit trail */
	bool authenticated;
	bool system;                 /* the CLI and the demo loader: everything */
	const char *display_name;
	const struct role_grant *grants;
	size_t ngrants;
	const char *csrf;            /* the session's form token, or NULL */
	bool via_token;              /* authenticated by an API token */
};

extern const struct principal principal_anonymous;
extern const struct principal principal_system;

/*
 * A permission, declared as data by the module it belongs to (its
 * struct module lists it): a name and the roles that carry it.  Only
 * policy.c reads .roles; everyone else asks policy_allows().
 */
struct permission {
	const char *name;
	unsigned roles;   /* mask of ROLE_BIT(enum role) */
};
#define ROLE_BIT(r) (1u << (r))

/* The auth module's own: accounts and role grants on the unit (auth_module.c). */
extern const struct permission auth_perm_manage_accounts;
#define PERM_MANAGE_ACCOUNTS (&auth_perm_manage_accounts)

/*
 * True when P holds, on some unit of PATH (the unit concerned first, then
 * its parent, up to the root), a role that carries PERM.
 */
bool policy_allows(const struct principal *p, const struct permission *perm,
                   const int64_t *path, size_t npath);
/* True when P holds a role carrying PERM on any unit at all (menus). */
bool policy_allows_somewhere(const struct principal *p, const struct permission *perm);

/* A unit's chain of ids up to the root, the unit first (org_unit_path()). */
struct unit_path {
	const int64_t *ids;
	size_t n;
};

/*
 * True when P holds PERM on every one of the N units (and N > 0): a record
 * that belongs to several units (an account: its home unit and the unit of
 * each grant) is P's only when all of them lie in P's reach.  An empty path
 * (an unknown unit) is in nobody's reach but the system's.
 */
bool policy_allows_every(const struct principal *p, const struct permission *perm,
                         const struct unit_path *units, size_t n);

/*
 * May P manage (reset, disable, grant, revoke) an account whose home unit
 * and grants are UNITS?  Only when every one of them lies in the subtree of
 * P's account administration: otherwise a ward administrator could take
 * over an account that is, or will be made, a district's or the city's.
 */
bool policy_may_manage_account(const struct principal *p, const struct unit_path *units,
                               size_t n);

/* Logins: 3-64 of a-z 0-9 . - _ ; passwords 10-1024 bytes. */
enum { AUTH_LOGIN_MIN = 3, AUTH_LOGIN_MAX = 64, AUTH_PASSWORD_MIN = 10,
       AUTH_PASSWORD_MAX = 1024 };
bool auth_login_valid(const char *login);
/* NULL when acceptable, else the reason. */
const char *auth_password_problem(const char *password);

#endif
