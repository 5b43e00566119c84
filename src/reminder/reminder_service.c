/* reminder_service.c: see reminder_service.h. */
#include "reminder/reminder_service.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "auth/auth_store.h"
#include "calendar/calendar_service.h"
#include "org/org_store.h"
#include "reminder/reminder_mail.h"
#include "store/store.h"
#include "util/arena.h"

int reminder_days_ahead(void)
{
	const char *s = getenv("DIEUHANH_REMINDER_DAYS");
	int n = s && *s ? atoi(s) : REMINDER_DEFAULT_DAYS;
	return n >= 1 && n <= REMINDER_MAX_DAYS ? n : REMINDER_DEFAULT_DAYS;
}

const char *reminder_public_url(void)
{
	const char *s = getenv("DIEUHANH_PUBLIC_URL");
	return s ? s : "";
}

/* Every source's items due by Q->horizon. */
static int collect_all(struct store *st, struct arena *a, const struct reminder_query *q,
                       struct reminder_list *out)
{
	*out = (struct reminder_list){ .a = a };
	for (const struct reminder_source *const *s = reminder_sources; *s; s++) {
		int rc = (*s)->collect(st, a, q, out);
		if (rc != STORE_OK)
			return rc;
	}
	reminder_sort(out->v, out->n);
	return STORE_OK;
}

/* An account as a principal, for asking the policy what reaches it. */
struct recipient {
	struct account acc;
	struct principal p;
};

static int load_recipient(struct store *st, struct arena *a, const struct account *acc,
                          struct recipient *r)
{
	struct role_grant *g;
	size_t ng;
	enum store_status s = auth_store.grant_list(st, acc->id, a, &g, &ng);
	if (s != STORE_OK)
		return s;
	r->acc = *acc;
	r->p = (struct principal){
		.actor = { .user_id = acc->id, .login = acc->login },
		.authenticated = true,
		.display_name = acc->display_name,
		.grants = g,
		.ngrants = ng,
	};
	return STORE_OK;
}

/*
 * Is IT for R: addressed to R's person, or to a unit where R holds a role
 * carrying the item's permission on that unit itself (the unit's own
 * people, not every superior who could act there).
 */
static bool item_for(const struct reminder_item *it, const struct recipient *r)
{
	if (it->person_id && r->acc.person_id == it->person_id)
		return true;
	return it->unit_id && it->perm && policy_allows(&r->p, it->perm, &it->unit_id, 1);
}

static size_t items_for(struct arena *a, const struct reminder_list *all,
                        const struct recipient *r, struct reminder_item **out)
{
	*out = arena_array(a, all->n + 1, sizeof **out);
	size_t n = 0;
	for (size_t i = 0; i < all->n && n < REMINDER_MAX_ITEMS; i++)
		if (item_for(&all->v[i], r))
			(*out)[n++] = all->v[i];
	return n;
}

json_t *reminder_item_json(const struct reminder_item *it, const struct calendar *cal,
                           cal_day today)
{
	char due[11];
	cal_format_iso(it->due, due);
	return json_pack("{s:s, s:s, s:s, s:o, s:s, s:s, s:I}", "kind", it->kind, "uid", it->uid,
	                 "title", it->title, "detail",
	                 it->detail ? json_string(it->detail) : json_null(), "path",
	                 it->path ? it->path : "", "due", due, "days_left",
	                 (json_int_t)reminder_days_left(cal, today, it->due));
}

/* ---- the daily run ------------------------------------------------------ */

struct run_job {
	struct arena *a;
	cal_day day;
	int days_ahead;
	bool email;
	const struct calendar *cal;
	const struct reminder_list *items;
	struct reminder_run_result *out;
};

