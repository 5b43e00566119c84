/*
 * fuzz_json_fields.c: a request body through jansson and a field table, as
 * the API handlers do.  Whatever the body, json_apply either refuses it
 * naming a field or fills the record with values of the declared types: a
 * string without an inner NUL, an id that is positive.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "api/json_input.h"
#include "org/org.h"
#include "util/arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct record {
	const char *name;
	const char *note;
	int64_t unit_id;
	int64_t parent_id;
};

static const struct json_field fields[] = {
	{ "name", JF_STRING, offsetof(struct record, name) },
	{ "note", JF_OPT_STRING, offsetof(struct record, note) },
	{ "unit_id", JF_ID, offsetof(struct record, unit_id) },
	{ "parent_id", JF_OPT_ID, offsetof(struct record, parent_id) },
	{ "id", JF_IGNORED, 0 },
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_error_t jerr;
	json_t *body = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &jerr);
	if (body == NULL)
		return 0;
	if (json_is_object(body)) {
		struct arena a = { 0 };
		struct record r = { 0 };
		struct org_error err = { 0 };
		if (json_apply(body, fields, sizeof fields / sizeof fields[0], &r, &a, &err)) {
			if (r.unit_id < 0 || r.parent_id < 0)
				abort();
			if (r.name && memchr(r.name, '\0', strlen(r.name) + 1) != r.name + strlen(r.name))
				abort();
		} else if (err.field == NULL || err.detail == NULL) {
			abort();     /* a refusal names the field and says why */
		}
		arena_free(&a);
	}
	json_decref(body);
	return 0;
}
