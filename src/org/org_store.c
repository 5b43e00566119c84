/*
 * org_store.c: org_store.h over the engine layer, for both engines.
 *
 * Each operation names its statement (org_sql.h), gives its parameters as
 * an array of typed values and reads its rows by a table of columns.
 */
#include "org/org_store.h"

#include <stdint.h>

#include "store/db.h"
#include "store/db_migrate.h"

#define DB_SQL_FILE "org/org_sql.h"
#define DB_SQL_PREFIX org
#define DB_SQL_MODULE "org"
#include "store/db_sql_list.h"

/* The columns of ORG_UNIT_COLUMNS, in order. */
static const struct db_col unit_cols[] = {
	DB_COL_OF(INT64, struct org_unit, id),
	DB_COL_OF(TEXT, struct org_unit, kind),
	DB_COL_OF(TEXT, struct org_unit, code),
	DB_COL_OF(TEXT, struct org_unit, name),
	DB_COL_OF(INT64, struct org_unit, parent_id),
	DB_COL_OF(TEXT, struct org_unit, valid_from),
	DB_COL_OF(TEXT, struct org_unit, valid_to),
	DB_COL_OF(INT64, struct org_unit, predecessor_id),
	DB_COL_OF(INT64, struct org_unit, successor_id),
	DB_COL_OF(TEXT, struct org_unit, search_key),
	DB_COL_BLOB_OF(struct org_unit, sort_key, sort_key_len),
};

static const struct db_col person_cols[] = {
	DB_COL_OF(INT64, struct org_person, id),
	DB_COL_OF(TEXT, struct org_person, full_name),
	DB_COL_OF(TEXT, struct org_person, title),
	DB_COL_OF(INT64, struct org_person, unit_id),
	DB_COL_OF(TEXT, struct org_person, email),
	DB_COL_OF(TEXT, struct org_person, phone),
	DB_COL_OF(TEXT, struct org_person, search_key),
	DB_COL_BLOB_OF(struct org_person, sort_key, sort_key_len),
};

/* The id an INSERT ... RETURNING id gives back. */
static const struct db_col unit_id_col[] = { DB_COL_OF(INT64, struct org_unit, id) };
static const struct db_col person_id_col[] = { DB_COL_OF(INT64, struct org_person, id) };

/* Either engine: no limit is the largest one. */
static int64_t limit_or_all(int limit)
{
	return limit > 0 ? limit : INT64_MAX;
}

static enum store_status unit_get(struct store *st, int64_t id, struct arena *a,
                                  struct org_unit *out)
{
	return db_get(st, &org_sql, ORG_UNIT_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(unit_cols), a, out);
}

static enum store_status unit_root(struct store *st, struct arena *a, struct org_unit *out)
{
	return db_get(st, &org_sql, ORG_UNIT_ROOT, DB_NO_PARAMS, DB_COLS(unit_cols), a, out);
}

static enum store_status unit_get_by_code(struct store *st, const char *code,
                                          struct arena *a, struct org_unit *out)
{
	return db_get(st, &org_sql, ORG_UNIT_GET_BY_CODE, DB_PARAMS(db_text(code)),
	              DB_COLS(unit_cols), a, out);
}

