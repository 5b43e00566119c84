/* target_board_cache.c: see target_board_cache.h. */
#include "target/target_board_cache.h"

#include <stdio.h>
#include <stdlib.h>

#include "http/cache.h"
#include "http/request.h"
#include "http/server.h"
#include "store/store.h"
#include "target/target_service.h"
#include "target/target_store.h"
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

/* A target with its strings copied into A: a judged family outlives the read it came from. */
static void target_copy(struct arena *a, struct target *to, const struct target *from)
{
	*to = *from;
	to->code = arena_strdup(a, from->code);
	to->name = arena_strdup(a, from->name);
	to->description = arena_strdup(a, from->description);
	to->unit_of_measure = arena_strdup(a, from->unit_of_measure);
}

/* The year's targets and current figures, read once when many families are missing. */
struct year_read {
	const struct target *targets;   /* code order */
	size_t nt;
	const struct measurement *ms;   /* by target_id */
	size_t nm;
};

/*
 * Family ID judged from the year's read Y into J, the same board as
 * target_family_load gives: the parent, then its breakdown in code order,
 * and the figures looked up by target.  False when the read lacks it (a
 * family added or removed between the reads).
 */
static bool judge_from_year(struct judged_family *j, const struct year_read *y, int64_t id,
                            int year, int64_t as_of)
{
	const struct target *top = NULL;
	size_t nc = 0;
	for (size_t i = 0; i < y->nt; i++) {
		if (y->targets[i].id == id && y->targets[i].parent_id == 0)
			top = &y->targets[i];
		nc += y->targets[i].parent_id == id;
	}
	if (top == NULL)
		return false;
	struct target *all = arena_array(&j->arena, nc + 1, sizeof *all);
	size_t k = 0;
	target_copy(&j->arena, &all[k++], top);
	for (size_t i = 0; i < y->nt; i++)
		if (y->targets[i].parent_id == id)
			target_copy(&j->arena, &all[k++], &y->targets[i]);
	target_board_build(all, k, y->ms, y->nm, year, as_of, &j->arena, &j->b);
	return j->b.n == 1;
}

/*
 * Family ID judged as of AS_OF at REV, from the year's read Y when given,
 * else read alone; kept in the cache.  NULL on failure.
 */
static struct http_body *judge(struct http_request *req, const char *key, int64_t id,
                               int64_t rev, int year, int64_t as_of, const struct year_read *y)
{
	struct judged_family *j = calloc(1, sizeof *j);
	if (j == NULL)
		return NULL;
	const struct board_entry *e;
	if (!(y && judge_from_year(j, y, id, year, as_of))) {
		arena_free(&j->arena);
		j->b = (struct board){ 0 };
		if (target_family_load(req->store, &j->arena, id, as_of, &j->b, &e) != STORE_OK
		    || j->b.n != 1) {
			judged_free(j);
			return NULL;
		}
	}
	struct http_body *ref = http_body_object(j, judged_size(&j->b), judged_free);
	if (ref)
		http_cache_store(req->server->cache, key, rev, ref);
	return ref;
}

static void judged_key(char *key, size_t size, int64_t id, int64_t as_of)
{
	snprintf(key, size, "judged:%lld:%lld", (long long)id, (long long)as_of);
}

bool target_board_assemble(struct http_request *req, int year, int64_t as_of, int64_t *rev,
                           struct board_parts *out)
{
	*out = (struct board_parts){ .b = { .year = year, .as_of_day = as_of } };
	struct http_cache *c = req->server->cache;
	struct target_family_rev *fam;
	size_t n, missing = 0;
	if (target_year_revision(req->store, year, rev) != STORE_OK
	    || target_family_revisions(req->store, year, &req->arena, &fam, &n) != STORE_OK)
		goto failed;
	out->b.rows = arena_array(&req->arena, n ? n : 1, sizeof *out->b.rows);
	out->refs = arena_array(&req->arena, n ? n : 1, sizeof *out->refs);
	out->revs = arena_array(&req->arena, n ? n : 1, sizeof *out->revs);
	char key[64];
	for (size_t i = 0; i < n; i++) {
		judged_key(key, sizeof key, fam[i].family_id, as_of);
		out->refs[i] = http_cache_ref(c, key, fam[i].rev);
		missing += out->refs[i] == NULL;
	}
	out->nrefs = n;
	/*
	 * Many families missing (a cold cache, a unit renamed): two reads of
	 * the whole year instead of four per family.
	 */
	struct year_read y = { 0 }, *yp = NULL;
	if (missing > 2) {
		struct target_filter tf = { .year = year, .parent_id = -1 };
		struct measurement_filter mf = { .year = year, .values_only = true };
		struct target *ts;
		struct measurement *ms;
		if (target_list(req->store, &tf, &req->arena, &ts, &y.nt) != STORE_OK
		    || target_measurement_current(req->store, &mf, &req->arena, &ms, &y.nm)
		       != STORE_OK)
			goto failed;
		y.targets = ts;
		y.ms = ms;
		yp = &y;
	}
	for (size_t i = 0; i < n; i++) {
		if (out->refs[i] == NULL) {
			judged_key(key, sizeof key, fam[i].family_id, as_of);
			out->refs[i] = judge(req, key, fam[i].family_id, fam[i].rev, year, as_of, yp);
			if (out->refs[i] == NULL)
				goto failed;
		}
		const struct judged_family *j = http_body_object_of(out->refs[i]);
		out->revs[out->b.n] = fam[i].rev;
		out->b.rows[out->b.n++] = j->b.rows[0];
	}
	return true;
failed:
	http_note_store_failure(req, true);
	target_board_parts_release(out);
	return false;
}

void target_board_parts_release(struct board_parts *p)
{
	for (size_t i = 0; i < p->nrefs; i++)
		http_body_release(p->refs[i]);
	p->nrefs = 0;
}

bool target_board_of_year(struct http_request *req, int year, int64_t as_of, struct board *out)
{
	struct board_parts p;
	int64_t rev;
	if (!target_board_assemble(req, year, as_of, &rev, &p))
		return false;
	bool held = true;
	for (size_t i = 0; i < p.nrefs; i++)
		held = http_request_hold(req, p.refs[i]) && held;
	p.nrefs = 0;
	if (!held)
		return false;
	*out = p.b;
	return true;
}
