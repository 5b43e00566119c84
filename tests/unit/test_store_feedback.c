/*
 * test_store_feedback.c: the feedback store's conformance suite and the
 * service's writes over it, the same tests on SQLite and on PostgreSQL
 * (store_harness.h): round trips, the filters, routing at submission,
 * the handling states with their audit entries, the citizen's code, keys.
 */
#include "store_harness.h"

#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "audit/audit.h"
#include "audit/audit_service.h"
#include "audit/audit_store.h"
#include "feedback/feedback_service.h"
#include "feedback/feedback_store.h"
#include "org/org.h"
#include "org/org_store.h"
#include "reminder/reminder.h"

static int64_t a_unit(struct store_fixture *f, const char *kind, const char *code)
{
	struct org_unit u = { .kind = kind, .code = code, .name = code };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	return u.id;
}

static struct feedback a_report(int64_t ward, const char *category)
{
	return (struct feedback){
		.category = category, .ward_id = ward, .channel = FB_CH_WEB,
		.address = "Hẻm 12 Lê Văn Việt", .description = "Nước ngập sâu sau mỗi trận mưa.",
		.contact_name = "Nguyễn Văn An", .contact_phone = "0903 000 111",
	};
}

/* 2026-12-04 12:00 in Ho Chi Minh City, a Friday. */
static const int64_t FRIDAY = 1796360400;

