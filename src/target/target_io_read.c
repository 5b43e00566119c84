/*
 * target_io_read.c: sheets read from CSV and xlsx files (see target_io.h).
 *
 * An xlsx file is read as what it is, a zip archive (libzip, from memory) of
 * XML parts parsed as a stream with expat.  CSV (RFC 4180) has no C library
 * in Debian worth the dependency, so a small reader lives here: quoted
 * fields, "" escapes, CRLF / LF / CR line ends, a UTF-8 BOM skipped; it is
 * covered by tests/unit/test_target_io.c.
 *
 * Both keep only the non-empty cells of a row, as (column, text) pairs: a
 * row of one cell in column AMJ costs one pair, not 1,024 slots (issue 7: a
 * 25.8 KB workbook of such rows used to take 5 GB).  Both count rows, cells
 * and bytes as they go and stop at the first limit exceeded.
 */
#include "target/target_io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <expat.h>
#include <zip.h>

#include "target/io_buf.h"
#include "text/vntext.h"
#include "util/arena.h"

const char *io_row_cell(const struct io_row *r, size_t col)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].col == col)
			return r->cells[i].text;
	return NULL;
}

/* ---- building a sheet, within the limits ------------------------------------ */

struct builder {
	struct io_sheet *sheet;
	struct arena *a;
	size_t rows_cap;
	long cells;
	struct io_read_error *err;
};

static bool limit_exceeded(struct io_read_error *err, int row, const char *limit, long long max,
                           const char *detail)
{
	if (err->detail == NULL)
		*err = (struct io_read_error){ detail, row, limit, max };
	return false;
}

static bool too_many_rows(struct io_read_error *err, int row)
{
	return limit_exceeded(err, row, "rows", TARGET_IO_MAX_ROWS,
	                      "The file has more than 100,000 rows of figures (the limit): "
	                      "split it into several files.");
}

/*
 * Counts N more non-empty cells against the limit; false (with the error)
 * when the sheet would hold too many.
 */
static bool count_cells(struct builder *b, int row, size_t n)
{
	b->cells += (long)n;
	if (b->cells <= TARGET_IO_MAX_CELLS)
		return true;
	return limit_exceeded(b->err, row, "cells", TARGET_IO_MAX_CELLS,
	                      "The sheet has more than 1,048,576 filled cells (the limit).");
}

/*
 * Appends a row of N non-empty cells (copied), unless N is 0: blank rows,
 * and rows of empty cells, are skipped but still counted by their numbers.
 * False when the sheet would pass the row limit (the header row is not
 * counted).
 */
static bool sheet_push(struct builder *b, int row_no, const struct io_cell_in *cells, size_t n)
{
	if (n == 0)
		return true;
	struct io_sheet *s = b->sheet;
	if (s->nrows >= (size_t)TARGET_IO_MAX_ROWS + 1)
		return too_many_rows(b->err, row_no);
	s->rows = arena_grow(b->a, s->rows, s->nrows, &b->rows_cap, sizeof *s->rows);
	struct io_row *r = &s->rows[s->nrows++];
	r->row_no = row_no;
	r->ncells = n;
	r->cells = arena_memdup(b->a, cells, n * sizeof *cells);
	return true;
}

/* ---- CSV reader ----------------------------------------------------------- */

