/*
 * policy.c: the one place that decides.  Roles carry permissions (each
 * permission lists its roles, declared by its module: struct permission);
 * a grant on a unit carries them to the unit's whole subtree.
 */
#include "auth/auth.h"

const struct principal principal_anonymous = {
	.actor = { .user_id = 0, .login = "anonymous", .address = NULL },
};

const struct principal principal_system = {
	.actor = { .user_id = 0, .login = "system", .address = NULL },
	.authenticated = true,
	.system = true,
	.display_name = "system",
};

/* Which roles carry a permission is the permission's own data (its module declares it). */
static bool carries(enum role r, const struct permission *perm)
{
	return perm != NULL && (unsigned)r < ROLE_COUNT && (perm->roles & ROLE_BIT(r));
}

bool policy_allows(const struct principal *p, const struct permission *perm,
                   const int64_t *path, size_t npath)
{
	if (p == NULL || !p->authenticated)
		return false;
	if (p->system)
		return true;
	for (size_t g = 0; g < p->ngrants; g++) {
		if (!carries(p->grants[g].role, perm))
			continue;
		for (size_t i = 0; i < npath; i++)
			if (path[i] == p->grants[g].unit_id)
				return true;
	}
	return false;
}

bool policy_allows_somewhere(const struct principal *p, const struct permission *perm)
{
	if (p == NULL || !p->authenticated)
		return false;
	if (p->system)
		return true;
	for (size_t g = 0; g < p->ngrants; g++)
		if (carries(p->grants[g].role, perm))
			return true;
	return false;
}

bool policy_allows_every(const struct principal *p, const struct permission *perm,
                         const struct unit_path *units, size_t n)
{
	if (p == NULL || !p->authenticated)
		return false;
	if (p->system)
		return true;
	if (n == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!policy_allows(p, perm, units[i].ids, units[i].n))
			return false;
	return true;
}

bool policy_may_manage_account(const struct principal *p, const struct unit_path *units,
                               size_t n)
{
	return policy_allows_every(p, PERM_MANAGE_ACCOUNTS, units, n);
}
