/*
 * reminder_store.h: the reminders' storage: one row per day a digest run
 * happened (so two processes, or a timer and the server, never run the
 * same day twice), the inbox (one digest per account and day), the e-mail
 * outbox (a message stays until it is sent; failures are counted and
 * retried, never dropped) and the iCalendar feeds (a secret URL's SHA-256,
 * never the secret).
 */
#ifndef DIEUHANH_REMINDER_STORE_H
#define DIEUHANH_REMINDER_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;
struct module_migrations;

struct reminder_digest {
	int64_t id;
	int64_t user_id;
	char day[11];            /* YYYY-MM-DD */
	int64_t created_at;      /* unix seconds */
	const char *subject;
	const char *body;        /* the plain text the e-mail carries */
	const char *items;       /* JSON array of the items */
	int n_items, n_overdue;
};

struct reminder_mail {
	int64_t id;
	int64_t digest_id;
	const char *to_addr;
	const char *subject;
	const char *body;
	int64_t created_at;
	int attempts;
	int64_t next_attempt_at;
	int64_t sent_at;         /* 0: not yet */
	const char *last_error;  /* "" when none */
};

struct reminder_feed {
	int64_t id;
	const char *kind;        /* "person" or "unit" */
	int64_t unit_id;         /* the unit of a unit feed; 0 for a person's */
	int64_t user_id;         /* whose feed (a person's) or who made it (a unit's) */
	char token_hash[65];     /* hex SHA-256 of the secret */
	const char *name;
	int64_t created_at;
	int64_t revoked_at;      /* 0: live */
};

struct reminder_store {
	/* Claims DAY's run: STORE_CONFLICT when it ran already. */
	enum store_status (*run_claim)(struct store *st, const char *day, int64_t now);
	enum store_status (*run_finish)(struct store *st, const char *day, int digests, int emails);
	/* Sets D->id.  STORE_CONFLICT when the account has that day's digest. */
	enum store_status (*digest_insert)(struct store *st, struct reminder_digest *d);
	/* USER's latest LIMIT digests, newest first. */
	enum store_status (*digest_list)(struct store *st, int64_t user_id, int limit,
	                                 struct arena *a, struct reminder_digest **out, size_t *n);
	/* Sets M->id; queued for now. */
	enum store_status (*mail_insert)(struct store *st, struct reminder_mail *m);
	/* Unsent mail due by NOW (0: all unsent), oldest first, at most LIMIT. */
	enum store_status (*mail_pending)(struct store *st, int64_t now, int limit,
	                                  struct arena *a, struct reminder_mail **out, size_t *n);
	enum store_status (*mail_sent)(struct store *st, int64_t id, int64_t at);
	/* One more failed attempt; tried again from NEXT_AT. */
	enum store_status (*mail_failed)(struct store *st, int64_t id, int64_t next_at,
	                                 const char *error);
	enum store_status (*mail_unsent_count)(struct store *st, int64_t *n);
	/* Sets F->id.  STORE_CONFLICT on a token hash seen before. */
	enum store_status (*feed_insert)(struct store *st, struct reminder_feed *f);
	/* The feed of a secret's hash, revoked or not; STORE_NOT_FOUND. */
	enum store_status (*feed_by_hash)(struct store *st, const char *hash, struct arena *a,
	                                  struct reminder_feed *out);
	enum store_status (*feed_get)(struct store *st, int64_t id, struct arena *a,
	                              struct reminder_feed *out);
	/* USER's live feeds, oldest first. */
	enum store_status (*feed_list)(struct store *st, int64_t user_id, struct arena *a,
	                               struct reminder_feed **out, size_t *n);
	/* STORE_NOT_FOUND when no live feed has this id. */
	enum store_status (*feed_revoke)(struct store *st, int64_t id, int64_t at);
};

extern const struct reminder_store reminder_store;

extern const struct db_sql_list reminder_sql;
extern const struct module_migrations reminder_migrations;
extern const struct store_module reminder_storage;

#endif
