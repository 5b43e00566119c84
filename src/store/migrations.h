/* migrations.h: numbered schema steps, one list per engine. */
#ifndef DIEUHANH_MIGRATIONS_H
#define DIEUHANH_MIGRATIONS_H

#include <stddef.h>

struct migration {
	int version;
	const char *summary;
	const char *sql;   /* one or more statements */
};

/* Steps in ascending version order. */
const struct migration *migrations_sqlite(size_t *n);
const struct migration *migrations_pg(size_t *n);

#endif
