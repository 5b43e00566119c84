/* token_service.c: see token_service.h. */
#include "auth/token_service.h"

#include <time.h>

#include "auth/auth_store.h"
#include "store/store.h"

json_t *token_json(const struct api_token *t)
{
	return json_pack("{s:I, s:s, s:I, s:o, s:o}", "id", (json_int_t)t->id, "name", t->name,
	                 "created_at", (json_int_t)t->created_at,
	                 "last_used", t->last_used ? json_integer(t->last_used) : json_null(),
	                 "revoked_at", t->revoked_at ? json_integer(t->revoked_at) : json_null());
}

struct token_job {
	const struct principal *who;
	struct api_token *t;
	int64_t id;
};

static enum org_result create_body(struct store *st, void *p)
{
	struct token_job *j = p;
	if (auth_store.token_insert(st, j->t) != STORE_OK)
		return ORG_FAILED;
	json_t *after = token_json(j->t);
	int s = audit_record(st, &j->who->actor, "create", "api_token", j->t->id, NULL, after);
	json_decref(after);
	return s == STORE_OK ? ORG_OK : ORG_FAILED;
}

enum org_result token_create(struct store *st, const struct principal *who, const char *name,
                             char token[TOKEN_TEXT_MAX], struct api_token *out)
{
	if (!who->authenticated || who->system || who->via_token)
		return ORG_FORBIDDEN;
	auth_new_token(API_TOKEN_PREFIX, token);
	*out = (struct api_token){ .user_id = who->actor.user_id, .name = name,
	                           .created_at = (int64_t)time(NULL) };
	auth_token_hash(token, out->token_hash);
	struct token_job j = { who, out, 0 };
	return org_in_transaction(st, create_body, &j);
}

static enum org_result revoke_body(struct store *st, void *p)
{
	struct token_job *j = p;
	enum store_status s = auth_store.token_revoke(st, j->id, j->who->actor.user_id,
	                                            (int64_t)time(NULL));
	if (s == STORE_NOT_FOUND)
		return ORG_NOT_FOUND;
	if (s != STORE_OK)
		return ORG_FAILED;
	return audit_record(st, &j->who->actor, "revoke", "api_token", j->id, NULL, NULL)
	       == STORE_OK ? ORG_OK : ORG_FAILED;
}

enum org_result token_revoke(struct store *st, const struct principal *who, int64_t id)
{
	if (id <= 0 || !who->authenticated)
		return ORG_NOT_FOUND;
	struct token_job j = { who, NULL, id };
	return org_in_transaction(st, revoke_body, &j);
}
