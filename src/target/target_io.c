/*
 * target_io.c: see target_io.h.
 *
 * Libraries do the formats that have one: libxlsxwriter writes xlsx; an
 * xlsx file is read as what it is, a zip archive (libzip, from memory) of
 * XML parts parsed as a stream with expat (target_io_xlsx.c).  CSV (RFC 4180) has no C library
 * in Debian worth the dependency, so a small reader lives here: quoted
 * fields, "" escapes, CRLF / LF / CR line ends, a UTF-8 BOM skipped; it is
 * covered by tests/unit/test_target_io.c.
 */
#include "target/target_io.h"
#include "target/target_io_internal.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "target/target_board.h"
#include "text/vntext.h"
#include "util/arena.h"

/* ---- small helpers ------------------------------------------------------ */


void io_buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (p == NULL) {
			b->failed = true;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void buf_str(struct buf *b, const char *s)
{
	io_buf_add(b, s, strlen(s));
}

/* Growth of an arena array of SIZE-byte items holding N, to at least N + 1. */
void *io_arena_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return v;
	size_t ncap = *cap ? *cap * 2 : 16;
	void *nv = arena_alloc(a, ncap * size);
	if (n)
		memcpy(nv, v, n * size);
	*cap = ncap;
	return nv;
}

void io_issue_add(struct io_issues *l, struct arena *a, int row, const char *field,
                  const char *detail)
{
	l->v = io_arena_grow(a, l->v, l->n, &l->cap, sizeof *l->v);
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

/* ---- CSV reader ----------------------------------------------------------- */

/*
 * Appends one row of cells to the sheet, unless every cell is empty (blank
 * lines, and lines of only commas, are skipped but still counted).
 */
void io_sheet_push(struct io_sheet *s, size_t *cap, struct arena *a, int row_no,
                   const char **cells, size_t n)
{
	bool any = false;
	for (size_t i = 0; i < n && !any; i++)
		any = cells[i] && cells[i][0];
	if (!any)
		return;
	s->rows = io_arena_grow(a, s->rows, s->nrows, cap, sizeof *s->rows);
	struct io_row *r = &s->rows[s->nrows++];
	r->row_no = row_no;
	r->ncells = n;
	r->cells = arena_memdup(a, cells, n * sizeof *cells);
}

enum { CSV_MAX_COLUMNS = 1024 };

bool target_io_read_csv(const char *data, size_t len, struct arena *a, struct io_sheet *out,
                        const char **error, int *error_row)
{
	memset(out, 0, sizeof *out);
	*error = NULL;
	*error_row = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		data += 3, len -= 3;
	if (!vn_valid_utf8(data, len)) {
		*error = "The file is not UTF-8 text: in Excel, save it as \"CSV UTF-8\".";
		return false;
	}
	size_t rows_cap = 0;
	const char **cells = arena_alloc(a, CSV_MAX_COLUMNS * sizeof *cells);
	size_t ncells = 0;
	struct buf field = { 0 };
	int row_no = 1;
	size_t i = 0;
	bool ok = true;
	while (i < len && ok) {
		/* One field, starting at I. */
		field.len = 0;
		if (field.p)
			field.p[0] = '\0';
		if (data[i] == '"') {
			i++;
			for (;;) {
				if (i >= len) {
					*error = "A quoted field is not closed: a \" is missing.";
					*error_row = row_no;
					ok = false;
					break;
				}
				if (data[i] == '"') {
					if (i + 1 < len && data[i + 1] == '"') {
						io_buf_add(&field, "\"", 1);
						i += 2;
						continue;
					}
					i++;
					break;
				}
				size_t j = i;
				while (j < len && data[j] != '"')
					j++;
				io_buf_add(&field, data + i, j - i);
				i = j;
			}
			if (ok && i < len && data[i] != ',' && data[i] != '\r' && data[i] != '\n') {
				*error = "Text follows a closing quote: write a \" inside a quoted "
				         "field as \"\".";
				*error_row = row_no;
				ok = false;
			}
		} else {
			size_t j = i;
			while (j < len && data[j] != ',' && data[j] != '\r' && data[j] != '\n')
				j++;
			io_buf_add(&field, data + i, j - i);
			i = j;
		}
		if (!ok)
			break;
		if (field.failed) {
			*error = "Out of memory.";
			ok = false;
			break;
		}
		if (ncells == CSV_MAX_COLUMNS) {
			*error = "A row has more than 1024 columns.";
			*error_row = row_no;
			ok = false;
			break;
		}
		cells[ncells++] = arena_strndup(a, field.p ? field.p : "", field.len);
		/* What ends the field: a comma, a line end, or the end of the data. */
		if (i < len && data[i] == ',') {
			i++;
			if (i == len) /* "a,b," at the very end: one more, empty, field */
				cells[ncells++] = "";
			continue;
		}
		if (i < len && data[i] == '\r')
			i++;
		if (i < len && data[i] == '\n') /* LF, or the LF of CRLF */
			i++;
		io_sheet_push(out, &rows_cap, a, row_no, cells, ncells);
		ncells = 0;
		row_no++;
	}
	if (ok && ncells)
		io_sheet_push(out, &rows_cap, a, row_no, cells, ncells);
	free(field.p);
	return ok;
}

/* ---- import rows ------------------------------------------------------------ */

static const char *const import_cols[] = { "target_code", "unit_code", "period_no", "value",
                                           "note" };
enum { COL_TARGET, COL_UNIT, COL_PERIOD, COL_VALUE, COL_NOTE, NCOLS };

static const char *cell_of(const struct io_row *r, long col)
{
	if (col < 0 || (size_t)col >= r->ncells)
		return NULL;
	return r->cells[col];
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
			if (!header_is(a, h->cells[i], import_cols[c]))
				continue;
			if (col[c] >= 0) {
				io_issue_add(issues, a, h->row_no, import_cols[c],
				             arena_printf(a, "The header has the column \"%s\" twice.",
				                          import_cols[c]));
				header_ok = false;
			}
			col[c] = (long)i;
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

/* ---- export table ------------------------------------------------------------ */

static const char *const status_labels[] = {
	[TS_NO_DATA] = "Chưa có số liệu",
	[TS_ACHIEVED] = "Đạt",
	[TS_ON_TRACK] = "Đúng tiến độ",
	[TS_AT_RISK] = "Có nguy cơ",
	[TS_OFF_TRACK] = "Chậm tiến độ",
};

const char *target_status_label(enum target_status s)
{
	return (unsigned)s < sizeof status_labels / sizeof *status_labels ? status_labels[s] : "";
}

static const struct {
	const char *name;
	double width;
} fixed_cols[] = {
	{ "code", 18 }, { "parent_code", 12 }, { "name", 50 }, { "unit_of_measure", 12 },
	{ "kind", 12 }, { "target_low", 11 }, { "target_high", 11 }, { "owner_unit", 28 },
	{ "value", 12 }, { "attainment_pct", 14 }, { "forecast", 12 },
	{ "forecast_attainment_pct", 14 }, { "status_label", 16 }, { "status", 11 },
	{ "period", 9 },
};
enum {
	X_CODE, X_PARENT, X_NAME, X_UOM, X_KIND, X_LOW, X_HIGH, X_OWNER, X_VALUE, X_ATT,
	X_FORECAST, X_FATT, X_LABEL, X_STATUS, X_PERIOD, X_FIXED
};

static void fill_row(struct io_cell *c, const struct board_entry *e, const char *parent,
                     const char *owner, size_t nperiods)
{
	const struct target *t = e->t;
	const struct judgement *j = &e->j;
	c[X_CODE] = (struct io_cell){ IO_TEXT, t->code, 0 };
	if (parent)
		c[X_PARENT] = (struct io_cell){ IO_TEXT, parent, 0 };
	c[X_NAME] = (struct io_cell){ IO_TEXT, t->name, 0 };
	if (t->unit_of_measure && t->unit_of_measure[0])
		c[X_UOM] = (struct io_cell){ IO_TEXT, t->unit_of_measure, 0 };
	c[X_KIND] = (struct io_cell){ IO_TEXT, target_kind_name(t->kind), 0 };
	c[X_LOW] = (struct io_cell){ IO_NUMBER, NULL, t->target_low };
	if (t->has_high)
		c[X_HIGH] = (struct io_cell){ IO_NUMBER, NULL, t->target_high };
	if (owner && owner[0])
		c[X_OWNER] = (struct io_cell){ IO_TEXT, owner, 0 };
	if (j->has_value) {
		c[X_VALUE] = (struct io_cell){ IO_NUMBER, NULL, j->value };
		c[X_ATT] = (struct io_cell){ IO_PERCENT, NULL, j->attainment };
	}
	if (j->has_forecast) {
		c[X_FORECAST] = (struct io_cell){ IO_NUMBER, NULL, j->forecast };
		c[X_FATT] = (struct io_cell){ IO_PERCENT, NULL, j->forecast_attainment };
	}
	c[X_LABEL] = (struct io_cell){ IO_TEXT, target_status_label(j->status), 0 };
	c[X_STATUS] = (struct io_cell){ IO_TEXT, target_status_name(j->status), 0 };
	c[X_PERIOD] = (struct io_cell){ IO_TEXT, period_kind_name(t->period), 0 };
	for (size_t i = 0; i < e->nseries; i++) {
		int p = e->series[i].period_no;
		if (p >= 1 && (size_t)p <= nperiods)
			c[X_FIXED + (size_t)p - 1] = (struct io_cell){ IO_NUMBER, NULL,
			                                               e->series[i].value };
	}
}

void target_io_board_table(const struct board *b,
                           const char *(*unit_name)(void *ctx, int64_t unit_id), void *ctx,
                           struct arena *a, struct io_table *out)
{
	memset(out, 0, sizeof *out);
	out->title = arena_printf(a, "Chỉ tiêu %d", b->year);
	size_t nperiods = 1, nrows = 0;
	for (size_t i = 0; i < b->n; i++) {
		nrows += 1 + b->rows[i].nchildren;
		int pc = period_count(b->rows[i].t->period);
		if (pc > 0 && (size_t)pc > nperiods)
			nperiods = (size_t)pc;
	}
	out->ncols = X_FIXED + nperiods;
	out->header = arena_alloc(a, out->ncols * sizeof *out->header);
	out->widths = arena_alloc(a, out->ncols * sizeof *out->widths);
	for (size_t c = 0; c < X_FIXED; c++) {
		out->header[c] = fixed_cols[c].name;
		out->widths[c] = fixed_cols[c].width;
	}
	for (size_t p = 0; p < nperiods; p++) {
		out->header[X_FIXED + p] = arena_printf(a, "period_%zu", p + 1);
		out->widths[X_FIXED + p] = 10;
	}
	out->nrows = nrows;
	out->cells = arena_alloc(a, (nrows ? nrows : 1) * out->ncols * sizeof *out->cells);
	out->level = arena_alloc(a, (nrows ? nrows : 1) * sizeof *out->level);
	size_t r = 0;
	for (size_t i = 0; i < b->n; i++) {
		const struct board_entry *e = &b->rows[i];
		fill_row(&out->cells[r * out->ncols], e, NULL,
		         unit_name ? unit_name(ctx, e->t->owner_unit_id) : NULL, nperiods);
		out->level[r++] = 0;
		for (size_t c = 0; c < e->nchildren; c++) {
			const struct board_entry *ch = &e->children[c];
			fill_row(&out->cells[r * out->ncols], ch, e->t->code,
			         unit_name ? unit_name(ctx, ch->t->owner_unit_id) : NULL, nperiods);
			out->level[r++] = 1;
		}
	}
}

/* ---- CSV writer --------------------------------------------------------------- */

/* A number without noise: whole numbers as such, else up to 4 decimals. */
static void number_text(double v, char *s, size_t n)
{
	if (fabs(v) < 1e15 && v == floor(v)) {
		snprintf(s, n, "%.0f", v);
	} else {
		snprintf(s, n, "%.4f", v);
		char *dot = strchr(s, '.');
		if (dot) {
			char *e = s + strlen(s) - 1;
			while (e > dot && *e == '0')
				*e-- = '\0';
			if (e == dot)
				*e = '\0';
		}
	}
	if (strcmp(s, "-0") == 0)
		snprintf(s, n, "0");
}

static void csv_field(struct buf *b, const char *s)
{
	/*
	 * Text that Excel would take for a formula (=, +, -, @ first) is
	 * prefixed with an apostrophe: names come from users (CSV injection).
	 */
	bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t'
	               || s[0] == '\r';
	bool quote = formula || strpbrk(s, ",\"\r\n") != NULL
	             || (s[0] && (isspace((unsigned char)s[0])
	                          || isspace((unsigned char)s[strlen(s) - 1])));
	if (!quote) {
		buf_str(b, s);
		return;
	}
	io_buf_add(b, "\"", 1);
	if (formula)
		io_buf_add(b, "'", 1);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			io_buf_add(b, "\"", 1);
		io_buf_add(b, p, 1);
	}
	io_buf_add(b, "\"", 1);
}

char *target_io_csv(const struct io_table *t, size_t *len)
{
	struct buf b = { 0 };
	io_buf_add(&b, "\xEF\xBB\xBF", 3);
	for (size_t c = 0; c < t->ncols; c++) {
		if (c)
			io_buf_add(&b, ",", 1);
		csv_field(&b, t->header[c]);
	}
	io_buf_add(&b, "\r\n", 2);
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const struct io_cell *cell = &t->cells[r * t->ncols + c];
			if (c)
				io_buf_add(&b, ",", 1);
			char num[64];
			switch (cell->kind) {
			case IO_EMPTY:
				break;
			case IO_TEXT:
				csv_field(&b, cell->text ? cell->text : "");
				break;
			case IO_NUMBER:
				number_text(cell->num, num, sizeof num);
				buf_str(&b, num);
				break;
			case IO_PERCENT:
				snprintf(num, sizeof num, "%.1f", cell->num);
				buf_str(&b, strcmp(num, "-0.0") == 0 ? "0.0" : num);
				break;
			}
		}
		io_buf_add(&b, "\r\n", 2);
	}
	if (b.failed) {
		free(b.p);
		return NULL;
	}
	*len = b.len;
	return b.p;
}

