/*
 * dossier_store.h: the dossier module's storage — procedure versions,
 * dossiers, their events, the code sequences, ratings, the report's counts.
 *
 * One const table of functions, implemented once in dossier_store.c over
 * the engine layer (store/db.h) with the statements of dossier_sql.h.
 */
#ifndef DIEUHANH_DOSSIER_STORE_H
#define DIEUHANH_DOSSIER_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dossier/dossier.h"
#include "store/store.h"

struct arena;
struct db_sql_list;
struct store_module;

/* A dossier as stored.  Dates are "YYYY-MM-DD" or NULL; times Unix seconds or 0. */
struct dossier {
	int64_t id;
	const char *code;
	int64_t unit_id;            /* the receiving unit (its one-stop desk) */
	int64_t procedure_id;       /* the procedure version it started under */
	enum dossier_state state;
	enum dossier_state resume;  /* where a supplement returns it */
	int step_no;                /* steps of the procedure done */
	int64_t received_at;
	const char *clock_start;    /* the day the count starts after; NULL while incomplete */
	const char *due_day;        /* the current deadline (after an apology: the new date) */
	const char *first_due;      /* the deadline first promised */
	int paused_days;            /* working days spent waiting for the citizen */
	int64_t waiting_since;      /* while in supplement: when it was asked */
	int supplements;
	int apologies;
	const char *finished_day;
	int64_t returned_at;
	enum dossier_result result;
	int64_t handler_id;         /* the officer who last moved it */
	const char *handler;
	const char *received_by;
	/* Personal data: shown only to the staff handling it (dossier_personal_visible). */
	const char *applicant_name;
	const char *applicant_id_number;
	const char *applicant_phone;
	const char *applicant_address;
	const char *documents;      /* JSON array of the documents received */
	const char *missing;        /* JSON array of what the last supplement request listed */
	const char *note;
	int64_t updated_at;
	int64_t processing_unit_id; /* the competent unit it was forwarded to; 0: its own desk's */
	int64_t revision;           /* 1 at intake, one more at each change of the row */
};

struct dossier_event {
	int64_t id;
	int64_t dossier_id;
	int64_t at;
	const char *action;
	const char *from_state;
	const char *to_state;
	int64_t actor_id;
	const char *actor;
	const char *note;
};

struct dossier_rating {
	int64_t dossier_id;
	int64_t at;
	int scores[DOSSIER_RATING_CRITERIA];  /* 1–5 */
	double average;
	const char *comment;
};

struct dossier_filter {
	int64_t unit_id;      /* 0: any */
	bool open_only;       /* not refused, withdrawn, stopped or returned */
	const char *due_by;   /* "YYYY-MM-DD": only open dossiers due on or before; NULL: any */
	int limit, offset;    /* limit 0: 1000 */
};

/* One group of finished dossiers, for the report. */
struct dossier_count {
	int64_t unit_id;
	const char *procedure_code;
	const char *handler;
	const char *month;       /* "YYYY-MM" */
	enum dossier_result result;
	int64_t n;
};

/* A nonconformity (ISO 9001 clause 10.2): a late dossier's, with its cause and correction. */
struct dossier_nc {
	int64_t id;
	int64_t dossier_id;
	const char *code;         /* the dossier's */
	int64_t unit_id;
	const char *opened_on;
	const char *cause;
	const char *corrective_action;
	const char *closed_on;    /* NULL while open */
	const char *updated_by;
	int64_t task_id;          /* the task its corrective action is followed as; 0: none */
};

/* An internal audit of the quality system (ISO 9001 clause 9.2). */
struct iso_audit {
	int64_t id;
	int64_t unit_id;          /* the unit audited */
	const char *audit_date;   /* "YYYY-MM-DD" */
	const char *auditor;
	const char *scope;
	const char *findings;
	int nonconformities;      /* found by the audit */
	const char *recorded_by;
};

struct dossier_store {
	/* Procedures.  Lists of current versions are ordered by code (bytes). */
	enum store_status (*proc_get)(struct store *st, int64_t id, struct arena *a,
	                              struct procedure *out);
	/* The current version of CODE. */
	enum store_status (*proc_get_current)(struct store *st, const char *code, struct arena *a,
	                                      struct procedure *out);
	enum store_status (*proc_list)(struct store *st, struct arena *a, struct procedure **out,
	                               size_t *n);
	/* Every version of CODE, newest first. */
	enum store_status (*proc_versions)(struct store *st, const char *code, struct arena *a,
	                                   struct procedure **out, size_t *n);
	/* Sets P->id.  STORE_CONFLICT when CODE already has this version or a current one. */
	enum store_status (*proc_insert)(struct store *st, struct procedure *p);
	/* Marks version ID no longer current (a newer one follows). */
	enum store_status (*proc_retire)(struct store *st, int64_t id);
	/* The review date and the date the legal basis changed, without a new version. */
	enum store_status (*proc_mark)(struct store *st, int64_t id, const char *reviewed_on,
	                               const char *legal_changed);

