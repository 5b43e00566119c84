/*
 * target_import.c: a sheet turned into import rows (see target_io.h): the
 * header mapped by name, each row's cells checked, repeated rows found.
 * Pure: the codes are resolved against storage by the caller.
 */
#include "target/target_io.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "target/io_buf.h"
#include "util/arena.h"

void io_issue_add(struct io_issues *l, struct arena *a, int row, const char *field,
                  const char *detail)
{
	l->v = arena_grow(a, l->v, l->n, &l->cap, sizeof *l->v);
	l->v[l->n++] = (struct io_issue){ row, field, detail };
}

/* Copy of S[0..N) without leading and trailing blanks. */
static char *trimmed(struct arena *a, const char *s)
{
	if (s == NULL)
		return NULL;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return arena_strndup(a, s, n);
}

static const char *const import_cols[] = { "target_code", "unit_code", "period_no", "value",
                                           "note" };
enum { COL_TARGET, COL_UNIT, COL_PERIOD, COL_VALUE, COL_NOTE, NCOLS };

static const char *cell_of(const struct io_row *r, long col)
{
	return col < 0 ? NULL : io_row_cell(r, (size_t)col);
}

/* A decimal number: [sign] digits [. digits] [e [sign] digits], blanks around. */
static bool parse_number(const char *s, double *out)
{
	const char *p = s;
	while (isspace((unsigned char)*p))
		p++;
	const char *start = p;
	if (*p == '+' || *p == '-')
		p++;
	size_t digits = 0;
	while (isdigit((unsigned char)*p))
		p++, digits++;
	if (*p == '.') {
		p++;
		while (isdigit((unsigned char)*p))
			p++, digits++;
	}
	if (digits == 0)
		return false;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!isdigit((unsigned char)*p))
			return false;
		while (isdigit((unsigned char)*p))
			p++;
	}
	const char *end = p;
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '\0')
		return false;
	char tmp[64];
	if ((size_t)(end - start) >= sizeof tmp)
		return false;
	memcpy(tmp, start, (size_t)(end - start));
	tmp[end - start] = '\0';
	errno = 0;
	double v = strtod(tmp, NULL);
	if (errno == ERANGE || !isfinite(v))
		return false;
	*out = v;
	return true;
}

/* Case-insensitive ASCII comparison of a header cell with NAME, blanks trimmed. */
static bool header_is(struct arena *a, const char *cell, const char *name)
{
	char *t = trimmed(a, cell);
	if (t == NULL)
		return false;
	for (char *p = t; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return strcmp(t, name) == 0;
}

size_t target_io_import_rows(const struct io_sheet *sheet, struct arena *a,
                             struct import_row **rows, struct io_issues *issues)
{
	*rows = NULL;
	if (sheet->nrows == 0) {
		io_issue_add(issues, a, 1, NULL, "The file is empty: it needs a header row with the "
		             "columns " TARGET_IO_IMPORT_COLUMNS ".");
		return 0;
	}
	const struct io_row *h = &sheet->rows[0];
	long col[NCOLS];
	bool header_ok = true;
	for (size_t c = 0; c < NCOLS; c++) {
		col[c] = -1;
		for (size_t i = 0; i < h->ncells; i++) {
			if (!header_is(a, h->cells[i].text, import_cols[c]))
				continue;
			if (col[c] >= 0) {
				io_issue_add(issues, a, h->row_no, import_cols[c],
				             arena_printf(a, "The header has the column \"%s\" twice.",
				                          import_cols[c]));
				header_ok = false;
			}
			col[c] = (long)h->cells[i].col;
		}
		if (col[c] < 0 && c != COL_NOTE) {
			io_issue_add(issues, a, h->row_no, import_cols[c],
			             arena_printf(a, "The header has no column \"%s\"; the columns are "
			                          TARGET_IO_IMPORT_COLUMNS " (note may be left out).",
			                          import_cols[c]));
			header_ok = false;
		}
	}
	if (!header_ok)
		return 0;
	struct import_row *v = arena_alloc(a, (sheet->nrows - 1 + 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = 1; i < sheet->nrows; i++) {
		const struct io_row *r = &sheet->rows[i];
		const char *cells[NCOLS];
		bool any = false;
		for (size_t c = 0; c < NCOLS; c++) {
			cells[c] = trimmed(a, cell_of(r, col[c]));
			any = any || (cells[c] && cells[c][0]);
		}
		if (!any) /* only other columns filled in: not a figure */
			continue;
		struct import_row ir = { .row_no = r->row_no };
		bool ok = true;
		for (size_t c = 0; c < COL_NOTE; c++)
			if (cells[c] == NULL || cells[c][0] == '\0') {
				io_issue_add(issues, a, r->row_no, import_cols[c], "Required.");
				ok = false;
			}
		ir.target_code = cells[COL_TARGET];
		ir.unit_code = cells[COL_UNIT];
		double d;
		if (cells[COL_PERIOD] && cells[COL_PERIOD][0]) {
			if (!parse_number(cells[COL_PERIOD], &d) || d != floor(d) || d < 1 || d > 366) {
				io_issue_add(issues, a, r->row_no, "period_no",
				             "The period must be a whole number: 1-12 for a month, 1-4 for "
				             "a quarter, 1 for the year.");
				ok = false;
			} else {
				ir.period_no = (int)d;
			}
		}
		if (cells[COL_VALUE] && cells[COL_VALUE][0]) {
			if (!parse_number(cells[COL_VALUE], &ir.value)) {
				io_issue_add(issues, a, r->row_no, "value",
				             strchr(cells[COL_VALUE], ',')
				             ? "The value must be a number written with a dot for decimals "
				               "(12.5) and no thousands separator."
				             : "The value must be a number.");
				ok = false;
			}
		}
		ir.note = cells[COL_NOTE] && cells[COL_NOTE][0] ? cells[COL_NOTE] : NULL;
		if (ir.note && strlen(ir.note) > 2000) {
			io_issue_add(issues, a, r->row_no, "note", "The note is longer than 2,000 bytes.");
			ok = false;
		}
		if (ok)
			v[n++] = ir;
	}
	*rows = v;
	return n;
}

static int row_key_cmp(const void *pa, const void *pb)
{
	const struct import_row *x = *(const struct import_row *const *)pa;
	const struct import_row *y = *(const struct import_row *const *)pb;
	int c = strcmp(x->target_code, y->target_code);
	if (c == 0)
		c = strcmp(x->unit_code, y->unit_code);
	if (c == 0)
		c = (x->period_no > y->period_no) - (x->period_no < y->period_no);
	if (c == 0)
		c = (x->row_no > y->row_no) - (x->row_no < y->row_no);
	return c;
}

void target_io_find_duplicates(const struct import_row *rows, size_t n, struct arena *a,
                               struct io_issues *issues)
{
	if (n < 2)
		return;
	const struct import_row **p = arena_alloc(a, n * sizeof *p);
	for (size_t i = 0; i < n; i++)
		p[i] = &rows[i];
	qsort(p, n, sizeof *p, row_key_cmp);
	size_t first = 0;
	for (size_t i = 1; i < n; i++) {
		const struct import_row *f = p[first], *r = p[i];
		if (strcmp(f->target_code, r->target_code) == 0
		    && strcmp(f->unit_code, r->unit_code) == 0 && f->period_no == r->period_no) {
			io_issue_add(issues, a, r->row_no, "period_no",
			             arena_printf(a, "Rows %d and %d both give target %s, unit %s, "
			                          "period %d: keep one.", f->row_no, r->row_no,
			                          r->target_code, r->unit_code, r->period_no));
		} else {
			first = i;
		}
	}
}
