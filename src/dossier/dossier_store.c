/*
 * dossier_store.c: dossier_store.h over the engine layer, for both engines.
 */
#include "dossier/dossier_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "util/arena.h"

#define DB_SQL_FILE "dossier/dossier_sql.h"
#define DB_SQL_PREFIX dossier
#define DB_SQL_MODULE "dossier"
#include "store/db_sql_list.h"

/* ---- procedures ------------------------------------------------------- */

static const struct db_col proc_cols[] = {
	DB_COL_OF(INT64, struct procedure, id),
	DB_COL_OF(TEXT, struct procedure, code),
	DB_COL_OF(INT, struct procedure, version),
	DB_COL_OF(BOOL, struct procedure, current),
	DB_COL_OF(TEXT, struct procedure, name),
	DB_COL_OF(TEXT, struct procedure, field),
	DB_COL_OF(TEXT, struct procedure, level),
	DB_COL_OF(INT64, struct procedure, owner_unit_id),
	DB_COL_OF(TEXT, struct procedure, legal_basis),
	DB_COL_OF(TEXT, struct procedure, legal_changed),
	DB_COL_OF(INT, struct procedure, working_days),
	DB_COL_OF(TEXT, struct procedure, fee),
	DB_COL_OF(TEXT, struct procedure, version_date),
	DB_COL_OF(TEXT, struct procedure, reviewed_on),
	{ DB_COL_SKIP, 0, 0 },
	{ DB_COL_SKIP, 0, 0 },
};

struct proc_rows {
	struct db_array arr;
	bool bad;
};

/* Columns 14 and 15 are the documents' and steps' JSON, parsed here. */
static int proc_row(void *cls, const struct db_row *row)
{
	struct proc_rows *r = cls;
	struct procedure *p = db_array_push(&r->arr);
	db_row_read(row, DB_COLS(proc_cols), r->arr.a, p);
	const char *docs = db_row_text(row, 14, r->arr.a);
	const char *steps = db_row_text(row, 15, r->arr.a);
	if (!procedure_documents_parse(docs, r->arr.a, p) || !procedure_steps_parse(steps, r->arr.a, p))
		r->bad = true;
	return 0;
}

static enum store_status procs(struct store *st, size_t id, const struct db_param *p, size_t np,
                               struct arena *a, struct procedure **out, size_t *n)
{
	struct proc_rows rows = { .arr = { .a = a, .size = sizeof **out } };
	enum store_status rc = db_query(st, &dossier_sql, id, p, np, proc_row, &rows, NULL);
	if (rc == STORE_OK && rows.bad)
		rc = STORE_HARD_ERROR;
	*out = db_array_done(&rows.arr, rc, n);
	return rc;
}

static enum store_status proc_one(struct store *st, size_t id, const struct db_param *p,
                                  size_t np, struct arena *a, struct procedure *out)
{
	struct procedure *list;
	size_t n;
	enum store_status rc = procs(st, id, p, np, a, &list, &n);
	if (rc == STORE_OK && n == 0)
		rc = STORE_NOT_FOUND;
	if (rc == STORE_OK)
		*out = list[0];
	return rc;
}

static enum store_status proc_get(struct store *st, int64_t id, struct arena *a,
                                  struct procedure *out)
{
	return proc_one(st, DOSSIER_PROC_GET, DB_PARAMS(db_int64(id)), a, out);
}

static enum store_status proc_get_current(struct store *st, const char *code, struct arena *a,
                                          struct procedure *out)
{
	return proc_one(st, DOSSIER_PROC_GET_CURRENT, DB_PARAMS(db_text(code)), a, out);
}

static enum store_status proc_list(struct store *st, struct arena *a, struct procedure **out,
                                   size_t *n)
{
	return procs(st, DOSSIER_PROC_LIST, DB_NO_PARAMS, a, out, n);
}

static enum store_status proc_versions(struct store *st, const char *code, struct arena *a,
                                       struct procedure **out, size_t *n)
{
	return procs(st, DOSSIER_PROC_VERSIONS, DB_PARAMS(db_text(code)), a, out, n);
}

