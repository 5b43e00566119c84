/* task_handlers.h: the task module's HTTP handlers (JSON and pages); its routes are in task_module.c. */
#ifndef DIEUHANH_TASK_HANDLERS_H
#define DIEUHANH_TASK_HANDLERS_H

#include "http/request.h"

void api_tasks_list(struct http_request *req);
void api_tasks_create(struct http_request *req);
void api_tasks_get(struct http_request *req);
void api_tasks_update(struct http_request *req);
void api_tasks_report(struct http_request *req);
void api_import_people(struct http_request *req);
void api_import_tasks(struct http_request *req);
void api_scorecards(struct http_request *req);
void api_scorecards_xlsx(struct http_request *req);
void api_tasks_export_xlsx(struct http_request *req);
void api_reviews_get(struct http_request *req);
void api_supervisions_list(struct http_request *req);
void api_supervisions_create(struct http_request *req);
void api_supervisions_get(struct http_request *req);
void api_supervisions_update(struct http_request *req);
void api_supervisions_finding(struct http_request *req);
void api_plans_list(struct http_request *req);
void api_plans_create(struct http_request *req);
void api_plans_get(struct http_request *req);
void api_plans_update(struct http_request *req);

void page_tasks(struct http_request *req);
void page_tasks_mine(struct http_request *req);
void page_task(struct http_request *req);
void page_task_report(struct http_request *req);
void page_task_deadline(struct http_request *req);
void page_supervisions(struct http_request *req);
void page_supervisions_create(struct http_request *req);
void page_supervision(struct http_request *req);
void page_supervision_save(struct http_request *req);
void page_supervision_finding(struct http_request *req);
void page_supervision_task(struct http_request *req);
void page_scorecards(struct http_request *req);
void page_review(struct http_request *req);
void page_plans(struct http_request *req);
void page_plans_create(struct http_request *req);
void page_plan(struct http_request *req);
void page_plan_add_task(struct http_request *req);
#endif
