/* target_board_cache.c: see target_board_cache.h. */
#include "target/target_board_cache.h"

#include <stdio.h>
#include <stdlib.h>

#include "http/cache.h"
#include "http/request.h"
#include "http/server.h"
#include "store/store.h"
#include "target/target_service.h"
#include "util/arena.h"

/* One family, judged as of a day, in an arena of its own. */
struct judged_family {
	struct arena arena;
	struct board b;            /* one row: the family */
};

static void judged_free(void *object)
{
	struct judged_family *j = object;
	arena_free(&j->arena);
	free(j);
}

/* What a family weighs against the cache's bound: its entries, series and targets. */
static size_t judged_size(const struct board *b)
{
	size_t n = sizeof(struct judged_family);
	for (size_t r = 0; r < b->n; r++) {
		const struct board_entry *e = &b->rows[r];
		n += sizeof *e + sizeof *e->t + e->nseries * sizeof *e->series;
		for (size_t c = 0; c < e->nchildren; c++)
			n += sizeof e->children[c] + sizeof *e->children[c].t
			     + e->children[c].nseries * sizeof *e->children[c].series;
	}
	return n;
}

/* Family ID judged as of AS_OF, from the cache at REV or read now; NULL on failure. */
static struct http_body *judged(struct http_request *req, int64_t id, int64_t rev, int64_t as_of)
{
	struct http_cache *c = req->server->cache;
	char key[64];
	snprintf(key, sizeof key, "judged:%lld:%lld", (long long)id, (long long)as_of);
	struct http_body *ref = http_cache_ref(c, key, rev);
	if (ref)
		return ref;
	struct judged_family *j = calloc(1, sizeof *j);
	const struct board_entry *e;
	if (j == NULL || target_family_load(req->store, &j->arena, id, as_of, &j->b, &e) != STORE_OK
	    || j->b.n != 1) {
		if (j)
			judged_free(j);
		return NULL;
	}
	ref = http_body_object(j, judged_size(&j->b), judged_free);
	if (ref)
		http_cache_store(c, key, rev, ref);
	return ref;
}

bool target_board_assemble(struct http_request *req, int year, int64_t as_of, int64_t *rev,
                           struct board_parts *out)
{
	*out = (struct board_parts){ .b = { .year = year, .as_of_day = as_of } };
	struct target_family_rev *fam;
	size_t n;
	if (target_year_revision(req->store, year, rev) != STORE_OK
	    || target_family_revisions(req->store, year, &req->arena, &fam, &n) != STORE_OK) {
		http_note_store_failure(req, true);
		return false;
	}
	out->b.rows = arena_array(&req->arena, n ? n : 1, sizeof *out->b.rows);
	out->refs = arena_array(&req->arena, n ? n : 1, sizeof *out->refs);
	for (size_t i = 0; i < n; i++) {
		struct http_body *ref = judged(req, fam[i].family_id, fam[i].rev, as_of);
		if (ref == NULL) {
			http_note_store_failure(req, true);
			target_board_parts_release(out);
			return false;
		}
		out->refs[out->nrefs++] = ref;
		const struct judged_family *j = http_body_object_of(ref);
		out->b.rows[out->b.n++] = j->b.rows[0];
	}
	return true;
}

void target_board_parts_release(struct board_parts *p)
{
	for (size_t i = 0; i < p->nrefs; i++)
		http_body_release(p->refs[i]);
	p->nrefs = 0;
}
