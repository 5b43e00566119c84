/*
 * feedback_pages.h: what the feedback pages share (feedback_pages.c):
 * names of units and categories, labels of states and channels, a text
 * area with its error, the history list.
 */
#ifndef DIEUHANH_FEEDBACK_PAGES_H
#define DIEUHANH_FEEDBACK_PAGES_H

#include "feedback/feedback_service.h"
#include "web/web.h"

struct fb_names {
	struct org_unit *units;
	size_t nunits;
	struct feedback_category *cats;
	size_t ncats;
};

/*
 * The reader's reports counted (feedback_unit_counts, then the reader's
 * reach): kept in the cache at the reports' revision for every reader
 * alike; false when they cannot be read (nothing replied).
 */
bool fbp_counts(struct http_request *req, cal_day today, cal_day soon, int64_t answered_from,
                struct fb_counts *out);
/* Loads every unit and category; false after replying 500/503. */
bool fbp_names_load(struct http_request *req, struct fb_names *out);
const char *fbp_unit_name(const struct fb_names *n, int64_t id);
const char *fbp_category_label(struct http_request *req, const struct fb_names *n,
                               const char *code);
const char *fbp_state_label(struct http_request *req, enum fb_state s);
const char *fbp_channel_label(struct http_request *req, enum fb_channel c);
const char *fbp_event_label(struct http_request *req, const char *kind);
/*
 * Form field NAME as a day, typed as the pages show days (30/09/2019, or
 * 2019-09-30): *OUT 0 when empty and not REQUIRED; false with the message
 * beside the field otherwise.
 */
bool fbp_form_day(struct http_request *req, struct form_errors *e, const char *name,
                  bool required, cal_day *out);
/* A date field as the pages show days (dd/mm/yyyy), with VALUE as typed. */
void fbp_day_input(struct http_request *req, struct html *h, const struct form_errors *e,
                   const char *name, const char *label, const char *value);
/* "dd/mm/yyyy" of a day, "" for 0. */
const char *fbp_day(struct http_request *req, cal_day d);
/* A <select> of the wards (values are ids), with an empty first choice. */
void fbp_ward_select(struct http_request *req, struct html *h, const struct form_errors *e,
                     const struct fb_names *n, const char *name, const char *label,
                     const char *selected);
void fbp_category_select(struct http_request *req, struct html *h, const struct form_errors *e,
                         const struct fb_names *n, const char *selected, bool any);
/* A labelled <textarea> with its hint and error (form.c has none). */
void fbp_textarea(struct http_request *req, struct html *h, const struct form_errors *e,
                  const char *name, const char *label, const char *hint, const char *value,
                  bool required, int maxlength);
/* The state as a badge; "late" added when F is late today. */
void fbp_state_badge(struct http_request *req, struct html *h, const struct feedback *f,
                     cal_day today);
/* The history as an ordered list. */
void fbp_events(struct http_request *req, struct html *h, const struct feedback_event *ev,
                size_t n);
/* The report's facts (category, ward, place, dates, unit, answer) as a <dl>. */
void fbp_facts(struct http_request *req, struct html *h, const struct fb_names *n,
               const struct feedback *f);
/* The reader's open reports and their units' figures on the home page (struct module .home). */
void fbpage_home(struct http_request *req, struct html *h);
/* Its part of unit UNIT's page (struct module .unit_page): open, late and due soon. */
void fbpage_unit_section(struct http_request *req, struct html *h, int64_t unit);
/* The leaders' board (/targets): the reader's open reports late and due within 3 working days. */
void fbpage_behind(struct http_request *req, struct html *h);
/* Links to the report's photos. */
void fbp_photos(struct http_request *req, struct html *h, int64_t id);

#endif
