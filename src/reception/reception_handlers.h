/* reception_handlers.h: the reception module's pages; routes in reception_module.c. */
#ifndef DIEUHANH_RECEPTION_HANDLERS_H
#define DIEUHANH_RECEPTION_HANDLERS_H

#include "http/request.h"

void page_reception_list(struct http_request *req);
void page_reception_add(struct http_request *req);
void page_reception_session(struct http_request *req);
void page_reception_question_add(struct http_request *req);
void page_reception_register(struct http_request *req);
void page_reception_record(struct http_request *req);
void page_reception_commitment_add(struct http_request *req);
void page_reception_question_answer(struct http_request *req);

/* Late commitments and unanswered register lines on the home page (struct module .home). */
struct html;
void rcpage_home(struct http_request *req, struct html *h);

#endif
