/*
 * db.c: the engine-neutral half of db.h: reading rows by column specs, and
 * the common shapes of a call (exec, change, get one, list, scalar) over the
 * engine's one query function.
 */
#include "store/db.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "util/arena.h"

static pthread_mutex_t slot_lock = PTHREAD_MUTEX_INITIALIZER;
static size_t slots_assigned;

size_t db_list_slot(const struct db_sql_list *l)
{
	int s = __atomic_load_n(l->slot, __ATOMIC_ACQUIRE);
	if (s > 0)
		return (size_t)s - 1;
	pthread_mutex_lock(&slot_lock);
	s = *l->slot;
	if (s == 0) {
		s = (int)slots_assigned + 1;
		slots_assigned += l->n;
		__atomic_store_n(l->slot, s, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&slot_lock);
	return (size_t)s - 1;
}

const char *db_sql_text(const struct store *st, const struct db_sql_list *l, size_t id)
{
	if (id >= l->n)
		return NULL;
	return st->ops->dialect == STORE_DIALECT_POSTGRESQL ? l->pg[id] : l->sqlite[id];
}

size_t db_slots_assigned(void)
{
	pthread_mutex_lock(&slot_lock);
	size_t n = slots_assigned;
	pthread_mutex_unlock(&slot_lock);
	return n;
}

/* ---- row readers --------------------------------------------------- */

bool db_row_null(const struct db_row *r, int col)
{
	return r->ops->col_null(r, col);
}

int64_t db_row_int64(const struct db_row *r, int col)
{
	return r->ops->col_null(r, col) ? 0 : r->ops->col_int64(r, col);
}

double db_row_double(const struct db_row *r, int col)
{
	return r->ops->col_null(r, col) ? 0 : r->ops->col_double(r, col);
}

bool db_row_bool(const struct db_row *r, int col)
{
	return !r->ops->col_null(r, col) && r->ops->col_bool(r, col);
}

const char *db_row_text_raw(const struct db_row *r, int col, size_t *len)
{
	if (r->ops->col_null(r, col)) {
		*len = 0;
		return NULL;
	}
	return r->ops->col_text(r, col, len);
}

const char *db_row_text(const struct db_row *r, int col, struct arena *a)
{
	size_t len;
	const char *t = db_row_text_raw(r, col, &len);
	return t ? arena_strndup(a, t, len) : NULL;
}

const unsigned char *db_row_blob(const struct db_row *r, int col, struct arena *a,
                                 size_t *len)
{
	*len = r->ops->col_null(r, col) ? 0 : r->ops->col_blob_len(r, col);
	unsigned char *b = arena_alloc(a, *len ? *len : 1);
	if (*len)
		r->ops->col_blob_copy(r, col, b, *len);
	return b;
}

void db_row_bytes(const struct db_row *r, int col, unsigned char *out, size_t cap)
{
	memset(out, 0, cap);
	if (!r->ops->col_null(r, col) && r->ops->col_blob_len(r, col) == cap)
		r->ops->col_blob_copy(r, col, out, cap);
}

void db_row_read(const struct db_row *r, const struct db_col *cols, size_t ncols,
                 struct arena *a, void *record)
{
	char *base = record;
	for (size_t i = 0; i < ncols; i++) {
		void *field = base + cols[i].offset;
		int col = (int)i;
		switch (cols[i].type) {
		case DB_COL_INT64:
			*(int64_t *)field = db_row_int64(r, col);
			break;
		case DB_COL_INT:
			*(int *)field = (int)db_row_int64(r, col);
			break;
		case DB_COL_DOUBLE:
			*(double *)field = db_row_double(r, col);
			break;
		case DB_COL_OPT_DOUBLE:
			*(bool *)(base + cols[i].aux) = !db_row_null(r, col);
			*(double *)field = db_row_double(r, col);
			break;
		case DB_COL_BOOL:
			*(bool *)field = db_row_bool(r, col);
			break;
		case DB_COL_TEXT:
			*(const char **)field = db_row_text(r, col, a);
			break;
		case DB_COL_BLOB:
			*(const unsigned char **)field =
				db_row_blob(r, col, a, (size_t *)(base + cols[i].aux));
			break;
		case DB_COL_BYTES:
			db_row_bytes(r, col, field, cols[i].aux);
			break;
		case DB_COL_CHARS: {
			size_t len;
			const char *t = db_row_text_raw(r, col, &len);
			snprintf(field, cols[i].aux, "%.*s", (int)len, t ? t : "");
			break;
		}
		case DB_COL_SKIP:
			break;
		}
	}
}

/* ---- calls --------------------------------------------------------- */

/*
 * Per thread, so counting costs no lock and no shared cache line: the
 * server reads them before and after the work it does for a request
 * (metrics: database time by route).
 */
static _Thread_local uint64_t thread_db_ns, thread_db_statements;

void db_thread_counters(uint64_t *ns, uint64_t *statements)
{
	*ns = thread_db_ns;
	*statements = thread_db_statements;
}

enum store_status db_query(struct store *st, const struct db_sql_list *l, size_t id,
                           const struct db_param *params, size_t nparams,
                           db_row_fn on_row, void *cls, int64_t *changes)
{
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	enum store_status rc = st->ops->query(st, l, id, params, nparams, on_row, cls, changes);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	thread_db_ns += (uint64_t)((t1.tv_sec - t0.tv_sec) * 1000000000LL
	                           + (t1.tv_nsec - t0.tv_nsec));
	thread_db_statements++;
	return rc;
}

enum store_status db_exec(struct store *st, const struct db_sql_list *l, size_t id,
                          const struct db_param *params, size_t nparams)
{
	return db_query(st, l, id, params, nparams, NULL, NULL, NULL);
}

enum store_status db_change(struct store *st, const struct db_sql_list *l, size_t id,
                            const struct db_param *params, size_t nparams)
{
	int64_t changes = 0;
	enum store_status rc = db_query(st, l, id, params, nparams, NULL, NULL, &changes);
	if (rc == STORE_OK && changes == 0)
		rc = STORE_NOT_FOUND;
	return rc;
}

struct get_ctx {
	const struct db_col *cols;
	size_t ncols;
	struct arena *a;
	void *record;
	bool found;
};

static int get_row(void *cls, const struct db_row *row)
{
	struct get_ctx *g = cls;
	db_row_read(row, g->cols, g->ncols, g->a, g->record);
	g->found = true;
	return 1;
}

enum store_status db_get(struct store *st, const struct db_sql_list *l, size_t id,
                         const struct db_param *params, size_t nparams,
                         const struct db_col *cols, size_t ncols,
                         struct arena *a, void *record)
{
	struct get_ctx g = { cols, ncols, a, record, false };
	enum store_status rc = db_query(st, l, id, params, nparams, get_row, &g, NULL);
	if (rc == STORE_OK && !g.found)
		rc = STORE_NOT_FOUND;
	return rc;
}

void *db_array_push(struct db_array *arr)
{
	if (arr->n == arr->cap) {
		size_t cap = arr->cap ? 2 * arr->cap : 16;
		char *bigger = arena_array(arr->a, cap, arr->size);
		if (arr->n)
			memcpy(bigger, arr->v, arr->n * arr->size);
		arr->v = bigger;
		arr->cap = cap;
	}
	char *rec = arr->v + arr->n++ * arr->size;
	memset(rec, 0, arr->size);
	return rec;
}

void *db_array_done(struct db_array *arr, enum store_status rc, size_t *n)
{
	*n = rc == STORE_OK ? arr->n : 0;
	return arr->v ? arr->v : arena_alloc(arr->a, arr->size);
}

struct list_ctx {
	const struct db_col *cols;
	size_t ncols;
	struct db_array rows;
};

static int list_row(void *cls, const struct db_row *row)
{
	struct list_ctx *c = cls;
	db_row_read(row, c->cols, c->ncols, c->rows.a, db_array_push(&c->rows));
	return 0;
}

enum store_status db_list(struct store *st, const struct db_sql_list *l, size_t id,
                          const struct db_param *params, size_t nparams,
                          const struct db_col *cols, size_t ncols,
                          struct arena *a, size_t size, void **out, size_t *n)
{
	struct list_ctx c = { cols, ncols, { .a = a, .size = size } };
	enum store_status rc = db_query(st, l, id, params, nparams, list_row, &c, NULL);
	*out = db_array_done(&c.rows, rc, n);
	return rc;
}

static int scalar_row(void *cls, const struct db_row *row)
{
	*(int64_t *)cls = db_row_int64(row, 0);
	return 1;
}

enum store_status db_scalar(struct store *st, const struct db_sql_list *l, size_t id,
                            const struct db_param *params, size_t nparams, int64_t *v)
{
	*v = 0;
	return db_query(st, l, id, params, nparams, scalar_row, v, NULL);
}

/* A thread's remembered revisions: a small direct-mapped table. */
enum { REVISION_MEMO = 128 };
struct revision_memo {
	const struct store *st;
	const struct db_sql_list *l;
	size_t id;
	int64_t param;
	uint64_t epoch;
	int64_t rev;
};
static _Thread_local struct revision_memo revision_memo[REVISION_MEMO];

enum store_status db_revision(struct store *st, const struct db_sql_list *l, size_t id,
                              const struct db_param *params, size_t nparams, int64_t *rev)
{
	uint64_t epoch;
	if (nparams > 1 || (nparams == 1 && params[0].type != DB_PARAM_INT64)
	    || !st->ops->revision_epoch(st, &epoch) || st->ops->in_transaction(st))
		return db_scalar(st, l, id, params, nparams, rev);
	int64_t param = nparams ? params[0].v.i : 0;
	uintptr_t h = ((uintptr_t)l >> 4) ^ (uintptr_t)id * 31u ^ (uintptr_t)param * 131u;
	struct revision_memo *m = &revision_memo[h % REVISION_MEMO];
	if (m->st == st && m->l == l && m->id == id && m->param == param && m->epoch == epoch) {
		*rev = m->rev;
		return STORE_OK;
	}
	/* The epoch was taken before the read: a change meanwhile makes this entry stale at once. */
	enum store_status s = db_scalar(st, l, id, params, nparams, rev);
	if (s == STORE_OK)
		*m = (struct revision_memo){ st, l, id, param, epoch, *rev };
	return s;
}

const char *db_like_escape(struct arena *a, const char *s)
{
	if (s == NULL)
		return NULL;
	char *out = arena_alloc(a, 2 * strlen(s) + 1), *o = out;
	for (; *s; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			*o++ = '\\';
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

enum store_status db_prepare_all(struct store *st, const struct db_sql_list *l)
{
	enum store_status worst = STORE_OK;
	for (size_t i = 0; i < l->n; i++) {
		if (db_sql_text(st, l, i) == NULL)
			continue;   /* SQL_BY_ENGINE(name, NULL, ...): not run on this engine */
		enum store_status rc = st->ops->prepare(st, l, i);
		if (rc != STORE_OK) {
			fprintf(stderr, "db: %s.%s does not prepare on %s\n", l->module, l->names[i],
			        st->ops->engine);
			worst = rc;
		}
	}
	return worst;
}
