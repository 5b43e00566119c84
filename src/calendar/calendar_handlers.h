/* calendar_handlers.h: the calendar module's HTTP handlers (JSON and pages); its routes are in calendar_module.c. */
#ifndef DIEUHANH_CALENDAR_HANDLERS_H
#define DIEUHANH_CALENDAR_HANDLERS_H

#include "http/request.h"

void api_calendar_deadline(struct http_request *req);
void api_calendar_working_days(struct http_request *req);
void api_calendar_year(struct http_request *req);
void api_calendar_year_patch(struct http_request *req);
void api_calendar_day_put(struct http_request *req);
void api_calendar_day_delete(struct http_request *req);
void page_calendar(struct http_request *req);
void page_calendar_day(struct http_request *req);
void page_calendar_confirm(struct http_request *req);
#endif
