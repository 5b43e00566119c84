/*
 * json_input.h: validation as data for JSON request bodies.
 *
 * A handler declares the fields it accepts, each with a type and the offset
 * of its member in the record; json_apply() checks the body against the
 * table and copies the values in.  A wrong type or an unknown field is
 * reported with the field's name, before any domain rule runs.
 */
#ifndef DIEUHANH_JSON_INPUT_H
#define DIEUHANH_JSON_INPUT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;
struct org_error;

enum json_field_type {
	JF_STRING,      /* const char *, a string (null refused) */
	JF_OPT_STRING,  /* const char *, a string or null (null clears) */
	JF_OPT_ID,      /* int64_t, a positive integer or null (0) */
	JF_ID,          /* int64_t, a positive integer */
	JF_IGNORED,     /* accepted and ignored (e.g. "id" echoed back) */
};

struct json_field {
	const char *name;
	enum json_field_type type;
	size_t offset;
};

/*
 * An integer member V in [MIN, MAX] into *OUT; false (OUT untouched) for a
 * non-integer or an out-of-range value.  Check with this before narrowing:
 * (int)4294967297 is 1.
 */
bool json_int_in_range(const json_t *v, int64_t min, int64_t max, int64_t *out);

/* Applies the members of OBJ to RECORD; false with ERR on the first bad one. */
bool json_apply(json_t *obj, const struct json_field *fields, size_t nfields,
                void *record, struct arena *a, struct org_error *err);

#endif
