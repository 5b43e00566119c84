/* org_handlers.h: the org module's HTTP handlers (JSON and pages); its routes are in org_module.c. */
#ifndef DIEUHANH_ORG_HANDLERS_H
#define DIEUHANH_ORG_HANDLERS_H

#include "http/request.h"

void api_units_list(struct http_request *req);
void api_units_get(struct http_request *req);
void api_units_tree(struct http_request *req);
void api_units_create(struct http_request *req);
void api_units_update(struct http_request *req);
void api_people_list(struct http_request *req);
void api_people_get(struct http_request *req);
void api_people_create(struct http_request *req);
void api_people_update(struct http_request *req);

void page_units(struct http_request *req);
void page_unit(struct http_request *req);
void page_unit_save(struct http_request *req);
#endif