static const struct db_col proc_id_col[] = { DB_COL_OF(INT64, struct procedure, id) };

static enum store_status proc_insert(struct store *st, struct procedure *p)
{
	char *docs = procedure_documents_text(p), *steps = procedure_steps_text(p);
	enum store_status rc = STORE_HARD_ERROR;
	if (docs && steps)
		rc = db_get(st, &dossier_sql, DOSSIER_PROC_INSERT,
		            DB_PARAMS(db_text(p->code), db_int64(p->version), db_text(p->name),
		                      db_text(p->field ? p->field : ""), db_text(p->level),
		                      db_int64(p->owner_unit_id),
		                      db_text(p->legal_basis ? p->legal_basis : ""),
		                      db_text(p->legal_changed), db_int64(p->working_days),
		                      db_text(p->fee ? p->fee : ""), db_text(p->version_date),
		                      db_text(p->reviewed_on), db_text(docs), db_text(steps)),
		            DB_COLS(proc_id_col), NULL, p);
	free(docs);
	free(steps);
	if (rc == STORE_OK)
		p->current = true;
	return rc;
}

static enum store_status proc_retire(struct store *st, int64_t id)
{
	return db_change(st, &dossier_sql, DOSSIER_PROC_RETIRE, DB_PARAMS(db_int64(id)));
}

static enum store_status proc_mark(struct store *st, int64_t id, const char *reviewed_on,
                                   const char *legal_changed)
{
	return db_change(st, &dossier_sql, DOSSIER_PROC_MARK,
	                 DB_PARAMS(db_int64(id), db_text(reviewed_on), db_text(legal_changed)));
}

/* ---- dossiers --------------------------------------------------------- */

static enum store_status seq_next(struct store *st, int64_t unit_id, const char *day,
                                  int64_t *seq)
{
	*seq = 0;
	enum store_status rc = db_scalar(st, &dossier_sql, DOSSIER_SEQ_NEXT,
	                                 DB_PARAMS(db_int64(unit_id), db_text(day)), seq);
	return rc == STORE_OK && *seq < 1 ? STORE_HARD_ERROR : rc;
}

/* Columns 4, 5 and 17 are enums by name: read by hand. */
static const struct db_col dossier_cols[] = {
	DB_COL_OF(INT64, struct dossier, id),
	DB_COL_OF(TEXT, struct dossier, code),
	DB_COL_OF(INT64, struct dossier, unit_id),
	DB_COL_OF(INT64, struct dossier, procedure_id),
	{ DB_COL_SKIP, 0, 0 },
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(INT, struct dossier, step_no),
	DB_COL_OF(INT64, struct dossier, received_at),
	DB_COL_OF(TEXT, struct dossier, clock_start),
	DB_COL_OF(TEXT, struct dossier, due_day),
	DB_COL_OF(TEXT, struct dossier, first_due),
	DB_COL_OF(INT, struct dossier, paused_days),
	DB_COL_OF(INT64, struct dossier, waiting_since),
	DB_COL_OF(INT, struct dossier, supplements),
	DB_COL_OF(INT, struct dossier, apologies),
	DB_COL_OF(TEXT, struct dossier, finished_day),
	DB_COL_OF(INT64, struct dossier, returned_at),
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(INT64, struct dossier, handler_id),
	DB_COL_OF(TEXT, struct dossier, handler),
	DB_COL_OF(TEXT, struct dossier, received_by),
	DB_COL_OF(TEXT, struct dossier, applicant_name),
	DB_COL_OF(TEXT, struct dossier, applicant_id_number),
	DB_COL_OF(TEXT, struct dossier, applicant_phone),
	DB_COL_OF(TEXT, struct dossier, applicant_address),
	DB_COL_OF(TEXT, struct dossier, documents),
	DB_COL_OF(TEXT, struct dossier, missing),
	DB_COL_OF(TEXT, struct dossier, note),
	DB_COL_OF(INT64, struct dossier, updated_at),
	DB_COL_OF(INT64, struct dossier, processing_unit_id),
	DB_COL_OF(INT64, struct dossier, revision),
};

