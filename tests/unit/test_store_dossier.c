/*
 * test_store_dossier.c: the dossier store's conformance suite, the same
 * tests on SQLite and on PostgreSQL (store_harness.h): procedure versions
 * (one current per code), dossiers and events round-trip, the code
 * sequence per unit and day (a rollback gives a number back), the queue's
 * order and filters, ratings once, the report's counts; and the intakes'
 * group commit (dossier_intake.c) on each engine: concurrent intakes share
 * transactions, each refused one rolled back alone.
 */
#include "store_harness.h"

#include <pthread.h>

#include "audit/audit.h"
#include "dossier/dossier_service.h"
#include "dossier/dossier_store.h"
#include "org/org.h"
#include "org/org_store.h"

static int64_t a_unit(struct store_fixture *f, const char *code)
{
	struct org_unit u = { .kind = "one_stop_desk", .code = code, .name = code };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	return u.id;
}

static struct procedure a_procedure(int64_t owner, const char *code)
{
	struct procedure p = {
		.code = code, .name = "Đăng ký khai sinh", .field = "Hộ tịch", .level = "ward",
		.owner_unit_id = owner, .legal_basis = "Luật Hộ tịch 2014", .working_days = 3,
		.fee = "Miễn phí", .version_date = "2019-01-02", .reviewed_on = "2019-01-02",
		.ndocuments = 2, .nsteps = 2,
	};
	p.documents[0] = (struct proc_document){ "Tờ khai đăng ký khai sinh", true };
	p.documents[1] = (struct proc_document){ "Giấy chứng sinh", false };
	p.steps[0] = (struct proc_step){ "Tiếp nhận", "Bộ phận một cửa", 1, "Sổ theo dõi" };
	p.steps[1] = (struct proc_step){ "Thẩm định, ký", "Công chức tư pháp", 2, "Phiếu kiểm soát" };
	return p;
}