	/*
	 * The next number of UNIT's sequence for DAY ("YYYY-MM-DD"): 1, 2, ...
	 * Inside the intake's transaction, so a rollback gives it back.
	 */
	enum store_status (*seq_next)(struct store *st, int64_t unit_id, const char *day,
	                              int64_t *seq);
	/* Sets D->id.  STORE_CONFLICT for a code already taken. */
	enum store_status (*dossier_insert)(struct store *st, struct dossier *d);
	/* Writes D's changeable fields (state, dates, counters, handler, documents...). */
	enum store_status (*dossier_update)(struct store *st, const struct dossier *d);
	enum store_status (*dossier_get)(struct store *st, int64_t id, struct arena *a,
	                                 struct dossier *out);
	enum store_status (*dossier_get_by_code)(struct store *st, const char *code,
	                                         struct arena *a, struct dossier *out);
	/* The revision of the dossier with CODE; STORE_NOT_FOUND when there is none. */
	enum store_status (*dossier_revision)(struct store *st, const char *code, int64_t *rev);
	/* Ordered by due day (none last), then code. */
	enum store_status (*dossier_list)(struct store *st, const struct dossier_filter *f,
	                                  struct arena *a, struct dossier **out, size_t *n);
	/* Sets E->id. */
	enum store_status (*event_insert)(struct store *st, struct dossier_event *e);
	/* A dossier's events, oldest first. */
	enum store_status (*event_list)(struct store *st, int64_t dossier_id, struct arena *a,
	                                struct dossier_event **out, size_t *n);
	/* STORE_CONFLICT when the dossier is rated already. */
	enum store_status (*rating_insert)(struct store *st, const struct dossier_rating *r);
	enum store_status (*rating_get)(struct store *st, int64_t dossier_id, struct arena *a,
	                                struct dossier_rating *out);
	/* The day of the latest intake ("YYYY-MM-DD") in A; *DAY NULL before the first. */
	enum store_status (*last_intake)(struct store *st, struct arena *a, const char **day);
	/*
	 * Finished dossiers from FROM to before TO (first days of months,
	 * "YYYY-MM-01") by unit and result, and by BY (0 nothing more, 1
	 * procedure, 2 officer, 3 month: enum dossier_report_by); the other
	 * texts "".
	 */
	enum store_status (*count_finished)(struct store *st, const char *from, const char *to,
	                                    int by, struct arena *a, struct dossier_count **out,
	                                    size_t *n);
	/* Sets N->id.  STORE_CONFLICT when the dossier has one. */
	enum store_status (*nc_insert)(struct store *st, struct dossier_nc *n);
	enum store_status (*nc_get)(struct store *st, int64_t id, struct arena *a,
	                            struct dossier_nc *out);
	/* Newest first; OPEN_ONLY: not closed.  At most LIMIT. */
	enum store_status (*nc_list)(struct store *st, bool open_only, int limit, struct arena *a,
	                             struct dossier_nc **out, size_t *n);
	enum store_status (*nc_update)(struct store *st, const struct dossier_nc *n);

	/* Dossiers received from FROM to before TO (Unix times), counted by state. */
	enum store_status (*count_received)(struct store *st, int64_t from, int64_t to,
	                                    int64_t by_state[DS_COUNT]);
	/* The ratings of dossiers returned from FROM to before TO: sums per criterion and count. */
	enum store_status (*rating_sums)(struct store *st, int64_t from, int64_t to,
	                                 int64_t sums[DOSSIER_RATING_CRITERIA], int64_t *count);
	/* Nonconformities opened from FROM to before TO ("YYYY-MM-DD"), and how many are closed. */
	/*
	 * UNIT's open dossiers overdue (due before TODAY) and due from TODAY to
	 * SOON ("YYYY-MM-DD"), counted where they were received.
	 */
	enum store_status (*due_counts)(struct store *st, int64_t unit, const char *today,
	                                const char *soon, int64_t *overdue, int64_t *due_soon);
	enum store_status (*nc_counts)(struct store *st, const char *from, const char *to,
	                               int64_t *opened, int64_t *closed);

	/* Sets A->id. */
	enum store_status (*iso_audit_insert)(struct store *st, struct iso_audit *a);
	enum store_status (*iso_audit_get)(struct store *st, int64_t id, struct arena *a,
	                                   struct iso_audit *out);
	/* Audits dated from FROM to before TO, oldest first. */
	enum store_status (*iso_audit_list)(struct store *st, const char *from, const char *to,
	                                    struct arena *a, struct iso_audit **out, size_t *n);
};

extern const struct dossier_store dossier_store;

extern const struct db_sql_list dossier_sql;
extern const struct module_migrations dossier_migrations;
extern const struct store_module dossier_storage;

/* JSON text of a procedure's documents / steps, and back (dossier_json.c); malloc'd / in A. */
char *procedure_documents_text(const struct procedure *p);
char *procedure_steps_text(const struct procedure *p);
bool procedure_documents_parse(const char *text, struct arena *a, struct procedure *p);
bool procedure_steps_parse(const char *text, struct arena *a, struct procedure *p);

#endif
