/*
 * auth_store.c: auth_store.h over the engine layer, for both engines.
 */
#include "auth/auth_store.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store/db.h"
#include "store/db_migrate.h"
#include "util/arena.h"

#define DB_SQL_FILE "auth/auth_sql.h"
#define DB_SQL_PREFIX auth
#define DB_SQL_MODULE "auth"
#include "store/db_sql_list.h"

/* ---- accounts ------------------------------------------------------ */

static const struct db_col account_cols[] = {
	DB_COL_OF(INT64, struct account, id),
	DB_COL_OF(TEXT, struct account, login),
	DB_COL_OF(TEXT, struct account, display_name),
	DB_COL_OF(INT64, struct account, person_id),
	DB_COL_OF(TEXT, struct account, password_hash),
	DB_COL_OF(BOOL, struct account, disabled),
	DB_COL_OF(INT64, struct account, created_at),
	DB_COL_OF(INT64, struct account, home_unit_id),
};

static enum store_status account_get(struct store *st, int64_t id, struct arena *a,
                                     struct account *out)
{
	return db_get(st, &auth_sql, AUTH_ACCOUNT_GET, DB_PARAMS(db_int64(id)),
	              DB_COLS(account_cols), a, out);
}

static enum store_status account_get_by_login(struct store *st, const char *login,
                                              struct arena *a, struct account *out)
{
	return db_get(st, &auth_sql, AUTH_ACCOUNT_GET_BY_LOGIN, DB_PARAMS(db_text(login)),
	              DB_COLS(account_cols), a, out);
}

static enum store_status account_list(struct store *st, struct arena *a,
                                      struct account **out, size_t *n)
{
	return db_list(st, &auth_sql, AUTH_ACCOUNT_LIST, DB_NO_PARAMS, DB_COLS(account_cols),
	               a, sizeof **out, (void **)out, n);
}

static const struct db_col account_id_col[] = { DB_COL_OF(INT64, struct account, id) };

static enum store_status account_insert(struct store *st, struct account *acc)
{
	if (acc->created_at == 0)
		acc->created_at = (int64_t)time(NULL);
	return db_get(st, &auth_sql, AUTH_ACCOUNT_INSERT,
	              DB_PARAMS(db_text(acc->login), db_text(acc->display_name),
	                        db_id(acc->person_id), db_text(acc->password_hash),
	                        db_bool(acc->disabled), db_int64(acc->created_at),
	                        db_id(acc->home_unit_id)),
	              DB_COLS(account_id_col), NULL, acc);
}

static enum store_status account_update(struct store *st, const struct account *acc)
{
	return db_change(st, &auth_sql, AUTH_ACCOUNT_UPDATE,
	                 DB_PARAMS(db_int64(acc->id), db_text(acc->display_name),
	                           db_id(acc->person_id), db_text(acc->password_hash),
	                           db_bool(acc->disabled), db_id(acc->home_unit_id)));
}

/* ---- role grants --------------------------------------------------- */

/*
 * The grant in columns AT..AT+3 of ROW, into the next record of ROWS.  A
 * role this program does not know grants nothing (ROLE_COUNT), and is logged.
 */
static void read_grant_at(struct db_array *rows, const struct db_row *row, int at)
{
	struct role_grant *r = db_array_push(rows);
	r->id = db_row_int64(row, at);
	r->user_id = db_row_int64(row, at + 1);
	size_t len;
	const char *name = db_row_text_raw(row, at + 2, &len);
	char role[64];
	snprintf(role, sizeof role, "%.*s", (int)len, name ? name : "");
	int parsed = role_parse(role);
	if (parsed < 0) {
		fprintf(stderr, "auth_store: grant %lld has an unknown role \"%s\"; it grants nothing\n",
		        (long long)r->id, role);
		parsed = ROLE_COUNT;
	}
	r->role = (enum role)parsed;
	r->unit_id = db_row_int64(row, at + 3);
}

static int read_grant(void *cls, const struct db_row *row)
{
	read_grant_at(cls, row, 0);
	return 0;
}

