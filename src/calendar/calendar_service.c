/* calendar_service.c: see calendar_service.h. */
#include "calendar/calendar_service.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "calendar/calendar_store.h"
#include "store/store.h"
#include "text/vntext.h"
#include "util/arena.h"

/* ---- building the calendar from the stored edits ---------------------- */

/* A year's table without edits: shipped, else the law's. */
static void base_year(int year, struct cal_year *out)
{
	if (!cal_published_year(year, out))
		cal_law_year(year, out);
}

static struct cal_year *year_slot(struct cal_year *years, size_t *n, int year)
{
	for (size_t i = 0; i < *n; i++)
		if (years[i].year == year)
			return &years[i];
	struct cal_year *y = &years[(*n)++];
	base_year(year, y);
	return y;
}

/* The calendar the rows give, in A. */
static void build(struct arena *a, const struct calendar_edit_row *edits, size_t ne,
                  const struct calendar_year_row *rows, size_t ny, struct calendar *out)
{
	struct cal_year *years = arena_array(a, ne + ny + 1, sizeof *years);
	struct cal_edit *e = arena_array(a, ne + 1, sizeof *e);
	size_t n = 0;
	for (size_t i = 0; i < ny; i++) {
		struct cal_year *y = year_slot(years, &n, rows[i].year);
		/* A shipped year is published whatever the row says. */
		if (rows[i].confirmed)
			y->source = CAL_PUBLISHED;
	}
	/* Edits come by day, so each year's are contiguous and sorted. */
	for (size_t i = 0; i < ne; i++) {
		cal_day d;
		if (!cal_parse_iso(edits[i].day, &d))
			continue;
		int yy, m, dd;
		cal_to_ymd(d, &yy, &m, &dd);
		struct cal_year *y = year_slot(years, &n, yy);
		e[i] = (struct cal_edit){ .day = d, .working = edits[i].working,
		                          .note = arena_strdup(a, edits[i].note ? edits[i].note : "") };
		if (y->n_edits == 0)
			y->edits = &e[i];
		if (y->n_edits < CAL_MAX_EDITS && y->edits + y->n_edits == &e[i])
			y->n_edits++;
	}
	out->years = years;
	out->n_years = n;
}

/* A deep copy of C in A. */
static void copy_calendar(const struct calendar *c, struct arena *a, struct calendar *out)
{
	struct cal_year *years = arena_array(a, c->n_years + 1, sizeof *years);
	for (size_t i = 0; i < c->n_years; i++) {
		years[i] = c->years[i];
		struct cal_edit *e = arena_array(a, c->years[i].n_edits + 1, sizeof *e);
		for (size_t k = 0; k < c->years[i].n_edits; k++) {
			e[k] = c->years[i].edits[k];
			e[k].note = arena_strdup(a, e[k].note);
		}
		years[i].edits = e;
	}
	out->years = years;
	out->n_years = c->n_years;
}

/*
 * The process's copy, by revision: every process re-reads after any
 * process's edit, because the edit bumps the counter in its transaction.
 */
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct arena cache_arena;
static struct calendar cache_cal;
static int64_t cache_rev = -1;
/* Which database the copy is of: one per process in service, several in the tests. */
static const struct store_ops *cache_ops;

static enum store_status load_rows(struct store *st, struct arena *a, struct calendar *out)
{
	struct calendar_edit_row *edits;
	struct calendar_year_row *rows;
	size_t ne, ny;
	enum store_status s = calendar_store.edit_list(st, 0, a, &edits, &ne);
	if (s == STORE_OK)
		s = calendar_store.year_list(st, a, &rows, &ny);
	if (s == STORE_OK)
		build(a, edits, ne, rows, ny, out);
	return s;
}

