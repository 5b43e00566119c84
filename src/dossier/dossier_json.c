/*
 * dossier_json.c: a procedure's documents and steps as the JSON text its
 * version row keeps, and back.  The reader is bounded: at most
 * PROC_MAX_DOCUMENTS and PROC_MAX_STEPS entries, strings only where
 * strings belong, anything else refused.
 */
#include "dossier/dossier_store.h"

#include <string.h>

#include <jansson.h>

#include "util/arena.h"

char *procedure_documents_text(const struct procedure *p)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < p->ndocuments; i++)
		json_array_append_new(arr, json_pack("{s:s, s:b}", "name", p->documents[i].name,
		                                     "required", p->documents[i].required));
	char *t = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	return t;
}

char *procedure_steps_text(const struct procedure *p)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct proc_step *s = &p->steps[i];
		json_array_append_new(arr, json_pack("{s:s, s:s, s:i, s:s}", "name", s->name,
		                                     "responsible", s->responsible ? s->responsible : "",
		                                     "days", s->days,
		                                     "records", s->records ? s->records : ""));
	}
	char *t = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	return t;
}

static const char *str(json_t *o, const char *key, struct arena *a)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? arena_strdup(a, json_string_value(v)) : NULL;
}

bool procedure_documents_parse(const char *text, struct arena *a, struct procedure *p)
{
	p->ndocuments = 0;
	json_t *arr = text ? json_loads(text, 0, NULL) : NULL;
	bool ok = json_is_array(arr) && json_array_size(arr) <= PROC_MAX_DOCUMENTS;
	size_t i;
	json_t *v;
	if (ok)
		json_array_foreach(arr, i, v) {
			const char *name = str(v, "name", a);
			if (name == NULL) {
				ok = false;
				break;
			}
			p->documents[p->ndocuments++] = (struct proc_document){
				name, json_is_true(json_object_get(v, "required")) };
		}
	json_decref(arr);
	return ok;
}

bool procedure_steps_parse(const char *text, struct arena *a, struct procedure *p)
{
	p->nsteps = 0;
	json_t *arr = text ? json_loads(text, 0, NULL) : NULL;
	bool ok = json_is_array(arr) && json_array_size(arr) <= PROC_MAX_STEPS;
	size_t i;
	json_t *v;
	if (ok)
		json_array_foreach(arr, i, v) {
			const char *name = str(v, "name", a);
			json_t *days = json_object_get(v, "days");
			if (name == NULL || !json_is_integer(days) || json_integer_value(days) < 0
			    || json_integer_value(days) > PROC_MAX_WORKING_DAYS) {
				ok = false;
				break;
			}
			p->steps[p->nsteps++] = (struct proc_step){
				name, str(v, "responsible", a), (int)json_integer_value(days),
				str(v, "records", a) };
		}
	json_decref(arr);
	return ok;
}
