/* portal_handlers.h: the portal module's handlers; its routes are in portal_module.c. */
#ifndef DIEUHANH_PORTAL_HANDLERS_H
#define DIEUHANH_PORTAL_HANDLERS_H

#include "http/request.h"

void portal_feed(struct http_request *req);
void portal_sitemap(struct http_request *req);
void page_search(struct http_request *req);
void page_transparency(struct http_request *req);
void page_transparency_unit(struct http_request *req);
void portal_transparency_xlsx(struct http_request *req);
void portal_transparency_dossiers_xlsx(struct http_request *req);
void portal_transparency_tasks_xlsx(struct http_request *req);
void portal_transparency_feedback_xlsx(struct http_request *req);

#endif
