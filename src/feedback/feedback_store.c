/*
 * feedback_store.c: feedback_store.h over the engine layer, for both engines.
 */
#include "feedback/feedback_store.h"

#include <stdio.h>
#include <string.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "util/arena.h"

#define DB_SQL_FILE "feedback/feedback_sql.h"
#define DB_SQL_PREFIX feedback
#define DB_SQL_MODULE "feedback"
#include "store/db_sql_list.h"

/* ---- reports ------------------------------------------------------- */

/* Columns 5, 14 and 15 are names of enums and 20.. are optional days: read by hand. */
static const struct db_col fb_cols[] = {
	DB_COL_OF(INT64, struct feedback, id),
	DB_COL_OF(TEXT, struct feedback, code),
	DB_COL_OF(TEXT, struct feedback, category),
	DB_COL_OF(INT64, struct feedback, ward_id),
	DB_COL_OF(INT64, struct feedback, unit_id),
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(TEXT, struct feedback, address),
	DB_COL_OPT_DOUBLE_OF(struct feedback, lat, has_point),
	DB_COL_OF(DOUBLE, struct feedback, lon),
	DB_COL_OF(TEXT, struct feedback, description),
	DB_COL_OF(TEXT, struct feedback, contact_name),
	DB_COL_OF(TEXT, struct feedback, contact_phone),
	DB_COL_OF(TEXT, struct feedback, contact_email),
	DB_COL_OF(TEXT, struct feedback, client_hash),
	{ DB_COL_SKIP, 0, 0 },
	{ DB_COL_SKIP, 0, 0 },
	DB_COL_OF(INT64, struct feedback, received_at),
	DB_COL_OF(INT, struct feedback, received_day),
	DB_COL_OF(INT, struct feedback, due_days),
	DB_COL_OF(INT, struct feedback, due_day),
	DB_COL_OF(INT, struct feedback, committed_day),
	DB_COL_OF(TEXT, struct feedback, progress_note),
	DB_COL_OF(INT64, struct feedback, answered_at),
	DB_COL_OF(INT, struct feedback, answered_day),
	DB_COL_OF(TEXT, struct feedback, answer),
	DB_COL_OF(INT64, struct feedback, closed_at),
	DB_COL_OF(TEXT, struct feedback, reject_reason),
	DB_COL_OF(INT64, struct feedback, duplicate_of),
	DB_COL_OF(INT, struct feedback, reopen_count),
	DB_COL_OF(INT64, struct feedback, updated_at),
	DB_COL_OF(INT64, struct feedback, open311_key_id),
};

static const char *name_col(const struct db_row *row, int col, char *buf, size_t size)
{
	size_t len;
	const char *t = db_row_text_raw(row, col, &len);
	snprintf(buf, size, "%.*s", (int)len, t ? t : "");
	return buf;
}

static int fb_row(void *cls, const struct db_row *row)
{
	struct db_array *rows = cls;
	struct feedback *f = db_array_push(rows);
	db_row_read(row, DB_COLS(fb_cols), rows->a, f);
	char buf[32];
	int c = fb_channel_parse(name_col(row, 5, buf, sizeof buf));
	f->channel = c < 0 ? FB_CH_WEB : (enum fb_channel)c;
	int s = fb_state_parse(name_col(row, 14, buf, sizeof buf));
	f->state = s < 0 ? FB_RECEIVED : (enum fb_state)s;
	int m = fb_moderation_parse(name_col(row, 15, buf, sizeof buf));
	f->moderation = m < 0 ? FB_MOD_PENDING : (enum fb_moderation)m;
	return 0;
}

static enum store_status fb_query(struct store *st, size_t id, const struct db_param *p,
                                  size_t np, struct arena *a, struct feedback **out, size_t *n)
{
	struct db_array rows = { .a = a, .size = sizeof **out };
	enum store_status rc = db_query(st, &feedback_sql, id, p, np, fb_row, &rows, NULL);
	*out = db_array_done(&rows, rc, n);
	return rc;
}

