/*
 * feedback_service.c: see feedback_service.h.
 */
#include "feedback/feedback_service.h"

#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "calendar/calendar_service.h"
#include "feedback/feedback_photo.h"
#include "org/org_group_commit.h"
#include "org/org_store.h"
#include "text/vntext.h"
#include "util/arena.h"

/* ---- small helpers -------------------------------------------------- */

/*
 * The one place deadlines learn the calendar: the administrator-edited one
 * (calendar_service_load; the shipped tables if it cannot be read, which
 * the loader falls back to by itself).
 */
const struct calendar *feedback_calendar(struct store *st, struct arena *a)
{
	struct calendar *cal = arena_alloc(a, sizeof *cal);
	calendar_service_load(st, a, cal);
	return cal;
}

cal_day feedback_day_of(int64_t now)
{
	return (cal_day)((now + 7 * 3600) / 86400);
}

static int env_int(const char *name, int dflt, int min, int max)
{
	const char *s = getenv(name);
	if (s == NULL || *s == '\0')
		return dflt;
	char *end;
	long v = strtol(s, &end, 10);
	return *end == '\0' && v >= min && v <= max ? (int)v : dflt;
}

int feedback_hourly_limit(void)
{
	return env_int("DIEUHANH_FEEDBACK_PER_HOUR", 60, 1, 1000000);
}

int feedback_open311_hourly_limit(void)
{
	return env_int("DIEUHANH_OPEN311_PER_HOUR", 600, 1, FB_KEY_PER_HOUR_MAX);
}

int feedback_reopen_days(void)
{
	return env_int("DIEUHANH_FEEDBACK_REOPEN_DAYS", FB_DEFAULT_REOPEN_DAYS, 1, 3650);
}

/* NFC copy of *S in the arena, "" turned into NULL; false when not UTF-8. */
static bool clean_text(const char **s, struct arena *a)
{
	if (*s == NULL)
		return true;
	if ((*s)[0] == '\0') {
		*s = NULL;
		return true;
	}
	char *n = vn_nfc(*s);
	if (n == NULL)
		return false;
	/* Trim spaces the form left around the text. */
	char *p = n;
	while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
		p++;
	size_t len = strlen(p);
	while (len && (p[len - 1] == ' ' || p[len - 1] == '\n' || p[len - 1] == '\r'
	               || p[len - 1] == '\t'))
		len--;
	*s = len ? arena_strndup(a, p, len) : NULL;
	free(n);
	return true;
}

/*
 * The sender's address, hashed under a key made at start-up: the rate
 * limit needs to recognise an address for an hour, never to read it back
 * (an unkeyed hash of an IPv4 address is reversed by trying them all).
 */
static unsigned char client_key[crypto_generichash_KEYBYTES];
static pthread_once_t client_key_once = PTHREAD_ONCE_INIT;

static void client_key_make(void)
{
	if (sodium_init() < 0)
		abort();
	randombytes_buf(client_key, sizeof client_key);
}

const char *feedback_client_hash(struct arena *a, const char *address)
{
	if (address == NULL || *address == '\0')
		return NULL;
	pthread_once(&client_key_once, client_key_make);
	unsigned char h[16];
	crypto_generichash(h, sizeof h, (const unsigned char *)address, strlen(address),
	                   client_key, sizeof client_key);
	char *hex = arena_alloc(a, sizeof h * 2 + 1);
	sodium_bin2hex(hex, sizeof h * 2 + 1, h, sizeof h);
	return hex;
}

bool feedback_rate_exceeded(struct store *st, const char *client_address, int64_t now)
{
	struct arena a = { 0 };
	const char *h = feedback_client_hash(&a, client_address);
	int64_t n = 0;
	bool over = h && feedback_store.count_from(st, h, now - 3600, &n) == STORE_OK
	            && n >= feedback_hourly_limit();
	arena_free(&a);
	return over;
}

/* The audit trail's picture: what handling changes, and whether contact was given. */
static json_t *audit_json(const struct feedback *f)
{
	json_t *o = feedback_json(f, false);
	json_object_set_new(o, "has_contact",
	                    json_boolean(f->contact_phone || f->contact_email || f->contact_name));
	return o;
}

/* ---- receiving ------------------------------------------------------- */

const struct feedback_category *feedback_category_find(const struct feedback_category *c,
                                                       size_t n, const char *code)
{
	for (size_t i = 0; code && i < n; i++)
		if (strcmp(c[i].code, code) == 0)
			return &c[i];
	return NULL;
}