/* ---- xlsx writer ---------------------------------------------------------------- */

/* Writes T to PATH; true when libxlsxwriter reports no error. */
static bool write_workbook(const struct io_table *t, const char *path, const char *tmpdir)
{
	lxw_workbook_options opt = { .constant_memory = LXW_FALSE, .tmpdir = (char *)(uintptr_t)tmpdir };
	lxw_workbook *wb = workbook_new_opt(path, &opt);
	if (wb == NULL)
		return false;
	lxw_worksheet *ws = workbook_add_worksheet(wb, t->title);
	if (ws == NULL) {
		workbook_close(wb);
		return false;
	}
	lxw_format *head = workbook_add_format(wb);
	format_set_bold(head);
	format_set_bg_color(head, 0xDDEBF7);
	format_set_bottom(head, LXW_BORDER_THIN);
	format_set_text_wrap(head);
	format_set_align(head, LXW_ALIGN_VERTICAL_TOP);
	lxw_format *num = workbook_add_format(wb);
	format_set_num_format(num, "#,##0.0");
	lxw_format *pct = workbook_add_format(wb);
	format_set_num_format(pct, "0.0%");
	lxw_format *top = workbook_add_format(wb);
	format_set_bold(top);
	lxw_format *indent = workbook_add_format(wb);
	format_set_indent(indent, 1);

	for (size_t c = 0; c < t->ncols; c++) {
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, t->widths ? t->widths[c] : 12,
		                     NULL);
		worksheet_write_string(ws, 0, (lxw_col_t)c, t->header[c], head);
	}
	for (size_t r = 0; r < t->nrows; r++) {
		lxw_row_t row = (lxw_row_t)(r + 1);
		bool child = t->level && t->level[r] > 0;
		for (size_t c = 0; c < t->ncols; c++) {
			const struct io_cell *cell = &t->cells[r * t->ncols + c];
			lxw_col_t col = (lxw_col_t)c;
			switch (cell->kind) {
			case IO_EMPTY:
				break;
			case IO_TEXT:
				worksheet_write_string(ws, row, col, cell->text ? cell->text : "",
				                       c <= X_NAME ? (child ? indent : c == X_CODE ? top : NULL)
				                                   : NULL);
				break;
			case IO_NUMBER:
				worksheet_write_number(ws, row, col, cell->num, num);
				break;
			case IO_PERCENT:
				worksheet_write_number(ws, row, col, cell->num / 100.0, pct);
				break;
			}
		}
	}
	worksheet_freeze_panes(ws, 1, 0);
	if (t->nrows)
		worksheet_autofilter(ws, 0, 0, (lxw_row_t)t->nrows, (lxw_col_t)(t->ncols - 1));
	return workbook_close(wb) == LXW_NO_ERROR;
}

/*
 * libxlsxwriter 1.1.4 (Debian 12) only writes to a named file: a private
 * directory (mkdtemp, mode 0700) holds it until it is read back.
 */
char *target_io_xlsx(const struct io_table *t, const char *tmpdir, size_t *len)
{
	char dir[256];
	snprintf(dir, sizeof dir, "%s/dieuhanh-xlsx-XXXXXX", tmpdir ? tmpdir : "/tmp");
	if (mkdtemp(dir) == NULL)
		return NULL;
	char path[300];
	snprintf(path, sizeof path, "%s/board.xlsx", dir);
	char *data = NULL;
	if (write_workbook(t, path, dir)) {
		FILE *f = fopen(path, "rb");
		if (f) {
			struct buf b = { 0 };
			char chunk[16384];
			size_t n;
			while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
				io_buf_add(&b, chunk, n);
			if (ferror(f) || b.failed || b.len == 0) {
				free(b.p);
			} else {
				data = b.p;
				*len = b.len;
			}
			fclose(f);
		}
	}
	unlink(path);
	rmdir(dir);
	return data;
}
