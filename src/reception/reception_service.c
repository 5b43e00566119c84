/*
 * reception_service.c: see reception_service.h.
 */
#include "reception/reception_service.h"

#include "task/task_service.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "feedback/feedback_service.h"
#include "org/org_store.h"
#include "text/vntext.h"
#include "util/arena.h"

/* NFC copy in the arena, "" as NULL; false when not UTF-8. */
static bool clean(const char **s, struct arena *a)
{
	if (*s == NULL)
		return true;
	if ((*s)[0] == '\0') {
		*s = NULL;
		return true;
	}
	char *n = vn_nfc(*s);
	if (n == NULL)
		return false;
	*s = arena_strdup(a, n);
	free(n);
	return true;
}

bool reception_may_manage(struct store *st, struct arena *a, const struct principal *who,
                          int64_t unit)
{
	return who->authenticated && org_allows(st, a, who, PERM_MANAGE_RECEPTION, unit);
}

bool reception_may_manage_somewhere(const struct principal *who)
{
	return who->authenticated && (who->system || policy_allows_somewhere(who, PERM_MANAGE_RECEPTION));
}

static json_t *session_json(const struct rc_session *s)
{
	return json_pack("{s:I, s:s, s:s, s:i, s:s, s:s, s:s?, s:s?, s:b, s:s?}", "unit_id",
	                 (json_int_t)s->unit_id, "kind", rc_kind_name(s->kind), "status",
	                 rc_status_name(s->status), "day", (int)s->day, "leader", s->leader,
	                 "place", s->place, "online_link", s->online_link, "agenda", s->agenda,
	                 "has_minutes", s->minutes != NULL, "summary", s->summary);
}

enum org_result reception_session_add_in(struct store *st, struct arena *a,
                                         const struct principal *who, struct rc_session *s,
                                         int64_t now, struct org_error *err)
{
	const char *field, *detail;
	if (!clean(&s->leader, a) || !clean(&s->place, a) || !clean(&s->online_link, a)
	    || !clean(&s->agenda, a) || !clean(&s->minutes, a) || !clean(&s->summary, a))
		return org_invalid(err, "agenda", "The text is not valid UTF-8.");
	if (!rc_session_check(s, &field, &detail))
		return org_invalid(err, field, detail);
	struct org_unit u;
	enum store_status rc = org_store.unit_get(st, s->unit_id, a, &u);
	if (rc == STORE_NOT_FOUND
	    || (rc == STORE_OK && strcmp(u.kind, "district") != 0 && strcmp(u.kind, "ward") != 0))
		return org_invalid(err, "unit_id", "Choose the district or ward whose leader receives.");
	if (rc != STORE_OK)
		return org_from_store(rc);
	if (!reception_may_manage(st, a, who, s->unit_id))
		return ORG_FORBIDDEN;
	s->updated_at = now;
	if ((rc = reception_store.session_insert(st, s)) != STORE_OK)
		return org_from_store(rc);
	json_t *after = session_json(s);
	enum org_result r = org_from_store(audit_record(st, &who->actor, "create",
	                                                "reception_session", s->id, NULL, after));
	json_decref(after);
	return r;
}

struct job {
	struct arena *a;
	const struct principal *who;
	void *rec;
	int64_t id;
	int status;
	const char *t1, *t2;
	int64_t now;
	struct org_error *err;
};

static enum org_result session_add_body(struct store *st, void *p)
{
	struct job *j = p;
	return reception_session_add_in(st, j->a, j->who, j->rec, j->now, j->err);
}

enum org_result reception_session_add(struct store *st, struct arena *a,
                                      const struct principal *who, struct rc_session *s,
                                      int64_t now, struct org_error *err)
{
	struct job j = { .a = a, .who = who, .rec = s, .now = now, .err = err };
	return org_in_transaction(st, session_add_body, &j);
}