static int enum_col(const struct db_row *row, int col, int (*parse)(const char *), int def)
{
	char buf[32];
	size_t len;
	const char *t = db_row_text_raw(row, col, &len);
	snprintf(buf, sizeof buf, "%.*s", (int)len, t ? t : "");
	int v = parse(buf);
	return v < 0 ? def : v;
}

static int dossier_row(void *cls, const struct db_row *row)
{
	struct db_array *rows = cls;
	struct dossier *d = db_array_push(rows);
	db_row_read(row, DB_COLS(dossier_cols), rows->a, d);
	d->state = (enum dossier_state)enum_col(row, 4, dossier_state_parse, DS_RECEIVED);
	d->resume = (enum dossier_state)enum_col(row, 5, dossier_state_parse, DS_RECEIVED);
	d->result = (enum dossier_result)enum_col(row, 17, dossier_result_parse, DR_NONE);
	return 0;
}

static enum store_status dossiers(struct store *st, size_t id, const struct db_param *p,
                                  size_t np, struct arena *a, struct dossier **out, size_t *n)
{
	struct db_array rows = { .a = a, .size = sizeof **out };
	enum store_status rc = db_query(st, &dossier_sql, id, p, np, dossier_row, &rows, NULL);
	*out = db_array_done(&rows, rc, n);
	return rc;
}

static enum store_status dossier_one(struct store *st, size_t id, const struct db_param *p,
                                     size_t np, struct arena *a, struct dossier *out)
{
	struct dossier *list;
	size_t n;
	enum store_status rc = dossiers(st, id, p, np, a, &list, &n);
	if (rc == STORE_OK && n == 0)
		rc = STORE_NOT_FOUND;
	if (rc == STORE_OK)
		*out = list[0];
	return rc;
}

static const struct db_col dossier_id_col[] = { DB_COL_OF(INT64, struct dossier, id) };

static enum store_status dossier_insert(struct store *st, struct dossier *d)
{
	return db_get(st, &dossier_sql, DOSSIER_INSERT,
	              DB_PARAMS(db_text(d->code), db_int64(d->unit_id), db_int64(d->procedure_id),
	                        db_text(dossier_state_name(d->state)),
	                        db_text(dossier_state_name(d->resume)), db_int64(d->step_no),
	                        db_int64(d->received_at), db_text(d->clock_start),
	                        db_text(d->due_day), db_text(d->first_due),
	                        db_int64(d->paused_days), db_int64(d->waiting_since),
	                        db_int64(d->supplements), db_int64(d->apologies),
	                        db_text(d->finished_day), db_int64(d->returned_at),
	                        db_text(dossier_result_name(d->result)), db_id(d->handler_id),
	                        db_text(d->handler ? d->handler : ""),
	                        db_text(d->received_by ? d->received_by : ""),
	                        db_text(d->applicant_name), db_text(d->applicant_id_number),
	                        db_text(d->applicant_phone ? d->applicant_phone : ""),
	                        db_text(d->applicant_address ? d->applicant_address : ""),
	                        db_text(d->documents ? d->documents : "[]"),
	                        db_text(d->missing ? d->missing : "[]"),
	                        db_text(d->note ? d->note : ""), db_int64(d->updated_at)),
	              DB_COLS(dossier_id_col), NULL, d);
}

static enum store_status dossier_update(struct store *st, const struct dossier *d)
{
	return db_change(st, &dossier_sql, DOSSIER_UPDATE,
	                 DB_PARAMS(db_int64(d->id), db_text(dossier_state_name(d->state)),
	                           db_text(dossier_state_name(d->resume)), db_int64(d->step_no),
	                           db_text(d->clock_start), db_text(d->due_day),
	                           db_text(d->first_due), db_int64(d->paused_days),
	                           db_int64(d->waiting_since), db_int64(d->supplements),
	                           db_int64(d->apologies), db_text(d->finished_day),
	                           db_int64(d->returned_at),
	                           db_text(dossier_result_name(d->result)), db_id(d->handler_id),
	                           db_text(d->handler ? d->handler : ""),
	                           db_text(d->documents ? d->documents : "[]"),
	                           db_text(d->missing ? d->missing : "[]"),
	                           db_text(d->note ? d->note : ""), db_int64(d->updated_at),
	                           db_id(d->processing_unit_id)));
}

