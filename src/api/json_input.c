/* json_input.c: see json_input.h. */
#include "api/json_input.h"

#include <stdint.h>
#include <string.h>

#include "org/org.h"
#include "util/arena.h"

static bool refuse(struct org_error *err, struct arena *a, const char *field,
                   const char *detail)
{
	err->field = arena_strdup(a, field);
	err->detail = detail;
	return false;
}

static const struct json_field *find(const struct json_field *fields, size_t n,
                                     const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(fields[i].name, name) == 0)
			return &fields[i];
	return NULL;
}

bool json_int_in_range(const json_t *v, int64_t min, int64_t max, int64_t *out)
{
	if (!json_is_integer(v))
		return false;
	json_int_t i = json_integer_value(v);
	if (i < min || i > max)
		return false;
	*out = (int64_t)i;
	return true;
}

bool json_apply(json_t *obj, const struct json_field *fields, size_t nfields,
                void *record, struct arena *a, struct org_error *err)
{
	const char *key;
	json_t *v;
	json_object_foreach(obj, key, v) {
		const struct json_field *f = find(fields, nfields, key);
		if (f == NULL)
			return refuse(err, a, key, "This field is not known here.");
		void *slot = (char *)record + f->offset;
		switch (f->type) {
		case JF_IGNORED:
			break;
		case JF_STRING:
		case JF_OPT_STRING:
			if (json_is_null(v) && f->type == JF_OPT_STRING) {
				*(const char **)slot = NULL;
			} else if (json_is_string(v)) {
				*(const char **)slot = arena_strndup(a, json_string_value(v),
				                                     json_string_length(v));
				if (strlen(*(const char **)slot) != json_string_length(v))
					return refuse(err, a, key, "The text contains a NUL character.");
			} else {
				return refuse(err, a, key, f->type == JF_STRING
				              ? "Must be a string." : "Must be a string or null.");
			}
			break;
		case JF_ID:
		case JF_OPT_ID:
			if (json_is_null(v) && f->type == JF_OPT_ID)
				*(int64_t *)slot = 0;
			else if (json_is_integer(v) && json_integer_value(v) > 0)
				*(int64_t *)slot = json_integer_value(v);
			else
				return refuse(err, a, key, f->type == JF_ID
				              ? "Must be a positive integer id."
				              : "Must be a positive integer id or null.");
			break;
		}
	}
	return true;
}
