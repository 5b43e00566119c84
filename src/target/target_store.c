/*
 * target_store.c: target_store.h over the engine layer, for both engines.
 */
#include "target/target_store.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "store/pg_array.h"
#include "util/arena.h"

#define DB_SQL_FILE "target/target_sql.h"
#define DB_SQL_PREFIX target
#define DB_SQL_MODULE "target"
#include "store/db_sql_list.h"

/* ---- targets ------------------------------------------------------- */

/* Columns 5, 7, 14 and 16 are names of enums: read by hand, the rest by spec. */
static const struct db_col target_cols[] = {
	DB_COL_OF(INT64, struct target, id),
	DB_COL_OF(TEXT, struct target, code),
	DB_COL_OF(INT, struct target, year),
	DB_COL_OF(TEXT, struct target, name),
	DB_COL_OF(TEXT, struct target, description),
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(TEXT, struct target, unit_of_measure),
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(DOUBLE, struct target, target_low),
	DB_COL_OPT_DOUBLE_OF(struct target, target_high, has_high),
	DB_COL_OPT_DOUBLE_OF(struct target, baseline, has_baseline),
	DB_COL_OF(INT64, struct target, owner_unit_id),
	DB_COL_OF(INT64, struct target, leader_person_id),
	DB_COL_OF(INT64, struct target, parent_id),
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(DOUBLE, struct target, weight),
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(INT, struct target, due_days),
};

/* Column COL as a NUL-terminated name in BUF ("" for NULL). */
static const char *name_col(const struct db_row *row, int col, char *buf, size_t size)
{
	size_t len;
	const char *t = db_row_text_raw(row, col, &len);
	snprintf(buf, size, "%.*s", (int)len, t ? t : "");
	return buf;
}

static void read_target(const struct db_row *row, struct arena *a, struct target *t)
{
	db_row_read(row, DB_COLS(target_cols), a, t);
	char buf[32];
	int k = target_kind_parse(name_col(row, 5, buf, sizeof buf));
	t->kind = k < 0 ? TK_COUNT_KINDS : (enum target_kind)k;
	t->direction = strcmp(name_col(row, 7, buf, sizeof buf), "lower") == 0 ? DIR_LOWER
	                                                                        : DIR_HIGHER;
	int r = target_rollup_parse(name_col(row, 14, buf, sizeof buf));
	t->rollup = r < 0 ? ROLL_NONE : (enum target_rollup)r;
	int p = period_kind_parse(name_col(row, 16, buf, sizeof buf));
	t->period = p < 0 ? PERIOD_YEAR : (enum period_kind)p;
}

static int target_row(void *cls, const struct db_row *row)
{
	struct db_array *rows = cls;
	read_target(row, rows->a, db_array_push(rows));
	return 0;
}

static enum store_status targets(struct store *st, size_t id, const struct db_param *p,
                                 size_t np, struct arena *a, struct target **out, size_t *n)
{
	struct db_array rows = { .a = a, .size = sizeof **out };
	enum store_status rc = db_query(st, &target_sql, id, p, np, target_row, &rows, NULL);
	*out = db_array_done(&rows, rc, n);
	return rc;
}

static enum store_status target_get(struct store *st, int64_t id, struct arena *a,
                                    struct target *out)
{
	struct target *list;
	size_t n;
	enum store_status rc = targets(st, TARGET_GET, DB_PARAMS(db_int64(id)), a, &list, &n);
	if (rc == STORE_OK && n == 0)
		rc = STORE_NOT_FOUND;
	if (rc == STORE_OK)
		*out = list[0];
	return rc;
}

static enum store_status target_list(struct store *st, const struct target_filter *f,
                                     struct arena *a, struct target **out, size_t *n)
{
	if (f->year == 0 && f->parent_id > 0)
		return targets(st, TARGET_CHILDREN, DB_PARAMS(db_int64(f->parent_id)), a, out, n);
	return targets(st, TARGET_LIST,
	               DB_PARAMS(db_int64(f->year), db_int64(f->parent_id),
	                         db_int64(f->owner_unit_id)), a, out, n);
}

