/* feedback_open311.c: Open311 GeoReport v2 (to come). */
#include "feedback/feedback_handlers.h"
#include "http/reply.h"

void open311_document(struct http_request *req) { reply_not_found(req); }
void open311_service(struct http_request *req) { reply_not_found(req); }
void open311_requests_post(struct http_request *req) { reply_not_found(req); }
void open311_request(struct http_request *req) { reply_not_found(req); }
void open311_token(struct http_request *req) { reply_not_found(req); }
