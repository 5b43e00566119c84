/*
 * dossier_pages_lookup.c: the citizen's lookup by code, without signing in
 * (GET /lookup?code=), and the satisfaction rating after the return (POST
 * /lookup/{code}/rating, Decree 61 Art. 31).  Progress and dates only:
 * nothing personal, no officer's name.  Codes that do not exist count
 * against the client's budget (dossier_limit.h).
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "dossier/dossier_limit.h"
#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"

static void rating_form(struct http_request *req, struct html *h, const char *code,
                        const struct form_errors *e)
{
	html_raw(h, "<h2>");
	html_txt(h, T(req, "How satisfied are you?"));
	html_raw(h, "</h2><p>");
	html_txt(h, T(req, "Score each from 1 (very dissatisfied) to 5 (very satisfied)."));
	html_raw(h, "</p>");
	form_error_summary(req, h, e);
	form_begin(req, h, arena_printf(&req->arena, "/lookup/%s/rating", code), e->form, NULL);
	static const char *const values[] = { "5", "4", "3", "2", "1" };
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++) {
		const char *labels[] = { T(req, "5 – very satisfied"), T(req, "4 – satisfied"),
		                         T(req, "3 – acceptable"), T(req, "2 – dissatisfied"),
		                         T(req, "1 – very dissatisfied") };
		form_select(req, h, e, dossier_rating_keys[i], T(req, dossier_rating_labels[i]), values,
		            labels, 5, http_form(req, dossier_rating_keys[i]));
	}
	form_input(req, h, e, &(struct form_input){ .name = "comment", .label = T(req, "Comment"),
	           .maxlength = 2000 });
	form_submit(h, T(req, "Send the rating"));
	form_end(h);
}

/*
 * The anonymous reader's page of a dossier is the same for everyone who
 * asks with the same address, language and display choices
 * (web_kept_page_key): kept at the dossier's revision, so a citizen
 * refreshing it costs one small read.  Only for the plain address
 * (/lookup?code=CODE, unescaped), so a junk parameter or another spelling
 * cannot make entries of its own;
 * and only for dossiers that exist (lookup_render keeps what it found).
 * A returned dossier's page has the rating form, with its reader's own
 * CSRF token: never kept.  KEY gets the page's name; false when it is not
 * to be kept.
 */
static bool lookup_page_key(struct http_request *req, const char *code, char *key)
{
	/*
	 * One address per dossier: a code's characters need no escaping, so
	 * an escaped spelling of the same code (a new entry each) is rendered.
	 */
	return !http_principal(req)->authenticated && dossier_code_plausible(code)
	       && MHD_get_connection_values(req->conn, MHD_GET_ARGUMENT_KIND, NULL, NULL) == 1
	       && strcmp(http_request_uri(req), arena_printf(&req->arena, "/lookup?code=%s", code))
	          == 0
	       && web_kept_page_key(req, "lookup-page", "", key);
}

/* True after replying with the kept page of CODE. */
static bool lookup_kept(struct http_request *req, const char *code, const char *key)
{
	int64_t rev;
	if (dossier_revision(req->store, code, &rev) != STORE_OK)
		return false;
	struct http_body *b = http_cache_ref(req->server->cache, key, rev);
	if (b == NULL)
		return false;
	reply_body(req, 200, b, "text/html; charset=utf-8");
	http_body_release(b);
	return true;
}

