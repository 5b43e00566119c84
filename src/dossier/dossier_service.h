/*
 * dossier_service.h: the procedure catalogue and the dossiers' life, as the
 * handlers and pages use them.
 *
 * Every write is authorised (policy_allows through org_allows, inside the
 * transaction), checked, written and audited in one transaction.  The
 * audit entries of a dossier carry no personal data: the applicant's name,
 * ID number, phone and address stay in the dossier row, shown only to the
 * staff who may handle it (dossier_personal_visible).
 */
#ifndef DIEUHANH_DOSSIER_SERVICE_H
#define DIEUHANH_DOSSIER_SERVICE_H

#include <jansson.h>

#include "auth/auth.h"
#include "dossier/dossier.h"
#include "dossier/dossier_store.h"
#include "org/org_service.h"

/* The module's permissions (dossier_module.c). */
extern const struct permission dossier_perm_handle, dossier_perm_catalogue;
/* Receive dossiers at the unit's desk, move them on, see the applicants' details. */
#define PERM_HANDLE_DOSSIERS (&dossier_perm_handle)
/* Maintain the unit's documented procedures (ISO 9001). */
#define PERM_MANAGE_PROCEDURES (&dossier_perm_catalogue)

/*
 * The working calendar deadlines are counted in: the effective one
 * (calendar_service_load), in one place.  A store_status.
 */
int dossier_calendar(struct store *st, struct arena *a, struct calendar *out);

/* Now, as Unix seconds (one clock for the module). */
int64_t dossier_now(void);
/* "YYYY-MM-DD" of a cal_day, in A. */
const char *dossier_day_text(struct arena *a, cal_day d);

/* ---- procedures ------------------------------------------------------- */

/*
 * Publishes P: version 1 of a new code (NEW_CODE), else the next version of
 * the current one, which stops being current; dossiers keep the version
 * they started under.  ORG_CONFLICT when NEW_CODE and the code exists, or
 * not NEW_CODE and it does not (ORG_NOT_FOUND).
 */
enum org_result procedure_publish(struct store *st, struct arena *a, const struct principal *who,
                                  struct procedure *p, bool new_code, struct org_error *err);
/* Records an ISO review (REVIEWED_ON) or a change of the legal basis, without a new version. */
enum org_result procedure_mark(struct store *st, struct arena *a, const struct principal *who,
                               const char *code, const char *reviewed_on,
                               const char *legal_changed, struct procedure *out,
                               struct org_error *err);
json_t *procedure_json(const struct procedure *p, cal_day today);
bool dossier_may_manage_procedure(struct store *st, struct arena *a, const struct principal *who,
                                  const struct procedure *p);

/* ---- dossiers --------------------------------------------------------- */

enum dossier_outcome { OUTCOME_AUTO, OUTCOME_RECEIPT, OUTCOME_SUPPLEMENT, OUTCOME_REFUSE };

enum { DOSSIER_MAX_DOCS = PROC_MAX_DOCUMENTS, DOSSIER_FIELD_MAX = 300, DOSSIER_NOTE_MAX = 2000 };

struct dossier_intake {
	const char *procedure_code;
	int64_t unit_id;          /* the receiving unit; 0: the desk of the clerk's unit */
	const char *full_name, *id_number, *phone, *address;
	const char *documents[DOSSIER_MAX_DOCS];
	size_t ndocuments;
	enum dossier_outcome outcome;  /* AUTO: a receipt if complete, else a supplement request */
	const char *note;              /* the reason of a refusal */
	int64_t received_at;           /* 0: now */
};

/*
 * Receives a dossier at the desk: a receipt with its appointment date, a
 * request to supplement listing every missing required document at once,
 * or a refusal.  Gives it its code, <unit code>-YYMMDD-XXXX.  Returns once
 * the intake is durable: concurrent intakes share one transaction and one
 * commit (dossier_intake.c), each in its own savepoint.
 */
enum org_result dossier_receive(struct store *st, struct arena *a, const struct principal *who,
                                const struct dossier_intake *in, struct dossier *out,
                                struct org_error *err);

/*
 * dossier_receive without waiting, for a request the HTTP server suspends:
 * queues the intake and returns; once it is committed or refused, on
 * another thread, sets T->result (and T->out, T->proc, T->err) and calls
 * T->done(T->ctx).  T and everything it points to (A, WHO, the intake's
 * strings) must stay untouched until then.
 */
struct dossier_ticket {
	struct dossier out;
	struct procedure proc;     /* the version received under */
	struct org_error err;
	enum org_result result;
	void (*done)(void *ctx);
	void *ctx;
	void *queue_private;       /* dossier_intake.c's */
};
void dossier_receive_queued(struct store *st, struct arena *a, const struct principal *who,
                            const struct dossier_intake *in, struct dossier_ticket *t);

