/* api_units.c: /api/v1/units — list, get, subtree, create, update. */
#include "api/api.h"
#include "org/org_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/json_input.h"
#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"
#include "org/org_service.h"

#define UNIT_FIELD(name, type) { #name, type, offsetof(struct org_unit, name) }

static const struct json_field unit_fields[] = {
	{ "id", JF_IGNORED, 0 },
	UNIT_FIELD(kind, JF_STRING),
	UNIT_FIELD(code, JF_STRING),
	UNIT_FIELD(name, JF_STRING),
	UNIT_FIELD(parent_id, JF_OPT_ID),
	UNIT_FIELD(valid_from, JF_OPT_STRING),
	UNIT_FIELD(valid_to, JF_OPT_STRING),
	UNIT_FIELD(predecessor_id, JF_OPT_ID),
	UNIT_FIELD(successor_id, JF_OPT_ID),
};

void api_units_list(struct http_request *req)
{
	struct unit_filter f = { 0 };
	f.kind = http_query(req, "kind");
	if (f.kind && *f.kind == '\0')
		f.kind = NULL;
	if (f.kind && !org_unit_kind_valid(f.kind)) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "Unknown kind of unit.", "kind");
		return;
	}
	const char *parent = http_query(req, "parent");
	if (parent && *parent && (f.parent_id = http_parse_id(parent)) == 0) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'parent' must be a unit id.", "parent");
		return;
	}
	if (!api_paging(req, &f.limit, &f.offset) || !api_search(req, &f.q_folded))
		return;
	struct org_unit *units;
	size_t n;
	enum store_status s = org_unit_list(req->store, &f, &req->arena, &units, &n);
	if (s != STORE_OK) {
		reply_internal_error(req, store_status_name(s));
		return;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, org_unit_json(&units[i]));
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items, "count", (json_int_t)n));
}

void api_units_get(struct http_request *req)
{
	struct org_unit u;
	int64_t id = http_param_id(req, "id");
	enum store_status s = id ? org_unit_get(req->store, id, &req->arena, &u)
	                         : STORE_NOT_FOUND;
	if (reply_unless_found(req, s))
		reply_json(req, 200, org_unit_json(&u));
}

struct id_slot {
	int64_t id;
	json_t *node;
};

static int id_slot_cmp(const void *a, const void *b)
{
	int64_t x = ((const struct id_slot *)a)->id, y = ((const struct id_slot *)b)->id;
	return (x > y) - (x < y);
}

/*
 * The subtree arrives flat (root first, the rest in name order); each row is
 * hung under its parent, found by binary search on id, so children keep the
 * name order.  Returns the JSON text (malloc'd) or NULL with the status.
 */
static char *render_tree(struct http_request *req, int64_t id, enum store_status *status)
{
	struct org_unit *units;
	size_t n = 0;
	*status = org_unit_subtree(req->store, id, &req->arena, &units, &n);
	if (*status != STORE_OK)
		return NULL;
	struct id_slot *index = arena_alloc(&req->arena, n * sizeof *index);
	json_t **nodes = arena_alloc(&req->arena, n * sizeof *nodes);
	for (size_t i = 0; i < n; i++) {
		nodes[i] = org_unit_json(&units[i]);
		json_object_set_new(nodes[i], "children", json_array());
		index[i] = (struct id_slot){ units[i].id, nodes[i] };
	}
	qsort(index, n, sizeof *index, id_slot_cmp);
	for (size_t i = 1; i < n; i++) {
		struct id_slot key = { units[i].parent_id, NULL };
		struct id_slot *parent = bsearch(&key, index, n, sizeof *index, id_slot_cmp);
		if (parent)
			json_array_append(json_object_get(parent->node, "children"), nodes[i]);
	}
	for (size_t i = 1; i < n; i++)
		json_decref(nodes[i]);
	char *text = json_dumps(nodes[0], JSON_COMPACT);
	json_decref(nodes[0]);
	return text;
}

/*
 * The tree is the district's most read page and changes rarely: its JSON is
 * cached by (root, org revision), and the revision doubles as the ETag.
 */
void api_units_tree(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	int64_t rev = 0;
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	enum store_status s = org_unit_revision(req->store, &rev);
	if (s != STORE_OK) {
		reply_internal_error(req, store_status_name(s));
		return;
	}
	char etag[48];
	snprintf(etag, sizeof etag, "\"t%lld-%lld\"", (long long)id, (long long)rev);
	const char *inm = http_header(req, MHD_HTTP_HEADER_IF_NONE_MATCH);
	char *text;
	struct http_body *body;
	char key[32];
	snprintf(key, sizeof key, "tree:%lld", (long long)id);
	if (inm && strstr(inm, etag)) {
		reply_not_modified(req);
	} else if ((body = http_cache_ref(req->server->cache, key, rev)) != NULL) {
		reply_body(req, 200, body, "application/json");
		http_body_release(body);
	} else if ((text = render_tree(req, id, &s)) != NULL) {
		/* Rendered on this thread: a tree is a few ms at most, and rarely. */
		body = http_body_take(text, strlen(text));
		if (body == NULL) {
			reply_internal_error(req, "out of memory");
			return;
		}
		http_cache_store(req->server->cache, key, rev, body);
		reply_body(req, 200, body, "application/json");
		http_body_release(body);
	} else if (s == STORE_NOT_FOUND) {
		reply_not_found(req);
		return;
	} else {
		reply_internal_error(req, store_status_name(s));
		return;
	}
	reply_header(req, MHD_HTTP_HEADER_ETAG, etag);
	reply_header(req, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
}

static bool apply_unit_json(void *ctx, struct org_unit *u, struct arena *a,
                            struct org_error *err)
{
	return json_apply(ctx, unit_fields, sizeof unit_fields / sizeof unit_fields[0],
	                  u, a, err);
}

static void save_unit(struct http_request *req, int64_t id)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct org_unit u;
	struct org_error err = { 0 };
	enum org_result r = org_unit_save(req->store, &req->arena, http_principal(req), id,
	                                  apply_unit_json, body, &u, &err);
	if (r != ORG_OK) {
		api_reply_org_result(req, r, &err);
		return;
	}
	reply_json(req, id ? 200 : 201, org_unit_json(&u));
	if (id == 0)
		reply_header(req, MHD_HTTP_HEADER_LOCATION,
		             arena_printf(&req->arena, "/api/v1/units/%lld", (long long)u.id));
}

void api_units_create(struct http_request *req)
{
	save_unit(req, 0);
}

void api_units_update(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	save_unit(req, id);
}
