/*
 * api_targets_io.c: the target board as a spreadsheet, and figures
 * imported from one.
 *
 *   GET  /api/v1/targets/export.csv?year=&as_of=    public, like the board
 *   GET  /api/v1/targets/export.xlsx?year=&as_of=
 *   POST /api/v1/targets/import?year=YYYY           signed in; body text/csv or xlsx
 *
 * An import is all or nothing: every row is checked (the target exists in
 * the year, the unit is its owner unit, the period and value suit the
 * target, no row repeats another, the importer may report for the unit),
 * and only when no row is wrong are the figures reported, all in one
 * transaction.  Otherwise 422 lists every problem as {row, field, detail}.
 */
#include "api/api.h"
#include "target/target_handlers.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http/reply.h"
#include "store/store.h"
#include "target/target_board.h"
#include "target/target_import_service.h"
#include "target/target_io.h"
#include "target/target_service.h"
#include "org/org_service.h"


#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/* Owner unit names for the export, each unit read once. */
struct unit_names {
	struct store *st;
	struct arena *a;
	int64_t *ids;
	const char **names;
	size_t n, cap;
};

static const char *unit_name(void *ctx, int64_t id)
{
	struct unit_names *u = ctx;
	for (size_t i = 0; i < u->n; i++)
		if (u->ids[i] == id)
			return u->names[i];
	struct org_unit unit;
	const char *name = org_unit_get(u->st, id, u->a, &unit) == STORE_OK ? unit.name
	                                                                          : "";
	if (u->n == u->cap) {
		size_t cap = u->cap ? u->cap * 2 : 32;
		int64_t *ids = arena_alloc(u->a, cap * sizeof *ids);
		const char **names = arena_alloc(u->a, cap * sizeof *names);
		if (u->n) {
			memcpy(ids, u->ids, u->n * sizeof *ids);
			memcpy(names, u->names, u->n * sizeof *names);
		}
		u->ids = ids;
		u->names = names;
		u->cap = cap;
	}
	u->ids[u->n] = id;
	u->names[u->n++] = name;
	return name;
}

static void export(struct http_request *req, bool xlsx)
{
	int year;
	int64_t as_of;
	if (!api_year_as_of(req, &year, &as_of))
		return;
	struct board b;
	if (target_board_load(req->store, &req->arena, year, as_of, &b) != STORE_OK) {
		reply_internal_error(req, "board");
		return;
	}
	struct unit_names names = { .st = req->store, .a = &req->arena };
	struct io_table t;
	target_io_board_table(&b, unit_name, &names, &req->arena, &t);
	size_t len = 0;
	char *data = xlsx ? target_io_xlsx(&t, NULL, &len) : target_io_csv(&t, &len);
	if (data == NULL) {
		reply_internal_error(req, xlsx ? "writing the xlsx export" : "writing the CSV export");
		return;
	}
	reply_bytes(req, 200, data, len, xlsx ? XLSX_TYPE : "text/csv; charset=utf-8");
	reply_header(req, "Content-Disposition",
	             arena_printf(&req->arena, "attachment; filename=\"chi-tieu-%d.%s\"", year,
	                          xlsx ? "xlsx" : "csv"));
}

void api_targets_export_csv(struct http_request *req)
{
	export(req, false);
}

void api_targets_export_xlsx(struct http_request *req)
{
	export(req, true);
}

/* ---- import ---------------------------------------------------------------- */

enum { MAX_ISSUES_SHOWN = 500 };

static int issue_cmp(const void *pa, const void *pb)
{
	const struct io_issue *x = pa, *y = pb;
	if (x->row != y->row)
		return (x->row > y->row) - (x->row < y->row);
	return strcmp(x->field ? x->field : "", y->field ? y->field : "");
}

/*
 * 422 with every issue, in row order; a file refused for a limit also
 * names the limit ("limit": "rows", "max": 100000).
 */
static void reply_issues(struct http_request *req, struct io_issues *l,
                         const struct io_read_error *e)
{
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
	json_t *p = json_pack("{s:s, s:s, s:i, s:s, s:s, s:o, s:I}",
	                      "type", "/problems/invalid-rows", "title", "Invalid rows",
	                      "status", 422, "detail", detail, "instance", req->path,
	                      "errors", errors, "errors_total", (json_int_t)l->n);
	if (l->n && l->v[0].field)
		json_object_set_new(p, "field", json_string(l->v[0].field));
	if (e && e->limit) {
		json_object_set_new(p, "limit", json_string(e->limit));
		json_object_set_new(p, "max", json_integer(e->max));
	}
	char *text = json_dumps(p, JSON_COMPACT);
	json_decref(p);
	if (text == NULL) {
		reply_internal_error(req, "problem");
		return;
	}
	reply_bytes(req, 422, text, strlen(text), "application/problem+json");
}

