/*
 * reception_service.h: planning and recording citizen reception days and
 * dialogue sessions, the 06-TCD register, answers due in 10 working days,
 * commitments followed to done.
 *
 * Writes are authorised (PERM_MANAGE_RECEPTION on the session's unit),
 * checked, written and audited in one transaction.  The public registers
 * questions for a planned session without an account; their names and
 * addresses are personal data, shown only in the register to those who
 * manage the session.
 */
#ifndef DIEUHANH_RECEPTION_SERVICE_H
#define DIEUHANH_RECEPTION_SERVICE_H

#include "auth/auth.h"
#include "org/org_service.h"
#include "reception/reception.h"
#include "reception/reception_store.h"

/* Plans (or records after the fact) a session; *S gets its id. */
enum org_result reception_session_add(struct store *st, struct arena *a,
                                      const struct principal *who, struct rc_session *s,
                                      int64_t now, struct org_error *err);
enum org_result reception_session_add_in(struct store *st, struct arena *a,
                                         const struct principal *who, struct rc_session *s,
                                         int64_t now, struct org_error *err);
/* Records what happened: STATUS (held, cancelled), the minutes and the public summary. */
enum org_result reception_session_record(struct store *st, struct arena *a,
                                         const struct principal *who, int64_t id,
                                         enum rc_status status, const char *minutes,
                                         const char *summary, int64_t now,
                                         struct org_error *err);
enum org_result reception_session_record_in(struct store *st, struct arena *a,
                                            const struct principal *who, int64_t id,
                                            enum rc_status status, const char *minutes,
                                            const char *summary, int64_t now,
                                            struct org_error *err);

/*
 * A line of the register.  The public registers beforehand (a planned
 * session not yet past); those who manage the session enter lines at any
 * time.  The answer is due 10 working days after the session.
 */
enum org_result reception_question_add(struct store *st, struct arena *a,
                                       const struct principal *who, struct rc_question *q,
                                       int64_t now, struct org_error *err);
enum org_result reception_question_add_in(struct store *st, struct arena *a,
                                          const struct principal *who, struct rc_question *q,
                                          int64_t now, struct org_error *err);
/*
 * Questions the public may register from one address per hour
 * (DIEUHANH_RECEPTION_PER_HOUR, 30: many citizens share an address behind a
 * carrier's NAT).
 */
int reception_hourly_limit(void);
/*
 * 0 when CLIENT_ADDRESS may register a question at NOW, else the seconds
 * until it may (its oldest question of the last hour leaves the window);
 * -1 when the store cannot tell.  Counts the questions registered online
 * with Q->client_hash = feedback_client_hash(ADDRESS).
 */
int reception_question_wait(struct store *st, const char *client_address, int64_t now);
enum org_result reception_question_answer(struct store *st, struct arena *a,
                                          const struct principal *who, int64_t id,
                                          const char *result, int64_t now,
                                          struct org_error *err);
enum org_result reception_question_answer_in(struct store *st, struct arena *a,
                                             const struct principal *who, int64_t id,
                                             const char *result, int64_t now,
                                             struct org_error *err);

/* A commitment made at a session, with who made it and its deadline. */
enum org_result reception_commitment_add(struct store *st, struct arena *a,
                                         const struct principal *who, struct rc_commitment *c,
                                         int64_t now, struct org_error *err);
enum org_result reception_commitment_add_in(struct store *st, struct arena *a,
                                            const struct principal *who,
                                            struct rc_commitment *c, int64_t now,
                                            struct org_error *err);

/* ---- reads and decisions ---- */

/* Commitments not marked done and sessions with late register lines (reception_store.h). */
int reception_open_commitments(struct store *st, struct arena *a,
                               struct rc_open_commitment **out, size_t *n);
int reception_late_lines(struct store *st, cal_day today, struct arena *a,
                         struct rc_late_lines **out, size_t *n);
/* May WHO plan and record sessions of UNIT, and read their register? */
bool reception_may_manage(struct store *st, struct arena *a, const struct principal *who,
                          int64_t unit);
/* Does WHO manage sessions somewhere (the pages' forms)? */
bool reception_may_manage_somewhere(const struct principal *who);
int reception_session_get(struct store *st, int64_t id, struct arena *a, struct rc_session *out);
int reception_session_list(struct store *st, cal_day from, cal_day to, int64_t unit,
                           struct arena *a, struct rc_session **out, size_t *n);
int reception_questions(struct store *st, int64_t session, struct arena *a,
                        struct rc_question **out, size_t *n);
int reception_commitments(struct store *st, int64_t session, struct arena *a,
                          struct rc_commitment **out, size_t *n);
/*
 * The periods between FROM and TO in which UNIT (a district: months; a
 * ward: weeks) held fewer reception days than the law asks.
 */
int reception_gaps(struct store *st, struct arena *a, int64_t unit, bool district, cal_day from,
                   cal_day to, struct rc_gap **out, size_t *n);

bool reception_audit_may_read(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id);

extern const struct permission reception_perm_manage;
/* Plan and record reception days and dialogues of a unit, keep its register. */
#define PERM_MANAGE_RECEPTION (&reception_perm_manage)

#endif