enum org_result reception_session_record_in(struct store *st, struct arena *a,
                                            const struct principal *who, int64_t id,
                                            enum rc_status status, const char *minutes,
                                            const char *summary, int64_t now,
                                            struct org_error *err)
{
	struct rc_session s;
	enum store_status rc = reception_store.session_get(st, id, a, &s);
	if (rc != STORE_OK)
		return org_from_store(rc);
	if (!reception_may_manage(st, a, who, s.unit_id))
		return ORG_FORBIDDEN;
	if (!clean(&minutes, a) || !clean(&summary, a))
		return org_invalid(err, "minutes", "The text is not valid UTF-8.");
	if (status == RC_HELD && s.day > feedback_day_of(now))
		return org_invalid(err, "status", "A session cannot be held before its day.");
	json_t *before = session_json(&s);
	s.status = status;
	s.minutes = minutes;
	s.summary = summary;
	s.updated_at = now;
	const char *field, *detail;
	enum org_result r;
	if (!rc_session_check(&s, &field, &detail))
		r = org_invalid(err, strcmp(field, "agenda") == 0 ? "minutes" : field, detail);
	else if ((rc = reception_store.session_update(st, &s)) != STORE_OK)
		r = org_from_store(rc);
	else {
		json_t *after = session_json(&s);
		r = org_from_store(audit_record(st, &who->actor, "record", "reception_session", s.id,
		                                before, after));
		json_decref(after);
	}
	json_decref(before);
	return r;
}

static enum org_result record_body(struct store *st, void *p)
{
	struct job *j = p;
	return reception_session_record_in(st, j->a, j->who, j->id, (enum rc_status)j->status,
	                                   j->t1, j->t2, j->now, j->err);
}

enum org_result reception_session_record(struct store *st, struct arena *a,
                                         const struct principal *who, int64_t id,
                                         enum rc_status status, const char *minutes,
                                         const char *summary, int64_t now,
                                         struct org_error *err)
{
	struct job j = { .a = a, .who = who, .id = id, .status = (int)status, .t1 = minutes,
	                 .t2 = summary, .now = now, .err = err };
	return org_in_transaction(st, record_body, &j);
}

enum org_result reception_question_add_in(struct store *st, struct arena *a,
                                          const struct principal *who, struct rc_question *q,
                                          int64_t now, struct org_error *err)
{
	struct rc_session s;
	enum store_status rc = reception_store.session_get(st, q->session_id, a, &s);
	if (rc != STORE_OK)
		return org_from_store(rc);
	cal_day today = feedback_day_of(now);
	bool manager = reception_may_manage(st, a, who, s.unit_id);
	if (!manager && (s.status != RC_PLANNED || s.day < today)) {
		err->field = NULL;
		err->detail = "Questions are registered before the session; this one is past.";
		return ORG_CONFLICT;
	}
	if (!clean(&q->citizen_name, a) || !clean(&q->citizen_address, a) || !clean(&q->content, a)
	    || !clean(&q->earlier_handling, a) || !clean(&q->request, a) || !clean(&q->result, a))
		return org_invalid(err, "content", "The text is not valid UTF-8.");
	if (q->people == 0)
		q->people = 1;
	const char *field, *detail;
	if (!rc_question_check(q, &field, &detail))
		return org_invalid(err, field, detail);
	q->registered_online = !manager;
	q->received_at = now;
	if (manager)
		q->client_hash = NULL;   /* only the public's registrations count towards the limit */
	q->received_day = today < s.day ? today : s.day;
	if (!rc_answer_due(feedback_calendar(st, a), s.day, &q->due_day))
		return org_invalid(err, "content", "The date lies outside the calendar.");
	if (q->result && q->answered_day == 0)
		q->answered_day = today;
	if ((rc = reception_store.question_insert(st, q)) != STORE_OK)
		return org_from_store(rc);
	/* The register's personal columns stay out of the audit trail. */
	json_t *after = json_pack("{s:I, s:i, s:b, s:i}", "session_id", (json_int_t)q->session_id,
	                          "number", q->number, "registered_online", q->registered_online,
	                          "due_day", (int)q->due_day);
	enum org_result r = org_from_store(audit_record(st, &who->actor, "create",
	                                                "reception_question", q->id, NULL, after));
	json_decref(after);
	return r;
}

int reception_open_commitments(struct store *st, struct arena *a,
                               struct rc_open_commitment **out, size_t *n)
{
	return reception_store.commitment_open(st, a, out, n);
}

int reception_late_lines(struct store *st, cal_day today, struct arena *a,
                         struct rc_late_lines **out, size_t *n)
{
	return reception_store.question_late(st, today, a, out, n);
}

int reception_hourly_limit(void)
{
	const char *s = getenv("DIEUHANH_RECEPTION_PER_HOUR");
	char *end;
	long v = s && *s ? strtol(s, &end, 10) : 0;
	return s && *s && *end == '\0' && v >= 1 && v <= 1000000 ? (int)v : 30;
}

