/*
 * test_target_io.c: the spreadsheet side of targets (src/target/target_io.c):
 * the CSV reader's edge cases, turning a sheet into import rows, duplicate
 * rows, xlsx written with libxlsxwriter and read back with the libzip +
 * expat reader, and the board exported as CSV and xlsx.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <malloc.h>

#include <xlsxwriter.h>
#include <zip.h>

#include "target/target_board.h"
#include "target/target_io.h"
#include "util/arena.h"

/* Reads CSV that must parse. */
static struct io_sheet csv(struct arena *a, const char *text)
{
	struct io_sheet s;
	struct io_read_error err;
	bool ok = target_io_read_csv(text, strlen(text), a, &s, &err);
	if (!ok)
		print_error("CSV refused: %s (row %d)\n", err.detail, err.row);
	assert_true(ok);
	return s;
}

static const char *cell(const struct io_sheet *s, size_t r, size_t c)
{
	assert_true(r < s->nrows);
	const char *text = io_row_cell(&s->rows[r], c);
	return text ? text : "";
}

static void test_csv_plain_crlf(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s = csv(&a, "a,b,c\r\n1,2,3\r\nx,,z\r\n");
	assert_int_equal(s.nrows, 3);
	assert_int_equal(s.rows[0].ncells, 3);
	assert_int_equal(s.rows[2].ncells, 2); /* only the cells that hold something */
	assert_string_equal(cell(&s, 0, 2), "c");
	assert_string_equal(cell(&s, 1, 1), "2");
	assert_string_equal(cell(&s, 2, 1), "");
	assert_string_equal(cell(&s, 2, 2), "z");
	assert_int_equal(s.rows[2].row_no, 3);
	/* No line end after the last row; a trailing comma makes an empty field. */
	s = csv(&a, "a,b\n1,");
	assert_int_equal(s.nrows, 2);
	assert_int_equal(s.rows[1].ncells, 1);
	assert_string_equal(cell(&s, 1, 0), "1");
	assert_string_equal(cell(&s, 1, 1), "");
	arena_free(&a);
}

static void test_csv_quotes(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s = csv(&a, "name,note\r\n"
	                            "\"Giảm hộ nghèo, hộ cận nghèo\",\"nói \"\"đạt\"\"\"\r\n"
	                            "\"two\r\nlines\",\"\"\r\n"
	                            "after,\"x\ny\"\n");
	assert_int_equal(s.nrows, 4);
	assert_string_equal(cell(&s, 1, 0), "Giảm hộ nghèo, hộ cận nghèo");
	assert_string_equal(cell(&s, 1, 1), "nói \"đạt\"");
	assert_string_equal(cell(&s, 2, 0), "two\r\nlines");
	assert_string_equal(cell(&s, 2, 1), "");
	/* A quoted line break does not start a new row: rows as Excel numbers them. */
	assert_int_equal(s.rows[2].row_no, 3);
	assert_int_equal(s.rows[3].row_no, 4);
	assert_string_equal(cell(&s, 3, 1), "x\ny");
	/* A quote inside an unquoted field is kept as it is. */
	s = csv(&a, "a\n5\"\n");
	assert_string_equal(cell(&s, 1, 0), "5\"");
	arena_free(&a);
}

static void test_csv_bom_and_line_ends(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s = csv(&a, "\xEF\xBB\xBFtarget_code,value\nHN,1\rDV,2\r\n");
	assert_int_equal(s.nrows, 3);
	assert_string_equal(cell(&s, 0, 0), "target_code");
	assert_string_equal(cell(&s, 1, 0), "HN");
	assert_string_equal(cell(&s, 2, 0), "DV");
	assert_int_equal(s.rows[2].row_no, 3);
	arena_free(&a);
}

