/*
 * db.h: one generic way to run a statement, shared by every module's store.
 *
 * A module keeps its SQL in one list (src/<module>/<module>_sql.h), written
 * once for both engines with the dialect macros of store/db_sql_sqlite.h and
 * store/db_sql_pg.h, and compiled into a struct db_sql_list.  Its store
 * (src/<module>/<module>_store.c) runs those statements through the calls
 * below: parameters go in as an array of typed values (struct db_param),
 * results come out through an array of column specs (struct db_col: a type
 * and the offset of the member in the caller's record, like the field tables
 * of api/json_input.h) or through a per-row callback that uses the typed
 * column readers.  No module writes a row reader per engine, and no engine
 * knows a module: the engine (store_sqlite.c, store_pg.c) only prepares,
 * binds, steps and converts.  This is the shape of GNU Taler's exchangedb,
 * where each operation declares GNUNET_PQ_query_param_* and
 * GNUNET_PQ_result_spec_* arrays read by one routine.
 *
 * Statements are prepared once per connection, on first use, and cached on
 * the connection (each list gets its own range of cache slots the first time
 * it is used).  The number of parameters is checked against the prepared
 * statement on every call: a mismatch is a hard error, never a read past an
 * array.
 */
#ifndef DIEUHANH_DB_H
#define DIEUHANH_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

struct arena;

/* ---- statement lists ---------------------------------------------- */

struct db_sql_list {
	const char *module;             /* for the log: "org" */
	size_t n;                       /* statements */
	const char *const *names;       /* "ORG_UNIT_GET", for the log */
	const char *const *sqlite;      /* the text each engine prepares */
	const char *const *pg;
	int *slot;                      /* 1 + first cache slot; 0 until first used */
};

/* The text of statement ID of L that ST's engine runs; NULL when it runs none. */
const char *db_sql_text(const struct store *st, const struct db_sql_list *l, size_t id);

/* The first cache slot of L's statements (assigned once, thread-safe). */
size_t db_list_slot(const struct db_sql_list *l);
/* The number of cache slots assigned so far (an engine sizes its cache). */
size_t db_slots_assigned(void);

/* ---- parameters ---------------------------------------------------- */

enum db_param_type {
	DB_PARAM_NULL,
	DB_PARAM_INT64,
	DB_PARAM_DOUBLE,
	DB_PARAM_BOOL,
	DB_PARAM_TEXT,
	DB_PARAM_BLOB,
};

struct db_param {
	enum db_param_type type;
	union {
		int64_t i;
		double d;
		bool b;
		const char *s;
		const void *p;
	} v;
	size_t len;   /* DB_PARAM_BLOB */
};

static inline struct db_param db_null(void)
{
	return (struct db_param){ .type = DB_PARAM_NULL };
}

static inline struct db_param db_int64(int64_t v)
{
	return (struct db_param){ .type = DB_PARAM_INT64, .v.i = v };
}

/* An optional reference: 0 is SQL NULL. */
static inline struct db_param db_id(int64_t v)
{
	return v ? db_int64(v) : db_null();
}

static inline struct db_param db_double(double v)
{
	return (struct db_param){ .type = DB_PARAM_DOUBLE, .v.d = v };
}

/* An optional number: SQL NULL unless HAS. */
static inline struct db_param db_opt_double(bool has, double v)
{
	return has ? db_double(v) : db_null();
}

static inline struct db_param db_bool(bool v)
{
	return (struct db_param){ .type = DB_PARAM_BOOL, .v.b = v };
}

/* Text; NULL is SQL NULL. */
static inline struct db_param db_text(const char *s)
{
	return s ? (struct db_param){ .type = DB_PARAM_TEXT, .v.s = s } : db_null();
}

/* Bytes (never NULL: a NULL pointer is the empty string of bytes). */
static inline struct db_param db_blob(const void *p, size_t len)
{
	return (struct db_param){ .type = DB_PARAM_BLOB, .v.p = p ? p : "", .len = p ? len : 0 };
}

/* "array, count" for the calls below: DB_PARAMS(db_int64(id), db_text(code)). */
#define DB_PARAMS(...) \
	((const struct db_param[]){ __VA_ARGS__ }), \
	(sizeof((const struct db_param[]){ __VA_ARGS__ }) / sizeof(struct db_param))
#define DB_NO_PARAMS NULL, 0

/* ---- results ------------------------------------------------------- */

/* A result row, handed to a callback; read it with the db_row_* readers. */
struct db_row {
	const struct store_ops *ops;
	void *impl;     /* the engine's statement or result */
	int index;      /* the row number within the result */
};

/* Returns 0 to go on, nonzero to stop reading rows. */
typedef int (*db_row_fn)(void *cls, const struct db_row *row);

bool db_row_null(const struct db_row *r, int col);
int64_t db_row_int64(const struct db_row *r, int col);     /* NULL reads 0 */
double db_row_double(const struct db_row *r, int col);     /* NULL reads 0 */
bool db_row_bool(const struct db_row *r, int col);         /* NULL reads false */
/* Text in the engine's memory, valid during the callback; NULL for NULL. */
const char *db_row_text_raw(const struct db_row *r, int col, size_t *len);
/* A copy in A; NULL for NULL. */
const char *db_row_text(const struct db_row *r, int col, struct arena *a);
/* Bytes (a BYTES() column) into A; *LEN gets their number. */
const unsigned char *db_row_blob(const struct db_row *r, int col, struct arena *a,
                                 size_t *len);