#define TARGET_PARAMS(t) \
	db_text((t)->code), db_int64((t)->year), db_text((t)->name), \
	db_text((t)->description ? (t)->description : ""), db_text(target_kind_name((t)->kind)), \
	db_text((t)->unit_of_measure ? (t)->unit_of_measure : ""), \
	db_text((t)->direction == DIR_LOWER ? "lower" : "higher"), db_double((t)->target_low), \
	db_opt_double((t)->has_high, (t)->target_high), \
	db_opt_double((t)->has_baseline, (t)->baseline), db_int64((t)->owner_unit_id), \
	db_id((t)->leader_person_id), db_id((t)->parent_id), \
	db_text(target_rollup_name((t)->rollup)), db_double((t)->weight), \
	db_text(period_kind_name((t)->period)), db_int64((t)->due_days)

static const struct db_col target_id_col[] = { DB_COL_OF(INT64, struct target, id) };

static enum store_status target_insert(struct store *st, struct target *t)
{
	return db_get(st, &target_sql, TARGET_INSERT, DB_PARAMS(TARGET_PARAMS(t)),
	              DB_COLS(target_id_col), NULL, t);
}

static enum store_status target_update(struct store *st, const struct target *t)
{
	return db_change(st, &target_sql, TARGET_UPDATE,
	                 DB_PARAMS(db_int64(t->id), TARGET_PARAMS(t)));
}

static enum store_status target_revision(struct store *st, int64_t *rev)
{
	return db_revision(st, &target_sql, TARGET_REVISION, DB_NO_PARAMS, rev);
}

static const struct db_col year_cols[] = {
	DB_COL_OF(INT, struct target_year, year),
	DB_COL_OF(INT, struct target_year, has_figures),
};

static enum store_status target_years(struct store *st, struct arena *a,
                                      struct target_year **out, size_t *n)
{
	return db_list(st, &target_sql, TARGET_YEARS, DB_NO_PARAMS, DB_COLS(year_cols), a,
	               sizeof **out, (void **)out, n);
}

/* ---- measurements -------------------------------------------------- */

static const struct db_col measurement_cols[] = {
	DB_COL_OF(INT64, struct measurement, id),
	DB_COL_OF(INT64, struct measurement, target_id),
	DB_COL_OF(INT64, struct measurement, unit_id),
	DB_COL_OF(INT, struct measurement, period_no),
	DB_COL_OF(DOUBLE, struct measurement, value),
	DB_COL_OF(TEXT, struct measurement, note),
	DB_COL_OF(TEXT, struct measurement, evidence),
	DB_COL_OF(INT64, struct measurement, reporter_id),
	DB_COL_OF(TEXT, struct measurement, reporter),
	DB_COL_OF(INT64, struct measurement, reported_at),
	DB_COL_OF(INT64, struct measurement, supersedes_id),
};

/* The board's read: four numbers a row. */
static const struct db_col value_cols[] = {
	DB_COL_OF(INT64, struct measurement, target_id),
	DB_COL_OF(INT64, struct measurement, unit_id),
	DB_COL_OF(INT, struct measurement, period_no),
	DB_COL_OF(DOUBLE, struct measurement, value),
};

static const struct db_col measurement_id_col[] = { DB_COL_OF(INT64, struct measurement, id) };

static enum store_status measurement_get(struct store *st, int64_t id, struct arena *a,
                                         struct measurement *out)
{
	return db_get(st, &target_sql, TARGET_MEASUREMENT_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(measurement_cols), a, out);
}

