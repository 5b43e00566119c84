/* audit_handlers.h: the audit module's HTTP handlers (JSON and pages); its routes are in audit_module.c. */
#ifndef DIEUHANH_AUDIT_HANDLERS_H
#define DIEUHANH_AUDIT_HANDLERS_H

#include "http/request.h"

void api_audit_list(struct http_request *req);
void api_users_audit(struct http_request *req);

void page_history(struct http_request *req);
void page_user_history(struct http_request *req);
#endif
