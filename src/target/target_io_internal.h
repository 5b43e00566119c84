/*
 * target_io_internal.h: what target_io.c shares with target_io_xlsx.c (the
 * xlsx reader). Private to src/target/.
 */
#ifndef DIEUHANH_TARGET_IO_INTERNAL_H
#define DIEUHANH_TARGET_IO_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "target/target_io.h"
#include "util/arena.h"

/* A malloc'd byte buffer that grows; FAILED once an allocation failed. */
struct buf {
	char *p;
	size_t len, cap;
	bool failed;
};

void io_buf_add(struct buf *b, const char *s, size_t n);
/* Growth of an arena array of SIZE-byte items holding N, to at least N + 1. */
void *io_arena_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size);
/*
 * Appends one row of cells to the sheet, unless every cell is empty (blank
 * lines, and lines of only commas, are skipped but still counted).
 */
void io_sheet_push(struct io_sheet *s, size_t *cap, struct arena *a, int row_no,
                   const char **cells, size_t n);

#endif