static enum store_status add_event(struct store *st, int64_t id, int64_t at, const char *kind,
                                   const char *actor, const char *text, bool is_public)
{
	struct feedback_event e = { .feedback_id = id, .at = at, .kind = kind, .actor = actor,
	                            .text = text, .is_public = is_public };
	return feedback_store.event_insert(st, &e);
}

/*
 * What the reports of one group commit's transaction read alike: the
 * categories, the routing rules, the calendar and the wards already found,
 * read once for the batch.  Nothing a report writes changes them, and the
 * transaction holds the writers' lock, so a cached answer is the one a
 * fresh read would give.  In its own arena, freed after the batch.
 */
enum { FB_BATCH_WARDS = 32 };
struct fb_batch {
	struct arena a;
	bool have_categories, have_rules, have_calendar;
	struct feedback_category *cats;
	size_t ncats;
	struct feedback_rule *rules;
	size_t nrules;
	const struct calendar *cal;
	int64_t wards[FB_BATCH_WARDS];
	size_t nwards;
};

static enum org_result check_ward(struct store *st, struct arena *a, int64_t ward_id,
                                  struct fb_batch *b, struct org_error *err)
{
	for (size_t i = 0; b && i < b->nwards; i++)
		if (b->wards[i] == ward_id)
			return ORG_OK;
	struct org_unit w;
	enum store_status s = org_store.unit_get(st, ward_id, a, &w);
	if (s == STORE_NOT_FOUND || (s == STORE_OK && strcmp(w.kind, "ward") != 0))
		return org_invalid(err, "ward_id", "Choose the ward where it happens.");
	if (s == STORE_OK && b && b->nwards < FB_BATCH_WARDS)
		b->wards[b->nwards++] = ward_id;
	return org_from_store(s);
}

static enum store_status batch_categories(struct store *st, struct arena *a, struct fb_batch *b,
                                          struct feedback_category **cats, size_t *n)
{
	if (b == NULL)
		return feedback_store.category_list(st, a, cats, n);
	enum store_status s = STORE_OK;
	if (!b->have_categories
	    && (s = feedback_store.category_list(st, &b->a, &b->cats, &b->ncats)) == STORE_OK)
		b->have_categories = true;
	*cats = b->cats;
	*n = b->ncats;
	return s;
}

static enum store_status batch_rules(struct store *st, struct arena *a, struct fb_batch *b,
                                     struct feedback_rule **rules, size_t *n)
{
	if (b == NULL)
		return feedback_store.rule_list(st, a, rules, n);
	enum store_status s = STORE_OK;
	if (!b->have_rules && (s = feedback_store.rule_list(st, &b->a, &b->rules, &b->nrules))
	                      == STORE_OK)
		b->have_rules = true;
	*rules = b->rules;
	*n = b->nrules;
	return s;
}

static const struct calendar *batch_calendar(struct store *st, struct arena *a,
                                             struct fb_batch *b)
{
	if (b == NULL)
		return feedback_calendar(st, a);
	if (!b->have_calendar) {
		b->cal = feedback_calendar(st, &b->a);
		b->have_calendar = true;
	}
	return b->cal;
}

/*
 * A report made ready without the database (on the sender's thread, before
 * it queues): its text NFC and trimmed, its fields checked, its photos
 * re-encoded without metadata.  A refused photo refuses the report before
 * anything is written.
 */
struct fb_prepared {
	struct feedback f;
	struct feedback_photo photos[FB_PHOTOS_MAX];
	size_t nphotos;
};

static enum org_result submit_prepare(struct arena *a, const struct fb_submit *in,
                                      struct fb_prepared *p, struct org_error *err)
{
	struct feedback *f = &p->f;
	*f = in->f;
	const char *field, *detail;
	if (!clean_text(&f->address, a) || !clean_text(&f->description, a)
	    || !clean_text(&f->contact_name, a) || !clean_text(&f->contact_phone, a)
	    || !clean_text(&f->contact_email, a))
		return org_invalid(err, "description", "The text is not valid UTF-8.");
	if (!fb_check(f, &field, &detail))
		return org_invalid(err, field, detail);
	if (in->nphotos > FB_PHOTOS_MAX)
		return org_invalid(err, "photo", "At most 3 photos.");
	p->nphotos = in->nphotos;
	for (size_t i = 0; i < in->nphotos; i++) {
		if (in->photos[i].len > FB_PHOTO_BYTES_MAX)
			return org_invalid(err, "photo", "A photo may be at most 5 MB.");
		unsigned char *clean;
		size_t clean_len;
		const char *problem;
		if (!fb_photo_clean(in->photos[i].data, in->photos[i].len, &clean, &clean_len,
		                    &p->photos[i].mime, &problem))
			return org_invalid(err, "photo", problem);
		p->photos[i].data = arena_memdup(a, clean, clean_len);
		p->photos[i].len = clean_len;
		free(clean);
	}
	f->client_hash = feedback_client_hash(a, in->client_address);
	return ORG_OK;
}

