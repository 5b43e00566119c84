/* dossier_handlers.h: the dossier module's HTTP handlers; its routes are in dossier_module.c. */
#ifndef DIEUHANH_DOSSIER_HANDLERS_H
#define DIEUHANH_DOSSIER_HANDLERS_H

#include "http/request.h"

struct html;

void api_procedures_list(struct http_request *req);
void api_procedures_create(struct http_request *req);
void api_procedures_get(struct http_request *req);
void api_procedures_version(struct http_request *req);
void api_procedures_review(struct http_request *req);
void api_dossiers_list(struct http_request *req);
void api_dossiers_create(struct http_request *req);
void api_dossiers_get(struct http_request *req);
void api_dossiers_events(struct http_request *req);
void api_dossiers_act(struct http_request *req);
void api_dossiers_report(struct http_request *req);
void api_dossiers_report_xlsx(struct http_request *req);
void api_lookup(struct http_request *req);
void api_iso_audits_list(struct http_request *req);
void api_iso_audits_create(struct http_request *req);
void api_dossiers_review(struct http_request *req);
void api_nonconformities_list(struct http_request *req);
void api_nonconformities_update(struct http_request *req);
void api_lookup_rate(struct http_request *req);

void page_procedures(struct http_request *req);
void page_procedure(struct http_request *req);
void page_dossiers(struct http_request *req);
void page_dossier_new(struct http_request *req);
void page_dossier_create(struct http_request *req);
void page_dossier(struct http_request *req);
void page_dossier_act(struct http_request *req);
void page_dossier_form(struct http_request *req);
void page_dossier_report(struct http_request *req);
void page_lookup(struct http_request *req);
void page_dossier_unit(struct http_request *req);
void page_dossier_review(struct http_request *req);
void page_nonconformities(struct http_request *req);
void page_nonconformity_update(struct http_request *req);
void page_lookup_rate(struct http_request *req);
void page_iso_audits(struct http_request *req);
void page_iso_audit(struct http_request *req);
void page_iso_audit_new(struct http_request *req);
void page_iso_audit_create(struct http_request *req);
/* The module's part of the signed-in home page (module.home). */
void dpage_home(struct http_request *req, struct html *h);
void dpage_unit_section(struct http_request *req, struct html *h, int64_t unit);
void dpage_behind(struct http_request *req, struct html *h);

#endif
