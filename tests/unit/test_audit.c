/*
 * test_audit.c: the audit chain detects a changed or deleted entry; keyed
 * entries (an HMAC under a key kept outside the database) detect a forger
 * who rewrites entries and recomputes their hashes; a published head
 * detects entries cut off the end.  Runs
 * against a real SQLite database in a temporary folder, tampered with
 * through SQLite directly, as an intruder with file access would.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit/audit.h"
#include "audit/audit_store.h"
#include "sqlite_temp.h"
#include "store/store.h"
#include "util/arena.h"

struct fixture {
	struct sqlite_temp db;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	if (f == NULL || sqlite_temp_open(&f->db, "audit") != 0)
		return -1;
	/* Three entries, as three writes would leave them. */
	for (int i = 1; i <= 3; i++) {
		json_t *after = json_pack("{s:i, s:s}", "id", i, "name", "Phường Hiệp Phú");
		assert_int_equal(f->db.st->ops->begin(f->db.st), STORE_OK);
		assert_int_equal(audit_record(f->db.st, &actor_system, "create", "org_unit", i, NULL,
		                              after), STORE_OK);
		assert_int_equal(f->db.st->ops->commit(f->db.st), STORE_OK);
		json_decref(after);
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	sqlite_temp_close(&f->db);
	free(f);
	return 0;
}

static void tamper(struct fixture *f, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(f->db.path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_changes(db), 1);
	sqlite3_close(db);
}

static void test_an_intact_chain_verifies(void **state)
{
	struct fixture *f = *state;
	struct audit_report r;
	assert_int_equal(audit_verify(f->db.st, NULL, &r), STORE_OK);
	assert_int_equal(r.checked, 3);
	assert_false(r.broken);
	assert_int_equal(r.first_broken_id, 0);
	assert_int_equal(r.last.id, 3);
	assert_int_equal(strlen(r.last.hash), AUDIT_HASH_HEX);
}

static void test_a_changed_entry_is_named(void **state)
{
	struct fixture *f = *state;
	tamper(f, "UPDATE audit_entry SET after = replace(after, 'Hiệp', 'Hiep') WHERE id = 2");
	struct audit_report r;
	assert_int_equal(audit_verify(f->db.st, NULL, &r), STORE_OK);
	assert_int_equal(r.first_broken_id, 2);
	assert_int_equal(r.checked, 1);
	assert_non_null(r.problem);
}

static void test_a_changed_actor_is_named(void **state)
{
	struct fixture *f = *state;
	tamper(f, "UPDATE audit_entry SET actor = 'someone else' WHERE id = 1");
	struct audit_report r;
	assert_int_equal(audit_verify(f->db.st, NULL, &r), STORE_OK);
	assert_int_equal(r.first_broken_id, 1);
}

static void test_a_deleted_entry_breaks_the_next_link(void **state)
{
	struct fixture *f = *state;
	tamper(f, "DELETE FROM audit_entry WHERE id = 2");
	struct audit_report r;
	assert_int_equal(audit_verify(f->db.st, NULL, &r), STORE_OK);
	assert_int_equal(r.first_broken_id, 3);
}

static void test_a_rehashed_entry_still_breaks_the_chain(void **state)
{
	/* Changing an entry and recomputing its own hash leaves the next link wrong. */
	struct fixture *f = *state;
	struct arena a = { 0 };
	struct audit_filter filter = { .after_id = 1, .limit = 1 };
	struct audit_entry *e;
	size_t n;
	assert_int_equal(audit_store.list(f->db.st, &filter, &a, &e, &n), STORE_OK);
	assert_int_equal(n, 1);
	e[0].action = "delete";
	char h[AUDIT_HASH_HEX + 1];
	audit_entry_hash(&e[0], h);
	char sql[256];
	snprintf(sql, sizeof sql,
	         "UPDATE audit_entry SET action = 'delete', hash = '%s' WHERE id = 2", h);
	tamper(f, sql);
	arena_free(&a);
	struct audit_report r;
	assert_int_equal(audit_verify(f->db.st, NULL, &r), STORE_OK);
	assert_int_equal(r.first_broken_id, 3);
}

/* ---- the keyed chain ----------------------------------------------------- */