static void store_round_trip(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "ward", "W1");
	struct feedback r = a_report(w, "flooding");
	r.code = "ABCDEFGHJK";
	r.has_point = true;
	r.lat = 10.84;
	r.lon = 106.77;
	r.received_at = FRIDAY;
	r.received_day = feedback_day_of(FRIDAY);
	r.due_days = 5;
	r.due_day = r.received_day + 7;
	r.updated_at = FRIDAY;
	r.client_hash = "abc";
	assert_int_equal(feedback_store.insert(f->st, &r), STORE_OK);
	assert_true(r.id > 0);
	struct feedback got;
	assert_int_equal(feedback_store.get(f->st, r.id, f->a, &got), STORE_OK);
	assert_string_equal(got.code, "ABCDEFGHJK");
	assert_string_equal(got.address, "Hẻm 12 Lê Văn Việt");
	assert_string_equal(got.contact_phone, "0903 000 111");
	assert_null(got.contact_email);
	assert_true(got.has_point);
	assert_true(got.lat == 10.84 && got.lon == 106.77);
	assert_int_equal(got.state, FB_RECEIVED);
	assert_int_equal(got.moderation, FB_MOD_PENDING);
	assert_int_equal(got.unit_id, 0);
	assert_int_equal(got.committed_day, 0);
	assert_int_equal(got.due_day, r.due_day);
	assert_int_equal(feedback_store.get_by_code(f->st, "ABCDEFGHJK", f->a, &got), STORE_OK);
	assert_int_equal(got.id, r.id);
	assert_int_equal(feedback_store.get_by_code(f->st, "ZZZZZZZZZZ", f->a, &got), STORE_NOT_FOUND);
	struct feedback dup = r;
	assert_int_equal(feedback_store.insert(f->st, &dup), STORE_CONFLICT);

	got.state = FB_ANSWERED;
	got.answer = "Đã nạo vét cống.";
	got.answered_at = FRIDAY + 3600;
	got.answered_day = got.received_day;
	got.committed_day = got.received_day + 2;
	got.moderation = FB_MOD_PUBLISHED;
	got.unit_id = w;
	assert_int_equal(feedback_store.update(f->st, &got), STORE_OK);
	struct feedback again;
	assert_int_equal(feedback_store.get(f->st, r.id, f->a, &again), STORE_OK);
	assert_int_equal(again.state, FB_ANSWERED);
	assert_string_equal(again.answer, "Đã nạo vét cống.");
	assert_int_equal(again.committed_day, got.committed_day);
	assert_int_equal(again.moderation, FB_MOD_PUBLISHED);
	assert_int_equal(again.unit_id, w);
	got.id = 999999;
	assert_int_equal(feedback_store.update(f->st, &got), STORE_NOT_FOUND);

	int64_t n = -1;
	assert_int_equal(feedback_store.count_from(f->st, "abc", FRIDAY - 10, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(feedback_store.count_from(f->st, "abc", FRIDAY + 10, &n), STORE_OK);
	assert_int_equal(n, 0);

	struct feedback_event e = { .feedback_id = r.id, .at = FRIDAY, .kind = "received",
	                            .actor = "citizen", .is_public = true };
	assert_int_equal(feedback_store.event_insert(f->st, &e), STORE_OK);
	struct feedback_event note = { .feedback_id = r.id, .at = FRIDAY + 1, .kind = "note",
	                               .actor = "x", .text = "nội bộ", .is_public = false };
	assert_int_equal(feedback_store.event_insert(f->st, &note), STORE_OK);
	struct feedback_event *ev;
	size_t nev;
	assert_int_equal(feedback_store.event_list(f->st, r.id, true, f->a, &ev, &nev), STORE_OK);
	assert_int_equal(nev, 1);
	assert_int_equal(feedback_store.event_list(f->st, r.id, false, f->a, &ev, &nev), STORE_OK);
	assert_int_equal(nev, 2);
	assert_string_equal(ev[1].text, "nội bộ");
	assert_false(ev[1].is_public);

	const unsigned char bytes[] = { 0xff, 0xd8, 0x00, 0x01, 0x7f };
	struct feedback_photo p = { .feedback_id = r.id, .mime = "image/jpeg", .data = bytes,
	                            .len = sizeof bytes };
	assert_int_equal(feedback_store.photo_insert(f->st, &p, FRIDAY), STORE_OK);
	struct feedback_photo pg;
	assert_int_equal(feedback_store.photo_get(f->st, p.id, f->a, &pg), STORE_OK);
	assert_int_equal(pg.len, sizeof bytes);
	assert_memory_equal(pg.data, bytes, sizeof bytes);
	int64_t *ids;
	size_t nids;
	assert_int_equal(feedback_store.photo_ids(f->st, r.id, f->a, &ids, &nids), STORE_OK);
	assert_int_equal(nids, 1);
	assert_int_equal(ids[0], p.id);
}

static void lists_and_filters(void **state)
{
	struct store_fixture *f = *state;
	int64_t w1 = a_unit(f, "ward", "W1"), w2 = a_unit(f, "ward", "W2");
	const char *cats[] = { "flooding", "waste", "noise" };
	for (int i = 0; i < 6; i++) {
		struct feedback r = a_report(i % 2 ? w2 : w1, cats[i % 3]);
		r.code = (const char *[]){ "C000000000", "C000000001", "C000000002", "C000000003",
		                           "C000000004", "C000000005" }[i];
		r.received_at = FRIDAY + i * 100;
		r.received_day = feedback_day_of(r.received_at);
		r.due_day = r.received_day + 7;
		r.due_days = 5;
		r.state = i < 4 ? FB_ASSIGNED : FB_CLOSED;
		r.moderation = i == 1 ? FB_MOD_PUBLISHED : FB_MOD_PENDING;
		assert_int_equal(feedback_store.insert(f->st, &r), STORE_OK);
	}
	struct feedback *out;
	size_t n;
	struct feedback_filter all = { .state = -1, .moderation = -1 };
	assert_int_equal(feedback_store.list(f->st, &all, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 6);
	assert_string_equal(out[0].code, "C000000005");   /* newest first */
	struct feedback_filter ward = all;
	ward.ward_id = w2;
	assert_int_equal(feedback_store.list(f->st, &ward, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
	struct feedback_filter cat = all;
	cat.category = "waste";
	assert_int_equal(feedback_store.list(f->st, &cat, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	struct feedback_filter open = all;
	open.status = FB_OPEN;
	assert_int_equal(feedback_store.list(f->st, &open, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 4);
	open.status = FB_NOT_OPEN;
	assert_int_equal(feedback_store.list(f->st, &open, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	struct feedback_filter pub = all;
	pub.moderation = FB_MOD_PUBLISHED;
	assert_int_equal(feedback_store.list(f->st, &pub, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_string_equal(out[0].code, "C000000001");
	struct feedback_filter when = all;
	when.from = FRIDAY + 150;
	when.to = FRIDAY + 350;
	assert_int_equal(feedback_store.list(f->st, &when, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	struct feedback_filter page = all;
	page.limit = 2;
	page.offset = 2;
	assert_int_equal(feedback_store.list(f->st, &page, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(out[0].code, "C000000003");
	struct feedback_filter st = all;
	st.state = FB_CLOSED;
	assert_int_equal(feedback_store.list(f->st, &st, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	struct feedback_category *c;
	size_t nc;
	assert_int_equal(feedback_store.category_list(f->st, f->a, &c, &nc), STORE_OK);
	assert_true(nc >= 8);
	assert_string_equal(c[0].code, "flooding");
	assert_int_equal(c[0].due_days, 5);
}

static void rules_and_keys(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "ward", "W1"), dept = a_unit(f, "department", "QLDT");
	struct feedback_rule r1 = { .category = "flooding", .unit_id = dept };
	struct feedback_rule r2 = { .ward_id = w, .unit_id = w };
	assert_int_equal(feedback_store.rule_insert(f->st, &r1), STORE_OK);
	assert_int_equal(feedback_store.rule_insert(f->st, &r2), STORE_OK);
	struct feedback_rule *rules;
	size_t n;
	assert_int_equal(feedback_store.rule_list(f->st, f->a, &rules, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(rules[0].category, "flooding");
	assert_int_equal(rules[0].ward_id, 0);
	assert_null(rules[1].category);
	assert_int_equal(fb_route(rules, n, "flooding", w), dept);
	assert_int_equal(fb_route(rules, n, "noise", w), w);
	assert_int_equal(feedback_store.rule_delete(f->st, r1.id), STORE_OK);
	assert_int_equal(feedback_store.rule_delete(f->st, r1.id), STORE_NOT_FOUND);

	unsigned char h[OPEN311_KEY_HASH_LEN] = { 1, 2, 3 }, other[OPEN311_KEY_HASH_LEN] = { 9 };
	struct open311_key k = { .name = "Ứng dụng 1022", .created_at = FRIDAY, .created_by = "quantri" };
	assert_int_equal(feedback_store.key_insert(f->st, &k, h), STORE_OK);
	struct open311_key got;
	assert_int_equal(feedback_store.key_by_hash(f->st, h, f->a, &got), STORE_OK);
	assert_string_equal(got.name, "Ứng dụng 1022");
	assert_int_equal(feedback_store.key_by_hash(f->st, other, f->a, &got), STORE_NOT_FOUND);
	assert_int_equal(feedback_store.key_revoke(f->st, k.id, FRIDAY + 5), STORE_OK);
	assert_int_equal(feedback_store.key_revoke(f->st, k.id, FRIDAY + 6), STORE_NOT_FOUND);
	assert_int_equal(feedback_store.key_by_hash(f->st, h, f->a, &got), STORE_NOT_FOUND);
	assert_int_equal(feedback_store.key_get(f->st, k.id, f->a, &got), STORE_OK);
	assert_int_equal(got.revoked_at, FRIDAY + 5);
}

/* The newest audit entry's action for ENTITY ID, or "". */
static const char *last_audit(struct store_fixture *f, int64_t id)
{
	struct audit_entry *e;
	size_t n;
	struct audit_filter af = { .entity = "feedback", .entity_id = id, .newest_first = true };
	if (audit_read(f->st, &af, f->a, &e, &n) != STORE_OK || n == 0)
		return "";
	return e[0].action;
}

static void service_flow(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "ward", "W1"), dept = a_unit(f, "department", "QLDT");
	struct org_error err = { 0 };
	struct feedback_rule rule = { .category = "flooding", .unit_id = dept };
	assert_int_equal(feedback_rule_add(f->st, f->a, &principal_system, &rule, &err), ORG_OK);
	/* The public may not add rules. */
	struct feedback_rule bad = { .unit_id = w };
	assert_int_equal(feedback_rule_add(f->st, f->a, &principal_anonymous, &bad, &err),
	                 ORG_FORBIDDEN);

	struct fb_submit in = { .f = a_report(w, "flooding"), .client_address = "203.0.113.9",
	                        .now = FRIDAY };
	struct feedback r;
	assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &in, &r, &err), ORG_OK);
	assert_int_equal(r.state, FB_ASSIGNED);
	assert_int_equal(r.unit_id, dept);
	assert_int_equal(strlen(r.code), FB_CODE_LEN);
	cal_day due;
	assert_true(cal_from_ymd(2026, 12, 11, &due));
	assert_int_equal(r.due_day, due);
	assert_string_equal(last_audit(f, r.id), "create");
	/* The audit trail keeps no contact details. */
	struct audit_entry *e;
	size_t n;
	struct audit_filter af = { .entity = "feedback", .entity_id = r.id, .newest_first = true };
	assert_int_equal(audit_read(f->st, &af, f->a, &e, &n), STORE_OK);
	assert_null(strstr(e[0].after ? e[0].after : "", "0903"));
	assert_null(strstr(e[0].after ? e[0].after : "", "Nguyễn Văn An"));

	/* The public cannot enter a phone report. */
	struct fb_submit phone = in;
	phone.f.channel = FB_CH_PHONE;
	assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &phone, &r, &err),
	                 ORG_FORBIDDEN);
	/* An unknown category, a non-ward: refused with the field. */
	struct fb_submit wrong = in;
	wrong.f.category = "weather";
	assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &wrong, &r, &err),
	                 ORG_INVALID);
	assert_string_equal(err.field, "category");
	wrong = in;
	wrong.f.ward_id = dept;
	assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &wrong, &r, &err),
	                 ORG_INVALID);
	assert_string_equal(err.field, "ward_id");
	assert_false(feedback_rate_exceeded(f->st, "203.0.113.9", FRIDAY + 60));

	struct feedback cur;
	struct fb_act ans = { .action = FB_ACT_ANSWER, .text = "Đã nạo vét.", .now = FRIDAY + 60 };
	assert_int_equal(feedback_act(f->st, f->a, &principal_anonymous, r.id, &ans, &cur, &err),
	                 ORG_FORBIDDEN);
	struct fb_act close = { .action = FB_ACT_CLOSE, .now = FRIDAY + 60 };
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, r.id, &close, &cur, &err),
	                 ORG_CONFLICT);
	struct fb_act prog = { .action = FB_ACT_PROGRESS, .text = "Đang khảo sát.",
	                       .committed_day = due + 5, .now = FRIDAY + 60 };
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, r.id, &prog, &cur, &err), ORG_OK);
	assert_int_equal(cur.state, FB_IN_PROGRESS);
	assert_int_equal(cur.committed_day, due + 5);
	struct fb_act past = prog;
	past.committed_day = r.received_day - 1;
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, r.id, &past, &cur, &err),
	                 ORG_INVALID);
	assert_string_equal(err.field, "committed_day");
	struct fb_act empty = { .action = FB_ACT_ANSWER, .text = "  ", .now = FRIDAY + 60 };
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, r.id, &empty, &cur, &err),
	                 ORG_INVALID);
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, r.id, &ans, &cur, &err), ORG_OK);
	assert_int_equal(cur.state, FB_ANSWERED);
	assert_true(fb_answered_on_time(&cur));
	assert_string_equal(last_audit(f, r.id), "answered");

	/* The citizen, by code: add information, then re-open. */
	assert_int_equal(feedback_citizen_info(f->st, f->a, "WRONGCODE1", "x", FRIDAY + 90, &cur, &err),
	                 ORG_NOT_FOUND);
	char lower[FB_CODE_LEN + 1];
	for (int i = 0; i <= FB_CODE_LEN; i++)
		lower[i] = (char)(r.code[i] >= 'A' && r.code[i] <= 'Z' ? r.code[i] + 32 : r.code[i]);
	assert_int_equal(feedback_citizen_info(f->st, f->a, lower, "Ảnh thêm ở hẻm bên.",
	                                       FRIDAY + 90, &cur, &err), ORG_OK);
	/* Too late to re-open (a year on). */
	assert_int_equal(feedback_citizen_reopen(f->st, f->a, r.code, "Vẫn ngập.",
	                                         FRIDAY + 365 * 86400, &cur, &err), ORG_CONFLICT);
	assert_int_equal(feedback_citizen_reopen(f->st, f->a, r.code, "Vẫn ngập.", FRIDAY + 3 * 86400,
	                                         &cur, &err), ORG_OK);
	assert_int_equal(cur.state, FB_REOPENED);
	assert_int_equal(cur.reopen_count, 1);
	assert_true(cur.due_day > due);
	struct feedback_event *ev;
	size_t nev;
	assert_int_equal(feedback_events(f->st, r.id, true, f->a, &ev, &nev), STORE_OK);
	for (size_t i = 0; i < nev; i++)
		assert_string_not_equal(ev[i].kind, "info");   /* unmoderated words stay off the public page */

	/* A second report, a duplicate of the first; then rejected ones stay ends. */
	struct feedback r2;
	assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &in, &r2, &err), ORG_OK);
	struct fb_act dup = { .action = FB_ACT_DUPLICATE, .duplicate_of = r2.id, .now = FRIDAY };
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, r2.id, &dup, &cur, &err),
	                 ORG_INVALID);
	dup.duplicate_of = r.id;
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, r2.id, &dup, &cur, &err), ORG_OK);
	assert_int_equal(cur.state, FB_DUPLICATE);
	assert_int_equal(cur.duplicate_of, r.id);
	struct fb_act rej = { .action = FB_ACT_REJECT, .text = "Trùng", .now = FRIDAY };
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, r2.id, &rej, &cur, &err),
	                 ORG_CONFLICT);

	/* Moderation publishes. */
	assert_int_equal(feedback_moderate(f->st, f->a, &principal_anonymous, r.id, true, FRIDAY, &cur),
	                 ORG_FORBIDDEN);
	assert_int_equal(feedback_moderate(f->st, f->a, &principal_system, r.id, true, FRIDAY, &cur),
	                 ORG_OK);
	assert_true(feedback_is_public(&cur));

	/* Keys: issued, checked, revoked. */
	struct open311_key k;
	const char *plain = NULL;
	assert_int_equal(feedback_key_add(f->st, f->a, &principal_anonymous, "app", 0, &k, &plain, &err),
	                 ORG_FORBIDDEN);
	assert_int_equal(feedback_key_add(f->st, f->a, &principal_system, "app", 0, &k, &plain, &err),
	                 ORG_OK);
	assert_non_null(plain);
	struct open311_key seen;
	assert_true(feedback_key_check(f->st, f->a, plain, &seen));
	assert_int_equal(seen.id, k.id);
	assert_false(feedback_key_check(f->st, f->a, "nope", &seen));
	assert_int_equal(feedback_key_revoke(f->st, f->a, &principal_system, k.id), ORG_OK);
	assert_false(feedback_key_check(f->st, f->a, plain, &seen));

	/* A key of 2 reports an hour: the third waits until the first is an hour old. */
	struct open311_key k2;
	assert_int_equal(feedback_key_add(f->st, f->a, &principal_system, "app", -1, &k2, &plain,
	                                  &err), ORG_INVALID);
	assert_int_equal(feedback_key_add(f->st, f->a, &principal_system, "app2", 2, &k2, &plain,
	                                  &err), ORG_OK);
	assert_true(feedback_key_check(f->st, f->a, plain, &seen));
	assert_int_equal(seen.per_hour, 2);
	for (int i = 0; i < 2; i++) {
		assert_int_equal(feedback_key_wait(f->st, &seen, FRIDAY + 100 + i), 0);
		struct fb_submit o = { .f = a_report(w, "waste"), .now = FRIDAY + 100 + i };
		o.f.channel = FB_CH_OPEN311;
		o.f.open311_key_id = k2.id;
		assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &o, &r2, &err), ORG_OK);
	}
	assert_int_equal(feedback_key_wait(f->st, &seen, FRIDAY + 200), 3500);
	assert_int_equal(feedback_key_wait(f->st, &seen, FRIDAY + 100 + 3599), 1);
	assert_int_equal(feedback_key_wait(f->st, &seen, FRIDAY + 100 + 3600), 0);

	/* The map's landmarks: published reports with a point only; every change moves the revision. */
	int64_t rev0 = 0, rev1 = 0;
	assert_int_equal(feedback_revision(f->st, &rev0), STORE_OK);
	struct fb_ward_point *pts;
	size_t npts;
	assert_int_equal(feedback_ward_points(f->st, f->a, &pts, &npts), STORE_OK);
	assert_int_equal(npts, 0);
	struct fb_submit at = { .f = a_report(w, "roads"), .now = FRIDAY + 300 };
	at.f.has_point = true;
	at.f.lat = 10.8412;
	at.f.lon = 106.7701;
	struct feedback pr, pcur;
	assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &at, &pr, &err), ORG_OK);
	assert_int_equal(feedback_revision(f->st, &rev1), STORE_OK);
	assert_true(rev1 > rev0);
	assert_int_equal(feedback_ward_points(f->st, f->a, &pts, &npts), STORE_OK);
	assert_int_equal(npts, 0);   /* not yet published */
	assert_int_equal(feedback_moderate(f->st, f->a, &principal_system, pr.id, true, FRIDAY + 400,
	                                   &pcur), ORG_OK);
	assert_int_equal(feedback_revision(f->st, &rev0), STORE_OK);
	assert_true(rev0 > rev1);
	assert_int_equal(feedback_ward_points(f->st, f->a, &pts, &npts), STORE_OK);
	assert_int_equal(npts, 1);
	assert_int_equal(pts[0].ward_id, w);
	assert_int_equal(pts[0].n, 1);
	assert_true(fabs(pts[0].lat - 10.8412) < 1e-9 && fabs(pts[0].east - 106.7701) < 1e-9);
}

