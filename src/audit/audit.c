/* audit.c: see audit.h. */
#include "audit/audit.h"

#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "audit/audit_store.h"
#include "store/store.h"
#include "util/arena.h"

const struct actor actor_system = { .user_id = 0, .login = "system", .address = NULL };

/* SHA-256 for the plain scheme, HMAC-SHA512-256 under the key for the keyed one. */
struct hasher {
	bool keyed;
	crypto_hash_sha256_state sha;
	crypto_auth_hmacsha512256_state mac;
};

static void hasher_init(struct hasher *h, const unsigned char *key)
{
	h->keyed = key != NULL;
	if (h->keyed)
		crypto_auth_hmacsha512256_init(&h->mac, key, AUDIT_KEY_BYTES);
	else
		crypto_hash_sha256_init(&h->sha);
}

static void hasher_update(struct hasher *h, const unsigned char *p, size_t n)
{
	if (h->keyed)
		crypto_auth_hmacsha512256_update(&h->mac, p, n);
	else
		crypto_hash_sha256_update(&h->sha, p, n);
}

/* Both digests are 32 bytes: the same 64 hex digits in the same column. */
static void hasher_final_hex(struct hasher *h, char out[AUDIT_HASH_HEX + 1])
{
	unsigned char digest[32];
	if (h->keyed)
		crypto_auth_hmacsha512256_final(&h->mac, digest);
	else
		crypto_hash_sha256_final(&h->sha, digest);
	sodium_bin2hex(out, AUDIT_HASH_HEX + 1, digest, sizeof digest);
	sodium_memzero(h, sizeof *h);
}

/*
 * Each field is fed with its length first, so no choice of field values
 * can make two different entries hash alike.
 */
static void feed(struct hasher *h, const char *s)
{
	unsigned long long len = s ? strlen(s) : ~0ULL;  /* NULL differs from "" */
	unsigned char lenbuf[8];
	for (int i = 0; i < 8; i++)
		lenbuf[i] = (unsigned char)(len >> (8 * i));
	hasher_update(h, lenbuf, sizeof lenbuf);
	if (s)
		hasher_update(h, (const unsigned char *)s, strlen(s));
}

static void entry_digest(const struct audit_entry *e, const unsigned char *key,
                         char out[AUDIT_HASH_HEX + 1])
{
	char num[2][24];
	snprintf(num[0], sizeof num[0], "%lld", (long long)e->actor_id);
	snprintf(num[1], sizeof num[1], "%lld", (long long)e->entity_id);
	struct hasher h;
	hasher_init(&h, key);
	feed(&h, e->prev_hash);
	feed(&h, e->at);
	feed(&h, num[0]);
	feed(&h, e->actor);
	feed(&h, e->action);
	feed(&h, e->entity);
	feed(&h, num[1]);
	feed(&h, e->before);
	feed(&h, e->after);
	hasher_final_hex(&h, out);
}

void audit_entry_hash(const struct audit_entry *e, char out[AUDIT_HASH_HEX + 1])
{
	entry_digest(e, NULL, out);
}

void audit_entry_mac(const struct audit_entry *e, const unsigned char *key,
                     char out[AUDIT_HASH_HEX + 1])
{
	entry_digest(e, key, out);
}

void audit_scheme_mac(const struct audit_scheme *m, const unsigned char *key,
                      char out[AUDIT_HASH_HEX + 1])
{
	char num[24];
	snprintf(num, sizeof num, "%lld", (long long)m->keyed_from);
	struct hasher h;
	hasher_init(&h, key);
	feed(&h, "dieuhanh audit scheme 1");
	feed(&h, num);
	feed(&h, m->key_id);
	hasher_final_hex(&h, out);
}

static void utc_now(char buf[32])
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	struct tm tm;
	gmtime_r(&ts.tv_sec, &tm);
	size_t n = strftime(buf, 32, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf + n, 32 - n, ".%03dZ", (int)(ts.tv_nsec / 1000000));
}

/*
 * The chain's last hash into PREV and the key new entries are made with
 * into *KEY (NULL: plain SHA-256).  A process without a key may not append
 * to a chain that is keyed: a plain entry there would break it.
 */
static enum store_status chain_tail(struct store *st, char prev[AUDIT_HASH_HEX + 1],
                                    const unsigned char **key)
{
	enum store_status s = audit_store.tail(st, prev);
	*key = audit_key_current();
	if (s == STORE_OK && *key == NULL) {
		struct audit_scheme m;
		enum store_status ms = audit_store.scheme_get(st, &m);
		if (ms == STORE_OK) {
			fprintf(stderr, "audit: the chain is keyed from entry %lld but this process "
			        "has no audit key; the write is refused\n", (long long)m.keyed_from);
			s = STORE_HARD_ERROR;
		} else if (ms != STORE_NOT_FOUND) {
			s = ms;
		}
	}
	return s;
}

