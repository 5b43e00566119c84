/*
 * target_io.c: see target_io.h.  The board out to CSV and xlsx (written with
 * libxlsxwriter); the readers are in target_io_read.c, the import rows in
 * target_import.c.
 */
#include "target/target_io.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "target/io_buf.h"
#include "target/target_board.h"
#include "util/arena.h"

/* ---- small helpers ------------------------------------------------------ */

void buf_add(struct buf *b, const char *s, size_t n)
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

void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void *arena_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size)
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
	buf_add(b, "\"", 1);
	if (formula)
		buf_add(b, "'", 1);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			buf_add(b, "\"", 1);
		buf_add(b, p, 1);
	}
	buf_add(b, "\"", 1);
}

char *target_io_csv(const struct io_table *t, size_t *len)
{
	struct buf b = { 0 };
	buf_add(&b, "\xEF\xBB\xBF", 3);
	for (size_t c = 0; c < t->ncols; c++) {
		if (c)
			buf_add(&b, ",", 1);
		csv_field(&b, t->header[c]);
	}
	buf_add(&b, "\r\n", 2);
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const struct io_cell *cell = &t->cells[r * t->ncols + c];
			if (c)
				buf_add(&b, ",", 1);
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
		buf_add(&b, "\r\n", 2);
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
				buf_add(&b, chunk, n);
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
