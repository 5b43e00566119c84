/*
 * target_io.h: the target board in and out of spreadsheets.
 *
 * Out: the board as a table (one row per target, each top-level target
 * followed by its breakdown), written as CSV (UTF-8 with BOM, CRLF, for
 * Excel) or as an xlsx workbook (libxlsxwriter).
 *
 * In: a sheet of figures to report (CSV, or the first worksheet of an xlsx
 * file read with libzip + expat), turned into import rows with every
 * problem found listed by row and column, as the user sees them (the header
 * is row 1).  Nothing here touches storage or HTTP: the API
 * (src/api/api_targets_io.c) resolves codes and reports the figures.
 */
#ifndef DIEUHANH_TARGET_IO_H
#define DIEUHANH_TARGET_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "target/target.h"

struct arena;
struct board;

/* ---- sheets read from a file ------------------------------------------ */

/*
 * Limits on what a file may hold, checked while it is read so that a
 * hostile file costs no more than a legitimate one of the same size: the
 * memory a sheet takes follows the cells present, never the width of a row
 * or the sizes an xlsx file declares.
 */
#define TARGET_IO_MAX_ROWS 100000          /* rows after the header (blank rows not counted) */
#define TARGET_IO_MAX_COLUMNS 1024         /* columns further right: CSV refused, xlsx ignored */
#define TARGET_IO_MAX_CELLS (1L << 21)     /* non-empty cells kept from a sheet */
#define TARGET_IO_MAX_XML (64L << 20)      /* uncompressed bytes read from an xlsx file's parts */
#define TARGET_IO_MAX_TEXT (1L << 20)      /* bytes in one cell */

/* One non-empty cell: COL 0 is column A. */
struct io_cell_in {
	size_t col;
	const char *text;
};

/* One row of a sheet: its non-empty cells, left to right. */
struct io_row {
	int row_no;                /* as the user sees it: the first row is 1 */
	size_t ncells;
	const struct io_cell_in *cells;
};

struct io_sheet {
	struct io_row *rows;       /* in order; rows with no cell at all are left out */
	size_t nrows;
};

/* The text of column COL (A = 0) of R; NULL when the cell is empty. */
const char *io_row_cell(const struct io_row *r, size_t col);

/* Why a file was refused. */
struct io_read_error {
	const char *detail;        /* a sentence for the user */
	int row;                   /* the row concerned; 0: the whole file */
	const char *limit;         /* the limit exceeded ("rows", "uncompressed_bytes", ...) or NULL */
	long long max;             /* the limit's value */
};

/*
 * Reads CSV (RFC 4180: quoted fields, "" escapes, CRLF, LF or CR line ends;
 * a UTF-8 byte order mark is skipped).  The text must be UTF-8.  Row numbers
 * count records, as a spreadsheet shows them (a quoted line break does not
 * start a new row).  False with *ERR on malformed input or a limit exceeded.
 * Everything in A.
 */
bool target_io_read_csv(const char *data, size_t len, struct arena *a, struct io_sheet *out,
                        struct io_read_error *err);

/*
 * Reads the first worksheet (xl/worksheets/sheet1.xml, with the shared
 * strings) of an xlsx workbook held in memory.  Numbers come as written in
 * the file ("12.5", "1E-3"), booleans as "1"/"0", formulas as their cached
 * result.  False with *ERR when DATA is not such a workbook or exceeds a
 * limit (the sizes its zip directory declares are checked, and so are the
 * bytes actually inflated, since a declared size can lie).
 */
bool target_io_read_xlsx(const void *data, size_t len, struct arena *a, struct io_sheet *out,
                         struct io_read_error *err);

/* ---- import rows ----------------------------------------------------- */

/* The columns an import needs (NOTE may be absent); matched by name. */
#define TARGET_IO_IMPORT_COLUMNS "target_code, unit_code, period_no, value, note"

struct import_row {
	int row_no;
	const char *target_code;
	const char *unit_code;
	int period_no;
	double value;
	const char *note;          /* NULL: none */
};

struct io_issue {
	int row;                   /* the sheet row; 1 is the header */
	const char *field;         /* the column: "target_code", "value", ... */
	const char *detail;
};

/* A growing list of issues, in an arena. */
struct io_issues {
	struct io_issue *v;
	size_t n, cap;
};

void io_issue_add(struct io_issues *l, struct arena *a, int row, const char *field,
                  const char *detail);

/*
 * Maps SHEET's header (row 1, names in any order and case; other columns
 * ignored) and turns each following non-empty row into an import row:
 * codes present, period a whole number, value a finite number (a dot for
 * decimals).  Problems go to ISSUES; rows with problems are left out of
 * *ROWS.  A missing column is one issue at row 1 naming it.
 */
size_t target_io_import_rows(const struct io_sheet *sheet, struct arena *a,
                             struct import_row **rows, struct io_issues *issues);

/*
 * Adds an issue for each row that repeats the target, unit and period of
 * an earlier row, naming both rows.
 */
void target_io_find_duplicates(const struct import_row *rows, size_t n, struct arena *a,
                               struct io_issues *issues);

/* ---- export ----------------------------------------------------------- */

enum io_cell_kind { IO_EMPTY = 0, IO_TEXT, IO_NUMBER, IO_PERCENT };

struct io_cell {
	enum io_cell_kind kind;
	const char *text;
	double num;                /* IO_NUMBER, IO_PERCENT (a percentage: 104.2) */
};

struct io_table {
	const char *title;         /* the sheet name: "Chỉ tiêu 2019" */
	size_t ncols;
	const char **header;
	double *widths;            /* column widths in characters, for xlsx */
	size_t nrows;
	struct io_cell *cells;     /* nrows * ncols, row by row */
	int *level;                /* per row: 0 top-level target, 1 breakdown */
};

/* The Vietnamese label of a status: "Đúng tiến độ". */
const char *target_status_label(enum target_status s);

/*
 * The board B as a table: code, parent, name, unit of measure, kind,
 * target low/high, owner unit (its name from UNIT_NAME), value so far,
 * attainment %, forecast, forecast attainment %, status label and name,
 * period kind, then one column per period with the figures.
 */
void target_io_board_table(const struct board *b,
                           const char *(*unit_name)(void *ctx, int64_t unit_id), void *ctx,
                           struct arena *a, struct io_table *out);

/* CSV of T: UTF-8 with BOM, comma separated, CRLF.  malloc'd; NULL on OOM. */
char *target_io_csv(const struct io_table *t, size_t *len);

/*
 * xlsx of T (header bold and frozen, numbers with one decimal, column
 * widths), written with libxlsxwriter through a temporary file in TMPDIR
 * (NULL: /tmp) that is removed before returning.  malloc'd; NULL on error.
 */
char *target_io_xlsx(const struct io_table *t, const char *tmpdir, size_t *len);

#endif