static enum store_status fb_one(struct store *st, size_t id, struct db_param p,
                                struct arena *a, struct feedback *out)
{
	struct feedback *list;
	size_t n;
	enum store_status rc = fb_query(st, id, &p, 1, a, &list, &n);
	if (rc == STORE_OK && n == 0)
		rc = STORE_NOT_FOUND;
	if (rc == STORE_OK)
		*out = list[0];
	return rc;
}

static enum store_status fb_get(struct store *st, int64_t id, struct arena *a,
                                struct feedback *out)
{
	return fb_one(st, FB_GET, db_int64(id), a, out);
}

static enum store_status fb_get_by_code(struct store *st, const char *code, struct arena *a,
                                        struct feedback *out)
{
	return fb_one(st, FB_GET_BY_CODE, db_text(code), a, out);
}

static enum store_status fb_list(struct store *st, const struct feedback_filter *f,
                                 struct arena *a, struct feedback **out, size_t *n)
{
	return fb_query(st, FB_LIST,
	                DB_PARAMS(db_text(f->state >= 0 ? fb_state_name((enum fb_state)f->state) : ""),
	                          db_int64(f->unit_id), db_int64(f->ward_id),
	                          db_text(f->category ? f->category : ""),
	                          db_text(f->moderation >= 0
	                                  ? fb_moderation_name((enum fb_moderation)f->moderation) : ""),
	                          db_int64(f->status), db_int64(f->from), db_int64(f->to),
	                          db_int64(f->limit > 0 ? f->limit : 1000), db_int64(f->offset)),
	                a, out, n);
}

static struct db_param opt_int(int64_t v)
{
	return v ? db_int64(v) : db_null();
}

static const struct db_col id_col[] = { DB_COL_OF(INT64, struct feedback, id) };

static enum store_status fb_insert(struct store *st, struct feedback *f)
{
	return db_get(st, &feedback_sql, FB_INSERT,
	              DB_PARAMS(db_text(f->code), db_text(f->category), db_int64(f->ward_id),
	                        db_id(f->unit_id), db_text(fb_channel_name(f->channel)),
	                        db_text(f->address), db_opt_double(f->has_point, f->lat),
	                        db_opt_double(f->has_point, f->lon), db_text(f->description),
	                        db_text(f->contact_name), db_text(f->contact_phone),
	                        db_text(f->contact_email), db_text(f->client_hash),
	                        db_text(fb_state_name(f->state)),
	                        db_text(fb_moderation_name(f->moderation)), db_int64(f->received_at),
	                        db_int64(f->received_day), db_int64(f->due_days),
	                        db_int64(f->due_day), opt_int(f->committed_day),
	                        db_text(f->progress_note), opt_int(f->answered_at),
	                        opt_int(f->answered_day), db_text(f->answer), opt_int(f->closed_at),
	                        db_text(f->reject_reason), db_id(f->duplicate_of),
	                        db_int64(f->reopen_count), db_int64(f->updated_at),
	                        db_id(f->open311_key_id)),
	              DB_COLS(id_col), NULL, f);
}

static enum store_status fb_update(struct store *st, const struct feedback *f)
{
	return db_change(st, &feedback_sql, FB_UPDATE,
	                 DB_PARAMS(db_int64(f->id), db_id(f->unit_id),
	                           db_text(fb_state_name(f->state)),
	                           db_text(fb_moderation_name(f->moderation)), db_int64(f->due_day),
	                           opt_int(f->committed_day), db_text(f->progress_note),
	                           opt_int(f->answered_at), opt_int(f->answered_day),
	                           db_text(f->answer), opt_int(f->closed_at),
	                           db_text(f->reject_reason), db_id(f->duplicate_of),
	                           db_int64(f->reopen_count), db_int64(f->updated_at),
	                           db_text(f->category), db_int64(f->due_days)));
}

static enum store_status fb_count_from(struct store *st, const char *client_hash, int64_t since,
                                       int64_t *n)
{
	return db_scalar(st, &feedback_sql, FB_COUNT_FROM,
	                 DB_PARAMS(db_text(client_hash), db_int64(since)), n);
}