bool target_io_read_csv(const char *data, size_t len, struct arena *a, struct io_sheet *out,
                        struct io_read_error *err)
{
	memset(out, 0, sizeof *out);
	memset(err, 0, sizeof *err);
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		data += 3, len -= 3;
	if (!vn_valid_utf8(data, len)) {
		err->detail = "The file is not UTF-8 text: in Excel, save it as \"CSV UTF-8\".";
		return false;
	}
	struct builder b = { .sheet = out, .a = a, .err = err };
	/* The non-empty fields of the current row; at most one per column. */
	struct io_cell_in *cells = arena_alloc(a, TARGET_IO_MAX_COLUMNS * sizeof *cells);
	size_t ncells = 0, col = 0;
	struct buf field = { 0 };
	int row_no = 1;
	size_t i = 0;
	bool ok = true;
	while (i < len && ok) {
		/* One field, starting at I. */
		const char *text = data + i;
		size_t tlen = 0;
		if (data[i] == '"') {
			field.len = 0;
			i++;
			for (;;) {
				if (i >= len) {
					*err = (struct io_read_error){
						"A quoted field is not closed: a \" is missing.", row_no, NULL, 0 };
					ok = false;
					break;
				}
				if (data[i] == '"') {
					if (i + 1 < len && data[i + 1] == '"') {
						buf_add(&field, "\"", 1);
						i += 2;
						continue;
					}
					i++;
					break;
				}
				size_t j = i;
				while (j < len && data[j] != '"')
					j++;
				buf_add(&field, data + i, j - i);
				i = j;
			}
			if (ok && i < len && data[i] != ',' && data[i] != '\r' && data[i] != '\n') {
				*err = (struct io_read_error){ "Text follows a closing quote: write a \" "
				                               "inside a quoted field as \"\".", row_no,
				                               NULL, 0 };
				ok = false;
			}
			if (field.failed) {
				err->detail = "Out of memory.";
				ok = false;
			}
			text = field.p ? field.p : "";
			tlen = field.len;
		} else {
			size_t j = i;
			while (j < len && data[j] != ',' && data[j] != '\r' && data[j] != '\n')
				j++;
			tlen = j - i;
			i = j;
		}
		if (!ok)
			break;
		if (col == TARGET_IO_MAX_COLUMNS) {
			ok = limit_exceeded(err, row_no, "columns", TARGET_IO_MAX_COLUMNS,
			                    "A row has more than 1,024 columns (the limit).");
			break;
		}
		if (tlen > TARGET_IO_MAX_TEXT) {
			ok = limit_exceeded(err, row_no, "cell_bytes", TARGET_IO_MAX_TEXT,
			                    "A cell holds more than 1 MiB of text (the limit).");
			break;
		}
		if (tlen > 0) {
			if (!count_cells(&b, row_no, 1)) {
				ok = false;
				break;
			}
			cells[ncells++] = (struct io_cell_in){ col, arena_strndup(a, text, tlen) };
		}
		col++;
		/* What ends the field: a comma, a line end, or the end of the data. */
		if (i < len && data[i] == ',') {
			i++;
			continue;
		}
		if (i < len && data[i] == '\r')
			i++;
		if (i < len && data[i] == '\n') /* LF, or the LF of CRLF */
			i++;
		ok = sheet_push(&b, row_no, cells, ncells);
		ncells = col = 0;
		row_no++;
	}
	if (ok && ncells)
		ok = sheet_push(&b, row_no, cells, ncells);
	free(field.p);
	if (!ok)
		memset(out, 0, sizeof *out);
	return ok;
}

/* ---- xlsx reader ---------------------------------------------------------- */

struct xstate {
	struct arena *a;
	XML_Parser parser;
	struct io_read_error *err;
	size_t xml_left;       /* uncompressed bytes the parts may still take */

	struct buf text;       /* the text being collected */
	bool collecting;
	int skip;              /* > 0 inside <rPh> (phonetic runs: not cell text) */

	/* xl/sharedStrings.xml */
	const char **sst;
	size_t nsst, sst_cap;

	/* xl/worksheets/sheet1.xml */
	struct builder b;
	struct io_cell_in *cur; /* the non-empty cells of the current row */
	size_t ncur, cur_cap;
	int row_no, last_row;
	size_t col_next;
	size_t ccol;
	char ctype[16];
	bool in_cell, has_value;
};

/* "uri|local" (expat's namespace form) to "local". */
static const char *local_name(const char *name)
{
	const char *bar = strrchr(name, '|');
	return bar ? bar + 1 : name;
}

static const char *attr(const char **atts, const char *name)
{
	for (size_t i = 0; atts[i]; i += 2)
		if (strcmp(local_name(atts[i]), name) == 0)
			return atts[i + 1];
	return NULL;
}

static void stop(struct xstate *x, const char *detail)
{
	if (x->err->detail == NULL)
		x->err->detail = detail;
	XML_StopParser(x->parser, XML_FALSE);
}

/* Stops the parser after a limit_exceeded() has filled the error. */
static void stop_at_limit(struct xstate *x)
{
	XML_StopParser(x->parser, XML_FALSE);
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int n)
{
	struct xstate *x = ud;
	if (!x->collecting || x->skip)
		return;
	if (x->text.len + (size_t)n > TARGET_IO_MAX_TEXT) {
		limit_exceeded(x->err, x->row_no, "cell_bytes", TARGET_IO_MAX_TEXT,
		               "A cell holds more than 1 MiB of text (the limit).");
		stop_at_limit(x);
		return;
	}
	buf_add(&x->text, s, (size_t)n);
	if (x->text.failed)
		stop(x, "Out of memory.");
}

static void text_reset(struct xstate *x)
{
	x->text.len = 0;
	if (x->text.p)
		x->text.p[0] = '\0';
}

