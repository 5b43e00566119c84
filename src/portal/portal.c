/* portal.c: see portal.h. */
#include "portal/portal.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "http/reply.h"
#include "news/news_store.h"

void portal_http_date(int64_t t, char *buf, size_t n)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (gmtime_r(&tt, &tm) == NULL || strftime(buf, n, "%a, %d %b %Y %H:%M:%S GMT", &tm) == 0)
		snprintf(buf, n, "Thu, 01 Jan 1970 00:00:00 GMT");
}

bool portal_parse_http_date(const char *s, int64_t *t)
{
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
	                                      "Aug", "Sep", "Oct", "Nov", "Dec" };
	char wd[4], mon[4];
	struct tm tm = { 0 };
	if (s == NULL || sscanf(s, "%3s, %2d %3s %4d %2d:%2d:%2d GMT", wd, &tm.tm_mday, mon,
	                        &tm.tm_year, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 7)
		return false;
	tm.tm_mon = -1;
	for (int i = 0; i < 12; i++)
		if (strcmp(mon, months[i]) == 0)
			tm.tm_mon = i;
	if (tm.tm_mon < 0 || tm.tm_year < 1970)
		return false;
	tm.tm_year -= 1900;
	*t = (int64_t)timegm(&tm);
	return true;
}

bool portal_not_modified(struct http_request *req, const char *kind, const char *variant,
                         const struct news_stamp *s, char *etag, size_t etag_n,
                         char *last_modified, size_t lm_n)
{
	snprintf(etag, etag_n, "W/\"%s-%s-%lld-%lld-%lld\"", kind, variant ? variant : "",
	         (long long)s->revision, (long long)s->count, (long long)s->newest);
	int64_t lm = s->changed > s->newest ? s->changed : s->newest;
	portal_http_date(lm, last_modified, lm_n);
	const char *inm = http_header(req, "If-None-Match");
	bool same;
	if (inm) {
		/* W/"…" compares weakly: the tag without its W/ prefix counts too. */
		same = strstr(inm, etag + 2) != NULL || strcmp(inm, "*") == 0;
	} else {
		int64_t since;
		same = portal_parse_http_date(http_header(req, "If-Modified-Since"), &since)
		       && lm <= since;
	}
	if (!same)
		return false;
	reply_not_modified(req);
	portal_validators(req, etag, last_modified);
	return true;
}

void portal_validators(struct http_request *req, const char *etag, const char *last_modified)
{
	reply_header(req, "ETag", etag);
	reply_header(req, "Last-Modified", last_modified);
	/* Shared caches may keep it briefly; then they ask again, cheaply (304). */
	reply_header(req, "Cache-Control", "public, max-age=60");
}
