/*
 * fuzz_import_xlsx.c: an uploaded xlsx workbook (a zip of XML parts, read
 * with libzip and expat) through the reader and the import-row mapping.
 * Same promises as the CSV harness; the seeds are real workbooks written
 * by libxlsxwriter, so the fuzzer starts from valid zips and XML.
 */
#include <stdint.h>

#include "check_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = { 0 };
	struct io_sheet sheet = { 0 };
	struct io_read_error err = { 0 };
	if (target_io_read_xlsx(data, size, &a, &sheet, &err))
		check_sheet(&sheet, &a);
	else if (err.detail == NULL)
		abort();
	arena_free(&a);
	return 0;
}
