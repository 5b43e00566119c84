/*
 * reminder_service.h: the daily digest, its delivery, the inbox and the
 * iCalendar feeds.
 *
 * A run (reminder_run) happens once per day — claimed in the database, so
 * the server's daily run and `dieuhanh reminders run` from a timer never
 * both do it: it asks every source (reminder_sources.c) for what is due
 * within N working days or overdue, gives each active account its items
 * (reminder.h says who gets what), writes one inbox digest per account
 * that has any, and, when SMTP is configured and the account's person has
 * an e-mail address, queues the digest in the outbox — all in one
 * transaction, audited as one "reminder_run" entry.  Delivery
 * (reminder_deliver) sends what the outbox holds; a failure counts an
 * attempt and is tried again later (5 minutes, doubling, at most 6 hours
 * apart), never dropped.
 */
#ifndef DIEUHANH_REMINDER_SERVICE_H
#define DIEUHANH_REMINDER_SERVICE_H

#include <jansson.h>

#include "auth/auth.h"
#include "org/org_service.h"
#include "reminder/reminder.h"
#include "reminder/reminder_store.h"

struct reminder_run_result {
	bool already;         /* the day had been run: nothing written */
	int digests;          /* accounts given a digest */
	int emails;           /* of them queued for e-mail */
	int items;            /* due items found */
};

/* N from DIEUHANH_REMINDER_DAYS (1–60), default 5. */
int reminder_days_ahead(void);

/*
 * The digests of DAY (N working days ahead); EMAIL queues e-mail (SMTP
 * configured).  A store_status; OUT says what was done.
 */
int reminder_run(struct store *st, cal_day day, int days_ahead, bool email,
                 struct reminder_run_result *out);

/*
 * Sends the outbox's unsent mail over CFG: those due for an attempt, or
 * every unsent one when ALL (an operator's `reminders deliver`).  Counts in
 * *SENT and *FAILED.  A store_status.
 */
struct reminder_smtp;
int reminder_deliver(struct store *st, const struct reminder_smtp *cfg, bool all, int *sent,
                     int *failed);

/* WHO's latest LIMIT digests, newest first (the inbox).  A store_status. */
int reminder_inbox(struct store *st, struct arena *a, const struct principal *who, int limit,
                   struct reminder_digest **out, size_t *n);

/*
 * A new feed of WHO's items (KIND "person") or of UNIT's (KIND "unit",
 * PERM_READ_INTERNAL there); *TOKEN gets the secret, shown once (the
 * database keeps its hash).  Audited.
 */
enum org_result reminder_feed_create(struct store *st, struct arena *a,
                                     const struct principal *who, const char *kind,
                                     int64_t unit_id, const char **token,
                                     struct reminder_feed *out, struct org_error *err);
/* Revokes WHO's feed ID: ORG_NOT_FOUND when it is not WHO's or not live.  Audited. */
enum org_result reminder_feed_revoke(struct store *st, struct arena *a,
                                     const struct principal *who, int64_t id);
int reminder_feed_list(struct store *st, struct arena *a, const struct principal *who,
                       struct reminder_feed **out, size_t *n);
/*
 * The iCalendar text of the feed whose secret is TOKEN (malloc'd, *LEN
 * bytes): STORE_NOT_FOUND when unknown, revoked, or its owner may no longer
 * see it (account disabled, permission gone).
 */
int reminder_feed_render(struct store *st, struct arena *a, const char *token, char **ics,
                         size_t *len);

/* An item as the inbox's JSON shows it (with days_left under CAL from TODAY). */
json_t *reminder_item_json(const struct reminder_item *it, const struct calendar *cal,
                           cal_day today);

/* Who may read a feed's or a run's history: the audit permission on a top-level unit. */
bool reminder_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id);

/* The daily run in the server: a thread, started after the HTTP server and stopped before the store. */
void reminder_scheduler_start(struct store *st);
void reminder_scheduler_stop(void);

/* `dieuhanh reminders run [--date YYYY-MM-DD] | deliver`: the exit code. */
int reminder_cli(struct store *st, int argc, char **argv);

/* The digest's text (reminder_pages_mail.c): subject and body in Vietnamese, in A. */
void reminder_digest_text(struct arena *a, const char *name, cal_day day, int days_ahead,
                          const struct reminder_item *items, size_t n,
                          const struct calendar *cal, const char **subject, const char **body);

/* iCalendar text of ITEMS (reminder_ical.c), malloc'd. */
char *reminder_ical(const struct reminder_item *items, size_t n, const char *name);

/* The site's address for links in e-mail and feeds (DIEUHANH_PUBLIC_URL), or "". */
const char *reminder_public_url(void);

#endif
