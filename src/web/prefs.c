/*
 * prefs.c: the reader's preferences — text size, colour theme, language.
 *
 * Plain links (GET /prefs?font=large&back=/units) rather than a form or
 * script, so they work everywhere, without JavaScript.  Each choice is a
 * cookie kept for a year; the layout turns them into classes on <html>
 * and the stylesheet does the rest.  Only listed values are accepted, so a
 * cookie can never inject anything into the page.
 */
#include "web/web.h"

#include <string.h>

#include "http/reply.h"

struct pref {
	const char *key;            /* query argument */
	const char *cookie;
	const char *const *values;  /* first: the default */
};

static const char *const fonts[] = { "normal", "small", "large", NULL };
static const char *const themes[] = { "default", "contrast", NULL };
static const char *const langs[] = { "vi", "en", NULL };
/* Text colour (the portal's "Màu chữ"), each AA on the default background. */
static const char *const colors[] = { "default", "black", "blue", "brown", NULL };

static const struct pref prefs[] = {
	{ "font", "dh_font", fonts },
	{ "theme", "dh_theme", themes },
	{ "lang", "dh_lang", langs },
	{ "color", "dh_color", colors },
};

/* VALUE if PREF lists it, else NULL. */
static const char *pref_value(const struct pref *p, const char *value)
{
	for (const char *const *v = p->values; value && *v; v++)
		if (strcmp(*v, value) == 0)
			return *v;
	return NULL;
}

const char *prefs_html_class(struct http_request *req)
{
	const char *font = pref_value(&prefs[0], http_cookie(req, prefs[0].cookie));
	const char *theme = pref_value(&prefs[1], http_cookie(req, prefs[1].cookie));
	const char *color = pref_value(&prefs[3], http_cookie(req, prefs[3].cookie));
	return arena_printf(&req->arena, "font-%s theme-%s color-%s", font ? font : fonts[0],
	                    theme ? theme : themes[0], color ? color : colors[0]);
}

/* GET /prefs?font=|theme=|lang=&back=/path: remember, then go back. */
void prefs_set(struct http_request *req)
{
	size_t set = 0;
	for (size_t i = 0; i < sizeof prefs / sizeof prefs[0]; i++) {
		const char *given = http_query(req, prefs[i].key);
		if (given == NULL)
			continue;
		const char *v = pref_value(&prefs[i], given);
		if (v == NULL) {
			reply_problem(req, 400, "about:blank", N_("Bad Request"),
			              N_("Unknown preference value."), prefs[i].key);
			return;
		}
		/* Not HttpOnly: nothing secret, and a future script may read it. */
		http_set_cookie(req, arena_printf(&req->arena,
		                "%s=%s; Path=/; Max-Age=31536000; SameSite=Lax",
		                prefs[i].cookie, v));
		set++;
	}
	if (set == 0) {
		reply_problem(req, 400, "about:blank", N_("Bad Request"),
		              N_("Give font, theme or lang."), NULL);
		return;
	}
	/* Only back to this site: an open redirect would lend our name to phishing. */
	const char *back = http_query(req, "back");
	reply_redirect(req, web_local_path(back) ? back : "/");
}
