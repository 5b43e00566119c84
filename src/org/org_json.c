/*
 * org_json.c: units and people as JSON, one shape for the API and for the
 * audit trail's before/after records.
 */
#include "org/org.h"

#include <jansson.h>

static json_t *id_or_null(int64_t id)
{
	return id ? json_integer(id) : json_null();
}

static json_t *string_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *org_unit_json(const struct org_unit *u)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(u->id));
	json_object_set_new(o, "kind", json_string(u->kind));
	json_object_set_new(o, "code", json_string(u->code));
	json_object_set_new(o, "name", json_string(u->name));
	json_object_set_new(o, "parent_id", id_or_null(u->parent_id));
	json_object_set_new(o, "valid_from", string_or_null(u->valid_from));
	json_object_set_new(o, "valid_to", string_or_null(u->valid_to));
	json_object_set_new(o, "predecessor_id", id_or_null(u->predecessor_id));
	json_object_set_new(o, "successor_id", id_or_null(u->successor_id));
	return o;
}

json_t *org_person_json(const struct org_person *p, bool with_contact)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(p->id));
	json_object_set_new(o, "full_name", json_string(p->full_name));
	json_object_set_new(o, "title", json_string(p->title ? p->title : ""));
	json_object_set_new(o, "unit_id", json_integer(p->unit_id));
	if (with_contact) {
		json_object_set_new(o, "email", string_or_null(p->email));
		json_object_set_new(o, "phone", string_or_null(p->phone));
	}
	return o;
}