/* The prepared report P written, inside the caller's transaction (or savepoint). */
static enum org_result submit_write(struct store *st, struct arena *a,
                                    const struct principal *who, struct fb_submit *in,
                                    const struct fb_prepared *p, struct fb_batch *b,
                                    struct feedback *out, struct org_error *err)
{
	struct feedback f = p->f;
	in->rate_exceeded = false;
	if (f.channel != FB_CH_WEB && f.channel != FB_CH_OPEN311
	    && !feedback_may_enter(st, a, who, f.ward_id))
		return ORG_FORBIDDEN;
	enum store_status s;
	/*
	 * Counted in the transaction that writes the report, after the reports
	 * queued before it: concurrent reports from one address (or one
	 * Open311 key) cannot all slip under the limit.
	 */
	if (in->limit_rate && f.client_hash) {
		int64_t sent = 0;
		if ((s = feedback_store.count_from(st, f.client_hash, in->now - 3600, &sent))
		    != STORE_OK)
			return org_from_store(s);
		if (sent >= feedback_hourly_limit()) {
			in->rate_exceeded = true;
			return ORG_CONFLICT;
		}
	}
	in->key_wait = 0;
	if (in->key_limit) {
		int wait = feedback_key_wait(st, in->key_limit, in->now);
		if (wait < 0)
			return ORG_BUSY;
		if (wait > 0) {
			in->key_wait = wait;
			return ORG_CONFLICT;
		}
	}
	struct feedback_category *cats;
	size_t ncats;
	if ((s = batch_categories(st, a, b, &cats, &ncats)) != STORE_OK)
		return org_from_store(s);
	const struct feedback_category *cat = feedback_category_find(cats, ncats, f.category);
	if (cat == NULL)
		return org_invalid(err, "category", "Choose what the report is about.");
	enum org_result r = check_ward(st, a, f.ward_id, b, err);
	if (r != ORG_OK)
		return r;
	struct feedback_rule *rules;
	size_t nrules;
	if ((s = batch_rules(st, a, b, &rules, &nrules)) != STORE_OK)
		return org_from_store(s);
	f.unit_id = fb_route(rules, nrules, f.category, f.ward_id);
	f.state = f.unit_id ? FB_ASSIGNED : FB_RECEIVED;
	f.moderation = FB_MOD_PENDING;
	f.received_at = in->now;
	f.received_day = feedback_day_of(in->now);
	f.due_days = cat->due_days > 0 ? cat->due_days : FB_DEFAULT_DUE_DAYS;
	if (!fb_due(batch_calendar(st, a, b), f.received_day, f.due_days, &f.due_day))
		return org_invalid(err, "received_at", "The date lies outside the calendar.");
	f.updated_at = in->now;
	f.committed_day = 0;
	f.answered_at = 0;
	f.answered_day = 0;
	f.closed_at = 0;
	f.reopen_count = 0;
	f.duplicate_of = 0;
	f.answer = f.progress_note = f.reject_reason = NULL;
	char code[FB_CODE_LEN + 1];
	unsigned char bytes[8];
	randombytes_buf(bytes, sizeof bytes);
	fb_code_from_bytes(bytes, code);
	f.code = arena_strdup(a, code);
	s = feedback_store.insert(st, &f);
	/*
	 * 50 random bits met an existing code: PostgreSQL has spoiled the
	 * transaction (or the batch's savepoint), so retry it whole.
	 */
	if (s == STORE_CONFLICT)
		return ORG_BUSY;
	if (s != STORE_OK)
		return org_from_store(s);
	const char *actor = who->authenticated ? who->actor.login : "citizen";
	if ((s = add_event(st, f.id, in->now, "received", actor, fb_channel_name(f.channel), true))
	    != STORE_OK)
		return org_from_store(s);
	if (f.unit_id && (s = add_event(st, f.id, in->now, "assigned", "system", NULL, true))
	                     != STORE_OK)
		return org_from_store(s);
	for (size_t i = 0; i < p->nphotos; i++) {
		struct feedback_photo ph = p->photos[i];
		ph.feedback_id = f.id;
		if ((s = feedback_store.photo_insert(st, &ph, in->now)) != STORE_OK)
			return org_from_store(s);
	}
	json_t *after = audit_json(&f);
	json_object_set_new(after, "photos", json_integer((json_int_t)p->nphotos));
	r = org_from_store(audit_record(st, &who->actor, "create", "feedback", f.id, NULL, after));
	json_decref(after);
	if (r == ORG_OK)
		*out = f;
	return r;
}

