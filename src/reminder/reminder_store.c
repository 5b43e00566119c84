/* reminder_store.c: reminder_store.h over the engine layer, for both engines. */
#include "reminder/reminder_store.h"

#include "store/db.h"
#include "store/db_migrate.h"

#define DB_SQL_FILE "reminder/reminder_sql.h"
#define DB_SQL_PREFIX reminder
#define DB_SQL_MODULE "reminder"
#include "store/db_sql_list.h"

/* ON CONFLICT DO NOTHING: a failed INSERT would end a PostgreSQL transaction. */
static enum store_status run_claim(struct store *st, const char *day, int64_t now)
{
	int64_t changes = 0;
	enum store_status s = db_query(st, &reminder_sql, REMINDER_RUN_CLAIM,
	                               DB_PARAMS(db_text(day), db_int64(now)), NULL, NULL, &changes);
	return s == STORE_OK && changes == 0 ? STORE_CONFLICT : s;
}

static enum store_status run_finish(struct store *st, const char *day, int digests, int emails)
{
	return db_change(st, &reminder_sql, REMINDER_RUN_FINISH,
	                 DB_PARAMS(db_text(day), db_int64(digests), db_int64(emails)));
}

static const struct db_col id_col[] = { { DB_COL_INT64, 0, 0 } };

static enum store_status digest_insert(struct store *st, struct reminder_digest *d)
{
	return db_get(st, &reminder_sql, REMINDER_DIGEST_INSERT,
	              DB_PARAMS(db_int64(d->user_id), db_text(d->day), db_int64(d->created_at),
	                        db_text(d->subject), db_text(d->body), db_text(d->items),
	                        db_int64(d->n_items), db_int64(d->n_overdue)),
	              DB_COLS(id_col), NULL, &d->id);
}

static const struct db_col digest_cols[] = {
	DB_COL_OF(INT64, struct reminder_digest, id),
	DB_COL_OF(INT64, struct reminder_digest, user_id),
	DB_COL_CHARS_OF(struct reminder_digest, day),
	DB_COL_OF(INT64, struct reminder_digest, created_at),
	DB_COL_OF(TEXT, struct reminder_digest, subject),
	DB_COL_OF(TEXT, struct reminder_digest, body),
	DB_COL_OF(TEXT, struct reminder_digest, items),
	DB_COL_OF(INT, struct reminder_digest, n_items),
	DB_COL_OF(INT, struct reminder_digest, n_overdue),
};

static enum store_status digest_list(struct store *st, int64_t user_id, int limit,
                                     struct arena *a, struct reminder_digest **out, size_t *n)
{
	return db_list(st, &reminder_sql, REMINDER_DIGEST_LIST,
	               DB_PARAMS(db_int64(user_id), db_int64(limit)), DB_COLS(digest_cols), a,
	               sizeof **out, (void **)out, n);
}

static enum store_status mail_insert(struct store *st, struct reminder_mail *m)
{
	return db_get(st, &reminder_sql, REMINDER_MAIL_INSERT,
	              DB_PARAMS(db_int64(m->digest_id), db_text(m->to_addr), db_text(m->subject),
	                        db_text(m->body), db_int64(m->created_at)),
	              DB_COLS(id_col), NULL, &m->id);
}

static const struct db_col mail_cols[] = {
	DB_COL_OF(INT64, struct reminder_mail, id),
	DB_COL_OF(INT64, struct reminder_mail, digest_id),
	DB_COL_OF(TEXT, struct reminder_mail, to_addr),
	DB_COL_OF(TEXT, struct reminder_mail, subject),
	DB_COL_OF(TEXT, struct reminder_mail, body),
	DB_COL_OF(INT64, struct reminder_mail, created_at),
	DB_COL_OF(INT, struct reminder_mail, attempts),
	DB_COL_OF(INT64, struct reminder_mail, next_attempt_at),
	DB_COL_OF(INT64, struct reminder_mail, sent_at),
	DB_COL_OF(TEXT, struct reminder_mail, last_error),
};

