/*
 * task_store.c: task_store.h over the engine layer, for both engines.
 */
#include "task/task_store.h"

#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "store/pg_array.h"
#include "util/arena.h"

#define DB_SQL_FILE "task/task_sql.h"
#define DB_SQL_PREFIX task
#define DB_SQL_MODULE "task"
#include "store/db_sql_list.h"

_Static_assert(sizeof(cal_day) == sizeof(int), "day columns are read as int");

/* ---- tasks ---------------------------------------------------------- */

/* Columns 8 and 9 (priority, source) are names: read by hand. */
static const struct db_col task_cols[] = {
	DB_COL_OF(INT64, struct task, id),
	DB_COL_OF(TEXT, struct task, ref),
	DB_COL_OF(INT64, struct task, plan_id),
	DB_COL_OF(INT64, struct task, unit_id),
	DB_COL_OF(TEXT, struct task, title),
	DB_COL_OF(TEXT, struct task, description),
	DB_COL_OF(INT64, struct task, assignee_id),
	DB_COL_OF(INT64, struct task, leader_id),
	{ DB_COL_SKIP, 0, 0 },
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(INT64, struct task, finding_id),
	DB_COL_OF(INT, struct task, start_day),
	DB_COL_OF(INT, struct task, due_day),
	DB_COL_OF(INT, struct task, original_day),
	DB_COL_OF(INT, struct task, judged_due),
	DB_COL_OF(INT, struct task, judged_day),
	DB_COL_OF(INT, struct task, progress),
	DB_COL_OF(INT, struct task, completed_day),
	DB_COL_OF(INT, struct task, progress_day),
	DB_COL_OF(TEXT, struct task, unit_name),
	DB_COL_OF(TEXT, struct task, assignee_name),
	DB_COL_OF(TEXT, struct task, leader_name),
};

static int name_index(const struct db_row *row, int col, int (*parse)(const char *), int def)
{
	size_t len;
	const char *t = db_row_text_raw(row, col, &len);
	char buf[32];
	snprintf(buf, sizeof buf, "%.*s", (int)(t ? len : 0), t ? t : "");
	int k = parse(buf);
	return k < 0 ? def : k;
}

/* Column 22, co_units: "12,45" into T's co-assigned units (in A). */
static void read_co_units(const struct db_row *row, struct arena *a, struct task *t)
{
	size_t len;
	const char *s = db_row_text_raw(row, 22, &len);
	t->co_unit_ids = NULL;
	t->nco_units = 0;
	if (s == NULL || len == 0)
		return;
	size_t n = 1;
	for (size_t i = 0; i < len; i++)
		n += s[i] == ',';
	int64_t *ids = arena_array(a, n, sizeof *ids);
	int64_t v = 0;
	size_t k = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || s[i] == ',') {
			if (v > 0 && k < n)
				ids[k++] = v;
			v = 0;
		} else if (s[i] >= '0' && s[i] <= '9' && v < INT64_MAX / 10 - 9) {
			v = v * 10 + (s[i] - '0');
		}
	}
	t->co_unit_ids = ids;
	t->nco_units = k;
}

static int task_row(void *cls, const struct db_row *row)
{
	struct db_array *rows = cls;
	struct task *t = db_array_push(rows);
	db_row_read(row, DB_COLS(task_cols), rows->a, t);
	read_co_units(row, rows->a, t);
	t->priority = (enum task_priority)name_index(row, 8, task_priority_parse, TASK_PRIO_NORMAL);
	t->source = (enum task_source)name_index(row, 9, task_source_parse, TASK_SRC_PLAN);
	return 0;
}

static enum store_status tasks(struct store *st, size_t id, const struct db_param *p,
                               size_t np, struct arena *a, struct task **out, size_t *n)
{
	struct db_array rows = { .a = a, .size = sizeof **out };
	enum store_status rc = db_query(st, &task_sql, id, p, np, task_row, &rows, NULL);
	*out = db_array_done(&rows, rc, n);
	return rc;
}