enum org_result feedback_submit_in(struct store *st, struct arena *a,
                                   const struct principal *who, struct fb_submit *in,
                                   struct feedback *out, struct org_error *err)
{
	struct fb_prepared *p = arena_alloc(a, sizeof *p);
	enum org_result r = submit_prepare(a, in, p, err);
	return r == ORG_OK ? submit_write(st, a, who, in, p, NULL, out, err) : r;
}

/*
 * Reports from the public go through a group commit (org_group_commit.h):
 * each durable before it is answered, many sharing one commit.
 */
struct submit_job {
	struct arena *a;
	const struct principal *who;
	struct fb_submit *in;
	struct fb_prepared p;
	struct feedback *out;
	struct org_error *err;
	struct org_ticket ticket;
	struct fb_ticket *owner;   /* feedback_submit_queued's, or NULL */
};

static enum org_result submit_run(struct store *st, void *job, void *batch)
{
	struct submit_job *j = job;
	return submit_write(st, j->a, j->who, j->in, &j->p, batch, j->out, j->err);
}

static void *batch_open(void)
{
	return calloc(1, sizeof(struct fb_batch));
}

static void batch_close(void *p)
{
	struct fb_batch *b = p;
	arena_free(&b->a);
	free(b);
}

static const struct org_group_kind submit_kind = {
	.name = "feedback", .run = submit_run, .batch_open = batch_open, .batch_close = batch_close,
};
static struct org_group submit_group = ORG_GROUP_INIT(&submit_kind);

enum org_result feedback_submit(struct store *st, struct arena *a, const struct principal *who,
                                struct fb_submit *in, struct feedback *out,
                                struct org_error *err)
{
	struct submit_job *j = arena_alloc(a, sizeof *j);
	*j = (struct submit_job){ .a = a, .who = who, .in = in, .out = out, .err = err };
	enum org_result r = submit_prepare(a, in, &j->p, err);
	return r == ORG_OK ? org_group_run(&submit_group, st, j) : r;
}

static void submit_answered(void *ctx)
{
	struct submit_job *j = ctx;
	struct fb_ticket *t = j->owner;
	t->result = j->ticket.result;
	t->done(t->ctx);
}

void feedback_submit_queued(struct store *st, struct arena *a, const struct principal *who,
                            struct fb_submit *in, struct fb_ticket *t)
{
	struct submit_job *j = arena_alloc(a, sizeof *j);
	*j = (struct submit_job){ .a = a, .who = who, .in = in, .out = &t->out, .err = &t->err,
	                          .owner = t };
	j->ticket.done = submit_answered;
	j->ticket.ctx = j;
	enum org_result r = submit_prepare(a, in, &j->p, &t->err);
	if (r != ORG_OK) {
		t->result = r;
		t->done(t->ctx);
		return;
	}
	org_group_queue(&submit_group, st, j, &j->ticket);
}

void feedback_submit_stats(uint64_t *batches, uint64_t *reports)
{
	org_group_stats(&submit_group, batches, reports);
}

/* ---- handling --------------------------------------------------------- */

static enum org_result conflict(struct org_error *err, const char *detail)
{
	err->field = "action";
	err->detail = detail;
	return ORG_CONFLICT;
}

static const char *const action_events[FB_ACT_COUNT] = {
	"assigned", "started", "progress", "answered", "closed", "reopened", "rejected", "duplicate",
};

