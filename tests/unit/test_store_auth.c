/*
 * test_store_auth.c: the auth store's conformance suite, the same tests on
 * SQLite and on PostgreSQL (store_harness.h).
 */
#include "store_harness.h"

#include <pthread.h>

#include "auth/auth_store.h"
#include "org/org.h"
#include "org/org_store.h"
#include "store/db.h"

static int64_t new_account(struct store_fixture *f, const char *login)
{
	struct account acc = { .login = login, .display_name = login, .password_hash = "x" };
	assert_int_equal(auth_store.account_insert(f->st, &acc), STORE_OK);
	assert_true(acc.id > 0);
	return acc.id;
}

static void account_round_trip(void **state)
{
	struct store_fixture *f = *state;
	struct org_unit u = { .kind = "ward", .code = "W", .name = "W" };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	struct account acc = { .login = "lan", .display_name = "Lan", .password_hash = "h1",
	                       .disabled = true, .home_unit_id = u.id };
	assert_int_equal(auth_store.account_insert(f->st, &acc), STORE_OK);
	assert_true(acc.created_at > 1500000000);   /* 0 means now */
	struct account got;
	assert_int_equal(auth_store.account_get(f->st, acc.id, f->a, &got), STORE_OK);
	assert_string_equal(got.login, "lan");
	assert_string_equal(got.display_name, "Lan");
	assert_string_equal(got.password_hash, "h1");
	assert_true(got.disabled);
	assert_int_equal(got.created_at, acc.created_at);
	assert_int_equal(got.home_unit_id, u.id);
	assert_int_equal(got.person_id, 0);
	got.disabled = false;
	got.display_name = "Lan 2";
	assert_int_equal(auth_store.account_update(f->st, &got), STORE_OK);
	assert_int_equal(auth_store.account_get_by_login(f->st, "lan", f->a, &got), STORE_OK);
	assert_false(got.disabled);
	assert_string_equal(got.display_name, "Lan 2");
	struct account dup = { .login = "lan", .display_name = "x", .password_hash = "x" };
	assert_int_equal(auth_store.account_insert(f->st, &dup), STORE_CONFLICT);
	assert_int_equal(auth_store.account_get_by_login(f->st, "nobody", f->a, &got),
	                 STORE_NOT_FOUND);
	got.id += 100;
	assert_int_equal(auth_store.account_update(f->st, &got), STORE_NOT_FOUND);
}