int calendar_service_load(struct store *st, struct arena *a, struct calendar *out)
{
	*out = (struct calendar){ NULL, 0 };
	int64_t rev;
	enum store_status s = calendar_store.revision(st, &rev);
	if (s != STORE_OK)
		return s;
	pthread_mutex_lock(&cache_lock);
	bool hit = cache_rev == rev && cache_ops == st->ops;
	if (hit)
		copy_calendar(&cache_cal, a, out);
	pthread_mutex_unlock(&cache_lock);
	if (hit)
		return STORE_OK;
	/* Read after the revision: what is read is at least that new. */
	struct arena fresh = { 0 };
	struct calendar c;
	s = load_rows(st, &fresh, &c);
	if (s != STORE_OK) {
		arena_free(&fresh);
		return s;
	}
	copy_calendar(&c, a, out);
	pthread_mutex_lock(&cache_lock);
	if (rev > cache_rev || cache_ops != st->ops) {
		cache_ops = st->ops;
		arena_free(&cache_arena);
		cache_arena = fresh;
		cache_cal = c;
		cache_rev = rev;
		fresh = (struct arena){ 0 };
	}
	pthread_mutex_unlock(&cache_lock);
	arena_free(&fresh);
	return STORE_OK;
}

int calendar_service_revision(struct store *st, int64_t *rev)
{
	return calendar_store.revision(st, rev);
}

/* ---- who may edit ------------------------------------------------------- */

/*
 * Does WHO hold PERM on a top-level unit?  Asked of the root of each unit
 * WHO has a grant on, the path being the root alone: a grant further down
 * does not reach up.
 */
static bool allows_on_a_root(struct store *st, struct arena *a, const struct principal *who,
                             const struct permission *perm)
{
	if (who->system)
		return true;
	if (!who->authenticated)
		return false;
	for (size_t i = 0; i < who->ngrants; i++) {
		int64_t *path;
		size_t n;
		if (org_unit_path(st, a, who->grants[i].unit_id, &path, &n) == STORE_OK && n > 0
		    && policy_allows(who, perm, &path[n - 1], 1))
			return true;
	}
	return false;
}

bool calendar_may_edit(struct store *st, struct arena *a, const struct principal *who)
{
	return allows_on_a_root(st, a, who, PERM_EDIT_CALENDAR);
}

bool calendar_audit_year_may_read(struct store *st, struct arena *a,
                                  const struct principal *who, int64_t year)
{
	(void)year;
	return allows_on_a_root(st, a, who, PERM_READ_AUDIT);
}

/* ---- JSON ---------------------------------------------------------------- */

json_t *calendar_date_json(cal_day d)
{
	if (d == 0)
		return json_null();
	char buf[11];
	cal_format_iso(d, buf);
	return json_string(buf);
}

json_t *calendar_day_json(cal_day day, const struct cal_day_info *info)
{
	char buf[11];
	cal_format_iso(day, buf);
	return json_pack("{s:s, s:b, s:s, s:b, s:o}", "date", buf, "working", info->working,
	                 "reason", cal_reason_name(info->reason), "edited", info->edited,
	                 "note", info->note ? json_string(info->note) : json_null());
}

json_t *calendar_year_json(const struct calendar *c, int year)
{
	struct cal_year t;
	cal_year_table(c, year, &t);
	json_t *off = json_array(), *worked = json_array(), *edits = json_array();
	cal_day first, last;
	struct cal_day_info days[366];
	if (cal_from_ymd(year, 1, 1, &first) && cal_from_ymd(year, 12, 31, &last)) {
		cal_describe_range(c, first, last, days);
		for (cal_day d = first; d <= last; d++) {
			struct cal_day_info info = days[d - first];
			bool weekend = cal_weekday(d) >= 5;
			if (!weekend && !info.working)
				json_array_append_new(off, calendar_day_json(d, &info));
			else if (weekend && info.working)
				json_array_append_new(worked, calendar_day_json(d, &info));
		}
	}
	for (size_t i = 0; i < t.n_edits; i++) {
		char buf[11];
		cal_format_iso(t.edits[i].day, buf);
		json_array_append_new(edits, json_pack("{s:s, s:b, s:s}", "date", buf, "working",
		                                       t.edits[i].working, "note",
		                                       t.edits[i].note ? t.edits[i].note : ""));
	}
	return json_pack("{s:i, s:b, s:s, s:o, s:o, s:o}", "year", year,
	                 "confirmed", t.source == CAL_PUBLISHED,
	                 "source", t.computed ? "computed" : "published",
	                 "days_off", off, "weekend_days_worked", worked, "edits", edits);
}

