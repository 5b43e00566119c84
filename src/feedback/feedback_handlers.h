/* feedback_handlers.h: the feedback module's HTTP handlers (pages, Open311); routes in feedback_module.c. */
#ifndef DIEUHANH_FEEDBACK_HANDLERS_H
#define DIEUHANH_FEEDBACK_HANDLERS_H

#include "http/request.h"

/* Public (feedback_pages_public.c, feedback_pages_track.c) */
void page_feedback_list(struct http_request *req);
void page_feedback_new(struct http_request *req);
void page_feedback_new_post(struct http_request *req);
void page_feedback_view(struct http_request *req);
void page_feedback_photo(struct http_request *req);
void page_feedback_track(struct http_request *req);
void page_feedback_track_post(struct http_request *req);
void page_feedback_track_info(struct http_request *req);
void page_feedback_track_reopen(struct http_request *req);
void page_feedback_metrics(struct http_request *req);
void page_feedback_metrics_xlsx(struct http_request *req);

/* Staff (feedback_pages_staff.c, feedback_pages_admin.c) */
void page_feedback_queue(struct http_request *req);
void page_feedback_handle(struct http_request *req);
void page_feedback_act(struct http_request *req);
void page_feedback_moderate(struct http_request *req);
void page_feedback_rules(struct http_request *req);
void page_feedback_rules_post(struct http_request *req);
void page_feedback_rule_delete(struct http_request *req);
void page_open311_keys(struct http_request *req);
void page_open311_keys_post(struct http_request *req);
void page_open311_key_revoke(struct http_request *req);

/* Open311 GeoReport v2 (feedback_open311.c) */
/* GET discovery, services and requests, each .json or .xml */
void open311_document(struct http_request *req);
void open311_service(struct http_request *req);
void open311_requests_post(struct http_request *req);
void open311_request(struct http_request *req);
void open311_token(struct http_request *req);

#endif
