/*
 * audit.h: the tamper-evident audit trail.
 *
 * Every write appends one entry in the same transaction as the write: who,
 * when, what, and the record before and after as JSON.  Entries form a hash
 * chain: each holds the SHA-256 of the previous entry (prev_hash) and of its
 * own content including prev_hash (hash), so changing or deleting an entry
 * breaks the chain at that point, and audit_verify names the first broken
 * entry.  Since the keyed scheme (below), the hash is an HMAC under a key
 * kept outside the database.
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

/*
 * Where the keyed scheme starts: entries with id >= KEYED_FROM carry an
 * HMAC-SHA512-256 under the audit key (kept outside the database) instead
 * of a plain SHA-256, so only the key's holder can recompute them.  KEY_ID
 * names the key; MAC is the marker's own MAC under the key, so the marker
 * cannot be moved or forged without it.  One row, written once.
 */
struct audit_scheme {
	int64_t keyed_from;
	char key_id[AUDIT_HASH_HEX + 1];
	char mac[AUDIT_HASH_HEX + 1];
};

/* Hex SHA-256 of E's content (everything but id and hash) into OUT: the plain scheme. */
void audit_entry_hash(const struct audit_entry *e, char out[AUDIT_HASH_HEX + 1]);
/* Hex HMAC-SHA512-256 of the same content under KEY: the keyed scheme. */
void audit_entry_mac(const struct audit_entry *e, const unsigned char *key,
                     char out[AUDIT_HASH_HEX + 1]);

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

/*
 * audit_record_many() for N records created (no "before"), whose "after"
 * texts the caller has written already (AFTER[i] for entity IDS[i], as
 * json_dumps with JSON_COMPACT | JSON_SORT_KEYS would, living as long as
 * A): an import's 10,000 rows without building and dumping objects.
 */
int audit_record_created(struct store *st, const struct actor *who, const char *action,
                         const char *entity, const int64_t *ids, const char *const *after,
                         size_t n, struct arena *a);

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

/*
 * ---- the keyed chain and its published head --------------------------
 *
 * A forger with write access to the database but not to the audit key (a
 * file kept outside it) cannot recompute keyed entries, so rewriting
 * entries and their hashes is caught; entries before the marker stay plain
 * SHA-256 (written before keys existed) and are pinned by the first keyed
 * entry's link.  Cutting entries off the end is caught against a published
 * head: an entry's id and hash, printed by the server and `audit head`.
 */
enum { AUDIT_KEY_BYTES = 32 };

/* The marker's MAC under KEY, and a key's id (hex BLAKE2b-256 of it, domain-separated). */
void audit_scheme_mac(const struct audit_scheme *m, const unsigned char *key,
                      char out[AUDIT_HASH_HEX + 1]);
void audit_key_id(const unsigned char *key, char out[AUDIT_HASH_HEX + 1]);

/* Uses KEY (AUDIT_KEY_BYTES, copied) for what this process writes and checks; NULL: none. */
void audit_key_use(const unsigned char *key);
/* The key in use or NULL. */
const unsigned char *audit_key_current(void);

/*
 * The audit key file for DB_URL: PATH.audit-key beside an SQLite database
 * PATH, var/audit.key (relative to the working directory) otherwise.
 */
void audit_key_default_path(const char *db_url, char *out, size_t n);

/*
 * Reads the key file PATH (64 hex digits) and uses it.  When it does not
 * exist and CREATE, writes a fresh random key there first (mode 0600, its
 * folder made 0700 if missing).  1: a key is in use (*CREATED says whether
 * it is new); 0: no file and not CREATE; -1: error, told in ERR.
 */
int audit_key_load(const char *path, bool create, bool *created, char *err, size_t errlen);

/*
 * For writers, at start-up, after audit_key_load(): makes the chain's marker
 * name the key in use, starting the keyed scheme at the next entry when the
 * chain has no marker yet (in its own transaction), else checking that the
 * marker is this key's and unaltered.  Without a key, fails when the chain
 * is keyed.  A store_status; ERR says what is wrong.
 */
int audit_scheme_ensure(struct store *st, char *err, size_t errlen);

/*
 * Both of the above for a writing process: the key file PATH (NULL: the
 * default for DB_URL), created on first use while the chain has no keyed
 * entries, never replaced once it has.  A store_status; ERR says why not.
 */
int audit_key_setup(struct store *st, const char *db_url, const char *path, char *err,
                    size_t errlen);

/* A chain head: an entry's id and hash; id 0 with a hash: "wherever it is". */
struct audit_head {
	int64_t id;
	char hash[AUDIT_HASH_HEX + 1];
};

/* The last entry (id 0 and 64 '0's for an empty chain).  A store_status. */
int audit_head_get(struct store *st, struct audit_head *out);
/* "ID:HASH" or "HASH" (64 hex digits, any case) into OUT; false if malformed. */
bool audit_head_parse(const char *s, struct audit_head *out);

struct audit_report {
	int64_t checked;
	bool broken;               /* false: the chain is whole (and holds EXPECT) */
	bool key_needed;           /* broken because the key (the right one) was not given */
	int64_t first_broken_id;   /* the entry concerned, or 0 */
	const char *problem;       /* what is wrong */
	int64_t keyed_from;        /* 0: no keyed entries */
	struct audit_head last;    /* the chain's head */
};

/*
 * Walks the whole chain with the key in use; with EXPECT (a head published
 * earlier; NULL: none) also checks that it is still in the chain, at its
 * position, with every later entry chaining from it.  A store_status (OK
 * even when the chain is broken: see REPORT).
 */
int audit_verify(struct store *st, const struct audit_head *expect, struct audit_report *report);

/* The audit module's permission (audit_module.c): the history of records and users. */
struct permission;
extern const struct permission audit_perm_read_audit;
#define PERM_READ_AUDIT (&audit_perm_read_audit)

#endif