/* Applies IN to *F (already authorised); ERR on a bad field. */
static enum org_result apply(struct store *st, struct arena *a, struct feedback *f,
                             const struct fb_act *in, struct org_error *err)
{
	enum fb_state to;
	if (!fb_transition(f->state, in->action, &to))
		return conflict(err, "The report's state does not allow this.");
	const char *text = in->text;
	if (!clean_text(&text, a))
		return org_invalid(err, "text", "The text is not valid UTF-8.");
	if (text && strlen(text) > FB_TEXT_MAX)
		return org_invalid(err, "text", "The text is longer than 4,000 bytes.");
	cal_day today = feedback_day_of(in->now);
	enum store_status s;
	switch (in->action) {
	case FB_ACT_ASSIGN: {
		struct org_unit u;
		if (in->unit_id <= 0)
			return org_invalid(err, "unit_id", "Choose the unit that answers.");
		s = org_store.unit_get(st, in->unit_id, a, &u);
		if (s == STORE_NOT_FOUND)
			return org_invalid(err, "unit_id", "Choose the unit that answers.");
		if (s != STORE_OK)
			return org_from_store(s);
		f->unit_id = in->unit_id;
		break;
	}
	case FB_ACT_START:
		break;
	case FB_ACT_PROGRESS:
		if (text == NULL)
			return org_invalid(err, "text", "Say what has been done so far.");
		if (in->committed_day == 0 || in->committed_day < today)
			return org_invalid(err, "committed_day",
			                   "Give the date the unit commits to, today or later.");
		f->progress_note = text;
		f->committed_day = in->committed_day;
		break;
	case FB_ACT_ANSWER:
		if (text == NULL)
			return org_invalid(err, "text", "Write the answer.");
		f->answer = text;
		f->answered_at = in->now;
		f->answered_day = today;
		break;
	case FB_ACT_CLOSE:
		f->closed_at = in->now;
		break;
	case FB_ACT_REOPEN:
		f->reopen_count++;
		f->closed_at = 0;
		f->committed_day = 0;
		/* A re-opened report gets its category's time again, from today. */
		if (!fb_due(feedback_calendar(st, a), today, f->due_days, &f->due_day))
			return org_invalid(err, "text", "The date lies outside the calendar.");
		break;
	case FB_ACT_REJECT:
		if (text == NULL)
			return org_invalid(err, "text", "Give the reason for rejecting the report.");
		f->reject_reason = text;
		f->closed_at = in->now;
		break;
	case FB_ACT_DUPLICATE: {
		struct feedback orig;
		if (in->duplicate_of == f->id || in->duplicate_of <= 0)
			return org_invalid(err, "duplicate_of", "Give the number of the original report.");
		s = feedback_store.get(st, in->duplicate_of, a, &orig);
		if (s == STORE_NOT_FOUND)
			return org_invalid(err, "duplicate_of", "Give the number of the original report.");
		if (s != STORE_OK)
			return org_from_store(s);
		if (orig.state == FB_DUPLICATE)
			return org_invalid(err, "duplicate_of",
			                   "That report is itself a duplicate; link the original.");
		f->duplicate_of = orig.id;
		f->closed_at = in->now;
		break;
	}
	case FB_ACT_COUNT:
		return org_invalid(err, "action", "Unknown action.");
	}
	f->state = to;
	f->updated_at = in->now;
	return ORG_OK;
}

static enum org_result write_change(struct store *st, const struct actor *actor,
                                    const char *event_actor, struct feedback *f, json_t *before,
                                    const char *kind, const char *text, bool is_public,
                                    int64_t now)
{
	enum store_status s = feedback_store.update(st, f);
	if (s == STORE_OK)
		s = add_event(st, f->id, now, kind, event_actor, text, is_public);
	if (s != STORE_OK)
		return org_from_store(s);
	json_t *after = audit_json(f);
	enum org_result r = org_from_store(audit_record(st, actor, kind, "feedback", f->id, before,
	                                                after));
	json_decref(after);
	return r;
}

enum org_result feedback_act_in(struct store *st, struct arena *a, const struct principal *who,
                                int64_t id, const struct fb_act *in, struct feedback *out,
                                struct org_error *err)
{
	struct feedback f;
	enum store_status s = feedback_store.get(st, id, a, &f);
	if (s != STORE_OK)
		return org_from_store(s);
	if ((unsigned)in->action >= FB_ACT_COUNT)
		return org_invalid(err, "action", "Unknown action.");
	if (!feedback_may_handle(st, a, who, &f))
		return ORG_FORBIDDEN;
	json_t *before = audit_json(&f);
	enum org_result r = apply(st, a, &f, in, err);
	if (r == ORG_OK) {
		const char *text = in->action == FB_ACT_ASSIGN ? NULL
		                   : in->action == FB_ACT_ANSWER ? f.answer
		                   : in->action == FB_ACT_PROGRESS ? f.progress_note
		                   : in->action == FB_ACT_REJECT ? f.reject_reason
		                   : in->text;
		r = write_change(st, &who->actor, who->actor.login, &f, before,
		                 action_events[in->action], text, true, in->now);
	}
	json_decref(before);
	if (r == ORG_OK)
		*out = f;
	return r;
}