static const char *text_copy(struct xstate *x)
{
	return arena_strndup(x->a, x->text.p ? x->text.p : "", x->text.len);
}

static void XMLCALL sst_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	(void)atts;
	struct xstate *x = ud;
	const char *n = local_name(name);
	if (strcmp(n, "si") == 0)
		text_reset(x);
	else if (strcmp(n, "rPh") == 0)
		x->skip++;
	else if (strcmp(n, "t") == 0)
		x->collecting = true;
}

static void XMLCALL sst_end(void *ud, const XML_Char *name)
{
	struct xstate *x = ud;
	const char *n = local_name(name);
	if (strcmp(n, "rPh") == 0 && x->skip > 0)
		x->skip--;
	else if (strcmp(n, "t") == 0)
		x->collecting = false;
	else if (strcmp(n, "si") == 0) {
		/* As many strings as cells at most: each costs memory, used or not. */
		if (x->nsst >= (size_t)TARGET_IO_MAX_CELLS) {
			limit_exceeded(x->err, 0, "cells", TARGET_IO_MAX_CELLS,
			               "The workbook has more than 1,048,576 shared strings (the "
			               "limit).");
			stop_at_limit(x);
			return;
		}
		x->sst = arena_grow(x->a, x->sst, x->nsst, &x->sst_cap, sizeof *x->sst);
		x->sst[x->nsst++] = text_copy(x);
	}
}

/* "AB12" -> column 27 (0-based); false when not a cell reference. */
static bool column_of(const char *ref, size_t *col)
{
	size_t c = 0, n = 0;
	while (*ref >= 'A' && *ref <= 'Z' && n < 4) {
		c = c * 26 + (size_t)(*ref - 'A' + 1);
		ref++, n++;
	}
	if (n == 0 || c > 16384)
		return false;
	*col = c - 1;
	return true;
}

static void XMLCALL sheet_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xstate *x = ud;
	const char *n = local_name(name);
	if (strcmp(n, "row") == 0) {
		const char *r = attr(atts, "r");
		long v = r ? strtol(r, NULL, 10) : 0;
		x->row_no = v > 0 && v <= 1048576 ? (int)v : x->last_row + 1;
		x->ncur = 0;
		x->col_next = 0;
	} else if (strcmp(n, "c") == 0) {
		const char *r = attr(atts, "r"), *t = attr(atts, "t");
		if (r == NULL || !column_of(r, &x->ccol))
			x->ccol = x->col_next;
		snprintf(x->ctype, sizeof x->ctype, "%s", t ? t : "n");
		x->in_cell = true;
		x->has_value = false;
		text_reset(x);
	} else if (!x->in_cell) {
		return;
	} else if (strcmp(n, "v") == 0) {
		text_reset(x);
		x->collecting = true;
	} else if (strcmp(n, "rPh") == 0) {
		x->skip++;
	} else if (strcmp(n, "t") == 0) {
		/* <is><t>, or <is><r><t> runs: concatenated */
		x->collecting = true;
	}
}

static void end_cell(struct xstate *x)
{
	x->in_cell = false;
	x->col_next = x->ccol + 1;
	if (!x->has_value || x->ccol >= TARGET_IO_MAX_COLUMNS)
		return;
	const char *text;
	if (strcmp(x->ctype, "s") == 0) {
		char *end;
		unsigned long i = strtoul(x->text.p ? x->text.p : "", &end, 10);
		if (x->text.len == 0 || *end != '\0' || i >= x->nsst) {
			stop(x, "A cell refers to a shared string that does not exist.");
			return;
		}
		text = x->sst[i];
	} else {
		if (x->text.len == 0)
			return;
		text = text_copy(x);
	}
	if (text[0] == '\0')
		return;
	if (!count_cells(&x->b, x->row_no, 1)) {
		stop_at_limit(x);
		return;
	}
	x->cur = arena_grow(x->a, x->cur, x->ncur, &x->cur_cap, sizeof *x->cur);
	x->cur[x->ncur++] = (struct io_cell_in){ x->ccol, text };
}

static int cell_col_cmp(const void *pa, const void *pb)
{
	const struct io_cell_in *p = pa, *q = pb;
	return (p->col > q->col) - (p->col < q->col);
}

static void end_row(struct xstate *x)
{
	x->last_row = x->row_no;
	/* Excel writes cells left to right; a file that does not is put in order. */
	for (size_t i = 1; i < x->ncur; i++)
		if (x->cur[i].col < x->cur[i - 1].col) {
			qsort(x->cur, x->ncur, sizeof *x->cur, cell_col_cmp);
			break;
		}
	if (!sheet_push(&x->b, x->row_no, x->cur, x->ncur))
		stop_at_limit(x);
	x->ncur = 0;
}