static enum store_status task_get(struct store *st, int64_t id, struct arena *a,
                                  struct task *out)
{
	struct task *list;
	size_t n;
	enum store_status rc = tasks(st, TASK_GET, DB_PARAMS(db_int64(id)), a, &list, &n);
	if (rc == STORE_OK && n == 0)
		rc = STORE_NOT_FOUND;
	if (rc == STORE_OK)
		*out = list[0];
	return rc;
}

/* The list and count statements whose index F's most selective filter walks, and its value. */
static void driver(const struct task_filter *f, size_t *list, size_t *count, int64_t *value)
{
	if (f->unit_id && f->subtree) {
		*list = TASK_LIST_SUBTREE, *count = TASK_COUNT_SUBTREE, *value = f->unit_id;
	} else if (f->assignee_id) {
		*list = TASK_LIST_ASSIGNEE, *count = TASK_COUNT_ASSIGNEE, *value = f->assignee_id;
	} else if (f->unit_id) {
		*list = TASK_LIST_UNIT, *count = TASK_COUNT_UNIT, *value = f->unit_id;
	} else if (f->plan_id) {
		*list = TASK_LIST_PLAN, *count = TASK_COUNT_PLAN, *value = f->plan_id;
	} else if (f->leader_id) {
		*list = TASK_LIST_LEADER, *count = TASK_COUNT_LEADER, *value = f->leader_id;
	} else {
		*list = TASK_LIST_ALL, *count = TASK_COUNT_ALL, *value = 0;
	}
}

/* The unit as a residual filter: none when the unit (or its subtree) drives the list. */
#define FILTER_REST(f, list) \
	db_int64((list) == TASK_LIST_UNIT || (f)->subtree ? 0 : (f)->unit_id), \
	db_int64((f)->assignee_id), db_int64((f)->leader_id), db_int64((f)->plan_id), \
	db_int64((f)->status), db_int64((f)->today), db_int64((f)->due_before), \
	db_int64((f)->due_after)

/* A unit's tasks by status and nothing else: the shape without the other residuals. */
static bool unit_status_only(const struct task_filter *f)
{
	return f->unit_id && !f->subtree && !f->assignee_id && !f->leader_id && !f->plan_id
	       && !f->due_before && !f->due_after;
}

static int64_t page_limit(const struct task_filter *f)
{
	return f->limit > 0 ? f->limit : INT64_MAX / 4;
}

/* Where a page ends: each arm of a merged list reads no further. */
static int64_t page_end(const struct task_filter *f)
{
	return page_limit(f) + (f->offset > 0 ? f->offset : 0);
}

static enum store_status task_list(struct store *st, const struct task_filter *f,
                                   struct arena *a, struct task **out, size_t *n)
{
	size_t list, count;
	int64_t value;
	if (unit_status_only(f))
		return tasks(st, TASK_LIST_UNIT_STATUS,
		             DB_PARAMS(db_int64(f->unit_id), db_int64(f->status), db_int64(f->today),
		                       db_int64(page_limit(f)), db_int64(f->offset > 0 ? f->offset : 0),
		                       db_int64(page_end(f))),
		             a, out, n);
	driver(f, &list, &count, &value);
	if (list == TASK_LIST_UNIT || list == TASK_LIST_SUBTREE)
		return tasks(st, list,
		             DB_PARAMS(db_int64(value), FILTER_REST(f, list), db_int64(page_limit(f)),
		                       db_int64(f->offset > 0 ? f->offset : 0), db_int64(page_end(f))),
		             a, out, n);
	return tasks(st, list,
	             DB_PARAMS(db_int64(value), FILTER_REST(f, list), db_int64(page_limit(f)),
	                       db_int64(f->offset > 0 ? f->offset : 0)), a, out, n);
}