extern const struct reminder_source feedback_reminder_source;

/* Open reports within the horizon go to the digests, addressed to their unit's handlers. */
static void reminder_items(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "ward", "W1");
	struct org_error err = { 0 };
	struct feedback_rule rule = { .ward_id = w, .unit_id = w };
	assert_int_equal(feedback_rule_add(f->st, f->a, &principal_system, &rule, &err), ORG_OK);
	struct fb_submit in = { .f = a_report(w, "waste"), .now = FRIDAY };
	struct feedback open, answered;
	assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &in, &open, &err), ORG_OK);
	assert_int_equal(feedback_submit(f->st, f->a, &principal_anonymous, &in, &answered, &err), ORG_OK);
	struct fb_act ans = { .action = FB_ACT_ANSWER, .text = "Xong.", .now = FRIDAY + 60 };
	struct feedback cur;
	assert_int_equal(feedback_act(f->st, f->a, &principal_system, answered.id, &ans, &cur, &err), ORG_OK);
	struct reminder_list l = { .a = f->a };
	struct reminder_query q = { .today = open.received_day, .horizon = open.due_day };
	assert_int_equal(feedback_reminder_source.collect(f->st, f->a, &q, &l), STORE_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].due, open.due_day);
	assert_int_equal(l.v[0].unit_id, w);
	assert_ptr_equal(l.v[0].perm, PERM_HANDLE_FEEDBACK);
	assert_non_null(strstr(l.v[0].path, "/handle"));
	/* Not yet within a shorter horizon. */
	struct reminder_list none = { .a = f->a };
	q.horizon = open.due_day - 1;
	assert_int_equal(feedback_reminder_source.collect(f->st, f->a, &q, &none), STORE_OK);
	assert_int_equal(none.n, 0);
}