int audit_record(struct store *st, const struct actor *who, const char *action,
                 const char *entity, int64_t entity_id, json_t *before, json_t *after)
{
	char at[32];
	utc_now(at);
	struct audit_entry e = {
		.at = at,
		.actor_id = who->user_id,
		.actor = who->login,
		.action = action,
		.entity = entity,
		.entity_id = entity_id,
	};
	char *b = before ? json_dumps(before, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	char *a = after ? json_dumps(after, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	e.before = b;
	e.after = a;
	const unsigned char *key = NULL;
	enum store_status s = chain_tail(st, e.prev_hash, &key);
	if (s == STORE_OK) {
		entry_digest(&e, key, e.hash);
		s = audit_store.insert(st, &e);
	}
	free(b);
	free(a);
	return s;
}

/* Chains and inserts E[0..N), whose action, entity, id and texts are set. */
static int record_chained(struct store *st, const struct actor *who, struct audit_entry *e,
                          size_t n, struct arena *a)
{
	char at[32];
	utc_now(at);
	const char *when = arena_strdup(a, at);
	const unsigned char *key = NULL;
	enum store_status s = chain_tail(st, e[0].prev_hash, &key);
	if (s != STORE_OK)
		return s;
	for (size_t i = 0; i < n; i++) {
		e[i].at = when;
		e[i].actor_id = who->user_id;
		e[i].actor = who->login;
		if (i > 0)
			memcpy(e[i].prev_hash, e[i - 1].hash, sizeof e[i].prev_hash);
		/* Keyed like audit_record's entries: one chain, one scheme. */
		entry_digest(&e[i], key, e[i].hash);
	}
	return audit_store.insert_many(st, e, n);
}

int audit_record_many(struct store *st, const struct actor *who,
                      const struct audit_item *items, size_t n, struct arena *a)
{
	if (n == 0)
		return STORE_OK;
	struct audit_entry *e = arena_array(a, n, sizeof *e);
	for (size_t i = 0; i < n; i++) {
		e[i].action = items[i].action;
		e[i].entity = items[i].entity;
		e[i].entity_id = items[i].entity_id;
		for (int k = 0; k < 2; k++) {
			json_t *v = k ? items[i].after : items[i].before;
			char *text = v ? json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
			if (v && text == NULL)
				return STORE_HARD_ERROR;
			*(k ? &e[i].after : &e[i].before) = arena_strdup(a, text);
			free(text);
		}
	}
	return record_chained(st, who, e, n, a);
}

int audit_record_created(struct store *st, const struct actor *who, const char *action,
                         const char *entity, const int64_t *ids, const char *const *after,
                         size_t n, struct arena *a)
{
	if (n == 0)
		return STORE_OK;
	struct audit_entry *e = arena_array(a, n, sizeof *e);
	for (size_t i = 0; i < n; i++) {
		e[i].action = action;
		e[i].entity = entity;
		e[i].entity_id = ids[i];
		e[i].after = after[i];
	}
	return record_chained(st, who, e, n, a);
}

enum { VERIFY_BATCH = 1000 };

static void broken(struct audit_report *r, int64_t id, const char *problem)
{
	if (r->broken)
		return;
	r->broken = true;
	r->first_broken_id = id;
	r->problem = problem;
}

/* The marker against the key in use; false after saying what is wrong in R. */
static bool scheme_ok(const struct audit_scheme *m, const unsigned char *key,
                      struct audit_report *r)
{
	if (key == NULL) {
		r->key_needed = true;
		broken(r, m->keyed_from, "the chain is keyed from this entry on: its audit key is "
		                         "needed to check it (--audit-key FILE)");
		return false;
	}
	char id[AUDIT_HASH_HEX + 1], mac[AUDIT_HASH_HEX + 1];
	audit_key_id(key, id);
	if (strcmp(id, m->key_id) != 0) {
		r->key_needed = true;
		broken(r, m->keyed_from, "the audit key given is not the key of this chain");
		return false;
	}
	audit_scheme_mac(m, key, mac);
	if (sodium_memcmp(mac, m->mac, AUDIT_HASH_HEX) != 0) {
		broken(r, m->keyed_from, "the marker of the keyed scheme has been altered");
		return false;
	}
	return true;
}

int audit_verify(struct store *st, const struct audit_head *expect, struct audit_report *r)
{
	memset(r, 0, sizeof *r);
	memset(r->last.hash, '0', AUDIT_HASH_HEX);
	const unsigned char *key = audit_key_current();
	struct audit_scheme m;
	enum store_status ms = audit_store.scheme_get(st, &m), s;
	if (ms == STORE_OK)
		r->keyed_from = m.keyed_from;
	else if (ms != STORE_NOT_FOUND)
		return ms;
	bool keyed = ms == STORE_OK && scheme_ok(&m, key, r);
	char expect_prev[AUDIT_HASH_HEX + 1];
	memcpy(expect_prev, r->last.hash, sizeof expect_prev);
	bool head_seen = expect == NULL;
	int64_t after = 0;
	while (!r->broken) {
		struct arena a = { 0 };
		struct audit_filter f = { .after_id = after, .limit = VERIFY_BATCH };
		struct audit_entry *rows;
		size_t n;
		s = audit_store.list(st, &f, &a, &rows, &n);
		if (s != STORE_OK) {
			arena_free(&a);
			return s;
		}
		for (size_t i = 0; i < n && !r->broken; i++) {
			const struct audit_entry *e = &rows[i];
			char h[AUDIT_HASH_HEX + 1];
			entry_digest(e, keyed && e->id >= m.keyed_from ? key : NULL, h);
			if (!head_seen && expect->id && e->id > expect->id)
				broken(r, expect->id, "the published head entry is no longer in the chain "
				                      "(deleted)");
			else if (strcmp(e->prev_hash, expect_prev) != 0)
				broken(r, e->id, "its link to the previous entry does not match "
				                 "(an entry before it was changed or deleted)");
			else if (strcmp(e->hash, h) != 0)
				broken(r, e->id, keyed && e->id >= m.keyed_from
				       ? "its content does not match its keyed hash (it was changed, or "
				         "rewritten without the key)"
				       : "its content does not match its hash (it was changed)");
			else if (!head_seen && expect->id == e->id
			         && strcasecmp(expect->hash, e->hash) != 0)
				broken(r, e->id, "this entry is not the published head: its hash differs "
				                 "(the chain was rewritten or cut and written on)");
			if (r->broken)
				break;
			if (!head_seen)
				head_seen = expect->id ? expect->id == e->id
				                       : strcasecmp(expect->hash, e->hash) == 0;
			memcpy(expect_prev, e->hash, sizeof expect_prev);
			r->checked++;
			r->last.id = e->id;
			after = e->id;
		}
		arena_free(&a);
		if (n < VERIFY_BATCH)
			break;
	}
	memcpy(r->last.hash, expect_prev, sizeof r->last.hash);
	if (!r->broken && ms == STORE_NOT_FOUND && key && r->checked > 0)
		broken(r, 0, "the chain has no keyed-scheme marker although an audit key is given "
		             "(deleted, or the key file of another database)");
	if (!r->broken && !head_seen)
		broken(r, expect->id, "the published head is not in the chain: entries were cut "
		                      "off the end");
	return STORE_OK;
}

int audit_head_get(struct store *st, struct audit_head *out)
{
	memset(out, 0, sizeof *out);
	memset(out->hash, '0', AUDIT_HASH_HEX);
	struct arena a = { 0 };
	struct audit_filter f = { .limit = 1, .newest_first = true };
	struct audit_entry *rows;
	size_t n = 0;
	enum store_status s = audit_store.list(st, &f, &a, &rows, &n);
	if (s == STORE_OK && n == 1) {
		out->id = rows[0].id;
		snprintf(out->hash, sizeof out->hash, "%s", rows[0].hash);
	}
	arena_free(&a);
	return s;
}

bool audit_head_parse(const char *s, struct audit_head *out)
{
	memset(out, 0, sizeof *out);
	const char *colon = strchr(s, ':');
	const char *hex = s;
	if (colon) {
		char *end;
		errno = 0;
		long long id = strtoll(s, &end, 10);
		if (errno || end != colon || id <= 0 || *s < '0' || *s > '9')
			return false;
		out->id = id;
		hex = colon + 1;
	}
	size_t n = strspn(hex, "0123456789abcdefABCDEF");
	if (n != AUDIT_HASH_HEX || hex[n] != '\0')
		return false;
	for (size_t i = 0; i < n; i++)
		out->hash[i] = (char)(hex[i] >= 'A' && hex[i] <= 'F' ? hex[i] - 'A' + 'a' : hex[i]);
	out->hash[n] = '\0';
	return true;
}