static enum store_status task_count(struct store *st, const struct task_filter *f,
                                    int64_t *total)
{
	size_t list, count;
	int64_t value;
	if (unit_status_only(f))
		return db_scalar(st, &task_sql, TASK_COUNT_UNIT_STATUS,
		                 DB_PARAMS(db_int64(f->unit_id), db_int64(f->status),
		                           db_int64(f->today)), total);
	driver(f, &list, &count, &value);
	return db_scalar(st, &task_sql, count, DB_PARAMS(db_int64(value), FILTER_REST(f, list)),
	                 total);
}

#define TASK_PARAMS(t) \
	db_text((t)->ref), db_id((t)->plan_id), db_int64((t)->unit_id), db_text((t)->title), \
	db_text((t)->description ? (t)->description : ""), db_int64((t)->assignee_id), \
	db_int64((t)->leader_id), db_text(task_priority_name((t)->priority)), \
	db_text(task_source_name((t)->source)), db_id((t)->finding_id), db_id((t)->start_day), \
	db_int64((t)->due_day), db_int64((t)->original_day), db_int64((t)->judged_due), \
	db_int64((t)->judged_day), db_int64((t)->progress), db_id((t)->completed_day), \
	db_id((t)->progress_day), db_blob((t)->sort_key, (t)->sort_key_len)

static const struct db_col task_id_col[] = { DB_COL_OF(INT64, struct task, id) };

static enum store_status units_set(struct store *st, int64_t task_id, const int64_t *ids,
                                   size_t n)
{
	enum store_status s = db_exec(st, &task_sql, TASK_UNITS_CLEAR, DB_PARAMS(db_int64(task_id)));
	char text[TASK_MAX_CO_UNITS * 21 + 1] = "";
	size_t len = 0;
	for (size_t i = 0; s == STORE_OK && i < n; i++) {
		s = db_exec(st, &task_sql, TASK_UNIT_ADD, DB_PARAMS(db_int64(task_id), db_int64(ids[i])));
		if (i < TASK_MAX_CO_UNITS)
			len += (size_t)snprintf(text + len, sizeof text - len, "%s%lld", i ? "," : "",
			                        (long long)ids[i]);
	}
	if (s == STORE_OK)
		s = db_change(st, &task_sql, TASK_CO_UNITS_SET, DB_PARAMS(db_int64(task_id), db_text(text)));
	return s;
}

static enum store_status task_insert(struct store *st, struct task *t)
{
	return db_get(st, &task_sql, TASK_INSERT, DB_PARAMS(TASK_PARAMS(t)), DB_COLS(task_id_col),
	              NULL, t);
}

static enum store_status task_update(struct store *st, const struct task *t)
{
	return db_change(st, &task_sql, TASK_UPDATE, DB_PARAMS(TASK_PARAMS(t), db_int64(t->id)));
}

/* A bytea array element: "\x" and the bytes in hex. */
static void pga_bytes(struct pg_array *arr, const unsigned char *p, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	char small[512], *buf = small;
	size_t need = 2 * len + 3;
	char *big = NULL;
	if (need > sizeof small)
		buf = big = malloc(need);
	if (buf == NULL) {
		arr->failed = true;
		return;
	}
	buf[0] = '\\';
	buf[1] = 'x';
	for (size_t i = 0; i < len; i++) {
		buf[2 + 2 * i] = hex[p[i] >> 4];
		buf[3 + 2 * i] = hex[p[i] & 15];
	}
	buf[2 + 2 * len] = '\0';
	pga_text(arr, buf);
	free(big);
}

static void pga_day(struct pg_array *arr, cal_day d)
{
	pga_id(arr, d);
}

struct id_rows {
	struct task *t;
	size_t n, got;
};

static int id_row(void *cls, const struct db_row *row)
{
	struct id_rows *ids = cls;
	if (ids->got < ids->n)
		ids->t[ids->got].id = db_row_int64(row, 0);
	ids->got++;
	return 0;
}

