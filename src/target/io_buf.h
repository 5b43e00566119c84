/*
 * io_buf.h: the growing byte buffer and arena array shared by the
 * spreadsheet readers and writers (target_io.c, target_io_read.c).
 * Internal to src/target.
 */
#ifndef DIEUHANH_IO_BUF_H
#define DIEUHANH_IO_BUF_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/* A malloc'd byte buffer that grows; FAILED once an allocation failed. */
struct buf {
	char *p;
	size_t len, cap;
	bool failed;
};

void buf_add(struct buf *b, const char *s, size_t n);
void buf_str(struct buf *b, const char *s);

/* Growth of an arena array of SIZE-byte items holding N, to at least N + 1. */
void *arena_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size);

#endif
