/*
 * task_api_import.c: POST /api/v1/import/people and /api/v1/import/tasks —
 * the command line's import over HTTP, for administrators: the file itself
 * as the body (text/csv or xlsx), all or nothing, every problem named by
 * row and column in a 422 problem.  Runs on the slow-work pool, one import
 * at a time.
 */
#include "api/api.h"
#include "task/task_handlers.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "task/task_import.h"
#include "task/task_service.h"

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
enum { MAX_ISSUES_SHOWN = 500 };

static atomic_bool import_running;

struct import_job {
	enum task_import_kind kind;
	bool xlsx, busy;
	struct task_import_result r;
};

static void import_work(struct http_request *req)
{
	struct import_job *j = req->defer_data;
	bool idle = false;
	if (!atomic_compare_exchange_strong(&import_running, &idle, true)) {
		j->busy = true;
		return;
	}
	task_import(req->store, &req->arena, http_principal(req), j->kind, req->body,
	            req->body_len, j->xlsx, NULL, NULL, &j->r);
	atomic_store(&import_running, false);
}

static int issue_cmp(const void *x, const void *y)
{
	const struct io_issue *a = x, *b = y;
	return a->row - b->row;
}

static void import_reply(struct http_request *req)
{
	struct import_job *j = req->defer_data;
	if (j->busy) {
		reply_problem(req, 503, "/problems/import-busy", "Another import is running",
		              "Another file is being imported; send this one again in a minute.", NULL);
		reply_header(req, MHD_HTTP_HEADER_RETRY_AFTER, "30");
		return;
	}
	struct io_issues *l = &j->r.issues;
	if (j->r.result == ORG_OK) {
		reply_json(req, 200, json_pack("{s:I, s:I}", "created", (json_int_t)j->r.created,
		                               "updated", (json_int_t)j->r.updated));
		return;
	}
	if ((j->r.result != ORG_INVALID && j->r.result != ORG_CONFLICT) || l->n == 0) {
		api_reply_org_result(req, j->r.result, NULL);
		return;
	}
	/* A refusal of rows, never 403: an administrator's reach is per row's unit. */
	qsort(l->v, l->n, sizeof *l->v, issue_cmp);
	json_t *errors = json_array();
	for (size_t i = 0; i < l->n && i < MAX_ISSUES_SHOWN; i++)
		json_array_append_new(errors, json_pack("{s:i, s:o, s:s}", "row", l->v[i].row,
		                                        "field", l->v[i].field
		                                                 ? json_string(l->v[i].field)
		                                                 : json_null(),
		                                        "detail", l->v[i].detail));
	const char *detail = l->n == 1
		? arena_printf(&req->arena, "Row %d: %s Nothing was imported.", l->v[0].row,
		               l->v[0].detail)
		: arena_printf(&req->arena, "%zu problems in the file%s; nothing was imported.", l->n,
		               l->n > MAX_ISSUES_SHOWN ? " (the first 500 are listed)" : "");
	unsigned status = j->r.result == ORG_CONFLICT ? 409 : 422;
	json_t *p = json_pack("{s:s, s:s, s:i, s:s, s:s, s:o, s:I}",
	                      "type", "/problems/invalid-rows", "title", "Invalid rows",
	                      "status", (int)status, "detail", detail, "instance", req->path,
	                      "errors", errors, "errors_total", (json_int_t)l->n);
	if (l->v[0].field)
		json_object_set_new(p, "field", json_string(l->v[0].field));
	if (j->r.read_failed && j->r.read_error.limit) {
		json_object_set_new(p, "limit", json_string(j->r.read_error.limit));
		json_object_set_new(p, "max", json_integer(j->r.read_error.max));
	}
	char *text = json_dumps(p, JSON_COMPACT);
	json_decref(p);
	if (text == NULL) {
		reply_internal_error(req, "problem");
		return;
	}
	reply_bytes(req, status, text, strlen(text), "application/problem+json");
}

/* The media type, lower-cased, without parameters; "" if none. */
static const char *media_type(struct http_request *req)
{
	const char *ct = http_header(req, MHD_HTTP_HEADER_CONTENT_TYPE);
	if (ct == NULL)
		return "";
	size_t n = strcspn(ct, ";");
	while (n && (ct[n - 1] == ' ' || ct[n - 1] == '\t'))
		n--;
	char *m = arena_strndup(&req->arena, ct, n);
	for (char *p = m; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return m;
}

static void import(struct http_request *req, enum task_import_kind kind)
{
	if (!http_require_signed_in(req))
		return;
	/* Administrators only; which units each may touch is decided per row. */
	if (!policy_allows_somewhere(http_principal(req), PERM_IMPORT_TASKS)) {
		http_forbidden(req);
		return;
	}
	const char *type = media_type(req);
	bool xlsx = strcmp(type, XLSX_TYPE) == 0;
	bool csv = strcmp(type, "text/csv") == 0 || strcmp(type, "application/csv") == 0;
	if ((!xlsx && !csv) || req->body_kind == BODY_FORM) {
		reply_problem(req, 415, "/problems/unsupported-media-type", "Unsupported Media Type",
		              "Send the file itself as the body, with Content-Type text/csv or "
		              XLSX_TYPE ".", NULL);
		return;
	}
	struct import_job *j = arena_alloc(&req->arena, sizeof *j);
	memset(j, 0, sizeof *j);
	j->kind = kind;
	j->xlsx = xlsx;
	req->defer_data = j;
	http_defer(req, import_work, import_reply);
}

void api_import_people(struct http_request *req)
{
	import(req, TASK_IMPORT_PEOPLE);
}

void api_import_tasks(struct http_request *req)
{
	import(req, TASK_IMPORT_TASKS);
}
