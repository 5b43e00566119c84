/*
 * test_store_org.c: the org store's conformance suite, the same tests on
 * SQLite and on PostgreSQL (store_harness.h).
 */
#include "store_harness.h"

#include "org/org.h"
#include "org/org_store.h"

static struct org_unit unit(struct arena *a, const char *kind, const char *code,
                            const char *name, int64_t parent)
{
	struct org_unit u = { .kind = kind, .code = code, .name = name, .parent_id = parent };
	struct org_error err;
	assert_true(org_unit_prepare(&u, a, &err));
	return u;
}

static void unit_round_trip(void **state)
{
	struct store_fixture *f = *state;
	struct org_unit u = unit(f->a, "ward", "W1", "Phường Hiệp Phú", 0);
	u.valid_from = "2020-01-01";
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	assert_true(u.id > 0);
	struct org_unit got;
	assert_int_equal(org_store.unit_get(f->st, u.id, f->a, &got), STORE_OK);
	assert_int_equal(got.id, u.id);
	assert_string_equal(got.kind, "ward");
	assert_string_equal(got.code, "W1");
	assert_string_equal(got.name, u.name);
	assert_string_equal(got.valid_from, "2020-01-01");
	assert_null(got.valid_to);
	assert_int_equal(got.parent_id, 0);
	assert_int_equal(got.sort_key_len, u.sort_key_len);
	assert_memory_equal(got.sort_key, u.sort_key, u.sort_key_len);
	assert_string_equal(got.search_key, u.search_key);
	assert_int_equal(org_store.unit_get_by_code(f->st, "W1", f->a, &got), STORE_OK);
	assert_int_equal(got.id, u.id);
	assert_int_equal(org_store.unit_get(f->st, u.id + 100, f->a, &got), STORE_NOT_FOUND);
	assert_int_equal(org_store.unit_get_by_code(f->st, "nope", f->a, &got), STORE_NOT_FOUND);
}

static void unit_duplicate_code_conflicts(void **state)
{
	struct store_fixture *f = *state;
	struct org_unit u = unit(f->a, "ward", "W1", "A", 0);
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	struct org_unit v = unit(f->a, "ward", "W1", "B", 0);
	assert_int_equal(org_store.unit_insert(f->st, &v), STORE_CONFLICT);
}

static void unit_update_and_revision(void **state)
{
	struct store_fixture *f = *state;
	int64_t rev0, rev1, rev2;
	assert_int_equal(org_store.unit_revision(f->st, &rev0), STORE_OK);
	struct org_unit u = unit(f->a, "ward", "W1", "A", 0);
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	assert_int_equal(org_store.unit_revision(f->st, &rev1), STORE_OK);
	assert_true(rev1 > rev0);
	struct org_unit changed = unit(f->a, "district", "D1", "B", 0);
	changed.id = u.id;
	changed.valid_to = "2030-12-31";
	assert_int_equal(org_store.unit_update(f->st, &changed), STORE_OK);
	assert_int_equal(org_store.unit_revision(f->st, &rev2), STORE_OK);
	assert_true(rev2 > rev1);
	struct org_unit got;
	assert_int_equal(org_store.unit_get(f->st, u.id, f->a, &got), STORE_OK);
	assert_string_equal(got.code, "D1");
	assert_string_equal(got.kind, "district");
	assert_string_equal(got.valid_to, "2030-12-31");
	changed.id = u.id + 100;
	assert_int_equal(org_store.unit_update(f->st, &changed), STORE_NOT_FOUND);
	int64_t n;
	assert_int_equal(org_store.unit_count(f->st, &n), STORE_OK);
	assert_int_equal(n, 1);
}

