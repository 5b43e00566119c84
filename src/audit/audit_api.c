/*
 * audit_api.c: the audit trail over JSON: one record's history
 * (/api/v1/audit) and what one user did (/api/v1/users/{id}/audit).
 */
#include "audit/audit_handlers.h"

#include <string.h>

#include "api/api.h"
#include "audit/audit.h"
#include "http/reply.h"
#include "store/store.h"
#include "audit/audit_service.h"

static json_t *audit_json(const struct audit_entry *e)
{
	json_t *before = e->before ? json_loads(e->before, 0, NULL) : NULL;
	json_t *after = e->after ? json_loads(e->after, 0, NULL) : NULL;
	return json_pack("{s:I, s:s, s:o, s:s, s:s, s:s, s:I, s:o, s:o, s:s, s:s}",
	                 "id", (json_int_t)e->id, "at", e->at,
	                 "actor_id", e->actor_id ? json_integer(e->actor_id) : json_null(),
	                 "actor", e->actor, "action", e->action, "entity", e->entity,
	                 "entity_id", (json_int_t)e->entity_id,
	                 "before", before ? before : json_null(),
	                 "after", after ? after : json_null(),
	                 "prev_hash", e->prev_hash, "hash", e->hash);
}

/* FILTER: keep only the entries the requester may read (a user's actions). */
static void reply_audit(struct http_request *req, const struct audit_filter *f, bool filter)
{
	struct audit_entry *rows;
	size_t n;
	if (audit_read(req->store, f, &req->arena, &rows, &n) != STORE_OK) {
		reply_internal_error(req, "audit list");
		return;
	}
	if (filter)
		n = audit_keep_readable(req->store, &req->arena, http_principal(req), rows, n);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, audit_json(&rows[i]));
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items, "count", (json_int_t)n));
}

/* GET /api/v1/audit?entity=org_unit&entity_id=5: one record's history. */
void api_audit_list(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	const char *entity = http_query(req, "entity");
	int64_t id = http_parse_id(http_query(req, "entity_id"));
	if (entity == NULL || id == 0) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "Give entity (org_unit, person, user, api_token) and entity_id.",
		              entity ? "entity_id" : "entity");
		return;
	}
	if (!audit_may_read(req->store, &req->arena, http_principal(req), entity, id)) {
		http_forbidden(req);
		return;
	}
	int limit, offset;
	if (!api_paging(req, &limit, &offset))
		return;
	struct audit_filter f = { .entity = entity, .entity_id = id, .limit = limit,
	                          .newest_first = true };
	reply_audit(req, &f, false);
}

/* GET /api/v1/users/{id}/audit: what one user did (administrators and supervisors). */
void api_users_audit(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	if (!audit_may_list(http_principal(req))) {
		http_forbidden(req);
		return;
	}
	int limit, offset;
	if (!api_paging(req, &limit, &offset))
		return;
	struct audit_filter f = { .actor_id = http_param_id(req, "id"), .limit = limit,
	                          .newest_first = true };
	if (f.actor_id == 0) {
		reply_not_found(req);
		return;
	}
	reply_audit(req, &f, true);
}