static const struct db_col point_cols[] = {
	DB_COL_OF(INT64, struct fb_ward_point, ward_id),
	DB_COL_OF(DOUBLE, struct fb_ward_point, lat),
	DB_COL_OF(DOUBLE, struct fb_ward_point, lon),
	DB_COL_OF(DOUBLE, struct fb_ward_point, south),
	DB_COL_OF(DOUBLE, struct fb_ward_point, north),
	DB_COL_OF(DOUBLE, struct fb_ward_point, west),
	DB_COL_OF(DOUBLE, struct fb_ward_point, east),
	DB_COL_OF(INT64, struct fb_ward_point, n),
};

static enum store_status fb_ward_points(struct store *st, struct arena *a,
                                        struct fb_ward_point **out, size_t *n)
{
	return db_list(st, &feedback_sql, FB_WARD_POINTS, DB_NO_PARAMS, DB_COLS(point_cols), a,
	               sizeof **out, (void **)out, n);
}

static const struct db_col count_cols[] = {
	DB_COL_OF(INT64, struct fb_unit_counts, unit_id),
	DB_COL_OF(INT64, struct fb_unit_counts, ward_id),
	DB_COL_OF(INT64, struct fb_unit_counts, open),
	DB_COL_OF(INT64, struct fb_unit_counts, late),
	DB_COL_OF(INT64, struct fb_unit_counts, due_soon),
	DB_COL_OF(INT64, struct fb_unit_counts, pending),
	DB_COL_OF(INT64, struct fb_unit_counts, answered),
	DB_COL_OF(INT64, struct fb_unit_counts, on_time),
};