static void XMLCALL sheet_end(void *ud, const XML_Char *name)
{
	struct xstate *x = ud;
	const char *n = local_name(name);
	if (strcmp(n, "row") == 0) {
		end_row(x);
	} else if (strcmp(n, "c") == 0) {
		end_cell(x);
	} else if (strcmp(n, "v") == 0 || strcmp(n, "t") == 0) {
		if (x->collecting && !x->skip)
			x->has_value = true;
		x->collecting = false;
	} else if (strcmp(n, "rPh") == 0 && x->skip > 0) {
		x->skip--;
	}
}

static bool too_much_xml(struct xstate *x)
{
	return limit_exceeded(x->err, 0, "uncompressed_bytes", TARGET_IO_MAX_XML,
	                      "The workbook holds more than 64 MiB of XML uncompressed (the "
	                      "limit).");
}

/*
 * Streams part NAME of Z through a fresh parser with START and END.  The
 * part's declared size is checked first (cheap refusal of an honest large
 * file), then every byte actually inflated is counted against the same
 * budget: a zip entry's declared size is whatever its writer put there.
 */
static bool parse_part(zip_t *z, const char *name, bool required, struct xstate *x,
                       XML_StartElementHandler start, XML_EndElementHandler end)
{
	zip_stat_t sb;
	zip_stat_init(&sb);
	if (zip_stat(z, name, 0, &sb) != 0) {
		if (required)
			x->err->detail = "The workbook has no first worksheet "
			                 "(xl/worksheets/sheet1.xml).";
		return !required;
	}
	if ((sb.valid & ZIP_STAT_SIZE) && sb.size > x->xml_left)
		return too_much_xml(x);
	zip_file_t *f = zip_fopen(z, name, 0);
	if (f == NULL) {
		x->err->detail = "The workbook cannot be read (damaged or encrypted).";
		return false;
	}
	XML_Parser p = XML_ParserCreateNS(NULL, '|');
	if (p == NULL) {
		zip_fclose(f);
		x->err->detail = "Out of memory.";
		return false;
	}
	x->parser = p;
	x->collecting = false;
	x->skip = 0;
	XML_SetUserData(p, x);
	XML_SetElementHandler(p, start, end);
	XML_SetCharacterDataHandler(p, on_text);
	char chunk[16384];
	bool ok = true;
	for (;;) {
		zip_int64_t n = zip_fread(f, chunk, sizeof chunk);
		if (n < 0) {
			if (x->err->detail == NULL)
				x->err->detail = "The workbook cannot be read (damaged).";
			ok = false;
			break;
		}
		if ((size_t)n > x->xml_left) {
			ok = too_much_xml(x);
			break;
		}
		x->xml_left -= (size_t)n;
		if (XML_Parse(p, chunk, (int)n, n == 0) == XML_STATUS_ERROR) {
			if (x->err->detail == NULL)
				x->err->detail = "The workbook's XML is malformed.";
			ok = false;
			break;
		}
		if (n == 0)
			break;
	}
	XML_ParserFree(p);
	x->parser = NULL;
	zip_fclose(f);
	return ok && x->err->detail == NULL;
}

bool target_io_read_xlsx(const void *data, size_t len, struct arena *a, struct io_sheet *out,
                         struct io_read_error *err)
{
	memset(out, 0, sizeof *out);
	memset(err, 0, sizeof *err);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = len ? zip_source_buffer_create(data, len, 0, &ze) : NULL;
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
	zip_error_fini(&ze);
	if (z == NULL) {
		if (src)
			zip_source_free(src);
		err->detail = "The file is not an xlsx workbook (not a zip archive).";
		return false;
	}
	struct xstate x = {
		.a = a, .err = err, .xml_left = TARGET_IO_MAX_XML,
		.b = { .sheet = out, .a = a, .err = err },
	};
	bool ok = parse_part(z, "xl/sharedStrings.xml", false, &x, sst_start, sst_end)
	       && parse_part(z, "xl/worksheets/sheet1.xml", true, &x, sheet_start, sheet_end);
	zip_discard(z); /* read-only: closes the archive and its source */
	free(x.text.p);
	if (!ok) {
		if (err->detail == NULL)
			err->detail = "The workbook cannot be read.";
		memset(out, 0, sizeof *out);
	}
	return ok;
}