static enum org_result run_body(struct store *st, void *p)
{
	struct run_job *j = p;
	*j->out = (struct reminder_run_result){ .items = (int)j->items->n };
	/* Nothing due anywhere: nothing to write, nor to audit; a later run that day may find some. */
	if (j->items->n == 0)
		return ORG_OK;
	char day[11];
	cal_format_iso(j->day, day);
	int64_t now = (int64_t)time(NULL);
	enum store_status s = reminder_store.run_claim(st, day, now);
	if (s == STORE_CONFLICT) {
		j->out->already = true;
		return ORG_OK;
	}
	if (s != STORE_OK)
		return org_from_store(s);
	struct account *accs;
	size_t nacc;
	if ((s = auth_store.account_list(st, j->a, &accs, &nacc)) != STORE_OK)
		return org_from_store(s);
	for (size_t i = 0; i < nacc; i++) {
		if (accs[i].disabled)
			continue;
		struct recipient r;
		if ((s = load_recipient(st, j->a, &accs[i], &r)) != STORE_OK)
			return org_from_store(s);
		struct reminder_item *mine;
		size_t n = items_for(j->a, j->items, &r, &mine);
		if (n == 0)
			continue;
		json_t *arr = json_array();
		int overdue = 0;
		for (size_t k = 0; k < n; k++) {
			overdue += mine[k].due < j->day;
			json_array_append_new(arr, reminder_item_json(&mine[k], j->cal, j->day));
		}
		char *items_text = json_dumps(arr, JSON_COMPACT);
		json_decref(arr);
		struct reminder_digest d = { .user_id = accs[i].id, .created_at = now,
		                             .items = items_text ? arena_strdup(j->a, items_text) : "[]",
		                             .n_items = (int)n, .n_overdue = overdue };
		free(items_text);
		memcpy(d.day, day, sizeof d.day);
		reminder_digest_text(j->a, accs[i].display_name, j->day, j->days_ahead, mine, n,
		                     j->cal, &d.subject, &d.body);
		if ((s = reminder_store.digest_insert(st, &d)) != STORE_OK)
			return org_from_store(s);
		j->out->digests++;
		if (!j->email || accs[i].person_id == 0)
			continue;
		struct org_person person;
		s = org_store.person_get(st, accs[i].person_id, j->a, &person);
		if (s == STORE_NOT_FOUND || (s == STORE_OK && !reminder_address_valid(person.email)))
			continue;
		if (s != STORE_OK)
			return org_from_store(s);
		struct reminder_mail m = { .digest_id = d.id, .to_addr = person.email,
		                           .subject = d.subject, .body = d.body, .created_at = now };
		if ((s = reminder_store.mail_insert(st, &m)) != STORE_OK)
			return org_from_store(s);
		j->out->emails++;
	}
	if ((s = reminder_store.run_finish(st, day, j->out->digests, j->out->emails)) != STORE_OK)
		return org_from_store(s);
	json_t *after = json_pack("{s:s, s:i, s:i, s:i, s:i}", "day", day, "days_ahead",
	                          j->days_ahead, "items", j->out->items, "digests",
	                          j->out->digests, "emails", j->out->emails);
	s = audit_record(st, &actor_system, "run", "reminder_run", j->day, NULL, after);
	json_decref(after);
	return org_from_store(s);
}

int reminder_run(struct store *st, cal_day day, int days_ahead, bool email,
                 struct reminder_run_result *out)
{
	struct arena a = { 0 };
	struct calendar cal;
	int rc = calendar_service_load(st, &a, &cal);
	cal_day horizon = day;
	if (rc == STORE_OK && !cal_deadline(&cal, day, days_ahead, &horizon))
		rc = STORE_HARD_ERROR;
	struct reminder_list items;
	struct reminder_query q = { .today = day, .horizon = horizon, .cal = &cal };
	if (rc == STORE_OK)
		rc = collect_all(st, &a, &q, &items);
	if (rc == STORE_OK) {
		struct run_job j = { &a, day, days_ahead, email, &cal, &items, out };
		enum org_result r = org_in_transaction(st, run_body, &j);
		rc = r == ORG_OK ? STORE_OK : r == ORG_BUSY ? STORE_SOFT_ERROR : STORE_HARD_ERROR;
	}
	arena_free(&a);
	return rc;
}

/* ---- delivery ------------------------------------------------------------ */

/* 5 minutes after the first failure, doubling, at most 6 hours apart. */
static int64_t retry_delay(int attempts)
{
	int64_t d = 300;
	for (int i = 1; i < attempts && d < 6 * 3600; i++)
		d *= 2;
	return d < 6 * 3600 ? d : 6 * 3600;
}