static enum store_status measurement_insert(struct store *st, struct measurement *m)
{
	if (m->reported_at == 0)
		m->reported_at = (int64_t)time(NULL);
	/* The old figure stops being current first, so the unique index allows the new one. */
	if (m->supersedes_id) {
		enum store_status rc = db_change(st, &target_sql, TARGET_MEASUREMENT_SUPERSEDE,
		                                 DB_PARAMS(db_int64(m->supersedes_id)));
		if (rc != STORE_OK)
			return rc;
	}
	enum store_status rc = db_get(st, &target_sql, TARGET_MEASUREMENT_INSERT,
		DB_PARAMS(db_int64(m->target_id), db_int64(m->unit_id), db_int64(m->period_no),
		          db_double(m->value), db_text(m->note), db_text(m->evidence),
		          db_id(m->reporter_id), db_text(m->reporter ? m->reporter : "system"),
		          db_int64(m->reported_at), db_id(m->supersedes_id)),
		DB_COLS(measurement_id_col), NULL, m);
	if (rc != STORE_OK || m->supersedes_id == 0)
		return rc == STORE_NOT_FOUND ? STORE_HARD_ERROR : rc;
	/* Point the old row at its successor (it held a placeholder until now). */
	return db_change(st, &target_sql, TARGET_MEASUREMENT_LINK,
	                 DB_PARAMS(db_int64(m->supersedes_id), db_int64(m->id)));
}

struct id_rows {
	struct measurement *m;
	size_t n, got;
};

static int id_row(void *cls, const struct db_row *row)
{
	struct id_rows *r = cls;
	if (r->got < r->n)
		r->m[r->got].id = db_row_int64(row, 0);
	r->got++;
	return 0;
}

/* Three statements: ids for the new rows, the corrected figures pointed at them, the rows. */
static enum store_status insert_many_arrays(struct store *st, struct measurement *m, size_t n)
{
	if (n > INT_MAX)
		return STORE_HARD_ERROR;
	struct id_rows ids = { m, n, 0 };
	enum store_status rc = db_query(st, &target_sql, TARGET_MEASUREMENT_IDS,
	                                DB_PARAMS(db_int64((int64_t)n)), id_row, &ids, NULL);
	if (rc != STORE_OK)
		return rc;
	if (ids.got != n)
		return STORE_HARD_ERROR;
	int64_t now = (int64_t)time(NULL);
	struct pg_array sup[2] = { 0 };
	int64_t nsup = 0;
	for (size_t i = 0; i < n; i++) {
		if (m[i].reported_at == 0)
			m[i].reported_at = now;
		if (m[i].supersedes_id) {
			pga_int(&sup[0], m[i].supersedes_id);
			pga_int(&sup[1], m[i].id);
			nsup++;
		}
	}
	if (nsup) {
		int64_t changed = 0;
		rc = pga_exec(st, &target_sql, TARGET_MEASUREMENT_SUPERSEDE_MANY, sup, 2, &changed);
		/* A figure corrected meanwhile is no longer current: never write half. */
		if (rc == STORE_OK && changed != nsup)
			rc = STORE_CONFLICT;
	} else {
		pga_free(sup, 2);
	}
	if (rc != STORE_OK)
		return rc;
	struct pg_array col[11] = { 0 };
	for (size_t i = 0; i < n; i++) {
		pga_int(&col[0], m[i].id);
		pga_int(&col[1], m[i].target_id);
		pga_int(&col[2], m[i].unit_id);
		pga_int(&col[3], m[i].period_no);
		pga_double(&col[4], m[i].value);
		pga_text(&col[5], m[i].note);
		pga_text(&col[6], m[i].evidence);
		pga_id(&col[7], m[i].reporter_id);
		pga_text(&col[8], m[i].reporter ? m[i].reporter : "system");
		pga_int(&col[9], m[i].reported_at);
		pga_id(&col[10], m[i].supersedes_id);
	}
	return pga_exec(st, &target_sql, TARGET_MEASUREMENT_INSERT_MANY, col, 11, NULL);
}

static enum store_status measurement_insert_many(struct store *st, struct measurement *m,
                                                 size_t n)
{
	if (n == 0)
		return STORE_OK;
	if (st->ops->array_params)
		return insert_many_arrays(st, m, n);
	for (size_t i = 0; i < n; i++) {
		enum store_status rc = measurement_insert(st, &m[i]);
		if (rc == STORE_NOT_FOUND) /* the figure it corrects is no longer current */
			return STORE_CONFLICT;
		if (rc != STORE_OK)
			return rc;
	}
	return STORE_OK;
}

