/*
 * target_io_xlsx.c: reading an xlsx upload (see target_io.h): a zip archive
 * (libzip, from memory) of XML parts parsed as a stream with expat.
 */
#include "target/target_io.h"
#include "target/target_io_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <expat.h>
#include <zip.h>

enum {
	XLSX_MAX_PART = 64 << 20,    /* bytes of XML read from one part (zip bombs) */
	XLSX_MAX_CELLS = 1 << 21,    /* cells kept from the sheet */
	XLSX_MAX_COLUMNS = 1024,     /* cells further right are ignored */
	XLSX_MAX_TEXT = 1 << 20,     /* bytes in one string */
};

struct xcell {
	size_t col;
	const char *text;
};

struct xstate {
	struct arena *a;
	XML_Parser parser;
	const char *error;

	struct buf text;       /* the text being collected */
	bool collecting;
	int skip;              /* > 0 inside <rPh> (phonetic runs: not cell text) */

	/* xl/sharedStrings.xml */
	const char **sst;
	size_t nsst, sst_cap;

	/* xl/worksheets/sheet1.xml */
	struct io_sheet *sheet;
	size_t rows_cap;
	struct xcell *cur;     /* the cells of the current row */
	size_t ncur, cur_cap;
	int row_no, last_row;
	size_t col_next;
	size_t ccol;
	char ctype[16];
	bool in_cell, has_value;
	size_t cells;
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

static void stop(struct xstate *x, const char *error)
{
	if (x->error == NULL)
		x->error = error;
	XML_StopParser(x->parser, XML_FALSE);
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int n)
{
	struct xstate *x = ud;
	if (!x->collecting || x->skip)
		return;
	if (x->text.len + (size_t)n > XLSX_MAX_TEXT) {
		stop(x, "A cell holds too much text.");
		return;
	}
	io_buf_add(&x->text, s, (size_t)n);
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
		x->sst = io_arena_grow(x->a, x->sst, x->nsst, &x->sst_cap, sizeof *x->sst);
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
	if (!x->has_value || x->ccol >= XLSX_MAX_COLUMNS)
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
		text = text_copy(x);
	}
	if (++x->cells > XLSX_MAX_CELLS) {
		stop(x, "The sheet has too many cells.");
		return;
	}
	x->cur = io_arena_grow(x->a, x->cur, x->ncur, &x->cur_cap, sizeof *x->cur);
	x->cur[x->ncur++] = (struct xcell){ x->ccol, text };
}

static void end_row(struct xstate *x)
{
	x->last_row = x->row_no;
	if (x->ncur == 0)
		return;
	size_t n = 0;
	for (size_t i = 0; i < x->ncur; i++)
		if (x->cur[i].col + 1 > n)
			n = x->cur[i].col + 1;
	const char **cells = arena_alloc(x->a, n * sizeof *cells);
	for (size_t i = 0; i < x->ncur; i++)
		cells[x->cur[i].col] = x->cur[i].text;
	io_sheet_push(x->sheet, &x->rows_cap, x->a, x->row_no, cells, n);
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

/* Streams part NAME of Z through a fresh parser with START and END. */
static bool parse_part(zip_t *z, const char *name, bool required, struct xstate *x,
                       XML_StartElementHandler start, XML_EndElementHandler end)
{
	zip_stat_t sb;
	zip_stat_init(&sb);
	if (zip_stat(z, name, 0, &sb) != 0) {
		if (required)
			x->error = "The workbook has no first worksheet (xl/worksheets/sheet1.xml).";
		return !required;
	}
	zip_file_t *f = zip_fopen(z, name, 0);
	if (f == NULL) {
		x->error = "The workbook cannot be read (damaged or encrypted).";
		return false;
	}
	XML_Parser p = XML_ParserCreateNS(NULL, '|');
	if (p == NULL) {
		zip_fclose(f);
		x->error = "Out of memory.";
		return false;
	}
	x->parser = p;
	x->collecting = false;
	x->skip = 0;
	XML_SetUserData(p, x);
	XML_SetElementHandler(p, start, end);
	XML_SetCharacterDataHandler(p, on_text);
	char chunk[16384];
	size_t total = 0;
	bool ok = true;
	for (;;) {
		zip_int64_t n = zip_fread(f, chunk, sizeof chunk);
		if (n < 0) {
			x->error = "The workbook cannot be read (damaged).";
			ok = false;
			break;
		}
		total += (size_t)n;
		if (total > XLSX_MAX_PART) {
			x->error = "The workbook is too large.";
			ok = false;
			break;
		}
		if (XML_Parse(p, chunk, (int)n, n == 0) == XML_STATUS_ERROR) {
			if (x->error == NULL)
				x->error = "The workbook's XML is malformed.";
			ok = false;
			break;
		}
		if (n == 0)
			break;
	}
	XML_ParserFree(p);
	x->parser = NULL;
	zip_fclose(f);
	return ok && x->error == NULL;
}

bool target_io_read_xlsx(const void *data, size_t len, struct arena *a, struct io_sheet *out,
                         const char **error)
{
	memset(out, 0, sizeof *out);
	*error = NULL;
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = len ? zip_source_buffer_create(data, len, 0, &ze) : NULL;
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
	zip_error_fini(&ze);
	if (z == NULL) {
		if (src)
			zip_source_free(src);
		*error = "The file is not an xlsx workbook (not a zip archive).";
		return false;
	}
	struct xstate x = { .a = a, .sheet = out };
	bool ok = parse_part(z, "xl/sharedStrings.xml", false, &x, sst_start, sst_end)
	       && parse_part(z, "xl/worksheets/sheet1.xml", true, &x, sheet_start, sheet_end);
	zip_discard(z); /* read-only: closes the archive and its source */
	free(x.text.p);
	if (!ok) {
		*error = x.error ? x.error : "The workbook cannot be read.";
		memset(out, 0, sizeof *out);
	}
	return ok;
}