static enum store_status task_insert_many(struct store *st, struct task *t, size_t n)
{
	if (n == 0)
		return STORE_OK;
	if (!st->ops->array_params) {
		for (size_t i = 0; i < n; i++) {
			enum store_status rc = task_insert(st, &t[i]);
			if (rc != STORE_OK)
				return rc;
		}
		return STORE_OK;
	}
	if (n > INT_MAX)
		return STORE_HARD_ERROR;
	struct pg_array col[19] = { 0 };
	for (size_t i = 0; i < n; i++) {
		pga_text(&col[0], t[i].ref);
		pga_id(&col[1], t[i].plan_id);
		pga_int(&col[2], t[i].unit_id);
		pga_text(&col[3], t[i].title);
		pga_text(&col[4], t[i].description ? t[i].description : "");
		pga_int(&col[5], t[i].assignee_id);
		pga_int(&col[6], t[i].leader_id);
		pga_text(&col[7], task_priority_name(t[i].priority));
		pga_text(&col[8], task_source_name(t[i].source));
		pga_id(&col[9], t[i].finding_id);
		pga_day(&col[10], t[i].start_day);
		pga_int(&col[11], t[i].due_day);
		pga_int(&col[12], t[i].original_day);
		pga_int(&col[13], t[i].judged_due);
		pga_int(&col[14], t[i].judged_day);
		pga_int(&col[15], t[i].progress);
		pga_day(&col[16], t[i].completed_day);
		pga_day(&col[17], t[i].progress_day);
		pga_bytes(&col[18], t[i].sort_key, t[i].sort_key_len);
	}
	if (!pga_finish(col, 19)) {
		pga_free(col, 19);
		return STORE_HARD_ERROR;
	}
	struct db_param p[19];
	for (int i = 0; i < 19; i++)
		p[i] = db_text(col[i].p);
	struct id_rows ids = { t, n, 0 };
	enum store_status rc = db_query(st, &task_sql, TASK_INSERT_MANY, p, 19, id_row, &ids, NULL);
	pga_free(col, 19);
	if (rc == STORE_OK && ids.got != n)
		rc = STORE_HARD_ERROR;
	return rc;
}

static int ref_row(void *cls, const struct db_row *row)
{
	struct db_array *refs = cls;
	*(const char **)db_array_push(refs) = db_row_text(row, 0, refs->a);
	return 0;
}

static enum store_status unit_revision(struct store *st, int64_t unit_id, int64_t *rev)
{
	return db_revision(st, &task_sql, TASK_UNIT_REVISION, DB_PARAMS(db_int64(unit_id)), rev);
}

static enum store_status all_revision(struct store *st, int64_t *rev)
{
	return db_revision(st, &task_sql, TASK_ALL_REVISION, DB_NO_PARAMS, rev);
}

static enum store_status person_revision(struct store *st, int64_t person_id, int64_t *rev)
{
	return db_revision(st, &task_sql, TASK_PERSON_REVISION, DB_PARAMS(db_int64(person_id)), rev);
}

static enum store_status task_refs(struct store *st, struct arena *a, const char ***refs,
                                   size_t *n)
{
	struct db_array rows = { .a = a, .size = sizeof(const char *) };
	enum store_status rc = db_query(st, &task_sql, TASK_REFS, DB_NO_PARAMS, ref_row, &rows, NULL);
	*refs = db_array_done(&rows, rc, n);
	return rc;
}

/* ---- progress reports and deadline changes ------------------------------ */

static const struct db_col update_cols[] = {
	DB_COL_OF(INT64, struct task_update, id),
	DB_COL_OF(INT64, struct task_update, task_id),
	DB_COL_OF(INT, struct task_update, day),
	DB_COL_OF(INT, struct task_update, progress),
	DB_COL_OF(TEXT, struct task_update, note),
	DB_COL_OF(TEXT, struct task_update, attachment),
	DB_COL_OF(INT64, struct task_update, reporter_id),
	DB_COL_OF(TEXT, struct task_update, reporter),
	DB_COL_OF(INT64, struct task_update, reported_at),
};
static const struct db_col update_id_col[] = { DB_COL_OF(INT64, struct task_update, id) };

