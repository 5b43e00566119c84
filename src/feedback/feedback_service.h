/*
 * feedback_service.h: receiving, routing, handling and answering citizen
 * feedback; the citizen's follow-up by code; routing rules and Open311
 * client keys.
 *
 * Every write is authorised (policy_allows through org_allows), checked,
 * written and audited in one transaction.  Reports sent by the public
 * (the web form, Open311) need no account; what staff enter from other
 * channels needs PERM_HANDLE_FEEDBACK on the ward.  The citizen's contact
 * details are personal data: they are never in a public answer, never in
 * the audit trail, and shown only to those who handle the report
 * (feedback_contact_visible).
 */
#ifndef DIEUHANH_FEEDBACK_SERVICE_H
#define DIEUHANH_FEEDBACK_SERVICE_H

#include <jansson.h>

#include "auth/auth.h"
#include "calendar/calendar.h"
#include "feedback/feedback.h"
#include "feedback/feedback_store.h"
#include "org/org_service.h"

struct arena;
struct store;

enum { FB_PHOTOS_MAX = 3, FB_PHOTO_BYTES_MAX = 5 * 1024 * 1024 };

/* A photo as sent (before its metadata is stripped). */
struct fb_photo_in {
	const char *filename;
	const unsigned char *data;
	size_t len;
};

struct fb_submit {
	struct feedback f;          /* category, ward_id, channel, address, point, description, contact */
	const char *client_address; /* the sender's address, hashed for the rate limit (or NULL) */
	struct fb_photo_in photos[FB_PHOTOS_MAX];
	size_t nphotos;
	int64_t now;                /* unix seconds */
	/*
	 * Refuse the report (ORG_CONFLICT, RATE_EXCEEDED set) when its address
	 * has sent feedback_hourly_limit() reports in the hour before NOW:
	 * counted in the transaction that would write it.
	 */
	bool limit_rate;
	bool rate_exceeded;
	/*
	 * An Open311 client's key whose hourly budget the report spends (or
	 * NULL): refused (ORG_CONFLICT, KEY_WAIT the seconds until the key may
	 * send again) when spent, counted in the transaction that would write it.
	 */
	const struct open311_key *key_limit;
	int key_wait;
};

/*
 * Records a report: checked, routed by the rules, due by its category's
 * working days, its photos re-encoded without metadata, with a fresh
 * follow-up code.  *OUT gets the stored record (code included).  Returns
 * once the report is durable: concurrent reports share one transaction and
 * one commit, each in its own savepoint (org_group_commit.h).
 */
enum org_result feedback_submit(struct store *st, struct arena *a, const struct principal *who,
                                struct fb_submit *in, struct feedback *out,
                                struct org_error *err);
/* The same inside the caller's transaction (the demo's loader). */
enum org_result feedback_submit_in(struct store *st, struct arena *a,
                                   const struct principal *who, struct fb_submit *in,
                                   struct feedback *out, struct org_error *err);

/*
 * feedback_submit without waiting, for a request the HTTP server suspends:
 * checks the report and re-encodes its photos here, queues it and returns;
 * once it is committed or refused, on another thread (or here, when it is
 * refused before queueing), sets T->result (and T->out, T->err, IN's
 * rate_exceeded) and calls T->done(T->ctx).  T, IN and everything they
 * point to (A, WHO, the report's strings) must stay untouched until then.
 */
struct fb_ticket {
	struct feedback out;
	struct org_error err;
	enum org_result result;
	void (*done)(void *ctx);
	void *ctx;
};
void feedback_submit_queued(struct store *st, struct arena *a, const struct principal *who,
                            struct fb_submit *in, struct fb_ticket *t);
/* Reports committed through the queue, and the transactions they took (for benchmarks, tests). */
void feedback_submit_stats(uint64_t *batches, uint64_t *reports);

/* Reports the public may send from one address per hour (DIEUHANH_FEEDBACK_PER_HOUR, default 60). */
int feedback_hourly_limit(void);
/*
 * The sender's ADDRESS as a hash under a key made at start-up (hex, in A;
 * NULL for no address): enough to count an address's submissions for an
 * hour, never to read it back.
 */
const char *feedback_client_hash(struct arena *a, const char *address);
/* Has the address sent its hour's reports already? */
bool feedback_rate_exceeded(struct store *st, const char *client_address, int64_t now);

struct fb_act {
	enum fb_action action;
	int64_t unit_id;          /* ASSIGN */
	const char *text;         /* ANSWER, PROGRESS, REJECT (the reason), REOPEN */
	cal_day committed_day;    /* PROGRESS */
	int64_t duplicate_of;     /* DUPLICATE */
	int64_t now;
};

