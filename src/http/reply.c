/* reply.c: see reply.h. */
#include "http/reply.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/cache.h"
#include "http/router.h"
#include "store/store.h"

/* Seconds: long enough for a database restart, short enough that nobody gives up. */
#define STORE_RETRY_AFTER "5"

bool http_is_api_path(const char *path)
{
	return strncmp(path, "/api/", 5) == 0 || strcmp(path, "/api") == 0;
}

static void set_response(struct http_request *req, unsigned int status,
                         struct MHD_Response *resp, size_t bytes, const char *type)
{
	if (req->response)
		MHD_destroy_response(req->response);
	req->response = resp;
	req->status = status;
	req->bytes = bytes;
	if (resp && type)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, type);
}

void reply_bytes(struct http_request *req, unsigned int status, char *data, size_t len,
                 const char *type)
{
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE);
	if (resp == NULL)
		free(data);
	set_response(req, status, resp, len, type);
}

void reply_body(struct http_request *req, unsigned int status, struct http_body *body,
                const char *type)
{
	set_response(req, status, http_body_response(body), http_body_len(body), type);
}

static void reply_json_typed(struct http_request *req, unsigned int status, json_t *body,
                             const char *type)
{
	char *text = json_dumps(body, JSON_COMPACT | JSON_ENCODE_ANY);
	json_decref(body);
	if (text == NULL) {
		set_response(req, 500, NULL, 0, NULL);
		return;
	}
	reply_bytes(req, status, text, strlen(text), type);
}

void reply_json(struct http_request *req, unsigned int status, json_t *body)
{
	reply_json_typed(req, status, body, "application/json");
}

void reply_json_text(struct http_request *req, unsigned int status, char *text, size_t len)
{
	reply_bytes(req, status, text, len, "application/json");
}

void reply_not_modified(struct http_request *req)
{
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
	set_response(req, 304, resp, 0, NULL);
}

void reply_html(struct http_request *req, unsigned int status, char *html, size_t len)
{
	reply_bytes(req, status, html, len, "text/html; charset=utf-8");
}

void reply_text(struct http_request *req, unsigned int status, const char *text)
{
	char *copy = strdup(text);
	if (copy == NULL) {
		set_response(req, 500, NULL, 0, NULL);
		return;
	}
	reply_bytes(req, status, copy, strlen(copy), "text/plain; charset=utf-8");
}

/* Installed by the web layer at start-up; the HTTP layer knows no pages. */
static reply_page_fn problem_page;

void reply_set_problem_page(reply_page_fn page)
{
	problem_page = page;
}

void reply_problem(struct http_request *req, unsigned int status, const char *type,
                   const char *title, const char *detail, const char *field)
{
	if (req->path && !http_is_api_path(req->path) && problem_page) {
		/*
		 * Pages get the site's own error page, in the reader's language, so
		 * nobody is stranded.  TITLE and DETAIL are our constant strings;
		 * the page escapes them all the same.
		 */
		problem_page(req, status, title, detail);
		return;
	}
	json_t *p = json_pack("{s:s, s:s, s:i, s:s}", "type", type, "title", title,
	                      "status", (int)status, "detail", detail ? detail : title);
	if (p && field)
		json_object_set_new(p, "field", json_string(field));
	if (p && req->path)
		json_object_set_new(p, "instance", json_string(req->path));
	reply_json_typed(req, status, p, "application/problem+json");
}

void reply_not_found(struct http_request *req)
{
	reply_problem(req, 404, "about:blank", "Not Found",
	              "There is nothing at this address.", NULL);
}

void reply_method_not_allowed(struct http_request *req, unsigned int methods)
{
	char allow[128];
	router_allow_header(methods, allow, sizeof allow);
	char *detail = arena_printf(&req->arena, "This address accepts %s.", allow);
	reply_problem(req, 405, "about:blank", "Method Not Allowed", detail, NULL);
	reply_header(req, MHD_HTTP_HEADER_ALLOW, allow);
}

void reply_internal_error(struct http_request *req, const char *what)
{
	/* A database that is down or locked is no fault of the request: 503, not 500. */
	if (req->store && req->store->ops->unavailable && req->store->ops->unavailable(req->store)) {
		reply_store_unavailable(req, what);
		return;
	}
	fprintf(stderr, "error: %s %s: %s\n", req->method_name, req->path, what);
	reply_problem(req, 500, "about:blank", "Internal Server Error",
	              "The server could not complete the request; it has been logged.", NULL);
}

void reply_unavailable(struct http_request *req, const char *what)
{
	fprintf(stderr, "unavailable: %s %s: %s\n", req->method_name, req->path, what);
	reply_problem(req, 503, "about:blank", "Service Unavailable",
	              "The database is busy; try again in a moment.", NULL);
	reply_header(req, MHD_HTTP_HEADER_RETRY_AFTER, "1");
}

void reply_store_unavailable(struct http_request *req, const char *what)
{
	fprintf(stderr, "unavailable: %s %s: database: %s\n", req->method_name, req->path, what);
	reply_problem(req, 503, "/problems/unavailable", "Service Unavailable",
	              "The service is briefly unavailable; try again in a moment.", NULL);
	reply_header(req, MHD_HTTP_HEADER_RETRY_AFTER, STORE_RETRY_AFTER);
}

void reply_redirect(struct http_request *req, const char *location)
{
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
	set_response(req, 303, resp, 0, NULL);
	reply_header(req, MHD_HTTP_HEADER_LOCATION, location);
}

void reply_header(struct http_request *req, const char *name, const char *value)
{
	if (req->response)
		MHD_add_response_header(req->response, name, value);
}

bool reply_unless_found(struct http_request *req, int store_status)
{
	if (store_status == STORE_NOT_FOUND)
		reply_not_found(req);
	else if (store_status != STORE_OK)
		reply_internal_error(req, store_status_name((enum store_status)store_status));
	return store_status == STORE_OK;
}