static void procedure_versions(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct procedure p = a_procedure(w, "1.001"), got;
	p.version = 1;
	assert_int_equal(dossier_store.proc_insert(f->st, &p), STORE_OK);
	assert_true(p.id > 0);
	assert_int_equal(dossier_store.proc_get(f->st, p.id, f->a, &got), STORE_OK);
	assert_string_equal(got.name, "Đăng ký khai sinh");
	assert_int_equal(got.ndocuments, 2);
	assert_string_equal(got.documents[0].name, "Tờ khai đăng ký khai sinh");
	assert_true(got.documents[0].required);
	assert_false(got.documents[1].required);
	assert_int_equal(got.nsteps, 2);
	assert_int_equal(got.steps[1].days, 2);
	assert_string_equal(got.steps[1].records, "Phiếu kiểm soát");
	assert_true(got.current);
	assert_null(got.legal_changed);
	/* A second current version of the same code is refused; retired first, it is fine. */
	struct procedure v2 = a_procedure(w, "1.001");
	v2.version = 2;
	v2.working_days = 5;
	assert_int_equal(dossier_store.proc_insert(f->st, &v2), STORE_CONFLICT);
	assert_int_equal(dossier_store.proc_retire(f->st, p.id), STORE_OK);
	assert_int_equal(dossier_store.proc_insert(f->st, &v2), STORE_OK);
	assert_int_equal(dossier_store.proc_get_current(f->st, "1.001", f->a, &got), STORE_OK);
	assert_int_equal(got.version, 2);
	assert_int_equal(got.working_days, 5);
	struct procedure *list;
	size_t n;
	assert_int_equal(dossier_store.proc_versions(f->st, "1.001", f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_int_equal(list[0].version, 2);
	assert_false(list[1].current);
	struct procedure other = a_procedure(w, "0.999");
	other.version = 1;
	assert_int_equal(dossier_store.proc_insert(f->st, &other), STORE_OK);
	assert_int_equal(dossier_store.proc_list(f->st, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(list[0].code, "0.999");
	assert_int_equal(dossier_store.proc_mark(f->st, v2.id, "2019-06-01", "2019-05-01"), STORE_OK);
	assert_int_equal(dossier_store.proc_get(f->st, v2.id, f->a, &got), STORE_OK);
	assert_string_equal(got.reviewed_on, "2019-06-01");
	assert_string_equal(got.legal_changed, "2019-05-01");
	assert_int_equal(dossier_store.proc_get_current(f->st, "nope", f->a, &got), STORE_NOT_FOUND);
}

static struct dossier a_dossier(int64_t unit, int64_t proc, const char *code, const char *due)
{
	return (struct dossier){
		.code = code, .unit_id = unit, .procedure_id = proc, .state = DS_RECEIVED,
		.resume = DS_RECEIVED, .received_at = 1551664800, .clock_start = "2019-03-04",
		.due_day = due, .first_due = due, .handler = "longbinh", .received_by = "longbinh",
		.applicant_name = "Nguyễn Văn An", .applicant_id_number = "079090001234",
		.applicant_phone = "0903000000", .applicant_address = "12 Lê Văn Việt",
		.documents = "[\"Tờ khai\"]", .updated_at = 1551664800,
	};
}

static void dossiers_and_events(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W"), w2 = a_unit(f, "W2");
	struct procedure p = a_procedure(w, "1.001");
	p.version = 1;
	assert_int_equal(dossier_store.proc_insert(f->st, &p), STORE_OK);
	/* The sequence: per unit and day, and a rollback gives the number back. */
	int64_t seq;
	const char *none = "";
	assert_int_equal(dossier_store.last_intake(f->st, f->a, &none), STORE_OK);
	assert_null(none);
	assert_int_equal(dossier_store.seq_next(f->st, w, "2019-03-04", &seq), STORE_OK);
	assert_int_equal(seq, 1);
	assert_int_equal(dossier_store.seq_next(f->st, w, "2019-03-04", &seq), STORE_OK);
	assert_int_equal(seq, 2);
	assert_int_equal(dossier_store.seq_next(f->st, w2, "2019-03-04", &seq), STORE_OK);
	assert_int_equal(seq, 1);
	assert_int_equal(dossier_store.seq_next(f->st, w, "2019-03-05", &seq), STORE_OK);
	assert_int_equal(seq, 1);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(dossier_store.seq_next(f->st, w, "2019-03-04", &seq), STORE_OK);
	assert_int_equal(seq, 3);
	f->st->ops->rollback(f->st);
	assert_int_equal(dossier_store.seq_next(f->st, w, "2019-03-04", &seq), STORE_OK);
	assert_int_equal(seq, 3);

	struct dossier d = a_dossier(w, p.id, "W-190304-0001", "2019-03-07"), got;
	assert_int_equal(dossier_store.dossier_insert(f->st, &d), STORE_OK);
	assert_true(d.id > 0);
	struct dossier dup = a_dossier(w, p.id, "W-190304-0001", "2019-03-07");
	assert_int_equal(dossier_store.dossier_insert(f->st, &dup), STORE_CONFLICT);
	assert_int_equal(dossier_store.dossier_get_by_code(f->st, "W-190304-0001", f->a, &got),
	                 STORE_OK);
	assert_int_equal(got.id, d.id);
	assert_int_equal(got.state, DS_RECEIVED);
	assert_string_equal(got.applicant_name, "Nguyễn Văn An");
	assert_string_equal(got.due_day, "2019-03-07");
	assert_null(got.finished_day);
	assert_int_equal(got.result, DR_NONE);
	/* The revision the lookup is kept by: 1 at intake, raised by each change. */
	int64_t rev = 0;
	assert_int_equal(got.revision, 1);
	assert_int_equal(dossier_store.dossier_revision(f->st, "W-190304-0001", &rev), STORE_OK);
	assert_int_equal(rev, 1);
	assert_int_equal(dossier_store.dossier_revision(f->st, "W-190304-0009", &rev),
	                 STORE_NOT_FOUND);
	got.state = DS_DONE;
	got.result = DR_EARLY;
	got.finished_day = "2019-03-06";
	got.supplements = 1;
	got.handler = "hiepphu";
	got.updated_at = 1551800000;
	assert_int_equal(dossier_store.dossier_update(f->st, &got), STORE_OK);
	assert_int_equal(dossier_store.dossier_get(f->st, d.id, f->a, &got), STORE_OK);
	assert_int_equal(got.state, DS_DONE);
	assert_int_equal(got.result, DR_EARLY);
	assert_int_equal(got.supplements, 1);
	assert_string_equal(got.finished_day, "2019-03-06");
	assert_int_equal(got.revision, 2);
	assert_int_equal(dossier_store.dossier_revision(f->st, "W-190304-0001", &rev), STORE_OK);
	assert_int_equal(rev, 2);

	struct dossier_event e = { .dossier_id = d.id, .at = 1551664800, .action = "receive",
	                           .from_state = "", .to_state = "received", .actor_id = 0,
	                           .actor = "longbinh", .note = "" };
	assert_int_equal(dossier_store.event_insert(f->st, &e), STORE_OK);
	struct dossier_event e2 = e;
	e2.action = "forward";
	e2.at++;
	assert_int_equal(dossier_store.event_insert(f->st, &e2), STORE_OK);
	assert_true(e2.id > e.id);
	struct dossier_event *ev;
	size_t n;
	assert_int_equal(dossier_store.event_list(f->st, d.id, f->a, &ev, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(ev[1].action, "forward");

	/* The queue: open ones by due day; the report counts the finished. */
	struct dossier a2 = a_dossier(w, p.id, "W-190304-0002", "2019-03-05");
	struct dossier a3 = a_dossier(w2, p.id, "W2-190304-0001", "2019-03-20");
	a3.state = DS_REFUSED;
	assert_int_equal(dossier_store.dossier_insert(f->st, &a2), STORE_OK);
	assert_int_equal(dossier_store.dossier_insert(f->st, &a3), STORE_OK);
	struct dossier *list;
	struct dossier_filter fl = { .open_only = true };
	assert_int_equal(dossier_store.dossier_list(f->st, &fl, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(list[0].code, "W-190304-0002");
	fl = (struct dossier_filter){ .unit_id = w2 };
	assert_int_equal(dossier_store.dossier_list(f->st, &fl, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 1);
	fl = (struct dossier_filter){ .due_by = "2019-03-06" };
	assert_int_equal(dossier_store.dossier_list(f->st, &fl, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_string_equal(list[0].code, "W-190304-0002");

	const char *last;
	assert_int_equal(dossier_store.last_intake(f->st, f->a, &last), STORE_OK);
	assert_string_equal(last, "2019-03-05");

	struct dossier_count *c;
	for (int by = 0; by < 4; by++) {
		assert_int_equal(dossier_store.count_finished(f->st, "2019-01-01", "2020-01-01", by, f->a,
		                                              &c, &n), STORE_OK);
		assert_int_equal(n, 1);
		assert_int_equal(c[0].n, 1);
		assert_int_equal(c[0].unit_id, w);
		assert_int_equal(c[0].result, DR_EARLY);
		assert_string_equal(c[0].procedure_code, by == 1 ? "1.001" : "");
		assert_string_equal(c[0].handler, by == 2 ? "hiepphu" : "");
		assert_string_equal(c[0].month, by == 3 ? "2019-03" : "");
	}
	/* The counts follow a finished dossier's changes, and count one inserted finished. */
	assert_int_equal(dossier_store.dossier_get(f->st, d.id, f->a, &got), STORE_OK);
	got.result = DR_LATE;
	got.finished_day = "2019-04-02";
	got.handler = "longbinh";
	assert_int_equal(dossier_store.dossier_update(f->st, &got), STORE_OK);
	struct dossier done = a_dossier(w2, p.id, "W2-190304-0009", "2019-03-20");
	done.state = DS_DONE;
	done.result = DR_ON_TIME;
	done.finished_day = "2019-04-10";
	done.handler = "longbinh";
	assert_int_equal(dossier_store.dossier_insert(f->st, &done), STORE_OK);
	assert_int_equal(dossier_store.count_finished(f->st, "2019-01-01", "2020-01-01", 3, f->a, &c,
	                                              &n), STORE_OK);
	int64_t early = 0, late = 0, on_time = 0;
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(c[i].month, "2019-04");
		*(c[i].result == DR_EARLY ? &early : c[i].result == DR_LATE ? &late : &on_time) += c[i].n;
	}
	assert_int_equal(early, 0);
	assert_int_equal(late, 1);
	assert_int_equal(on_time, 1);
	assert_int_equal(dossier_store.count_finished(f->st, "2019-04-01", "2019-05-01", 2, f->a, &c,
	                                              &n), STORE_OK);
	assert_int_equal(n, 2);   /* the two units' */
	for (size_t i = 0; i < n; i++)
		assert_string_equal(c[i].handler, "longbinh");
	assert_int_equal(dossier_store.count_finished(f->st, "2019-03-01", "2019-04-01", 0, f->a, &c,
	                                              &n), STORE_OK);
	assert_int_equal(n, 0);

	struct dossier_rating r = { .dossier_id = d.id, .at = 1551900000, .average = 4.5,
	                            .comment = "Nhanh", .scores = { 5, 4, 5, 4, 5, 4, 5, 4 } };
	struct dossier_rating rgot;
	assert_int_equal(dossier_store.rating_get(f->st, d.id, f->a, &rgot), STORE_NOT_FOUND);
	assert_int_equal(dossier_store.rating_insert(f->st, &r), STORE_OK);
	assert_int_equal(dossier_store.rating_insert(f->st, &r), STORE_CONFLICT);
	assert_int_equal(dossier_store.rating_get(f->st, d.id, f->a, &rgot), STORE_OK);
	assert_int_equal(rgot.scores[1], 4);
	assert_true(rgot.average == 4.5);
	assert_string_equal(rgot.comment, "Nhanh");
}

/* ---- group commit -------------------------------------------------------- */

enum { INTAKE_THREADS = 6, INTAKES_EACH = 12 };

struct intake_thread {
	struct store *st;
	int64_t unit, poisoned;
	int ok, busy, invalid;
	char codes[INTAKES_EACH][DOSSIER_CODE_MAX];
};

static void *intakes(void *v)
{
	struct intake_thread *t = v;
	struct arena a = { 0 };
	for (int i = 0; i < INTAKES_EACH; i++) {
		/* Every fourth one goes to the unit whose first code is taken; every sixth lacks a name. */
		struct dossier_intake in = {
			.procedure_code = "1.001", .unit_id = i % 4 == 3 ? t->poisoned : t->unit,
			.full_name = i % 6 == 5 ? "" : "Nguyễn Văn Bền", .id_number = "079090009999",
			.ndocuments = 1, .received_at = 1551668400,   /* 2019-03-04 10:00 +07 */
		};
		in.documents[0] = "Tờ khai đăng ký khai sinh";
		struct dossier d;
		struct org_error err = { 0 };
		enum org_result r = dossier_receive(t->st, &a, &principal_system, &in, &d, &err);
		if (r == ORG_OK)
			snprintf(t->codes[t->ok++], DOSSIER_CODE_MAX, "%s", d.code);
		else if (r == ORG_BUSY)
			t->busy++;
		else if (r == ORG_INVALID)
			t->invalid++;
	}
	arena_free(&a);
	return NULL;
}

static int code_cmp(const void *x, const void *y)
{
	return strcmp(x, y);
}

static void intake_group_commit(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "GC"), poisoned = a_unit(f, "GP");
	struct procedure p = a_procedure(w, "1.001");
	p.version = 1;
	assert_int_equal(dossier_store.proc_insert(f->st, &p), STORE_OK);
	/* GP's first code of the day is taken already: its intakes are refused (the sequence and
	 * the table disagree), and each refusal must give its number back. */
	struct dossier taken = a_dossier(poisoned, p.id, "GP-190304-0001", "2019-03-07");
	assert_int_equal(dossier_store.dossier_insert(f->st, &taken), STORE_OK);
	uint64_t batches0, intakes0, batches1, intakes1;
	dossier_intake_stats(&batches0, &intakes0);
	struct intake_thread t[INTAKE_THREADS];
	pthread_t tid[INTAKE_THREADS];
	for (int i = 0; i < INTAKE_THREADS; i++) {
		t[i] = (struct intake_thread){ .st = f->st, .unit = w, .poisoned = poisoned };
		assert_int_equal(pthread_create(&tid[i], NULL, intakes, &t[i]), 0);
	}
	char all[INTAKE_THREADS * INTAKES_EACH][DOSSIER_CODE_MAX];
	size_t n = 0;
	for (int i = 0; i < INTAKE_THREADS; i++) {
		pthread_join(tid[i], NULL);
		/* Of 12: at GP 3 and 7 refused (busy), 5 and 11 without a name (invalid). */
		assert_int_equal(t[i].ok, 8);
		assert_int_equal(t[i].busy, 2);
		assert_int_equal(t[i].invalid, 2);
		for (int k = 0; k < t[i].ok; k++)
			memcpy(all[n++], t[i].codes[k], DOSSIER_CODE_MAX);
	}
	dossier_intake_stats(&batches1, &intakes1);
	assert_int_equal(intakes1 - intakes0, INTAKE_THREADS * INTAKES_EACH);
	assert_true(batches1 - batches0 <= intakes1 - intakes0);
	/* GC's codes of the day run 1..n: no gap, no duplicate. */
	qsort(all, n, DOSSIER_CODE_MAX, code_cmp);
	for (size_t i = 0; i < n; i++) {
		char want[DOSSIER_CODE_MAX];
		snprintf(want, sizeof want, "GC-190304-%04zu", i + 1);
		assert_string_equal(all[i], want);
	}
	/* One audit entry each, in a whole chain (written a batch at a time). */
	struct audit_report rep;
	assert_int_equal(audit_verify(f->st, NULL, &rep), STORE_OK);
	assert_false(rep.broken);
	assert_int_equal(rep.checked, (int64_t)n);
	/* Every refused intake at GP gave its number back. */
	int64_t seq;
	assert_int_equal(dossier_store.seq_next(f->st, poisoned, "2019-03-04", &seq), STORE_OK);
	assert_int_equal(seq, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(procedure_versions),
		STORE_TEST(dossiers_and_events),
		STORE_TEST(intake_group_commit),
	};
	return store_harness_run("dossier store", tests, sizeof tests / sizeof tests[0]);
}
