/* store.c: picks the engine from the database URL. */
#include "store/store.h"

#include <stdio.h>
#include <string.h>

const char *store_status_name(enum store_status s)
{
	switch (s) {
	case STORE_OK: return "ok";
	case STORE_NOT_FOUND: return "not found";
	case STORE_CONFLICT: return "conflict";
	case STORE_SOFT_ERROR: return "temporary database error";
	case STORE_HARD_ERROR: return "database error";
	}
	return "unknown";
}

struct store *store_open(const char *url, char *err, size_t errlen)
{
	if (strncmp(url, "sqlite:", 7) == 0) {
		const char *path = url + 7;
		if (*path == '\0') {
			snprintf(err, errlen, "empty SQLite path in '%s'", url);
			return NULL;
		}
		return store_sqlite_open(path, err, errlen);
	}
	if (strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0)
		return store_pg_open(url, err, errlen);
	snprintf(err, errlen,
	         "unsupported database URL '%s' (use sqlite:PATH or postgresql://...)", url);
	return NULL;
}
