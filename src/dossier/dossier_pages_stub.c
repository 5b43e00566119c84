#include "dossier/dossier_handlers.h"
#include "http/reply.h"
void page_procedures(struct http_request *req) { reply_not_found(req); }
void page_procedure(struct http_request *req) { reply_not_found(req); }
void page_dossiers(struct http_request *req) { reply_not_found(req); }
void page_dossier_new(struct http_request *req) { reply_not_found(req); }
void page_dossier_create(struct http_request *req) { reply_not_found(req); }
void page_dossier(struct http_request *req) { reply_not_found(req); }
void page_dossier_act(struct http_request *req) { reply_not_found(req); }
void page_dossier_form(struct http_request *req) { reply_not_found(req); }
void page_dossier_report(struct http_request *req) { reply_not_found(req); }
void page_lookup(struct http_request *req) { reply_not_found(req); }
void page_lookup_rate(struct http_request *req) { reply_not_found(req); }
void page_dossier_qr(struct http_request *req) { reply_not_found(req); }
void api_dossiers_report_xlsx(struct http_request *req) { reply_not_found(req); }