struct act_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	const struct fb_act *in;
	struct feedback *out;
	struct org_error *err;
};

static enum org_result act_body(struct store *st, void *p)
{
	struct act_job *j = p;
	return feedback_act_in(st, j->a, j->who, j->id, j->in, j->out, j->err);
}

enum org_result feedback_act(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, const struct fb_act *in, struct feedback *out,
                             struct org_error *err)
{
	struct act_job j = { a, who, id, in, out, err };
	return org_in_transaction(st, act_body, &j);
}

struct moderate_job {
	struct arena *a;
	const struct principal *who;
	int64_t id;
	bool publish;
	int64_t now;
	struct feedback *out;
};

static enum org_result moderate_body(struct store *st, void *p)
{
	struct moderate_job *j = p;
	struct feedback f;
	enum store_status s = feedback_store.get(st, j->id, j->a, &f);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!feedback_may_moderate(st, j->a, j->who, &f))
		return ORG_FORBIDDEN;
	json_t *before = audit_json(&f);
	f.moderation = j->publish ? FB_MOD_PUBLISHED : FB_MOD_HIDDEN;
	f.updated_at = j->now;
	enum org_result r = write_change(st, &j->who->actor, j->who->actor.login, &f, before,
	                                 j->publish ? "published" : "hidden", NULL, false, j->now);
	json_decref(before);
	if (r == ORG_OK)
		*j->out = f;
	return r;
}

enum org_result feedback_moderate_in(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id, bool publish,
                                     int64_t now, struct feedback *out)
{
	struct moderate_job j = { a, who, id, publish, now, out };
	return moderate_body(st, &j);
}

enum org_result feedback_moderate(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t id, bool publish, int64_t now, struct feedback *out)
{
	struct moderate_job j = { a, who, id, publish, now, out };
	return org_in_transaction(st, moderate_body, &j);
}

/* ---- the citizen, by code ------------------------------------------- */

struct citizen_job {
	struct arena *a;
	const char *code;
	const char *text;
	int64_t now;
	bool reopen;
	struct feedback *out;
	struct org_error *err;
};

/* The citizen acts as nobody in particular: the code is the credential. */
static const struct actor citizen_actor = { .user_id = 0, .login = "citizen", .address = NULL };

static enum org_result citizen_body(struct store *st, void *p)
{
	struct citizen_job *j = p;
	char code[FB_CODE_LEN + 1];
	if (!fb_code_normalise(j->code, code))
		return ORG_NOT_FOUND;
	struct feedback f;
	enum store_status s = feedback_store.get_by_code(st, code, j->a, &f);
	if (s != STORE_OK)
		return org_from_store(s);
	const char *text = j->text;
	if (!clean_text(&text, j->a))
		return org_invalid(j->err, "text", "The text is not valid UTF-8.");
	if (text == NULL)
		return org_invalid(j->err, "text", j->reopen ? "Say why the answer does not settle it."
		                                             : "Write the information to add.");
	if (strlen(text) > FB_TEXT_MAX)
		return org_invalid(j->err, "text", "The text is longer than 4,000 bytes.");
	json_t *before = audit_json(&f);
	enum org_result r;
	if (j->reopen) {
		if (!fb_citizen_may_reopen(&f, feedback_day_of(j->now), feedback_reopen_days())) {
			json_decref(before);
			return conflict(j->err, "The report can be re-opened only within the days after "
			                        "its answer.");
		}
		struct fb_act in = { .action = FB_ACT_REOPEN, .text = text, .now = j->now };
		r = apply(st, j->a, &f, &in, j->err);
		if (r == ORG_OK)
			r = write_change(st, &citizen_actor, "citizen", &f, before, "reopened", text,
			                 false, j->now);
	} else {
		if (f.state == FB_REJECTED || f.state == FB_DUPLICATE) {
			json_decref(before);
			return conflict(j->err, "The report is closed; send a new one.");
		}
		f.updated_at = j->now;
		/* The citizen's words are not moderated: kept off the public page. */
		r = write_change(st, &citizen_actor, "citizen", &f, before, "info", text, false, j->now);
	}
	json_decref(before);
	if (r == ORG_OK)
		*j->out = f;
	return r;
}