static enum store_status update_insert(struct store *st, struct task_update *u)
{
	if (u->reported_at == 0)
		u->reported_at = (int64_t)time(NULL);
	return db_get(st, &task_sql, TASK_UPDATE_INSERT,
	              DB_PARAMS(db_int64(u->task_id), db_int64(u->day), db_int64(u->progress),
	                        db_text(u->note), db_text(u->attachment), db_id(u->reporter_id),
	                        db_text(u->reporter ? u->reporter : "system"),
	                        db_int64(u->reported_at)),
	              DB_COLS(update_id_col), NULL, u);
}

static enum store_status update_list(struct store *st, int64_t task_id, struct arena *a,
                                     struct task_update **out, size_t *n)
{
	return db_list(st, &task_sql, TASK_UPDATE_LIST, DB_PARAMS(db_int64(task_id)),
	               DB_COLS(update_cols), a, sizeof **out, (void **)out, n);
}

static const struct db_col change_cols[] = {
	DB_COL_OF(INT64, struct task_deadline_change, id),
	DB_COL_OF(INT64, struct task_deadline_change, task_id),
	DB_COL_OF(INT, struct task_deadline_change, old_day),
	DB_COL_OF(INT, struct task_deadline_change, new_day),
	DB_COL_OF(TEXT, struct task_deadline_change, reason),
	DB_COL_OF(BOOL, struct task_deadline_change, approved),
	DB_COL_OF(TEXT, struct task_deadline_change, changed_by),
	DB_COL_OF(TEXT, struct task_deadline_change, approved_by),
	DB_COL_OF(INT64, struct task_deadline_change, changed_at),
};
static const struct db_col change_id_col[] = { DB_COL_OF(INT64, struct task_deadline_change, id) };

static enum store_status change_insert(struct store *st, struct task_deadline_change *c)
{
	if (c->changed_at == 0)
		c->changed_at = (int64_t)time(NULL);
	return db_get(st, &task_sql, TASK_CHANGE_INSERT,
	              DB_PARAMS(db_int64(c->task_id), db_int64(c->old_day), db_int64(c->new_day),
	                        db_text(c->reason), db_int64(c->approved ? 1 : 0),
	                        db_text(c->changed_by ? c->changed_by : "system"),
	                        db_text(c->approved_by), db_int64(c->changed_at)),
	              DB_COLS(change_id_col), NULL, c);
}

static enum store_status change_list(struct store *st, int64_t task_id, struct arena *a,
                                     struct task_deadline_change **out, size_t *n)
{
	return db_list(st, &task_sql, TASK_CHANGE_LIST, DB_PARAMS(db_int64(task_id)),
	               DB_COLS(change_cols), a, sizeof **out, (void **)out, n);
}

/* ---- plans ------------------------------------------------------------ */

static const struct db_col plan_cols[] = {
	DB_COL_OF(INT64, struct plan, id),
	DB_COL_OF(INT64, struct plan, unit_id),
	DB_COL_OF(INT, struct plan, year),
	DB_COL_OF(TEXT, struct plan, title),
	DB_COL_OF(TEXT, struct plan, description),
	DB_COL_OF(INT64, struct plan, leader_id),
	DB_COL_OF(INT, struct plan, due_day),
};
static const struct db_col plan_id_col[] = { DB_COL_OF(INT64, struct plan, id) };

static int target_id_row(void *cls, const struct db_row *row)
{
	struct db_array *ids = cls;
	*(int64_t *)db_array_push(ids) = db_row_int64(row, 0);
	return 0;
}