static enum store_status grant_list(struct store *st, int64_t user_id, struct arena *a,
                                    struct role_grant **out, size_t *n)
{
	struct db_array rows = { .a = a, .size = sizeof **out };
	enum store_status rc = db_query(st, &auth_sql, AUTH_GRANT_LIST,
	                                DB_PARAMS(db_int64(user_id)), read_grant, &rows, NULL);
	*out = db_array_done(&rows, rc, n);
	return rc;
}

static const struct db_col grant_id_col[] = { DB_COL_OF(INT64, struct role_grant, id) };

static enum store_status grant_insert(struct store *st, struct role_grant *g)
{
	/* role_name() spells anything else "unknown": never store that. */
	const char *name = (unsigned)g->role < ROLE_COUNT ? role_name(g->role) : NULL;
	if (name == NULL) {
		fprintf(stderr, "auth_store: insert role grant: no role %d\n", (int)g->role);
		return STORE_HARD_ERROR;
	}
	return db_get(st, &auth_sql, AUTH_GRANT_INSERT,
	              DB_PARAMS(db_int64(g->user_id), db_text(name), db_int64(g->unit_id)),
	              DB_COLS(grant_id_col), NULL, g);
}

static enum store_status grant_delete(struct store *st, int64_t id)
{
	return db_change(st, &auth_sql, AUTH_GRANT_DELETE, DB_PARAMS(db_int64(id)));
}

/* ---- sessions ------------------------------------------------------ */

static const struct db_col session_cols[] = {
	DB_COL_BYTES_OF(struct session, token_hash),
	DB_COL_OF(INT64, struct session, user_id),
	DB_COL_OF(TEXT, struct session, csrf),
	DB_COL_OF(INT64, struct session, created_at),
	DB_COL_OF(INT64, struct session, last_seen),
	DB_COL_OF(INT64, struct session, expires_at),
};

#define HASH(h) db_blob((h), TOKEN_HASH_LEN)

static enum store_status session_insert(struct store *st, const struct session *s)
{
	return db_exec(st, &auth_sql, AUTH_SESSION_INSERT,
	               DB_PARAMS(HASH(s->token_hash), db_int64(s->user_id), db_text(s->csrf),
	                         db_int64(s->created_at), db_int64(s->last_seen),
	                         db_int64(s->expires_at)));
}

static enum store_status session_get(struct store *st, const unsigned char *hash,
                                     struct arena *a, struct session *out)
{
	return db_get(st, &auth_sql, AUTH_SESSION_GET, DB_PARAMS(HASH(hash)),
	              DB_COLS(session_cols), a, out);
}

/* A session, its account and one of the account's grants (columns 14-17, read by hand). */
struct session_row {
	struct session se;
	struct account acc;
};

static const struct db_col session_row_cols[] = {
	DB_COL_BYTES_OF(struct session_row, se.token_hash),
	DB_COL_OF(INT64, struct session_row, se.user_id),
	DB_COL_OF(TEXT, struct session_row, se.csrf),
	DB_COL_OF(INT64, struct session_row, se.created_at),
	DB_COL_OF(INT64, struct session_row, se.last_seen),
	DB_COL_OF(INT64, struct session_row, se.expires_at),
	DB_COL_OF(INT64, struct session_row, acc.id),
	DB_COL_OF(TEXT, struct session_row, acc.login),
	DB_COL_OF(TEXT, struct session_row, acc.display_name),
	DB_COL_OF(INT64, struct session_row, acc.person_id),
	DB_COL_OF(TEXT, struct session_row, acc.password_hash),
	DB_COL_OF(BOOL, struct session_row, acc.disabled),
	DB_COL_OF(INT64, struct session_row, acc.created_at),
	DB_COL_OF(INT64, struct session_row, acc.home_unit_id),
};
enum { SESSION_ROW_GRANT = 14 };

struct session_read {
	bool found;
	struct session_row first;
	struct db_array grants;
};

