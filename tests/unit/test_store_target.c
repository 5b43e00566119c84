/*
 * test_store_target.c: the target store's conformance suite, the same
 * tests on SQLite and on PostgreSQL (store_harness.h), the bulk insert of
 * imports included (arrays on PostgreSQL, a loop on SQLite).
 */
#include "store_harness.h"

#include "org/org.h"
#include "org/org_store.h"
#include "target/target_store.h"

static int64_t a_unit(struct store_fixture *f, const char *code)
{
	struct org_unit u = { .kind = "ward", .code = code, .name = code };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	return u.id;
}

static struct target a_target(int64_t owner, const char *code, int64_t parent)
{
	return (struct target){
		.code = code, .name = "Thu ngân sách", .description = "d", .year = 2026,
		.kind = TK_AMOUNT, .unit_of_measure = "tỷ đồng", .direction = DIR_LOWER,
		.target_low = 1.5, .target_high = 2.25, .has_high = true, .owner_unit_id = owner,
		.parent_id = parent, .rollup = ROLL_WAVG, .weight = 0.5, .period = PERIOD_QUARTER,
		.due_days = 10,
	};
}

static void target_round_trip(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	int64_t rev0, rev1;
	assert_int_equal(target_store.target_revision(f->st, &rev0), STORE_OK);
	struct target t = a_target(w, "T1", 0);
	assert_int_equal(target_store.target_insert(f->st, &t), STORE_OK);
	assert_true(t.id > 0);
	assert_int_equal(target_store.target_revision(f->st, &rev1), STORE_OK);
	assert_true(rev1 > rev0);
	struct target got;
	assert_int_equal(target_store.target_get(f->st, t.id, f->a, &got), STORE_OK);
	assert_string_equal(got.code, "T1");
	assert_string_equal(got.unit_of_measure, "tỷ đồng");
	assert_int_equal(got.year, 2026);
	assert_int_equal(got.kind, TK_AMOUNT);
	assert_int_equal(got.direction, DIR_LOWER);
	assert_true(got.has_high);
	assert_true(got.target_high == 2.25);
	assert_false(got.has_baseline);
	assert_true(got.target_low == 1.5);
	assert_int_equal(got.rollup, ROLL_WAVG);
	assert_int_equal(got.period, PERIOD_QUARTER);
	assert_int_equal(got.due_days, 10);
	assert_int_equal(got.parent_id, 0);
	struct target dup = a_target(w, "T1", 0);
	assert_int_equal(target_store.target_insert(f->st, &dup), STORE_CONFLICT);
	got.has_high = false;
	got.has_baseline = true;
	got.baseline = 0.1;
	got.kind = TK_RANGE;
	assert_int_equal(target_store.target_update(f->st, &got), STORE_OK);
	assert_int_equal(target_store.target_get(f->st, t.id, f->a, &got), STORE_OK);
	assert_false(got.has_high);
	assert_true(got.has_baseline);
	assert_true(got.baseline == 0.1);
	assert_int_equal(got.kind, TK_RANGE);
	got.id += 100;
	assert_int_equal(target_store.target_update(f->st, &got), STORE_NOT_FOUND);
	assert_int_equal(target_store.target_get(f->st, got.id, f->a, &got), STORE_NOT_FOUND);
}

