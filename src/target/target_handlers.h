/* target_handlers.h: the target module's HTTP handlers (JSON and pages); its routes are in target_module.c. */
#ifndef DIEUHANH_TARGET_HANDLERS_H
#define DIEUHANH_TARGET_HANDLERS_H

#include "http/request.h"

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

void page_targets(struct http_request *req);
void page_targets_late(struct http_request *req);
void page_target(struct http_request *req);
void page_target_report(struct http_request *req);
#endif