/*
 * The group commit: reports queued while the writers' lock is held by
 * someone else all wait, then land in one or two batches, each in its
 * savepoint — the refused ones refused with their own message, the others
 * stored with distinct codes, one audit entry each in a whole chain; the
 * hourly limit per address counts the reports of the same batch.
 */
enum { GC_JOBS = 30, GC_LIMIT = 3 };

struct gc_wait {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	int left;
};

static void gc_done(void *ctx)
{
	struct gc_wait *w = ctx;
	pthread_mutex_lock(&w->lock);
	w->left--;
	pthread_cond_signal(&w->cond);
	pthread_mutex_unlock(&w->lock);
}

static void group_commit(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "ward", "W1"), dept = a_unit(f, "department", "QLDT");
	struct org_error err = { 0 };
	struct feedback_rule rule = { .category = "flooding", .unit_id = dept };
	assert_int_equal(feedback_rule_add(f->st, f->a, &principal_system, &rule, &err), ORG_OK);
	struct audit_report rep0;
	assert_int_equal(audit_verify(f->st, NULL, &rep0), STORE_OK);
	uint64_t batches0, reports0, batches1, reports1;
	feedback_submit_stats(&batches0, &reports0);

	static struct arena arenas[GC_JOBS];
	static struct fb_submit in[GC_JOBS];
	static struct fb_ticket t[GC_JOBS];
	struct gc_wait wait = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, GC_JOBS };
	assert_int_equal(setenv("DIEUHANH_FEEDBACK_PER_HOUR", "3", 1), 0);
	/* Hold the writers' lock: every report queues behind it. */
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	if (f->pg_url)
		assert_int_equal(f->st->ops->exec_script(f->st, "LOCK TABLE feedback IN EXCLUSIVE MODE"),
		                 STORE_OK);
	for (int i = 0; i < GC_JOBS; i++) {
		memset(&arenas[i], 0, sizeof arenas[i]);
		in[i] = (struct fb_submit){ .f = a_report(w, "flooding"), .now = FRIDAY,
		                            .limit_rate = true,
		                            .client_address = arena_printf(&arenas[i], "192.0.2.%d", i) };
		if (i == 5 || i == 17)
			in[i].f.category = "weather";             /* refused in its savepoint */
		if (i == 11)
			in[i].f.ward_id = dept;                   /* refused in its savepoint */
		if (i == 23)
			in[i].f.description = "ngắn";             /* refused before queueing */
		if (i >= 25)
			in[i].client_address = "198.51.100.7";    /* 5 from one address: 3 land */
		t[i] = (struct fb_ticket){ .done = gc_done, .ctx = &wait };
		feedback_submit_queued(f->st, &arenas[i], &principal_anonymous, &in[i], &t[i]);
	}
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	pthread_mutex_lock(&wait.lock);
	while (wait.left > 0)
		pthread_cond_wait(&wait.cond, &wait.lock);
	pthread_mutex_unlock(&wait.lock);
	unsetenv("DIEUHANH_FEEDBACK_PER_HOUR");

	int ok = 0, limited = 0;
	for (int i = 0; i < GC_JOBS; i++) {
		if (i == 5 || i == 17) {
			assert_int_equal(t[i].result, ORG_INVALID);
			assert_string_equal(t[i].err.field, "category");
			assert_string_equal(t[i].err.detail, "Choose what the report is about.");
		} else if (i == 11) {
			assert_int_equal(t[i].result, ORG_INVALID);
			assert_string_equal(t[i].err.field, "ward_id");
		} else if (i == 23) {
			assert_int_equal(t[i].result, ORG_INVALID);
			assert_string_equal(t[i].err.field, "description");
		} else if (in[i].rate_exceeded) {
			assert_int_equal(t[i].result, ORG_CONFLICT);
			limited++;
		} else {
			assert_int_equal(t[i].result, ORG_OK);
			assert_int_equal(t[i].out.state, FB_ASSIGNED);
			assert_int_equal(t[i].out.unit_id, dept);
			assert_string_equal(last_audit(f, t[i].out.id), "create");
			struct feedback got;
			assert_int_equal(feedback_get_by_code(f->st, t[i].out.code, f->a, &got), STORE_OK);
			assert_int_equal(got.id, t[i].out.id);
			for (int k = 0; k < i; k++)
				if (t[k].result == ORG_OK)
					assert_string_not_equal(t[k].out.code, t[i].out.code);
			ok++;
		}
	}
	/* Of the 5 from one address, the limit of 3 lets 3 through, whatever the batching. */
	assert_int_equal(limited, 2);
	assert_int_equal(ok, GC_JOBS - 4 - 2);
	feedback_submit_stats(&batches1, &reports1);
	assert_int_equal(reports1 - reports0, GC_JOBS - 1);
	/* Whatever the writer had taken before the lock was let go, the rest went in one batch. */
	assert_true(batches1 - batches0 <= 2);
	struct audit_report rep;
	assert_int_equal(audit_verify(f->st, NULL, &rep), STORE_OK);
	assert_false(rep.broken);
	assert_int_equal(rep.checked - rep0.checked, ok);
	for (int i = 0; i < GC_JOBS; i++)
		arena_free(&arenas[i]);
}