static enum store_status dossier_get(struct store *st, int64_t id, struct arena *a,
                                     struct dossier *out)
{
	return dossier_one(st, DOSSIER_GET, DB_PARAMS(db_int64(id)), a, out);
}

static enum store_status dossier_get_by_code(struct store *st, const char *code,
                                             struct arena *a, struct dossier *out)
{
	return dossier_one(st, DOSSIER_GET_BY_CODE, DB_PARAMS(db_text(code)), a, out);
}

static enum store_status dossier_revision(struct store *st, const char *code, int64_t *rev)
{
	*rev = 0;
	enum store_status rc = db_scalar(st, &dossier_sql, DOSSIER_REVISION,
	                                 DB_PARAMS(db_text(code)), rev);
	return rc == STORE_OK && *rev < 1 ? STORE_NOT_FOUND : rc;
}

static enum store_status dossier_list(struct store *st, const struct dossier_filter *f,
                                      struct arena *a, struct dossier **out, size_t *n)
{
	return dossiers(st, DOSSIER_LIST,
	                DB_PARAMS(db_int64(f->unit_id), db_int64(f->open_only),
	                          db_text(f->due_by), db_int64(f->limit > 0 ? f->limit : 1000),
	                          db_int64(f->offset)), a, out, n);
}

static const struct db_col event_cols[] = {
	DB_COL_OF(INT64, struct dossier_event, id),
	DB_COL_OF(INT64, struct dossier_event, dossier_id),
	DB_COL_OF(INT64, struct dossier_event, at),
	DB_COL_OF(TEXT, struct dossier_event, action),
	DB_COL_OF(TEXT, struct dossier_event, from_state),
	DB_COL_OF(TEXT, struct dossier_event, to_state),
	DB_COL_OF(INT64, struct dossier_event, actor_id),
	DB_COL_OF(TEXT, struct dossier_event, actor),
	DB_COL_OF(TEXT, struct dossier_event, note),
};

static const struct db_col event_id_col[] = { DB_COL_OF(INT64, struct dossier_event, id) };

static enum store_status event_insert(struct store *st, struct dossier_event *e)
{
	return db_get(st, &dossier_sql, DOSSIER_EVENT_INSERT,
	              DB_PARAMS(db_int64(e->dossier_id), db_int64(e->at), db_text(e->action),
	                        db_text(e->from_state), db_text(e->to_state), db_id(e->actor_id),
	                        db_text(e->actor ? e->actor : "system"),
	                        db_text(e->note ? e->note : "")),
	              DB_COLS(event_id_col), NULL, e);
}

