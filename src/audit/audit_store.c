/*
 * audit_store.c: audit_store.h over the engine layer, for both engines.
 */
#include "audit/audit_store.h"

#include <stdio.h>
#include <string.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "store/pg_array.h"

#define DB_SQL_FILE "audit/audit_sql.h"
#define DB_SQL_PREFIX audit
#define DB_SQL_MODULE "audit"
#include "store/db_sql_list.h"

static const struct db_col entry_cols[] = {
	DB_COL_OF(INT64, struct audit_entry, id),
	DB_COL_OF(TEXT, struct audit_entry, at),
	DB_COL_OF(INT64, struct audit_entry, actor_id),
	DB_COL_OF(TEXT, struct audit_entry, actor),
	DB_COL_OF(TEXT, struct audit_entry, action),
	DB_COL_OF(TEXT, struct audit_entry, entity),
	DB_COL_OF(INT64, struct audit_entry, entity_id),
	DB_COL_OF(TEXT, struct audit_entry, before),
	DB_COL_OF(TEXT, struct audit_entry, after),
	DB_COL_CHARS_OF(struct audit_entry, prev_hash),
	DB_COL_CHARS_OF(struct audit_entry, hash),
};

struct tail_row {
	char hash[AUDIT_HASH_HEX + 1];
};

static const struct db_col tail_cols[] = { DB_COL_CHARS_OF(struct tail_row, hash) };

static enum store_status tail(struct store *st, char hash[AUDIT_HASH_HEX + 1])
{
	memset(hash, '0', AUDIT_HASH_HEX);
	hash[AUDIT_HASH_HEX] = '\0';
	/* Outside a transaction the lock would be gone at once. */
	if (!st->ops->in_transaction(st)) {
		fprintf(stderr, "audit_store: tail: called outside a transaction\n");
		return STORE_HARD_ERROR;
	}
	enum store_status rc = db_exec(st, &audit_sql, AUDIT_LOCK, DB_NO_PARAMS);
	if (rc != STORE_OK)
		return rc;
	struct tail_row r;
	rc = db_get(st, &audit_sql, AUDIT_TAIL, DB_NO_PARAMS, DB_COLS(tail_cols), NULL, &r);
	if (rc == STORE_OK)
		memcpy(hash, r.hash, AUDIT_HASH_HEX + 1);
	return rc == STORE_NOT_FOUND ? STORE_OK : rc;
}

#define ENTRY_FIELDS(e) \
	db_text((e)->at), db_id((e)->actor_id), db_text((e)->actor), db_text((e)->action), \
	db_text((e)->entity), db_int64((e)->entity_id), db_text((e)->before), \
	db_text((e)->after), db_text((e)->prev_hash), db_text((e)->hash)

static const struct db_col entry_id_col[] = { DB_COL_OF(INT64, struct audit_entry, id) };

static enum store_status insert(struct store *st, struct audit_entry *e)
{
	return db_get(st, &audit_sql, AUDIT_INSERT, DB_PARAMS(ENTRY_FIELDS(e)),
	              DB_COLS(entry_id_col), NULL, e);
}

/* One array parameter per column, for an engine that takes arrays. */
static enum store_status insert_many_arrays(struct store *st, struct audit_entry *e, size_t n)
{
	struct pg_array col[10] = { 0 };
	for (size_t i = 0; i < n; i++) {
		pga_text(&col[0], e[i].at);
		pga_id(&col[1], e[i].actor_id);
		pga_text(&col[2], e[i].actor);
		pga_text(&col[3], e[i].action);
		pga_text(&col[4], e[i].entity);
		pga_int(&col[5], e[i].entity_id);
		pga_text(&col[6], e[i].before);
		pga_text(&col[7], e[i].after);
		pga_text(&col[8], e[i].prev_hash);
		pga_text(&col[9], e[i].hash);
	}
	return pga_exec(st, &audit_sql, AUDIT_INSERT_MANY, col, 10, NULL);
}

static enum store_status insert_many(struct store *st, struct audit_entry *e, size_t n)
{
	if (n == 0)
		return STORE_OK;
	if (st->ops->array_params)
		return insert_many_arrays(st, e, n);
	for (size_t i = 0; i < n; i++) {
		enum store_status rc = insert(st, &e[i]);
		if (rc != STORE_OK)
			return rc == STORE_NOT_FOUND ? STORE_HARD_ERROR : rc;
	}
	return STORE_OK;
}

static enum store_status list(struct store *st, const struct audit_filter *f, struct arena *a,
                              struct audit_entry **out, size_t *n)
{
	return db_list(st, &audit_sql, f->newest_first ? AUDIT_LIST_DESC : AUDIT_LIST_ASC,
	               DB_PARAMS(db_text(f->entity), db_int64(f->entity_id),
	                         db_int64(f->actor_id), db_int64(f->after_id),
	                         db_int64(f->limit > 0 ? f->limit : INT64_MAX),
	                         db_int64(f->before_id), db_text(f->at_from),
	                         db_text(f->at_before)),
	               DB_COLS(entry_cols), a, sizeof **out, (void **)out, n);
}

static const struct db_col scheme_cols[] = {
	DB_COL_OF(INT64, struct audit_scheme, keyed_from),
	DB_COL_CHARS_OF(struct audit_scheme, key_id),
	DB_COL_CHARS_OF(struct audit_scheme, mac),
};

static enum store_status scheme_get(struct store *st, struct audit_scheme *out)
{
	return db_get(st, &audit_sql, AUDIT_SCHEME_GET, DB_NO_PARAMS, DB_COLS(scheme_cols),
	              NULL, out);
}

static enum store_status scheme_put(struct store *st, const struct audit_scheme *m)
{
	return db_exec(st, &audit_sql, AUDIT_SCHEME_PUT,
	               DB_PARAMS(db_int64(m->keyed_from), db_text(m->key_id), db_text(m->mac)));
}

const struct audit_store audit_store = {
	.tail = tail,
	.insert = insert,
	.insert_many = insert_many,
	.list = list,
	.scheme_get = scheme_get,
	.scheme_put = scheme_put,
};

/* What this module owns in the database, for its struct module (.storage). */
const struct store_module audit_storage = { "audit", &audit_sql, NULL };