/* An Open311 key of 2 reports an hour, 4 reports queued together: 2 land, 2 are told to wait. */
static void group_commit_key_limit(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "ward", "W1");
	struct org_error err = { 0 };
	struct open311_key key;
	const char *plain;
	assert_int_equal(feedback_key_add(f->st, f->a, &principal_system, "app", 2, &key, &plain,
	                                  &err), ORG_OK);
	enum { N = 4 };
	struct arena arenas[N];
	struct fb_submit in[N];
	struct fb_ticket t[N];
	struct gc_wait wait = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, N };
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	if (f->pg_url)
		assert_int_equal(f->st->ops->exec_script(f->st, "LOCK TABLE feedback IN EXCLUSIVE MODE"),
		                 STORE_OK);
	for (int i = 0; i < N; i++) {
		memset(&arenas[i], 0, sizeof arenas[i]);
		in[i] = (struct fb_submit){ .f = a_report(w, "waste"), .now = FRIDAY, .key_limit = &key };
		in[i].f.channel = FB_CH_OPEN311;
		in[i].f.open311_key_id = key.id;
		t[i] = (struct fb_ticket){ .done = gc_done, .ctx = &wait };
		feedback_submit_queued(f->st, &arenas[i], &principal_anonymous, &in[i], &t[i]);
	}
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	pthread_mutex_lock(&wait.lock);
	while (wait.left > 0)
		pthread_cond_wait(&wait.cond, &wait.lock);
	pthread_mutex_unlock(&wait.lock);
	int ok = 0, told = 0;
	for (int i = 0; i < N; i++) {
		if (t[i].result == ORG_OK) {
			ok++;
		} else {
			assert_int_equal(t[i].result, ORG_CONFLICT);
			assert_true(in[i].key_wait > 0 && in[i].key_wait <= 3600);
			told++;
		}
		arena_free(&arenas[i]);
	}
	assert_int_equal(ok, 2);
	assert_int_equal(told, 2);
}

