/*
 * org_service.h: creating and changing units and people.
 *
 * A change is read, edited, authorised, checked, written and audited inside
 * one store transaction: the parent that was checked still exists when the
 * row is written, two concurrent edits cannot interleave, and the audit
 * entry lands exactly when the write does.  Callers describe the edit as a
 * function applied to the current record; on a busy database the whole
 * transaction is retried a few times.
 */
#ifndef DIEUHANH_ORG_SERVICE_H
#define DIEUHANH_ORG_SERVICE_H

#include "org/org_store.h"   /* the filters its reads take */
#include "auth/auth.h"
#include "org/org.h"

struct store;
struct arena;

enum org_result {
	ORG_OK = 0,
	ORG_INVALID,    /* a field is wrong: see the org_error (422) */
	ORG_NOT_FOUND,  /* the record to change does not exist (404) */
	ORG_CONFLICT,   /* duplicate code (409) */
	ORG_FORBIDDEN,  /* the principal may not make this change (401/403) */
	ORG_BUSY,       /* the database stayed busy (503) */
	ORG_FAILED,     /* storage error (500) */
};

/* Edits *U in place (arena A for new strings); false with ERR to refuse. */
typedef bool (*org_unit_edit)(void *ctx, struct org_unit *u, struct arena *a,
                              struct org_error *err);
typedef bool (*org_person_edit)(void *ctx, struct org_person *p, struct arena *a,
                                struct org_error *err);

/*
 * ID 0 creates a unit from an empty record; otherwise edits unit ID, on
 * behalf of WHO.  *OUT gets the result.
 */
enum org_result org_unit_save(struct store *st, struct arena *a, const struct principal *who,
                              int64_t id, org_unit_edit edit, void *ctx,
                              struct org_unit *out, struct org_error *err);
enum org_result org_person_save(struct store *st, struct arena *a,
                                const struct principal *who, int64_t id,
                                org_person_edit edit, void *ctx,
                                struct org_person *out, struct org_error *err);

/*
 * The same inside a transaction the caller already holds (bulk loads such
 * as the demo data, which must land whole or not at all); no retry.
 */
enum org_result org_unit_save_in(struct store *st, struct arena *a,
                                 const struct principal *who, int64_t id,
                                 org_unit_edit edit, void *ctx,
                                 struct org_unit *out, struct org_error *err);
enum org_result org_person_save_in(struct store *st, struct arena *a,
                                   const struct principal *who, int64_t id,
                                   org_person_edit edit, void *ctx,
                                   struct org_person *out, struct org_error *err);

/*
 * The chain of unit ids from UNIT up to the root (UNIT first), for
 * policy_allows().  An unknown UNIT gives an empty path.
 */
int org_unit_path(struct store *st, struct arena *a, int64_t unit,
                  int64_t **path, size_t *n);

/* The service result for a storage status (STORE_OK → ORG_OK, ...). */
enum org_result org_from_store(int store_status);
/* Fills ERR with FIELD and DETAIL; returns ORG_INVALID. */
enum org_result org_invalid(struct org_error *err, const char *field, const char *detail);

/*
 * Does WHO hold PERM on UNIT, through a grant on it or on one of its
 * ancestors?  The system may do everything.  The one way services and
 * handlers ask policy_allows() about a unit.
 */
bool org_allows(struct store *st, struct arena *a, const struct principal *who,
                const struct permission *perm, int64_t unit);

/* Runs BODY(st, job) in a transaction, retried while the database is busy. */
enum org_result org_in_transaction(struct store *st,
                                   enum org_result (*body)(struct store *, void *),
                                   void *job);

/*
 * Who may read the history of a unit, or of a person (their unit's): the
 * audit permission on that unit. Registered in org_module.c.
 */
bool org_audit_unit_may_read(struct store *st, struct arena *a, const struct principal *who,
                             int64_t id);
bool org_audit_person_may_read(struct store *st, struct arena *a,
                               const struct principal *who, int64_t id);

/*
 * Reads for the handlers and pages, which never call the store themselves:
 * the store's answer (a store_status), results in A.  Public records, or
 * records the caller has already checked the reader may see.
 */
struct unit_filter;
struct person_filter;
int org_unit_get(struct store *st, int64_t id, struct arena *a, struct org_unit *out);
/* The top of the tree: one statement, where walking up from a unit took one per level. */
int org_unit_root(struct store *st, struct arena *a, struct org_unit *out);
int org_unit_get_by_code(struct store *st, const char *code, struct arena *a,
                         struct org_unit *out);
int org_unit_list(struct store *st, const struct unit_filter *f, struct arena *a,
                  struct org_unit **out, size_t *n);
int org_unit_subtree(struct store *st, int64_t root, struct arena *a, struct org_unit **out,
                     size_t *n);
int org_unit_revision(struct store *st, int64_t *rev);
int org_person_get(struct store *st, int64_t id, struct arena *a, struct org_person *out);
/* The person whose external reference (imports) is REF: STORE_NOT_FOUND when none. */
int org_person_by_ref(struct store *st, const char *ref, struct arena *a,
                      struct org_person *out);
int org_person_list(struct store *st, const struct person_filter *f, struct arena *a,
                    struct org_person **out, size_t *n);

/*
 * May WHO see the contact details (e-mail, phone) of the people of UNIT?
 * PERM_READ_INTERNAL there.  The one answer for GET /api/v1/people and
 * the unit page (org_unit_access().internal asks the same).
 */
bool org_person_contact_visible(struct store *st, struct arena *a,
                                const struct principal *who, int64_t unit);
/*
 * May WHO manage UNIT (edit it, add sub-units and people): PERM_MANAGE_UNIT
 * there.  The writes check it inside their transaction; a page asks it
 * before showing or accepting a form, so the two cannot disagree.
 */
bool org_may_manage_unit(struct store *st, struct arena *a, const struct principal *who,
                         int64_t unit);

/*
 * What WHO may do with unit ID, for a page that shows or hides its parts:
 * read its internal details, manage it, read its history. One path lookup,
 * three answers from the policy (internal and manage are the very questions
 * of org_person_contact_visible() and org_may_manage_unit()); all false for
 * an anonymous reader.
 */
struct org_unit_access {
	bool internal, manage, audit;
};
void org_unit_access(struct store *st, struct arena *a, const struct principal *who,
                     int64_t id, struct org_unit_access *out);

/* The organisation module's permissions (org_module.c). */
extern const struct permission org_perm_read_internal, org_perm_manage_unit;
/* Non-public details of records of the unit. */
#define PERM_READ_INTERNAL (&org_perm_read_internal)
/* Edit the unit, create sub-units, manage its people. */
#define PERM_MANAGE_UNIT (&org_perm_manage_unit)

#endif
