/* api_common.c: conversions and query parsing shared by the API resources. */
#include "api/api.h"

#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"
#include "target/target_service.h"
#include "text/vntext.h"

void api_reply_org_result(struct http_request *req, enum org_result r,
                          const struct org_error *err)
{
	switch (r) {
	case ORG_OK:
		break;
	case ORG_INVALID:
		reply_problem(req, 422, "/problems/invalid-field", "Invalid field",
		              err ? err->detail : NULL, err ? err->field : NULL);
		break;
	case ORG_CONFLICT:
		reply_problem(req, 409, "/problems/duplicate", "Duplicate",
		              err ? err->detail : NULL, err ? err->field : NULL);
		break;
	case ORG_NOT_FOUND:
		reply_not_found(req);
		break;
	case ORG_FORBIDDEN:
		http_forbidden(req);
		break;
	case ORG_BUSY:
		reply_unavailable(req, "database busy");
		break;
	case ORG_FAILED:
		reply_internal_error(req, "storage failure");
		break;
	}
}

enum { API_MAX_LIMIT = 1000 };

/* A whole number in [MIN, MAX] from query argument NAME, or DEF if absent. */
static bool query_int(struct http_request *req, const char *name, int min, int max,
                      int def, int *out)
{
	int64_t v = def;
	if (http_query_int(req, name, min, max, &v) == HTTP_INT_INVALID) {
		char *detail = arena_printf(&req->arena, "'%s' must be a whole number from %d to %d.",
		                            name, min, max);
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              detail, name);
		return false;
	}
	*out = (int)v;
	return true;
}

bool api_paging(struct http_request *req, int *limit, int *offset)
{
	return query_int(req, "limit", 1, API_MAX_LIMIT, API_MAX_LIMIT, limit)
	    && query_int(req, "offset", 0, 1000000000, 0, offset);
}

bool api_search(struct http_request *req, const char **folded)
{
	*folded = NULL;
	const char *q = http_query(req, "q");
	if (q == NULL || *q == '\0')
		return true;
	char *f = vn_fold(q);
	if (f == NULL) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "The search text is not valid UTF-8.", "q");
		return false;
	}
	*folded = *f ? arena_strdup(&req->arena, f) : NULL;
	free(f);
	return true;
}

json_t *api_object_body(struct http_request *req)
{
	json_t *body = http_json_body(req);
	if (body && !json_is_object(body)) {
		reply_problem(req, 400, "about:blank", "Bad Request",
		              "The body must be a JSON object.", NULL);
		return NULL;
	}
	return body;
}


bool api_year_as_of(struct http_request *req, int *year, int64_t *as_of)
{
	const char *d = http_query(req, "as_of");
	int64_t v = 0;
	if (http_query_int(req, "year", 2000, 2100, &v) == HTTP_INT_INVALID) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'year' must be a year from 2000 to 2100.", "year");
		return false;
	}
	if (d && *d) {
		if (!target_parse_day(d, as_of)) {
			reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
			              "'as_of' must be a date YYYY-MM-DD.", "as_of");
			return false;
		}
	} else {
		*as_of = target_today();
	}
	if (v) {
		*year = (int)v;
		return true;
	}
	int yr = 2000;
	while (yr < 2100 && target_day(yr + 1, 1, 1) <= *as_of)
		yr++;
	*year = yr;
	return true;
}