enum org_result feedback_citizen_info(struct store *st, struct arena *a, const char *code,
                                      const char *text, int64_t now, struct feedback *out,
                                      struct org_error *err)
{
	struct citizen_job j = { a, code, text, now, false, out, err };
	return org_in_transaction(st, citizen_body, &j);
}

enum org_result feedback_citizen_reopen(struct store *st, struct arena *a, const char *code,
                                        const char *text, int64_t now, struct feedback *out,
                                        struct org_error *err)
{
	struct citizen_job j = { a, code, text, now, true, out, err };
	return org_in_transaction(st, citizen_body, &j);
}

/* ---- routing rules ---------------------------------------------------- */

struct rule_job {
	struct arena *a;
	const struct principal *who;
	struct feedback_rule *r;
	int64_t id;
	struct org_error *err;
};

static enum org_result rule_add_body(struct store *st, void *p)
{
	struct rule_job *j = p;
	struct feedback_rule *r = j->r;
	struct org_unit u;
	enum store_status s;
	if (r->category && r->category[0]) {
		struct feedback_category *cats;
		size_t n;
		if ((s = feedback_store.category_list(st, j->a, &cats, &n)) != STORE_OK)
			return org_from_store(s);
		if (!feedback_category_find(cats, n, r->category))
			return org_invalid(j->err, "category", "Choose what the report is about.");
	} else {
		r->category = NULL;
	}
	if (r->ward_id) {
		enum org_result wr = check_ward(st, j->a, r->ward_id, NULL, j->err);
		if (wr != ORG_OK)
			return wr;
	}
	s = org_store.unit_get(st, r->unit_id, j->a, &u);
	if (s == STORE_NOT_FOUND)
		return org_invalid(j->err, "unit_id", "Choose the unit that answers.");
	if (s != STORE_OK)
		return org_from_store(s);
	if (!j->who->authenticated
	    || !org_allows(st, j->a, j->who, PERM_CONFIGURE_FEEDBACK, r->unit_id)
	    || (r->ward_id && !org_allows(st, j->a, j->who, PERM_CONFIGURE_FEEDBACK, r->ward_id)))
		return ORG_FORBIDDEN;
	if ((s = feedback_store.rule_insert(st, r)) != STORE_OK)
		return org_from_store(s);
	json_t *after = json_pack("{s:s?, s:o, s:I}", "category", r->category,
	                          "ward_id", r->ward_id ? json_integer(r->ward_id) : json_null(),
	                          "unit_id", (json_int_t)r->unit_id);
	enum org_result res = org_from_store(audit_record(st, &j->who->actor, "create",
	                                                  "feedback_rule", r->id, NULL, after));
	json_decref(after);
	return res;
}

enum org_result feedback_rule_add_in(struct store *st, struct arena *a,
                                     const struct principal *who, struct feedback_rule *r,
                                     struct org_error *err)
{
	struct rule_job j = { a, who, r, 0, err };
	return rule_add_body(st, &j);
}

enum org_result feedback_rule_add(struct store *st, struct arena *a, const struct principal *who,
                                  struct feedback_rule *r, struct org_error *err)
{
	struct rule_job j = { a, who, r, 0, err };
	return org_in_transaction(st, rule_add_body, &j);
}

static enum org_result rule_delete_body(struct store *st, void *p)
{
	struct rule_job *j = p;
	struct feedback_rule r;
	enum store_status s = feedback_store.rule_get(st, j->id, j->a, &r);
	if (s != STORE_OK)
		return org_from_store(s);
	if (!j->who->authenticated
	    || !org_allows(st, j->a, j->who, PERM_CONFIGURE_FEEDBACK, r.unit_id))
		return ORG_FORBIDDEN;
	if ((s = feedback_store.rule_delete(st, j->id)) != STORE_OK)
		return org_from_store(s);
	json_t *before = json_pack("{s:s?, s:o, s:I}", "category", r.category,
	                           "ward_id", r.ward_id ? json_integer(r.ward_id) : json_null(),
	                           "unit_id", (json_int_t)r.unit_id);
	enum org_result res = org_from_store(audit_record(st, &j->who->actor, "delete",
	                                                  "feedback_rule", r.id, before, NULL));
	json_decref(before);
	return res;
}

enum org_result feedback_rule_delete(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id)
{
	struct rule_job j = { a, who, NULL, id, NULL };
	return org_in_transaction(st, rule_delete_body, &j);
}

/* ---- Open311 keys ------------------------------------------------------ */

struct key_job {
	struct arena *a;
	const struct principal *who;
	const char *name;
	int64_t id;
	struct open311_key *out;
	const char **plain;
	struct org_error *err;
	int per_hour;
};