static void unit_list_filters_and_pages(void **state)
{
	struct store_fixture *f = *state;
	struct org_unit root = unit(f->a, "district", "D", "Quận 9", 0);
	assert_int_equal(org_store.unit_insert(f->st, &root), STORE_OK);
	const char *names[] = { "Phường C", "Phường A", "Phường B_%" };
	for (int i = 0; i < 3; i++) {
		char code[8];
		snprintf(code, sizeof code, "W%d", i % 10);
		struct org_unit w = unit(f->a, "ward", arena_strdup(f->a, code), names[i], root.id);
		assert_int_equal(org_store.unit_insert(f->st, &w), STORE_OK);
	}
	struct org_unit *out;
	size_t n;
	struct unit_filter all = { 0 };
	assert_int_equal(org_store.unit_list(f->st, &all, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 4);
	struct unit_filter wards = { .kind = "ward" };
	assert_int_equal(org_store.unit_list(f->st, &wards, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_string_equal(out[0].name, "Phường A");   /* by sort key */
	struct unit_filter page = { .kind = "ward", .limit = 1, .offset = 1 };
	assert_int_equal(org_store.unit_list(f->st, &page, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_string_equal(out[0].name, "Phường B_%");
	struct unit_filter children = { .parent_id = root.id };
	assert_int_equal(org_store.unit_list(f->st, &children, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
	/* '%' and '_' are literal in a search, on both engines. */
	struct unit_filter pct = { .q_folded = "_%" };
	assert_int_equal(org_store.unit_list(f->st, &pct, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	struct unit_filter q = { .q_folded = "phuong" };
	assert_int_equal(org_store.unit_list(f->st, &q, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
}

static void unit_subtree_root_first(void **state)
{
	struct store_fixture *f = *state;
	struct org_unit top;
	assert_int_equal(org_store.unit_root(f->st, f->a, &top), STORE_NOT_FOUND);
	struct org_unit root = unit(f->a, "district", "D", "Z district", 0);
	assert_int_equal(org_store.unit_insert(f->st, &root), STORE_OK);
	struct org_unit w = unit(f->a, "ward", "W", "A ward", root.id);
	assert_int_equal(org_store.unit_insert(f->st, &w), STORE_OK);
	struct org_unit g = unit(f->a, "group", "G", "B group", w.id);
	assert_int_equal(org_store.unit_insert(f->st, &g), STORE_OK);
	struct org_unit *out;
	size_t n;
	assert_int_equal(org_store.unit_subtree(f->st, root.id, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_int_equal(out[0].id, root.id);
	assert_int_equal(out[1].id, w.id);
	assert_int_equal(out[2].id, g.id);
	/* The top: the unit without a parent, whichever unit sorts first. */
	assert_int_equal(org_store.unit_root(f->st, f->a, &top), STORE_OK);
	assert_int_equal(top.id, root.id);
	assert_string_equal(top.name, "Z district");
	assert_int_equal(org_store.unit_subtree(f->st, g.id + 100, f->a, &out, &n),
	                 STORE_NOT_FOUND);
}

static void person_round_trip_and_list(void **state)
{
	struct store_fixture *f = *state;
	struct org_unit u = unit(f->a, "ward", "W1", "A", 0);
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	struct org_person p = { .full_name = "Nguyễn Văn A", .title = "Chủ tịch",
	                        .unit_id = u.id, .email = "a@example.vn" };
	struct org_error err;
	assert_true(org_person_prepare(&p, f->a, &err));
	assert_int_equal(org_store.person_insert(f->st, &p), STORE_OK);
	assert_true(p.id > 0);
	struct org_person q = { .full_name = "Trần Thị B", .unit_id = u.id };
	assert_true(org_person_prepare(&q, f->a, &err));
	assert_int_equal(org_store.person_insert(f->st, &q), STORE_OK);
	struct org_person got;
	assert_int_equal(org_store.person_get(f->st, p.id, f->a, &got), STORE_OK);
	assert_string_equal(got.full_name, "Nguyễn Văn A");
	assert_string_equal(got.title, "Chủ tịch");
	assert_string_equal(got.email, "a@example.vn");
	assert_null(got.phone);
	assert_int_equal(org_store.person_get(f->st, q.id, f->a, &got), STORE_OK);
	assert_string_equal(got.title, "");   /* no title is stored as "" */
	struct org_person *out;
	size_t n;
	struct person_filter by_unit = { .unit_id = u.id };
	assert_int_equal(org_store.person_list(f->st, &by_unit, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	struct person_filter search = { .q_folded = "tran" };
	assert_int_equal(org_store.person_list(f->st, &search, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(out[0].id, q.id);
	q.phone = "0900";
	assert_int_equal(org_store.person_update(f->st, &q), STORE_OK);
	assert_int_equal(org_store.person_get(f->st, q.id, f->a, &got), STORE_OK);
	assert_string_equal(got.phone, "0900");
	q.id += 100;
	assert_int_equal(org_store.person_update(f->st, &q), STORE_NOT_FOUND);
}

/* A person's external reference (org migration 1): unique, found again, clearable. */
static void person_ref_lookup(void **state)
{
	struct store_fixture *f = *state;
	struct org_unit u = unit(f->a, "ward", "W1", "A", 0);
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	struct org_person p = { .full_name = "Nguyễn Văn A", .unit_id = u.id }, q = p;
	struct org_error err;
	assert_true(org_person_prepare(&p, f->a, &err));
	assert_true(org_person_prepare(&q, f->a, &err));
	assert_int_equal(org_store.person_insert(f->st, &p), STORE_OK);
	assert_int_equal(org_store.person_insert(f->st, &q), STORE_OK);
	struct org_person got;
	assert_int_equal(org_store.person_get_by_ref(f->st, "w01.chairman", f->a, &got),
	                 STORE_NOT_FOUND);
	assert_int_equal(org_store.person_set_ref(f->st, p.id, "w01.chairman"), STORE_OK);
	assert_int_equal(org_store.person_get_by_ref(f->st, "w01.chairman", f->a, &got), STORE_OK);
	assert_int_equal(got.id, p.id);
	assert_int_equal(org_store.person_set_ref(f->st, q.id, "w01.chairman"), STORE_CONFLICT);
	assert_int_equal(org_store.person_set_ref(f->st, p.id, NULL), STORE_OK);
	assert_int_equal(org_store.person_set_ref(f->st, q.id, "w01.chairman"), STORE_OK);
	assert_int_equal(org_store.person_get_by_ref(f->st, "w01.chairman", f->a, &got), STORE_OK);
	assert_int_equal(got.id, q.id);
	assert_int_equal(org_store.person_set_ref(f->st, q.id + 100, "x"), STORE_NOT_FOUND);
}

/* A write inside a rolled-back transaction leaves nothing behind. */
static void rollback_discards(void **state)
{
	struct store_fixture *f = *state;
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	struct org_unit u = unit(f->a, "ward", "W1", "A", 0);
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	f->st->ops->rollback(f->st);
	struct org_unit got;
	assert_int_equal(org_store.unit_get(f->st, u.id, f->a, &got), STORE_NOT_FOUND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(unit_round_trip),
		STORE_TEST(unit_duplicate_code_conflicts),
		STORE_TEST(unit_update_and_revision),
		STORE_TEST(unit_list_filters_and_pages),
		STORE_TEST(unit_subtree_root_first),
		STORE_TEST(person_round_trip_and_list),
		STORE_TEST(person_ref_lookup),
		STORE_TEST(rollback_discards),
	};
	return store_harness_run("org store", tests, sizeof tests / sizeof tests[0]);
}
