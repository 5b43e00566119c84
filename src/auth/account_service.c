/* account_service.c: see account_service.h. */
#include "auth/account_service.h"

#include "auth/auth_store.h"
#include "org/org_store.h"

#include <sodium.h>
#include <string.h>
#include <time.h>

#include "auth/session.h"
#include "store/store.h"
#include "util/arena.h"

json_t *account_json(const struct account *acc, const struct role_grant *grants, size_t n)
{
	json_t *roles = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(roles, json_pack("{s:I, s:s, s:I}", "id", (json_int_t)grants[i].id,
		                                       "role", role_name(grants[i].role),
		                                       "unit_id", (json_int_t)grants[i].unit_id));
	return json_pack("{s:I, s:s, s:s, s:o, s:o, s:b, s:I, s:o}",
	                 "id", (json_int_t)acc->id, "login", acc->login,
	                 "display_name", acc->display_name,
	                 "person_id", acc->person_id ? json_integer(acc->person_id) : json_null(),
	                 "home_unit_id", acc->home_unit_id ? json_integer(acc->home_unit_id)
	                                                   : json_null(),
	                 "disabled", acc->disabled, "created_at", (json_int_t)acc->created_at,
	                 "roles", roles);
}

/* Appends the path of UNIT to PATHS[*N]; a store status. */
static int add_path(struct store *st, struct arena *a, int64_t unit, struct unit_path *paths,
                    size_t *n)
{
	int64_t *ids;
	size_t nids = 0;
	int s = unit ? org_unit_path(st, a, unit, &ids, &nids) : STORE_OK;
	if (s != STORE_OK)
		return s;
	/* An unknown or missing unit stays as an empty path: nobody's to manage. */
	paths[*n] = (struct unit_path){ .ids = unit ? ids : NULL, .n = nids };
	(*n)++;
	return STORE_OK;
}

int account_unit_paths(struct store *st, struct arena *a, int64_t id,
                       struct unit_path **out, size_t *n)
{
	struct account acc;
	struct role_grant *g;
	size_t ng;
	enum store_status s = auth_store.account_get(st, id, a, &acc);
	if (s == STORE_OK)
		s = auth_store.grant_list(st, id, a, &g, &ng);
	if (s != STORE_OK)
		return s;
	struct unit_path *paths = arena_alloc(a, (ng + 1) * sizeof *paths);
	*n = 0;
	int r = add_path(st, a, acc.home_unit_id, paths, n);
	for (size_t i = 0; r == STORE_OK && i < ng; i++)
		r = add_path(st, a, g[i].unit_id, paths, n);
	*out = paths;
	return r;
}

bool account_may_list(const struct principal *who)
{
	return policy_allows_somewhere(who, PERM_MANAGE_ACCOUNTS);
}

enum org_result account_may_manage(struct store *st, struct arena *a,
                                   const struct principal *who, int64_t id)
{
	if (who->system)
		return ORG_OK;
	struct unit_path *paths;
	size_t n;
	int s = account_unit_paths(st, a, id, &paths, &n);
	if (s != STORE_OK)
		return org_from_store(s);
	return policy_may_manage_account(who, paths, n) ? ORG_OK : ORG_FORBIDDEN;
}

/* Account ID with its grants, as JSON for the audit trail. */
static json_t *snapshot(struct store *st, struct arena *a, const struct account *acc)
{
	struct role_grant *g = NULL;
	size_t n = 0;
	auth_store.grant_list(st, acc->id, a, &g, &n);
	return account_json(acc, g, n);
}

static enum org_result audited(struct store *st, const struct principal *who, const char *action,
                               int64_t id, json_t *before, json_t *after)
{
	int s = audit_record(st, &who->actor, action, "user", id, before, after);
	json_decref(before);
	json_decref(after);
	return org_from_store(s);
}

/* ---- create -------------------------------------------------------- */

struct create_job {
	struct arena *a;
	const struct principal *who;
	const struct account_input *in;
	const char *hash;
	struct account *out;
	struct org_error *err;
};

