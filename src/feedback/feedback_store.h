/*
 * feedback_store.h: the feedback module's storage: reports, their history
 * and photos, categories, routing rules and Open311 client keys.
 *
 * One const table of functions, implemented once in feedback_store.c over
 * the engine layer (store/db.h) with the statements of feedback_sql.h.
 */
#ifndef DIEUHANH_FEEDBACK_STORE_H
#define DIEUHANH_FEEDBACK_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "feedback/feedback.h"
#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;

enum fb_status_class { FB_ANY = 0, FB_OPEN = 1, FB_NOT_OPEN = 2 };

struct feedback_filter {
	int state;                 /* -1: any */
	int64_t unit_id;           /* 0: any */
	int64_t ward_id;           /* 0: any */
	const char *category;      /* NULL: any */
	int moderation;            /* -1: any */
	enum fb_status_class status;
	int64_t from, to;          /* received_at bounds, 0: none */
	int limit, offset;         /* limit 0: 1000 */
};

/* Reports counted by responsible unit (FB_UNIT_COUNTS). */
struct fb_unit_counts {
	int64_t unit_id;    /* the responsible unit; 0 when not routed yet */
	int64_t ward_id;    /* for reports not routed: their ward; else 0 */
	int64_t open, late, due_soon, pending;   /* open; past their deadline; due soon; unmoderated */
	int64_t answered, on_time;               /* answered; by their due day */
};

struct feedback_photo {
	int64_t id;
	int64_t feedback_id;
	const char *mime;
	const unsigned char *data;
	size_t len;
};

struct open311_key {
	int64_t id;
	const char *name;
	int64_t created_at;
	const char *created_by;
	int64_t revoked_at;        /* 0: in use */
	int per_hour;              /* reports it may send per hour; 0: the default */
};

enum { OPEN311_KEY_HASH_LEN = 32 };

struct feedback_store {
	enum store_status (*get)(struct store *st, int64_t id, struct arena *a,
	                         struct feedback *out);
	enum store_status (*get_by_code)(struct store *st, const char *code, struct arena *a,
	                                 struct feedback *out);
	/* Newest first. */
	enum store_status (*list)(struct store *st, const struct feedback_filter *f,
	                          struct arena *a, struct feedback **out, size_t *n);
	/* Sets F->id; STORE_CONFLICT when the code is taken. */
	enum store_status (*insert)(struct store *st, struct feedback *f);
	/* Writes what handling changes (feedback_sql.h FB_UPDATE). */
	enum store_status (*update)(struct store *st, const struct feedback *f);
	/* Reports sent from CLIENT_HASH since SINCE (unix seconds). */
	enum store_status (*count_from)(struct store *st, const char *client_hash, int64_t since,
	                                int64_t *n);

	/* Per ward, where its published reports with a point lie. */
	enum store_status (*ward_points)(struct store *st, struct arena *a,
	                                 struct fb_ward_point **out, size_t *n);

	/*
	 * Counts by responsible unit (struct fb_unit_counts) on day TODAY, due
	 * soon meaning by day SOON, the reports no longer open received since
	 * FROM; ordered by unit and ward.
	 */
	enum store_status (*unit_counts)(struct store *st, int64_t today, int64_t soon, int64_t from,
	                                 struct arena *a, struct fb_unit_counts **out, size_t *n);
	/* The open reports UNIT is responsible for or that lie in it, by deadline, then id. */
	enum store_status (*open_of_unit)(struct store *st, int64_t unit, struct arena *a,
	                                  struct feedback **out, size_t *n);
	/* Open reports by deadline, then id: LIMIT from OFFSET. */
	enum store_status (*open_by_deadline)(struct store *st, int64_t limit, int64_t offset,
	                                      struct arena *a, struct feedback **out, size_t *n);

	/* A number that grows with every change of any report (the cached public answers' key). */
	enum store_status (*revision)(struct store *st, int64_t *rev);

	enum store_status (*event_insert)(struct store *st, struct feedback_event *e);
	/* Oldest first; PUBLIC_ONLY leaves out staff notes. */
	enum store_status (*event_list)(struct store *st, int64_t feedback_id, bool public_only,
	                                struct arena *a, struct feedback_event **out, size_t *n);

	enum store_status (*photo_insert)(struct store *st, struct feedback_photo *p,
	                                  int64_t now);
	enum store_status (*photo_get)(struct store *st, int64_t id, struct arena *a,
	                               struct feedback_photo *out);
	enum store_status (*photo_ids)(struct store *st, int64_t feedback_id, struct arena *a,
	                               int64_t **out, size_t *n);

	enum store_status (*category_list)(struct store *st, struct arena *a,
	                                   struct feedback_category **out, size_t *n);

	enum store_status (*rule_list)(struct store *st, struct arena *a,
	                               struct feedback_rule **out, size_t *n);
	enum store_status (*rule_get)(struct store *st, int64_t id, struct arena *a,
	                              struct feedback_rule *out);
	enum store_status (*rule_insert)(struct store *st, struct feedback_rule *r);
	enum store_status (*rule_delete)(struct store *st, int64_t id);

	/* Sets K->id; HASH is the key's SHA-256. */
	enum store_status (*key_insert)(struct store *st, struct open311_key *k,
	                                const unsigned char hash[OPEN311_KEY_HASH_LEN]);
	enum store_status (*key_list)(struct store *st, struct arena *a, struct open311_key **out,
	                              size_t *n);
	enum store_status (*key_get)(struct store *st, int64_t id, struct arena *a,
	                             struct open311_key *out);
	/* The key in use with this hash; STORE_NOT_FOUND for an unknown or revoked one. */
	enum store_status (*key_by_hash)(struct store *st,
	                                 const unsigned char hash[OPEN311_KEY_HASH_LEN],
	                                 struct arena *a, struct open311_key *out);
	/* STORE_NOT_FOUND when no key in use has this id. */
	enum store_status (*key_revoke)(struct store *st, int64_t id, int64_t now);
	/* Reports key KEY_ID sent since SINCE, and the time of the oldest of them (0: none). */
	enum store_status (*key_sent_since)(struct store *st, int64_t key_id, int64_t since,
	                                    int64_t *n, int64_t *oldest);
};

extern const struct feedback_store feedback_store;

/* The module's statements and schema (for its struct module's .storage). */
extern const struct db_sql_list feedback_sql;
extern const struct store_module feedback_storage;

#endif