/* The media type of the request, lower-cased, without parameters; "" if none. */
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

/*
 * An import runs on the slow-work pool (http_defer), never on an HTTP
 * thread: reading and checking a large file takes up to about a second,
 * and the HTTP threads answer everyone else meanwhile.  One import runs at
 * a time: the pool has two threads, and sign-ins (argon2id, 64 MiB each)
 * must keep one; an import's memory is bounded by the file limits
 * (target_io.h), so one at a time bounds it for the process too.
 */
static atomic_bool import_running;

struct import_req {
	int year;
	bool xlsx;
	bool busy;                 /* another import was running: 503 */
	struct io_read_error read_error;
	bool read_failed;
	struct io_issues issues;
	enum org_result result;
	const char *conflict;
	int imported, corrected;
};

static void import_run(struct http_request *req, struct import_req *j)
{
	struct arena *a = &req->arena;
	struct io_sheet sheet;
	bool read = j->xlsx ? target_io_read_xlsx(req->body, req->body_len, a, &sheet,
	                                          &j->read_error)
	                    : target_io_read_csv(req->body ? req->body : "", req->body_len, a,
	                                         &sheet, &j->read_error);
	if (!read) {
		j->read_failed = true;
		return;
	}
	struct import_row *rows;
	size_t n = target_io_import_rows(&sheet, a, &rows, &j->issues);
	target_io_find_duplicates(rows, n, a, &j->issues);
	if (n == 0 && j->issues.n == 0)
		io_issue_add(&j->issues, a, 2, NULL, "The file has a header but no figures.");
	if (n == 0) {
		j->result = ORG_INVALID;
		return;
	}
	/* The rows that parsed are checked too: the user gets every problem at once. */
	struct import_plan *plan;
	const struct principal *who = http_principal(req);
	j->result = target_import_check(req->store, a, who, j->year, rows, n, &j->issues, &plan);
	if (j->result == ORG_OK && j->issues.n > 0)
		j->result = ORG_INVALID;
	if (j->result == ORG_OK)
		j->result = target_import_write(req->store, a, who, plan, &j->imported,
		                                &j->corrected, &j->conflict);
}

/* On a pool thread. */
static void import_work(struct http_request *req)
{
	struct import_req *j = req->defer_data;
	bool idle = false;
	if (!atomic_compare_exchange_strong(&import_running, &idle, true)) {
		j->busy = true;
		return;
	}
	import_run(req, j);
	atomic_store(&import_running, false);
}

static void import_reply(struct http_request *req)
{
	struct import_req *j = req->defer_data;
	if (j->busy) {
		reply_problem(req, 503, "/problems/import-busy", "Another import is running",
		              "Another file is being imported; send this one again in a minute.",
		              NULL);
		reply_header(req, MHD_HTTP_HEADER_RETRY_AFTER, "30");
		return;
	}
	if (j->read_failed) {
		io_issue_add(&j->issues, &req->arena, j->read_error.row ? j->read_error.row : 1, NULL,
		             j->read_error.detail);
		reply_issues(req, &j->issues, &j->read_error);
		return;
	}
	switch (j->result) {
	case ORG_OK:
		reply_json(req, 200, json_pack("{s:i, s:i, s:i}", "imported", j->imported,
		                               "corrected", j->corrected, "year", j->year));
		return;
	case ORG_INVALID:
		reply_issues(req, &j->issues, NULL);
		return;
	case ORG_CONFLICT:
		reply_problem(req, 409, "/problems/import-conflict", "The data changed",
		              j->conflict ? j->conflict : "The data changed; nothing was imported.",
		              NULL);
		return;
	default:
		api_reply_org_result(req, j->result, NULL);
		return;
	}
}

void api_targets_import(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	int64_t year;
	if (http_query_int(req, "year", 2000, 2100, &year) != HTTP_INT_OK) {
		reply_problem(req, 400, "/problems/invalid-query", "Invalid query parameter",
		              "'year' is required: the year of the targets, from 2000 to 2100.",
		              "year");
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
	struct import_req *j = arena_alloc(&req->arena, sizeof *j);
	j->year = (int)year;
	j->xlsx = xlsx;
	req->defer_data = j;
	http_defer(req, import_work, import_reply);
}
