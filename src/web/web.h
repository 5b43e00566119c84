/*
 * web.h: server-rendered HTML pages.
 *
 * The shared chrome: pages live in their module's folder
 * (src/<module>/<module>_pages*.c; the home page here), layout.c, form fields
 * with their errors in form.c, reader preferences in prefs.c and the
 * translations in i18n.c.  Everything a user typed goes out through
 * html_txt()/html_attr(); html_raw() only for markup written here.  Source
 * strings are English inside T(req, "...") and translated from po/vi.po.
 */
#ifndef DIEUHANH_WEB_H
#define DIEUHANH_WEB_H

#include <stdbool.h>
#include <stdint.h>

#include "auth/account.h"
#include "http/html.h"
#include "http/request.h"
#include "org/org_service.h"
#include "web/i18n.h"

struct form_errors;

/* ---- layout.c ----------------------------------------------------------- */

/*
 * Opens the document: <head> titled TITLE, the header (unit name, user,
 * navigation, reader preferences), <main> and its one <h1>TITLE</h1>.  NAV
 * is the href of the page's own navigation entry (a module's struct
 * module_nav), marked aria-current; NULL for none.
 */
void layout_begin(struct http_request *req, struct html *h, const char *title,
                  const char *nav);
/*
 * layout_begin() for a page that holds a form: when E has errors the title
 * starts with "Error: " so the tab and a screen reader say so at once (the
 * error summary takes focus, see form_error_summary).
 */
void layout_begin_form(struct http_request *req, struct html *h, const char *title,
                       const char *nav, const struct form_errors *e);
/* Closes <main>, the footer and the document, and replies with STATUS. */
void layout_finish(struct http_request *req, struct html *h, unsigned int status);
/* layout_finish() without the reply: the page, malloc'd (*LEN bytes), for a cache. */
char *layout_take(struct http_request *req, struct html *h, size_t *len);
/*
 * layout_finish() with 200 for a page kept whole: the page is stored in the
 * server's cache under KEY at REVISION, then sent.  False after replying
 * 500 when it could not be kept.
 */
bool layout_finish_kept(struct http_request *req, struct html *h, const char *key,
                        int64_t revision);
/*
 * KEY (96 bytes) under which the whole page at REQ's address (its query
 * string included) may be kept for an anonymous reader (kept_page.c):
 * PREFIX, the address, what the layout shows (the language, the display
 * choices, the unit tree's revision) and VARIANT, what the page itself
 * depends on besides its cache revision.  False when it is not to be kept
 * (a display choice the layout does not know).  The caller checks the
 * reader is anonymous and bounds the addresses it keeps.
 */
bool web_kept_page_key(struct http_request *req, const char *prefix, const char *variant,
                       char *key);
/* FNV-1a of S (for cache keys and validators). */
uint64_t web_fnv1a(const char *s);

/* The HTML page for an error (reply_problem on a page route). */
/* The error page, plain and store-free (see layout.c); web_install() hands it to reply.c. */
void web_problem_page(struct http_request *req, unsigned int status, const char *title,
                      const char *detail);
void web_install(void);

