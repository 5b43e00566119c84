/* reminder_handlers.h: the reminders' HTTP handlers; routes in reminder_module.c. */
#ifndef DIEUHANH_REMINDER_HANDLERS_H
#define DIEUHANH_REMINDER_HANDLERS_H

#include "http/request.h"

void api_reminders_inbox(struct http_request *req);
void api_reminders_feeds(struct http_request *req);
void api_reminders_feed_create(struct http_request *req);
void api_reminders_feed_revoke(struct http_request *req);
void ical_feed(struct http_request *req);
void page_inbox(struct http_request *req);
void page_inbox_feed_create(struct http_request *req);
void page_inbox_feed_revoke(struct http_request *req);

#endif