/* KEEP: the page's key when it may be kept (lookup_page_key), else NULL. */
static void lookup_render(struct http_request *req, const char *code, const struct form_errors *e,
                          unsigned int status, const char *keep)
{
	struct html h = { 0 };
	struct dossier d;
	struct procedure p;
	int s = STORE_NOT_FOUND;
	bool limited = false;
	if (code && *code) {
		limited = dossier_limit_check(http_client_address(req), dossier_now()) != 0;
		if (!limited) {
			s = dossier_get_by_code(req->store, code, &req->arena, &d, &p);
			if (s == STORE_NOT_FOUND)
				dossier_limit_miss(http_client_address(req), dossier_now());
			else if (s != STORE_OK) {
				reply_internal_error(req, "lookup");
				return;
			}
		}
	}
	layout_begin(req, &h, T(req, "Look up a dossier"), "/lookup");
	html_raw(&h, "<form method=\"get\" action=\"/lookup\" class=\"inline-form\">"
	             "<div class=\"field\"><label for=\"code\">");
	html_txt(&h, T(req, "Dossier code"));
	html_raw(&h, "</label><p class=\"hint\" id=\"code-hint\">");
	html_txt(&h, T(req, "As printed on your receipt, e.g. Q9.LONGBINH.MOTCUA-190304-0001."));
	html_raw(&h, "</p><input id=\"code\" name=\"code\" maxlength=\"95\" aria-describedby=\"code-hint\""
	             " autocomplete=\"off\" value=\"");
	html_attr(&h, code ? code : "");
	html_raw(&h, "\"></div><div class=\"actions\"><button type=\"submit\">");
	html_txt(&h, T(req, "Look up"));
	html_raw(&h, "</button></div></form>");
	if (limited) {
		status = 429;
		html_raw(&h, "<p class=\"error\" role=\"alert\">");
		html_txt(&h, T(req, "Too many codes that do not exist were looked up from here: wait a few "
		                   "minutes."));
		html_raw(&h, "</p>");
	} else if (code && *code && s == STORE_NOT_FOUND) {
		status = 404;
		html_raw(&h, "<p class=\"error\" role=\"alert\">");
		html_txt(&h, T(req, "No dossier has this code. Check it against your receipt."));
		html_raw(&h, "</p>");
	} else if (s == STORE_OK) {
		html_raw(&h, "<section class=\"lookup-result\" aria-labelledby=\"result-title\">"
		             "<h2 id=\"result-title\">");
		html_txt(&h, d.code);
		html_raw(&h, "</h2><p>");
		dpage_state_badge(req, &h, d.state);
		html_raw(&h, "</p><dl class=\"facts\"><dt>");
		html_txt(&h, T(req, "Procedure"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, p.name);
		html_raw(&h, "</dd><dt>");
		html_txt(&h, T(req, "Received"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, dpage_day(req, dossier_local_day(d.received_at)));
		html_raw(&h, "</dd><dt>");
		html_txt(&h, T(req, "Result due"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, dpage_date(req, d.due_day));
		html_raw(&h, "</dd><dt>");
		html_txt(&h, T(req, "Finished"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, dpage_date(req, d.finished_day));
		html_raw(&h, "</dd></dl><h3>");
		html_txt(&h, T(req, "Progress"));
		html_raw(&h, "</h3><ol class=\"steps\">");
		for (size_t i = 0; i < p.nsteps; i++) {
			html_rawf(&h, "<li class=\"%s\">", (int)i < d.step_no ? "done" : "todo");
			html_txt(&h, p.steps[i].name);
			html_raw(&h, " — ");
			html_txt(&h, (int)i < d.step_no ? T(req, "done") : T(req, "to do"));
			html_raw(&h, "</li>");
		}
		html_raw(&h, "</ol></section>");
		struct dossier_rating r;
		if (d.state != DS_RETURNED && keep && status == 200) {
			layout_finish_kept(req, &h, keep, d.revision);
			return;
		}
		if (d.state == DS_RETURNED) {
			int rs = dossier_rating_get(req->store, d.id, &req->arena, &r);
			if (rs == STORE_OK) {
				html_raw(&h, "<p role=\"status\">");
				html_txt(&h, T(req, "Thank you: this dossier has been rated."));
				html_raw(&h, "</p>");
			} else if (rs == STORE_NOT_FOUND) {
				rating_form(req, &h, d.code, e);
			}
		}
	}
	layout_finish(req, &h, status);
}

void page_lookup(struct http_request *req)
{
	struct form_errors e = { .form = "rating" };
	const char *code = http_query(req, "code");
	if (code && strlen(code) > 200)
		code = NULL;
	char key[96];
	bool keep = code && *code && dossier_limit_check(http_client_address(req), dossier_now()) == 0
	            && lookup_page_key(req, code, key);
	if (keep && lookup_kept(req, code, key))
		return;
	lookup_render(req, code, &e, 200, keep ? key : NULL);
}

void page_lookup_rate(struct http_request *req)
{
	if (!form_csrf_ok(req))
		return;
	const char *code = http_param(req, "code");
	if (dossier_limit_check(http_client_address(req), dossier_now()) != 0) {
		lookup_render(req, code, &(struct form_errors){ .form = "rating" }, 429, NULL);
		return;
	}
	struct dossier_rating r = { .comment = http_form(req, "comment") };
	struct form_errors e = { .form = "rating" };
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++) {
		int64_t v;
		if (http_form_int(req, dossier_rating_keys[i], 1, DOSSIER_RATING_MAX, &v) != HTTP_INT_OK)
			form_error_add(&e, dossier_rating_keys[i], T(req, "Choose a score from 1 to 5."));
		else
			r.scores[i] = (int)v;
	}
	if (e.n) {
		lookup_render(req, code, &e, 422, NULL);
		return;
	}
	struct org_error err = { 0 };
	enum org_result res = dossier_rate(req->store, &req->arena, code, &r, &err);
	if (res == ORG_NOT_FOUND)
		dossier_limit_miss(http_client_address(req), dossier_now());
	if (res == ORG_OK || res == ORG_CONFLICT) {
		reply_redirect(req, arena_printf(&req->arena, "/lookup?code=%s", code));
		return;
	}
	if (res == ORG_INVALID) {
		form_error_add(&e, err.field, form_message(req, err.detail));
		lookup_render(req, code, &e, 422, NULL);
		return;
	}
	form_reply_failure(req, res, "rating");
}