static const unsigned char test_key[AUDIT_KEY_BYTES] = "0123456789abcdef0123456789abcde";

static void record(struct store *st, int i)
{
	json_t *after = json_pack("{s:i, s:s}", "id", i, "name", "Phường Long Bình");
	assert_int_equal(st->ops->begin(st), STORE_OK);
	assert_int_equal(audit_record(st, &actor_system, "update", "org_unit", i, NULL, after),
	                 STORE_OK);
	assert_int_equal(st->ops->commit(st), STORE_OK);
	json_decref(after);
}

/* Entries 1-3 plain (written before keys), then the key, then 4-8 keyed. */
static int setup_keyed(void **state)
{
	if (setup(state) != 0)
		return -1;
	struct fixture *f = *state;
	audit_key_use(test_key);
	char err[256];
	if (audit_scheme_ensure(f->db.st, err, sizeof err) != STORE_OK)
		return -1;
	for (int i = 4; i <= 8; i++)
		record(f->db.st, i);
	return 0;
}

static int teardown_keyed(void **state)
{
	audit_key_use(NULL);
	return teardown(state);
}

static struct audit_report verify(struct fixture *f, const struct audit_head *expect)
{
	struct audit_report r;
	assert_int_equal(audit_verify(f->db.st, expect, &r), STORE_OK);
	return r;
}

/* Every entry from FROM on rewritten (action changed) and re-hashed with plain SHA-256, chained. */
static void forge_from(struct fixture *f, int64_t from)
{
	struct arena a = { 0 };
	struct audit_filter filter = { 0 };
	struct audit_entry *e;
	size_t n;
	assert_int_equal(audit_store.list(f->db.st, &filter, &a, &e, &n), STORE_OK);
	char prev[AUDIT_HASH_HEX + 1];
	memset(prev, '0', AUDIT_HASH_HEX);
	prev[AUDIT_HASH_HEX] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (e[i].id >= from) {
			memcpy(e[i].prev_hash, prev, sizeof prev);
			e[i].action = "delete";
			audit_entry_hash(&e[i], e[i].hash);
			char sql[512];
			snprintf(sql, sizeof sql, "UPDATE audit_entry SET action = 'delete', "
			         "prev_hash = '%s', hash = '%s' WHERE id = %lld", e[i].prev_hash,
			         e[i].hash, (long long)e[i].id);
			tamper(f, sql);
		}
		memcpy(prev, e[i].hash, sizeof prev);
	}
	arena_free(&a);
}

static void test_keyed_chain_after_plain_entries_verifies(void **state)
{
	struct fixture *f = *state;
	struct audit_report r = verify(f, NULL);
	assert_false(r.broken);
	assert_int_equal(r.checked, 8);
	assert_int_equal(r.keyed_from, 4);
	assert_int_equal(r.last.id, 8);
	/* Keyed entries are not plain SHA-256: a forger cannot recompute them. */
	struct arena a = { 0 };
	struct audit_filter filter = { .after_id = 4, .limit = 1 };
	struct audit_entry *e;
	size_t n;
	assert_int_equal(audit_store.list(f->db.st, &filter, &a, &e, &n), STORE_OK);
	char plain[AUDIT_HASH_HEX + 1];
	audit_entry_hash(&e[0], plain);
	assert_string_not_equal(plain, e[0].hash);
	arena_free(&a);
}

/*
 * Entries written in bulk (an import's figures) join the keyed chain like
 * any others: keyed, chained, and the whole chain still verifies.
 */
static void test_bulk_entries_are_keyed_too(void **state)
{
	struct fixture *f = *state;
	struct arena a = { 0 };
	json_t *after = json_pack("{s:i}", "value", 12);
	struct audit_item items[3] = {
		{ "report", "measurement", 101, NULL, after },
		{ "report", "measurement", 102, NULL, after },
		{ "correct", "measurement", 103, NULL, after },
	};
	assert_int_equal(f->db.st->ops->begin(f->db.st), STORE_OK);
	assert_int_equal(audit_record_many(f->db.st, &actor_system, items, 3, &a), STORE_OK);
	assert_int_equal(f->db.st->ops->commit(f->db.st), STORE_OK);
	json_decref(after);
	struct audit_report r = verify(f, NULL);
	assert_false(r.broken);
	assert_int_equal(r.checked, 11);
	struct audit_filter filter = { .after_id = 8 };
	struct audit_entry *e;
	size_t n;
	assert_int_equal(audit_store.list(f->db.st, &filter, &a, &e, &n), STORE_OK);
	assert_int_equal(n, 3);
	for (size_t i = 0; i < n; i++) {
		char plain[AUDIT_HASH_HEX + 1];
		audit_entry_hash(&e[i], plain);
		assert_string_not_equal(plain, e[i].hash);
	}
	arena_free(&a);
}