static enum store_status fb_unit_counts(struct store *st, int64_t today, int64_t soon,
                                        int64_t from, struct arena *a,
                                        struct fb_unit_counts **out, size_t *n)
{
	return db_list(st, &feedback_sql, FB_UNIT_COUNTS,
	               DB_PARAMS(db_int64(today), db_int64(soon), db_int64(from)),
	               DB_COLS(count_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status fb_open_of_unit(struct store *st, int64_t unit, struct arena *a,
                                         struct feedback **out, size_t *n)
{
	return fb_query(st, FB_OPEN_OF_UNIT, DB_PARAMS(db_int64(unit)), a, out, n);
}

static enum store_status fb_open_by_deadline(struct store *st, int64_t limit, int64_t offset,
                                             struct arena *a, struct feedback **out, size_t *n)
{
	return fb_query(st, FB_OPEN_BY_DEADLINE, DB_PARAMS(db_int64(limit), db_int64(offset)), a,
	                out, n);
}

static enum store_status fb_revision(struct store *st, int64_t *rev)
{
	return db_revision(st, &feedback_sql, FB_REVISION, DB_NO_PARAMS, rev);
}

/* ---- history and photos ------------------------------------------- */

static const struct db_col event_cols[] = {
	DB_COL_OF(INT64, struct feedback_event, id),
	DB_COL_OF(INT64, struct feedback_event, feedback_id),
	DB_COL_OF(INT64, struct feedback_event, at),
	DB_COL_OF(TEXT, struct feedback_event, kind),
	DB_COL_OF(TEXT, struct feedback_event, actor),
	DB_COL_OF(TEXT, struct feedback_event, text),
	DB_COL_OF(BOOL, struct feedback_event, is_public),
};

static const struct db_col event_id_col[] = { DB_COL_OF(INT64, struct feedback_event, id) };

static enum store_status event_insert(struct store *st, struct feedback_event *e)
{
	return db_get(st, &feedback_sql, FB_EVENT_INSERT,
	              DB_PARAMS(db_int64(e->feedback_id), db_int64(e->at), db_text(e->kind),
	                        db_text(e->actor), db_text(e->text), db_bool(e->is_public)),
	              DB_COLS(event_id_col), NULL, e);
}

static enum store_status event_list(struct store *st, int64_t feedback_id, bool public_only,
                                    struct arena *a, struct feedback_event **out, size_t *n)
{
	return db_list(st, &feedback_sql, FB_EVENT_LIST,
	               DB_PARAMS(db_int64(feedback_id), db_bool(public_only)),
	               DB_COLS(event_cols), a, sizeof **out, (void **)out, n);
}

static const struct db_col photo_cols[] = {
	DB_COL_OF(INT64, struct feedback_photo, id),
	DB_COL_OF(INT64, struct feedback_photo, feedback_id),
	DB_COL_OF(TEXT, struct feedback_photo, mime),
	DB_COL_BLOB_OF(struct feedback_photo, data, len),
};

static const struct db_col photo_id_col[] = { DB_COL_OF(INT64, struct feedback_photo, id) };

static enum store_status photo_insert(struct store *st, struct feedback_photo *p, int64_t now)
{
	return db_get(st, &feedback_sql, FB_PHOTO_INSERT,
	              DB_PARAMS(db_int64(p->feedback_id), db_text(p->mime),
	                        db_blob(p->data, p->len), db_int64(now)),
	              DB_COLS(photo_id_col), NULL, p);
}

static enum store_status photo_get(struct store *st, int64_t id, struct arena *a,
                                   struct feedback_photo *out)
{
	return db_get(st, &feedback_sql, FB_PHOTO_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(photo_cols), a, out);
}

struct one_id {
	int64_t id;
};
static const struct db_col one_id_col[] = { DB_COL_OF(INT64, struct one_id, id) };

static enum store_status photo_ids(struct store *st, int64_t feedback_id, struct arena *a,
                                   int64_t **out, size_t *n)
{
	return db_list(st, &feedback_sql, FB_PHOTO_IDS, DB_PARAMS(db_int64(feedback_id)),
	               DB_COLS(one_id_col), a, sizeof **out, (void **)out, n);
}

/* ---- categories and rules ----------------------------------------- */

static const struct db_col category_cols[] = {
	DB_COL_OF(TEXT, struct feedback_category, code),
	DB_COL_OF(TEXT, struct feedback_category, name),
	DB_COL_OF(TEXT, struct feedback_category, name_en),
	DB_COL_OF(TEXT, struct feedback_category, group),
	DB_COL_OF(INT, struct feedback_category, due_days),
};

static enum store_status category_list(struct store *st, struct arena *a,
                                       struct feedback_category **out, size_t *n)
{
	return db_list(st, &feedback_sql, FB_CATEGORY_LIST, DB_NO_PARAMS, DB_COLS(category_cols),
	               a, sizeof **out, (void **)out, n);
}

static const struct db_col rule_cols[] = {
	DB_COL_OF(INT64, struct feedback_rule, id),
	DB_COL_OF(TEXT, struct feedback_rule, category),
	DB_COL_OF(INT64, struct feedback_rule, ward_id),
	DB_COL_OF(INT64, struct feedback_rule, unit_id),
};

static enum store_status rule_list(struct store *st, struct arena *a,
                                   struct feedback_rule **out, size_t *n)
{
	return db_list(st, &feedback_sql, FB_RULE_LIST, DB_NO_PARAMS, DB_COLS(rule_cols), a,
	               sizeof **out, (void **)out, n);
}

static enum store_status rule_get(struct store *st, int64_t id, struct arena *a,
                                  struct feedback_rule *out)
{
	return db_get(st, &feedback_sql, FB_RULE_GET, DB_PARAMS(db_int64(id)), DB_COLS(rule_cols),
	              a, out);
}

static const struct db_col rule_id_col[] = { DB_COL_OF(INT64, struct feedback_rule, id) };

static enum store_status rule_insert(struct store *st, struct feedback_rule *r)
{
	return db_get(st, &feedback_sql, FB_RULE_INSERT,
	              DB_PARAMS(db_text(r->category && r->category[0] ? r->category : NULL),
	                        db_id(r->ward_id), db_int64(r->unit_id)),
	              DB_COLS(rule_id_col), NULL, r);
}

static enum store_status rule_delete(struct store *st, int64_t id)
{
	return db_change(st, &feedback_sql, FB_RULE_DELETE, DB_PARAMS(db_int64(id)));
}

/* ---- Open311 keys --------------------------------------------------- */

static const struct db_col key_cols[] = {
	DB_COL_OF(INT64, struct open311_key, id),
	DB_COL_OF(TEXT, struct open311_key, name),
	DB_COL_OF(INT64, struct open311_key, created_at),
	DB_COL_OF(TEXT, struct open311_key, created_by),
	DB_COL_OF(INT64, struct open311_key, revoked_at),
	DB_COL_OF(INT, struct open311_key, per_hour),
};

static const struct db_col key_id_col[] = { DB_COL_OF(INT64, struct open311_key, id) };

static enum store_status key_insert(struct store *st, struct open311_key *k,
                                    const unsigned char hash[OPEN311_KEY_HASH_LEN])
{
	return db_get(st, &feedback_sql, FB_KEY_INSERT,
	              DB_PARAMS(db_text(k->name), db_blob(hash, OPEN311_KEY_HASH_LEN),
	                        db_int64(k->created_at), db_text(k->created_by),
	                        opt_int(k->per_hour)),
	              DB_COLS(key_id_col), NULL, k);
}

static enum store_status key_list(struct store *st, struct arena *a, struct open311_key **out,
                                  size_t *n)
{
	return db_list(st, &feedback_sql, FB_KEY_LIST, DB_NO_PARAMS, DB_COLS(key_cols), a,
	               sizeof **out, (void **)out, n);
}

static enum store_status key_get(struct store *st, int64_t id, struct arena *a,
                                 struct open311_key *out)
{
	return db_get(st, &feedback_sql, FB_KEY_GET, DB_PARAMS(db_int64(id)), DB_COLS(key_cols), a,
	              out);
}

static enum store_status key_by_hash(struct store *st,
                                     const unsigned char hash[OPEN311_KEY_HASH_LEN],
                                     struct arena *a, struct open311_key *out)
{
	return db_get(st, &feedback_sql, FB_KEY_BY_HASH,
	              DB_PARAMS(db_blob(hash, OPEN311_KEY_HASH_LEN)), DB_COLS(key_cols), a, out);
}

static enum store_status key_revoke(struct store *st, int64_t id, int64_t now)
{
	return db_change(st, &feedback_sql, FB_KEY_REVOKE, DB_PARAMS(db_int64(id), db_int64(now)));
}

struct sent_since {
	int64_t n, oldest;
};

static const struct db_col sent_cols[] = {
	DB_COL_OF(INT64, struct sent_since, n),
	DB_COL_OF(INT64, struct sent_since, oldest),
};

static enum store_status key_sent_since(struct store *st, int64_t key_id, int64_t since,
                                        int64_t *n, int64_t *oldest)
{
	struct sent_since r = { 0 };
	enum store_status s = db_get(st, &feedback_sql, FB_KEY_SENT_SINCE,
	                             DB_PARAMS(db_int64(key_id), db_int64(since)), DB_COLS(sent_cols),
	                             NULL, &r);
	*n = r.n;
	*oldest = r.oldest;
	return s;
}

const struct feedback_store feedback_store = {
	.get = fb_get,
	.get_by_code = fb_get_by_code,
	.list = fb_list,
	.insert = fb_insert,
	.update = fb_update,
	.count_from = fb_count_from,
	.event_insert = event_insert,
	.event_list = event_list,
	.photo_insert = photo_insert,
	.photo_get = photo_get,
	.photo_ids = photo_ids,
	.category_list = category_list,
	.rule_list = rule_list,
	.rule_get = rule_get,
	.rule_insert = rule_insert,
	.rule_delete = rule_delete,
	.key_insert = key_insert,
	.key_list = key_list,
	.key_get = key_get,
	.key_by_hash = key_by_hash,
	.key_revoke = key_revoke,
	.key_sent_since = key_sent_since,
	.ward_points = fb_ward_points,
	.unit_counts = fb_unit_counts,
	.open_by_deadline = fb_open_by_deadline,
	.open_of_unit = fb_open_of_unit,
	.revision = fb_revision,
};

extern const struct module_migrations feedback_migrations;

/* What this module owns in the database, for its struct module (.storage). */
const struct store_module feedback_storage = { "feedback", &feedback_sql,
                                               &feedback_migrations };