static enum store_status mail_pending(struct store *st, int64_t now, int limit,
                                      struct arena *a, struct reminder_mail **out, size_t *n)
{
	return db_list(st, &reminder_sql, REMINDER_MAIL_PENDING,
	               DB_PARAMS(db_int64(now), db_int64(limit)), DB_COLS(mail_cols), a,
	               sizeof **out, (void **)out, n);
}

static enum store_status mail_sent(struct store *st, int64_t id, int64_t at)
{
	return db_change(st, &reminder_sql, REMINDER_MAIL_SENT, DB_PARAMS(db_int64(id), db_int64(at)));
}

static enum store_status mail_failed(struct store *st, int64_t id, int64_t next_at,
                                     const char *error)
{
	return db_change(st, &reminder_sql, REMINDER_MAIL_FAILED,
	                 DB_PARAMS(db_int64(id), db_int64(next_at), db_text(error ? error : "")));
}

static enum store_status mail_unsent_count(struct store *st, int64_t *n)
{
	return db_scalar(st, &reminder_sql, REMINDER_MAIL_UNSENT_COUNT, DB_NO_PARAMS, n);
}

static enum store_status feed_insert(struct store *st, struct reminder_feed *f)
{
	return db_get(st, &reminder_sql, REMINDER_FEED_INSERT,
	              DB_PARAMS(db_text(f->kind), db_int64(f->unit_id), db_int64(f->user_id),
	                        db_text(f->token_hash), db_text(f->name ? f->name : ""),
	                        db_int64(f->created_at)),
	              DB_COLS(id_col), NULL, &f->id);
}

static const struct db_col feed_cols[] = {
	DB_COL_OF(INT64, struct reminder_feed, id),
	DB_COL_OF(TEXT, struct reminder_feed, kind),
	DB_COL_OF(INT64, struct reminder_feed, unit_id),
	DB_COL_OF(INT64, struct reminder_feed, user_id),
	DB_COL_CHARS_OF(struct reminder_feed, token_hash),
	DB_COL_OF(TEXT, struct reminder_feed, name),
	DB_COL_OF(INT64, struct reminder_feed, created_at),
	DB_COL_OF(INT64, struct reminder_feed, revoked_at),
};

static enum store_status feed_by_hash(struct store *st, const char *hash, struct arena *a,
                                      struct reminder_feed *out)
{
	return db_get(st, &reminder_sql, REMINDER_FEED_BY_HASH, DB_PARAMS(db_text(hash)),
	              DB_COLS(feed_cols), a, out);
}

static enum store_status feed_get(struct store *st, int64_t id, struct arena *a,
                                  struct reminder_feed *out)
{
	return db_get(st, &reminder_sql, REMINDER_FEED_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(feed_cols), a, out);
}

static enum store_status feed_list(struct store *st, int64_t user_id, struct arena *a,
                                   struct reminder_feed **out, size_t *n)
{
	return db_list(st, &reminder_sql, REMINDER_FEED_LIST, DB_PARAMS(db_int64(user_id)),
	               DB_COLS(feed_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status feed_revoke(struct store *st, int64_t id, int64_t at)
{
	return db_change(st, &reminder_sql, REMINDER_FEED_REVOKE, DB_PARAMS(db_int64(id), db_int64(at)));
}

const struct reminder_store reminder_store = {
	.run_claim = run_claim,
	.run_finish = run_finish,
	.digest_insert = digest_insert,
	.digest_list = digest_list,
	.mail_insert = mail_insert,
	.mail_pending = mail_pending,
	.mail_sent = mail_sent,
	.mail_failed = mail_failed,
	.mail_unsent_count = mail_unsent_count,
	.feed_insert = feed_insert,
	.feed_by_hash = feed_by_hash,
	.feed_get = feed_get,
	.feed_list = feed_list,
	.feed_revoke = feed_revoke,
};

const struct store_module reminder_storage = { "reminder", &reminder_sql, &reminder_migrations };
