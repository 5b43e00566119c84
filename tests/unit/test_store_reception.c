/*
 * test_store_reception.c: the reception store and service on SQLite and
 * PostgreSQL (store_harness.h): sessions, the register with its running
 * numbers and answer deadline, commitments, who may.
 */
#include "store_harness.h"

#include "feedback/feedback_service.h"
#include "org/org.h"
#include "org/org_store.h"
#include "reception/reception_service.h"
#include "reception/reception_store.h"
#include "reminder/reminder.h"
#include "task/task_service.h"

static int64_t a_unit(struct store_fixture *f, const char *kind, const char *code)
{
	struct org_unit u = { .kind = kind, .code = code, .name = code };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	return u.id;
}

static int64_t a_person(struct store_fixture *f, int64_t unit)
{
	struct org_person p = { .full_name = "Nguyễn Văn Chủ", .title = "Chủ tịch UBND quận", .unit_id = unit };
	struct org_error err;
	assert_true(org_person_prepare(&p, f->a, &err));
	assert_int_equal(org_store.person_insert(f->st, &p), STORE_OK);
	return p.id;
}

/* 2026-12-07 12:00 in Ho Chi Minh City, a Monday. */
static const int64_t MONDAY = 1796619600;

static void sessions_register_commitments(void **state)
{
	struct store_fixture *f = *state;
	int64_t q9 = a_unit(f, "district", "Q9"), dept = a_unit(f, "department", "TNMT");
	struct org_error err = { 0 };
	cal_day today = feedback_day_of(MONDAY);
	struct rc_session s = { .unit_id = q9, .kind = RC_RECEPTION, .day = today + 3,
	                        .leader = "Chủ tịch UBND quận", .place = "Trụ sở UBND quận",
	                        .agenda = "Tiếp công dân định kỳ" };
	assert_int_equal(reception_session_add(f->st, f->a, &principal_anonymous, &s, MONDAY, &err),
	                 ORG_FORBIDDEN);
	assert_int_equal(reception_session_add(f->st, f->a, &principal_system, &s, MONDAY, &err), ORG_OK);
	struct rc_session bad = s;
	bad.unit_id = dept;
	assert_int_equal(reception_session_add(f->st, f->a, &principal_system, &bad, MONDAY, &err),
	                 ORG_INVALID);
	assert_string_equal(err.field, "unit_id");

	/* The public registers two questions; numbers run 1, 2; due 10 working days after the day. */
	struct rc_question q1 = { .session_id = s.id, .citizen_name = "Lê Văn Tám",
	                          .content = "Đề nghị công khai quy hoạch khu phố 3.", .people = 2 };
	struct rc_question q2 = { .session_id = s.id, .citizen_name = "Phạm Thị Hoa",
	                          .content = "Hồ sơ đất đai bị chậm trả kết quả." };
	/* Both from one address: with DIEUHANH_RECEPTION_PER_HOUR=2 a third waits an hour. */
	setenv("DIEUHANH_RECEPTION_PER_HOUR", "2", 1);
	q1.client_hash = q2.client_hash = feedback_client_hash(f->a, "198.51.100.7");
	assert_int_equal(reception_question_wait(f->st, "198.51.100.7", MONDAY), 0);
	assert_int_equal(reception_question_add(f->st, f->a, &principal_anonymous, &q1, MONDAY, &err), ORG_OK);
	assert_int_equal(reception_question_add(f->st, f->a, &principal_anonymous, &q2, MONDAY, &err), ORG_OK);
	assert_int_equal(reception_question_wait(f->st, "198.51.100.7", MONDAY + 60), 3540);
	assert_int_equal(reception_question_wait(f->st, "198.51.100.8", MONDAY + 60), 0);
	assert_int_equal(reception_question_wait(f->st, "198.51.100.7", MONDAY + 3600), 0);
	unsetenv("DIEUHANH_RECEPTION_PER_HOUR");
	assert_int_equal(q1.number, 1);
	assert_int_equal(q2.number, 2);
	assert_true(q1.registered_online);
	cal_day due;
	assert_true(rc_answer_due(&(struct calendar){ NULL, 0 }, s.day, &due));
	assert_int_equal(q1.due_day, due);
	struct rc_question *list;
	size_t n;
	assert_int_equal(reception_questions(f->st, s.id, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(list[1].citizen_name, "Phạm Thị Hoa");
	assert_int_equal(list[1].people, 1);
	assert_int_equal(list[0].answered_day, 0);
	assert_int_equal(reception_question_answer(f->st, f->a, &principal_anonymous, q1.id, "Đã trả lời",
	                                           MONDAY, &err), ORG_FORBIDDEN);
	assert_int_equal(reception_question_answer(f->st, f->a, &principal_system, q1.id,
	                                           "Đã công khai tại trụ sở phường.", MONDAY, &err), ORG_OK);
	assert_int_equal(reception_questions(f->st, s.id, f->a, &list, &n), STORE_OK);
	assert_string_equal(list[0].result, "Đã công khai tại trụ sở phường.");
	assert_int_equal(list[0].answered_day, today);

	/* The unanswered line is in the digests of those who manage the session, once within the horizon. */
	extern const struct reminder_source reception_reminder_source;
	struct reminder_list l = { .a = f->a };
	struct reminder_query rq = { .today = s.day + 1, .horizon = due };
	assert_int_equal(reception_reminder_source.collect(f->st, f->a, &rq, &l), STORE_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].due, due);
	assert_int_equal(l.v[0].unit_id, q9);
	assert_ptr_equal(l.v[0].perm, PERM_MANAGE_RECEPTION);
	struct reminder_list none = { .a = f->a };
	rq.horizon = due - 1;
	assert_int_equal(reception_reminder_source.collect(f->st, f->a, &rq, &none), STORE_OK);
	assert_int_equal(none.n, 0);

	/* Held only on or after its day; then the public can no longer register. */
	assert_int_equal(reception_session_record(f->st, f->a, &principal_system, s.id, RC_HELD, "Biên bản",
	                                          "Tóm tắt", MONDAY, &err), ORG_INVALID);
	int64_t later = MONDAY + 4 * 86400;
	assert_int_equal(reception_session_record(f->st, f->a, &principal_system, s.id, RC_HELD,
	                                          "Biên bản chi tiết", "Đã tiếp 2 công dân.", later, &err),
	                 ORG_OK);
	struct rc_session got;
	assert_int_equal(reception_session_get(f->st, s.id, f->a, &got), STORE_OK);
	assert_int_equal(got.status, RC_HELD);
	assert_string_equal(got.summary, "Đã tiếp 2 công dân.");
	struct rc_question q3 = { .session_id = s.id, .citizen_name = "Trễ", .content = "Đăng ký sau buổi tiếp." };
	assert_int_equal(reception_question_add(f->st, f->a, &principal_anonymous, &q3, later, &err),
	                 ORG_CONFLICT);

	int64_t chair = a_person(f, q9);
	struct rc_commitment c = { .session_id = s.id, .text = "Công khai quy hoạch khu phố 3",
	                           .due_day = s.day + 30 };
	assert_int_equal(reception_commitment_add(f->st, f->a, &principal_system, &c, later, &err), ORG_INVALID);
	assert_string_equal(err.field, "leader_id");
	c.leader_id = chair;
	c.due_day = s.day - 1;
	assert_int_equal(reception_commitment_add(f->st, f->a, &principal_system, &c, later, &err), ORG_INVALID);
	assert_string_equal(err.field, "due_day");
	c.due_day = s.day + 30;
	assert_int_equal(reception_commitment_add(f->st, f->a, &principal_anonymous, &c, later, &err),
	                 ORG_FORBIDDEN);
	assert_int_equal(reception_commitment_add(f->st, f->a, &principal_system, &c, later, &err), ORG_OK);
	/* The commitment became a task of the session's unit, with its leader and deadline. */
	assert_true(c.task_id > 0);
	struct task t;
	assert_int_equal(task_service_get(f->st, c.task_id, f->a, &t), STORE_OK);
	assert_int_equal(t.unit_id, q9);
	assert_int_equal(t.leader_id, chair);
	assert_int_equal(t.assignee_id, chair);
	assert_int_equal(t.due_day, s.day + 30);
	assert_int_equal(t.source, TASK_SRC_CITIZEN);
	assert_string_equal(t.title, "Công khai quy hoạch khu phố 3");
	struct rc_commitment *cs;
	assert_int_equal(reception_commitments(f->st, s.id, f->a, &cs, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(cs[0].task_id, c.task_id);
	assert_int_equal(cs[0].leader_id, chair);
	assert_string_equal(cs[0].leader, "Chủ tịch UBND quận Nguyễn Văn Chủ");
	assert_false(cs[0].done);
	/* What the home page follows up: the open commitment with its session's unit and day. */
	struct rc_open_commitment *oc;
	assert_int_equal(reception_open_commitments(f->st, f->a, &oc, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(oc[0].c.task_id, c.task_id);
	assert_int_equal(oc[0].unit_id, q9);
	assert_int_equal(oc[0].session_day, s.day);
	assert_string_equal(oc[0].c.text, "Công khai quy hoạch khu phố 3");
	/* q1 was answered; q2 is late only once its deadline has passed. */
	struct rc_late_lines *ll;
	assert_int_equal(reception_late_lines(f->st, due, f->a, &ll, &n), STORE_OK);
	assert_int_equal(n, 0);
	assert_int_equal(reception_late_lines(f->st, due + 1, f->a, &ll, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(ll[0].session_id, s.id);
	assert_int_equal(ll[0].unit_id, q9);
	assert_int_equal(ll[0].n, 1);
	cs[0].done = true;
	assert_int_equal(reception_store.commitment_update(f->st, &cs[0]), STORE_OK);
	struct rc_commitment one;
	assert_int_equal(reception_store.commitment_get(f->st, c.id, f->a, &one), STORE_OK);
	assert_true(one.done);

	/* Gaps: one session in the running window. */
	struct rc_gap *g;
	assert_int_equal(reception_gaps(f->st, f->a, q9, true, today - 90, today + 40, &g, &n), STORE_OK);
	assert_true(n >= 2);
	struct rc_session *ss;
	assert_int_equal(reception_session_list(f->st, today, today + 10, q9, f->a, &ss, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(reception_session_list(f->st, today, today + 10, dept, f->a, &ss, &n), STORE_OK);
	assert_int_equal(n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(sessions_register_commitments),
	};
	return store_harness_run("reception store", tests, sizeof tests / sizeof tests[0]);
}