/* A handler's action on report ID; ORG_CONFLICT when its state does not allow it. */
enum org_result feedback_act(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id, const struct fb_act *in, struct feedback *out,
                             struct org_error *err);
enum org_result feedback_act_in(struct store *st, struct arena *a, const struct principal *who,
                                int64_t id, const struct fb_act *in, struct feedback *out,
                                struct org_error *err);

/* Publish (or hide) report ID on the public list; PERM_MODERATE_FEEDBACK. */
enum org_result feedback_moderate(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t id, bool publish, int64_t now, struct feedback *out);

enum org_result feedback_moderate_in(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id, bool publish,
                                     int64_t now, struct feedback *out);

/* Days after the answer within which the citizen may re-open (DIEUHANH_FEEDBACK_REOPEN_DAYS, 30). */
int feedback_reopen_days(void);

/* The citizen adds information to the report with CODE (ORG_NOT_FOUND for a wrong code). */
enum org_result feedback_citizen_info(struct store *st, struct arena *a, const char *code,
                                      const char *text, int64_t now, struct feedback *out,
                                      struct org_error *err);
/* The citizen re-opens the report with CODE, saying why; ORG_CONFLICT when too late. */
enum org_result feedback_citizen_reopen(struct store *st, struct arena *a, const char *code,
                                        const char *text, int64_t now, struct feedback *out,
                                        struct org_error *err);

/* Routing rules: PERM_CONFIGURE_FEEDBACK on the rule's unit. */
enum org_result feedback_rule_add(struct store *st, struct arena *a, const struct principal *who,
                                  struct feedback_rule *r, struct org_error *err);
enum org_result feedback_rule_add_in(struct store *st, struct arena *a,
                                     const struct principal *who, struct feedback_rule *r,
                                     struct org_error *err);
enum org_result feedback_rule_delete(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id);

/*
 * Issues an Open311 key named NAME that may send PER_HOUR reports an hour
 * (0: feedback_open311_hourly_limit()): *PLAIN gets the key (shown once, only
 * its hash is kept).  Administrators only (PERM_CONFIGURE_FEEDBACK somewhere).
 */
enum org_result feedback_key_add(struct store *st, struct arena *a, const struct principal *who,
                                 const char *name, int per_hour, struct open311_key *out,
                                 const char **plain, struct org_error *err);
enum org_result feedback_key_revoke(struct store *st, struct arena *a,
                                    const struct principal *who, int64_t id);
/* Reports an Open311 key may send per hour unless it has its own (DIEUHANH_OPEN311_PER_HOUR, 600). */
int feedback_open311_hourly_limit(void);
/* The most a key's own hourly limit may be. */
enum { FB_KEY_PER_HOUR_MAX = 1000000 };
/*
 * 0 when KEY may send a report at NOW, else the seconds until it may (its
 * oldest report of the last hour leaves the window); -1 when the store
 * cannot tell.
 */
int feedback_key_wait(struct store *st, const struct open311_key *key, int64_t now);
/* The key in use whose text is PLAIN; false for an unknown or revoked key. */
bool feedback_key_check(struct store *st, struct arena *a, const char *plain,
                        struct open311_key *out);

/* ---- read decisions (the one answer for JSON and pages) ---- */

/* The unit whose people handle F: its responsible unit, else its ward. */
int64_t feedback_scope_unit(const struct feedback *f);
bool feedback_may_handle(struct store *st, struct arena *a, const struct principal *who,
                         const struct feedback *f);
/* Contact details: to those who handle the report. */
bool feedback_contact_visible(struct store *st, struct arena *a, const struct principal *who,
                              const struct feedback *f);
bool feedback_may_moderate(struct store *st, struct arena *a, const struct principal *who,
                           const struct feedback *f);
/* May WHO see the staff queue (any feedback permission anywhere)? */
bool feedback_may_see_queue(const struct principal *who);
/* May WHO edit routing rules or keys somewhere (the pages' menus)? */
bool feedback_may_configure(const struct principal *who);
/* May WHO enter a report from another channel in WARD? */
bool feedback_may_enter(struct store *st, struct arena *a, const struct principal *who,
                        int64_t ward_id);
/* Is F on the public list (published, and not rejected as abuse)? */
bool feedback_is_public(const struct feedback *f);

/* ---- reads ---- */