int reception_question_wait(struct store *st, const char *client_address, int64_t now)
{
	struct arena a = { 0 };
	const char *h = feedback_client_hash(&a, client_address);
	int64_t n = 0, oldest = 0;
	int wait = 0;
	/* The last hour: a question sent exactly an hour ago has left it. */
	if (h && reception_store.question_sent_since(st, h, now - 3599, &n, &oldest) != STORE_OK)
		wait = -1;
	else if (h && n >= reception_hourly_limit())
		wait = oldest + 3600 - now < 1 ? 1 : (int)(oldest + 3600 - now);
	arena_free(&a);
	return wait;
}

static enum org_result question_add_body(struct store *st, void *p)
{
	struct job *j = p;
	return reception_question_add_in(st, j->a, j->who, j->rec, j->now, j->err);
}

enum org_result reception_question_add(struct store *st, struct arena *a,
                                       const struct principal *who, struct rc_question *q,
                                       int64_t now, struct org_error *err)
{
	struct job j = { .a = a, .who = who, .rec = q, .now = now, .err = err };
	return org_in_transaction(st, question_add_body, &j);
}

enum org_result reception_question_answer_in(struct store *st, struct arena *a,
                                             const struct principal *who, int64_t id,
                                             const char *result, int64_t now,
                                             struct org_error *err)
{
	struct rc_question q;
	struct rc_session s;
	enum store_status rc = reception_store.question_get(st, id, a, &q);
	if (rc == STORE_OK)
		rc = reception_store.session_get(st, q.session_id, a, &s);
	if (rc != STORE_OK)
		return org_from_store(rc);
	if (!reception_may_manage(st, a, who, s.unit_id))
		return ORG_FORBIDDEN;
	if (!clean(&result, a))
		return org_invalid(err, "result", "The text is not valid UTF-8.");
	if (result == NULL || strlen(result) > RC_TEXT_MAX)
		return org_invalid(err, "result", "Write the answer (up to 8,000 bytes).");
	cal_day today = feedback_day_of(now);
	if ((rc = reception_store.question_answer(st, id, result, today)) != STORE_OK)
		return org_from_store(rc);
	json_t *after = json_pack("{s:i, s:b}", "answered_day", (int)today, "on_time", today <= q.due_day);
	enum org_result r = org_from_store(audit_record(st, &who->actor, "answer",
	                                                "reception_question", id, NULL, after));
	json_decref(after);
	return r;
}

static enum org_result answer_body(struct store *st, void *p)
{
	struct job *j = p;
	return reception_question_answer_in(st, j->a, j->who, j->id, j->t1, j->now, j->err);
}

enum org_result reception_question_answer(struct store *st, struct arena *a,
                                          const struct principal *who, int64_t id,
                                          const char *result, int64_t now,
                                          struct org_error *err)
{
	struct job j = { .a = a, .who = who, .id = id, .t1 = result, .now = now, .err = err };
	return org_in_transaction(st, answer_body, &j);
}

/* The task that follows a commitment: the session's unit, the leader who made it, its deadline. */
struct commitment_task {
	const struct rc_commitment *c;
	int64_t unit_id;
};

static bool commitment_task_edit(void *ctx, struct task *t, struct arena *a, struct org_error *err)
{
	(void)err;
	const struct commitment_task *ct = ctx;
	size_t len = strlen(ct->c->text);
	/* A long commitment keeps its whole text in the description. */
	t->title = len > 200 ? arena_printf(a, "%.197s...", ct->c->text) : ct->c->text;
	t->description = ct->c->text;
	t->unit_id = ct->unit_id;
	t->assignee_id = ct->c->leader_id;
	t->leader_id = ct->c->leader_id;
	t->source = TASK_SRC_CITIZEN;
	t->due_day = ct->c->due_day;
	return true;
}

