/*
 * test_store_audit.c: the audit store's conformance suite, the same tests
 * on SQLite and on PostgreSQL (store_harness.h).
 */
#include "store_harness.h"

#include "audit/audit_store.h"

static struct audit_entry entry(const char *entity, int64_t entity_id, int64_t actor_id,
                                char fill)
{
	struct audit_entry e = { .at = "2026-01-01T00:00:00.000Z", .actor_id = actor_id,
	                         .actor = actor_id ? "someone" : "system", .action = "create",
	                         .entity = entity, .entity_id = entity_id, .after = "{\"a\":1}" };
	memset(e.prev_hash, '0', AUDIT_HASH_HEX);
	memset(e.hash, fill, AUDIT_HASH_HEX);
	return e;
}

/* Appends outside any transaction would fork the chain: refused on both. */
static void tail_only_inside_a_transaction(void **state)
{
	struct store_fixture *f = *state;
	char hash[AUDIT_HASH_HEX + 1];
	assert_int_equal(audit_store.tail(f->st, hash), STORE_HARD_ERROR);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(audit_store.tail(f->st, hash), STORE_OK);
	for (int i = 0; i < AUDIT_HASH_HEX; i++)
		assert_int_equal(hash[i], '0');
	struct audit_entry e = entry("org_unit", 1, 0, 'a');
	assert_int_equal(audit_store.insert(f->st, &e), STORE_OK);
	assert_true(e.id > 0);
	assert_int_equal(audit_store.tail(f->st, hash), STORE_OK);
	assert_string_equal(hash, e.hash);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
}

static int64_t seed(struct store_fixture *f)
{
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	struct audit_entry e[4] = {
		entry("org_unit", 1, 0, 'a'), entry("org_unit", 2, 0, 'b'),
		entry("person", 1, 0, 'c'), entry("org_unit", 1, 0, 'd'),
	};
	/* One by an actor: actor ids are accounts. */
	for (int i = 0; i < 4; i++)
		assert_int_equal(audit_store.insert(f->st, &e[i]), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	return e[0].id;
}

static void list_filters(void **state)
{
	struct store_fixture *f = *state;
	int64_t first = seed(f);
	struct audit_entry *out;
	size_t n;
	struct audit_filter all = { 0 };
	assert_int_equal(audit_store.list(f->st, &all, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 4);
	assert_int_equal(out[0].id, first);
	assert_string_equal(out[0].after, "{\"a\":1}");
	assert_null(out[0].before);
	assert_int_equal(out[0].hash[0], 'a');
	assert_int_equal(strlen(out[0].hash), AUDIT_HASH_HEX);
	struct audit_filter history = { .entity = "org_unit", .entity_id = 1, .newest_first = true };
	assert_int_equal(audit_store.list(f->st, &history, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(out[0].hash[0], 'd');
	/* One kind of record: the latest entries of every kind may hold none of it. */
	struct audit_filter kind = { .entity = "org_unit", .newest_first = true, .limit = 2 };
	assert_int_equal(audit_store.list(f->st, &kind, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(out[0].hash[0], 'd');
	assert_int_equal(out[1].hash[0], 'b');
	struct audit_filter people = { .entity = "person" };
	assert_int_equal(audit_store.list(f->st, &people, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(out[0].hash[0], 'c');
	struct audit_filter after = { .after_id = first + 1, .limit = 1 };
	assert_int_equal(audit_store.list(f->st, &after, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(out[0].id, first + 2);
	struct audit_filter nobody = { .actor_id = 12345 };
	assert_int_equal(audit_store.list(f->st, &nobody, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 0);
}

/* SQLite filtered "= 0", PostgreSQL "<= 0": a negative filter means "any" on both. */
static void negative_filters_mean_any(void **state)
{
	struct store_fixture *f = *state;
	seed(f);
	struct audit_entry *out;
	size_t n;
	struct audit_filter neg = { .actor_id = -1, .after_id = -5 };
	assert_int_equal(audit_store.list(f->st, &neg, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 4);
}

static void bulk_insert_keeps_chain_order(void **state)
{
	struct store_fixture *f = *state;
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	char hash[AUDIT_HASH_HEX + 1];
	assert_int_equal(audit_store.tail(f->st, hash), STORE_OK);
	struct audit_entry e[3] = {
		entry("measurement", 1, 0, 'x'), entry("measurement", 2, 0, 'y'),
		entry("measurement", 3, 0, 'z'),
	};
	e[1].before = "with \"quotes\" and \\ and {braces},";
	e[2].after = NULL;
	assert_int_equal(audit_store.insert_many(f->st, e, 3), STORE_OK);
	assert_int_equal(audit_store.insert_many(f->st, e, 0), STORE_OK);
	assert_int_equal(audit_store.tail(f->st, hash), STORE_OK);
	assert_int_equal(hash[0], 'z');
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	struct audit_entry *out;
	size_t n;
	struct audit_filter all = { 0 };
	assert_int_equal(audit_store.list(f->st, &all, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_int_equal(out[0].hash[0], 'x');
	assert_int_equal(out[1].hash[0], 'y');
	assert_string_equal(out[1].before, e[1].before);
	assert_null(out[2].after);
	assert_int_equal(out[2].entity_id, 3);
}

static void scheme_marker(void **state)
{
	struct store_fixture *f = *state;
	struct audit_scheme m;
	assert_int_equal(audit_store.scheme_get(f->st, &m), STORE_NOT_FOUND);
	struct audit_scheme put = { .keyed_from = 7 };
	memset(put.key_id, 'k', AUDIT_HASH_HEX);
	memset(put.mac, 'm', AUDIT_HASH_HEX);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(audit_store.scheme_put(f->st, &put), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	assert_int_equal(audit_store.scheme_get(f->st, &m), STORE_OK);
	assert_int_equal(m.keyed_from, 7);
	assert_string_equal(m.key_id, put.key_id);
	assert_string_equal(m.mac, put.mac);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(audit_store.scheme_put(f->st, &put), STORE_CONFLICT);
	f->st->ops->rollback(f->st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(tail_only_inside_a_transaction),
		STORE_TEST(list_filters),
		STORE_TEST(negative_filters_mean_any),
		STORE_TEST(bulk_insert_keeps_chain_order),
		STORE_TEST(scheme_marker),
	};
	return store_harness_run("audit store", tests, sizeof tests / sizeof tests[0]);
}
