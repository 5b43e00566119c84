/*
 * org_store.h: the org module's storage: units, people, the tree revision.
 *
 * One const table of functions (the shape of a GNU Taler plugin, per
 * module), implemented once in org_store.c over the engine layer
 * (store/db.h) with the statements of org_sql.h, whichever engine the store
 * runs on.  Results are allocated in the caller's arena.
 */
#ifndef DIEUHANH_ORG_STORE_H
#define DIEUHANH_ORG_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "org/org.h"
#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;
struct module_migrations;

struct unit_filter {
	const char *kind;        /* NULL: any */
	const char *q_folded;    /* NULL: any; else substring of search_key */
	int64_t parent_id;       /* 0: any */
	int limit;               /* <=0: no limit */
	int offset;
};

struct person_filter {
	int64_t unit_id;         /* 0: any */
	const char *q_folded;
	int limit;
	int offset;
};

struct org_store {
	/* Units.  Lists are ordered by sort_key, then id. */
	enum store_status (*unit_get)(struct store *st, int64_t id,
	                              struct arena *a, struct org_unit *out);
	/* The first unit without a parent; STORE_NOT_FOUND in an empty tree. */
	enum store_status (*unit_root)(struct store *st, struct arena *a, struct org_unit *out);
	enum store_status (*unit_get_by_code)(struct store *st, const char *code,
	                                      struct arena *a, struct org_unit *out);
	enum store_status (*unit_list)(struct store *st, const struct unit_filter *f,
	                               struct arena *a, struct org_unit **out, size_t *n);
	/* ROOT and all its descendants, any depth, ROOT first, rest by sort_key. */
	enum store_status (*unit_subtree)(struct store *st, int64_t root,
	                                  struct arena *a, struct org_unit **out, size_t *n);
	/* Sets U->id.  STORE_CONFLICT on a duplicate code. */
	enum store_status (*unit_insert)(struct store *st, struct org_unit *u);
	/* Replaces every column of row U->id.  STORE_NOT_FOUND, STORE_CONFLICT. */
	enum store_status (*unit_update)(struct store *st, const struct org_unit *u);
	/*
	 * The unit tree's revision: a counter that every insert, update or
	 * delete of a unit bumps in the same transaction (a trigger), so a
	 * cache keyed by it is never stale, whichever process wrote.
	 */
	enum store_status (*unit_revision)(struct store *st, int64_t *rev);
	/* Number of units (for the demo loader and health). */
	enum store_status (*unit_count)(struct store *st, int64_t *n);

	/* People.  Lists are ordered by sort_key, then id. */
	enum store_status (*person_get)(struct store *st, int64_t id,
	                                struct arena *a, struct org_person *out);
	enum store_status (*person_list)(struct store *st, const struct person_filter *f,
	                                 struct arena *a, struct org_person **out, size_t *n);
	/* Sets P->id. */
	enum store_status (*person_insert)(struct store *st, struct org_person *p);
	enum store_status (*person_update)(struct store *st, const struct org_person *p);
	/* The person whose external reference (person.ref, for imports) is REF. */
	enum store_status (*person_get_by_ref)(struct store *st, const char *ref,
	                                       struct arena *a, struct org_person *out);
	/* Sets (NULL clears) person ID's reference; STORE_CONFLICT when another has it. */
	enum store_status (*person_set_ref)(struct store *st, int64_t id, const char *ref);
};

extern const struct org_store org_store;

/* The module's statements (for the prepare-everything test). */
extern const struct db_sql_list org_sql;
extern const struct store_module org_storage;
extern const struct module_migrations org_migrations;

#endif
