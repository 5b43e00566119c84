/* audit.c: see audit.h. */
#include "audit/audit.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"
#include "util/arena.h"

const struct actor actor_system = { .user_id = 0, .login = "system", .address = NULL };

/*
 * Each field is fed with its length first, so no choice of field values
 * can make two different entries hash alike.
 */
static void feed(crypto_hash_sha256_state *st, const char *s)
{
	unsigned long long len = s ? strlen(s) : ~0ULL;  /* NULL differs from "" */
	unsigned char lenbuf[8];
	for (int i = 0; i < 8; i++)
		lenbuf[i] = (unsigned char)(len >> (8 * i));
	crypto_hash_sha256_update(st, lenbuf, sizeof lenbuf);
	if (s)
		crypto_hash_sha256_update(st, (const unsigned char *)s, strlen(s));
}

void audit_entry_hash(const struct audit_entry *e, char out[AUDIT_HASH_HEX + 1])
{
	char num[2][24];
	snprintf(num[0], sizeof num[0], "%lld", (long long)e->actor_id);
	snprintf(num[1], sizeof num[1], "%lld", (long long)e->entity_id);
	crypto_hash_sha256_state st;
	crypto_hash_sha256_init(&st);
	feed(&st, e->prev_hash);
	feed(&st, e->at);
	feed(&st, num[0]);
	feed(&st, e->actor);
	feed(&st, e->action);
	feed(&st, e->entity);
	feed(&st, num[1]);
	feed(&st, e->before);
	feed(&st, e->after);
	unsigned char digest[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_final(&st, digest);
	sodium_bin2hex(out, AUDIT_HASH_HEX + 1, digest, sizeof digest);
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
	enum store_status s = st->ops->audit_tail(st, e.prev_hash);
	if (s == STORE_OK) {
		audit_entry_hash(&e, e.hash);
		s = st->ops->audit_insert(st, &e);
	}
	free(b);
	free(a);
	return s;
}

int audit_record_many(struct store *st, const struct actor *who,
                      const struct audit_item *items, size_t n, struct arena *a)
{
	if (n == 0)
		return STORE_OK;
	char at[32];
	utc_now(at);
	const char *when = arena_strdup(a, at);
	struct audit_entry *e = arena_alloc(a, n * sizeof *e);
	enum store_status s = st->ops->audit_tail(st, e[0].prev_hash);
	if (s != STORE_OK)
		return s;
	for (size_t i = 0; i < n; i++) {
		e[i].at = when;
		e[i].actor_id = who->user_id;
		e[i].actor = who->login;
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
		if (i > 0)
			memcpy(e[i].prev_hash, e[i - 1].hash, sizeof e[i].prev_hash);
		audit_entry_hash(&e[i], e[i].hash);
	}
	return st->ops->audit_insert_many(st, e, n);
}

enum { VERIFY_BATCH = 1000 };

int audit_verify(struct store *st, struct audit_report *r)
{
	memset(r, 0, sizeof *r);
	memset(r->last_hash, '0', AUDIT_HASH_HEX);
	char expect_prev[AUDIT_HASH_HEX + 1];
	memcpy(expect_prev, r->last_hash, sizeof expect_prev);
	int64_t after = 0;
	for (;;) {
		struct arena a = { 0 };
		struct audit_filter f = { .after_id = after, .limit = VERIFY_BATCH };
		struct audit_entry *rows;
		size_t n;
		enum store_status s = st->ops->audit_list(st, &f, &a, &rows, &n);
		if (s != STORE_OK) {
			arena_free(&a);
			return s;
		}
		for (size_t i = 0; i < n && r->first_broken_id == 0; i++) {
			char h[AUDIT_HASH_HEX + 1];
			audit_entry_hash(&rows[i], h);
			if (strcmp(rows[i].prev_hash, expect_prev) != 0)
				r->problem = "its link to the previous entry does not match "
				             "(an entry before it was changed or deleted)";
			else if (strcmp(rows[i].hash, h) != 0)
				r->problem = "its content does not match its hash (it was changed)";
			if (r->problem) {
				r->first_broken_id = rows[i].id;
				break;
			}
			memcpy(expect_prev, rows[i].hash, sizeof expect_prev);
			r->checked++;
			after = rows[i].id;
		}
		arena_free(&a);
		if (r->first_broken_id || n < VERIFY_BATCH)
			break;
	}
	memcpy(r->last_hash, expect_prev, sizeof r->last_hash);
	return STORE_OK;
}
