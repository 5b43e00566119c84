/*
 * reception_store.c: reception_store.h over the engine layer, for both engines.
 */
#include "reception/reception_store.h"

#include <stdio.h>
#include <string.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "util/arena.h"

#define DB_SQL_FILE "reception/reception_sql.h"
#define DB_SQL_PREFIX reception
#define DB_SQL_MODULE "reception"
#include "store/db_sql_list.h"

static const struct db_col session_cols[] = {
	DB_COL_OF(INT64, struct rc_session, id),
	DB_COL_OF(INT64, struct rc_session, unit_id),
	{ DB_COL_SKIP, 0, 0 },
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(INT, struct rc_session, day),
	DB_COL_OF(TEXT, struct rc_session, leader),
	DB_COL_OF(TEXT, struct rc_session, place),
	DB_COL_OF(TEXT, struct rc_session, online_link),
	DB_COL_OF(TEXT, struct rc_session, agenda),
	DB_COL_OF(TEXT, struct rc_session, minutes),
	DB_COL_OF(TEXT, struct rc_session, summary),
	DB_COL_OF(INT64, struct rc_session, updated_at),
};

static int session_row(void *cls, const struct db_row *row)
{
	struct db_array *rows = cls;
	struct rc_session *s = db_array_push(rows);
	db_row_read(row, DB_COLS(session_cols), rows->a, s);
	char buf[32];
	size_t len;
	const char *t = db_row_text_raw(row, 2, &len);
	snprintf(buf, sizeof buf, "%.*s", (int)len, t ? t : "");
	int k = rc_kind_parse(buf);
	s->kind = k < 0 ? RC_RECEPTION : (enum rc_kind)k;
	t = db_row_text_raw(row, 3, &len);
	snprintf(buf, sizeof buf, "%.*s", (int)len, t ? t : "");
	int st = rc_status_parse(buf);
	s->status = st < 0 ? RC_PLANNED : (enum rc_status)st;
	return 0;
}

static enum store_status sessions(struct store *st, size_t id, const struct db_param *p,
                                  size_t np, struct arena *a, struct rc_session **out, size_t *n)
{
	struct db_array rows = { .a = a, .size = sizeof **out };
	enum store_status rc = db_query(st, &reception_sql, id, p, np, session_row, &rows, NULL);
	*out = db_array_done(&rows, rc, n);
	return rc;
}

static enum store_status session_get(struct store *st, int64_t id, struct arena *a,
                                     struct rc_session *out)
{
	struct rc_session *list;
	size_t n;
	enum store_status rc = sessions(st, RC_SESSION_GET, DB_PARAMS(db_int64(id)), a, &list, &n);
	if (rc == STORE_OK && n == 0)
		rc = STORE_NOT_FOUND;
	if (rc == STORE_OK)
		*out = list[0];
	return rc;
}

static enum store_status session_list(struct store *st, cal_day from, cal_day to, int64_t unit,
                                      struct arena *a, struct rc_session **out, size_t *n)
{
	return sessions(st, RC_SESSION_LIST, DB_PARAMS(db_int64(from), db_int64(to), db_int64(unit)),
	                a, out, n);
}

static const struct db_col session_id_col[] = { DB_COL_OF(INT64, struct rc_session, id) };

static enum store_status session_insert(struct store *st, struct rc_session *s)
{
	return db_get(st, &reception_sql, RC_SESSION_INSERT,
	              DB_PARAMS(db_int64(s->unit_id), db_text(rc_kind_name(s->kind)),
	                        db_text(rc_status_name(s->status)), db_int64(s->day),
	                        db_text(s->leader), db_text(s->place), db_text(s->online_link),
	                        db_text(s->agenda), db_text(s->minutes), db_text(s->summary),
	                        db_int64(s->updated_at)),
	              DB_COLS(session_id_col), NULL, s);
}

static enum store_status session_update(struct store *st, const struct rc_session *s)
{
	return db_change(st, &reception_sql, RC_SESSION_UPDATE,
	                 DB_PARAMS(db_int64(s->id), db_text(rc_status_name(s->status)),
	                           db_text(s->minutes), db_text(s->summary), db_int64(s->updated_at)));
}