/* Intakes committed through the queue, and the transactions they took (for /metrics, benchmarks). */
void dossier_intake_stats(uint64_t *batches, uint64_t *intakes);

struct dossier_act_input {
	enum dossier_action action;
	const char *note;
	const char *missing[DOSSIER_MAX_DOCS];  /* request_supplement: what is missing */
	size_t nmissing;
	const char *new_due;     /* apologize: "YYYY-MM-DD" */
	int64_t unit_id;         /* forward: the competent unit (0: the desk's own staff) */
	int64_t at;              /* 0: now; else a paper record entered after the fact */
};

/*
 * Moves dossier CODE on.  ORG_CONFLICT with err->field "state" when the
 * action is not allowed from its state (the detail names the state).
 */
enum org_result dossier_act(struct store *st, struct arena *a, const struct principal *who,
                            const char *code, const struct dossier_act_input *in,
                            struct dossier *out, struct org_error *err);

/* Rates a returned dossier (Decree 61 Art. 31); anyone holding its code, once. */
enum org_result dossier_rate(struct store *st, struct arena *a, const char *code,
                             struct dossier_rating *r, struct org_error *err);
/* The same inside the caller's transaction (the demo). */
enum org_result dossier_rate_in(struct store *st, struct arena *a, const char *code,
                                struct dossier_rating *r, struct org_error *err);

/* May WHO handle (and see the applicant of) dossiers of UNIT? */
bool dossier_may_handle(struct store *st, struct arena *a, const struct principal *who,
                        int64_t unit);
/*
 * May WHO handle dossier D: the staff of its receiving desk, and once it is
 * forwarded to a competent unit, that unit's.  What every write checks and
 * what decides whether the applicant is shown.
 */
bool dossier_may_handle_dossier(struct store *st, struct arena *a, const struct principal *who,
                                const struct dossier *d);

/*
 * A dossier as JSON: always its code, procedure, state, portal status and
 * dates; the applicant, documents, notes and handler only when PERSONAL.
 */
json_t *dossier_json(const struct dossier *d, const struct procedure *p, bool personal);
/* What the public sees: progress and dates only. */
json_t *dossier_public_json(const struct dossier *d, const struct procedure *p,
                            const struct dossier_event *ev, size_t nev);
json_t *dossier_event_json(const struct dossier_event *e, bool internal);

/* The same inside a transaction the caller holds (the demo loads a year in one). */
enum org_result procedure_publish_in(struct store *st, struct arena *a,
                                     const struct principal *who, struct procedure *p,
                                     bool new_code, struct org_error *err);
enum org_result dossier_receive_in(struct store *st, struct arena *a, const struct principal *who,
                                   const struct dossier_intake *in, struct dossier *out,
                                   struct org_error *err);
enum org_result dossier_act_in(struct store *st, struct arena *a, const struct principal *who,
                               const char *code, const struct dossier_act_input *in,
                               struct dossier *out, struct org_error *err);

/*
 * The demo (src/dossier/dossier_demo.c): District 9's catalogue and a year
 * (2019) of dossiers at the 13 wards' desks and the district's, in every
 * state, in one transaction, unless the catalogue has procedures already.
 * The count of dossiers loaded, 0 when none, -1 on failure.
 */
int dossier_demo_load(struct store *st);

/* ---- reads ------------------------------------------------------------ */

int dossier_get_by_code(struct store *st, const char *code, struct arena *a,
                        struct dossier *out, struct procedure *proc);
/*
 * The revision of the dossier with CODE (one read of one column): what the
 * citizen's lookup is kept by, since every change of the row raises it and
 * comes with its event in the same transaction.
 */
int dossier_revision(struct store *st, const char *code, int64_t *rev);
int dossier_events(struct store *st, int64_t id, struct arena *a, struct dossier_event **out,
                   size_t *n);
/* The open dossiers WHO may handle, by due day (the officer's queue). */
int dossier_queue(struct store *st, struct arena *a, const struct principal *who,
                  const struct dossier_filter *f, struct dossier **out, size_t *n);
int dossier_procedures(struct store *st, struct arena *a, struct procedure **out, size_t *n);
int dossier_procedure(struct store *st, struct arena *a, const char *code,
                      struct procedure *out);
int dossier_procedure_by_id(struct store *st, struct arena *a, int64_t id, struct procedure *out);
int dossier_procedure_versions(struct store *st, struct arena *a, const char *code,
                               struct procedure **out, size_t *n);
