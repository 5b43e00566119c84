/* request.c: accessors for struct http_request (see request.h). */
#include "http/request.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http/html.h"
#include "http/reply.h"
#include "text/vntext.h"

const char *http_param(const struct http_request *req, const char *name)
{
	for (size_t i = 0; i < req->nparams; i++)
		if (strcmp(req->params[i].name, name) == 0)
			return req->params[i].value;
	return NULL;
}

int64_t http_parse_id(const char *s)
{
	if (s == NULL || *s < '1' || *s > '9')
		return 0;
	errno = 0;
	char *end;
	long long v = strtoll(s, &end, 10);
	if (errno || *end != '\0' || v <= 0)
		return 0;
	return (int64_t)v;
}

enum http_int http_parse_int(const char *s, int64_t min, int64_t max, int64_t *out)
{
	if (s == NULL || *s == '\0')
		return HTTP_INT_ABSENT;
	const char *digits = *s == '-' ? s + 1 : s;
	if (*digits < '0' || *digits > '9')
		return HTTP_INT_INVALID;
	errno = 0;
	char *end;
	long long v = strtoll(s, &end, 10);
	if (errno || *end != '\0' || v < min || v > max)
		return HTTP_INT_INVALID;
	*out = (int64_t)v;
	return HTTP_INT_OK;
}

enum http_int http_query_int(const struct http_request *req, const char *name, int64_t min,
                             int64_t max, int64_t *out)
{
	return http_parse_int(http_query(req, name), min, max, out);
}

enum http_int http_form_int(const struct http_request *req, const char *name, int64_t min,
                            int64_t max, int64_t *out)
{
	return http_parse_int(http_form(req, name), min, max, out);
}

int64_t http_param_id(const struct http_request *req, const char *name)
{
	return http_parse_id(http_param(req, name));
}

const char *http_query(const struct http_request *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, name);
}

const char *http_header(const struct http_request *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

const char *http_form(const struct http_request *req, const char *name)
{
	for (const struct form_field *f = req->form; f; f = f->next)
		if (strcmp(f->key, name) == 0)
			return f->value;
	return NULL;
}

/* True when the Content-Type's media type is application/json (any params). */
static bool is_json_type(const char *ct)
{
	if (ct == NULL)
		return false;
	size_t n = strcspn(ct, "; \t");
	return n == 16 && strncasecmp(ct, "application/json", 16) == 0;
}

json_t *http_json_body(struct http_request *req)
{
	if (!is_json_type(http_header(req, MHD_HTTP_HEADER_CONTENT_TYPE))) {
		reply_problem(req, 415, "about:blank", "Unsupported Media Type",
		              "Send the body as application/json.", NULL);
		return NULL;
	}
	if (req->body_len == 0) {
		reply_problem(req, 400, "about:blank", "Bad Request",
		              "The request has no body; send a JSON object.", NULL);
		return NULL;
	}
	if (!vn_valid_utf8(req->body, req->body_len)) {
		reply_problem(req, 400, "about:blank", "Bad Request",
		              "The body is not valid UTF-8 text.", NULL);
		return NULL;
	}
	json_error_t jerr;
	json_t *v = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &jerr);
	if (v == NULL) {
		char *detail = arena_printf(&req->arena, "Malformed JSON at line %d, column %d: %s",
		                            jerr.line, jerr.column, jerr.text);
		reply_problem(req, 400, "about:blank", "Bad Request", detail, NULL);
		return NULL;
	}
	req->json = v;
	return v;
}

/* The path and query of the request, %-encoded, for a "come back here" link. */
struct here_ctx {
	struct html h;
	bool first;
};

static enum MHD_Result here_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                const char *value)
{
	(void)kind;
	struct here_ctx *c = cls;
	html_raw(&c->h, c->first ? "?" : "&");
	c->first = false;
	html_url_arg(&c->h, key);
	if (value) {
		html_raw(&c->h, "=");
		html_url_arg(&c->h, value);
	}
	return MHD_YES;
}

const char *http_request_uri(struct http_request *req)
{
	struct here_ctx c = { .first = true };
	html_url_arg(&c.h, req->path);
	MHD_get_connection_values(req->conn, MHD_GET_ARGUMENT_KIND, here_arg, &c);
	size_t len;
	char *s = html_take(&c.h, &len);
	char *out = arena_strdup(&req->arena, s);
	free(s);
	return out;
}