static void test_csv_empty_lines(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s = csv(&a, "a,b\r\n\r\n1,2\r\n,\r\n\n3,4\r\n\r\n");
	assert_int_equal(s.nrows, 3);
	/* Skipped lines still count: row numbers stay what the user sees. */
	assert_int_equal(s.rows[0].row_no, 1);
	assert_int_equal(s.rows[1].row_no, 3);
	assert_int_equal(s.rows[2].row_no, 6);
	assert_string_equal(cell(&s, 2, 1), "4");
	s = csv(&a, "");
	assert_int_equal(s.nrows, 0);
	s = csv(&a, "\xEF\xBB\xBF");
	assert_int_equal(s.nrows, 0);
	arena_free(&a);
}

static void test_csv_errors(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s;
	struct io_read_error err;
	const char *open = "a,b\n1,\"never closed\n2,3\n";
	assert_false(target_io_read_csv(open, strlen(open), &a, &s, &err));
	assert_non_null(err.detail);
	assert_int_equal(err.row, 2);
	const char *after = "a\n\"x\"y\n";
	assert_false(target_io_read_csv(after, strlen(after), &a, &s, &err));
	assert_int_equal(err.row, 2);
	const char *latin1 = "a\nGi\xe1m\n";
	assert_false(target_io_read_csv(latin1, strlen(latin1), &a, &s, &err));
	assert_non_null(strstr(err.detail, "UTF-8"));
	assert_null(err.limit);
	arena_free(&a);
}

/* ---- import rows -------------------------------------------------------- */

static bool has_issue(const struct io_issues *l, int row, const char *field, const char *text)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].row == row
		    && (field == NULL ? l->v[i].field == NULL
		                      : l->v[i].field && strcmp(l->v[i].field, field) == 0)
		    && (text == NULL || strstr(l->v[i].detail, text)))
			return true;
	return false;
}

static void dump_issues(const struct io_issues *l)
{
	for (size_t i = 0; i < l->n; i++)
		print_message("  row %d %s: %s\n", l->v[i].row, l->v[i].field ? l->v[i].field : "-",
		              l->v[i].detail);
}

static void test_import_rows(void **state)
{
	(void)state;
	struct arena a = { 0 };
	/* Columns in any order and case, an extra column ignored, blanks trimmed. */
	struct io_sheet s = csv(&a, "Value, NOTE ,extra,period_no,unit_code,target_code\r\n"
	                            "12.5,ghi chú,zzz,3,Q9,XDCB\r\n"
	                            " -0.5 ,,,1, Q9.LONGBINH ,HN.Q9.LONGBINH\r\n"
	                            ",,only extra,,,\r\n"
	                            "1e2,,,12,Q9,DV\r\n");
	struct import_row *rows;
	struct io_issues issues = { 0 };
	size_t n = target_io_import_rows(&s, &a, &rows, &issues);
	dump_issues(&issues);
	assert_int_equal(issues.n, 0);
	assert_int_equal(n, 3);
	assert_int_equal(rows[0].row_no, 2);
	assert_string_equal(rows[0].target_code, "XDCB");
	assert_string_equal(rows[0].unit_code, "Q9");
	assert_int_equal(rows[0].period_no, 3);
	assert_true(rows[0].value == 12.5);
	assert_string_equal(rows[0].note, "ghi chú");
	assert_string_equal(rows[1].unit_code, "Q9.LONGBINH");
	assert_true(rows[1].value == -0.5);
	assert_null(rows[1].note);
	assert_int_equal(rows[2].row_no, 5);
	assert_true(rows[2].value == 100);
	arena_free(&a);
}

