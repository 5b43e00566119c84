/*
 * test_org.c: the organisation rules, without HTTP or a database.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "org/org.h"
#include "util/arena.h"

static struct org_unit valid_ward(void)
{
	return (struct org_unit){ .kind = "ward", .code = "Q9.HIEPPHU",
	                          .name = "Phường Hiệp Phú", .parent_id = 2,
	                          .valid_from = "1997-04-01" };
}

static void expect_field(const struct org_unit *u, const char *field)
{
	struct org_error err = { 0 };
	assert_false(org_unit_check(u, &err));
	assert_non_null(err.field);
	assert_string_equal(err.field, field);
	assert_non_null(err.detail);
}

static void test_a_complete_ward_passes(void **state)
{
	(void)state;
	struct org_unit u = valid_ward();
	struct org_error err = { 0 };
	assert_true(org_unit_check(&u, &err));
	assert_null(err.field);
}

static void test_every_listed_kind_is_accepted_and_others_are_not(void **state)
{
	(void)state;
	for (const char *const *k = org_unit_kinds; *k; k++)
		assert_true(org_unit_kind_valid(*k));
	assert_false(org_unit_kind_valid("spaceship"));
	assert_false(org_unit_kind_valid("Ward"));
	assert_false(org_unit_kind_valid(""));
	assert_false(org_unit_kind_valid(NULL));
	struct org_unit u = valid_ward();
	u.kind = "galaxy";
	expect_field(&u, "kind");
}

static void test_name_is_required(void **state)
{
	(void)state;
	struct org_unit u = valid_ward();
	u.name = NULL;
	expect_field(&u, "name");
	u.name = "   \t ";
	expect_field(&u, "name");
	char long_name[ORG_NAME_MAX + 2];
	memset(long_name, 'a', sizeof long_name - 1);
	long_name[sizeof long_name - 1] = '\0';
	u.name = long_name;
	expect_field(&u, "name");
}

static void test_code_alphabet(void **state)
{
	(void)state;
	struct org_unit u = valid_ward();
	const char *bad[] = { "", "Q9 HIEP", "Q9/HP", "Phước", "a<b" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		u.code = bad[i];
		expect_field(&u, "code");
	}
	u.code = "H15.50.05_13-x";
	struct org_error err;
	assert_true(org_unit_check(&u, &err));
}

static void test_dates(void **state)
{
	(void)state;
	assert_true(org_date_valid("2019-01-14"));
	assert_true(org_date_valid("2020-02-29"));
	assert_false(org_date_valid("2019-02-29"));
	assert_false(org_date_valid("2019-02-30"));
	assert_false(org_date_valid("2019-13-01"));
	assert_false(org_date_valid("2019-04-31"));
	assert_false(org_date_valid("14/01/2019"));
	assert_false(org_date_valid("2019-1-14"));
	assert_false(org_date_valid(""));
	assert_true(org_date_valid("2000-02-29"));
	assert_false(org_date_valid("1900-02-29"));

	struct org_unit u = valid_ward();
	u.valid_from = "2019-02-30";
	expect_field(&u, "valid_from");
	u = valid_ward();
	u.valid_to = "2019-00-10";
	expect_field(&u, "valid_to");
}

static void test_validity_must_not_end_before_it_starts(void **state)
{
	(void)state;
	struct org_unit u = valid_ward();
	u.valid_from = "2021-01-01";
	u.valid_to = "2020-12-31";
	expect_field(&u, "valid_to");
	u.valid_to = "2021-01-01"; /* one day of validity is fine */
	struct org_error err;
	assert_true(org_unit_check(&u, &err));
}

static void test_a_unit_cannot_point_at_itself(void **state)
{
	(void)state;
	struct org_unit u = valid_ward();
	u.id = 7;
	u.parent_id = 7;
	expect_field(&u, "parent_id");
	u = valid_ward();
	u.id = 7;
	u.predecessor_id = 7;
	expect_field(&u, "predecessor_id");
	u = valid_ward();
	u.id = 7;
	u.successor_id = 7;
	expect_field(&u, "successor_id");
}

static void test_prepare_normalises_and_derives_keys(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct org_unit u = valid_ward();
	u.name = "  Phu\xcc\x81 Hu\xcc\x9b\xcc\x83u  "; /* NFD "Phú Hữu", padded */
	struct org_error err = { 0 };
	assert_true(org_unit_prepare(&u, &a, &err));
	assert_string_equal(u.name, "Phú Hữu");
	assert_string_equal(u.search_key, "phu huu");
	assert_non_null(u.sort_key);
	assert_true(u.sort_key_len > 0);

	struct org_unit bad = valid_ward();
	bad.name = "Ph\xc3\x28";
	assert_false(org_unit_prepare(&bad, &a, &err));
	assert_string_equal(err.field, "name");
	arena_free(&a);
}

static void test_person_rules(void **state)
{
	(void)state;
	struct org_person p = { .full_name = "Nguyễn Văn An", .title = "Chủ tịch UBND phường",
	                        .unit_id = 3, .email = "an@example.vn", .phone = "+84 28 3896 1234" };
	struct org_error err = { 0 };
	assert_true(org_person_check(&p, &err));

	struct org_person q = p;
	q.full_name = " ";
	assert_false(org_person_check(&q, &err));
	assert_string_equal(err.field, "full_name");
	q = p;
	q.unit_id = 0;
	assert_false(org_person_check(&q, &err));
	assert_string_equal(err.field, "unit_id");
	q = p;
	q.email = "not an address";
	assert_false(org_person_check(&q, &err));
	assert_string_equal(err.field, "email");
	q = p;
	q.phone = "call me";
	assert_false(org_person_check(&q, &err));
	assert_string_equal(err.field, "phone");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_complete_ward_passes),
		cmocka_unit_test(test_every_listed_kind_is_accepted_and_others_are_not),
		cmocka_unit_test(test_name_is_required),
		cmocka_unit_test(test_code_alphabet),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_validity_must_not_end_before_it_starts),
		cmocka_unit_test(test_a_unit_cannot_point_at_itself),
		cmocka_unit_test(test_prepare_normalises_and_derives_keys),
		cmocka_unit_test(test_person_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