/* Formatted text, escaped (FMT is ours; the arguments may be anything). */
void web_txtf(struct html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Local time of a Unix time in the request's language, in the arena. */
const char *web_datetime(struct http_request *req, int64_t t);
/* The same for an audit timestamp "2019-01-14T09:30:00.123Z" (as is if unparsable). */
const char *web_datetime_iso(struct http_request *req, const char *iso);
/* Translated names of a unit kind and a role. */
const char *web_kind_label(struct http_request *req, const char *kind);
const char *web_role_label(struct http_request *req, enum role r);
/* True when S is a path on this site: "/..." but not "//..." nor with "\". */
bool web_local_path(const char *s);

/* ---- form.c ------------------------------------------------------------- */

enum { FORM_ERRORS_MAX = 12 };

/* Problems found in a posted form: one message per field. */
struct form_errors {
	const char *form;                  /* id prefix of the form's fields */
	size_t n;
	const char *field[FORM_ERRORS_MAX];
	const char *message[FORM_ERRORS_MAX];
	/* A number read two ways (form_number): form_input adds the hidden
	 * confirmation field for CONFIRM_NAME carrying CONFIRM_TEXT. */
	const char *confirm_name, *confirm_text;
};

void form_error_add(struct form_errors *e, const char *field, const char *message);
const char *form_error_for(const struct form_errors *e, const char *field);

/* A text-like field: label, input, hint and the error tied to it. */
struct form_input {
	const char *name;
	const char *label;
	const char *type;          /* "text" when NULL */
	const char *value;         /* kept value, or NULL */
	const char *autocomplete;  /* or NULL */
	const char *hint;          /* or NULL */
	bool required;
	int maxlength;             /* 0: none */
	const char *inputmode;     /* "numeric", "decimal"... or NULL */
	int size;                  /* visible width in characters; 0: the stylesheet's */
};

/* Opens a POST form to ACTION with its CSRF field; FORM names its field ids. */
void form_begin(struct http_request *req, struct html *h, const char *action,
                const char *form, const char *css_class);
void form_end(struct html *h);
/*
 * The error summary at the top of a form (nothing when E has no error).  It
 * takes focus when the page loads (autofocus, no script needed), so the
 * reader lands on the list of problems, each a link to its field.
 */
void form_error_summary(struct http_request *req, struct html *h, const struct form_errors *e);
void form_input(struct http_request *req, struct html *h, const struct form_errors *e,
                const struct form_input *in);
/* A <select>; VALUES and LABELS have N items. */
void form_select(struct http_request *req, struct html *h, const struct form_errors *e,
                 const char *name, const char *label, const char *const *values,
                 const char *const *labels, size_t n, const char *selected);
void form_submit(struct html *h, const char *label);
/* A one-button form (revoke, disable...) posting to ACTION. */
void form_button(struct http_request *req, struct html *h, const char *action,
                 const char *label, const char *css_class);
/* False after replying 403 when the posted "csrf" field is wrong. */
bool form_csrf_ok(struct http_request *req);
/*
 * A number typed in field NAME the way the pages show them (1.228, 1.234,5,
 * or plainly 1228, 1234.5; text/vnparse.c).  WHOLE: only whole numbers
 * (a count); MIN_ZERO: no negative numbers.  When the text can be read two
 * ways and the two differ in sense, the form is shown again with both
 * readings, and the same text posted again (CONFIRM, the hidden
 * "NAME_confirm" field) takes the Vietnamese reading.  False, with a message
 * beside the field that gives an example in the page's own format, when it
 * is not accepted.
 */
enum { FORM_NUM_WHOLE = 1, FORM_NUM_MIN_ZERO = 2 };
bool form_number(struct http_request *req, struct form_errors *e, const char *name,
                 const char *text, unsigned flags, double *out);
/* A date typed as 30/09/2019, 30/9/2019 or 2019-09-30: false with a message beside NAME. */
bool form_date(struct http_request *req, struct form_errors *e, const char *name,
               const char *text, int *year, int *month, int *day);
/* A number as the page shows it: "1.234,5" in Vietnamese, "1,234.5" in English. */
const char *web_fmt_number(struct http_request *req, double v, int max_decimals);
/* A percentage written the same way on every page, "77,8 %" (a no-break space, so that
 * a narrow table cell never leaves the sign alone on a line); "—" when there is none. */
const char *web_fmt_percent(struct http_request *req, double v, int max_decimals);
/* A service's message (org_error detail) in the request's language. */
const char *form_message(struct http_request *req, const char *detail);
/*
 * The answer to a service result a form does not show beside a field: 404,
 * 403, 503 (busy or out of reach) or 500 for WHAT.  Pages call it for the
 * results their own switch leaves, as the JSON handlers call
 * api_reply_org_result.
 */
void form_reply_failure(struct http_request *req, enum org_result r, const char *what);
/* A status line ("Saved.") under the h1. */
void form_notice(struct html *h, const char *text);

/* ---- pages (one file each) ---------------------------------------------- */

void page_home(struct http_request *req);
void prefs_set(struct http_request *req);

/* prefs.c: the classes for <html> ("font-large theme-contrast"). */
const char *prefs_html_class(struct http_request *req);

/*
 * A table's header row: <thead><tr><th scope="col">…</th>…</tr></thead>
 * <tbody>, each label translated.  WEB_TABLE_HEAD counts the labels.
 */
void web_table_head(struct http_request *req, struct html *h, const char *const *labels,
                    size_t n);
#define WEB_TABLE_HEAD(req, h, ...)                                              \
	web_table_head((req), (h), (const char *const[]){ __VA_ARGS__ },          \
	               sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *))

#endif
