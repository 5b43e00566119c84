/*
 * test_target_import.c: figures imported in two steps (src/target/
 * target_import_service.c): checked against a snapshot outside any write
 * transaction, then written in one transaction that re-checks what can
 * have changed meanwhile.  Runs against a real SQLite database in a
 * temporary folder; the changes "meanwhile" are made between the two steps,
 * as another request would make them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "org/org_store.h"
#include "target/target_store.h"
#include "audit/audit.h"
#include "org/org.h"
#include "sqlite_temp.h"
#include "store/store.h"
#include "target/target_import_service.h"
#include "util/arena.h"

struct fixture {
	struct sqlite_temp db;
	struct arena a;
	int64_t district, ward_a, ward_b;
	struct target t_a, t_b;    /* monthly amounts owned by ward A and ward B */
	struct role_grant grant;   /* an officer of ward A */
	struct principal officer;
};

static int64_t add_unit(struct fixture *f, const char *code, const char *kind, int64_t parent)
{
	struct org_unit u = { .kind = kind, .code = code, .name = code, .parent_id = parent };
	struct org_error err;
	assert_true(org_unit_prepare(&u, &f->a, &err));
	assert_int_equal(org_store.unit_insert(f->db.st, &u), STORE_OK);
	return u.id;
}

static struct target add_target(struct fixture *f, const char *code, int64_t owner)
{
	struct target t = {
		.code = code, .name = code, .year = 2019, .kind = TK_AMOUNT, .unit_of_measure = "hộ",
		.direction = DIR_HIGHER, .target_low = 100, .owner_unit_id = owner,
		.rollup = ROLL_SUM, .weight = 1, .period = PERIOD_MONTH, .due_days = 5,
	};
	assert_int_equal(target_store.target_insert(f->db.st, &t), STORE_OK);
	return t;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	if (f == NULL || sqlite_temp_open(&f->db, "import") != 0)
		return -1;
	assert_int_equal(f->db.st->ops->begin(f->db.st), STORE_OK);
	f->district = add_unit(f, "Q9", "district", 0);
	f->ward_a = add_unit(f, "Q9.A", "ward", f->district);
	f->ward_b = add_unit(f, "Q9.B", "ward", f->district);
	f->t_a = add_target(f, "HN.A", f->ward_a);
	f->t_b = add_target(f, "HN.B", f->ward_b);
	assert_int_equal(f->db.st->ops->commit(f->db.st), STORE_OK);
	f->grant = (struct role_grant){ .id = 1, .user_id = 7, .role = ROLE_OFFICER,
	                                .unit_id = f->ward_a };
	f->officer = (struct principal){ .actor = { .user_id = 7, .login = "canbo" },
	                                 .authenticated = true, .grants = &f->grant,
	                                 .ngrants = 1 };
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	sqlite_temp_close(&f->db);
	arena_free(&f->a);
	free(f);
	return 0;
}

/* The current figures of target T: how many, and period 1's value (or -1). */
static size_t figures(struct fixture *f, const struct target *t, double *p1)
{
	struct measurement_filter mf = { .target_id = t->id, .unit_id = t->owner_unit_id };
	struct measurement *m;
	size_t n;
	assert_int_equal(target_store.measurement_current(f->db.st, &mf, &f->a, &m, &n), STORE_OK);
	*p1 = -1;
	for (size_t i = 0; i < n; i++)
		if (m[i].period_no == 1)
			*p1 = m[i].value;
	return n;
}

static bool has_issue(const struct io_issues *l, int row, const char *field, const char *text)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].row == row && l->v[i].field && strcmp(l->v[i].field, field) == 0
		    && strstr(l->v[i].detail, text))
			return true;
	return false;
}

static void test_check_finds_every_problem_from_one_snapshot(void **state)
{
	struct fixture *f = *state;
	struct import_row rows[] = {
		{ .row_no = 2, .target_code = "HN.A", .unit_code = "Q9.A", .period_no = 1, .value = 5 },
		{ .row_no = 3, .target_code = "NOPE", .unit_code = "Q9.NOPE", .period_no = 1, .value = 5 },
		{ .row_no = 4, .target_code = "HN.A", .unit_code = "Q9.B", .period_no = 2, .value = 5 },
		{ .row_no = 5, .target_code = "HN.B", .unit_code = "Q9.B", .period_no = 1, .value = 5 },
		{ .row_no = 6, .target_code = "HN.A", .unit_code = "Q9.A", .period_no = 13, .value = 5 },
	};
	struct io_issues issues = { 0 };
	struct import_plan *plan = NULL;
	assert_int_equal(target_import_check(f->db.st, &f->a, &f->officer, 2019, rows, 5, &issues,
	                                     &plan), ORG_INVALID);
	assert_true(has_issue(&issues, 3, "target_code", "No target has the code NOPE"));
	assert_true(has_issue(&issues, 3, "unit_code", "No unit has the code Q9.NOPE"));
	assert_true(has_issue(&issues, 4, "unit_code", "owner unit"));
	assert_true(has_issue(&issues, 5, "unit_code", "You may not report"));
	assert_true(has_issue(&issues, 6, "period_no", ""));
	assert_int_equal(issues.n, 5);
	double p1;
	assert_int_equal(figures(f, &f->t_a, &p1), 0);
}