int feedback_get(struct store *st, int64_t id, struct arena *a, struct feedback *out);
int feedback_get_by_code(struct store *st, const char *code, struct arena *a,
                         struct feedback *out);
int feedback_list(struct store *st, const struct feedback_filter *f, struct arena *a,
                  struct feedback **out, size_t *n);
/* The open reports WHO may handle (the staff queue), most urgent first. */
/*
 * The reports' revision: it grows with every change of any report (each
 * writes an event), so a public answer cached at it is current while it
 * stays the same, on every instance sharing the database.
 */
int feedback_revision(struct store *st, int64_t *rev);
/* Where each ward's published reports lie (the map picker's landmarks). */
int feedback_ward_points(struct store *st, struct arena *a, struct fb_ward_point **out,
                         size_t *n);
/* The reports in a reader's reach, counted by responsible unit (feedback_counts). */
struct fb_counts {
	struct fb_unit_counts *units;   /* the groups in reach, by unit then ward */
	size_t n;
	/* Their sums (struct fb_unit_counts), and the open reports out of reach. */
	int64_t open, late, due_soon, pending, answered, on_time;
	int64_t open_out_of_reach;
};
/*
 * Every report counted by responsible unit on day TODAY (due soon: by
 * SOON; the ones no longer open: received since ANSWERED_FROM), by the
 * database, never read one by one: the home, the board's "behind" lines
 * and the queue ask on every view, and a city's backlog runs to tens of
 * thousands.  The same for every reader: the pages keep it at the
 * reports' revision (fbp_counts).
 */
int feedback_unit_counts(struct store *st, cal_day today, cal_day soon, int64_t answered_from,
                         struct arena *a, struct fb_unit_counts **out, size_t *n);
/* Of GROUPS (feedback_unit_counts), those in WHO's reach, and their sums. */
void feedback_reach_counts(struct store *st, struct arena *a, const struct principal *who,
                           const struct fb_unit_counts *groups, size_t n, struct fb_counts *out);
/* The open reports UNIT is responsible for or that lie in it (a ward), most urgent first. */
int feedback_open_of_unit(struct store *st, int64_t unit, struct arena *a,
                          struct feedback **out, size_t *n);
/* The open reports of C's reach, most urgent first: LIMIT of them from OFFSET. */
int feedback_queue_page(struct store *st, struct arena *a, const struct fb_counts *c,
                        size_t offset, size_t limit, struct feedback **out, size_t *n);
int feedback_events(struct store *st, int64_t id, bool public_only, struct arena *a,
                    struct feedback_event **out, size_t *n);
int feedback_photo_ids(struct store *st, int64_t id, struct arena *a, int64_t **out, size_t *n);
int feedback_photo_get(struct store *st, int64_t id, struct arena *a, struct feedback_photo *out);
int feedback_categories(struct store *st, struct arena *a, struct feedback_category **out,
                        size_t *n);
/* The category CODE among the list, or NULL. */
const struct feedback_category *feedback_category_find(const struct feedback_category *c,
                                                       size_t n, const char *code);
int feedback_rules(struct store *st, struct arena *a, struct feedback_rule **out, size_t *n);
int feedback_keys(struct store *st, struct arena *a, struct open311_key **out, size_t *n);

/* The working calendar the deadlines count on (the one place that asks for it). */
const struct calendar *feedback_calendar(struct store *st, struct arena *a);
/* Today (Asia/Ho_Chi_Minh) for the unix time NOW. */
cal_day feedback_day_of(int64_t now);

/*
 * JSON of a report.  Public: no contact, no sender hash, no staff notes;
 * WITH_CONTACT adds the contact details (to handlers only).
 */
json_t *feedback_json(const struct feedback *f, bool with_contact);

/* Who may read a report's history: the audit permission on its scope unit. */
bool feedback_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id);

/* The module's permissions (feedback_module.c). */
extern const struct permission feedback_perm_handle, feedback_perm_moderate,
	feedback_perm_configure, feedback_perm_read;
/* Handle a unit's reports: route, take up, answer, close, reject, enter from other channels. */
#define PERM_HANDLE_FEEDBACK (&feedback_perm_handle)
/* Publish reports on the public list, or hide them. */
#define PERM_MODERATE_FEEDBACK (&feedback_perm_moderate)
/* Edit routing rules and issue Open311 keys. */
#define PERM_CONFIGURE_FEEDBACK (&feedback_perm_configure)
/* See the staff queue and the metrics (without contact details). */
#define PERM_READ_FEEDBACK (&feedback_perm_read)

#endif
