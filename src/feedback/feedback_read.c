/*
 * feedback_read.c: who may see and handle a report (the one answer the
 * JSON handlers and the pages share), a report as JSON, and the reads:
 * one report, the lists, the staff's queue by deadline, its events and
 * photos.  The writes are in feedback_service.c.
 */
#include "feedback/feedback_service.h"

#include <stdlib.h>
#include <string.h>

#include "calendar/calendar_service.h"
#include "org/org_service.h"
#include "util/arena.h"

/* ---- read decisions ------------------------------------------------- */

int64_t feedback_scope_unit(const struct feedback *f)
{
	return f->unit_id ? f->unit_id : f->ward_id;
}

bool feedback_may_handle(struct store *st, struct arena *a, const struct principal *who,
                         const struct feedback *f)
{
	return who->authenticated
	       && org_allows(st, a, who, PERM_HANDLE_FEEDBACK, feedback_scope_unit(f));
}

bool feedback_contact_visible(struct store *st, struct arena *a, const struct principal *who,
                              const struct feedback *f)
{
	return feedback_may_handle(st, a, who, f);
}

bool feedback_may_moderate(struct store *st, struct arena *a, const struct principal *who,
                           const struct feedback *f)
{
	return who->authenticated
	       && org_allows(st, a, who, PERM_MODERATE_FEEDBACK, feedback_scope_unit(f));
}

bool feedback_may_see_queue(const struct principal *who)
{
	return who->authenticated && (who->system || policy_allows_somewhere(who, PERM_READ_FEEDBACK));
}

bool feedback_may_configure(const struct principal *who)
{
	return who->authenticated
	       && (who->system || policy_allows_somewhere(who, PERM_CONFIGURE_FEEDBACK));
}

bool feedback_may_enter(struct store *st, struct arena *a, const struct principal *who,
                        int64_t ward_id)
{
	return who->authenticated && org_allows(st, a, who, PERM_HANDLE_FEEDBACK, ward_id);
}

bool feedback_is_public(const struct feedback *f)
{
	return f->moderation == FB_MOD_PUBLISHED;
}

/* ---- JSON ------------------------------------------------------------ */

static json_t *opt_str(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *feedback_json(const struct feedback *f, bool with_contact)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(f->id));
	json_object_set_new(o, "category", json_string(f->category));
	json_object_set_new(o, "ward_id", json_integer(f->ward_id));
	json_object_set_new(o, "unit_id", f->unit_id ? json_integer(f->unit_id) : json_null());
	json_object_set_new(o, "channel", json_string(fb_channel_name(f->channel)));
	json_object_set_new(o, "address", opt_str(f->address));
	json_object_set_new(o, "lat", f->has_point ? json_real(f->lat) : json_null());
	json_object_set_new(o, "long", f->has_point ? json_real(f->lon) : json_null());
	json_object_set_new(o, "description", json_string(f->description ? f->description : ""));
	json_object_set_new(o, "state", json_string(fb_state_name(f->state)));
	json_object_set_new(o, "moderation", json_string(fb_moderation_name(f->moderation)));
	json_object_set_new(o, "received_at", json_integer(f->received_at));
	json_object_set_new(o, "received_day", calendar_date_json(f->received_day));
	json_object_set_new(o, "due_days", json_integer(f->due_days));
	json_object_set_new(o, "due_day", calendar_date_json(f->due_day));
	json_object_set_new(o, "committed_day", calendar_date_json(f->committed_day));
	json_object_set_new(o, "progress_note", opt_str(f->progress_note));
	json_object_set_new(o, "answered_day", calendar_date_json(f->answered_day));
	json_object_set_new(o, "answer", opt_str(f->answer));
	json_object_set_new(o, "reject_reason", opt_str(f->reject_reason));
	json_object_set_new(o, "duplicate_of",
	                    f->duplicate_of ? json_integer(f->duplicate_of) : json_null());
	json_object_set_new(o, "reopen_count", json_integer(f->reopen_count));
	json_object_set_new(o, "updated_at", json_integer(f->updated_at));
	if (with_contact) {
		json_object_set_new(o, "contact_name", opt_str(f->contact_name));
		json_object_set_new(o, "contact_phone", opt_str(f->contact_phone));
		json_object_set_new(o, "contact_email", opt_str(f->contact_email));
	}
	return o;
}

/* ---- reads --------------------------------------------------------------- */

int feedback_get(struct store *st, int64_t id, struct arena *a, struct feedback *out)
{
	return feedback_store.get(st, id, a, out);
}

int feedback_get_by_code(struct store *st, const char *code, struct arena *a,
                         struct feedback *out)
{
	char norm[FB_CODE_LEN + 1];
	if (!fb_code_normalise(code, norm))
		return STORE_NOT_FOUND;
	return feedback_store.get_by_code(st, norm, a, out);
}

