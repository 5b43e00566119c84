/*
 * test_store_calendar.c: the calendar store's conformance suite, the same
 * tests on SQLite and on PostgreSQL (store_harness.h): edits of days put,
 * replaced and removed, confirmed years, and the revision every change
 * bumps (what keeps every process's in-memory calendar current).
 */
#include "store_harness.h"

#include "calendar/calendar_service.h"
#include "calendar/calendar_store.h"
#include "audit/audit_store.h"

/* The audit entries of the year 2026's edits. */
static enum store_status audit_store_list_entity(struct store_fixture *f,
                                                 struct audit_entry **e, size_t *n)
{
	struct audit_filter af = { .entity = "calendar_year", .entity_id = 2026 };
	return audit_store.list(f->st, &af, f->a, e, n);
}

static cal_day D(const char *iso)
{
	cal_day d;
	assert_true(cal_parse_iso(iso, &d));
	return d;
}

static int64_t rev_of(struct store_fixture *f)
{
	int64_t rev = -1;
	assert_int_equal(calendar_store.revision(f->st, &rev), STORE_OK);
	return rev;
}

static void edits_round_trip(void **state)
{
	struct store_fixture *f = *state;
	int64_t r0 = rev_of(f);
	struct calendar_edit_row *rows;
	size_t n;
	assert_int_equal(calendar_store.edit_list(f->st, 0, f->a, &rows, &n), STORE_OK);
	assert_int_equal(n, 0);
	assert_int_equal(calendar_store.edit_put(f->st, "2026-11-24", 2026, false,
	                                         "Ngày Văn hóa Việt Nam"), STORE_OK);
	int64_t r1 = rev_of(f);
	assert_true(r1 > r0);
	assert_int_equal(calendar_store.edit_put(f->st, "2026-12-05", 2026, true, "Làm bù"),
	                 STORE_OK);
	assert_int_equal(calendar_store.edit_put(f->st, "2027-02-12", 2027, false, "Tết"),
	                 STORE_OK);
	/* Replacing an edit keeps one row for the day. */
	assert_int_equal(calendar_store.edit_put(f->st, "2026-11-24", 2026, true, "Hủy"), STORE_OK);
	assert_true(rev_of(f) > r1);
	assert_int_equal(calendar_store.edit_list(f->st, 2026, f->a, &rows, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(rows[0].day, "2026-11-24");
	assert_true(rows[0].working);
	assert_string_equal(rows[0].note, "Hủy");
	assert_string_equal(rows[1].day, "2026-12-05");
	assert_true(rows[1].working);
	assert_int_equal(calendar_store.edit_list(f->st, 0, f->a, &rows, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_string_equal(rows[2].day, "2027-02-12");
	assert_false(rows[2].working);
	assert_string_equal(rows[2].note, "Tết");
	int64_t count = 0;
	assert_int_equal(calendar_store.edit_count(f->st, 2026, &count), STORE_OK);
	assert_int_equal(count, 2);
	int64_t r2 = rev_of(f);
	assert_int_equal(calendar_store.edit_delete(f->st, "2026-12-05"), STORE_OK);
	assert_true(rev_of(f) > r2);
	assert_int_equal(calendar_store.edit_delete(f->st, "2026-12-05"), STORE_NOT_FOUND);
	assert_int_equal(calendar_store.edit_count(f->st, 2026, &count), STORE_OK);
	assert_int_equal(count, 1);
}

static void years_round_trip(void **state)
{
	struct store_fixture *f = *state;
	struct calendar_year_row y;
	assert_int_equal(calendar_store.year_get(f->st, 2027, &y), STORE_NOT_FOUND);
	int64_t r0 = rev_of(f);
	assert_int_equal(calendar_store.year_put(f->st, 2027, true), STORE_OK);
	int64_t r1 = rev_of(f);
	assert_true(r1 > r0);
	assert_int_equal(calendar_store.year_get(f->st, 2027, &y), STORE_OK);
	assert_int_equal(y.year, 2027);
	assert_true(y.confirmed);
	assert_int_equal(calendar_store.year_put(f->st, 2027, false), STORE_OK);
	assert_true(rev_of(f) > r1);
	assert_int_equal(calendar_store.year_put(f->st, 2028, true), STORE_OK);
	struct calendar_year_row *rows;
	size_t n;
	assert_int_equal(calendar_store.year_list(f->st, f->a, &rows, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(rows[0].year, 2027);
	assert_false(rows[0].confirmed);
	assert_int_equal(rows[1].year, 2028);
	assert_true(rows[1].confirmed);
}

/* A rolled-back edit leaves neither the row nor a moved revision. */
static void rollback_leaves_nothing(void **state)
{
	struct store_fixture *f = *state;
	int64_t r0 = rev_of(f);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(calendar_store.edit_put(f->st, "2026-11-24", 2026, false, "x"), STORE_OK);
	f->st->ops->rollback(f->st);
	assert_int_equal(rev_of(f), r0);
	struct calendar_edit_row *rows;
	size_t n;
	assert_int_equal(calendar_store.edit_list(f->st, 0, f->a, &rows, &n), STORE_OK);
	assert_int_equal(n, 0);
}

/*
 * The in-memory calendar follows the revision: an edit written by anyone
 * (here straight through the store, as another process would) is seen by
 * the next load, without anything telling this process.
 */
static void service_load_follows_edits(void **state)
{
	struct store_fixture *f = *state;
	struct calendar c;
	assert_int_equal(calendar_service_load(f->st, f->a, &c), STORE_OK);
	assert_true(cal_is_working_day(&c, D("2026-11-24")));
	assert_int_equal(cal_year_source(&c, 2027), CAL_LAW_ONLY);
	assert_int_equal(calendar_store.edit_put(f->st, "2026-11-24", 2026, false, "Văn hóa"),
	                 STORE_OK);
	assert_int_equal(calendar_store.year_put(f->st, 2027, true), STORE_OK);
	assert_int_equal(calendar_service_load(f->st, f->a, &c), STORE_OK);
	assert_false(cal_is_working_day(&c, D("2026-11-24")));
	assert_int_equal(cal_year_source(&c, 2027), CAL_PUBLISHED);
	cal_day d;
	assert_true(cal_deadline(&c, D("2026-11-23"), 1, &d));
	assert_int_equal(d, D("2026-11-25"));
	assert_int_equal(calendar_store.edit_delete(f->st, "2026-11-24"), STORE_OK);
	assert_int_equal(calendar_service_load(f->st, f->a, &c), STORE_OK);
	assert_true(cal_is_working_day(&c, D("2026-11-24")));
	assert_int_equal(calendar_store.year_put(f->st, 2027, false), STORE_OK);
}

/* The service's write: audited, an edit equal to the table removed, bad notes refused. */
static void service_day_set(void **state)
{
	struct store_fixture *f = *state;
	struct cal_day_info info;
	struct org_error err = { 0 };
	assert_int_equal(calendar_day_set(f->st, f->a, &principal_system, D("2026-11-24"),
	                                  CALENDAR_SET_OFF, "  Ngày Văn hóa  ", &info, &err),
	                 ORG_OK);
	assert_true(info.edited);
	assert_string_equal(info.note, "Ngày Văn hóa");
	struct calendar_edit_row *rows;
	size_t n;
	assert_int_equal(calendar_store.edit_list(f->st, 2026, f->a, &rows, &n), STORE_OK);
	assert_int_equal(n, 1);
	/* Working on a working day is the table's answer: the edit goes. */
	assert_int_equal(calendar_day_set(f->st, f->a, &principal_system, D("2026-11-24"),
	                                  CALENDAR_SET_WORKING, "back", &info, &err), ORG_OK);
	assert_false(info.edited);
	assert_true(info.working);
	assert_int_equal(calendar_store.edit_list(f->st, 2026, f->a, &rows, &n), STORE_OK);
	assert_int_equal(n, 0);
	assert_int_equal(calendar_day_set(f->st, f->a, &principal_system, D("2026-11-24"),
	                                  CALENDAR_SET_OFF, "", &info, &err), ORG_INVALID);
	assert_string_equal(err.field, "note");
	assert_int_equal(calendar_day_set(f->st, f->a, &principal_system, D("2026-11-24"),
	                                  CALENDAR_SET_OFF, "a\nb", &info, &err), ORG_INVALID);
	assert_int_equal(calendar_day_set(f->st, f->a, &principal_anonymous, D("2026-11-24"),
	                                  CALENDAR_SET_OFF, "x", &info, &err), ORG_FORBIDDEN);
	/* Two writes, two audit entries of the year. */
	int64_t entries = 0;
	struct audit_entry *e;
	size_t ne;
	assert_int_equal(audit_store_list_entity(f, &e, &ne), STORE_OK);
	entries = (int64_t)ne;
	assert_int_equal(entries, 2);
	/* Confirming a shipped year changes nothing; unconfirming it is refused. */
	assert_int_equal(calendar_year_confirm(f->st, f->a, &principal_system, 2026, true, &err),
	                 ORG_OK);
	assert_int_equal(calendar_year_confirm(f->st, f->a, &principal_system, 2026, false, &err),
	                 ORG_CONFLICT);
	assert_int_equal(calendar_year_confirm(f->st, f->a, &principal_system, 2027, true, &err),
	                 ORG_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(edits_round_trip),
		STORE_TEST(years_round_trip),
		STORE_TEST(rollback_leaves_nothing),
		STORE_TEST(service_load_follows_edits),
		STORE_TEST(service_day_set),
	};
	return store_harness_run("calendar store", tests, sizeof tests / sizeof tests[0]);
}