static int read_session_row(void *cls, const struct db_row *row)
{
	struct session_read *r = cls;
	if (!r->found) {
		db_row_read(row, DB_COLS(session_row_cols), r->grants.a, &r->first);
		r->found = true;
	}
	/* No grant: one row, its grant columns NULL (the LEFT JOIN). */
	if (!db_row_null(row, SESSION_ROW_GRANT))
		read_grant_at(&r->grants, row, SESSION_ROW_GRANT);
	return 0;
}

static enum store_status session_principal(struct store *st, const unsigned char *hash,
                                           struct arena *a, struct session *se,
                                           struct account *acc, struct role_grant **grants,
                                           size_t *ngrants)
{
	struct session_read r = { .grants = { .a = a, .size = sizeof **grants } };
	enum store_status rc = db_query(st, &auth_sql, AUTH_SESSION_PRINCIPAL,
	                                DB_PARAMS(HASH(hash)), read_session_row, &r, NULL);
	*grants = db_array_done(&r.grants, rc, ngrants);
	if (rc == STORE_OK && !r.found)
		rc = STORE_NOT_FOUND;
	if (rc == STORE_OK) {
		*se = r.first.se;
		*acc = r.first.acc;
	}
	return rc;
}

static enum store_status session_touch(struct store *st, const unsigned char *hash,
                                       int64_t now)
{
	return db_change(st, &auth_sql, AUTH_SESSION_TOUCH,
	                 DB_PARAMS(HASH(hash), db_int64(now)));
}

static enum store_status session_delete(struct store *st, const unsigned char *hash)
{
	return db_exec(st, &auth_sql, AUTH_SESSION_DELETE, DB_PARAMS(HASH(hash)));
}

static enum store_status session_delete_for_user(struct store *st, int64_t user_id,
                                                 const unsigned char *keep)
{
	/* No session has the all-zero hash: "keep none". */
	static const unsigned char none[TOKEN_HASH_LEN];
	return db_exec(st, &auth_sql, AUTH_SESSION_DELETE_FOR_USER,
	               DB_PARAMS(db_int64(user_id), HASH(keep ? keep : none)));
}

static enum store_status session_purge(struct store *st, int64_t now)
{
	return db_exec(st, &auth_sql, AUTH_SESSION_PURGE, DB_PARAMS(db_int64(now)));
}

/* ---- API tokens ---------------------------------------------------- */

static const struct db_col token_cols[] = {
	DB_COL_OF(INT64, struct api_token, id),
	DB_COL_BYTES_OF(struct api_token, token_hash),
	DB_COL_OF(INT64, struct api_token, user_id),
	DB_COL_OF(TEXT, struct api_token, name),
	DB_COL_OF(INT64, struct api_token, created_at),
	DB_COL_OF(INT64, struct api_token, last_used),
	DB_COL_OF(INT64, struct api_token, revoked_at),
};

static const struct db_col token_id_col[] = { DB_COL_OF(INT64, struct api_token, id) };

static enum store_status token_insert(struct store *st, struct api_token *t)
{
	return db_get(st, &auth_sql, AUTH_TOKEN_INSERT,
	              DB_PARAMS(HASH(t->token_hash), db_int64(t->user_id), db_text(t->name),
	                        db_int64(t->created_at), db_id(t->last_used),
	                        db_id(t->revoked_at)),
	              DB_COLS(token_id_col), NULL, t);
}

static enum store_status token_get(struct store *st, const unsigned char *hash,
                                   struct arena *a, struct api_token *out)
{
	return db_get(st, &auth_sql, AUTH_TOKEN_GET, DB_PARAMS(HASH(hash)),
	              DB_COLS(token_cols), a, out);
}

static enum store_status token_get_by_id(struct store *st, int64_t id, struct arena *a,
                                         struct api_token *out)
{
	return db_get(st, &auth_sql, AUTH_TOKEN_GET_BY_ID, DB_PARAMS(db_int64(id)),
	              DB_COLS(token_cols), a, out);
}

