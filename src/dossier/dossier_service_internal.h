/*
 * dossier_service_internal.h: helpers the dossier module's service files
 * share (procedures, dossiers, nonconformities, reporting, the review,
 * internal audits).  Not for other modules: include dossier_service.h.
 */
#ifndef DOSSIER_SERVICE_INTERNAL_H
#define DOSSIER_SERVICE_INTERNAL_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "dossier/dossier_service.h"
#include "text/vntext.h"
#include "util/arena.h"

/* NFC copy of *S in the arena; false when not UTF-8. */
static inline bool nfc(const char **s, struct arena *a)
{
	if (*s == NULL)
		return true;
	char *n = vn_nfc(*s);
	if (n == NULL)
		return false;
	*s = arena_strdup(a, n);
	free(n);
	return true;
}

static inline json_t *day_json(cal_day d)
{
	char buf[11];
	cal_format_iso(d, buf);
	return json_string(buf);
}

static inline json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* An optional (or REQUIRED) text field: empty is absent; NFC, at most MAX bytes. */
static inline bool text_field(const char **s, struct arena *a, size_t max, bool required)
{
	if (*s && **s == '\0')
		*s = NULL;
	if (*s == NULL)
		return !required;
	return nfc(s, a) && strlen(*s) <= max;
}

/*
 * What the intakes of one group commit's transaction read alike: their
 * procedures, units, the readers' rights there and the calendar, read once
 * for the batch (dossier_intake.c).  Nothing the intakes write changes
 * them, and the transaction holds the writers' lock, so a cached answer is
 * the one a fresh read would give.  In its own arena, freed after the batch.
 */
enum { BATCH_CACHE = 16 };
struct batch_procedure {
	const char *code;
	struct procedure p;
};
struct batch_unit {
	int64_t id;
	struct org_unit u;
};
/* A reader's right at a unit (readers compared by their grants); unit 0: their default desk. */
struct batch_right {
	const struct principal *who;
	int64_t unit, answer;
};
/* An audit entry waiting for the batch's commit. */
struct batch_audit {
	const struct actor *actor;
	struct audit_item item;   /* item.after owned */
};
struct dossier_batch {
	struct arena a;
	struct batch_audit *audit;
	size_t naudit, audit_cap;
	struct batch_procedure procs[BATCH_CACHE];
	size_t nprocs;
	struct batch_unit units[BATCH_CACHE];
	size_t nunits;
	struct batch_right rights[BATCH_CACHE];
	size_t nrights;
	bool have_calendar;
	struct calendar cal;
};

/* Writes the batch's waiting audit entries (before its commit); a store_status. */
int dossier_batch_audit(struct store *st, struct dossier_batch *b);
/* Drops what the batch holds besides its arena (the waiting entries' JSON). */
void dossier_batch_release(struct dossier_batch *b);

/* An intake at the desk: dossier_receive's work inside its transaction. */
struct dossier_receive_job {
	struct arena *a;
	const struct principal *who;
	struct dossier_intake in;
	struct dossier *out;
	struct procedure *proc;   /* or NULL: gets the procedure version received under */
	struct org_error *err;
	struct dossier_batch *batch;   /* or NULL: read everything afresh */
};
enum org_result dossier_receive_body(struct store *st, struct dossier_receive_job *j);

/* Opens the nonconformity of late dossier D, audited; inside the caller's transaction. */
enum org_result dossier_open_nonconformity(struct store *st, const struct principal *who,
                                           const struct dossier *d);

#endif
