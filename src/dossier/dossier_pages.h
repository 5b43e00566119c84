/*
 * dossier_pages.h: what the one-stop shop's pages share (dossier_pages.c):
 * labels of states and actions, dates as officials write them, unit names.
 * Private to src/dossier/.
 */
#ifndef DIEUHANH_DOSSIER_PAGES_H
#define DIEUHANH_DOSSIER_PAGES_H

#include "dossier/dossier_service.h"
#include "web/web.h"

/* The state and the action as the desk says them, translated. */
const char *dpage_state_label(struct http_request *req, enum dossier_state s);
const char *dpage_action_label(struct http_request *req, enum dossier_action a);
const char *dpage_result_label(struct http_request *req, enum dossier_result r);
/* "YYYY-MM-DD" as "dd/mm/yyyy"; "—" for NULL. */
const char *dpage_date(struct http_request *req, const char *iso);
/* A day as "dd/mm/yyyy". */
const char *dpage_day(struct http_request *req, cal_day d);
/* The unit's name ("" when unreadable). */
const char *dpage_unit_name(struct http_request *req, int64_t id);
/* The dossier CODE of the path with its procedure; false after replying 404/500. */
bool dpage_dossier_of_path(struct http_request *req, struct dossier *d, struct procedure *p);
/* The citizen's lookup URL of CODE, absolute (for the QR code). */
const char *dpage_lookup_url(struct http_request *req, const char *code);
/* An inline SVG QR code of TEXT (libqrencode), labelled LABEL; false when it cannot be made. */
bool dpage_qr_svg(struct html *h, const char *text, const char *label);
/* The state as a small badge with the portal code. */
void dpage_state_badge(struct http_request *req, struct html *h, enum dossier_state s);

#endif
