/*
 * audit_store.h: the audit trail's storage: entries, the chain's tail, the
 * keyed-scheme marker, bulk appends.
 *
 * One const table of functions, implemented once in audit_store.c over the
 * engine layer (store/db.h) with the statements of audit_sql.h.
 */
#ifndef DIEUHANH_AUDIT_STORE_H
#define DIEUHANH_AUDIT_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audit/audit.h"
#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;

struct audit_filter {
	const char *entity;      /* with entity_id: one record's history; alone: one kind's */
	int64_t entity_id;
	int64_t actor_id;        /* >0: one user's actions; <=0: anyone's */
	int64_t after_id;        /* >0: entries with id > after_id (paging, verify) */
	int64_t before_id;       /* >0: entries with id < before_id (paging back) */
	/* Entries at or after AT_FROM and before AT_BEFORE (ISO 8601 UTC, as stored); NULL: open. */
	const char *at_from;
	const char *at_before;
	int limit;               /* <=0: no limit */
	bool newest_first;       /* else oldest first */
};

struct audit_store {
	/*
	 * Inside a write transaction (refused outside one, on both engines):
	 * serialises appenders and gives the hash of the last entry, or 64
	 * '0's when the trail is empty; insert() then appends (sets E->id).
	 */
	enum store_status (*tail)(struct store *st, char hash[AUDIT_HASH_HEX + 1]);
	enum store_status (*insert)(struct store *st, struct audit_entry *e);
	/* insert() for N entries the caller chained, in chain order. */
	enum store_status (*insert_many)(struct store *st, struct audit_entry *e, size_t n);
	enum store_status (*list)(struct store *st, const struct audit_filter *f,
	                          struct arena *a, struct audit_entry **out, size_t *n);
	/*
	 * The keyed-chain marker (struct audit_scheme): STORE_NOT_FOUND while
	 * the chain is plain SHA-256 throughout.  scheme_put() inside a write
	 * transaction; STORE_CONFLICT when the marker exists already.
	 */
	enum store_status (*scheme_get)(struct store *st, struct audit_scheme *out);
	enum store_status (*scheme_put)(struct store *st, const struct audit_scheme *s);
};

extern const struct audit_store audit_store;

/* The module's statements (for the prepare-everything test). */
extern const struct db_sql_list audit_sql;
extern const struct store_module audit_storage;

#endif