static void test_import_missing_column(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s = csv(&a, "target_code,unit_code,value\nHN,Q9,1\n");
	struct import_row *rows;
	struct io_issues issues = { 0 };
	size_t n = target_io_import_rows(&s, &a, &rows, &issues);
	assert_int_equal(n, 0);
	assert_int_equal(issues.n, 1);
	assert_true(has_issue(&issues, 1, "period_no", "period_no"));
	/* A column given twice. */
	s = csv(&a, "target_code,unit_code,period_no,value,VALUE\n");
	issues = (struct io_issues){ 0 };
	n = target_io_import_rows(&s, &a, &rows, &issues);
	assert_int_equal(n, 0);
	assert_true(has_issue(&issues, 1, "value", "twice"));
	/* Nothing at all. */
	s = csv(&a, "\r\n");
	issues = (struct io_issues){ 0 };
	n = target_io_import_rows(&s, &a, &rows, &issues);
	assert_int_equal(n, 0);
	assert_true(has_issue(&issues, 1, NULL, "header"));
	arena_free(&a);
}

static void test_import_bad_cells(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s = csv(&a, "target_code,unit_code,period_no,value\n"
	                            "HN,Q9,1,5\n"
	                            "HN,Q9,2,\"12,5\"\n"
	                            "HN,Q9,2.5,1\n"
	                            ",Q9,0,abc\n"
	                            "HN,Q9,3,inf\n"
	                            "HN,Q9,4,1e999\n");
	struct import_row *rows;
	struct io_issues issues = { 0 };
	size_t n = target_io_import_rows(&s, &a, &rows, &issues);
	dump_issues(&issues);
	assert_int_equal(n, 1);
	assert_int_equal(rows[0].row_no, 2);
	assert_true(has_issue(&issues, 3, "value", "dot"));
	assert_true(has_issue(&issues, 4, "period_no", NULL));
	assert_true(has_issue(&issues, 5, "target_code", "Required"));
	assert_true(has_issue(&issues, 5, "period_no", NULL));
	assert_true(has_issue(&issues, 5, "value", NULL));
	assert_true(has_issue(&issues, 6, "value", NULL));
	assert_true(has_issue(&issues, 7, "value", NULL));
	assert_int_equal(issues.n, 7);
	arena_free(&a);
}

static void test_duplicates(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s = csv(&a, "target_code,unit_code,period_no,value\n"
	                            "HN.Q9.LONGBINH,Q9.LONGBINH,1,5\n"
	                            "HN.Q9.LONGBINH,Q9.LONGBINH,2,5\n"
	                            "XDCB,Q9,1,5\n"
	                            "HN.Q9.LONGBINH,Q9.LONGBINH,1,7\n"
	                            "HN.Q9.LONGBINH,Q9.LONGBINH,1,8\n");
	struct import_row *rows;
	struct io_issues issues = { 0 };
	size_t n = target_io_import_rows(&s, &a, &rows, &issues);
	assert_int_equal(n, 5);
	target_io_find_duplicates(rows, n, &a, &issues);
	dump_issues(&issues);
	assert_int_equal(issues.n, 2);
	assert_true(has_issue(&issues, 5, "period_no", "Rows 2 and 5"));
	assert_true(has_issue(&issues, 6, "period_no", "Rows 2 and 6"));
	arena_free(&a);
}

/* ---- xlsx --------------------------------------------------------------- */

