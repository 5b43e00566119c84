/*
 * test_policy.c: the permission table.  Paths are unit chains, the unit
 * concerned first: ward 18 → district 2 → city 1.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "auth/auth.h"
#include "module.h"
#include "org/org_service.h"
#include "target/target_service.h"

/* Every permission any module declares, for the "all permissions" checks. */
#define FOR_EACH_PERMISSION(perm)                                                   \
	for (const struct module *const *m_ = modules; *m_; m_++)                    \
		for (const struct permission *const *p_ = (*m_)->permissions;        \
		     p_ && *p_; p_++)                                                 \
			for (const struct permission *perm = *p_; perm; perm = NULL)

static const int64_t hiep_phu[] = { 18, 2, 1 };    /* a ward of District 9 */
static const int64_t long_binh[] = { 25, 2, 1 };   /* another ward */
static const int64_t district[] = { 2, 1 };
static const int64_t group_in_hiep_phu[] = { 40, 18, 2, 1 };

static struct principal with_grant(struct role_grant *g, enum role r, int64_t unit)
{
	*g = (struct role_grant){ .id = 1, .user_id = 7, .role = r, .unit_id = unit };
	return (struct principal){ .actor = { .user_id = 7, .login = "x" },
	                           .authenticated = true, .grants = g, .ngrants = 1 };
}

#define ALLOWS(p, perm, path) policy_allows(&(p), perm, path, sizeof path / sizeof *path)

static void test_anonymous_may_do_nothing_internal(void **state)
{
	(void)state;
	FOR_EACH_PERMISSION(perm) {
		assert_false(ALLOWS(principal_anonymous, perm, hiep_phu));
		assert_false(policy_allows_somewhere(&principal_anonymous, perm));
	}
}

static void test_a_ward_officer_reads_only_their_ward(void **state)
{
	(void)state;
	struct role_grant g;
	struct principal p = with_grant(&g, ROLE_OFFICER, 25);
	assert_true(ALLOWS(p, PERM_READ_INTERNAL, long_binh));
	assert_false(ALLOWS(p, PERM_READ_INTERNAL, hiep_phu));
	assert_false(ALLOWS(p, PERM_READ_INTERNAL, district));
	assert_false(ALLOWS(p, PERM_MANAGE_UNIT, long_binh));
	assert_false(ALLOWS(p, PERM_READ_AUDIT, long_binh));
}

static void test_a_unit_head_manages_their_subtree_only(void **state)
{
	(void)state;
	struct role_grant g;
	struct principal p = with_grant(&g, ROLE_UNIT_HEAD, 18);
	assert_true(ALLOWS(p, PERM_MANAGE_UNIT, hiep_phu));
	assert_true(ALLOWS(p, PERM_MANAGE_UNIT, group_in_hiep_phu));
	assert_false(ALLOWS(p, PERM_MANAGE_UNIT, long_binh));
	assert_false(ALLOWS(p, PERM_MANAGE_UNIT, district));
	assert_false(ALLOWS(p, PERM_MANAGE_ACCOUNTS, hiep_phu));
}

static void test_district_roles_reach_every_ward(void **state)
{
	(void)state;
	struct role_grant g;
	struct principal sup = with_grant(&g, ROLE_SUPERVISOR, 2);
	assert_true(ALLOWS(sup, PERM_READ_AUDIT, hiep_phu));
	assert_true(ALLOWS(sup, PERM_READ_INTERNAL, long_binh));
	assert_false(ALLOWS(sup, PERM_MANAGE_UNIT, hiep_phu));
	struct role_grant g2;
	struct principal admin = with_grant(&g2, ROLE_ADMIN, 1);
	/*
	 * Every permission, but two the modules keep from administrators: a
	 * dossier's applicant data is for the staff handling it, and a new
	 * deadline is a leader's decision.
	 */
	FOR_EACH_PERMISSION(perm)
		if (strcmp(perm->name, "handle_dossiers") != 0 && strcmp(perm->name, "approve_deadline") != 0)
			assert_true(ALLOWS(admin, perm, group_in_hiep_phu));
}

static void test_an_unknown_role_grants_nothing(void **state)
{
	(void)state;
	struct role_grant g;
	struct principal p = with_grant(&g, ROLE_COUNT, 18);
	FOR_EACH_PERMISSION(perm)
		assert_false(ALLOWS(p, perm, hiep_phu));
}

static void test_the_system_may_do_everything(void **state)
{
	(void)state;
	assert_true(ALLOWS(principal_system, PERM_MANAGE_ACCOUNTS, hiep_phu));
	assert_true(policy_allows(&principal_system, PERM_MANAGE_UNIT, NULL, 0));
}

/*
 * The roles each permission's module says carry it, all in one table: the
 * first seven are what policy.c held before the permissions became module
 * data, unchanged; a module that adds a permission adds it here, so who
 * may do what is read and reviewed in one place.
 */