static void test_rewriting_keyed_entries_with_sha256_is_caught(void **state)
{
	struct fixture *f = *state;
	forge_from(f, 6);
	struct audit_report r = verify(f, NULL);
	assert_true(r.broken);
	assert_int_equal(r.first_broken_id, 6);
	assert_int_equal(r.checked, 5);
}

static void test_rewriting_the_whole_chain_with_sha256_is_caught(void **state)
{
	struct fixture *f = *state;
	forge_from(f, 1);
	struct audit_report r = verify(f, NULL);
	assert_true(r.broken);
	assert_int_equal(r.first_broken_id, 4);
}

static void test_deleting_the_marker_is_caught(void **state)
{
	struct fixture *f = *state;
	forge_from(f, 1);
	tamper(f, "DELETE FROM audit_scheme");
	struct audit_report r = verify(f, NULL);
	assert_true(r.broken);
	assert_non_null(strstr(r.problem, "marker"));
}

static void test_moving_the_marker_is_caught(void **state)
{
	struct fixture *f = *state;
	forge_from(f, 4);
	tamper(f, "UPDATE audit_scheme SET keyed_from = 100");
	struct audit_report r = verify(f, NULL);
	assert_true(r.broken);
	assert_non_null(strstr(r.problem, "altered"));
}

static void test_a_keyed_chain_needs_its_key(void **state)
{
	struct fixture *f = *state;
	audit_key_use(NULL);
	struct audit_report r = verify(f, NULL);
	assert_true(r.broken);
	assert_true(r.key_needed);
	unsigned char other[AUDIT_KEY_BYTES] = { 1 };
	audit_key_use(other);
	r = verify(f, NULL);
	assert_true(r.broken);
	assert_true(r.key_needed);
	char err[256];
	assert_int_not_equal(audit_scheme_ensure(f->db.st, err, sizeof err), STORE_OK);
}

static void test_no_plain_entry_after_keyed_ones(void **state)
{
	/* A process without the key must not append plain entries to a keyed chain. */
	struct fixture *f = *state;
	audit_key_use(NULL);
	json_t *after = json_pack("{s:i}", "id", 9);
	assert_int_equal(f->db.st->ops->begin(f->db.st), STORE_OK);
	assert_int_not_equal(audit_record(f->db.st, &actor_system, "create", "org_unit", 9, NULL,
	                                  after), STORE_OK);
	f->db.st->ops->rollback(f->db.st);
	json_decref(after);
	audit_key_use(test_key);
	assert_false(verify(f, NULL).broken);
}

static void test_truncation_is_caught_against_the_head(void **state)
{
	struct fixture *f = *state;
	struct audit_head head;
	assert_int_equal(audit_head_get(f->db.st, &head), STORE_OK);
	assert_int_equal(head.id, 8);
	assert_false(verify(f, &head).broken);
	struct audit_head by_hash = head;
	by_hash.id = 0;
	assert_false(verify(f, &by_hash).broken);
	for (int id = 4; id <= 8; id++) {
		char sql[64];
		snprintf(sql, sizeof sql, "DELETE FROM audit_entry WHERE id = %d", id);
		tamper(f, sql);
	}
	/* Without a head the shorter chain looks whole: that is what the head is for. */
	assert_false(verify(f, NULL).broken);
	struct audit_report r = verify(f, &head);
	assert_true(r.broken);
	assert_non_null(strstr(r.problem, "cut off"));
	assert_true(verify(f, &by_hash).broken);
}