/* Reads a whole file into a malloc'd buffer. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *p = malloc((size_t)n + 1);
	assert_non_null(p);
	assert_int_equal(fread(p, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return p;
}

/* Writes a small sheet with libxlsxwriter (CONSTANT: inline strings). */
static char *small_workbook(bool constant, size_t *len)
{
	char path[] = "/tmp/test-target-io-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	lxw_workbook_options opt = { .constant_memory = constant ? LXW_TRUE : LXW_FALSE };
	lxw_workbook *wb = workbook_new_opt(path, &opt);
	assert_non_null(wb);
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Số liệu");
	lxw_format *bold = workbook_add_format(wb);
	format_set_bold(bold);
	const char *head[] = { "target_code", "unit_code", "period_no", "value", "note" };
	for (lxw_col_t c = 0; c < 5; c++)
		worksheet_write_string(ws, 0, c, head[c], bold);
	worksheet_write_string(ws, 1, 0, "HN.Q9.LONGBINH", NULL);
	worksheet_write_string(ws, 1, 1, "Q9.LONGBINH", NULL);
	worksheet_write_number(ws, 1, 2, 3, NULL);
	worksheet_write_number(ws, 1, 3, 12.5, NULL);
	worksheet_write_string(ws, 1, 4, "Phường Long Bình: đạt, vượt", NULL);
	/* Row 3 left empty; row 4 has a gap in column B. */
	worksheet_write_string(ws, 3, 0, "XDCB", NULL);
	worksheet_write_number(ws, 3, 2, 12, NULL);
	worksheet_write_number(ws, 3, 3, -0.001, NULL);
	worksheet_write_string(ws, 3, 4, "Giải ngân \"vốn\" <XDCB> & khác", NULL);
	worksheet_write_number(ws, 4, 3, 1234567.25, NULL);
	worksheet_write_boolean(ws, 4, 4, 1, NULL);
	assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
	char *data = slurp(path, len);
	unlink(path);
	return data;
}

static void check_small_sheet(const struct io_sheet *s)
{
	assert_int_equal(s->nrows, 4);
	assert_int_equal(s->rows[0].row_no, 1);
	assert_int_equal(s->rows[1].row_no, 2);
	assert_int_equal(s->rows[2].row_no, 4);
	assert_int_equal(s->rows[3].row_no, 5);
	assert_string_equal(cell(s, 0, 0), "target_code");
	assert_string_equal(cell(s, 0, 4), "note");
	assert_string_equal(cell(s, 1, 0), "HN.Q9.LONGBINH");
	assert_string_equal(cell(s, 1, 2), "3");
	assert_string_equal(cell(s, 1, 3), "12.5");
	assert_string_equal(cell(s, 1, 4), "Phường Long Bình: đạt, vượt");
	assert_string_equal(cell(s, 2, 0), "XDCB");
	assert_string_equal(cell(s, 2, 1), "");
	assert_true(strtod(cell(s, 2, 3), NULL) == -0.001);
	assert_string_equal(cell(s, 2, 4), "Giải ngân \"vốn\" <XDCB> & khác");
	assert_string_equal(cell(s, 3, 0), "");
	assert_true(strtod(cell(s, 3, 3), NULL) == 1234567.25);
	assert_string_equal(cell(s, 3, 4), "1");
}

static void test_xlsx_round_trip(void **state)
{
	(void)state;
	for (int constant = 0; constant <= 1; constant++) {
		struct arena a = { 0 };
		size_t len;
		char *data = small_workbook(constant, &len);
		assert_true(len > 4 && memcmp(data, "PK", 2) == 0);
		struct io_sheet s;
		struct io_read_error err;
		bool ok = target_io_read_xlsx(data, len, &a, &s, &err);
		if (!ok)
			print_error("xlsx refused: %s\n", err.detail);
		assert_true(ok);
		check_small_sheet(&s);
		/* And as import rows. */
		struct import_row *rows;
		struct io_issues issues = { 0 };
		size_t n = target_io_import_rows(&s, &a, &rows, &issues);
		dump_issues(&issues);
		assert_int_equal(n, 1);
		assert_int_equal(rows[0].row_no, 2);
		assert_int_equal(rows[0].period_no, 3);
		assert_true(rows[0].value == 12.5);
		assert_string_equal(rows[0].note, "Phường Long Bình: đạt, vượt");
		/* Row 4 has no unit; row 5 has a value and a note but no codes. */
		assert_true(has_issue(&issues, 4, "unit_code", "Required"));
		assert_true(has_issue(&issues, 5, "target_code", "Required"));
		assert_int_equal(issues.n, 4);
		free(data);
		arena_free(&a);
	}
}

