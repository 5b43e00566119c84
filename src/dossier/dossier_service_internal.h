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

/* An intake at the desk: dossier_receive's work inside its transaction. */
struct dossier_receive_job {
	struct arena *a;
	const struct principal *who;
	struct dossier_intake in;
	struct dossier *out;
	struct procedure *proc;   /* or NULL: gets the procedure version received under */
	struct org_error *err;
};
enum org_result dossier_receive_body(struct store *st, struct dossier_receive_job *j);

/* Opens the nonconformity of late dossier D, audited; inside the caller's transaction. */
enum org_result dossier_open_nonconformity(struct store *st, const struct principal *who,
                                           const struct dossier *d);

#endif