static enum store_status token_list(struct store *st, int64_t user_id, struct arena *a,
                                    struct api_token **out, size_t *n)
{
	return db_list(st, &auth_sql, AUTH_TOKEN_LIST, DB_PARAMS(db_int64(user_id)),
	               DB_COLS(token_cols), a, sizeof **out, (void **)out, n);
}

static enum store_status token_revoke(struct store *st, int64_t id, int64_t user_id,
                                      int64_t now)
{
	return db_change(st, &auth_sql, AUTH_TOKEN_REVOKE,
	                 DB_PARAMS(db_int64(id), db_int64(user_id), db_int64(now)));
}

static enum store_status token_touch(struct store *st, int64_t id, int64_t now)
{
	return db_change(st, &auth_sql, AUTH_TOKEN_TOUCH, DB_PARAMS(db_int64(id), db_int64(now)));
}

static enum store_status token_revoke_for_user(struct store *st, int64_t user_id, int64_t now)
{
	return db_exec(st, &auth_sql, AUTH_TOKEN_REVOKE_FOR_USER,
	               DB_PARAMS(db_int64(user_id), db_int64(now)));
}

/* ---- sign-in throttle ---------------------------------------------- */

struct throttle_row {
	int failures;
	int64_t window_start;
};

static const struct db_col throttle_cols[] = {
	DB_COL_OF(INT, struct throttle_row, failures),
	DB_COL_OF(INT64, struct throttle_row, window_start),
};

static enum store_status throttle_get(struct store *st, const char *key, int *failures,
                                      int64_t *window_start)
{
	struct throttle_row r = { 0, 0 };
	enum store_status rc = db_get(st, &auth_sql, AUTH_THROTTLE_GET, DB_PARAMS(db_text(key)),
	                              DB_COLS(throttle_cols), NULL, &r);
	*failures = r.failures;
	*window_start = r.window_start;
	return rc;
}

static enum store_status throttle_count(struct store *st, const char *key, int64_t now,
                                        int64_t window_s, int *before)
{
	struct throttle_row r = { 0, 0 };
	enum store_status rc = db_get(st, &auth_sql, AUTH_THROTTLE_COUNT,
	                              DB_PARAMS(db_text(key), db_int64(now),
	                                        db_int64(now - window_s)),
	                              DB_COLS(throttle_cols), NULL, &r);
	*before = r.failures > 0 ? r.failures - 1 : 0;
	return rc;
}

static enum store_status throttle_uncount(struct store *st, const char *key)
{
	return db_exec(st, &auth_sql, AUTH_THROTTLE_UNCOUNT, DB_PARAMS(db_text(key)));
}

static enum store_status throttle_clear(struct store *st, const char *key)
{
	return db_exec(st, &auth_sql, AUTH_THROTTLE_CLEAR, DB_PARAMS(db_text(key)));
}

const struct auth_store auth_store = {
	.account_get = account_get,
	.account_get_by_login = account_get_by_login,
	.account_list = account_list,
	.account_insert = account_insert,
	.account_update = account_update,
	.grant_list = grant_list,
	.grant_insert = grant_insert,
	.grant_delete = grant_delete,
	.session_insert = session_insert,
	.session_get = session_get,
	.session_principal = session_principal,
	.session_touch = session_touch,
	.session_delete = session_delete,
	.session_delete_for_user = session_delete_for_user,
	.session_purge = session_purge,
	.token_insert = token_insert,
	.token_get = token_get,
	.token_get_by_id = token_get_by_id,
	.token_list = token_list,
	.token_revoke = token_revoke,
	.token_touch = token_touch,
	.token_revoke_for_user = token_revoke_for_user,
	.throttle_get = throttle_get,
	.throttle_count = throttle_count,
	.throttle_uncount = throttle_uncount,
	.throttle_clear = throttle_clear,
};

/* What this module owns in the database, for its struct module (.storage). */
const struct store_module auth_storage = { "auth", &auth_sql, NULL };
