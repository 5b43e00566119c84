/*
 * i18n.h: translating the interface (Vietnamese by default, English source).
 *
 * Source strings are written in English and wrapped in T(req, "...") where
 * they are shown, or N_("...") where they are only listed (tables) and
 * translated later.  Translations come from a gettext catalog, po/vi.po, so
 * translators use the standard tools (xgettext, msgmerge, Poedit).  The
 * catalog is read once and never changed afterwards, so lookups need no
 * lock: a sorted array searched with bsearch().
 */
#ifndef DIEUHANH_WEB_I18N_H
#define DIEUHANH_WEB_I18N_H

#include <stdbool.h>
#include <stddef.h>

struct http_request;

enum web_lang { LANG_VI, LANG_EN };

/* Marks a string for extraction without translating it here. */
#define N_(s) (s)

struct i18n_catalog;

/*
 * Parses the text of a .po file: msgid/msgstr pairs, strings continued on
 * following lines, the C escapes \" \\ \n \t.  The header entry (empty
 * msgid), fuzzy entries, entries with an empty msgstr, obsolete (#~) entries
 * and entries with a context or plural forms are left out.  NULL with a
 * message "LINE: problem" in ERR when the text is malformed.
 */
struct i18n_catalog *i18n_catalog_parse(const char *text, size_t len, char *err,
                                        size_t errlen);
/* The same for a file; ERR names the file. */
struct i18n_catalog *i18n_catalog_load(const char *path, char *err, size_t errlen);
/* The translation of MSGID, or NULL when the catalog has none. */
const char *i18n_catalog_get(const struct i18n_catalog *c, const char *msgid);
size_t i18n_catalog_size(const struct i18n_catalog *c);
/*
 * How many translations were left out because their printf conversions
 * (after flags and widths are set aside) differ from their msgid's, as
 * `msgfmt -c` would refuse them; *FIRST is the first such msgid.  Those
 * strings show in English rather than feed printf the wrong arguments.
 */
size_t i18n_catalog_dropped(const struct i18n_catalog *c, const char **first);
void i18n_catalog_free(struct i18n_catalog *c);

/*
 * Loads DIR/vi.po as the process's Vietnamese catalog, once; later calls do
 * nothing.  Without a call the first lookup loads "po/vi.po" (or
 * $DIEUHANH_PO/vi.po).  A missing or broken catalog leaves the interface in
 * English, with a warning on stderr.
 */
void i18n_init(const char *dir);

/* The language of the request: the "lang" preference cookie, else Vietnamese. */
enum web_lang web_lang(struct http_request *req);

/*
 * MSGID in the request's language.  format_arg lets the compiler check a
 * translated format string against its arguments as if it were the literal.
 */
const char *T(struct http_request *req, const char *msgid) __attribute__((format_arg(2)));

#endif