static enum store_status plan_read_targets(struct store *st, struct arena *a, struct plan *p)
{
	struct db_array ids = { .a = a, .size = sizeof(int64_t) };
	enum store_status rc = db_query(st, &task_sql, PLAN_TARGETS, DB_PARAMS(db_int64(p->id)),
	                                target_id_row, &ids, NULL);
	p->target_ids = db_array_done(&ids, rc, &p->ntargets);
	return rc;
}

static enum store_status plan_get(struct store *st, int64_t id, struct arena *a,
                                  struct plan *out)
{
	memset(out, 0, sizeof *out);
	enum store_status rc = db_get(st, &task_sql, PLAN_GET, DB_PARAMS(db_int64(id)),
	                              DB_COLS(plan_cols), a, out);
	return rc == STORE_OK ? plan_read_targets(st, a, out) : rc;
}

static enum store_status plan_list(struct store *st, const struct plan_filter *f,
                                   struct arena *a, struct plan **out, size_t *n)
{
	return db_list(st, &task_sql, PLAN_LIST,
	               DB_PARAMS(db_int64(f->unit_id), db_int64(f->year),
	                         db_int64(f->limit > 0 ? f->limit : INT64_MAX / 2),
	                         db_int64(f->offset > 0 ? f->offset : 0)),
	               DB_COLS(plan_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status plan_write_targets(struct store *st, const struct plan *p)
{
	enum store_status rc = db_exec(st, &task_sql, PLAN_TARGETS_CLEAR, DB_PARAMS(db_int64(p->id)));
	for (size_t i = 0; rc == STORE_OK && i < p->ntargets; i++)
		rc = db_exec(st, &task_sql, PLAN_TARGET_ADD,
		             DB_PARAMS(db_int64(p->id), db_int64(p->target_ids[i])));
	return rc;
}

#define PLAN_PARAMS(p) \
	db_int64((p)->unit_id), db_int64((p)->year), db_text((p)->title), \
	db_text((p)->description ? (p)->description : ""), db_int64((p)->leader_id), \
	db_int64((p)->due_day), db_blob((p)->sort_key, (p)->sort_key_len)

static enum store_status plan_insert(struct store *st, struct plan *p)
{
	enum store_status rc = db_get(st, &task_sql, PLAN_INSERT, DB_PARAMS(PLAN_PARAMS(p)),
	                              DB_COLS(plan_id_col), NULL, p);
	return rc == STORE_OK ? plan_write_targets(st, p) : rc;
}

static enum store_status plan_update(struct store *st, const struct plan *p)
{
	enum store_status rc = db_change(st, &task_sql, PLAN_UPDATE,
	                                 DB_PARAMS(PLAN_PARAMS(p), db_int64(p->id)));
	return rc == STORE_OK ? plan_write_targets(st, p) : rc;
}

/* ---- scorecards and the review ---- */

static const struct db_col counts_cols[] = {
	DB_COL_OF(INT64, struct task_counts, id),
	DB_COL_OF(INT64, struct task_counts, on_time),
	DB_COL_OF(INT64, struct task_counts, late),
	DB_COL_OF(INT64, struct task_counts, in_progress),
	DB_COL_OF(INT64, struct task_counts, overdue),
};

static enum store_status counts(struct store *st, size_t id, cal_day today, cal_day from,
                                cal_day to, struct arena *a, struct task_counts **out,
                                size_t *n)
{
	return db_list(st, &task_sql, id, DB_PARAMS(db_int64(today), db_int64(from), db_int64(to)),
	               DB_COLS(counts_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status counts_by_unit(struct store *st, cal_day today, cal_day from,
                                        cal_day to, struct arena *a, struct task_counts **out,
                                        size_t *n)
{
	return counts(st, TASK_COUNTS_BY_UNIT, today, from, to, a, out, n);
}

static const struct db_col leader_counts_cols[] = {
	DB_COL_OF(INT64, struct task_leader_counts, c.id),
	DB_COL_OF(INT64, struct task_leader_counts, c.on_time),
	DB_COL_OF(INT64, struct task_leader_counts, c.late),
	DB_COL_OF(INT64, struct task_leader_counts, c.in_progress),
	DB_COL_OF(INT64, struct task_leader_counts, c.overdue),
	DB_COL_OF(TEXT, struct task_leader_counts, full_name),
	DB_COL_OF(TEXT, struct task_leader_counts, title),
	DB_COL_OF(INT64, struct task_leader_counts, unit_id),
};

static enum store_status counts_by_leader(struct store *st, cal_day today, cal_day from,
                                          cal_day to, struct arena *a,
                                          struct task_leader_counts **out, size_t *n)
{
	return db_list(st, &task_sql, TASK_COUNTS_BY_LEADER,
	               DB_PARAMS(db_int64(today), db_int64(from), db_int64(to)),
	               DB_COLS(leader_counts_cols), a, sizeof **out, (void **)out, n);
}

static const struct db_col brief_cols[] = {
	DB_COL_OF(INT64, struct task_brief, id),
	DB_COL_OF(INT64, struct task_brief, unit_id),
	DB_COL_OF(INT64, struct task_brief, leader_id),
};

static enum store_status overdue_in(struct store *st, cal_day today, cal_day from, cal_day to,
                                    struct arena *a, struct task_brief **out, size_t *n)
{
	return db_list(st, &task_sql, TASK_OVERDUE_IN,
	               DB_PARAMS(db_int64(today), db_int64(from), db_int64(to)),
	               DB_COLS(brief_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status tasks_of_ids(struct store *st, const int64_t *ids, size_t n,
                                      struct arena *a, struct task **out, size_t *nout)
{
	char *list = arena_alloc(a, n * 21 + 1), *p = list;
	*p = '\0';
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, i ? ",%lld" : "%lld", (long long)ids[i]);
	return tasks(st, TASK_LIST_IDS, DB_PARAMS(db_text(list)), a, out, nout);
}

static const struct db_col target_brief_cols[] = {
	DB_COL_OF(INT64, struct target, id),
	DB_COL_OF(TEXT, struct target, code),
	DB_COL_OF(TEXT, struct target, name),
};

static enum store_status targets_without_plan(struct store *st, int64_t unit, int year,
                                              struct arena *a, struct target **out, size_t *n)
{
	return db_list(st, &task_sql, TASK_TARGETS_WITHOUT_PLAN,
	               DB_PARAMS(db_int64(unit), db_int64(year)), DB_COLS(target_brief_cols), a,
	               sizeof **out, (void **)out, n);
}

static enum store_status plans_without_tasks(struct store *st, int64_t unit, int year,
                                             struct arena *a, struct plan **out, size_t *n)
{
	return db_list(st, &task_sql, TASK_PLANS_WITHOUT_TASKS,
	               DB_PARAMS(db_int64(unit), db_int64(year)), DB_COLS(plan_cols), a,
	               sizeof **out, (void **)out, n);
}

/* ---- supervision ---- */

static const struct db_col supervision_cols[] = {
	DB_COL_OF(INT64, struct supervision, id),
	DB_COL_OF(INT64, struct supervision, unit_id),
	DB_COL_OF(TEXT, struct supervision, title),
	DB_COL_OF(INT, struct supervision, from_day),
	DB_COL_OF(INT, struct supervision, to_day),
	DB_COL_OF(TEXT, struct supervision, members),
	DB_COL_OF(TEXT, struct supervision, conclusions),
};
static const struct db_col supervision_id_col[] = { DB_COL_OF(INT64, struct supervision, id) };

static enum store_status supervision_get(struct store *st, int64_t id, struct arena *a,
                                         struct supervision *out)
{
	return db_get(st, &task_sql, SUPERVISION_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(supervision_cols), a, out);
}

static enum store_status supervision_list(struct store *st, int64_t unit, struct arena *a,
                                          struct supervision **out, size_t *n)
{
	return db_list(st, &task_sql, SUPERVISION_LIST, DB_PARAMS(db_int64(unit)),
	               DB_COLS(supervision_cols), a, sizeof **out, (void **)out, n);
}

#define SUPERVISION_PARAMS(s) \
	db_int64((s)->unit_id), db_text((s)->title), db_int64((s)->from_day), \
	db_int64((s)->to_day), db_text((s)->members ? (s)->members : ""), \
	db_text((s)->conclusions ? (s)->conclusions : "")

static enum store_status supervision_insert(struct store *st, struct supervision *s)
{
	return db_get(st, &task_sql, SUPERVISION_INSERT, DB_PARAMS(SUPERVISION_PARAMS(s)),
	              DB_COLS(supervision_id_col), NULL, s);
}

static enum store_status supervision_update(struct store *st, const struct supervision *s)
{
	return db_change(st, &task_sql, SUPERVISION_UPDATE,
	                 DB_PARAMS(SUPERVISION_PARAMS(s), db_int64(s->id)));
}

static const struct db_col finding_cols[] = {
	DB_COL_OF(INT64, struct supervision_finding, id),
	DB_COL_OF(INT64, struct supervision_finding, supervision_id),
	DB_COL_OF(TEXT, struct supervision_finding, text),
	DB_COL_OF(TEXT, struct supervision_finding, recorded_by),
	DB_COL_OF(INT64, struct supervision_finding, recorded_at),
};
static const struct db_col finding_id_col[] = { DB_COL_OF(INT64, struct supervision_finding, id) };

static enum store_status finding_insert(struct store *st, struct supervision_finding *f)
{
	if (f->recorded_at == 0)
		f->recorded_at = (int64_t)time(NULL);
	return db_get(st, &task_sql, SUPERVISION_FINDING_INSERT,
	              DB_PARAMS(db_int64(f->supervision_id), db_text(f->text),
	                        db_text(f->recorded_by ? f->recorded_by : "system"),
	                        db_int64(f->recorded_at)),
	              DB_COLS(finding_id_col), NULL, f);
}

static enum store_status findings(struct store *st, int64_t supervision_id, struct arena *a,
                                  struct supervision_finding **out, size_t *n)
{
	return db_list(st, &task_sql, SUPERVISION_FINDINGS, DB_PARAMS(db_int64(supervision_id)),
	               DB_COLS(finding_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status tasks_of_finding(struct store *st, int64_t finding_id,
                                          struct arena *a, struct task **out, size_t *n)
{
	return tasks(st, TASK_LIST_FINDING, DB_PARAMS(db_int64(finding_id)), a, out, n);
}

const struct task_store task_store = {
	.counts_by_unit = counts_by_unit,
	.counts_by_leader = counts_by_leader,
	.overdue_in = overdue_in,
	.tasks_of_ids = tasks_of_ids,
	.targets_without_plan = targets_without_plan,
	.plans_without_tasks = plans_without_tasks,
	.supervision_get = supervision_get,
	.supervision_list = supervision_list,
	.supervision_insert = supervision_insert,
	.supervision_update = supervision_update,
	.finding_insert = finding_insert,
	.findings = findings,
	.tasks_of_finding = tasks_of_finding,
	.task_get = task_get,
	.task_list = task_list,
	.task_count = task_count,
	.task_insert = task_insert,
	.task_update = task_update,
	.task_insert_many = task_insert_many,
	.unit_revision = unit_revision,
	.person_revision = person_revision,
	.all_revision = all_revision,
	.task_refs = task_refs,
	.units_set = units_set,
	.update_insert = update_insert,
	.update_list = update_list,
	.change_insert = change_insert,
	.change_list = change_list,
	.plan_get = plan_get,
	.plan_list = plan_list,
	.plan_insert = plan_insert,
	.plan_update = plan_update,
};

/* What this module owns in the database, for its struct module (.storage). */
const struct store_module task_storage = { "task", &task_sql, &task_migrations };
