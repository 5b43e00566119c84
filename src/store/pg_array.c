/* pg_array.c: see pg_array.h. */
#include "store/pg_array.h"

#include "store/db.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pga_add(struct pg_array *a, const char *s, size_t n)
{
	if (a->failed)
		return;
	if (a->len + n + 2 > a->cap) {
		size_t cap = a->cap ? a->cap : 256;
		while (cap < a->len + n + 2)
			cap *= 2;
		char *q = realloc(a->p, cap);
		if (q == NULL) {
			a->failed = true;
			return;
		}
		a->p = q;
		a->cap = cap;
	}
	memcpy(a->p + a->len, s, n);
	a->len += n;
	a->p[a->len] = '\0';
}

void pga_sep(struct pg_array *a)
{
	pga_add(a, a->len ? "," : "{", 1);
}

void pga_int(struct pg_array *a, int64_t v)
{
	char num[32];
	pga_sep(a);
	pga_add(a, num, (size_t)snprintf(num, sizeof num, "%" PRId64, v));
}

/* V, or NULL for 0 (an id that is not there). */
void pga_id(struct pg_array *a, int64_t v)
{
	if (v) {
		pga_int(a, v);
	} else {
		pga_sep(a);
		pga_add(a, "NULL", 4);
	}
}

void pga_double(struct pg_array *a, double v)
{
	char num[40];
	pga_sep(a);
	pga_add(a, num, (size_t)snprintf(num, sizeof num, "%.17g", v));
}

void pga_text(struct pg_array *a, const char *s)
{
	pga_sep(a);
	if (s == NULL) {
		pga_add(a, "NULL", 4);
		return;
	}
	pga_add(a, "\"", 1);
	for (const char *q = s; *q; ) {
		size_t run = strcspn(q, "\"\\");
		pga_add(a, q, run);
		q += run;
		if (*q) {
			pga_add(a, "\\", 1);
			pga_add(a, q, 1);
			q++;
		}
	}
	pga_add(a, "\"", 1);
}


void pga_free(struct pg_array *arr, int n)
{
	for (int i = 0; i < n; i++)
		free(arr[i].p);
}

bool pga_finish(struct pg_array *arr, int n)
{
	bool ok = true;
	for (int i = 0; i < n; i++) {
		if (arr[i].len == 0)
			pga_add(&arr[i], "{", 1);
		pga_add(&arr[i], "}", 1);
		ok = ok && !arr[i].failed;
	}
	return ok;
}

enum store_status pga_exec(struct store *st, const struct db_sql_list *l, size_t id,
                           struct pg_array *arr, int n, int64_t *changes)
{
	enum store_status rc = STORE_HARD_ERROR;
	struct db_param *p = calloc((size_t)(n > 0 ? n : 1), sizeof *p);
	if (p && pga_finish(arr, n)) {
		for (int i = 0; i < n; i++)
			p[i] = db_text(arr[i].p);
		rc = db_query(st, l, id, p, (size_t)n, NULL, NULL, changes);
	}
	free(p);
	pga_free(arr, n);
	return rc;
}
