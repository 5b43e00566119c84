/*
 * fuzz_import_csv.c: an uploaded CSV through the reader and the import-row
 * mapping, as POST /api/v1/targets/import takes it.  Whatever the bytes,
 * the reader either refuses them with a sentence or gives rows in order,
 * within the limits, with cells left to right; every row it keeps that
 * maps cleanly has its codes and a finite value.
 */
#include <stdint.h>

#include "check_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = { 0 };
	struct io_sheet sheet = { 0 };
	struct io_read_error err = { 0 };
	if (target_io_read_csv((const char *)data, size, &a, &sheet, &err))
		check_sheet(&sheet, &a);
	else if (err.detail == NULL)
		abort();     /* a refusal always says why */
	arena_free(&a);
	return 0;
}