/*
 * The counts by responsible unit the home, the board and the queue show
 * (FB_UNIT_COUNTS), as fb_metric_add and fb_is_late count one report at
 * a time, and the open reports in deadline order (FB_OPEN_BY_DEADLINE).
 */
static void counts_and_urgent_order(void **state)
{
	struct store_fixture *f = *state;
	int64_t unit = a_unit(f, "department", "U1");
	int64_t w1 = a_unit(f, "ward", "W1"), w2 = a_unit(f, "ward", "W2");
	cal_day d = feedback_day_of(FRIDAY);
	struct {
		const char *code;
		int64_t ward, unit;
		enum fb_state state;
		enum fb_moderation mod;
		cal_day due, committed, answered;
		int64_t received_at;
	} rows[] = {
		/* Not routed, due in a week, not moderated yet. */
		{ "K000000001", w1, 0, FB_RECEIVED, FB_MOD_PENDING, d + 7, 0, 0, FRIDAY },
		/* Past its due day, but a later day was committed to: due soon, not late. */
		{ "K000000002", w1, 0, FB_IN_PROGRESS, FB_MOD_PUBLISHED, d - 1, d + 3, 0, FRIDAY },
		/* Past its due day: late. */
		{ "K000000003", w2, 0, FB_ASSIGNED, FB_MOD_PUBLISHED, d - 2, 0, 0, FRIDAY },
		/* Answered by its due day, this year. */
		{ "K000000004", w2, 0, FB_ANSWERED, FB_MOD_PUBLISHED, d + 1, 0, d, FRIDAY },
		/* Rejected (owed no answer), and answered late long ago: neither counted. */
		{ "K000000005", w2, 0, FB_REJECTED, FB_MOD_HIDDEN, d + 5, 0, 0, FRIDAY },
		{ "K000000006", w1, 0, FB_CLOSED, FB_MOD_PUBLISHED, d - 400, 0, d - 300,
		  FRIDAY - 400 * 86400 },
	};
	rows[1].unit = rows[2].unit = rows[3].unit = rows[5].unit = unit;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct feedback r = a_report(rows[i].ward, "flooding");
		r.code = rows[i].code;
		r.unit_id = rows[i].unit;
		r.state = rows[i].state;
		r.moderation = rows[i].mod;
		r.received_at = rows[i].received_at;
		r.received_day = feedback_day_of(r.received_at);
		r.due_days = 5;
		r.due_day = rows[i].due;
		r.committed_day = rows[i].committed;
		r.answered_day = rows[i].answered;
		r.answered_at = rows[i].answered ? r.received_at + 3600 : 0;
		r.updated_at = r.received_at;
		assert_int_equal(feedback_store.insert(f->st, &r), STORE_OK);
	}
	struct fb_unit_counts *c;
	size_t n;
	assert_int_equal(feedback_store.unit_counts(f->st, d, d + 3, FRIDAY - 86400, f->a, &c, &n),
	                 STORE_OK);
	/* Not routed (by ward) first, then the unit. */
	assert_int_equal(n, 2);
	assert_int_equal(c[0].unit_id, 0);
	assert_int_equal(c[0].ward_id, w1);
	assert_int_equal(c[0].open, 1);
	assert_int_equal(c[0].late, 0);
	assert_int_equal(c[0].due_soon, 0);
	assert_int_equal(c[0].pending, 1);
	assert_int_equal(c[0].answered, 0);
	assert_int_equal(c[1].unit_id, unit);
	assert_int_equal(c[1].ward_id, 0);
	assert_int_equal(c[1].open, 2);
	assert_int_equal(c[1].late, 1);
	assert_int_equal(c[1].due_soon, 1);
	assert_int_equal(c[1].pending, 0);
	assert_int_equal(c[1].answered, 1);
	assert_int_equal(c[1].on_time, 1);
	/* The same one report at a time agrees on late. */
	struct feedback one;
	assert_int_equal(feedback_store.get_by_code(f->st, "K000000002", f->a, &one), STORE_OK);
	assert_false(fb_is_late(&one, d));
	assert_int_equal(fb_deadline(&one), d + 3);
	/* Most urgent first: the late one, the one due in three days, the one in a week. */
	struct feedback *open;
	assert_int_equal(feedback_store.open_by_deadline(f->st, 10, 0, f->a, &open, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_string_equal(open[0].code, "K000000003");
	assert_string_equal(open[1].code, "K000000002");
	assert_string_equal(open[2].code, "K000000001");
	assert_int_equal(feedback_store.open_by_deadline(f->st, 1, 1, f->a, &open, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_string_equal(open[0].code, "K000000002");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(store_round_trip),
		STORE_TEST(lists_and_filters),
		STORE_TEST(rules_and_keys),
		STORE_TEST(service_flow),
		STORE_TEST(reminder_items),
		STORE_TEST(group_commit),
		STORE_TEST(group_commit_key_limit),
		STORE_TEST(counts_and_urgent_order),
	};
	return store_harness_run("feedback store", tests, sizeof tests / sizeof tests[0]);
}
