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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http/reply.h"
#include "store/store.h"
#include "target/target_board.h"
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

/* 422 with every issue, in row order. */
static void reply_issues(struct http_request *req, struct io_issues *l)
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
	char *text = json_dumps(p, JSON_COMPACT);
	json_decref(p);
	if (text == NULL) {
		reply_internal_error(req, "problem");
		return;
	}
	reply_bytes(req, 422, text, strlen(text), "application/problem+json");
}

struct import_job {
	struct arena *a;
	const struct principal *who;
	int year;
	const struct import_row *rows;
	size_t n;
	struct io_issues *issues;
	size_t issues_before;     /* issues found before the transaction */
	int imported, corrected;
};

struct unit_seen {
	const char *code;
	bool found, may;
	struct org_unit u;
};

static int target_code_cmp(const void *pa, const void *pb)
{
	const struct target *x = pa, *y = pb;
	return strcmp(x->code, y->code);
}

/* Maps target_report_in's field names to the sheet's columns. */
static const char *column_of_field(const char *field)
{
	if (field == NULL)
		return NULL;
	if (strcmp(field, "target_id") == 0)
		return "target_code";
	if (strcmp(field, "unit_id") == 0)
		return "unit_code";
	return field;
}

static enum org_result import_body(struct store *st, void *p)
{
	struct import_job *j = p;
	struct arena *a = j->a;
	j->issues->n = j->issues_before; /* a retry starts over */
	j->imported = j->corrected = 0;

	struct target_filter tf = { .year = j->year, .parent_id = -1 };
	struct target *targets;
	size_t nt;
	enum store_status s = target_list(st, &tf, a, &targets, &nt);
	if (s != STORE_OK)
		return s == STORE_SOFT_ERROR ? ORG_BUSY : ORG_FAILED;
	qsort(targets, nt, sizeof *targets, target_code_cmp);

	struct unit_seen *units = arena_alloc(a, (j->n ? j->n : 1) * sizeof *units);
	size_t nunits = 0;
	const struct target **row_target = arena_alloc(a, (j->n ? j->n : 1) * sizeof *row_target);
	const struct unit_seen **row_unit = arena_alloc(a, (j->n ? j->n : 1) * sizeof *row_unit);

	for (size_t i = 0; i < j->n; i++) {
		const struct import_row *r = &j->rows[i];
		struct target key = { .code = r->target_code };
		const struct target *t = bsearch(&key, targets, nt, sizeof *targets, target_code_cmp);
		if (t == NULL)
			io_issue_add(j->issues, a, r->row_no, "target_code",
			             arena_printf(a, "No target has the code %s in %d.", r->target_code,
			                          j->year));
		struct unit_seen *u = NULL;
		for (size_t k = 0; k < nunits && !u; k++)
			if (strcmp(units[k].code, r->unit_code) == 0)
				u = &units[k];
		if (u == NULL) {
			u = &units[nunits++];
			u->code = r->unit_code;
			s = org_unit_get_by_code(st, r->unit_code, a, &u->u);
			if (s != STORE_OK && s != STORE_NOT_FOUND)
				return s == STORE_SOFT_ERROR ? ORG_BUSY : ORG_FAILED;
			u->found = s == STORE_OK;
			u->may = u->found && org_allows(st, a, j->who, PERM_REPORT, u->u.id);
		}
		row_target[i] = t;
		row_unit[i] = u;
		if (!u->found) {
			io_issue_add(j->issues, a, r->row_no, "unit_code",
			             arena_printf(a, "No unit has the code %s.", r->unit_code));
			continue;
		}
		if (t == NULL)
			continue;
		if (u->u.id != t->owner_unit_id) {
			io_issue_add(j->issues, a, r->row_no, "unit_code",
			             arena_printf(a, "Target %s is reported by its owner unit, not by %s; "
			                          "a ward's figure goes on the ward's breakdown target.",
			                          t->code, r->unit_code));
			continue;
		}
		const char *field, *detail;
		if (!target_value_check(t, r->period_no, r->value, &field, &detail)) {
			io_issue_add(j->issues, a, r->row_no, column_of_field(field), detail);
			continue;
		}
		if (!u->may)
			io_issue_add(j->issues, a, r->row_no, "unit_code",
			             arena_printf(a, "You may not report figures for unit %s.",
			                          r->unit_code));
	}
	if (j->issues->n > 0)
		return ORG_INVALID;

	for (size_t i = 0; i < j->n; i++) {
		const struct import_row *r = &j->rows[i];
		struct measurement m = {
			.target_id = row_target[i]->id, .unit_id = row_unit[i]->u.id,
			.period_no = r->period_no, .value = r->value, .note = r->note,
		};
		bool corrected = false;
		struct org_error err = { 0 };
		enum org_result res = target_report_in(st, a, j->who, &m, &corrected, &err);
		if (res == ORG_INVALID || res == ORG_FORBIDDEN) {
			io_issue_add(j->issues, a, r->row_no,
			             res == ORG_FORBIDDEN ? "unit_code" : column_of_field(err.field),
			             res == ORG_FORBIDDEN ? "You may not report figures for this unit."
			                                  : err.detail ? err.detail : "Invalid.");
			return ORG_INVALID;
		}
		if (res != ORG_OK)
			return res;
		j->imported++;
		j->corrected += corrected;
	}
	return ORG_OK;
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
	struct arena *a = &req->arena;
	struct io_issues issues = { 0 };
	struct io_sheet sheet;
	const char *error = NULL;
	int error_row = 0;
	bool read = xlsx ? target_io_read_xlsx(req->body, req->body_len, a, &sheet, &error)
	                 : target_io_read_csv(req->body ? req->body : "", req->body_len, a, &sheet,
	                                      &error, &error_row);
	if (!read) {
		io_issue_add(&issues, a, error_row ? error_row : 1, NULL, error);
		reply_issues(req, &issues);
		return;
	}
	struct import_row *rows;
	size_t n = target_io_import_rows(&sheet, a, &rows, &issues);
	target_io_find_duplicates(rows, n, a, &issues);
	if (n == 0 && issues.n == 0)
		io_issue_add(&issues, a, 2, NULL, "The file has a header but no figures.");
	if (n == 0) {
		reply_issues(req, &issues);
		return;
	}
	struct import_job job = {
		.a = a, .who = http_principal(req), .year = (int)year, .rows = rows, .n = n,
		.issues = &issues, .issues_before = issues.n,
	};
	enum org_result r = org_in_transaction(req->store, import_body, &job);
	if (r == ORG_INVALID) {
		reply_issues(req, &issues);
		return;
	}
	if (r != ORG_OK) {
		api_reply_org_result(req, r, NULL);
		return;
	}
	reply_json(req, 200, json_pack("{s:i, s:i, s:i}", "imported", job.imported,
	                               "corrected", job.corrected, "year", (int)year));
}
