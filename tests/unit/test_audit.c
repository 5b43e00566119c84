/*
 * test_audit.c: the audit chain detects a changed or deleted entry.  Runs
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
#include <unistd.h>

#include "audit/audit.h"
#include "store/store.h"
#include "util/arena.h"

struct fixture {
	char dir[64];
	char path[96];
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->dir, sizeof f->dir, "/tmp/dh-audit-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	char err[256];
	f->st = store_sqlite_open(f->path, err, sizeof err);
	int version;
	if (f->st == NULL || f->st->ops->migrate(f->st, &version) != STORE_OK)
		return -1;
	/* Three entries, as three writes would leave them. */
	for (int i = 1; i <= 3; i++) {
		json_t *after = json_pack("{s:i, s:s}", "id", i, "name", "Phường Hiệp Phú");
		assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
		assert_int_equal(audit_record(f->st, &actor_system, "create", "org_unit", i, NULL,
		                              after), STORE_OK);
		assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
		json_decref(after);
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	f->st->ops->close(f->st);
	char p[128];
	const char *suffixes[] = { "", "-wal", "-shm" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(p, sizeof p, "%s%s", f->path, suffixes[i]);
		unlink(p);
	}
	rmdir(f->dir);
	free(f);
	return 0;
}

static void tamper(struct fixture *f, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_changes(db), 1);
	sqlite3_close(db);
}

static void test_an_intact_chain_verifies(void **state)
{
	struct fixture *f = *state;
	struct audit_report r;
	assert_int_equal(audit_verify(f->st, &r), STORE_OK);
	assert_int_equal(r.checked, 3);
	assert_int_equal(r.first_broken_id, 0);
	assert_int_equal(strlen(r.last_hash), AUDIT_HASH_HEX);
}

static void test_a_changed_entry_is_named(void **state)
{
	struct fixture *f = *state;
	tamper(f, "UPDATE audit_entry SET after = replace(after, 'Hiệp', 'Hiep') WHERE id = 2");
	struct audit_report r;
	assert_int_equal(audit_verify(f->st, &r), STORE_OK);
	assert_int_equal(r.first_broken_id, 2);
	assert_int_equal(r.checked, 1);
	assert_non_null(r.problem);
}

static void test_a_changed_actor_is_named(void **state)
{
	struct fixture *f = *state;
	tamper(f, "UPDATE audit_entry SET actor = 'someone else' WHERE id = 1");
	struct audit_report r;
	assert_int_equal(audit_verify(f->st, &r), STORE_OK);
	assert_int_equal(r.first_broken_id, 1);
}

static void test_a_deleted_entry_breaks_the_next_link(void **state)
{
	struct fixture *f = *state;
	tamper(f, "DELETE FROM audit_entry WHERE id = 2");
	struct audit_report r;
	assert_int_equal(audit_verify(f->st, &r), STORE_OK);
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
	assert_int_equal(f->st->ops->audit_list(f->st, &filter, &a, &e, &n), STORE_OK);
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
	assert_int_equal(audit_verify(f->st, &r), STORE_OK);
	assert_int_equal(r.first_broken_id, 3);
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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