/* Byte order on both engines: upper case before lower case. */
static void accounts_list_in_byte_order(void **state)
{
	struct store_fixture *f = *state;
	new_account(f, "b");
	new_account(f, "a");
	new_account(f, "Z");
	struct account *list;
	size_t n;
	assert_int_equal(auth_store.account_list(f->st, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_string_equal(list[0].login, "Z");
	assert_string_equal(list[1].login, "a");
	assert_string_equal(list[2].login, "b");
}

enum { RAW_GRANT };
static const char *const raw_names[] = { "RAW_GRANT" };
static const char *const raw_sqlite[] = {
	"INSERT INTO role_grant(user_id, role, unit_id) VALUES (?1, 'overlord', ?2)",
};
static const char *const raw_pg[] = {
	"INSERT INTO role_grant(user_id, role, unit_id) VALUES ($1, 'overlord', $2)",
};
static int raw_slot;
static const struct db_sql_list raw_sql = { "test", 1, raw_names, raw_sqlite, raw_pg, &raw_slot };

static void grants_and_unknown_roles(void **state)
{
	struct store_fixture *f = *state;
	int64_t user = new_account(f, "u");
	struct org_unit u = { .kind = "ward", .code = "W", .name = "W" };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	struct role_grant g = { .user_id = user, .role = ROLE_LEADER, .unit_id = u.id };
	assert_int_equal(auth_store.grant_insert(f->st, &g), STORE_OK);
	assert_true(g.id > 0);
	struct role_grant same = g;
	assert_int_equal(auth_store.grant_insert(f->st, &same), STORE_CONFLICT);
	/* A role this program does not know grants nothing, on both engines. */
	assert_int_equal(db_exec(f->st, &raw_sql, RAW_GRANT, DB_PARAMS(db_int64(user), db_int64(u.id))),
	                 STORE_OK);
	struct role_grant *list;
	size_t n;
	assert_int_equal(auth_store.grant_list(f->st, user, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(list[0].role, ROLE_LEADER);
	assert_int_equal(list[1].role, ROLE_COUNT);
	assert_int_equal(list[1].unit_id, u.id);
	assert_int_equal(auth_store.grant_delete(f->st, g.id), STORE_OK);
	assert_int_equal(auth_store.grant_delete(f->st, g.id), STORE_NOT_FOUND);
	struct role_grant bad = { .user_id = user, .role = ROLE_COUNT, .unit_id = u.id };
	assert_int_equal(auth_store.grant_insert(f->st, &bad), STORE_HARD_ERROR);
}

static void sessions(void **state)
{
	struct store_fixture *f = *state;
	int64_t user = new_account(f, "u");
	struct session a = { .user_id = user, .csrf = "c1", .created_at = 100, .last_seen = 100,
	                     .expires_at = 1000 };
	memset(a.token_hash, 0xa1, sizeof a.token_hash);
	struct session b = a;
	memset(b.token_hash, 0xb2, sizeof b.token_hash);
	b.expires_at = 50;
	assert_int_equal(auth_store.session_insert(f->st, &a), STORE_OK);
	assert_int_equal(auth_store.session_insert(f->st, &b), STORE_OK);
	struct session got;
	assert_int_equal(auth_store.session_get(f->st, a.token_hash, f->a, &got), STORE_OK);
	assert_memory_equal(got.token_hash, a.token_hash, TOKEN_HASH_LEN);
	assert_string_equal(got.csrf, "c1");
	assert_int_equal(got.expires_at, 1000);
	assert_int_equal(auth_store.session_touch(f->st, a.token_hash, 200), STORE_OK);
	assert_int_equal(auth_store.session_get(f->st, a.token_hash, f->a, &got), STORE_OK);
	assert_int_equal(got.last_seen, 200);
	assert_int_equal(auth_store.session_purge(f->st, 60), STORE_OK);
	assert_int_equal(auth_store.session_get(f->st, b.token_hash, f->a, &got), STORE_NOT_FOUND);
	assert_int_equal(auth_store.session_touch(f->st, b.token_hash, 200), STORE_NOT_FOUND);
	assert_int_equal(auth_store.session_insert(f->st, &b), STORE_OK);
	assert_int_equal(auth_store.session_delete_for_user(f->st, user, a.token_hash), STORE_OK);
	assert_int_equal(auth_store.session_get(f->st, b.token_hash, f->a, &got), STORE_NOT_FOUND);
	assert_int_equal(auth_store.session_get(f->st, a.token_hash, f->a, &got), STORE_OK);
	assert_int_equal(auth_store.session_delete_for_user(f->st, user, NULL), STORE_OK);
	assert_int_equal(auth_store.session_get(f->st, a.token_hash, f->a, &got), STORE_NOT_FOUND);
}

/*
 * What every signed-in request reads in one statement: the session, its
 * account and the account's grants in id order (an unknown role granting
 * nothing), none for an account without grants, nothing for no session.
 */
static void session_with_account_and_grants(void **state)
{
	struct store_fixture *f = *state;
	int64_t user = new_account(f, "u"), bare = new_account(f, "v");
	struct org_unit u = { .kind = "ward", .code = "W", .name = "W" };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	struct role_grant g = { .user_id = user, .role = ROLE_LEADER, .unit_id = u.id };
	assert_int_equal(auth_store.grant_insert(f->st, &g), STORE_OK);
	assert_int_equal(db_exec(f->st, &raw_sql, RAW_GRANT, DB_PARAMS(db_int64(user), db_int64(u.id))),
	                 STORE_OK);
	struct session a = { .user_id = user, .csrf = "c1", .created_at = 100, .last_seen = 150,
	                     .expires_at = 1000 };
	memset(a.token_hash, 0xa1, sizeof a.token_hash);
	struct session b = { .user_id = bare, .csrf = "c2", .created_at = 100, .last_seen = 100,
	                     .expires_at = 1000 };
	memset(b.token_hash, 0xb2, sizeof b.token_hash);
	assert_int_equal(auth_store.session_insert(f->st, &a), STORE_OK);
	assert_int_equal(auth_store.session_insert(f->st, &b), STORE_OK);
	struct session se;
	struct account acc;
	struct role_grant *gs;
	size_t n;
	assert_int_equal(auth_store.session_principal(f->st, a.token_hash, f->a, &se, &acc, &gs, &n),
	                 STORE_OK);
	assert_memory_equal(se.token_hash, a.token_hash, TOKEN_HASH_LEN);
	assert_string_equal(se.csrf, "c1");
	assert_int_equal(se.last_seen, 150);
	assert_int_equal(se.expires_at, 1000);
	assert_int_equal(acc.id, user);
	assert_string_equal(acc.login, "u");
	assert_false(acc.disabled);
	assert_int_equal(n, 2);
	assert_int_equal(gs[0].id, g.id);
	assert_int_equal(gs[0].role, ROLE_LEADER);
	assert_int_equal(gs[0].unit_id, u.id);
	assert_int_equal(gs[1].role, ROLE_COUNT);
	assert_int_equal(auth_store.session_principal(f->st, b.token_hash, f->a, &se, &acc, &gs, &n),
	                 STORE_OK);
	assert_int_equal(acc.id, bare);
	assert_int_equal(n, 0);
	unsigned char none[TOKEN_HASH_LEN];
	memset(none, 0xc3, sizeof none);
	assert_int_equal(auth_store.session_principal(f->st, none, f->a, &se, &acc, &gs, &n),
	                 STORE_NOT_FOUND);
}

/* SQLite's insert used to drop last_used and revoked_at. */
static void tokens_keep_every_field(void **state)
{
	struct store_fixture *f = *state;
	int64_t user = new_account(f, "u");
	struct api_token t = { .user_id = user, .name = "ci", .created_at = 10, .last_used = 20,
	                       .revoked_at = 30 };
	memset(t.token_hash, 0x11, sizeof t.token_hash);
	assert_int_equal(auth_store.token_insert(f->st, &t), STORE_OK);
	struct api_token got;
	assert_int_equal(auth_store.token_get(f->st, t.token_hash, f->a, &got), STORE_OK);
	assert_int_equal(got.id, t.id);
	assert_memory_equal(got.token_hash, t.token_hash, TOKEN_HASH_LEN);
	assert_string_equal(got.name, "ci");
	assert_int_equal(got.created_at, 10);
	assert_int_equal(got.last_used, 20);
	assert_int_equal(got.revoked_at, 30);
	struct api_token live = { .user_id = user, .name = "live", .created_at = 11 };
	memset(live.token_hash, 0x22, sizeof live.token_hash);
	assert_int_equal(auth_store.token_insert(f->st, &live), STORE_OK);
	assert_int_equal(auth_store.token_get_by_id(f->st, live.id, f->a, &got), STORE_OK);
	assert_int_equal(got.last_used, 0);
	assert_int_equal(got.revoked_at, 0);
	struct api_token *list;
	size_t n;
	assert_int_equal(auth_store.token_list(f->st, user, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(list[0].id, live.id);   /* newest first */
	assert_int_equal(auth_store.token_touch(f->st, live.id, 40), STORE_OK);
	assert_int_equal(auth_store.token_revoke(f->st, t.id, user, 50), STORE_NOT_FOUND);
	assert_int_equal(auth_store.token_revoke(f->st, live.id, user + 1, 50), STORE_NOT_FOUND);
	assert_int_equal(auth_store.token_revoke(f->st, live.id, user, 50), STORE_OK);
	assert_int_equal(auth_store.token_get_by_id(f->st, live.id, f->a, &got), STORE_OK);
	assert_int_equal(got.last_used, 40);
	assert_int_equal(got.revoked_at, 50);
	struct api_token third = { .user_id = user, .name = "3", .created_at = 12 };
	memset(third.token_hash, 0x33, sizeof third.token_hash);
	assert_int_equal(auth_store.token_insert(f->st, &third), STORE_OK);
	assert_int_equal(auth_store.token_revoke_for_user(f->st, user, 60), STORE_OK);
	assert_int_equal(auth_store.token_get_by_id(f->st, third.id, f->a, &got), STORE_OK);
	assert_int_equal(got.revoked_at, 60);
	assert_int_equal(auth_store.token_get_by_id(f->st, live.id, f->a, &got), STORE_OK);
	assert_int_equal(got.revoked_at, 50);   /* already revoked: unchanged */
}

static void throttle_counts_and_windows(void **state)
{
	struct store_fixture *f = *state;
	int failures, before;
	int64_t start;
	assert_int_equal(auth_store.throttle_get(f->st, "k", &failures, &start), STORE_NOT_FOUND);
	assert_int_equal(auth_store.throttle_count(f->st, "k", 1000, 900, &before), STORE_OK);
	assert_int_equal(before, 0);
	assert_int_equal(auth_store.throttle_count(f->st, "k", 1100, 900, &before), STORE_OK);
	assert_int_equal(before, 1);
	assert_int_equal(auth_store.throttle_get(f->st, "k", &failures, &start), STORE_OK);
	assert_int_equal(failures, 2);
	assert_int_equal(start, 1000);
	/* The window has passed: counting starts again, from now. */
	assert_int_equal(auth_store.throttle_count(f->st, "k", 1900, 900, &before), STORE_OK);
	assert_int_equal(before, 0);
	assert_int_equal(auth_store.throttle_get(f->st, "k", &failures, &start), STORE_OK);
	assert_int_equal(failures, 1);
	assert_int_equal(start, 1900);
	assert_int_equal(auth_store.throttle_uncount(f->st, "k"), STORE_OK);
	assert_int_equal(auth_store.throttle_uncount(f->st, "k"), STORE_OK);
	assert_int_equal(auth_store.throttle_get(f->st, "k", &failures, &start), STORE_OK);
	assert_int_equal(failures, 0);   /* never below zero */
	assert_int_equal(auth_store.throttle_clear(f->st, "k"), STORE_OK);
	assert_int_equal(auth_store.throttle_get(f->st, "k", &failures, &start), STORE_NOT_FOUND);
}

enum { COUNTERS = 4, COUNTS_EACH = 25 };

static void *count_many(void *p)
{
	struct store *st = p;
	for (int i = 0; i < COUNTS_EACH; i++) {
		int before;
		if (auth_store.throttle_count(st, "addr:192.0.2.1", 1000, 900, &before) != STORE_OK)
			return (void *)1;
	}
	return NULL;
}

/* The read-then-write it replaced lost counts between concurrent failures. */
static void concurrent_failures_count_exactly(void **state)
{
	struct store_fixture *f = *state;
	pthread_t t[COUNTERS];
	for (int i = 0; i < COUNTERS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, count_many, f->st), 0);
	int errors = 0;
	for (int i = 0; i < COUNTERS; i++) {
		void *r;
		pthread_join(t[i], &r);
		errors += r != NULL;
	}
	assert_int_equal(errors, 0);
	int failures;
	int64_t start;
	assert_int_equal(auth_store.throttle_get(f->st, "addr:192.0.2.1", &failures, &start),
	                 STORE_OK);
	assert_int_equal(failures, COUNTERS * COUNTS_EACH);
}

struct toucher {
	struct store *st;
	unsigned char hash[TOKEN_HASH_LEN];
	enum store_status rc;
};

static void *touch(void *p)
{
	struct toucher *t = p;
	t->rc = auth_store.session_touch(t->st, t->hash, 500);
	return NULL;
}

/*
 * SQLite's touch bypassed the writer queue and polled the 5 s busy timeout:
 * behind a transaction longer than that it failed.  It now waits its turn.
 */
static void touch_waits_for_a_long_transaction(void **state)
{
	struct store_fixture *f = *state;
	int64_t user = new_account(f, "u");
	struct session s = { .user_id = user, .csrf = "c", .created_at = 1, .last_seen = 1,
	                     .expires_at = 1000 };
	memset(s.token_hash, 0x5a, sizeof s.token_hash);
	assert_int_equal(auth_store.session_insert(f->st, &s), STORE_OK);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	new_account(f, "writer");   /* the transaction holds the write lock */
	struct toucher t = { .st = f->st, .rc = STORE_HARD_ERROR };
	memcpy(t.hash, s.token_hash, sizeof t.hash);
	pthread_t th;
	assert_int_equal(pthread_create(&th, NULL, touch, &t), 0);
	/* Past SQLite's busy timeout; PostgreSQL's row locks do not meet here. */
	if (!f->pg_url)
		sleep(6);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	pthread_join(th, NULL);
	assert_int_equal(t.rc, STORE_OK);
	struct session got;
	assert_int_equal(auth_store.session_get(f->st, s.token_hash, f->a, &got), STORE_OK);
	assert_int_equal(got.last_seen, 500);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(account_round_trip),
		STORE_TEST(accounts_list_in_byte_order),
		STORE_TEST(grants_and_unknown_roles),
		STORE_TEST(sessions),
		STORE_TEST(session_with_account_and_grants),
		STORE_TEST(tokens_keep_every_field),
		STORE_TEST(throttle_counts_and_windows),
		STORE_TEST(concurrent_failures_count_exactly),
		STORE_TEST(touch_waits_for_a_long_transaction),
	};
	return store_harness_run("auth store", tests, sizeof tests / sizeof tests[0]);
}
