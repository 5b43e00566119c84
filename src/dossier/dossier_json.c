/*
 * dossier_json.c: a procedure's documents and steps as the JSON text its
 * version row keeps, and back.  The reader is bounded: at most
 * PROC_MAX_DOCUMENTS and PROC_MAX_STEPS entries, strings only where
 * strings belong, anything else refused.
 *
 * Every read of a procedure parses these texts (the citizen's lookup, each
 * intake), and a catalogue has few: so a parsed text is remembered, by its
 * content, and read again from memory.  What is remembered is never freed
 * (the strings are handed out as they are), so at most PARSED_MAX texts of
 * each kind are; past that, texts are parsed every time.
 */
#include "dossier/dossier_store.h"

#include <pthread.h>
#include <stdint.h>
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

static bool documents_parse(const char *text, struct arena *a, struct procedure *p)
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

static bool steps_parse(const char *text, struct arena *a, struct procedure *p)
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

/* ---- the texts parsed already ------------------------------------------- */

enum { PARSED_MAX = 256 };

struct parsed {
	uint64_t hash;
	const char *text;
	size_t n;
	union {
		struct proc_document documents[PROC_MAX_DOCUMENTS];
		struct proc_step steps[PROC_MAX_STEPS];
	} u;
};

static pthread_mutex_t parsed_lock = PTHREAD_MUTEX_INITIALIZER;
static struct arena parsed_arena;
static struct parsed *parsed[2][PARSED_MAX];   /* [0] documents, [1] steps */
static size_t nparsed[2], nrefused;   /* a refused text's parse stays in memory too */

static uint64_t text_hash(const char *s)
{
	uint64_t h = 14695981039346656037u;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* KIND's parse of TEXT into P: from memory when it was parsed before. */
static bool parse_remembered(int kind, const char *text, struct arena *a, struct procedure *p)
{
	if (text == NULL)
		return kind ? steps_parse(text, a, p) : documents_parse(text, a, p);
	uint64_t h = text_hash(text);
	const struct parsed *hit = NULL;
	pthread_mutex_lock(&parsed_lock);
	for (size_t i = 0; i < nparsed[kind] && hit == NULL; i++)
		if (parsed[kind][i]->hash == h && strcmp(parsed[kind][i]->text, text) == 0)
			hit = parsed[kind][i];
	if (hit == NULL && nparsed[kind] + nrefused < PARSED_MAX) {
		/* Parsed into memory that stays: the strings are handed out as they are. */
		struct procedure tmp;
		bool ok = kind ? steps_parse(text, &parsed_arena, &tmp)
		               : documents_parse(text, &parsed_arena, &tmp);
		nrefused += !ok;
		if (ok) {
			struct parsed *e = arena_alloc(&parsed_arena, sizeof *e);
			e->hash = h;
			e->text = arena_strdup(&parsed_arena, text);
			e->n = kind ? tmp.nsteps : tmp.ndocuments;
			if (kind)
				memcpy(e->u.steps, tmp.steps, e->n * sizeof *tmp.steps);
			else
				memcpy(e->u.documents, tmp.documents, e->n * sizeof *tmp.documents);
			parsed[kind][nparsed[kind]++] = e;
			hit = e;
		}
	}
	if (hit) {
		if (kind) {
			p->nsteps = hit->n;
			memcpy(p->steps, hit->u.steps, hit->n * sizeof *p->steps);
		} else {
			p->ndocuments = hit->n;
			memcpy(p->documents, hit->u.documents, hit->n * sizeof *p->documents);
		}
	}
	pthread_mutex_unlock(&parsed_lock);
	if (hit)
		return true;
	/* Not remembered (refused, or the memory full): parsed as it comes. */
	return kind ? steps_parse(text, a, p) : documents_parse(text, a, p);
}

bool procedure_documents_parse(const char *text, struct arena *a, struct procedure *p)
{
	return parse_remembered(0, text, a, p);
}

bool procedure_steps_parse(const char *text, struct arena *a, struct procedure *p)
{
	return parse_remembered(1, text, a, p);
}