static enum store_status unit_list(struct store *st, const struct unit_filter *f,
                                   struct arena *a, struct org_unit **out, size_t *n)
{
	return db_list(st, &org_sql, ORG_UNIT_LIST,
	               DB_PARAMS(db_text(f->kind), db_text(db_like_escape(a, f->q_folded)),
	                         db_int64(f->parent_id), db_int64(limit_or_all(f->limit)),
	                         db_int64(f->offset > 0 ? f->offset : 0)),
	               DB_COLS(unit_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status unit_subtree(struct store *st, int64_t root, struct arena *a,
                                      struct org_unit **out, size_t *n)
{
	enum store_status rc = db_list(st, &org_sql, ORG_UNIT_SUBTREE, DB_PARAMS(db_int64(root)),
	                               DB_COLS(unit_cols), a, sizeof **out, (void **)out, n);
	if (rc == STORE_OK && *n == 0)
		rc = STORE_NOT_FOUND;
	return rc;
}

#define UNIT_FIELDS(u) \
	db_text((u)->kind), db_text((u)->code), db_text((u)->name), db_id((u)->parent_id), \
	db_text((u)->valid_from), db_text((u)->valid_to), db_id((u)->predecessor_id), \
	db_id((u)->successor_id), db_text((u)->search_key), \
	db_blob((u)->sort_key, (u)->sort_key_len)

static enum store_status unit_insert(struct store *st, struct org_unit *u)
{
	return db_get(st, &org_sql, ORG_UNIT_INSERT, DB_PARAMS(UNIT_FIELDS(u)),
	              DB_COLS(unit_id_col), NULL, u);
}

static enum store_status unit_update(struct store *st, const struct org_unit *u)
{
	return db_change(st, &org_sql, ORG_UNIT_UPDATE,
	                 DB_PARAMS(db_int64(u->id), UNIT_FIELDS(u)));
}

static enum store_status unit_revision(struct store *st, int64_t *rev)
{
	return db_revision(st, &org_sql, ORG_UNIT_REVISION, DB_NO_PARAMS, rev);
}

static enum store_status unit_count(struct store *st, int64_t *n)
{
	return db_scalar(st, &org_sql, ORG_UNIT_COUNT, DB_NO_PARAMS, n);
}

static enum store_status person_get(struct store *st, int64_t id, struct arena *a,
                                    struct org_person *out)
{
	return db_get(st, &org_sql, ORG_PERSON_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(person_cols), a, out);
}

static enum store_status person_list(struct store *st, const struct person_filter *f,
                                     struct arena *a, struct org_person **out, size_t *n)
{
	return db_list(st, &org_sql, ORG_PERSON_LIST,
	               DB_PARAMS(db_int64(f->unit_id), db_text(db_like_escape(a, f->q_folded)),
	                         db_int64(limit_or_all(f->limit)),
	                         db_int64(f->offset > 0 ? f->offset : 0)),
	               DB_COLS(person_cols), a, sizeof **out, (void **)out, n);
}

#define PERSON_FIELDS(p) \
	db_text((p)->full_name), db_text((p)->title ? (p)->title : ""), db_int64((p)->unit_id), \
	db_text((p)->email), db_text((p)->phone), db_text((p)->search_key), \
	db_blob((p)->sort_key, (p)->sort_key_len)

static enum store_status person_insert(struct store *st, struct org_person *p)
{
	return db_get(st, &org_sql, ORG_PERSON_INSERT, DB_PARAMS(PERSON_FIELDS(p)),
	              DB_COLS(person_id_col), NULL, p);
}

static enum store_status person_update(struct store *st, const struct org_person *p)
{
	return db_change(st, &org_sql, ORG_PERSON_UPDATE,
	                 DB_PARAMS(db_int64(p->id), PERSON_FIELDS(p)));
}

static enum store_status person_get_by_ref(struct store *st, const char *ref,
                                           struct arena *a, struct org_person *out)
{
	return db_get(st, &org_sql, ORG_PERSON_GET_BY_REF, DB_PARAMS(db_text(ref)),
	              DB_COLS(person_cols), a, out);
}

static enum store_status person_set_ref(struct store *st, int64_t id, const char *ref)
{
	return db_change(st, &org_sql, ORG_PERSON_SET_REF, DB_PARAMS(db_int64(id), db_text(ref)));
}

const struct org_store org_store = {
	.unit_get = unit_get,
	.unit_root = unit_root,
	.unit_get_by_code = unit_get_by_code,
	.unit_list = unit_list,
	.unit_subtree = unit_subtree,
	.unit_insert = unit_insert,
	.unit_update = unit_update,
	.unit_revision = unit_revision,
	.unit_count = unit_count,
	.person_get = person_get,
	.person_list = person_list,
	.person_insert = person_insert,
	.person_update = person_update,
	.person_get_by_ref = person_get_by_ref,
	.person_set_ref = person_set_ref,
};

/* What this module owns in the database, for its struct module (.storage). */
const struct store_module org_storage = { "org", &org_sql, &org_migrations };