static enum org_result create_body(struct store *st, void *p)
{
	struct create_job *j = p;
	const struct account_input *in = j->in;
	int64_t home = in->home_unit_id ? in->home_unit_id : in->unit_id;
	/* The account as it will be: its home unit and its first grant's unit. */
	struct unit_path paths[2];
	size_t npaths = 0;
	const struct { int64_t unit; const char *field; } units[2] = {
		{ home, in->home_unit_id ? "home_unit_id" : "unit_id" },
		{ in->role >= 0 ? in->unit_id : 0, "unit_id" },
	};
	for (size_t i = 0; i < 2; i++) {
		if (units[i].unit == 0)
			continue;
		struct org_unit u;
		enum store_status s = org_store.unit_get(st, units[i].unit, j->a, &u);
		if (s == STORE_NOT_FOUND)
			return org_invalid(j->err, units[i].field, "No unit has this id.");
		if (s != STORE_OK)
			return org_from_store(s);
		if ((s = add_path(st, j->a, units[i].unit, paths, &npaths)) != STORE_OK)
			return org_from_store(s);
	}
	if (!policy_may_manage_account(j->who, paths, npaths))
		return ORG_FORBIDDEN;
	if (in->person_id) {
		struct org_person person;
		enum store_status s = org_store.person_get(st, in->person_id, j->a, &person);
		if (s == STORE_NOT_FOUND)
			return org_invalid(j->err, "person_id", "No person has this id.");
		if (s != STORE_OK)
			return org_from_store(s);
	}
	*j->out = (struct account){ .login = in->login, .display_name = in->display_name,
	                            .person_id = in->person_id, .home_unit_id = home,
	                            .password_hash = j->hash };
	enum store_status s = auth_store.account_insert(st, j->out);
	if (s == STORE_CONFLICT) {
		org_invalid(j->err, "login", "Another account already has this login.");
		return ORG_CONFLICT;
	}
	if (s != STORE_OK)
		return org_from_store(s);
	if (in->role >= 0) {
		struct role_grant g = { .user_id = j->out->id, .role = (enum role)in->role,
		                        .unit_id = in->unit_id };
		if ((s = auth_store.grant_insert(st, &g)) != STORE_OK)
			return org_from_store(s);
	}
	return audited(st, j->who, "create", j->out->id, NULL, snapshot(st, j->a, j->out));
}

enum org_result account_create(struct store *st, struct arena *a, const struct principal *who,
                               const struct account_input *in, struct account *out,
                               struct org_error *err)
{
	if (!auth_login_valid(in->login))
		return org_invalid(err, "login", "The login must be 3 to 64 of a-z, 0-9, '.', '-', '_'.");
	if (in->display_name == NULL || *in->display_name == '\0'
	    || strlen(in->display_name) > ORG_NAME_MAX)
		return org_invalid(err, "display_name", "The name is required (at most 256 bytes).");
	const char *problem = auth_password_problem(in->password);
	if (problem)
		return org_invalid(err, "password", problem);
	if (in->role >= ROLE_COUNT)
		return org_invalid(err, "role", "Unknown role.");
	if (in->home_unit_id == 0 && in->unit_id == 0)
		return org_invalid(err, "home_unit_id",
		                   "Every account belongs to a unit: give home_unit_id.");
	char hash[128];
	if (!auth_hash_password(in->password, hash))
		return ORG_FAILED;
	struct create_job j = { a, who, in, hash, out, err };
	enum org_result r = org_in_transaction(st, create_body, &j);
	if (r == ORG_OK)
		out->password_hash = NULL;
	return r;
}

/* ---- disable / password -------------------------------------------- */

struct change_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	bool disabled;
	const char *hash;         /* new password hash, or NULL */
	const char *current;      /* the user's current password, or NULL */
	const unsigned char *keep;/* own change: the session making it stays */
	struct org_error *err;
};

