/* account_service.c: see account_service.h. */
#include "auth/account_service.h"

#include <sodium.h>
#include <string.h>

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
	return json_pack("{s:I, s:s, s:s, s:o, s:b, s:I, s:o}",
	                 "id", (json_int_t)acc->id, "login", acc->login,
	                 "display_name", acc->display_name,
	                 "person_id", acc->person_id ? json_integer(acc->person_id) : json_null(),
	                 "disabled", acc->disabled, "created_at", (json_int_t)acc->created_at,
	                 "roles", roles);
}

enum org_result account_may_manage(struct store *st, struct arena *a,
                                   const struct principal *who, int64_t id)
{
	if (who->system)
		return ORG_OK;
	struct role_grant *g;
	size_t n;
	enum store_status s = st->ops->grant_list(st, id, a, &g, &n);
	if (s != STORE_OK)
		return org_from_store(s);
	if (n == 0)
		return policy_allows_somewhere(who, PERM_MANAGE_ACCOUNTS) ? ORG_OK : ORG_FORBIDDEN;
	for (size_t i = 0; i < n; i++)
		if (!org_allows(st, a, who, PERM_MANAGE_ACCOUNTS, g[i].unit_id))
			return ORG_FORBIDDEN;
	return ORG_OK;
}

/* Account ID with its grants, as JSON for the audit trail. */
static json_t *snapshot(struct store *st, struct arena *a, const struct account *acc)
{
	struct role_grant *g = NULL;
	size_t n = 0;
	st->ops->grant_list(st, acc->id, a, &g, &n);
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
	if (in->role >= 0) {
		struct org_unit u;
		enum store_status s = st->ops->unit_get(st, in->unit_id, j->a, &u);
		if (s == STORE_NOT_FOUND)
			return org_invalid(j->err, "unit_id", "No unit has this id.");
		if (s != STORE_OK)
			return org_from_store(s);
		if (!org_allows(st, j->a, j->who, PERM_MANAGE_ACCOUNTS, in->unit_id))
			return ORG_FORBIDDEN;
	} else if (!j->who->system && !policy_allows_somewhere(j->who, PERM_MANAGE_ACCOUNTS)) {
		return ORG_FORBIDDEN;
	}
	if (in->person_id) {
		struct org_person person;
		enum store_status s = st->ops->person_get(st, in->person_id, j->a, &person);
		if (s == STORE_NOT_FOUND)
			return org_invalid(j->err, "person_id", "No person has this id.");
		if (s != STORE_OK)
			return org_from_store(s);
	}
	*j->out = (struct account){ .login = in->login, .display_name = in->display_name,
	                            .person_id = in->person_id, .password_hash = j->hash };
	enum store_status s = st->ops->account_insert(st, j->out);
	if (s == STORE_CONFLICT) {
		org_invalid(j->err, "login", "Another account already has this login.");
		return ORG_CONFLICT;
	}
	if (s != STORE_OK)
		return org_from_store(s);
	if (in->role >= 0) {
		struct role_grant g = { .user_id = j->out->id, .role = (enum role)in->role,
		                        .unit_id = in->unit_id };
		if ((s = st->ops->grant_insert(st, &g)) != STORE_OK)
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
	struct org_error *err;
};

static enum org_result change_body(struct store *st, void *p)
{
	struct change_job *j = p;
	struct account acc;
	enum store_status s = st->ops->account_get(st, j->id, j->a, &acc);
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
	if ((s = st->ops->account_update(st, &acc)) != STORE_OK) {
		json_decref(before);
		return org_from_store(s);
	}
	/* A reset or a disabled account must not keep a way in. */
	if ((j->disabled || (j->hash && !j->current))
	    && (s = st->ops->session_delete_for_user(st, j->id)) != STORE_OK) {
		json_decref(before);
		return org_from_store(s);
	}
	return audited(st, j->who, action, j->id, before, snapshot(st, j->a, &acc));
}

enum org_result account_set_disabled(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id, bool disabled,
                                     struct org_error *err)
{
	if (who->actor.user_id == id && disabled)
		return org_invalid(err, "disabled", "You cannot disable your own account.");
	struct change_job j = { a, who, id, disabled, NULL, NULL, err };
	return org_in_transaction(st, change_body, &j);
}

enum org_result account_set_password(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id,
                                     const char *current, const char *password,
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
	struct change_job j = { a, who, id, false, hash, current, err };
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
	enum store_status s = st->ops->account_get(st, j->user_id, j->a, &acc);
	if (s != STORE_OK)
		return org_from_store(s);
	json_t *before = snapshot(st, j->a, &acc);
	enum org_result r = ORG_OK;
	if (j->g) {
		struct org_unit u;
		s = st->ops->unit_get(st, j->g->unit_id, j->a, &u);
		if (s == STORE_NOT_FOUND)
			r = org_invalid(j->err, "unit_id", "No unit has this id.");
		else if (s != STORE_OK)
			r = org_from_store(s);
		else if (!org_allows(st, j->a, j->who, PERM_MANAGE_ACCOUNTS, j->g->unit_id))
			r = ORG_FORBIDDEN;
		else if ((s = st->ops->grant_insert(st, j->g)) == STORE_CONFLICT)
			r = org_invalid(j->err, "role", "The account already has this role on this unit."),
			r = ORG_CONFLICT;
		else
			r = org_from_store(s);
	} else {
		struct role_grant *g;
		size_t n;
		const struct role_grant *found = NULL;
		if ((s = st->ops->grant_list(st, j->user_id, j->a, &g, &n)) != STORE_OK)
			r = org_from_store(s);
		for (size_t i = 0; r == ORG_OK && i < n; i++)
			if (g[i].id == j->revoke_id)
				found = &g[i];
		if (r == ORG_OK && found == NULL)
			r = ORG_NOT_FOUND;
		else if (r == ORG_OK && !org_allows(st, j->a, j->who, PERM_MANAGE_ACCOUNTS, found->unit_id))
			r = ORG_FORBIDDEN;
		else if (r == ORG_OK)
			r = org_from_store(st->ops->grant_delete(st, j->revoke_id));
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
