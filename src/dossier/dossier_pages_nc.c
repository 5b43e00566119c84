/*
 * dossier_pages_nc.c: the nonconformities late dossiers opened (ISO 9001
 * clause 10.2), GET /dossiers/nonconformities, each open one with a form to
 * record its cause and corrective action and to close it (POST
 * /dossiers/nonconformities/{id}).
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"

static void nc_render(struct http_request *req, int64_t failed_id, const struct form_errors *e,
                      unsigned int status)
{
	struct dossier_nc *n;
	size_t count;
	if (dossier_nc_list(req->store, &req->arena, http_principal(req), false, &n, &count)
	    != STORE_OK) {
		reply_internal_error(req, "nonconformities");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Nonconformities"), "/dossiers");
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "Each dossier settled late opens a nonconformity: record its cause and "
	                   "what was done so it does not happen again, then close it."));
	html_raw(&h, "</p>");
	if (count == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No nonconformities."));
		html_raw(&h, "</p>");
	}
	for (size_t i = 0; i < count; i++) {
		html_rawf(&h, "<section class=\"nc\" aria-labelledby=\"nc-%lld\"><h2 id=\"nc-%lld\">",
		          (long long)n[i].id, (long long)n[i].id);
		html_raw(&h, "<a href=\"/dossiers/");
		html_url_arg(&h, n[i].code);
		html_raw(&h, "\">");
		html_txt(&h, n[i].code);
		html_raw(&h, "</a></h2><p>");
		web_txtf(&h, T(req, "Opened on %s"), dpage_date(req, n[i].opened_on));
		if (n[i].closed_on) {
			html_raw(&h, " · ");
			web_txtf(&h, T(req, "closed on %s"), dpage_date(req, n[i].closed_on));
		}
		html_raw(&h, "</p>");
		if (n[i].closed_on) {
			html_raw(&h, "<dl class=\"facts\"><dt>");
			html_txt(&h, T(req, "Cause"));
			html_raw(&h, "</dt><dd>");
			html_txt(&h, n[i].cause);
			html_raw(&h, "</dd><dt>");
			html_txt(&h, T(req, "Corrective action"));
			html_raw(&h, "</dt><dd>");
			html_txt(&h, n[i].corrective_action);
			html_raw(&h, "</dd></dl></section>");
			continue;
		}
		char form[32];
		snprintf(form, sizeof form, "nc%lld", (long long)n[i].id);
		struct form_errors none = { .form = arena_strdup(&req->arena, form) };
		const struct form_errors *fe = n[i].id == failed_id ? e : &none;
		form_error_summary(req, &h, fe);
		form_begin(req, &h, arena_printf(&req->arena, "/dossiers/nonconformities/%lld",
		                                 (long long)n[i].id), none.form, NULL);
		form_input(req, &h, fe, &(struct form_input){ .name = "cause", .label = T(req, "Cause"),
		           .value = n[i].cause, .maxlength = 2000 });
		form_input(req, &h, fe, &(struct form_input){ .name = "corrective_action",
		           .label = T(req, "Corrective action"), .value = n[i].corrective_action,
		           .maxlength = 2000 });
		html_rawf(&h, "<div class=\"check\"><input type=\"checkbox\" id=\"f-%s-close\" name=\"close\""
		              " value=\"1\"><label for=\"f-%s-close\">", form, form);
		html_txt(&h, T(req, "Close it: the cause is known and corrected"));
		html_raw(&h, "</label></div>");
		form_submit(&h, T(req, "Save"));
		form_end(&h);
		html_raw(&h, "</section>");
	}
	layout_finish(req, &h, status);
}

void page_nonconformities(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	if (!policy_allows_somewhere(http_principal(req), PERM_HANDLE_DOSSIERS)) {
		http_forbidden(req);
		return;
	}
	struct form_errors e = { .form = "nc" };
	nc_render(req, 0, &e, 200);
}

void page_nonconformity_update(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	const char *close = http_form(req, "close");
	struct dossier_nc n;
	struct org_error err = { 0 };
	enum org_result r = dossier_nc_update(req->store, &req->arena, http_principal(req), id,
	                                      http_form(req, "cause"),
	                                      http_form(req, "corrective_action"),
	                                      close && strcmp(close, "1") == 0, &n, &err);
	if (r == ORG_OK || r == ORG_CONFLICT) {
		reply_redirect(req, "/dossiers/nonconformities");
		return;
	}
	if (r == ORG_INVALID) {
		struct form_errors e = { .form = arena_printf(&req->arena, "nc%lld", (long long)id) };
		form_error_add(&e, err.field, form_message(req, err.detail));
		nc_render(req, id, &e, 422);
		return;
	}
	form_reply_failure(req, r, "nonconformity");
}

/* The service's messages, listed so they are extracted and translated. */
static const char *const nc_messages[] __attribute__((unused)) = {
	N_("Record the cause and the corrective action before closing."),
};