int reminder_deliver(struct store *st, const struct reminder_smtp *cfg, bool all, int *sent,
                     int *failed)
{
	*sent = *failed = 0;
	struct arena a = { 0 };
	struct reminder_mail *m;
	size_t n;
	int64_t now = (int64_t)time(NULL);
	enum store_status s = reminder_store.mail_pending(st, all ? 0 : now, 200, &a, &m, &n);
	/*
	 * Outside any transaction: a send takes seconds and must not hold the
	 * write lock.  A message is marked only after the relay took it, so a
	 * crash in between sends it twice rather than never.
	 */
	for (size_t i = 0; s == STORE_OK && i < n; i++) {
		char err[256];
		if (reminder_smtp_send(cfg, m[i].to_addr, m[i].subject, m[i].body, err, sizeof err)) {
			s = reminder_store.mail_sent(st, m[i].id, (int64_t)time(NULL));
			(*sent)++;
		} else {
			s = reminder_store.mail_failed(st, m[i].id,
			                               (int64_t)time(NULL) + retry_delay(m[i].attempts + 1),
			                               err);
			(*failed)++;
		}
		if (s == STORE_NOT_FOUND)   /* another process sent it meanwhile */
			s = STORE_OK;
	}
	arena_free(&a);
	return s;
}

/* ---- the inbox ----------------------------------------------------------- */

int reminder_inbox(struct store *st, struct arena *a, const struct principal *who, int limit,
                   struct reminder_digest **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!who->authenticated || who->actor.user_id <= 0)
		return STORE_OK;
	return reminder_store.digest_list(st, who->actor.user_id, limit, a, out, n);
}

/* ---- feeds --------------------------------------------------------------- */

static void token_hash(const char *token, char hex[65])
{
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, (const unsigned char *)token, strlen(token));
	sodium_bin2hex(hex, 65, h, sizeof h);
}

static json_t *feed_json(const struct reminder_feed *f)
{
	return json_pack("{s:I, s:s, s:o, s:I, s:s}", "id", (json_int_t)f->id, "kind", f->kind,
	                 "unit_id", f->unit_id ? json_integer(f->unit_id) : json_null(),
	                 "user_id", (json_int_t)f->user_id, "name", f->name ? f->name : "");
}

struct feed_job {
	struct arena *a;
	const struct principal *who;
	const char *kind;
	int64_t unit_id;
	int64_t id;
	const char **token;
	struct reminder_feed *out;
	struct org_error *err;
};

static enum org_result feed_create_body(struct store *st, void *p)
{
	struct feed_job *j = p;
	struct reminder_feed *f = j->out;
	*f = (struct reminder_feed){ .kind = j->kind, .user_id = j->who->actor.user_id,
	                             .created_at = (int64_t)time(NULL) };
	if (strcmp(j->kind, "unit") == 0) {
		struct org_unit u;
		enum store_status s = org_store.unit_get(st, j->unit_id, j->a, &u);
		if (s == STORE_NOT_FOUND)
			return org_invalid(j->err, "unit_id", "No unit has this id.");
		if (s != STORE_OK)
			return org_from_store(s);
		if (!org_allows(st, j->a, j->who, PERM_READ_INTERNAL, u.id))
			return ORG_FORBIDDEN;
		f->unit_id = u.id;
		f->name = arena_printf(j->a, "Nhắc việc — %s", u.name);
	} else {
		f->name = arena_printf(j->a, "Nhắc việc — %s",
		                       j->who->display_name ? j->who->display_name
		                                            : j->who->actor.login);
	}
	/* A bound on what one account can make the database keep. */
	struct reminder_feed *live;
	size_t nlive;
	enum store_status ls = reminder_store.feed_list(st, f->user_id, j->a, &live, &nlive);
	if (ls != STORE_OK)
		return org_from_store(ls);
	if (nlive >= REMINDER_MAX_FEEDS)
		return org_invalid(j->err, "kind", "An account has at most 20 live feeds: revoke one first.");
	unsigned char raw[32];
	randombytes_buf(raw, sizeof raw);
	char b64[64];
	sodium_bin2base64(b64, sizeof b64, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	*j->token = arena_printf(j->a, "dhf_%s", b64);
	token_hash(*j->token, f->token_hash);
	enum store_status s = reminder_store.feed_insert(st, f);
	if (s != STORE_OK)
		return org_from_store(s);
	json_t *after = feed_json(f);
	s = audit_record(st, &j->who->actor, "create", "reminder_feed", f->id, NULL, after);
	json_decref(after);
	return org_from_store(s);
}

enum org_result reminder_feed_create(struct store *st, struct arena *a,
                                     const struct principal *who, const char *kind,
                                     int64_t unit_id, const char **token,
                                     struct reminder_feed *out, struct org_error *err)
{
	if (!who->authenticated || who->actor.user_id <= 0)
		return ORG_FORBIDDEN;
	if (kind == NULL || (strcmp(kind, "person") != 0 && strcmp(kind, "unit") != 0))
		return org_invalid(err, "kind", "A feed is of a person (\"person\") or a unit (\"unit\").");
	if (strcmp(kind, "unit") == 0 && unit_id <= 0)
		return org_invalid(err, "unit_id", "A unit's feed needs the unit's id.");
	struct feed_job j = { a, who, strcmp(kind, "unit") == 0 ? "unit" : "person", unit_id, 0,
	                      token, out, err };
	return org_in_transaction(st, feed_create_body, &j);
}

static enum org_result feed_revoke_body(struct store *st, void *p)
{
	struct feed_job *j = p;
	struct reminder_feed f;
	enum store_status s = reminder_store.feed_get(st, j->id, j->a, &f);
	if (s != STORE_OK)
		return org_from_store(s);
	/* Somebody else's feed is not found: its existence is not theirs to learn. */
	if (f.user_id != j->who->actor.user_id || f.revoked_at)
		return ORG_NOT_FOUND;
	if ((s = reminder_store.feed_revoke(st, f.id, (int64_t)time(NULL))) != STORE_OK)
		return org_from_store(s);
	json_t *before = feed_json(&f);
	s = audit_record(st, &j->who->actor, "revoke", "reminder_feed", f.id, before, NULL);
	json_decref(before);
	return org_from_store(s);
}

enum org_result reminder_feed_revoke(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id)
{
	if (!who->authenticated || who->actor.user_id <= 0)
		return ORG_FORBIDDEN;
	struct feed_job j = { .a = a, .who = who, .id = id };
	return org_in_transaction(st, feed_revoke_body, &j);
}

int reminder_feed_list(struct store *st, struct arena *a, const struct principal *who,
                       struct reminder_feed **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!who->authenticated || who->actor.user_id <= 0)
		return STORE_OK;
	return reminder_store.feed_list(st, who->actor.user_id, a, out, n);
}