static void test_truncation_and_new_entries_are_caught(void **state)
{
	/* Cut off the end and written on: the head's id comes back with another hash. */
	struct fixture *f = *state;
	struct audit_head head;
	assert_int_equal(audit_head_get(f->db.st, &head), STORE_OK);
	tamper(f, "DELETE FROM audit_entry WHERE id = 8");
	tamper(f, "DELETE FROM audit_entry WHERE id = 7");
	record(f->db.st, 70);
	record(f->db.st, 80);
	assert_false(verify(f, NULL).broken);
	struct audit_report r = verify(f, &head);
	assert_true(r.broken);
	assert_int_equal(r.first_broken_id, 8);
	/* An older head still in place verifies. */
	struct audit_head older = { .id = 5 };
	struct arena a = { 0 };
	struct audit_filter filter = { .after_id = 4, .limit = 1 };
	struct audit_entry *e;
	size_t n;
	assert_int_equal(audit_store.list(f->db.st, &filter, &a, &e, &n), STORE_OK);
	memcpy(older.hash, e[0].hash, sizeof older.hash);
	arena_free(&a);
	assert_false(verify(f, &older).broken);
}

static void test_head_parse(void **state)
{
	(void)state;
	struct audit_head h;
	char hex[AUDIT_HASH_HEX + 1];
	memset(hex, 'a', AUDIT_HASH_HEX);
	hex[AUDIT_HASH_HEX] = '\0';
	char text[100];
	snprintf(text, sizeof text, "12:%s", hex);
	assert_true(audit_head_parse(text, &h));
	assert_int_equal(h.id, 12);
	assert_string_equal(h.hash, hex);
	assert_true(audit_head_parse(hex, &h));
	assert_int_equal(h.id, 0);
	text[5] = 'z';
	assert_false(audit_head_parse(text, &h));
	assert_false(audit_head_parse("12:abc", &h));
	snprintf(text, sizeof text, "-1:%s", hex);
	assert_false(audit_head_parse(text, &h));
	snprintf(text, sizeof text, "x:%s", hex);
	assert_false(audit_head_parse(text, &h));
}

static void test_key_file_is_created_0600_and_read_back(void **state)
{
	struct fixture *f = *state;
	char path[160];
	snprintf(path, sizeof path, "%s/keys/audit.key", f->db.dir);
	char err[256];
	bool created;
	assert_int_equal(audit_key_load(path, false, &created, err, sizeof err), 0);
	assert_int_equal(audit_key_load(path, true, &created, err, sizeof err), 1);
	assert_true(created);
	unsigned char first[AUDIT_KEY_BYTES];
	memcpy(first, audit_key_current(), sizeof first);
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	audit_key_use(NULL);
	assert_int_equal(audit_key_load(path, true, &created, err, sizeof err), 1);
	assert_false(created);
	assert_memory_equal(audit_key_current(), first, sizeof first);
	FILE *bad = fopen(path, "w");
	fputs("not a key\n", bad);
	fclose(bad);
	assert_int_equal(audit_key_load(path, true, &created, err, sizeof err), -1);
	unlink(path);
	char dir[160];
	snprintf(dir, sizeof dir, "%s/keys", f->db.dir);
	rmdir(dir);
	audit_key_use(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_an_intact_chain_verifies, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_changed_entry_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_changed_actor_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_deleted_entry_breaks_the_next_link, setup,
		                                teardown),
		cmocka_unit_test_setup_teardown(test_a_rehashed_entry_still_breaks_the_chain, setup,
		                                teardown),
#define KEYED(t) cmocka_unit_test_setup_teardown(t, setup_keyed, teardown_keyed)
		KEYED(test_keyed_chain_after_plain_entries_verifies),
		KEYED(test_bulk_entries_are_keyed_too),
		KEYED(test_rewriting_keyed_entries_with_sha256_is_caught),
		KEYED(test_rewriting_the_whole_chain_with_sha256_is_caught),
		KEYED(test_deleting_the_marker_is_caught),
		KEYED(test_moving_the_marker_is_caught),
		KEYED(test_a_keyed_chain_needs_its_key),
		KEYED(test_no_plain_entry_after_keyed_ones),
		KEYED(test_truncation_is_caught_against_the_head),
		KEYED(test_truncation_and_new_entries_are_caught),
		cmocka_unit_test(test_head_parse),
		cmocka_unit_test_setup_teardown(test_key_file_is_created_0600_and_read_back, setup,
		                                teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