/*
 * An xlsx file built in memory with libzip: a workbook with the sheet XML
 * SHEET (sheet1.xml, SHEET_LEN bytes) and no shared strings.  malloc'd.
 */
static char *zip_with_sheet(const char *sheet, size_t sheet_len, size_t *len)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *out = zip_source_buffer_create(NULL, 0, 0, &ze);
	assert_non_null(out);
	zip_source_keep(out);
	zip_t *z = zip_open_from_source(out, ZIP_TRUNCATE, &ze);
	assert_non_null(z);
	zip_source_t *part = zip_source_buffer(z, sheet, sheet_len, 0);
	assert_non_null(part);
	assert_true(zip_file_add(z, "xl/worksheets/sheet1.xml", part, ZIP_FL_ENC_UTF_8) >= 0);
	assert_int_equal(zip_close(z), 0);
	zip_stat_t st;
	assert_int_equal(zip_source_stat(out, &st), 0);
	assert_int_equal(zip_source_open(out), 0);
	char *data = malloc(st.size);
	assert_non_null(data);
	assert_int_equal(zip_source_read(out, data, st.size), (zip_int64_t)st.size);
	zip_source_close(out);
	zip_source_free(out);
	zip_error_fini(&ze);
	*len = st.size;
	return data;
}

/* Sheet XML: a header row, then ROWS rows each of one number in column COL ("A", "AMJ"). */
static char *sheet_rows(size_t rows, const char *col, size_t *len)
{
	size_t cap = 200 + (rows + 1) * 64;
	char *x = malloc(cap);
	assert_non_null(x);
	size_t n = (size_t)snprintf(x, cap, "<?xml version=\"1.0\"?><worksheet xmlns=\"http://"
	                            "schemas.openxmlformats.org/spreadsheetml/2006/main\">"
	                            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
	                            "target_code</t></is></c></row>");
	for (size_t r = 2; r <= rows + 1; r++)
		n += (size_t)snprintf(x + n, cap - n, "<row r=\"%zu\"><c r=\"%s%zu\"><v>1</v></c></row>",
		                      r, col, r);
	n += (size_t)snprintf(x + n, cap - n, "</sheetData></worksheet>");
	*len = n;
	return x;
}

/* Bytes the heap has handed out (glibc; 0 under the sanitizers' allocator). */
static size_t heap_in_use(void)
{
	struct mallinfo2 mi = mallinfo2();
	return mi.uordblks + mi.hblkhd;
}

/*
 * Issue 7: a row of one cell in column AMJ took 1,024 slots, twice; 250,000
 * such rows took 5 GB.  Now a row keeps its non-empty cells only: 20,000
 * rows must fit in a few MB (the old reader: 20,000 x 16 KiB = 320 MB).
 */
static void test_xlsx_wide_rows_cost_their_cells(void **state)
{
	(void)state;
	size_t xlen, len;
	char *xml = sheet_rows(20000, "AMJ", &xlen);
	char *data = zip_with_sheet(xml, xlen, &len);
	struct arena a = { 0 };
	struct io_sheet s;
	struct io_read_error err;
	size_t before = heap_in_use();
	assert_true(target_io_read_xlsx(data, len, &a, &s, &err));
	size_t used = heap_in_use() - before;
	assert_int_equal(s.nrows, 20001);
	assert_int_equal(s.rows[1].ncells, 1);
	assert_int_equal(s.rows[1].cells[0].col, 1023);
	assert_string_equal(cell(&s, 1, 1023), "1");
	assert_true(used < 16u << 20);
	arena_free(&a);
	free(data);
	free(xml);
}