int reminder_feed_render(struct store *st, struct arena *a, const char *token, char **ics,
                         size_t *len)
{
	*ics = NULL;
	if (token == NULL || strncmp(token, "dhf_", 4) != 0 || strlen(token) > 64)
		return STORE_NOT_FOUND;
	char hex[65];
	token_hash(token, hex);
	struct reminder_feed f;
	enum store_status s = reminder_store.feed_by_hash(st, hex, a, &f);
	if (s != STORE_OK)
		return s;
	if (f.revoked_at)
		return STORE_NOT_FOUND;
	struct account acc;
	if ((s = auth_store.account_get(st, f.user_id, a, &acc)) != STORE_OK)
		return s;
	if (acc.disabled)
		return STORE_NOT_FOUND;
	struct recipient r;
	if ((s = load_recipient(st, a, &acc, &r)) != STORE_OK)
		return s;
	bool unit = strcmp(f.kind, "unit") == 0;
	/* The permission it was made with must still hold: a feed outlives nobody's rights. */
	if (unit && !org_allows(st, a, &r.p, PERM_READ_INTERNAL, f.unit_id))
		return STORE_NOT_FOUND;
	struct calendar cal;
	if ((s = calendar_service_load(st, a, &cal)) != STORE_OK)
		return s;
	cal_day today = calendar_today(), horizon = today;
	(void)cal_deadline(&cal, today, REMINDER_MAX_DAYS, &horizon);
	struct reminder_query q = { .today = today, .horizon = horizon, .cal = &cal,
	                            .unit_id = unit ? f.unit_id : 0 };
	struct reminder_list all;
	if ((s = collect_all(st, a, &q, &all)) != STORE_OK)
		return s;
	struct reminder_item *mine = all.v;
	size_t n = all.n < REMINDER_MAX_ITEMS ? all.n : REMINDER_MAX_ITEMS;
	if (!unit)
		n = items_for(a, &all, &r, &mine);
	*ics = reminder_ical(mine, n, f.name);
	if (*ics == NULL)
		return STORE_HARD_ERROR;
	*len = strlen(*ics);
	return STORE_OK;
}

bool reminder_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id)
{
	(void)id;
	if (who->system)
		return true;
	for (size_t i = 0; who->authenticated && i < who->ngrants; i++) {
		int64_t *path;
		size_t n;
		if (org_unit_path(st, a, who->grants[i].unit_id, &path, &n) == STORE_OK && n > 0
		    && policy_allows(who, PERM_READ_AUDIT, &path[n - 1], 1))
			return true;
	}
	return false;
}