enum org_result reception_commitment_add_in(struct store *st, struct arena *a,
                                            const struct principal *who,
                                            struct rc_commitment *c, int64_t now,
                                            struct org_error *err)
{
	struct rc_session s;
	enum store_status rc = reception_store.session_get(st, c->session_id, a, &s);
	if (rc != STORE_OK)
		return org_from_store(rc);
	if (!reception_may_manage(st, a, who, s.unit_id))
		return ORG_FORBIDDEN;
	if (!clean(&c->text, a))
		return org_invalid(err, "text", "The text is not valid UTF-8.");
	if (c->text == NULL || strlen(c->text) > RC_TEXT_MAX)
		return org_invalid(err, "text", "Write the commitment (up to 8,000 bytes).");
	struct org_person leader;
	rc = c->leader_id ? org_store.person_get(st, c->leader_id, a, &leader) : STORE_NOT_FOUND;
	if (rc == STORE_NOT_FOUND)
		return org_invalid(err, "leader_id", "Choose the leader who committed.");
	if (rc != STORE_OK)
		return org_from_store(rc);
	c->leader = arena_printf(a, "%s%s%s", leader.title ? leader.title : "",
	                         leader.title ? " " : "", leader.full_name);
	if (c->due_day == 0 || c->due_day < s.day)
		return org_invalid(err, "due_day", "Give the deadline, on or after the session's day.");
	(void)now;
	/* The commitment becomes a task, followed to done like any other. */
	struct commitment_task ct = { c, s.unit_id };
	struct task t;
	struct task_error te = { 0 };
	enum org_result r = task_save_in(st, a, who, 0, commitment_task_edit, &ct, NULL, &t, &te);
	if (r == ORG_INVALID)
		return org_invalid(err, "text", te.e.detail ? te.e.detail : "The task could not be made.");
	if (r != ORG_OK)
		return r;
	c->task_id = t.id;
	c->done = false;
	if ((rc = reception_store.commitment_insert(st, c)) != STORE_OK)
		return org_from_store(rc);
	json_t *after = json_pack("{s:I, s:s, s:s, s:i, s:I}", "session_id", (json_int_t)c->session_id,
	                          "text", c->text, "leader", c->leader, "due_day", (int)c->due_day,
	                          "task_id", (json_int_t)c->task_id);
	r = org_from_store(audit_record(st, &who->actor, "create", "reception_commitment", c->id,
	                                NULL, after));
	json_decref(after);
	return r;
}

static enum org_result commitment_body(struct store *st, void *p)
{
	struct job *j = p;
	return reception_commitment_add_in(st, j->a, j->who, j->rec, j->now, j->err);
}

enum org_result reception_commitment_add(struct store *st, struct arena *a,
                                         const struct principal *who, struct rc_commitment *c,
                                         int64_t now, struct org_error *err)
{
	struct job j = { .a = a, .who = who, .rec = c, .now = now, .err = err };
	return org_in_transaction(st, commitment_body, &j);
}

int reception_session_get(struct store *st, int64_t id, struct arena *a, struct rc_session *out)
{
	return reception_store.session_get(st, id, a, out);
}

int reception_session_list(struct store *st, cal_day from, cal_day to, int64_t unit,
                           struct arena *a, struct rc_session **out, size_t *n)
{
	return reception_store.session_list(st, from, to, unit, a, out, n);
}

int reception_questions(struct store *st, int64_t session, struct arena *a,
                        struct rc_question **out, size_t *n)
{
	return reception_store.question_list(st, session, a, out, n);
}

int reception_commitments(struct store *st, int64_t session, struct arena *a,
                          struct rc_commitment **out, size_t *n)
{
	return reception_store.commitment_list(st, session, a, out, n);
}

int reception_gaps(struct store *st, struct arena *a, int64_t unit, bool district, cal_day from,
                   cal_day to, struct rc_gap **out, size_t *n)
{
	struct rc_session *s;
	size_t ns;
	*out = NULL;
	*n = 0;
	enum store_status rc = reception_store.session_list(st, from, to, unit, a, &s, &ns);
	if (rc != STORE_OK)
		return rc;
	cal_day *days = arena_array(a, ns + 1, sizeof *days);
	size_t k = 0;
	for (size_t i = 0; i < ns; i++)
		if (s[i].kind == RC_RECEPTION && s[i].status != RC_CANCELLED)
			days[k++] = s[i].day;
	size_t cap = (size_t)(to - from) / 7 + 2;
	*out = arena_array(a, cap, sizeof **out);
	*n = rc_missing_days(days, k, district, from, to, *out, cap);
	if (*n > cap)
		*n = cap;
	return STORE_OK;
}

bool reception_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id)
{
	struct rc_session s;
	return reception_store.session_get(st, id, a, &s) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, s.unit_id);
}
