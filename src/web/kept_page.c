/*
 * kept_page.c: the key of a page kept whole for anonymous readers
 * (web_kept_page_key, see web.h).
 *
 * A page the same for every anonymous reader of a language with the same
 * display choices is kept whole — the layout with its header's unit name
 * and its preference links (which carry the page's address) included — so
 * a read of it touches no database but for what the page's own revision
 * costs.  What the layout depends on is in the key: the address with its
 * query string, the unit tree's revision (the header names the root unit;
 * read at most once a second, so a renamed unit shows within the second),
 * the language and the three display choices.  A preference cookie the
 * layout does not know is rendered as before: any such value would
 * otherwise make an entry of its own.
 */
#include "web/web.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "org/org_service.h"

enum { ORG_REV_TTL_MS = 1000 };

static pthread_mutex_t org_rev_lock = PTHREAD_MUTEX_INITIALIZER;
static int64_t org_rev_kept, org_rev_until_ms;

static int64_t monotonic_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static bool org_rev_recent(struct store *st, int64_t *rev)
{
	int64_t ms = monotonic_ms();
	pthread_mutex_lock(&org_rev_lock);
	bool fresh = ms < org_rev_until_ms;
	*rev = org_rev_kept;
	pthread_mutex_unlock(&org_rev_lock);
	if (fresh)
		return true;
	if (org_unit_revision(st, rev) != STORE_OK)
		return false;
	pthread_mutex_lock(&org_rev_lock);
	org_rev_kept = *rev;
	org_rev_until_ms = ms + ORG_REV_TTL_MS;
	pthread_mutex_unlock(&org_rev_lock);
	return true;
}

uint64_t web_fnv1a(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
	return h;
}

bool web_kept_page_key(struct http_request *req, const char *prefix, const char *variant,
                       char *key)
{
	const char *font = http_cookie(req, "dh_font"), *theme = http_cookie(req, "dh_theme"),
	           *color = http_cookie(req, "dh_color");
	const char *shown = prefs_html_class(req);
	if (strcmp(shown, arena_printf(&req->arena, "font-%s theme-%s color-%s",
	                               font ? font : "normal", theme ? theme : "default",
	                               color ? color : "default")) != 0)
		return false;
	int64_t org;
	if (!org_rev_recent(req->store, &org))
		return false;
	const char *all = arena_printf(&req->arena, "%s|%d|%lld|%s", shown, (int)web_lang(req),
	                               (long long)org, variant);
	snprintf(key, 96, "%.40s:%016llx:%016llx", prefix,
	         (unsigned long long)web_fnv1a(http_request_uri(req)),
	         (unsigned long long)web_fnv1a(all));
	return true;
}