int feedback_list(struct store *st, const struct feedback_filter *f, struct arena *a,
                  struct feedback **out, size_t *n)
{
	return feedback_store.list(st, f, a, out, n);
}

int feedback_revision(struct store *st, int64_t *rev)
{
	return feedback_store.revision(st, rev);
}

int feedback_ward_points(struct store *st, struct arena *a, struct fb_ward_point **out,
                         size_t *n)
{
	return feedback_store.ward_points(st, a, out, n);
}

/* Whether WHO may read the reports of group C (its scope: the unit, else the ward). */
static bool group_in_reach(struct store *st, struct arena *a, const struct principal *who,
                           const struct fb_unit_counts *c)
{
	return org_allows(st, a, who, PERM_READ_FEEDBACK, c->unit_id ? c->unit_id : c->ward_id);
}

int feedback_unit_counts(struct store *st, cal_day today, cal_day soon, int64_t answered_from,
                         struct arena *a, struct fb_unit_counts **out, size_t *n)
{
	return feedback_store.unit_counts(st, today, soon, answered_from, a, out, n);
}

void feedback_reach_counts(struct store *st, struct arena *a, const struct principal *who,
                           const struct fb_unit_counts *groups, size_t n, struct fb_counts *out)
{
	memset(out, 0, sizeof *out);
	out->units = arena_array(a, n ? n : 1, sizeof *out->units);
	for (size_t i = 0; i < n; i++) {
		if (!group_in_reach(st, a, who, &groups[i])) {
			out->open_out_of_reach += groups[i].open;
			continue;
		}
		out->units[out->n++] = groups[i];
		out->open += groups[i].open;
		out->late += groups[i].late;
		out->due_soon += groups[i].due_soon;
		out->pending += groups[i].pending;
		out->answered += groups[i].answered;
		out->on_time += groups[i].on_time;
	}
}

enum { QUEUE_CHUNK = 256 };

/* Is report F's scope one of C's groups? */
static bool counted(const struct fb_counts *c, const struct feedback *f)
{
	int64_t unit = feedback_scope_unit(f);
	for (size_t k = 0; k < c->n; k++)
		if ((c->units[k].unit_id ? c->units[k].unit_id : c->units[k].ward_id) == unit)
			return true;
	return false;
}

int feedback_queue_page(struct store *st, struct arena *a, const struct fb_counts *c,
                        size_t offset, size_t limit, struct feedback **out, size_t *n)
{
	*n = 0;
	if (c->open_out_of_reach == 0)
		return feedback_store.open_by_deadline(st, (int64_t)limit, (int64_t)offset, a, out, n);
	/* Some open reports are out of reach: read on in the same order and skip them. */
	*out = arena_array(a, limit ? limit : 1, sizeof **out);
	size_t skipped = 0;
	for (int64_t from = 0; *n < limit; from += QUEUE_CHUNK) {
		struct feedback *chunk;
		size_t got;
		enum store_status s = feedback_store.open_by_deadline(st, QUEUE_CHUNK, from, a, &chunk,
		                                                      &got);
		if (s != STORE_OK)
			return s;
		for (size_t i = 0; i < got && *n < limit; i++) {
			if (!counted(c, &chunk[i]))
				continue;
			if (skipped < offset)
				skipped++;
			else
				(*out)[(*n)++] = chunk[i];
		}
		if (got < QUEUE_CHUNK)
			break;
	}
	return STORE_OK;
}

int feedback_open_of_unit(struct store *st, int64_t unit, struct arena *a,
                          struct feedback **out, size_t *n)
{
	return feedback_store.open_of_unit(st, unit, a, out, n);
}

int feedback_events(struct store *st, int64_t id, bool public_only, struct arena *a,
                    struct feedback_event **out, size_t *n)
{
	return feedback_store.event_list(st, id, public_only, a, out, n);
}

int feedback_photo_ids(struct store *st, int64_t id, struct arena *a, int64_t **out, size_t *n)
{
	return feedback_store.photo_ids(st, id, a, out, n);
}

int feedback_photo_get(struct store *st, int64_t id, struct arena *a, struct feedback_photo *out)
{
	return feedback_store.photo_get(st, id, a, out);
}

int feedback_categories(struct store *st, struct arena *a, struct feedback_category **out,
                        size_t *n)
{
	return feedback_store.category_list(st, a, out, n);
}

int feedback_rules(struct store *st, struct arena *a, struct feedback_rule **out, size_t *n)
{
	return feedback_store.rule_list(st, a, out, n);
}

int feedback_keys(struct store *st, struct arena *a, struct open311_key **out, size_t *n)
{
	return feedback_store.key_list(st, a, out, n);
}

bool feedback_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id)
{
	struct feedback f;
	return feedback_store.get(st, id, a, &f) == STORE_OK
	       && org_allows(st, a, who, PERM_READ_AUDIT, feedback_scope_unit(&f));
}