/* Bytes into OUT when there are exactly CAP of them, else OUT is zeroed. */
void db_row_bytes(const struct db_row *r, int col, unsigned char *out, size_t cap);

enum db_col_type {
	DB_COL_INT64,       /* int64_t */
	DB_COL_INT,         /* int */
	DB_COL_DOUBLE,      /* double */
	DB_COL_OPT_DOUBLE,  /* double, and bool at aux: false when NULL */
	DB_COL_BOOL,        /* bool */
	DB_COL_TEXT,        /* const char *, copied into the arena */
	DB_COL_BLOB,        /* const unsigned char *, copied; size_t length at aux */
	DB_COL_BYTES,       /* unsigned char[aux], exactly that many bytes or zeros */
	DB_COL_CHARS,       /* char[aux], NUL-terminated, truncated to fit */
	DB_COL_SKIP,        /* not read */
};

/* Column I of the result is read by spec I of the array. */
struct db_col {
	enum db_col_type type;
	size_t offset;
	size_t aux;
};

#define DB_FIELD_SIZE(type, field) sizeof(((type *)0)->field)
#define DB_COL_OF(kind, type, field) { DB_COL_##kind, offsetof(type, field), 0 }
#define DB_COL_BLOB_OF(type, field, len_field) \
	{ DB_COL_BLOB, offsetof(type, field), offsetof(type, len_field) }
#define DB_COL_OPT_DOUBLE_OF(type, field, has_field) \
	{ DB_COL_OPT_DOUBLE, offsetof(type, field), offsetof(type, has_field) }
#define DB_COL_BYTES_OF(type, field) \
	{ DB_COL_BYTES, offsetof(type, field), DB_FIELD_SIZE(type, field) }
#define DB_COL_CHARS_OF(type, field) \
	{ DB_COL_CHARS, offsetof(type, field), DB_FIELD_SIZE(type, field) }
#define DB_COLS(array) (array), (sizeof(array) / sizeof((array)[0]))

/*
 * An arena array a per-row callback fills: db_array_push() gives the next
 * record, zeroed; db_array_done() the array (never NULL) and its length.
 */
struct db_array {
	struct arena *a;
	size_t size;
	size_t n, cap;
	char *v;
};

void *db_array_push(struct db_array *arr);
void *db_array_done(struct db_array *arr, enum store_status rc, size_t *n);

/* Reads one row into RECORD by the specs. */
void db_row_read(const struct db_row *r, const struct db_col *cols, size_t ncols,
                 struct arena *a, void *record);

/* ---- running statements -------------------------------------------- */

/*
 * Runs the statement; ON_ROW (may be NULL) sees each row; *CHANGES (may be
 * NULL) gets the number of rows an INSERT, UPDATE or DELETE touched.
 */
enum store_status db_query(struct store *st, const struct db_sql_list *l, size_t id,
                           const struct db_param *params, size_t nparams,
                           db_row_fn on_row, void *cls, int64_t *changes);

/*
 * Time spent in db_query on this thread (nanoseconds, rows read included)
 * and the statements run, since the thread started.
 */
void db_thread_counters(uint64_t *ns, uint64_t *statements);

/* A statement whose rows, if any, are ignored. */
enum store_status db_exec(struct store *st, const struct db_sql_list *l, size_t id,
                          const struct db_param *params, size_t nparams);

/* An UPDATE or DELETE: STORE_NOT_FOUND when it touched no row. */
enum store_status db_change(struct store *st, const struct db_sql_list *l, size_t id,
                            const struct db_param *params, size_t nparams);

/* The first row into RECORD by COLS; STORE_NOT_FOUND when there is none. */
enum store_status db_get(struct store *st, const struct db_sql_list *l, size_t id,
                         const struct db_param *params, size_t nparams,
                         const struct db_col *cols, size_t ncols,
                         struct arena *a, void *record);

/* Every row into an arena array of records of SIZE bytes. */
enum store_status db_list(struct store *st, const struct db_sql_list *l, size_t id,
                          const struct db_param *params, size_t nparams,
                          const struct db_col *cols, size_t ncols,
                          struct arena *a, size_t size, void **out, size_t *n);

/* One integer from the first row's first column (0 when there is no row). */
enum store_status db_scalar(struct store *st, const struct db_sql_list *l, size_t id,
                            const struct db_param *params, size_t nparams, int64_t *v);

/*
 * A revision counter: statement ID of L, reading one integer with at most
 * one integer parameter (PARAMS, NPARAMS 0 or 1).  Remembered per thread
 * while the engine knows that no revision changed since it was read
 * (store_ops.revision_epoch: PostgreSQL's listener), else read; never
 * remembered inside a transaction, which may have written it.
 */
enum store_status db_revision(struct store *st, const struct db_sql_list *l, size_t id,
                              const struct db_param *params, size_t nparams, int64_t *rev);

/* LIKE pattern text with '%', '_' and '\' escaped by '\' (for LIKE_ESCAPE). */
const char *db_like_escape(struct arena *a, const char *s);

/*
 * Prepares every statement of L on this thread's connection (tests,
 * checks), but those the list gives no text for on this engine.
 */
enum store_status db_prepare_all(struct store *st, const struct db_sql_list *l);

#endif
