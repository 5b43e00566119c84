/*
 * api.h: handlers of the JSON API (/api/v1) and the health check.
 * One file per resource; the route table (src/routes.c) points here.
 */
#ifndef DIEUHANH_API_H
#define DIEUHANH_API_H

#include "http/request.h"
#include "org/org_service.h"

void api_health(struct http_request *req);

void api_units_list(struct http_request *req);
void api_units_get(struct http_request *req);
void api_units_tree(struct http_request *req);
void api_units_create(struct http_request *req);
void api_units_update(struct http_request *req);

void api_people_list(struct http_request *req);
void api_people_get(struct http_request *req);
void api_people_create(struct http_request *req);
void api_people_update(struct http_request *req);

/* Shared by the resource files. */
void api_reply_org_result(struct http_request *req, enum org_result r,
                          const struct org_error *err);
/* Reads ?limit= and ?offset=; false after replying 400. */
bool api_paging(struct http_request *req, int *limit, int *offset);
/* Reads ?q= folded for search; false after replying 400. NULL when absent. */
bool api_search(struct http_request *req, const char **folded);

/* The JSON body, which must be an object; NULL after replying 4xx. */
json_t *api_object_body(struct http_request *req);


void api_session_get(struct http_request *req);
void api_session_create(struct http_request *req);
void api_session_delete(struct http_request *req);
void api_session_password(struct http_request *req);
void api_tokens_list(struct http_request *req);
void api_tokens_create(struct http_request *req);
void api_tokens_revoke(struct http_request *req);
void api_users_list(struct http_request *req);
void api_users_create(struct http_request *req);
void api_users_update(struct http_request *req);
void api_users_grant(struct http_request *req);
void api_users_revoke_grant(struct http_request *req);
void api_users_audit(struct http_request *req);
void api_audit_list(struct http_request *req);

void api_targets_list(struct http_request *req);
void api_targets_get(struct http_request *req);
void api_targets_create(struct http_request *req);
void api_targets_update(struct http_request *req);
void api_targets_report(struct http_request *req);
void api_targets_history(struct http_request *req);
void api_targets_late(struct http_request *req);
void api_targets_export_csv(struct http_request *req);
void api_targets_export_xlsx(struct http_request *req);
void api_targets_import(struct http_request *req);

void api_calendar_deadline(struct http_request *req);
void api_calendar_working_days(struct http_request *req);
/*
 * ?year= (default: the as-of date's) and ?as_of= (default: today, UTC+7),
 * for the board and its exports; false after replying 400.
 */
bool api_year_as_of(struct http_request *req, int *year, int64_t *as_of);

/* JSON of a principal (for GET /api/v1/session). */
json_t *api_principal_json(const struct principal *p);

#endif