static const struct db_col question_cols[] = {
	DB_COL_OF(INT64, struct rc_question, id),
	DB_COL_OF(INT64, struct rc_question, session_id),
	DB_COL_OF(INT, struct rc_question, number),
	DB_COL_OF(INT, struct rc_question, received_day),
	DB_COL_OF(TEXT, struct rc_question, citizen_name),
	DB_COL_OF(TEXT, struct rc_question, citizen_address),
	DB_COL_OF(INT, struct rc_question, people),
	DB_COL_OF(TEXT, struct rc_question, content),
	DB_COL_OF(TEXT, struct rc_question, earlier_handling),
	DB_COL_OF(TEXT, struct rc_question, request),
	DB_COL_OF(TEXT, struct rc_question, result),
	DB_COL_OF(INT, struct rc_question, due_day),
	DB_COL_OF(INT, struct rc_question, answered_day),
	DB_COL_OF(BOOL, struct rc_question, registered_online),
};

static enum store_status question_list(struct store *st, int64_t session, struct arena *a,
                                       struct rc_question **out, size_t *n)
{
	return db_list(st, &reception_sql, RC_QUESTION_LIST, DB_PARAMS(db_int64(session)),
	               DB_COLS(question_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status question_get(struct store *st, int64_t id, struct arena *a,
                                      struct rc_question *out)
{
	return db_get(st, &reception_sql, RC_QUESTION_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(question_cols), a, out);
}

static const struct db_col question_id_col[] = { DB_COL_OF(INT64, struct rc_question, id) };

static enum store_status question_insert(struct store *st, struct rc_question *q)
{
	int64_t next = 0;
	enum store_status rc = db_scalar(st, &reception_sql, RC_QUESTION_NEXT,
	                                 DB_PARAMS(db_int64(q->session_id)), &next);
	if (rc != STORE_OK)
		return rc;
	q->number = (int)next;
	return db_get(st, &reception_sql, RC_QUESTION_INSERT,
	              DB_PARAMS(db_int64(q->session_id), db_int64(q->number),
	                        db_int64(q->received_day), db_text(q->citizen_name),
	                        db_text(q->citizen_address), db_int64(q->people), db_text(q->content),
	                        db_text(q->earlier_handling), db_text(q->request), db_text(q->result),
	                        db_int64(q->due_day), q->answered_day ? db_int64(q->answered_day)
	                                                              : db_null(),
	                        db_bool(q->registered_online), db_text(q->client_hash),
	                        q->received_at ? db_int64(q->received_at) : db_null()),
	              DB_COLS(question_id_col), NULL, q);
}

struct sent_since {
	int64_t n, oldest;
};

static const struct db_col sent_cols[] = {
	DB_COL_OF(INT64, struct sent_since, n),
	DB_COL_OF(INT64, struct sent_since, oldest),
};

static enum store_status question_sent_since(struct store *st, const char *client_hash,
                                             int64_t since, int64_t *n, int64_t *oldest)
{
	struct sent_since r = { 0 };
	enum store_status s = db_get(st, &reception_sql, RC_QUESTION_SENT_SINCE,
	                             DB_PARAMS(db_text(client_hash), db_int64(since)),
	                             DB_COLS(sent_cols), NULL, &r);
	*n = r.n;
	*oldest = r.oldest;
	return s;
}

static enum store_status question_answer(struct store *st, int64_t id, const char *result,
                                         cal_day day)
{
	return db_change(st, &reception_sql, RC_QUESTION_ANSWER,
	                 DB_PARAMS(db_int64(id), db_text(result), db_int64(day)));
}

static const struct db_col commitment_cols[] = {
	DB_COL_OF(INT64, struct rc_commitment, id),
	DB_COL_OF(INT64, struct rc_commitment, session_id),
	DB_COL_OF(TEXT, struct rc_commitment, text),
	DB_COL_OF(TEXT, struct rc_commitment, leader),
	DB_COL_OF(INT64, struct rc_commitment, leader_id),
	DB_COL_OF(INT, struct rc_commitment, due_day),
	DB_COL_OF(INT64, struct rc_commitment, task_id),
	DB_COL_OF(BOOL, struct rc_commitment, done),
};

static enum store_status commitment_list(struct store *st, int64_t session, struct arena *a,
                                         struct rc_commitment **out, size_t *n)
{
	return db_list(st, &reception_sql, RC_COMMITMENT_LIST, DB_PARAMS(db_int64(session)),
	               DB_COLS(commitment_cols), a, sizeof **out, (void **)out, n);
}

static const struct db_col open_commitment_cols[] = {
	DB_COL_OF(INT64, struct rc_open_commitment, c.id),
	DB_COL_OF(INT64, struct rc_open_commitment, c.session_id),
	DB_COL_OF(TEXT, struct rc_open_commitment, c.text),
	DB_COL_OF(TEXT, struct rc_open_commitment, c.leader),
	DB_COL_OF(INT64, struct rc_open_commitment, c.leader_id),
	DB_COL_OF(INT, struct rc_open_commitment, c.due_day),
	DB_COL_OF(INT64, struct rc_open_commitment, c.task_id),
	DB_COL_OF(BOOL, struct rc_open_commitment, c.done),
	DB_COL_OF(INT64, struct rc_open_commitment, unit_id),
	DB_COL_OF(INT, struct rc_open_commitment, session_day),
};

static enum store_status commitment_open(struct store *st, struct arena *a,
                                         struct rc_open_commitment **out, size_t *n)
{
	return db_list(st, &reception_sql, RC_COMMITMENT_OPEN, DB_NO_PARAMS,
	               DB_COLS(open_commitment_cols), a, sizeof **out, (void **)out, n);
}

static const struct db_col late_lines_cols[] = {
	DB_COL_OF(INT64, struct rc_late_lines, session_id),
	DB_COL_OF(INT64, struct rc_late_lines, unit_id),
	DB_COL_OF(INT, struct rc_late_lines, session_day),
	DB_COL_OF(INT64, struct rc_late_lines, n),
};

static enum store_status question_late(struct store *st, cal_day today, struct arena *a,
                                       struct rc_late_lines **out, size_t *n)
{
	return db_list(st, &reception_sql, RC_QUESTION_LATE, DB_PARAMS(db_int64(today)),
	               DB_COLS(late_lines_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status commitment_get(struct store *st, int64_t id, struct arena *a,
                                        struct rc_commitment *out)
{
	return db_get(st, &reception_sql, RC_COMMITMENT_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(commitment_cols), a, out);
}

static const struct db_col commitment_id_col[] = { DB_COL_OF(INT64, struct rc_commitment, id) };

static enum store_status commitment_insert(struct store *st, struct rc_commitment *c)
{
	return db_get(st, &reception_sql, RC_COMMITMENT_INSERT,
	              DB_PARAMS(db_int64(c->session_id), db_text(c->text), db_text(c->leader),
	                        db_id(c->leader_id), db_int64(c->due_day), db_id(c->task_id),
	                        db_bool(c->done)),
	              DB_COLS(commitment_id_col), NULL, c);
}

static enum store_status commitment_update(struct store *st, const struct rc_commitment *c)
{
	return db_change(st, &reception_sql, RC_COMMITMENT_UPDATE,
	                 DB_PARAMS(db_int64(c->id), db_id(c->task_id), db_bool(c->done)));
}

const struct reception_store reception_store = {
	.session_get = session_get,
	.session_list = session_list,
	.session_insert = session_insert,
	.session_update = session_update,
	.question_list = question_list,
	.question_get = question_get,
	.question_insert = question_insert,
	.question_answer = question_answer,
	.question_sent_since = question_sent_since,
	.commitment_list = commitment_list,
	.commitment_get = commitment_get,
	.commitment_open = commitment_open,
	.question_late = question_late,
	.commitment_insert = commitment_insert,
	.commitment_update = commitment_update,
};

extern const struct module_migrations reception_migrations;

const struct store_module reception_storage = { "reception", &reception_sql,
                                                &reception_migrations };