int dossier_rating_get(struct store *st, int64_t id, struct arena *a, struct dossier_rating *out);

/* ---- reporting (Circular 01/2018 Index 1) ------------------------------ */

enum dossier_report_by { BY_UNIT, BY_PROCEDURE, BY_OFFICER, BY_MONTH };
struct dossier_report_row {
	const char *key;      /* a unit's id as text, a procedure code, a login, "YYYY-MM" */
	const char *label;    /* a unit's name, else the key */
	int64_t early, on_time, late;
	int64_t score;        /* 2 per early, 1 per on time */
	double on_time_rate;  /* (early + on time) / finished; 0 when none */
};
int dossier_report(struct store *st, struct arena *a, int year, enum dossier_report_by by,
                   struct dossier_report_row **out, size_t *n);
/* The same for the dossiers received by UNIT or a unit under it (a ward and its desk). */
int dossier_report_of(struct store *st, struct arena *a, int year, enum dossier_report_by by,
                      int64_t unit, struct dossier_report_row **out, size_t *n);
int dossier_report_by_parse(const char *s);
/*
 * UNIT's open dossiers (received there) overdue on TODAY, and due from
 * TODAY to DAYS working days after it: counts only, for anyone.
 */
int dossier_due_counts(struct store *st, struct arena *a, int64_t unit, cal_day today, int days,
                       int64_t *overdue, int64_t *due_soon);
/*
 * The year the reports open on: the year of the latest intake (the demo's
 * 2019), or this year before the first.
 */
int dossier_default_year(struct store *st, struct arena *a, int *year);

/* ---- the yearly management review (ISO 9001 clause 9.3) -------------- */

struct dossier_review {
	int year;
	int64_t received, by_state[DS_COUNT];        /* dossiers received in the year */
	struct dossier_report_row total;              /* finished in the year: early, on time, late */
	struct dossier_report_row *units;             /* per receiving unit, lowest on-time rate first */
	size_t nunits;
	int64_t ratings;
	double rating_avg[DOSSIER_RATING_CRITERIA];   /* 1–5; 0 without ratings */
	int64_t nc_opened, nc_closed;
	size_t procedures, review_overdue, legal_pending;  /* the catalogue at the year's end */
	struct iso_audit *audits;                     /* internal audits of the year */
	size_t naudits;
};
/* The year's figures for the management review.  A store_status. */
int dossier_review_load(struct store *st, struct arena *a, int year, struct dossier_review *out);
json_t *dossier_review_json(const struct dossier_review *r);

/* ---- internal audits (ISO 9001 clause 9.2) ---------------------------- */

json_t *iso_audit_json(const struct iso_audit *a);
/* Records an internal audit of A->unit_id (manage procedures there); sets its id. */
enum org_result iso_audit_record(struct store *st, struct arena *a, const struct principal *who,
                                 struct iso_audit *in, struct org_error *err);
/* The audits of YEAR, oldest first. */
int iso_audits_of_year(struct store *st, struct arena *a, int year, struct iso_audit **out,
                       size_t *n);
/* Audit ID; STORE_NOT_FOUND when there is none. */
int iso_audit_find(struct store *st, struct arena *a, int64_t id, struct iso_audit *out);
bool iso_audit_may_read(struct store *st, struct arena *a, const struct principal *who, int64_t id);

/* ---- nonconformities (ISO 9001 clause 10.2) --------------------------- */

json_t *dossier_nc_json(const struct dossier_nc *n);
/*
 * The task a corrective action is followed as (src/task): on the
 * nonconformity's unit, titled with the corrective action, with a leader
 * responsible, a person assigned and a deadline.
 */
struct dossier_nc_task {
	int64_t leader_id, assignee_id;
	cal_day due_day;
};
/*
 * Records the cause and the corrective action of nonconformity ID (NULL:
 * unchanged); TASK (or NULL) makes the corrective action a task, once,
 * which needs WHO to assign tasks on the unit; CLOSE closes it, which
 * needs both texts and its task, if any, completed.  Handle dossiers on
 * its unit.
 */
enum org_result dossier_nc_update(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t id, const char *cause, const char *action,
                                  const struct dossier_nc_task *task, bool close,
                                  struct dossier_nc *out, struct org_error *err);
/* The nonconformities of units WHO may handle, newest first. */
int dossier_nc_list(struct store *st, struct arena *a, const struct principal *who,
                    bool open_only, struct dossier_nc **out, size_t *n);
bool nonconformity_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                                  int64_t id);

/* Who may read the history of a dossier or a procedure (PERM_READ_AUDIT on its unit). */
bool dossier_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                            int64_t id);
bool procedure_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id);

#endif