static void test_xlsx_row_limit(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s;
	struct io_read_error err;
	size_t xlen, len;
	/* At the limit: read. */
	char *xml = sheet_rows(TARGET_IO_MAX_ROWS, "A", &xlen);
	char *data = zip_with_sheet(xml, xlen, &len);
	assert_true(target_io_read_xlsx(data, len, &a, &s, &err));
	assert_int_equal(s.nrows, TARGET_IO_MAX_ROWS + 1);
	free(data);
	free(xml);
	arena_free(&a);
	/* One more: refused, naming the limit and the row. */
	xml = sheet_rows(TARGET_IO_MAX_ROWS + 1, "AMJ", &xlen);
	data = zip_with_sheet(xml, xlen, &len);
	assert_false(target_io_read_xlsx(data, len, &a, &s, &err));
	assert_string_equal(err.limit, "rows");
	assert_int_equal(err.max, 100000);
	assert_int_equal(err.row, TARGET_IO_MAX_ROWS + 2);
	assert_non_null(strstr(err.detail, "100,000"));
	assert_int_equal(s.nrows, 0);
	free(data);
	free(xml);
	arena_free(&a);
}

/* Finds the first zip header with signature SIG at or after FROM. */
static size_t find_sig(const char *d, size_t len, size_t from, const char *sig)
{
	for (size_t i = from; i + 4 <= len; i++)
		if (memcmp(d + i, sig, 4) == 0)
			return i;
	fail_msg("zip header %02x%02x not found", sig[2], sig[3]);
	return 0;
}

static void put32(char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (char)(v >> (8 * i));
}

/*
 * A zip bomb: 80 MiB of XML (blanks between the rows) deflates to about
 * 80 KB.  Refused on its declared size; and with the declared sizes
 * rewritten to 1 KB, refused on the bytes actually inflated.
 */
static void test_xlsx_uncompressed_limit(void **state)
{
	(void)state;
	size_t big = 80u << 20;
	char *xml = malloc(big);
	assert_non_null(xml);
	const char *head = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
	const char *tail = "</sheetData></worksheet>";
	memset(xml, ' ', big);
	memcpy(xml, head, strlen(head));
	memcpy(xml + big - strlen(tail), tail, strlen(tail));
	size_t len;
	char *data = zip_with_sheet(xml, big, &len);
	free(xml);
	assert_true(len < big / 100);
	struct arena a = { 0 };
	struct io_sheet s;
	struct io_read_error err;
	assert_false(target_io_read_xlsx(data, len, &a, &s, &err));
	assert_string_equal(err.limit, "uncompressed_bytes");
	assert_int_equal(err.max, TARGET_IO_MAX_XML);
	/* Local header: uncompressed size at offset 22; central directory: at 24. */
	size_t local = find_sig(data, len, 0, "PK\x03\x04");
	size_t central = find_sig(data, len, local + 30, "PK\x01\x02");
	put32(data + local + 22, 1024);
	put32(data + central + 24, 1024);
	memset(&err, 0, sizeof err);
	assert_false(target_io_read_xlsx(data, len, &a, &s, &err));
	assert_string_equal(err.limit, "uncompressed_bytes");
	free(data);
	arena_free(&a);
}

static void test_csv_limits(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s;
	struct io_read_error err;
	/* Rows: the header and 100,000 rows are read; one more is refused. */
	size_t n = TARGET_IO_MAX_ROWS + 2;
	char *text = malloc(n * 2 + 1);
	assert_non_null(text);
	for (size_t i = 0; i < n; i++)
		memcpy(text + 2 * i, "x\n", 2);
	assert_true(target_io_read_csv(text, (n - 1) * 2, &a, &s, &err));
	assert_int_equal(s.nrows, TARGET_IO_MAX_ROWS + 1);
	assert_false(target_io_read_csv(text, n * 2, &a, &s, &err));
	assert_string_equal(err.limit, "rows");
	assert_int_equal(err.max, 100000);
	assert_int_equal(err.row, TARGET_IO_MAX_ROWS + 2);
	/* Blank lines cost nothing and count for nothing. */
	memset(text, '\n', n * 2);
	assert_true(target_io_read_csv(text, n * 2, &a, &s, &err));
	assert_int_equal(s.nrows, 0);
	free(text);
	/* Columns: 1,024 read, 1,025 refused (a trailing comma once wrote past the array). */
	char wide[2 * 1025 + 2];
	for (size_t i = 0; i < 1025; i++)
		memcpy(wide + 2 * i, "1,", 2);
	wide[2 * 1024 - 1] = '\0';
	assert_true(target_io_read_csv(wide, strlen(wide), &a, &s, &err));
	assert_int_equal(s.rows[0].ncells, 1024);
	wide[2 * 1024 - 1] = ',';
	wide[2 * 1024] = '\0';
	assert_true(target_io_read_csv(wide, strlen(wide), &a, &s, &err));
	wide[2 * 1024] = '1';
	wide[2 * 1024 + 1] = '\0';
	assert_false(target_io_read_csv(wide, strlen(wide), &a, &s, &err));
	assert_string_equal(err.limit, "columns");
	arena_free(&a);
}

