/*
 * arena.h: per-request bump allocator.
 *
 * Handlers and storage calls allocate result rows and strings from the
 * request's arena; the whole arena is released once, in the request
 * completion callback.  Nobody frees piecemeal, so an aborted request or an
 * early error return cannot leak.
 */
#ifndef DIEUHANH_ARENA_H
#define DIEUHANH_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *head;
};

/*
 * Zeroed memory of SIZE bytes, aligned for any type.  Aborts on OOM and on
 * a size no request could need (over 1 TiB), which only a wrapped
 * computation produces: better a crash than a short buffer.
 */
void *arena_alloc(struct arena *a, size_t size);
/* Zeroed room for COUNT elements of SIZE bytes; COUNT * SIZE is checked. */
void *arena_array(struct arena *a, size_t count, size_t size);
/* Copy of S (NULL stays NULL). */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
void *arena_memdup(struct arena *a, const void *p, size_t n);
/* printf into the arena. */
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);

#endif
