/* org_service.c: see org_service.h. */
#include "org/org_service.h"

#include "org/org_store.h"

#include <string.h>

#include "audit/audit.h"
#include "store/store.h"
#include "util/arena.h"

enum { ORG_RETRIES = 3, ORG_MAX_DEPTH = 64 };

enum org_result org_from_store(int s)
{
	switch ((enum store_status)s) {
	case STORE_OK: return ORG_OK;
	case STORE_NOT_FOUND: return ORG_NOT_FOUND;
	case STORE_CONFLICT: return ORG_CONFLICT;
	case STORE_SOFT_ERROR: return ORG_BUSY;
	case STORE_HARD_ERROR: return ORG_FAILED;
	}
	return ORG_FAILED;
}

enum org_result org_invalid(struct org_error *err, const char *field, const char *detail)
{
	err->field = field;
	err->detail = detail;
	return ORG_INVALID;
}

int org_unit_path(struct store *st, struct arena *a, int64_t unit, int64_t **path, size_t *n)
{
	int64_t *p = arena_alloc(a, ORG_MAX_DEPTH * sizeof *p);
	size_t count = 0;
	for (int64_t at = unit; at != 0 && count < ORG_MAX_DEPTH; ) {
		struct org_unit u;
		enum store_status s = org_store.unit_get(st, at, a, &u);
		if (s == STORE_NOT_FOUND)
			break;
		if (s != STORE_OK)
			return s;
		p[count++] = at;
		at = u.parent_id;
	}
	*path = p;
	*n = count;
	return STORE_OK;
}

bool org_allows(struct store *st, struct arena *a, const struct principal *who,
                const struct permission *perm, int64_t unit)
{
	if (who->system)
		return true;
	int64_t *path;
	size_t n;
	return org_unit_path(st, a, unit, &path, &n) == STORE_OK
	    && policy_allows(who, perm, path, n);
}

/*
 * The two read/write decisions of this module on a unit's path, so that the
 * one-question predicates below and org_unit_access() (one path, several
 * answers) cannot drift apart.
 */
static bool contact_visible_on(const struct principal *who, const int64_t *path, size_t n)
{
	return policy_allows(who, PERM_READ_INTERNAL, path, n);
}

static bool manage_on(const struct principal *who, const int64_t *path, size_t n)
{
	return policy_allows(who, PERM_MANAGE_UNIT, path, n);
}

bool org_may_manage_unit(struct store *st, struct arena *a, const struct principal *who,
                         int64_t unit)
{
	if (who->system)
		return true;
	int64_t *path;
	size_t n;
	/* Anonymous readers hold nothing: spare the path lookup. */
	return who->authenticated && org_unit_path(st, a, unit, &path, &n) == STORE_OK
	    && manage_on(who, path, n);
}

bool org_person_contact_visible(struct store *st, struct arena *a,
                                const struct principal *who, int64_t unit)
{
	if (who->system)
		return true;
	int64_t *path;
	size_t n;
	return who->authenticated && org_unit_path(st, a, unit, &path, &n) == STORE_OK
	    && contact_visible_on(who, path, n);
}

/* May WHO manage records of UNIT (and so of its subtree)? */
static enum org_result may_manage(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t unit)
{
	return org_may_manage_unit(st, a, who, unit) ? ORG_OK : ORG_FORBIDDEN;
}

/* An existing unit referenced by FIELD, or ORG_INVALID naming FIELD. */
static enum org_result check_ref(struct store *st, struct arena *a, int64_t id,
                                 const char *field, struct org_error *err)
{
	if (id == 0)
		return ORG_OK;
	struct org_unit ref;
	enum store_status s = org_store.unit_get(st, id, a, &ref);
	if (s == STORE_NOT_FOUND)
		return org_invalid(err, field, "No unit has this id.");
	return org_from_store(s);
}

/* Walks up from U's new parent; reaching U itself would close a cycle. */
static enum org_result check_no_cycle(struct store *st, struct arena *a,
                                      const struct org_unit *u, struct org_error *err)
{
	int64_t at = u->parent_id;
	for (int depth = 0; at != 0; depth++) {
		if (at == u->id)
			return org_invalid(err, "parent_id",
			               "This parent lies below the unit: it would make a cycle.");
		if (depth >= ORG_MAX_DEPTH)
			return org_invalid(err, "parent_id", "The tree would be deeper than 64 levels.");
		struct org_unit p;
		enum store_status s = org_store.unit_get(st, at, a, &p);
		if (s != STORE_OK)
			return org_from_store(s);
		at = p.parent_id;
	}
	return ORG_OK;
}

