/*
 * audit.h: the tamper-evident audit trail.
 *
 * Every write appends one entry in the same transaction as the write: who,
 * when, what, and the record before and after as JSON.  Entries form a hash
 * chain: each holds the SHA-256 of the previous entry (prev_hash) and of its
 * own content including prev_hash (hash), so changing or deleting an entry
 * breaks the chain at that point, and audit_verify names the first broken
 * entry.  (Cutting entries off the end is only detectable against a copy of
 * the last hash kept elsewhere; the verify command prints it for that.)
 */
#ifndef DIEUHANH_AUDIT_H
#define DIEUHANH_AUDIT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct store;
struct arena;

enum { AUDIT_HASH_HEX = 64 };

/* Who acts: a signed-in user, or the system itself (CLI, demo loader). */
struct actor {
	int64_t user_id;    /* 0: system */
	const char *login;  /* "system" for the system */
	const char *address;/* client address or NULL */
};

extern const struct actor actor_system;

struct audit_entry {
	int64_t id;
	const char *at;          /* "2019-01-14T09:30:00.123Z" */
	int64_t actor_id;        /* 0: system */
	const char *actor;       /* login */
	const char *action;      /* "create", "update", "disable", ... */
	const char *entity;      /* "org_unit", "person", "user", ... */
	int64_t entity_id;
	const char *before;      /* JSON or NULL */
	const char *after;       /* JSON or NULL */
	char prev_hash[AUDIT_HASH_HEX + 1];
	char hash[AUDIT_HASH_HEX + 1];
};

/* Hex SHA-256 of E's content (everything but id and hash) into OUT. */
void audit_entry_hash(const struct audit_entry *e, char out[AUDIT_HASH_HEX + 1]);

/*
 * Appends an entry inside the caller's transaction: BEFORE/AFTER are JSON
 * values (borrowed; NULL for none), serialised with sorted keys.
 * Returns a store_status.
 */
int audit_record(struct store *st, const struct actor *who, const char *action,
                 const char *entity, int64_t entity_id, json_t *before, json_t *after);

/* One entry for audit_record_many(). */
struct audit_item {
	const char *action;
	const char *entity;
	int64_t entity_id;
	json_t *before, *after;  /* borrowed; NULL for none */
};

/*
 * audit_record() for N entries at once (an import): one read of the tail,
 * the chain computed here, one bulk insert (store audit_insert_many).  The
 * entries' text lives in A.  Returns a store_status.
 */
struct arena;
int audit_record_many(struct store *st, const struct actor *who,
                      const struct audit_item *items, size_t n, struct arena *a);

struct principal;

/*
 * May WHO read the history of ENTITY ID?  Decided on the record's unit
 * (a unit, a person's unit) through policy_allows().
 */
bool audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                    const char *entity, int64_t id);

/*
 * Keeps, in place, the entries of E that WHO may read (a user's actions span
 * units; each entry is judged on its own record).  Returns how many remain.
 */
size_t audit_keep_readable(struct store *st, struct arena *a, const struct principal *who,
                           struct audit_entry *e, size_t n);

struct audit_report {
	int64_t checked;
	int64_t first_broken_id;   /* 0: the chain is whole */
	const char *problem;       /* what is wrong with that entry */
	char last_hash[AUDIT_HASH_HEX + 1];
};

/* Walks the whole chain; a store_status (OK even when the chain is broken). */
int audit_verify(struct store *st, struct audit_report *report);

#endif
