/*
 * test_read_decisions.c: the services' read decisions, one per question,
 * that the JSON handlers and the pages both call (issue 8 §1): for every
 * demo role, signed in for real against a demo database (SQLite, and
 * PostgreSQL when DIEUHANH_TEST_PG_URL is set), the predicate a JSON handler
 * asks gives the answer the page's view of the unit gives, and a form is
 * shown exactly when the write behind it is allowed.
 */
#include "store_harness.h"

#include <sodium.h>
#include <time.h>

#include "audit/audit_service.h"
#include "auth/account_service.h"
#include "auth/session.h"
#include "demo/demo.h"
#include "org/org_service.h"
#include "target/target_service.h"

/* The demo accounts in demo.c's order, then the anonymous public. */
struct reader {
	const char *login;
	struct principal who;
};

static size_t readers(struct store_fixture *f, struct reader *out)
{
	const struct demo_account *acc;
	size_t n = demo_accounts(&acc);
	assert_true(n >= 5);
	for (size_t i = 0; i < n; i++) {
		char token[TOKEN_TEXT_MAX];
		out[i].login = acc[i].login;
		assert_int_equal(auth_sign_in(f->st, acc[i].login, acc[i].password, "127.0.0.1",
		                              (int64_t)time(NULL), token, f->a, &out[i].who),
		                 AUTH_OK);
	}
	out[n] = (struct reader){ "(anonymous)", principal_anonymous };
	return n + 1;
}

static void load_demo(struct store_fixture *f)
{
	int64_t units, people;
	assert_int_equal(demo_load(f->st, &units, &people), DEMO_LOADED);
	assert_true(demo_load_accounts(f->st) > 0);
	assert_true(demo_load_targets(f->st) > 0);
}

static int64_t unit_id(struct store_fixture *f, const char *code)
{
	struct org_unit u;
	assert_int_equal(org_unit_get_by_code(f->st, code, f->a, &u), STORE_OK);
	return u.id;
}

static const struct reader *reader(const struct reader *r, size_t n, const char *login)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(r[i].login, login) == 0)
			return &r[i];
	fail_msg("no demo account %s", login);
	return NULL;
}

/*
 * Contact details: GET /api/v1/people(/{id}) asks org_person_contact_visible,
 * the unit page org_unit_access().internal; on every unit, for every role,
 * the same answer.
 */
static void contact_details_one_answer(void **state)
{
	struct store_fixture *f = *state;
	load_demo(f);
	struct reader r[8];
	size_t nr = readers(f, r);
	struct org_unit *units;
	size_t nu;
	struct unit_filter uf = { 0 };
	assert_int_equal(org_unit_list(f->st, &uf, f->a, &units, &nu), STORE_OK);
	assert_true(nu > 3);
	for (size_t i = 0; i < nr; i++)
		for (size_t k = 0; k < nu; k++) {
			struct org_unit_access may;
			org_unit_access(f->st, f->a, &r[i].who, units[k].id, &may);
			bool json = org_person_contact_visible(f->st, f->a, &r[i].who, units[k].id);
			if (json != may.internal)
				fail_msg("%s, unit %s: JSON says %d, page says %d", r[i].login,
				         units[k].code, json, may.internal);
			assert_int_equal(org_may_manage_unit(f->st, f->a, &r[i].who, units[k].id),
			                 may.manage);
		}
	/* And the answers themselves, for the roles the authz matrix names. */
	int64_t hp = unit_id(f, "Q9.HIEPPHU"), lb = unit_id(f, "Q9.LONGBINH"),
	        q9 = unit_id(f, "Q9");
	struct { const char *login; bool hp, lb, q9; } want[] = {
		{ "quantri", true, true, true },   { "giamsat", true, true, true },
		{ "lanhdao", true, true, true },   { "hiepphu", true, false, false },
		{ "longbinh", false, true, false }, { "(anonymous)", false, false, false },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		const struct principal *who = &reader(r, nr, want[i].login)->who;
		assert_int_equal(org_person_contact_visible(f->st, f->a, who, hp), want[i].hp);
		assert_int_equal(org_person_contact_visible(f->st, f->a, who, lb), want[i].lb);
		assert_int_equal(org_person_contact_visible(f->st, f->a, who, q9), want[i].q9);
	}
}

static bool keep_unit(void *ctx, struct org_unit *u, struct arena *a, struct org_error *err)
{
	(void)ctx, (void)u, (void)a, (void)err;
	return true;
}