/* The audit entry for a save: before (NULL when created) and after. */
static enum org_result audit(struct store *st, const struct principal *who, const char *entity,
                             int64_t id, json_t *before, json_t *after)
{
	int s = audit_record(st, &who->actor, before ? "update" : "create", entity, id,
	                     before, after);
	json_decref(before);
	json_decref(after);
	return org_from_store(s);
}

enum org_result org_unit_save_in(struct store *st, struct arena *a,
                                 const struct principal *who, int64_t id,
                                 org_unit_edit edit, void *ctx,
                                 struct org_unit *u, struct org_error *err)
{
	memset(u, 0, sizeof *u);
	enum org_result r;
	json_t *before = NULL;
	if (id != 0) {
		enum store_status s = org_store.unit_get(st, id, a, u);
		if (s != STORE_OK)
			return org_from_store(s);
		/* Managing a unit needs the right on the unit itself. */
		if ((r = may_manage(st, a, who, id)) != ORG_OK)
			return r;
		before = org_unit_json(u);
	}
	int64_t old_parent = u->parent_id;
	if (!edit(ctx, u, a, err))
		goto refused;
	u->id = id;
	if (!org_unit_prepare(u, a, err) || !org_unit_check(u, err))
		goto refused;
	if ((r = check_ref(st, a, u->parent_id, "parent_id", err)) != ORG_OK
	    || (r = check_ref(st, a, u->predecessor_id, "predecessor_id", err)) != ORG_OK
	    || (r = check_ref(st, a, u->successor_id, "successor_id", err)) != ORG_OK
	    || (id != 0 && (r = check_no_cycle(st, a, u, err)) != ORG_OK))
		goto failed;
	/* A new unit, or one moved, needs the right on its (new) parent too. */
	if ((id == 0 || u->parent_id != old_parent)
	    && (r = (u->parent_id || who->system) ? may_manage(st, a, who, u->parent_id)
	                                          : ORG_FORBIDDEN) != ORG_OK)
		goto failed;
	enum store_status s = id == 0 ? org_store.unit_insert(st, u) : org_store.unit_update(st, u);
	if (s == STORE_CONFLICT) {
		org_invalid(err, "code", "Another unit already has this code.");
		r = ORG_CONFLICT;
		goto failed;
	}
	if (s != STORE_OK) {
		r = org_from_store(s);
		goto failed;
	}
	return audit(st, who, "org_unit", u->id, before, org_unit_json(u));
refused:
	r = ORG_INVALID;
failed:
	json_decref(before);
	return r;
}

enum org_result org_person_save_in(struct store *st, struct arena *a,
                                   const struct principal *who, int64_t id,
                                   org_person_edit edit, void *ctx,
                                   struct org_person *p, struct org_error *err)
{
	memset(p, 0, sizeof *p);
	enum org_result r;
	json_t *before = NULL;
	if (id != 0) {
		enum store_status s = org_store.person_get(st, id, a, p);
		if (s != STORE_OK)
			return org_from_store(s);
		if ((r = may_manage(st, a, who, p->unit_id)) != ORG_OK)
			return r;
		before = org_person_json(p, true);
	}
	int64_t old_unit = p->unit_id;
	if (!edit(ctx, p, a, err))
		goto refused;
	p->id = id;
	if (!org_person_prepare(p, a, err) || !org_person_check(p, err))
		goto refused;
	if ((r = check_ref(st, a, p->unit_id, "unit_id", err)) != ORG_OK)
		goto failed;
	if ((id == 0 || p->unit_id != old_unit)
	    && (r = may_manage(st, a, who, p->unit_id)) != ORG_OK)
		goto failed;
	enum store_status s = id == 0 ? org_store.person_insert(st, p)
	                              : org_store.person_update(st, p);
	if (s != STORE_OK) {
		r = org_from_store(s);
		goto failed;
	}
	return audit(st, who, "person", p->id, before, org_person_json(p, true));
refused:
	r = ORG_INVALID;
failed:
	json_decref(before);
	return r;
}