static enum org_result change_body(struct store *st, void *p)
{
	struct change_job *j = p;
	struct account acc;
	enum store_status s = auth_store.account_get(st, j->id, j->a, &acc);
	if (s != STORE_OK)
		return org_from_store(s);
	bool self = j->who->actor.user_id == j->id && !j->who->system;
	if (j->current) {
		if (!self)
			return ORG_FORBIDDEN;
		if (crypto_pwhash_str_verify(acc.password_hash, j->current, strlen(j->current)) != 0)
			return org_invalid(j->err, "current_password", "The current password is wrong.");
	} else {
		enum org_result r = account_may_manage(st, j->a, j->who, j->id);
		if (r != ORG_OK)
			return r;
	}
	json_t *before = snapshot(st, j->a, &acc);
	const char *action;
	if (j->hash) {
		acc.password_hash = j->hash;
		action = j->current ? "change_password" : "reset_password";
	} else {
		acc.disabled = j->disabled;
		action = j->disabled ? "disable" : "enable";
	}
	if ((s = auth_store.account_update(st, &acc)) != STORE_OK) {
		json_decref(before);
		return org_from_store(s);
	}
	/*
	 * A new password or a disabled account ends every way in that the old
	 * state handed out: sessions and API tokens alike (tokens stay revoked
	 * when the account is enabled again).  Only the session that changed
	 * its own password goes on.
	 */
	if (j->disabled || j->hash) {
		s = auth_store.session_delete_for_user(st, j->id, j->current ? j->keep : NULL);
		if (s == STORE_OK)
			s = auth_store.token_revoke_for_user(st, j->id, (int64_t)time(NULL));
		if (s != STORE_OK) {
			json_decref(before);
			return org_from_store(s);
		}
	}
	return audited(st, j->who, action, j->id, before, snapshot(st, j->a, &acc));
}

enum org_result account_set_disabled(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id, bool disabled,
                                     struct org_error *err)
{
	if (who->actor.user_id == id && disabled)
		return org_invalid(err, "disabled", "You cannot disable your own account.");
	struct change_job j = { a, who, id, disabled, NULL, NULL, NULL, err };
	return org_in_transaction(st, change_body, &j);
}

enum org_result account_set_password(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id,
                                     const char *current, const char *password,
                                     const unsigned char *keep_session,
                                     struct org_error *err)
{
	const char *problem = auth_password_problem(password);
	if (problem)
		return org_invalid(err, current ? "new_password" : "password", problem);
	if (current && strlen(current) > AUTH_PASSWORD_MAX)
		return org_invalid(err, "current_password", "The current password is wrong.");
	char hash[128];
	if (!auth_hash_password(password, hash))
		return ORG_FAILED;
	struct change_job j = { a, who, id, false, hash, current, keep_session, err };
	return org_in_transaction(st, change_body, &j);
}

/* ---- grants -------------------------------------------------------- */

struct grant_job {
	struct arena *a;
	const struct principal *who;
	int64_t user_id;
	struct role_grant *g;      /* to add; or NULL */
	int64_t revoke_id;         /* to remove */
	struct org_error *err;
};

static enum org_result grant_body(struct store *st, void *p)
{
	struct grant_job *j = p;
	struct account acc;
	enum store_status s = auth_store.account_get(st, j->user_id, j->a, &acc);
	if (s != STORE_OK)
		return org_from_store(s);
	json_t *before = snapshot(st, j->a, &acc);
	enum org_result r = ORG_OK;
	if (j->g) {
		struct org_unit u;
		s = org_store.unit_get(st, j->g->unit_id, j->a, &u);
		if (s == STORE_NOT_FOUND)
			r = org_invalid(j->err, "unit_id", "No unit has this id.");
		else if (s != STORE_OK)
			r = org_from_store(s);
		else if (!org_allows(st, j->a, j->who, PERM_MANAGE_ACCOUNTS, j->g->unit_id))
			r = ORG_FORBIDDEN;
		/* The account itself must be this administrator's too. */
		else if ((r = account_may_manage(st, j->a, j->who, j->user_id)) != ORG_OK)
			;
		else if ((s = auth_store.grant_insert(st, j->g)) == STORE_CONFLICT)
			r = org_invalid(j->err, "role", "The account already has this role on this unit."),
			r = ORG_CONFLICT;
		else
			r = org_from_store(s);
	} else {
		struct role_grant *g;
		size_t n;
		const struct role_grant *found = NULL;
		if ((s = auth_store.grant_list(st, j->user_id, j->a, &g, &n)) != STORE_OK)
			r = org_from_store(s);
		for (size_t i = 0; r == ORG_OK && i < n; i++)
			if (g[i].id == j->revoke_id)
				found = &g[i];
		if (r == ORG_OK && found == NULL)
			r = ORG_NOT_FOUND;
		else if (r == ORG_OK)
			r = account_may_manage(st, j->a, j->who, j->user_id);
		if (r == ORG_OK)
			r = org_from_store(auth_store.grant_delete(st, j->revoke_id));
	}
	if (r != ORG_OK) {
		json_decref(before);
		return r;
	}
	return audited(st, j->who, j->g ? "grant" : "revoke", j->user_id, before,
	               snapshot(st, j->a, &acc));
}