static enum store_status measurement_current(struct store *st,
                                             const struct measurement_filter *f,
                                             struct arena *a, struct measurement **out,
                                             size_t *n)
{
	if (f->target_id)
		return db_list(st, &target_sql, TARGET_MEASUREMENT_OF_TARGET,
		               DB_PARAMS(db_int64(f->target_id), db_int64(f->unit_id)),
		               DB_COLS(measurement_cols), a, sizeof **out, (void **)out, n);
	if (f->family_id)
		return db_list(st, &target_sql, TARGET_MEASUREMENT_FAMILY,
		               DB_PARAMS(db_int64(f->family_id)),
		               DB_COLS(value_cols), a, sizeof **out, (void **)out, n);
	if (f->values_only)
		return db_list(st, &target_sql, TARGET_MEASUREMENT_VALUES,
		               DB_PARAMS(db_int64(f->year), db_int64(0), db_int64(f->unit_id)),
		               DB_COLS(value_cols), a, sizeof **out, (void **)out, n);
	return db_list(st, &target_sql, TARGET_MEASUREMENT_CURRENT,
	               DB_PARAMS(db_int64(f->year), db_int64(0), db_int64(f->unit_id)),
	               DB_COLS(measurement_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status year_revision(struct store *st, int year, int64_t *rev)
{
	return db_revision(st, &target_sql, TARGET_YEAR_REVISION, DB_PARAMS(db_int64(year)), rev);
}

static enum store_status family_revision(struct store *st, int64_t family_id, int64_t *rev)
{
	return db_revision(st, &target_sql, TARGET_FAMILY_REVISION, DB_PARAMS(db_int64(family_id)),
	                   rev);
}

static const struct db_col family_rev_cols[] = {
	DB_COL_OF(INT64, struct target_family_rev, family_id),
	DB_COL_OF(INT64, struct target_family_rev, rev),
};

static enum store_status family_revisions(struct store *st, int year, struct arena *a,
                                          struct target_family_rev **out, size_t *n)
{
	return db_list(st, &target_sql, TARGET_FAMILY_REVISIONS, DB_PARAMS(db_int64(year)),
	               DB_COLS(family_rev_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status measurement_current_one(struct store *st, int64_t target_id,
                                                 int64_t unit_id, int period_no,
                                                 struct arena *a, struct measurement *out)
{
	return db_get(st, &target_sql, TARGET_MEASUREMENT_CURRENT_ONE,
	              DB_PARAMS(db_int64(target_id), db_int64(unit_id), db_int64(period_no)),
	              DB_COLS(measurement_cols), a, out);
}

static enum store_status measurement_history(struct store *st, int64_t target_id,
                                             int64_t unit_id, struct arena *a,
                                             struct measurement **out, size_t *n)
{
	return db_list(st, &target_sql, TARGET_MEASUREMENT_HISTORY,
	               DB_PARAMS(db_int64(target_id), db_int64(unit_id)),
	               DB_COLS(measurement_cols), a, sizeof **out, (void **)out, n);
}

const struct target_store target_store = {
	.target_get = target_get,
	.target_list = target_list,
	.target_insert = target_insert,
	.target_update = target_update,
	.target_revision = target_revision,
	.target_years = target_years,
	.measurement_insert = measurement_insert,
	.measurement_insert_many = measurement_insert_many,
	.measurement_current = measurement_current,
	.measurement_current_one = measurement_current_one,
	.year_revision = year_revision,
	.family_revision = family_revision,
	.family_revisions = family_revisions,
	.measurement_history = measurement_history,
	.measurement_get = measurement_get,
};

/* What this module owns in the database, for its struct module (.storage). */
const struct store_module target_storage = { "target", &target_sql, &target_migrations };