static enum org_result key_add_body(struct store *st, void *p)
{
	struct key_job *j = p;
	if (!feedback_may_configure(j->who))
		return ORG_FORBIDDEN;
	const char *name = j->name;
	if (!clean_text(&name, j->a))
		return org_invalid(j->err, "name", "The text is not valid UTF-8.");
	if (name == NULL || strlen(name) > 100)
		return org_invalid(j->err, "name", "Name the client (up to 100 bytes).");
	if (j->per_hour < 0 || j->per_hour > FB_KEY_PER_HOUR_MAX)
		return org_invalid(j->err, "per_hour", "Reports per hour: a whole number from 1 to "
		                                       "1,000,000, or empty for the default.");
	unsigned char raw[24];
	randombytes_buf(raw, sizeof raw);
	char *plain = arena_alloc(j->a, sizeof raw * 2 + 1);
	sodium_bin2hex(plain, sizeof raw * 2 + 1, raw, sizeof raw);
	unsigned char hash[OPEN311_KEY_HASH_LEN];
	crypto_hash_sha256(hash, (const unsigned char *)plain, strlen(plain));
	struct open311_key k = { .name = name, .created_at = (int64_t)time(NULL),
	                         .created_by = j->who->actor.login, .per_hour = j->per_hour };
	enum store_status s = feedback_store.key_insert(st, &k, hash);
	if (s != STORE_OK)
		return org_from_store(s);
	json_t *after = json_pack("{s:s, s:s, s:i}", "name", name, "created_by", k.created_by,
	                          "per_hour", k.per_hour ? k.per_hour : feedback_open311_hourly_limit());
	enum org_result r = org_from_store(audit_record(st, &j->who->actor, "create", "open311_key",
	                                                k.id, NULL, after));
	json_decref(after);
	if (r == ORG_OK) {
		*j->out = k;
		*j->plain = plain;
	}
	return r;
}

enum org_result feedback_key_add(struct store *st, struct arena *a, const struct principal *who,
                                 const char *name, int per_hour, struct open311_key *out,
                                 const char **plain, struct org_error *err)
{
	struct key_job j = { a, who, name, 0, out, plain, err, per_hour };
	return org_in_transaction(st, key_add_body, &j);
}

static enum org_result key_revoke_body(struct store *st, void *p)
{
	struct key_job *j = p;
	if (!feedback_may_configure(j->who))
		return ORG_FORBIDDEN;
	struct open311_key k;
	enum store_status s = feedback_store.key_get(st, j->id, j->a, &k);
	if (s != STORE_OK)
		return org_from_store(s);
	if (k.revoked_at)
		return ORG_OK;
	int64_t now = (int64_t)time(NULL);
	if ((s = feedback_store.key_revoke(st, j->id, now)) != STORE_OK)
		return org_from_store(s);
	json_t *after = json_pack("{s:s, s:I}", "name", k.name, "revoked_at", (json_int_t)now);
	enum org_result r = org_from_store(audit_record(st, &j->who->actor, "revoke", "open311_key",
	                                                k.id, NULL, after));
	json_decref(after);
	return r;
}

enum org_result feedback_key_revoke(struct store *st, struct arena *a,
                                    const struct principal *who, int64_t id)
{
	struct key_job j = { a, who, NULL, id, NULL, NULL, NULL, 0 };
	return org_in_transaction(st, key_revoke_body, &j);
}

int feedback_key_wait(struct store *st, const struct open311_key *key, int64_t now)
{
	int limit = key->per_hour > 0 ? key->per_hour : feedback_open311_hourly_limit();
	int64_t n = 0, oldest = 0;
	/* The last hour: a report sent exactly an hour ago has left it. */
	if (feedback_store.key_sent_since(st, key->id, now - 3599, &n, &oldest) != STORE_OK)
		return -1;
	if (n < limit)
		return 0;
	int64_t wait = oldest + 3600 - now;
	return wait < 1 ? 1 : wait > 3600 ? 3600 : (int)wait;
}

bool feedback_key_check(struct store *st, struct arena *a, const char *plain,
                        struct open311_key *out)
{
	if (plain == NULL || *plain == '\0' || strlen(plain) > 200)
		return false;
	unsigned char hash[OPEN311_KEY_HASH_LEN];
	crypto_hash_sha256(hash, (const unsigned char *)plain, strlen(plain));
	return feedback_store.key_by_hash(st, hash, a, out) == STORE_OK;
}