enum org_result account_grant(struct store *st, struct arena *a, const struct principal *who,
                              int64_t user_id, enum role role, int64_t unit_id,
                              struct role_grant *out, struct org_error *err)
{
	*out = (struct role_grant){ .user_id = user_id, .role = role, .unit_id = unit_id };
	struct grant_job j = { a, who, user_id, out, 0, err };
	return org_in_transaction(st, grant_body, &j);
}

enum org_result account_revoke(struct store *st, struct arena *a, const struct principal *who,
                               int64_t user_id, int64_t grant_id, struct org_error *err)
{
	struct grant_job j = { a, who, user_id, NULL, grant_id, err };
	return org_in_transaction(st, grant_body, &j);
}

bool account_audit_user_may_read(struct store *st, struct arena *a,
                                 const struct principal *who, int64_t id)
{
	struct unit_path *paths;
	size_t n;
	return account_unit_paths(st, a, id, &paths, &n) == STORE_OK
	    && policy_allows_every(who, PERM_READ_AUDIT, paths, n);
}

bool account_audit_token_may_read(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t id)
{
	struct api_token t;
	return auth_store.token_get_by_id(st, id, a, &t) == STORE_OK
	    && account_audit_user_may_read(st, a, who, t.user_id);
}

/* ---- reads (see the header) ---- */

int account_get(struct store *st, int64_t id, struct arena *a, struct account *out)
{
	return auth_store.account_get(st, id, a, out);
}

int account_list(struct store *st, struct arena *a, struct account **out, size_t *n)
{
	return auth_store.account_list(st, a, out, n);
}

int account_grant_list(struct store *st, int64_t user_id, struct arena *a,
                       struct role_grant **out, size_t *n)
{
	return auth_store.grant_list(st, user_id, a, out, n);
}

int account_token_list(struct store *st, int64_t user_id, struct arena *a,
                       struct api_token **out, size_t *n)
{
	return auth_store.token_list(st, user_id, a, out, n);
}

/*
 * The units on which P may grant roles: the subtrees of the
 * units where one of their grants carries PERM_MANAGE_ACCOUNTS (asked of
 * policy_allows with a one-unit path, so the role table stays in policy.c).
 */
void account_managed_units(struct store *st, struct arena *a, const struct principal *p,
                           struct org_unit **out, size_t *nout)
{
	struct org_unit *all = NULL;
	size_t n = 0, cap = 0;
	for (size_t g = 0; g < p->ngrants; g++) {
		int64_t unit = p->grants[g].unit_id;
		if (!policy_allows(p, PERM_MANAGE_ACCOUNTS, &unit, 1))
			continue;
		struct org_unit *sub;
		size_t ns;
		if (org_store.unit_subtree(st, unit, a, &sub, &ns) != STORE_OK)
			continue;
		for (size_t i = 0; i < ns; i++) {
			bool seen = false;
			for (size_t k = 0; k < n && !seen; k++)
				seen = all[k].id == sub[i].id;
			if (seen)
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				struct org_unit *grown = arena_alloc(a, cap * sizeof *grown);
				if (n)
					memcpy(grown, all, n * sizeof *all);
				all = grown;
			}
			all[n++] = sub[i];
		}
	}
	*out = all;
	*nout = n;
}
