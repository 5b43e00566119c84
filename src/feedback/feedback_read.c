/*
 * feedback_read.c: who may see and handle a report (the one answer the
 * JSON handlers and the pages share), a report as JSON, and the reads:
 * one report, the lists, the staff's queue by deadline, its events and
 * photos.  The writes are in feedback_service.c.
 */
#include "feedback/feedback_service.h"

#include <stdlib.h>

#include "calendar/calendar_service.h"
#include "org/org_service.h"

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

static json_t *opt_day(cal_day d)
{
	if (d == 0)
		return json_null();
	char buf[11];
	cal_format_iso(d, buf);
	return json_string(buf);
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
	json_object_set_new(o, "received_day", opt_day(f->received_day));
	json_object_set_new(o, "due_days", json_integer(f->due_days));
	json_object_set_new(o, "due_day", opt_day(f->due_day));
	json_object_set_new(o, "committed_day", opt_day(f->committed_day));
	json_object_set_new(o, "progress_note", opt_str(f->progress_note));
	json_object_set_new(o, "answered_day", opt_day(f->answered_day));
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

static int by_deadline(const void *x, const void *y)
{
	const struct feedback *a = x, *b = y;
	cal_day da = fb_deadline(a), db = fb_deadline(b);
	if (da != db)
		return da < db ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

int feedback_queue(struct store *st, struct arena *a, const struct principal *who,
                   struct feedback **out, size_t *n)
{
	struct feedback_filter f = { .state = -1, .moderation = -1, .status = FB_OPEN,
	                             .limit = 100000 };
	struct feedback *all;
	size_t nall;
	*out = NULL;
	*n = 0;
	enum store_status s = feedback_store.list(st, &f, a, &all, &nall);
	if (s != STORE_OK)
		return s;
	/* Decided once per unit: a queue names a few dozen units, not thousands. */
	int64_t seen[64];
	bool verdict[64];
	size_t nseen = 0, kept = 0;
	for (size_t i = 0; i < nall; i++) {
		int64_t unit = feedback_scope_unit(&all[i]);
		size_t k;
		for (k = 0; k < nseen && seen[k] != unit; k++)
			;
		bool ok;
		if (k < nseen) {
			ok = verdict[k];
		} else {
			ok = org_allows(st, a, who, PERM_READ_FEEDBACK, unit);
			if (nseen < 64) {
				seen[nseen] = unit;
				verdict[nseen++] = ok;
			}
		}
		if (ok)
			all[kept++] = all[i];
	}
	qsort(all, kept, sizeof *all, by_deadline);
	*out = all;
	*n = kept;
	return STORE_OK;
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
