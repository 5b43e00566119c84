/* api_people.c: /api/v1/people — list, get, create, update. */
#include "api/api.h"
#include "org/org_handlers.h"

#include "api/json_input.h"
#include "http/reply.h"
#include "store/store.h"
#include "org/org_service.h"

#define PERSON_FIELD(name, type) { #name, type, offsetof(struct org_person, name) }

static const struct json_field person_fields[] = {
	{ "id", JF_IGNORED, 0 },
	PERSON_FIELD(full_name, JF_STRING),
	PERSON_FIELD(title, JF_OPT_STRING),
	PERSON_FIELD(unit_id, JF_ID),
	PERSON_FIELD(email, JF_OPT_STRING),
	PERSON_FIELD(phone, JF_OPT_STRING),
};

void api_people_list(struct http_request *req)
{
	struct person_filter f = { 0 };
	const char *unit = http_query(req, "unit");
	if (unit && *unit && (f.unit_id = http_parse_id(unit)) == 0) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'unit' must be a unit id.", "unit");
		return;
	}
	if (!api_paging(req, &f.limit, &f.offset) || !api_search(req, &f.q_folded))
		return;
	struct org_person *people;
	size_t n;
	enum store_status s = org_person_list(req->store, &f, &req->arena,
	                                                    &people, &n);
	if (s != STORE_OK) {
		reply_internal_error(req, store_status_name(s));
		return;
	}
	/* Contact details only where the reader's roles reach; one check per unit. */
	json_t *items = json_array();
	int64_t last_unit = 0;
	bool contact = false;
	for (size_t i = 0; i < n; i++) {
		if (people[i].unit_id != last_unit) {
			last_unit = people[i].unit_id;
			contact = org_person_contact_visible(req->store, &req->arena,
			                                     http_principal(req), last_unit);
		}
		json_array_append_new(items, org_person_json(&people[i], contact));
	}
	reply_json(req, 200, json_pack("{s:o, s:I}", "items", items, "count", (json_int_t)n));
}

void api_people_get(struct http_request *req)
{
	struct org_person p;
	int64_t id = http_param_id(req, "id");
	enum store_status s = id ? org_person_get(req->store, id, &req->arena, &p)
	                         : STORE_NOT_FOUND;
	if (reply_unless_found(req, s))
		reply_json(req, 200, org_person_json(&p, org_person_contact_visible(
			req->store, &req->arena, http_principal(req), p.unit_id)));
}

static bool apply_person_json(void *ctx, struct org_person *p, struct arena *a,
                              struct org_error *err)
{
	return json_apply(ctx, person_fields, sizeof person_fields / sizeof person_fields[0],
	                  p, a, err);
}

static void save_person(struct http_request *req, int64_t id)
{
	if (!http_require_signed_in(req))
		return;
	json_t *body = api_object_body(req);
	if (body == NULL)
		return;
	struct org_person p;
	struct org_error err = { 0 };
	enum org_result r = org_person_save(req->store, &req->arena, http_principal(req), id,
	                                    apply_person_json, body, &p, &err);
	if (r != ORG_OK) {
		api_reply_org_result(req, r, &err);
		return;
	}
	reply_json(req, id ? 200 : 201, org_person_json(&p, true));
	if (id == 0)
		reply_header(req, MHD_HTTP_HEADER_LOCATION,
		             arena_printf(&req->arena, "/api/v1/people/%lld", (long long)p.id));
}

void api_people_create(struct http_request *req)
{
	save_person(req, 0);
}

void api_people_update(struct http_request *req)
{
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	save_person(req, id);
}
