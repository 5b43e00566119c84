/*
 * reception_store.h: the reception module's storage: sessions, the
 * register's lines (questions), commitments.  One const table of functions
 * over the engine layer (store/db.h) with the statements of reception_sql.h.
 */
#ifndef DIEUHANH_RECEPTION_STORE_H
#define DIEUHANH_RECEPTION_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "reception/reception.h"
#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;

struct reception_store {
	enum store_status (*session_get)(struct store *st, int64_t id, struct arena *a,
	                                 struct rc_session *out);
	/* Sessions on days FROM..TO of UNIT (0: any unit), by day. */
	enum store_status (*session_list)(struct store *st, cal_day from, cal_day to, int64_t unit,
	                                  struct arena *a, struct rc_session **out, size_t *n);
	enum store_status (*session_insert)(struct store *st, struct rc_session *s);
	/* Writes status, minutes, summary, updated_at. */
	enum store_status (*session_update)(struct store *st, const struct rc_session *s);

	/* The register of a session, by number. */
	enum store_status (*question_list)(struct store *st, int64_t session, struct arena *a,
	                                   struct rc_question **out, size_t *n);
	enum store_status (*question_get)(struct store *st, int64_t id, struct arena *a,
	                                  struct rc_question *out);
	/* Sets Q->id and Q->number (the next in the session). */
	enum store_status (*question_insert)(struct store *st, struct rc_question *q);
	enum store_status (*question_answer)(struct store *st, int64_t id, const char *result,
	                                     cal_day day);
	/* Questions sent from CLIENT_HASH since SINCE, and the time of the oldest (0: none). */
	enum store_status (*question_sent_since)(struct store *st, const char *client_hash,
	                                         int64_t since, int64_t *n, int64_t *oldest);

	enum store_status (*commitment_list)(struct store *st, int64_t session, struct arena *a,
	                                     struct rc_commitment **out, size_t *n);
	enum store_status (*commitment_get)(struct store *st, int64_t id, struct arena *a,
	                                    struct rc_commitment *out);
	enum store_status (*commitment_insert)(struct store *st, struct rc_commitment *c);
	/* Writes task_id and done. */
	enum store_status (*commitment_update)(struct store *st, const struct rc_commitment *c);
	/* Commitments not marked done, deadline first, with their session's unit and day. */
	enum store_status (*commitment_open)(struct store *st, struct arena *a,
	                                     struct rc_open_commitment **out, size_t *n);
	/* Sessions with register lines unanswered and due before TODAY, oldest first. */
	enum store_status (*question_late)(struct store *st, cal_day today, struct arena *a,
	                                   struct rc_late_lines **out, size_t *n);
};

extern const struct reception_store reception_store;
extern const struct db_sql_list reception_sql;
extern const struct store_module reception_storage;

#endif
