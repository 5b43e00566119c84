#include "util/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_chunk {
	struct arena_chunk *next;
	size_t size;
	size_t used;
	max_align_t data[];
};

enum { ARENA_CHUNK_DEFAULT = 16 * 1024 };

/*
 * No request needs anywhere near this much; a size above it can only come
 * from an arithmetic slip (a wrapped count, a length read from input), and
 * rounding it up or adding the chunk header could wrap around to a small
 * number and hand back a buffer far shorter than the caller believes.
 */
#define ARENA_MAX_ALLOC ((size_t)1 << 40)

static size_t align_up(size_t n)
{
	const size_t al = _Alignof(max_align_t);
	return (n + al - 1) & ~(al - 1);
}

static void too_large(size_t size)
{
	fprintf(stderr, "arena: refusing an allocation of %zu bytes\n", size);
	abort();
}

void *arena_alloc(struct arena *a, size_t size)
{
	if (size > ARENA_MAX_ALLOC)
		too_large(size);
	size = align_up(size ? size : 1);
	struct arena_chunk *c = a->head;
	if (c == NULL || c->size - c->used < size) {
		size_t cap = size > ARENA_CHUNK_DEFAULT ? size : ARENA_CHUNK_DEFAULT;
		c = malloc(sizeof *c + cap);
		if (c == NULL)
			abort();
		c->size = cap;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += size;
	memset(p, 0, size);
	return p;
}

void *arena_array(struct arena *a, size_t count, size_t size)
{
	if (size != 0 && count > ARENA_MAX_ALLOC / size)
		too_large(count);
	return arena_alloc(a, count * size);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	if (s == NULL)
		return NULL;
	if (n > ARENA_MAX_ALLOC)
		too_large(n);
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

void *arena_memdup(struct arena *a, const void *p, size_t n)
{
	void *q = arena_alloc(a, n);
	if (n)
		memcpy(q, p, n);
	return q;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return arena_strdup(a, "");
	if ((size_t)n < sizeof small)
		return arena_strndup(a, small, (size_t)n);
	char *p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void arena_free(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
}