enum org_result org_in_transaction(struct store *st,
                                   enum org_result (*body)(struct store *, void *),
                                   void *job)
{
	enum org_result r = ORG_BUSY;
	for (int attempt = 0; attempt < ORG_RETRIES && r == ORG_BUSY; attempt++) {
		enum store_status s = st->ops->begin(st);
		if (s != STORE_OK) {
			r = org_from_store(s);
			continue;
		}
		r = body(st, job);
		if (r == ORG_OK && (s = st->ops->commit(st)) != STORE_OK)
			r = org_from_store(s);
		if (r != ORG_OK)
			st->ops->rollback(st);
	}
	return r;
}

struct unit_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	org_unit_edit edit;
	void *ctx;
	struct org_unit *out;
	struct org_error *err;
};

static enum org_result unit_job_run(struct store *st, void *p)
{
	struct unit_job *j = p;
	return org_unit_save_in(st, j->a, j->who, j->id, j->edit, j->ctx, j->out, j->err);
}

enum org_result org_unit_save(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id, org_unit_edit edit, void *ctx,
                              struct org_unit *out, struct org_error *err)
{
	struct unit_job j = { a, who, id, edit, ctx, out, err };
	return org_in_transaction(st, unit_job_run, &j);
}

struct person_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	org_person_edit edit;
	void *ctx;
	struct org_person *out;
	struct org_error *err;
};

static enum org_result person_job_run(struct store *st, void *p)
{
	struct person_job *j = p;
	return org_person_save_in(st, j->a, j->who, j->id, j->edit, j->ctx, j->out, j->err);
}

enum org_result org_person_save(struct store *st, struct arena *a,
                                const struct principal *who, int64_t id,
                                org_person_edit edit, void *ctx,
                                struct org_person *out, struct org_error *err)
{
	struct person_job j = { a, who, id, edit, ctx, out, err };
	return org_in_transaction(st, person_job_run, &j);
}

bool org_audit_unit_may_read(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id)
{
	struct org_unit u;
	return org_store.unit_get(st, id, a, &u) == STORE_OK
	    && org_allows(st, a, who, PERM_READ_AUDIT, id);
}

bool org_audit_person_may_read(struct store *st, struct arena *a,
                               const struct principal *who, int64_t id)
{
	struct org_person p;
	return org_store.person_get(st, id, a, &p) == STORE_OK && p.unit_id != 0
	    && org_allows(st, a, who, PERM_READ_AUDIT, p.unit_id);
}

/* ---- reads (see the header) ---- */

int org_unit_get(struct store *st, int64_t id, struct arena *a, struct org_unit *out)
{
	return org_store.unit_get(st, id, a, out);
}

int org_unit_root(struct store *st, struct arena *a, struct org_unit *out)
{
	return org_store.unit_root(st, a, out);
}

int org_unit_get_by_code(struct store *st, const char *code, struct arena *a,
                         struct org_unit *out)
{
	return org_store.unit_get_by_code(st, code, a, out);
}

int org_unit_list(struct store *st, const struct unit_filter *f, struct arena *a,
                  struct org_unit **out, size_t *n)
{
	return org_store.unit_list(st, f, a, out, n);
}

int org_unit_subtree(struct store *st, int64_t root, struct arena *a, struct org_unit **out,
                     size_t *n)
{
	return org_store.unit_subtree(st, root, a, out, n);
}

int org_unit_revision(struct store *st, int64_t *rev)
{
	return org_store.unit_revision(st, rev);
}

int org_person_get(struct store *st, int64_t id, struct arena *a, struct org_person *out)
{
	return org_store.person_get(st, id, a, out);
}

int org_person_list(struct store *st, const struct person_filter *f, struct arena *a,
                    struct org_person **out, size_t *n)
{
	return org_store.person_list(st, f, a, out, n);
}

void org_unit_access(struct store *st, struct arena *a, const struct principal *who,
                     int64_t id, struct org_unit_access *out)
{
	int64_t *path = NULL;
	size_t npath = 0;
	if (who->authenticated && org_unit_path(st, a, id, &path, &npath) != STORE_OK)
		npath = 0;
	out->internal = contact_visible_on(who, path, npath);
	out->manage = manage_on(who, path, npath);
	out->audit = policy_allows(who, PERM_READ_AUDIT, path, npath);
}

int org_person_by_ref(struct store *st, const char *ref, struct arena *a,
                      struct org_person *out)
{
	return org_store.person_get_by_ref(st, ref, a, out);
}