/* ---- writes -------------------------------------------------------------- */

/* YEAR's edits and confirmation as stored, for the audit trail. */
static enum store_status year_state(struct store *st, struct arena *a, int year, json_t **out)
{
	struct calendar_edit_row *rows;
	size_t n;
	enum store_status s = calendar_store.edit_list(st, year, a, &rows, &n);
	if (s != STORE_OK)
		return s;
	struct calendar_year_row y;
	s = calendar_store.year_get(st, year, &y);
	if (s == STORE_NOT_FOUND) {
		struct cal_year t;
		base_year(year, &t);
		y = (struct calendar_year_row){ year, !t.computed };
	} else if (s != STORE_OK) {
		return s;
	}
	json_t *edits = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(edits, json_pack("{s:s, s:b, s:s}", "date", rows[i].day,
		                                       "working", rows[i].working, "note",
		                                       rows[i].note ? rows[i].note : ""));
	*out = json_pack("{s:i, s:b, s:o}", "year", year, "confirmed", y.confirmed, "edits", edits);
	return STORE_OK;
}

/* The note as stored: NFC, trimmed of spaces at both ends; NULL with ERR when refused. */
static const char *clean_note(struct arena *a, const char *note, struct org_error *err)
{
	if (note == NULL) {
		org_invalid(err, "note", "Say why the day is changed (up to 200 bytes).");
		return NULL;
	}
	size_t len = strlen(note);
	if (!vn_valid_utf8(note, len)) {
		org_invalid(err, "note", "The text is not valid UTF-8.");
		return NULL;
	}
	for (const unsigned char *p = (const unsigned char *)note; *p; p++)
		if (*p < 0x20 || *p == 0x7f) {
			org_invalid(err, "note", "The note is one line of text.");
			return NULL;
		}
	char *n = vn_nfc(note);
	if (n == NULL) {
		org_invalid(err, "note", "The text is not valid UTF-8.");
		return NULL;
	}
	const char *s = n;
	while (*s == ' ')
		s++;
	size_t l = strlen(s);
	while (l > 0 && s[l - 1] == ' ')
		l--;
	const char *out = arena_strndup(a, s, l);
	free(n);
	if (l == 0 || l > CAL_NOTE_MAX) {
		org_invalid(err, "note", "Say why the day is changed (up to 200 bytes).");
		return NULL;
	}
	return out;
}

struct day_job {
	struct arena *a;
	const struct principal *who;
	cal_day day;
	enum calendar_set what;
	const char *note;
	struct cal_day_info *info;
	struct org_error *err;
};