static void test_xlsx_not_a_workbook(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct io_sheet s;
	struct io_read_error err;
	const char *text = "target_code,unit_code\n";
	assert_false(target_io_read_xlsx(text, strlen(text), &a, &s, &err));
	assert_non_null(err.detail);
	assert_false(target_io_read_xlsx("", 0, &a, &s, &err));
	assert_non_null(err.detail);
	/* A zip cut short. */
	size_t len;
	char *data = small_workbook(false, &len);
	assert_false(target_io_read_xlsx(data, len / 2, &a, &s, &err));
	assert_non_null(err.detail);
	free(data);
	arena_free(&a);
}

/* ---- export --------------------------------------------------------------- */

static const char *name_of_unit(void *ctx, int64_t id)
{
	(void)ctx;
	return id == 2 ? "Quận 9" : "Phường Long Bình";
}

static void small_board(struct arena *a, struct board *b)
{
	static struct target ts[2];
	ts[0] = (struct target){ .id = 1, .code = "HN", .name = "Giảm hộ nghèo, hộ cận nghèo",
	                         .year = 2019, .kind = TK_REDUCTION, .unit_of_measure = "hộ",
	                         .target_low = 600, .owner_unit_id = 2, .rollup = ROLL_SUM,
	                         .weight = 1, .period = PERIOD_MONTH, .due_days = 5 };
	ts[1] = (struct target){ .id = 2, .code = "HN.Q9.LONGBINH", .name = "=cmd|' /C calc'!A0",
	                         .year = 2019, .kind = TK_REDUCTION, .unit_of_measure = "hộ",
	                         .target_low = 117, .owner_unit_id = 25, .parent_id = 1,
	                         .weight = 1, .period = PERIOD_MONTH, .due_days = 5 };
	static struct measurement ms[2];
	ms[0] = (struct measurement){ .id = 1, .target_id = 2, .unit_id = 25, .period_no = 1,
	                              .value = 10 };
	ms[1] = (struct measurement){ .id = 2, .target_id = 2, .unit_id = 25, .period_no = 2,
	                              .value = 9.25 };
	target_board_build(ts, 2, ms, 2, 2019, target_day(2019, 3, 10), a, b);
}