static void test_each_role_carries_what_it_always_did(void **state)
{
	(void)state;
	static const struct { enum role r; const char *perms; } expect[] = {
		{ ROLE_OFFICER, "read_internal report"
		                " report_progress handle_dossiers handle_feedback read_feedback news_write" },
		{ ROLE_UNIT_HEAD, "read_internal manage_unit report"
		                  " assign_tasks report_progress handle_dossiers handle_feedback"
		                  " moderate_feedback read_feedback manage_reception news_write news_publish" },
		{ ROLE_LEADER, "read_internal read_audit set_targets report"
		               " assign_tasks report_progress approve_deadline handle_dossiers"
		               " manage_procedures handle_feedback moderate_feedback read_feedback"
		               " manage_reception news_write news_publish" },
		{ ROLE_SUPERVISOR, "read_internal read_audit supervise read_feedback" },
		{ ROLE_ADMIN, "read_internal manage_unit manage_accounts read_audit set_targets report"
		              " edit_calendar assign_tasks report_progress import_tasks supervise manage_procedures"
		              " handle_feedback moderate_feedback configure_feedback read_feedback"
		              " manage_reception news_write news_publish" },
	};
	size_t count = 0;
	FOR_EACH_PERMISSION(perm)
		count++;
	assert_int_equal(count, 21);
	for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
		struct role_grant g;
		struct principal p = with_grant(&g, expect[i].r, 18);
		FOR_EACH_PERMISSION(perm) {
			char word[64];
			snprintf(word, sizeof word, " %s ", perm->name);
			char line[512];
			snprintf(line, sizeof line, " %s ", expect[i].perms);
			bool want = strstr(line, word) != NULL;
			if (ALLOWS(p, perm, hiep_phu) != want)
				fail_msg("role %s, permission %s: expected %s", role_name(expect[i].r),
				         perm->name, want ? "allowed" : "refused");
		}
	}
	assert_true(ALLOWS(principal_system, PERM_REPORT, hiep_phu));
}

static void test_role_names_round_trip(void **state)
{
	(void)state;
	for (int r = 0; r < ROLE_COUNT; r++)
		assert_int_equal(role_parse(role_name((enum role)r)), r);
	assert_int_equal(role_parse("root"), -1);
	assert_int_equal(role_parse(NULL), -1);
	assert_true(auth_login_valid("thu.nguyen"));
	assert_false(auth_login_valid("Thu"));
	assert_false(auth_login_valid("ab"));
	assert_false(auth_login_valid("a b c"));
	assert_null(auth_password_problem("ten chars!"));
	assert_non_null(auth_password_problem("short"));
}

#define PATH(a) ((struct unit_path){ .ids = (a), .n = sizeof (a) / sizeof *(a) })

static void test_a_ward_admin_manages_an_account_only_if_all_its_units_are_in_the_ward(void **state)
{
	(void)state;
	struct role_grant g;
	struct principal p = with_grant(&g, ROLE_ADMIN, 18);
	static const int64_t city[] = { 1 };
	/* Home and grants in Hiệp Phú (or below): theirs. */
	struct unit_path own[] = { PATH(hiep_phu), PATH(group_in_hiep_phu) };
	assert_true(policy_may_manage_account(&p, own, 2));
	/* A role-less account of the city: not theirs (it was anyone's). */
	struct unit_path city_home[] = { PATH(city) };
	assert_false(policy_may_manage_account(&p, city_home, 1));
	/* At home in the ward but a leader of the district: not theirs. */
	struct unit_path leader[] = { PATH(hiep_phu), PATH(district) };
	assert_false(policy_may_manage_account(&p, leader, 2));
	/* No units at all, or an unknown unit (empty path): nobody's. */
	assert_false(policy_may_manage_account(&p, NULL, 0));
	struct unit_path unknown[] = { PATH(hiep_phu), { .ids = NULL, .n = 0 } };
	assert_false(policy_may_manage_account(&p, unknown, 2));
	assert_true(policy_may_manage_account(&principal_system, NULL, 0));
	/* A district leader reads the audit of accounts of the district only. */
	struct principal l = with_grant(&g, ROLE_LEADER, 2);
	assert_true(policy_allows_every(&l, PERM_READ_AUDIT, leader, 2));
	assert_false(policy_allows_every(&l, PERM_READ_AUDIT, city_home, 1));
	assert_false(policy_may_manage_account(&l, own, 2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_anonymous_may_do_nothing_internal),
		cmocka_unit_test(test_a_ward_officer_reads_only_their_ward),
		cmocka_unit_test(test_a_unit_head_manages_their_subtree_only),
		cmocka_unit_test(test_district_roles_reach_every_ward),
		cmocka_unit_test(test_an_unknown_role_grants_nothing),
		cmocka_unit_test(test_the_system_may_do_everything),
		cmocka_unit_test(test_each_role_carries_what_it_always_did),
		cmocka_unit_test(test_role_names_round_trip),
		cmocka_unit_test(test_a_ward_admin_manages_an_account_only_if_all_its_units_are_in_the_ward),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