static void target_lists(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct target top = a_target(w, "b", 0);
	assert_int_equal(target_store.target_insert(f->st, &top), STORE_OK);
	struct target c1 = a_target(w, "b.a", top.id), c2 = a_target(w, "B.z", top.id);
	assert_int_equal(target_store.target_insert(f->st, &c1), STORE_OK);
	assert_int_equal(target_store.target_insert(f->st, &c2), STORE_OK);
	struct target *out;
	size_t n;
	struct target_filter all = { .parent_id = -1 };
	assert_int_equal(target_store.target_list(f->st, &all, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_string_equal(out[0].code, "B.z");   /* byte order on both engines */
	struct target_filter tops = { .year = 2026, .parent_id = 0 };
	assert_int_equal(target_store.target_list(f->st, &tops, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	struct target_filter children = { .parent_id = top.id };
	assert_int_equal(target_store.target_list(f->st, &children, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	struct target_filter other_year = { .year = 2025, .parent_id = -1 };
	assert_int_equal(target_store.target_list(f->st, &other_year, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 0);
}

static struct measurement figure(int64_t target, int64_t unit, int period, double value)
{
	return (struct measurement){ .target_id = target, .unit_id = unit, .period_no = period,
	                             .value = value, .note = "n", .reporter = "lan",
	                             .reported_at = 1000 };
}

static void measurements_and_corrections(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct target t = a_target(w, "T", 0);
	assert_int_equal(target_store.target_insert(f->st, &t), STORE_OK);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	struct measurement m = figure(t.id, w, 1, 1.25);
	assert_int_equal(target_store.measurement_insert(f->st, &m), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	/* A conflict spoils the transaction on PostgreSQL: the caller rolls back. */
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	struct measurement again = figure(t.id, w, 1, 2);
	assert_int_equal(target_store.measurement_insert(f->st, &again), STORE_CONFLICT);
	f->st->ops->rollback(f->st);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	struct measurement fix = figure(t.id, w, 1, 1.5);
	fix.supersedes_id = m.id;
	assert_int_equal(target_store.measurement_insert(f->st, &fix), STORE_OK);
	struct measurement stale = figure(t.id, w, 1, 9);
	stale.supersedes_id = m.id;   /* no longer current */
	assert_int_equal(target_store.measurement_insert(f->st, &stale), STORE_NOT_FOUND);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	struct measurement got;
	assert_int_equal(target_store.measurement_get(f->st, m.id, f->a, &got), STORE_OK);
	assert_true(got.value == 1.25);
	assert_string_equal(got.reporter, "lan");
	assert_null(got.evidence);
	struct measurement *out;
	size_t n;
	struct measurement_filter cur = { .year = 2026 };
	assert_int_equal(target_store.measurement_current(f->st, &cur, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(out[0].id, fix.id);
	assert_int_equal(out[0].supersedes_id, m.id);
	struct measurement_filter values = { .values_only = true };
	assert_int_equal(target_store.measurement_current(f->st, &values, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_true(out[0].value == 1.5);
	struct measurement_filter one = { .target_id = t.id, .unit_id = w };
	assert_int_equal(target_store.measurement_current(f->st, &one, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	struct measurement_filter family = { .family_id = t.id };
	assert_int_equal(target_store.measurement_current(f->st, &family, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(target_store.measurement_history(f->st, t.id, 0, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(out[0].id, m.id);
}

static void bulk_insert_with_corrections(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct target t = a_target(w, "T", 0);
	assert_int_equal(target_store.target_insert(f->st, &t), STORE_OK);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	struct measurement old = figure(t.id, w, 1, 1);
	assert_int_equal(target_store.measurement_insert(f->st, &old), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	struct measurement batch[3] = {
		figure(t.id, w, 1, 10), figure(t.id, w, 2, 20), figure(t.id, w, 3, 30),
	};
	batch[0].supersedes_id = old.id;
	batch[1].note = "quotes \" and \\ and {braces},";
	batch[2].reported_at = 0;   /* now */
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(target_store.measurement_insert_many(f->st, batch, 3), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	for (int i = 0; i < 3; i++)
		assert_true(batch[i].id > old.id);
	assert_true(batch[2].reported_at > 1500000000);
	struct measurement *out;
	size_t n;
	struct measurement_filter cur = { 0 };
	assert_int_equal(target_store.measurement_current(f->st, &cur, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_true(out[0].value == 10);
	assert_string_equal(out[1].note, batch[1].note);
	/* A batch correcting a figure that is no longer current writes nothing. */
	struct measurement late[2] = { figure(t.id, w, 4, 4), figure(t.id, w, 2, 5) };
	late[1].supersedes_id = old.id;
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(target_store.measurement_insert_many(f->st, late, 2), STORE_CONFLICT);
	f->st->ops->rollback(f->st);
	assert_int_equal(target_store.measurement_current(f->st, &cur, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
}

struct grain {
	int64_t y2026, y2027, fa, fb;
};

static struct grain grain_now(struct store_fixture *f, int64_t fa, int64_t fb)
{
	struct grain g;
	assert_int_equal(target_store.year_revision(f->st, 2026, &g.y2026), STORE_OK);
	assert_int_equal(target_store.year_revision(f->st, 2027, &g.y2027), STORE_OK);
	assert_int_equal(target_store.family_revision(f->st, fa, &g.fa), STORE_OK);
	assert_int_equal(target_store.family_revision(f->st, fb, &g.fb), STORE_OK);
	return g;
}

/*
 * A write changes the revisions of the family and year it touches, and no
 * other: what lets a figure for one target leave every other cached board
 * and target page valid.
 */
static void grain_revisions(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	int64_t none;
	assert_int_equal(target_store.year_revision(f->st, 2026, &none), STORE_OK);
	assert_int_equal(none, 0);
	struct target a = a_target(w, "B-A", 0), b = a_target(w, "A-B", 0);
	assert_int_equal(target_store.target_insert(f->st, &a), STORE_OK);
	assert_int_equal(target_store.target_insert(f->st, &b), STORE_OK);
	struct target a1 = a_target(w, "B-A-1", a.id);
	assert_int_equal(target_store.target_insert(f->st, &a1), STORE_OK);
	struct target c = a_target(w, "C", 0);
	c.year = 2027;
	assert_int_equal(target_store.target_insert(f->st, &c), STORE_OK);
	struct grain g0 = grain_now(f, a.id, b.id);
	assert_true(g0.y2026 != 0 && g0.y2027 != 0 && g0.fa != 0 && g0.fb != 0);

	/* The year's families in board order: by code. */
	struct target_family_rev *fam;
	size_t n;
	assert_int_equal(target_store.family_revisions(f->st, 2026, f->a, &fam, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(fam[0].family_id, b.id);
	assert_int_equal(fam[1].family_id, a.id);
	assert_int_equal(fam[1].rev, g0.fa);

	/* Figures for the breakdown, several in one transaction: family A and 2026 only. */
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	for (int p = 1; p <= 3; p++) {
		struct measurement m = figure(a1.id, w, p, p);
		assert_int_equal(target_store.measurement_insert(f->st, &m), STORE_OK);
	}
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	struct grain g1 = grain_now(f, a.id, b.id);
	assert_true(g1.fa != g0.fa);
	assert_true(g1.y2026 != g0.y2026);
	assert_true(g1.fb == g0.fb);
	assert_true(g1.y2027 == g0.y2027);

	/* A bulk insert (arrays on PostgreSQL) too. */
	struct measurement batch[2] = { figure(b.id, w, 1, 1), figure(b.id, w, 2, 2) };
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(target_store.measurement_insert_many(f->st, batch, 2), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	struct grain g2 = grain_now(f, a.id, b.id);
	assert_true(g2.fb != g1.fb && g2.y2026 != g1.y2026);
	assert_true(g2.fa == g1.fa && g2.y2027 == g1.y2027);

	/* Editing a target of 2027. */
	c.name = "Đổi tên";
	assert_int_equal(target_store.target_update(f->st, &c), STORE_OK);
	struct grain g3 = grain_now(f, a.id, b.id);
	assert_true(g3.y2027 != g2.y2027);
	assert_true(g3.y2026 == g2.y2026 && g3.fa == g2.fa && g3.fb == g2.fb);

	/* A unit's new name shows on every board. */
	struct org_unit u;
	assert_int_equal(org_store.unit_get(f->st, w, f->a, &u), STORE_OK);
	u.name = "Phường mới";
	assert_int_equal(org_store.unit_update(f->st, &u), STORE_OK);
	struct grain g4 = grain_now(f, a.id, b.id);
	assert_true(g4.y2026 != g3.y2026 && g4.y2027 != g3.y2027);
	assert_true(g4.fa != g3.fa && g4.fb != g3.fb);
}

/*
 * PostgreSQL: revisions are remembered while the listener says nothing
 * changed; a write by another process (here another connection) is seen as
 * soon as its notification arrives.
 */
static void revisions_seen_across_processes(void **state)
{
	struct store_fixture *f = *state;
	if (f->pg_url == NULL) {
		uint64_t e;
		assert_false(f->st->ops->revision_epoch(f->st, &e));   /* SQLite: always read */
		return;
	}
	int64_t w = a_unit(f, "W");
	struct target t = a_target(w, "T", 0);
	assert_int_equal(target_store.target_insert(f->st, &t), STORE_OK);
	uint64_t e;
	for (int i = 0; i < 200 && !f->st->ops->revision_epoch(f->st, &e); i++)
		usleep(10000);
	assert_true(f->st->ops->revision_epoch(f->st, &e));
	int64_t r0, r1 = 0;
	assert_int_equal(target_store.year_revision(f->st, 2026, &r0), STORE_OK);
	assert_int_equal(target_store.year_revision(f->st, 2026, &r1), STORE_OK);
	assert_int_equal(r1, r0);

	PGconn *other = PQconnectdb(f->pg_url);
	assert_int_equal(PQstatus(other), CONNECTION_OK);
	char sql[128];
	snprintf(sql, sizeof sql, "UPDATE target SET name = 'khác' WHERE id = %lld", (long long)t.id);
	PGresult *r = PQexec(other, sql);
	assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
	PQclear(r);
	PQfinish(other);
	for (int i = 0; i < 100 && r1 == r0; i++) {
		assert_int_equal(target_store.year_revision(f->st, 2026, &r1), STORE_OK);
		if (r1 == r0)
			usleep(10000);
	}
	assert_true(r1 != r0);
}

/* The years pages open on: newest first, and which have figures. */
static void years_with_figures(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct target_year *ys;
	size_t n;
	assert_int_equal(target_store.target_years(f->st, f->a, &ys, &n), STORE_OK);
	assert_int_equal(n, 0);
	struct target old = a_target(w, "OLD", 0), plan = a_target(w, "PLAN", 0);
	old.year = 2019;
	plan.year = 2031;
	assert_int_equal(target_store.target_insert(f->st, &old), STORE_OK);
	assert_int_equal(target_store.target_insert(f->st, &plan), STORE_OK);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	struct measurement m = figure(old.id, w, 1, 1.25);
	assert_int_equal(target_store.measurement_insert(f->st, &m), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	assert_int_equal(target_store.target_years(f->st, f->a, &ys, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(ys[0].year, 2031);
	assert_int_equal(ys[0].has_figures, 0);
	assert_int_equal(ys[1].year, 2019);
	assert_int_equal(ys[1].has_figures, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(target_round_trip),
		STORE_TEST(target_lists),
		STORE_TEST(measurements_and_corrections),
		STORE_TEST(bulk_insert_with_corrections),
		STORE_TEST(grain_revisions),
		STORE_TEST(revisions_seen_across_processes),
		STORE_TEST(years_with_figures),
	};
	return store_harness_run("target store", tests, sizeof tests / sizeof tests[0]);
}