/* The unit form is shown and accepted (org_pages.c) exactly when the write is allowed. */
static void unit_form_agrees_with_the_write(void **state)
{
	struct store_fixture *f = *state;
	load_demo(f);
	struct reader r[8];
	size_t nr = readers(f, r);
	const char *codes[] = { "Q9.HIEPPHU", "Q9.LONGBINH", "Q9" };
	for (size_t i = 0; i < nr; i++)
		for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++) {
			int64_t id = unit_id(f, codes[k]);
			bool form = org_may_manage_unit(f->st, f->a, &r[i].who, id);
			struct org_unit out;
			struct org_error err = { 0 };
			enum org_result w = org_unit_save(f->st, f->a, &r[i].who, id, keep_unit, NULL,
			                                  &out, &err);
			if (form != (w != ORG_FORBIDDEN))
				fail_msg("%s, unit %s: form %d, write %d", r[i].login, codes[k], form, w);
		}
	int64_t hp = unit_id(f, "Q9.HIEPPHU");
	assert_true(org_may_manage_unit(f->st, f->a, &reader(r, nr, "hiepphu")->who, hp));
	assert_false(org_may_manage_unit(f->st, f->a, &reader(r, nr, "longbinh")->who, hp));
	assert_false(org_may_manage_unit(f->st, f->a, &reader(r, nr, "giamsat")->who, hp));
	assert_true(org_may_manage_unit(f->st, f->a, &reader(r, nr, "quantri")->who, hp));
}

/*
 * A target's figures: GET /api/v1/targets/{id}(/figures) and /targets/{id}
 * both ask target_figures_visible, which is the owner unit's internal
 * reach; the report form is shown exactly when target_report() accepts.
 */
static void target_decisions_one_answer(void **state)
{
	struct store_fixture *f = *state;
	load_demo(f);
	struct reader r[8];
	size_t nr = readers(f, r);
	struct target *ts;
	size_t nt;
	struct target_filter tf = { .year = 2019, .parent_id = -1 };
	assert_int_equal(target_list(f->st, &tf, f->a, &ts, &nt), STORE_OK);
	assert_true(nt > 8);
	size_t reported = 0, refused = 0;
	for (size_t i = 0; i < nr; i++)
		for (size_t k = 0; k < nt; k++) {
			const struct principal *who = &r[i].who;
			struct org_unit_access may;
			org_unit_access(f->st, f->a, who, ts[k].owner_unit_id, &may);
			assert_int_equal(target_figures_visible(f->st, f->a, who, &ts[k]), may.internal);
			bool form = target_may_report(f->st, f->a, who, &ts[k]);
			struct measurement m = { .target_id = ts[k].id, .unit_id = ts[k].owner_unit_id,
			                         .period_no = 1, .value = 1 };
			bool corrected;
			struct org_error err = { 0 };
			enum org_result w = target_report(f->st, f->a, who, &m, &corrected, &err);
			if (w != ORG_OK && w != ORG_FORBIDDEN)
				fail_msg("%s, target %lld: %d (%s: %s)", r[i].login, (long long)ts[k].id,
				         w, err.field ? err.field : "", err.detail ? err.detail : "");
			if (form != (w == ORG_OK))
				fail_msg("%s, target %lld: form %d, write %d", r[i].login,
				         (long long)ts[k].id, form, w);
			if (form)
				reported++;
			else
				refused++;
		}
	/* Both sides were exercised: some reports went through, some were refused. */
	assert_true(reported > 0);
	assert_true(refused > 0);
	/* The supervisor reads everything in District 9 but reports nothing. */
	for (size_t k = 0; k < nt; k++)
		assert_false(target_may_report(f->st, f->a, &reader(r, nr, "giamsat")->who, &ts[k]));
}

/* Listing accounts and users' histories: one answer per role, whoever asks. */
static void list_gates_per_role(void **state)
{
	struct store_fixture *f = *state;
	load_demo(f);
	struct reader r[8];
	size_t nr = readers(f, r);
	struct { const char *login; bool accounts, audit; } want[] = {
		{ "quantri", true, true },    { "giamsat", false, true },
		{ "lanhdao", false, true },   { "hiepphu", false, false },
		{ "longbinh", false, false }, { "(anonymous)", false, false },
	};
	assert_int_equal(nr, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < nr; i++) {
		const struct principal *who = &reader(r, nr, want[i].login)->who;
		assert_int_equal(account_may_list(who), want[i].accounts);
		assert_int_equal(audit_may_list(who), want[i].audit);
	}
	assert_true(account_may_list(&principal_system));
	assert_true(audit_may_list(&principal_system));
}

int main(void)
{
	if (sodium_init() < 0)
		return 1;
	const struct CMUnitTest tests[] = {
		STORE_TEST(contact_details_one_answer),
		STORE_TEST(unit_form_agrees_with_the_write),
		STORE_TEST(target_decisions_one_answer),
		STORE_TEST(list_gates_per_role),
	};
	return store_harness_run("read decisions", tests, sizeof tests / sizeof tests[0]);
}
