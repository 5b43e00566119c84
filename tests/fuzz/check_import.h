/*
 * check_import.h: what every import reader promises, whatever the bytes
 * (shared by fuzz_import_csv.c and fuzz_import_xlsx.c): rows in order,
 * within the limits, cells left to right; every row that maps cleanly has
 * its codes and a finite value; every issue says why.
 */
#ifndef DIEUHANH_FUZZ_CHECK_IMPORT_H
#define DIEUHANH_FUZZ_CHECK_IMPORT_H

#include <math.h>
#include <stdlib.h>

#include "target/target_io.h"
#include "util/arena.h"

static void check_sheet(const struct io_sheet *sheet, struct arena *a)
{
	if (sheet->nrows > TARGET_IO_MAX_ROWS + 1)
		abort();
	for (size_t i = 0; i < sheet->nrows; i++) {
		const struct io_row *r = &sheet->rows[i];
		if (r->ncells == 0 || (i > 0 && r->row_no <= sheet->rows[i - 1].row_no))
			abort();     /* empty rows are left out; rows come in order */
		for (size_t c = 0; c < r->ncells; c++) {
			if (r->cells[c].text == NULL || (c > 0 && r->cells[c].col <= r->cells[c - 1].col))
				abort();
			if (io_row_cell(r, r->cells[c].col) != r->cells[c].text)
				abort();
		}
	}
	struct import_row *rows = NULL;
	struct io_issues issues = { 0 };
	size_t n = target_io_import_rows(sheet, a, &rows, &issues);
	for (size_t i = 0; i < n; i++)
		if (rows[i].target_code == NULL || rows[i].unit_code == NULL || !isfinite(rows[i].value))
			abort();
	target_io_find_duplicates(rows, n, a, &issues);
	for (size_t i = 0; i < issues.n; i++)
		if (issues.v[i].detail == NULL)
			abort();
}

#endif
