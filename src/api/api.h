/*
 * api.h: what the modules' JSON handlers share (paging, search, bodies,
 * org results) and the health check. The handlers themselves live in their
 * module's folder (src/<module>/<module>_api*.c).
 */
#ifndef DIEUHANH_API_H
#define DIEUHANH_API_H

#include "http/request.h"
#include "org/org_service.h"

void api_health(struct http_request *req);

/* Shared by the resource files. */
void api_reply_org_result(struct http_request *req, enum org_result r,
                          const struct org_error *err);
/* Reads ?limit= and ?offset=; false after replying 400. */
bool api_paging(struct http_request *req, int *limit, int *offset);
/* Reads ?q= folded for search; false after replying 400. NULL when absent. */
bool api_search(struct http_request *req, const char **folded);

/* The JSON body, which must be an object; NULL after replying 4xx. */
json_t *api_object_body(struct http_request *req);

/*
 * ?year= (default: the as-of date's) and ?as_of= (default: today, UTC+7),
 * for the board and its exports; false after replying 400.
 */
bool api_year_as_of(struct http_request *req, int *year, int64_t *as_of);

#endif