static void test_write_reports_and_corrects_with_an_intact_audit_chain(void **state)
{
	struct fixture *f = *state;
	struct import_row rows[] = {
		{ .row_no = 2, .target_code = "HN.A", .unit_code = "Q9.A", .period_no = 1, .value = 5,
		  .note = "đợt 1" },
		{ .row_no = 3, .target_code = "HN.A", .unit_code = "Q9.A", .period_no = 2, .value = 6 },
	};
	for (int round = 0; round < 2; round++) {
		rows[0].value = 5 + round;
		struct io_issues issues = { 0 };
		struct import_plan *plan = NULL;
		assert_int_equal(target_import_check(f->db.st, &f->a, &f->officer, 2019, rows, 2, &issues,
		                                     &plan), ORG_OK);
		int imported, corrected;
		const char *detail;
		assert_int_equal(target_import_write(f->db.st, &f->a, &f->officer, plan, &imported,
		                                     &corrected, &detail), ORG_OK);
		assert_int_equal(imported, 2);
		assert_int_equal(corrected, round ? 2 : 0);
	}
	double p1;
	assert_int_equal(figures(f, &f->t_a, &p1), 2);
	assert_true(p1 == 6);
	struct audit_report r;
	assert_int_equal(audit_verify(f->db.st, NULL, &r), STORE_OK);
	assert_int_equal(r.first_broken_id, 0);
	assert_int_equal(r.checked, 4);
}

/* The target's owner changes between the check and the write: 409, nothing written. */
static void test_a_target_changed_meanwhile_is_a_conflict(void **state)
{
	struct fixture *f = *state;
	struct import_row rows[] = {
		{ .row_no = 2, .target_code = "HN.A", .unit_code = "Q9.A", .period_no = 1, .value = 5 },
		{ .row_no = 3, .target_code = "HN.A", .unit_code = "Q9.A", .period_no = 2, .value = 6 },
	};
	struct io_issues issues = { 0 };
	struct import_plan *plan = NULL;
	assert_int_equal(target_import_check(f->db.st, &f->a, &f->officer, 2019, rows, 2, &issues,
	                                     &plan), ORG_OK);
	struct target moved = f->t_a;
	moved.owner_unit_id = f->ward_b;
	assert_int_equal(f->db.st->ops->begin(f->db.st), STORE_OK);
	assert_int_equal(target_store.target_update(f->db.st, &moved), STORE_OK);
	assert_int_equal(f->db.st->ops->commit(f->db.st), STORE_OK);
	int imported = -1, corrected = -1;
	const char *detail = NULL;
	assert_int_equal(target_import_write(f->db.st, &f->a, &f->officer, plan, &imported,
	                                     &corrected, &detail), ORG_CONFLICT);
	assert_non_null(strstr(detail, "row 2"));
	double p1;
	assert_int_equal(figures(f, &moved, &p1), 0);
	struct audit_report r;
	assert_int_equal(audit_verify(f->db.st, NULL, &r), STORE_OK);
	assert_int_equal(r.checked, 0);
}

/*
 * A figure reported for the same period between the check and the write:
 * the write reads the figures again and the import corrects it.
 */
static void test_a_figure_reported_meanwhile_is_corrected(void **state)
{
	struct fixture *f = *state;
	struct import_row rows[] = {
		{ .row_no = 2, .target_code = "HN.A", .unit_code = "Q9.A", .period_no = 1, .value = 9 },
	};
	struct io_issues issues = { 0 };
	struct import_plan *plan = NULL;
	assert_int_equal(target_import_check(f->db.st, &f->a, &f->officer, 2019, rows, 1, &issues,
	                                     &plan), ORG_OK);
	struct measurement m = { .target_id = f->t_a.id, .unit_id = f->ward_a, .period_no = 1,
	                         .value = 4, .reporter = "other" };
	assert_int_equal(f->db.st->ops->begin(f->db.st), STORE_OK);
	assert_int_equal(target_store.measurement_insert(f->db.st, &m), STORE_OK);
	assert_int_equal(f->db.st->ops->commit(f->db.st), STORE_OK);
	int imported, corrected;
	const char *detail;
	assert_int_equal(target_import_write(f->db.st, &f->a, &f->officer, plan, &imported,
	                                     &corrected, &detail), ORG_OK);
	assert_int_equal(corrected, 1);
	double p1;
	assert_int_equal(figures(f, &f->t_a, &p1), 1);
	assert_true(p1 == 9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_check_finds_every_problem_from_one_snapshot,
		                                setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_write_reports_and_corrects_with_an_intact_audit_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_target_changed_meanwhile_is_a_conflict, setup,
		                                teardown),
		cmocka_unit_test_setup_teardown(test_a_figure_reported_meanwhile_is_corrected, setup,
		                                teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