static void test_export_csv(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct board b;
	small_board(&a, &b);
	struct io_table t;
	target_io_board_table(&b, name_of_unit, NULL, &a, &t);
	assert_int_equal(t.nrows, 2);
	assert_int_equal(t.level[0], 0);
	assert_int_equal(t.level[1], 1);
	size_t len;
	char *text = target_io_csv(&t, &len);
	assert_non_null(text);
	assert_int_equal(strlen(text), len);
	assert_memory_equal(text, "\xEF\xBB\xBF" "code,parent_code,name,", 25);
	/* CRLF everywhere, never a bare LF. */
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n')
			assert_true(i > 0 && text[i - 1] == '\r');
	/* Our own reader gets the same table back. */
	struct io_sheet s = csv(&a, text);
	assert_int_equal(s.nrows, 3);
	assert_int_equal(s.rows[0].ncells, t.ncols);
	assert_string_equal(cell(&s, 1, 0), "HN");
	assert_string_equal(cell(&s, 1, 2), "Giảm hộ nghèo, hộ cận nghèo");
	assert_string_equal(cell(&s, 1, 7), "Quận 9");
	assert_string_equal(cell(&s, 2, 1), "HN");
	/* A formula-looking name is defused. */
	assert_string_equal(cell(&s, 2, 2), "'=cmd|' /C calc'!A0");
	size_t status = 0, p1 = 0;
	for (size_t c = 0; c < t.ncols; c++) {
		if (strcmp(t.header[c], "status") == 0)
			status = c;
		if (strcmp(t.header[c], "period_1") == 0)
			p1 = c;
	}
	assert_true(status > 0 && p1 > 0);
	assert_string_equal(cell(&s, 2, p1), "10");
	assert_string_equal(cell(&s, 2, p1 + 1), "9.25");
	assert_string_equal(cell(&s, 2, status - 1), target_status_label(b.rows[0].children[0].j.status));
	free(text);
	arena_free(&a);
}

static void test_export_xlsx(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct board b;
	small_board(&a, &b);
	struct io_table t;
	target_io_board_table(&b, name_of_unit, NULL, &a, &t);
	size_t len = 0;
	char *data = target_io_xlsx(&t, NULL, &len);
	assert_non_null(data);
	assert_true(len > 100 && memcmp(data, "PK", 2) == 0);
	struct io_sheet s;
	struct io_read_error err;
	assert_true(target_io_read_xlsx(data, len, &a, &s, &err));
	assert_int_equal(s.nrows, 3);
	assert_string_equal(cell(&s, 0, 0), "code");
	assert_string_equal(cell(&s, 1, 2), "Giảm hộ nghèo, hộ cận nghèo");
	assert_string_equal(cell(&s, 2, 0), "HN.Q9.LONGBINH");
	assert_string_equal(cell(&s, 2, 2), "=cmd|' /C calc'!A0"); /* a string, not a formula */
	assert_string_equal(cell(&s, 2, 7), "Phường Long Bình");
	assert_string_equal(cell(&s, 0, t.ncols - 1), "period_12");
	free(data);
	arena_free(&a);
}

static void test_status_labels(void **state)
{
	(void)state;
	assert_string_equal(target_status_label(TS_NO_DATA), "Chưa có số liệu");
	assert_string_equal(target_status_label(TS_ACHIEVED), "Đạt");
	assert_string_equal(target_status_label(TS_ON_TRACK), "Đúng tiến độ");
	assert_string_equal(target_status_label(TS_AT_RISK), "Có nguy cơ");
	assert_string_equal(target_status_label(TS_OFF_TRACK), "Chậm tiến độ");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_plain_crlf),
		cmocka_unit_test(test_csv_quotes),
		cmocka_unit_test(test_csv_bom_and_line_ends),
		cmocka_unit_test(test_csv_empty_lines),
		cmocka_unit_test(test_csv_errors),
		cmocka_unit_test(test_import_rows),
		cmocka_unit_test(test_import_missing_column),
		cmocka_unit_test(test_import_bad_cells),
		cmocka_unit_test(test_duplicates),
		cmocka_unit_test(test_xlsx_round_trip),
		cmocka_unit_test(test_xlsx_not_a_workbook),
		cmocka_unit_test(test_xlsx_wide_rows_cost_their_cells),
		cmocka_unit_test(test_xlsx_row_limit),
		cmocka_unit_test(test_xlsx_uncompressed_limit),
		cmocka_unit_test(test_csv_limits),
		cmocka_unit_test(test_export_csv),
		cmocka_unit_test(test_export_xlsx),
		cmocka_unit_test(test_status_labels),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