static enum org_result day_body(struct store *st, void *p)
{
	struct day_job *j = p;
	if (!calendar_may_edit(st, j->a, j->who))
		return ORG_FORBIDDEN;
	int year, m, d;
	cal_to_ymd(j->day, &year, &m, &d);
	char day[11];
	cal_format_iso(j->day, day);
	json_t *before = NULL, *after = NULL;
	enum store_status s = year_state(st, j->a, year, &before);
	if (s != STORE_OK)
		return org_from_store(s);
	/* The day as the table has it, without any edit. */
	struct cal_year base;
	base_year(year, &base);
	struct cal_year next;
	base_year(year + 1, &next);
	struct cal_year pair[2] = { base, next };
	struct calendar plain = { pair, 2 };
	struct cal_day_info table;
	cal_day_describe(&plain, j->day, &table);
	enum org_result r = ORG_OK;
	if (j->what == CALENDAR_SET_RESET
	    || table.working == (j->what == CALENDAR_SET_WORKING)) {
		s = calendar_store.edit_delete(st, day);
		if (s == STORE_NOT_FOUND)
			s = STORE_OK;
	} else {
		int64_t count = 0;
		struct calendar_edit_row *rows;
		size_t n;
		bool exists = false;
		s = calendar_store.edit_list(st, year, j->a, &rows, &n);
		for (size_t i = 0; s == STORE_OK && i < n; i++)
			exists = exists || strcmp(rows[i].day, day) == 0;
		count = (int64_t)n;
		if (s == STORE_OK && !exists && count >= CAL_MAX_EDITS) {
			r = org_invalid(j->err, "date", "A year holds at most 100 edited days.");
			goto out;
		}
		if (s == STORE_OK)
			s = calendar_store.edit_put(st, day, year, j->what == CALENDAR_SET_WORKING,
			                            j->note);
	}
	if (s == STORE_OK)
		s = year_state(st, j->a, year, &after);
	if (s == STORE_OK)
		s = audit_record(st, &j->who->actor, "update", "calendar_year", year, before, after);
	r = org_from_store(s);
	if (r == ORG_OK && j->info) {
		/* The day as it now is: the table, with the edit if one was stored. */
		*j->info = table;
		if (j->what != CALENDAR_SET_RESET && table.working != (j->what == CALENDAR_SET_WORKING))
			*j->info = (struct cal_day_info){ .working = j->what == CALENDAR_SET_WORKING,
			                                  .reason = CAL_REASON_EDITED, .edited = true,
			                                  .note = j->note };
	}
out:
	json_decref(before);
	json_decref(after);
	return r;
}

enum org_result calendar_day_set(struct store *st, struct arena *a,
                                 const struct principal *who, cal_day day,
                                 enum calendar_set what, const char *note,
                                 struct cal_day_info *info, struct org_error *err)
{
	int y, m, d;
	cal_to_ymd(day, &y, &m, &d);
	if (y < CAL_MIN_YEAR || y > CAL_MAX_YEAR)
		return org_invalid(err, "date", "The date must be a day from 1900 to 2199.");
	if (what != CALENDAR_SET_RESET && (note = clean_note(a, note, err)) == NULL)
		return ORG_INVALID;
	struct day_job j = { a, who, day, what, note, info, err };
	return org_in_transaction(st, day_body, &j);
}

struct confirm_job {
	struct arena *a;
	const struct principal *who;
	int year;
	bool confirmed;
};

static enum org_result confirm_body(struct store *st, void *p)
{
	struct confirm_job *j = p;
	if (!calendar_may_edit(st, j->a, j->who))
		return ORG_FORBIDDEN;
	json_t *before = NULL, *after = NULL;
	enum store_status s = year_state(st, j->a, j->year, &before);
	if (s == STORE_OK)
		s = calendar_store.year_put(st, j->year, j->confirmed);
	if (s == STORE_OK)
		s = year_state(st, j->a, j->year, &after);
	if (s == STORE_OK)
		s = audit_record(st, &j->who->actor, j->confirmed ? "confirm" : "unconfirm",
		                 "calendar_year", j->year, before, after);
	json_decref(before);
	json_decref(after);
	return org_from_store(s);
}

enum org_result calendar_year_confirm(struct store *st, struct arena *a,
                                      const struct principal *who, int year, bool confirmed,
                                      struct org_error *err)
{
	if (year < CAL_MIN_YEAR || year > CAL_MAX_YEAR)
		return org_invalid(err, "year", "The year must be from 1900 to 2199.");
	struct cal_year t;
	if (cal_published_year(year, &t)) {
		if (!calendar_may_edit(st, a, who))
			return ORG_FORBIDDEN;
		if (confirmed)
			return ORG_OK;
		org_invalid(err, "confirmed", "This year's days off were published by the "
		            "Government; edit its days instead.");
		return ORG_CONFLICT;
	}
	struct confirm_job j = { a, who, year, confirmed };
	return org_in_transaction(st, confirm_body, &j);
}

cal_day calendar_today(void)
{
	return (cal_day)(((int64_t)time(NULL) + 7 * 3600) / 86400);
}
