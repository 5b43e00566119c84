/* router.c: see router.h. */
#include "http/router.h"

#include <stdio.h>
#include <string.h>

/*
 * Matches PATH against PATTERN segment by segment; on success records the
 * "{name}" segments as parameters (pointing into the arena copy of PATH).
 */
static bool match(const char *pattern, const char *path, struct http_request *req)
{
	size_t nparams = 0;
	const char *p = pattern, *s = path;
	while (*p && *s) {
		if (*p != '/' || *s != '/')
			return false;
		p++;
		s++;
		if (*p != '{') {
			/*
			 * A literal segment, compared in one pass: most routes differ
			 * from the path in their third segment, and this is done for
			 * every route before the one that matches.
			 */
			while (*p && *p != '/' && *p == *s) {
				p++;
				s++;
			}
			if ((*p && *p != '/') || (*s && *s != '/'))
				return false;
			continue;
		}
		const char *pend = strchr(p, '/'), *send = strchr(s, '/');
		size_t plen = pend ? (size_t)(pend - p) : strlen(p);
		size_t slen = send ? (size_t)(send - s) : strlen(s);
		if (plen > 3 && p[0] == '{' && p[1] == '*' && p[plen - 1] == '}' && !pend) {
			/* "{*name}" as the last segment takes the rest of the path. */
			if (*s == '\0' || nparams == HTTP_MAX_PARAMS)
				return false;
			req->params[nparams].name = arena_strndup(&req->arena, p + 2, plen - 3);
			req->params[nparams].value = arena_strdup(&req->arena, s);
			req->nparams = nparams + 1;
			return true;
		}
		if (plen > 2 && p[0] == '{' && p[plen - 1] == '}') {
			if (slen == 0 || nparams == HTTP_MAX_PARAMS)
				return false;
			req->params[nparams].name = arena_strndup(&req->arena, p + 1, plen - 2);
			req->params[nparams].value = arena_strndup(&req->arena, s, slen);
			nparams++;
		} else if (plen != slen || memcmp(p, s, plen) != 0) {
			return false;
		}
		p += plen;
		s += slen;
	}
	if (*p || *s)
		return false;
	req->nparams = nparams;
	return true;
}

const struct route *router_find(const struct route *table, struct http_request *req,
                                unsigned int *allowed)
{
	*allowed = 0;
	for (const struct route *r = table; r->pattern; r++) {
		if (!match(r->pattern, req->path, req))
			continue;
		unsigned int methods = r->methods;
		if (methods & HTTP_GET)
			methods |= HTTP_HEAD;
		if (methods & req->method)
			return r;
		*allowed |= methods;
	}
	req->nparams = 0;
	return NULL;
}

http_handler router_match(const struct route *table, struct http_request *req,
                          unsigned int *allowed)
{
	const struct route *r = router_find(table, req, allowed);
	return r ? r->handler : NULL;
}

void router_allow_header(unsigned int methods, char *buf, size_t len)
{
	static const struct { unsigned int bit; const char *name; } names[] = {
		{ HTTP_GET, "GET" }, { HTTP_HEAD, "HEAD" }, { HTTP_POST, "POST" },
		{ HTTP_PUT, "PUT" }, { HTTP_PATCH, "PATCH" }, { HTTP_DELETE, "DELETE" },
	};
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (!(methods & names[i].bit))
			continue;
		int n = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", names[i].name);
		if (n < 0 || (size_t)n >= len - used)
			break;
		used += (size_t)n;
	}
}
