/* org_service.c: see org_service.h. */
#include "org/org_service.h"

#include <string.h>

#include "store/store.h"

enum { ORG_RETRIES = 3, ORG_MAX_DEPTH = 64 };

static enum org_result from_store(enum store_status s)
{
	switch (s) {
	case STORE_OK: return ORG_OK;
	case STORE_NOT_FOUND: return ORG_NOT_FOUND;
	case STORE_CONFLICT: return ORG_CONFLICT;
	case STORE_SOFT_ERROR: return ORG_BUSY;
	case STORE_HARD_ERROR: return ORG_FAILED;
	}
	return ORG_FAILED;
}

static enum org_result invalid(struct org_error *err, const char *field, const char *detail)
{
	err->field = field;
	err->detail = detail;
	return ORG_INVALID;
}

/* An existing unit referenced by FIELD, or ORG_INVALID naming FIELD. */
static enum org_result check_ref(struct store *st, struct arena *a, int64_t id,
                                 const char *field, struct org_error *err)
{
	if (id == 0)
		return ORG_OK;
	struct org_unit ref;
	enum store_status s = st->ops->unit_get(st, id, a, &ref);
	if (s == STORE_NOT_FOUND)
		return invalid(err, field, "No unit has this id.");
	return from_store(s);
}

/* Walks up from U's new parent; reaching U itself would close a cycle. */
static enum org_result check_no_cycle(struct store *st, struct arena *a,
                                      const struct org_unit *u, struct org_error *err)
{
	int64_t at = u->parent_id;
	for (int depth = 0; at != 0; depth++) {
		if (at == u->id)
			return invalid(err, "parent_id",
			               "This parent lies below the unit: it would make a cycle.");
		if (depth >= ORG_MAX_DEPTH)
			return invalid(err, "parent_id", "The tree would be deeper than 64 levels.");
		struct org_unit p;
		enum store_status s = st->ops->unit_get(st, at, a, &p);
		if (s != STORE_OK)
			return from_store(s);
		at = p.parent_id;
	}
	return ORG_OK;
}

enum org_result org_unit_save_in(struct store *st, struct arena *a, int64_t id,
                                      org_unit_edit edit, void *ctx,
                                      struct org_unit *u, struct org_error *err)
{
	memset(u, 0, sizeof *u);
	if (id != 0) {
		enum store_status s = st->ops->unit_get(st, id, a, u);
		if (s != STORE_OK)
			return from_store(s);
	}
	if (!edit(ctx, u, a, err))
		return ORG_INVALID;
	u->id = id;
	if (!org_unit_prepare(u, a, err) || !org_unit_check(u, err))
		return ORG_INVALID;
	enum org_result r;
	if ((r = check_ref(st, a, u->parent_id, "parent_id", err)) != ORG_OK
	    || (r = check_ref(st, a, u->predecessor_id, "predecessor_id", err)) != ORG_OK
	    || (r = check_ref(st, a, u->successor_id, "successor_id", err)) != ORG_OK)
		return r;
	if (id != 0 && (r = check_no_cycle(st, a, u, err)) != ORG_OK)
		return r;
	enum store_status s = id == 0 ? st->ops->unit_insert(st, u) : st->ops->unit_update(st, u);
	if (s == STORE_CONFLICT) {
		invalid(err, "code", "Another unit already has this code.");
		return ORG_CONFLICT;
	}
	return from_store(s);
}

/*
 * Runs BODY between begin() and commit(), rolling back on any failure, and
 * runs it again while the database reports itself busy.
 */
static enum org_result in_transaction(struct store *st,
                                      enum org_result (*body)(struct store *, void *),
                                      void *job)
{
	enum org_result r = ORG_BUSY;
	for (int attempt = 0; attempt < ORG_RETRIES && r == ORG_BUSY; attempt++) {
		enum store_status s = st->ops->begin(st);
		if (s != STORE_OK) {
			r = from_store(s);
			continue;
		}
		r = body(st, job);
		if (r == ORG_OK && (s = st->ops->commit(st)) != STORE_OK)
			r = from_store(s);
		if (r != ORG_OK)
			st->ops->rollback(st);
	}
	return r;
}

struct unit_job {
	struct arena *a;
	int64_t id;
	org_unit_edit edit;
	void *ctx;
	struct org_unit *out;
	struct org_error *err;
};

static enum org_result unit_job_run(struct store *st, void *p)
{
	struct unit_job *j = p;
	return org_unit_save_in(st, j->a, j->id, j->edit, j->ctx, j->out, j->err);
}

enum org_result org_unit_save(struct store *st, struct arena *a, int64_t id,
                              org_unit_edit edit, void *ctx,
                              struct org_unit *out, struct org_error *err)
{
	struct unit_job j = { a, id, edit, ctx, out, err };
	return in_transaction(st, unit_job_run, &j);
}

enum org_result org_person_save_in(struct store *st, struct arena *a, int64_t id,
                                        org_person_edit edit, void *ctx,
                                        struct org_person *p, struct org_error *err)
{
	memset(p, 0, sizeof *p);
	if (id != 0) {
		enum store_status s = st->ops->person_get(st, id, a, p);
		if (s != STORE_OK)
			return from_store(s);
	}
	if (!edit(ctx, p, a, err))
		return ORG_INVALID;
	p->id = id;
	if (!org_person_prepare(p, a, err) || !org_person_check(p, err))
		return ORG_INVALID;
	enum org_result r = check_ref(st, a, p->unit_id, "unit_id", err);
	if (r != ORG_OK)
		return r;
	return from_store(id == 0 ? st->ops->person_insert(st, p)
	                          : st->ops->person_update(st, p));
}

struct person_job {
	struct arena *a;
	int64_t id;
	org_person_edit edit;
	void *ctx;
	struct org_person *out;
	struct org_error *err;
};

static enum org_result person_job_run(struct store *st, void *p)
{
	struct person_job *j = p;
	return org_person_save_in(st, j->a, j->id, j->edit, j->ctx, j->out, j->err);
}

enum org_result org_person_save(struct store *st, struct arena *a, int64_t id,
                                org_person_edit edit, void *ctx,
                                struct org_person *out, struct org_error *err)
{
	struct person_job j = { a, id, edit, ctx, out, err };
	return in_transaction(st, person_job_run, &j);
}