static enum store_status event_list(struct store *st, int64_t dossier_id, struct arena *a,
                                    struct dossier_event **out, size_t *n)
{
	return db_list(st, &dossier_sql, DOSSIER_EVENT_LIST, DB_PARAMS(db_int64(dossier_id)),
	               DB_COLS(event_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status rating_insert(struct store *st, const struct dossier_rating *r)
{
	json_t *scores = json_object();
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++)
		json_object_set_new(scores, dossier_rating_keys[i], json_integer(r->scores[i]));
	char *text = json_dumps(scores, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(scores);
	if (text == NULL)
		return STORE_HARD_ERROR;
	enum store_status rc = db_exec(st, &dossier_sql, DOSSIER_RATING_INSERT,
	                               DB_PARAMS(db_int64(r->dossier_id), db_int64(r->at),
	                                         db_text(text), db_double(r->average),
	                                         db_text(r->comment ? r->comment : "")));
	free(text);
	return rc;
}

/* The scores' JSON object in column COL. */
static void scores_read(const struct db_row *row, int col, int scores[DOSSIER_RATING_CRITERIA])
{
	size_t len;
	const char *t = db_row_text_raw(row, col, &len);
	json_t *o = t ? json_loadb(t, len, 0, NULL) : NULL;
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++)
		scores[i] = (int)json_integer_value(json_object_get(o, dossier_rating_keys[i]));
	json_decref(o);
}

static int rating_row(void *cls, const struct db_row *row)
{
	struct dossier_rating *r = cls;
	r->dossier_id = db_row_int64(row, 0);
	r->at = db_row_int64(row, 1);
	scores_read(row, 2, r->scores);
	r->average = db_row_double(row, 3);
	r->comment = NULL;
	return 1;
}

struct rating_cls {
	struct dossier_rating *r;
	struct arena *a;
	bool found;
};

static int rating_row_cls(void *cls, const struct db_row *row)
{
	struct rating_cls *c = cls;
	rating_row(c->r, row);
	c->r->comment = db_row_text(row, 4, c->a);
	c->found = true;
	return 1;
}

static enum store_status rating_get(struct store *st, int64_t dossier_id, struct arena *a,
                                    struct dossier_rating *out)
{
	struct rating_cls c = { out, a, false };
	enum store_status rc = db_query(st, &dossier_sql, DOSSIER_RATING_GET,
	                                DB_PARAMS(db_int64(dossier_id)), rating_row_cls, &c, NULL);
	return rc == STORE_OK && !c.found ? STORE_NOT_FOUND : rc;
}

static int count_row(void *cls, const struct db_row *row)
{
	struct db_array *rows = cls;
	struct dossier_count *c = db_array_push(rows);
	c->unit_id = db_row_int64(row, 0);
	c->procedure_code = db_row_text(row, 1, rows->a);
	c->handler = db_row_text(row, 2, rows->a);
	c->month = db_row_text(row, 3, rows->a);
	c->result = (enum dossier_result)enum_col(row, 4, dossier_result_parse, DR_NONE);
	c->n = db_row_int64(row, 5);
	return 0;
}

static enum store_status count_finished(struct store *st, const char *from, const char *to,
                                        int by, struct arena *a, struct dossier_count **out,
                                        size_t *n)
{
	static const size_t statements[] = { DOSSIER_COUNT_BY_UNIT, DOSSIER_COUNT_BY_PROCEDURE,
	                                     DOSSIER_COUNT_BY_OFFICER, DOSSIER_COUNT_BY_MONTH };
	if (by < 0 || by > 3)
		return STORE_HARD_ERROR;
	struct db_array rows = { .a = a, .size = sizeof **out };
	/* The counts are by month: "YYYY-MM" of the days. */
	enum store_status rc = db_query(st, &dossier_sql, statements[by],
	                                DB_PARAMS(db_text(arena_strndup(a, from, 7)),
	                                          db_text(arena_strndup(a, to, 7))),
	                                count_row, &rows, NULL);
	*out = db_array_done(&rows, rc, n);
	return rc;
}

/* ---- nonconformities --------------------------------------------------- */

static const struct db_col nc_cols[] = {
	DB_COL_OF(INT64, struct dossier_nc, id),
	DB_COL_OF(INT64, struct dossier_nc, dossier_id),
	DB_COL_OF(TEXT, struct dossier_nc, code),
	DB_COL_OF(INT64, struct dossier_nc, unit_id),
	DB_COL_OF(TEXT, struct dossier_nc, opened_on),
	DB_COL_OF(TEXT, struct dossier_nc, cause),
	DB_COL_OF(TEXT, struct dossier_nc, corrective_action),
	DB_COL_OF(TEXT, struct dossier_nc, closed_on),
	DB_COL_OF(TEXT, struct dossier_nc, updated_by),
	DB_COL_OF(INT64, struct dossier_nc, task_id),
};
static const struct db_col nc_id_col[] = { DB_COL_OF(INT64, struct dossier_nc, id) };

static enum store_status nc_insert(struct store *st, struct dossier_nc *n)
{
	return db_get(st, &dossier_sql, DOSSIER_NC_INSERT,
	              DB_PARAMS(db_int64(n->dossier_id), db_int64(n->unit_id), db_text(n->opened_on)),
	              DB_COLS(nc_id_col), NULL, n);
}

static enum store_status nc_get(struct store *st, int64_t id, struct arena *a,
                                struct dossier_nc *out)
{
	return db_get(st, &dossier_sql, DOSSIER_NC_GET, DB_PARAMS(db_int64(id)), DB_COLS(nc_cols),
	              a, out);
}

static enum store_status nc_list(struct store *st, bool open_only, int limit, struct arena *a,
                                 struct dossier_nc **out, size_t *n)
{
	return db_list(st, &dossier_sql, DOSSIER_NC_LIST,
	               DB_PARAMS(db_int64(open_only), db_int64(limit > 0 ? limit : 1000)),
	               DB_COLS(nc_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status nc_update(struct store *st, const struct dossier_nc *n)
{
	return db_change(st, &dossier_sql, DOSSIER_NC_UPDATE,
	                 DB_PARAMS(db_int64(n->id), db_text(n->cause ? n->cause : ""),
	                           db_text(n->corrective_action ? n->corrective_action : ""),
	                           db_text(n->closed_on), db_text(n->updated_by ? n->updated_by : ""),
	                           db_id(n->task_id)));
}

/* ---- the management review's counts ------------------------------------ */

static int state_count_row(void *cls, const struct db_row *row)
{
	int64_t *by_state = cls;
	int st = enum_col(row, 0, dossier_state_parse, -1);
	if (st >= 0)
		by_state[st] += db_row_int64(row, 1);
	return 0;
}

static enum store_status count_received(struct store *st, int64_t from, int64_t to,
                                        int64_t by_state[DS_COUNT])
{
	memset(by_state, 0, DS_COUNT * sizeof *by_state);
	return db_query(st, &dossier_sql, DOSSIER_COUNT_RECEIVED,
	                DB_PARAMS(db_int64(from), db_int64(to)), state_count_row, by_state, NULL);
}

struct rating_sum {
	int64_t *sums, count;
};

static int rating_sum_row(void *cls, const struct db_row *row)
{
	struct rating_sum *r = cls;
	int scores[DOSSIER_RATING_CRITERIA];
	scores_read(row, 0, scores);
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++)
		r->sums[i] += scores[i];
	r->count++;
	return 0;
}

static enum store_status rating_sums(struct store *st, int64_t from, int64_t to,
                                     int64_t sums[DOSSIER_RATING_CRITERIA], int64_t *count)
{
	memset(sums, 0, DOSSIER_RATING_CRITERIA * sizeof *sums);
	struct rating_sum r = { sums, 0 };
	enum store_status rc = db_query(st, &dossier_sql, DOSSIER_RATING_SCORES,
	                                DB_PARAMS(db_int64(from), db_int64(to)), rating_sum_row, &r,
	                                NULL);
	*count = r.count;
	return rc;
}

struct text_out {
	struct arena *a;
	const char **out;
};

static int text_row(void *cls, const struct db_row *row)
{
	struct text_out *t = cls;
	*t->out = db_row_text(row, 0, t->a);
	return 1;
}

static enum store_status last_intake(struct store *st, struct arena *a, const char **day)
{
	struct text_out t = { a, day };
	*day = NULL;
	return db_query(st, &dossier_sql, DOSSIER_LAST_INTAKE, DB_NO_PARAMS, text_row, &t, NULL);
}

struct two {
	int64_t a, b;
};

static int two_row(void *cls, const struct db_row *row)
{
	struct two *t = cls;
	t->a = db_row_int64(row, 0);
	t->b = db_row_int64(row, 1);
	return 1;
}

static enum store_status nc_counts(struct store *st, const char *from, const char *to,
                                   int64_t *opened, int64_t *closed)
{
	struct two t = { 0, 0 };
	enum store_status rc = db_query(st, &dossier_sql, DOSSIER_NC_COUNTS,
	                                DB_PARAMS(db_text(from), db_text(to)), two_row, &t, NULL);
	*opened = t.a;
	*closed = t.b;
	return rc;
}

static enum store_status due_counts(struct store *st, int64_t unit, const char *today,
                                    const char *soon, int64_t *overdue, int64_t *due_soon)
{
	struct two t = { 0, 0 };
	enum store_status rc = db_query(st, &dossier_sql, DOSSIER_DUE_COUNTS,
	                                DB_PARAMS(db_int64(unit), db_text(today), db_text(soon)),
	                                two_row, &t, NULL);
	*overdue = t.b;
	*due_soon = t.a - t.b;
	return rc;
}

/* ---- internal audits --------------------------------------------------- */

static const struct db_col iso_audit_cols[] = {
	DB_COL_OF(INT64, struct iso_audit, id),
	DB_COL_OF(INT64, struct iso_audit, unit_id),
	DB_COL_OF(TEXT, struct iso_audit, audit_date),
	DB_COL_OF(TEXT, struct iso_audit, auditor),
	DB_COL_OF(TEXT, struct iso_audit, scope),
	DB_COL_OF(TEXT, struct iso_audit, findings),
	DB_COL_OF(INT, struct iso_audit, nonconformities),
	DB_COL_OF(TEXT, struct iso_audit, recorded_by),
};
static const struct db_col iso_audit_id_col[] = { DB_COL_OF(INT64, struct iso_audit, id) };

static enum store_status iso_audit_insert(struct store *st, struct iso_audit *a)
{
	return db_get(st, &dossier_sql, DOSSIER_ISO_AUDIT_INSERT,
	              DB_PARAMS(db_int64(a->unit_id), db_text(a->audit_date), db_text(a->auditor),
	                        db_text(a->scope ? a->scope : ""), db_text(a->findings ? a->findings : ""),
	                        db_int64(a->nonconformities), db_text(a->recorded_by)),
	              DB_COLS(iso_audit_id_col), NULL, a);
}

static enum store_status iso_audit_get(struct store *st, int64_t id, struct arena *a,
                                       struct iso_audit *out)
{
	return db_get(st, &dossier_sql, DOSSIER_ISO_AUDIT_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(iso_audit_cols), a, out);
}

static enum store_status iso_audit_list(struct store *st, const char *from, const char *to,
                                        struct arena *a, struct iso_audit **out, size_t *n)
{
	return db_list(st, &dossier_sql, DOSSIER_ISO_AUDIT_LIST,
	               DB_PARAMS(db_text(from), db_text(to)), DB_COLS(iso_audit_cols), a,
	               sizeof **out, (void **)out, n);
}

const struct dossier_store dossier_store = {
	.proc_get = proc_get,
	.proc_get_current = proc_get_current,
	.proc_list = proc_list,
	.proc_versions = proc_versions,
	.proc_insert = proc_insert,
	.proc_retire = proc_retire,
	.proc_mark = proc_mark,
	.seq_next = seq_next,
	.dossier_insert = dossier_insert,
	.dossier_update = dossier_update,
	.dossier_get = dossier_get,
	.dossier_get_by_code = dossier_get_by_code,
	.dossier_revision = dossier_revision,
	.dossier_list = dossier_list,
	.event_insert = event_insert,
	.event_list = event_list,
	.rating_insert = rating_insert,
	.rating_get = rating_get,
	.count_finished = count_finished,
	.nc_insert = nc_insert,
	.nc_get = nc_get,
	.nc_list = nc_list,
	.nc_update = nc_update,
	.count_received = count_received,
	.rating_sums = rating_sums,
	.due_counts = due_counts,
	.nc_counts = nc_counts,
	.last_intake = last_intake,
	.iso_audit_insert = iso_audit_insert,
	.iso_audit_get = iso_audit_get,
	.iso_audit_list = iso_audit_list,
};

const struct store_module dossier_storage = { "dossier", &dossier_sql, &dossier_migrations };
