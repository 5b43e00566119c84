/*
 * pg_array.h: PostgreSQL array literals for the bulk statements of the
 * module stores, on an engine that takes array parameters
 * (store_ops.array_params: an import's figures and audit entries go in as
 * one array per column, one round trip whatever the number of rows).
 */
#ifndef DIEUHANH_PG_ARRAY_H
#define DIEUHANH_PG_ARRAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

/*
 * A PostgreSQL array literal, built in a malloc'd buffer: {1,NULL,"a \"b\""}.
 * Text elements are always quoted, with " and \ escaped; FAILED on OOM.
 */
struct pg_array {
	char *p;
	size_t len, cap;
	bool failed;
};

void pga_add(struct pg_array *a, const char *s, size_t n);
/* The separator before the next element ("{" before the first). */
void pga_sep(struct pg_array *a);
void pga_int(struct pg_array *a, int64_t v);
/* V, or NULL for 0 (an id that is not there). */
void pga_id(struct pg_array *a, int64_t v);
void pga_double(struct pg_array *a, double v);
/* S quoted, with " and \ escaped; NULL for NULL. */
void pga_text(struct pg_array *a, const char *s);
/* Closes each of the N arrays ("{}" when empty); false if any ran out of memory. */
bool pga_finish(struct pg_array *arr, int n);
void pga_free(struct pg_array *arr, int n);

struct store;
struct db_sql_list;

/*
 * Runs statement ID of L with the N arrays as its parameters (closing
 * them first), then frees them; *CHANGES (may be NULL) as db_query().
 */
enum store_status pga_exec(struct store *st, const struct db_sql_list *l, size_t id,
                           struct pg_array *arr, int n, int64_t *changes);

#endif
