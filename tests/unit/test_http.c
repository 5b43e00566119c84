/*
 * test_http.c: the pure parts of the HTTP layer — route matching, the Allow
 * header, HTML escaping, JSON field tables, id parsing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "api/json_input.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "org/org.h"

static void h_list(struct http_request *r) { (void)r; }
static void h_create(struct http_request *r) { (void)r; }
static void h_get(struct http_request *r) { (void)r; }
static void h_tree(struct http_request *r) { (void)r; }
static void h_static(struct http_request *r) { (void)r; }

static const struct route table[] = {
	{ HTTP_GET, "/api/v1/units", h_list, 0 },
	{ HTTP_POST, "/api/v1/units", h_create, 0 },
	{ HTTP_GET, "/api/v1/units/{id}", h_get, 0 },
	{ HTTP_GET, "/api/v1/units/{id}/tree", h_tree, 0 },
	{ HTTP_GET, "/static/{*path}", h_static, 0 },
	{ 0, NULL, NULL, 0 },
};

static http_handler route(struct http_request *req, enum http_method m, const char *path,
                          unsigned int *allowed)
{
	req->method = m;
	req->path = path;
	req->nparams = 0;
	return router_match(table, req, allowed);
}

static void test_routes_match_by_method_and_path(void **state)
{
	(void)state;
	struct http_request req = { 0 };
	unsigned int allowed;
	assert_ptr_equal(route(&req, HTTP_GET, "/api/v1/units", &allowed), h_list);
	assert_ptr_equal(route(&req, HTTP_POST, "/api/v1/units", &allowed), h_create);
	assert_ptr_equal(route(&req, HTTP_HEAD, "/api/v1/units", &allowed), h_list);
	assert_ptr_equal(route(&req, HTTP_GET, "/api/v1/units/42/tree", &allowed), h_tree);
	assert_string_equal(http_param(&req, "id"), "42");
	assert_int_equal(http_param_id(&req, "id"), 42);
	assert_ptr_equal(route(&req, HTTP_GET, "/static/css/app.css", &allowed), h_static);
	assert_string_equal(http_param(&req, "path"), "css/app.css");
	arena_free(&req.arena);
}

static void test_unknown_paths_and_wrong_methods(void **state)
{
	(void)state;
	struct http_request req = { 0 };
	unsigned int allowed;
	assert_null(route(&req, HTTP_GET, "/api/v1/unit", &allowed));
	assert_int_equal(allowed, 0);
	assert_null(route(&req, HTTP_GET, "/api/v1/units/", &allowed));
	assert_null(route(&req, HTTP_GET, "/api/v1/units/42/tree/x", &allowed));
	assert_null(route(&req, HTTP_GET, "/static/", &allowed));
	assert_int_equal(allowed, 0);

	assert_null(route(&req, HTTP_DELETE, "/api/v1/units", &allowed));
	assert_int_equal(allowed, HTTP_GET | HTTP_HEAD | HTTP_POST);
	char allow[64];
	router_allow_header(allowed, allow, sizeof allow);
	assert_string_equal(allow, "GET, HEAD, POST");
	assert_null(route(&req, HTTP_PATCH, "/api/v1/units/7/tree", &allowed));
	router_allow_header(allowed, allow, sizeof allow);
	assert_string_equal(allow, "GET, HEAD");
	arena_free(&req.arena);
}

static void test_ids(void **state)
{
	(void)state;
	assert_int_equal(http_parse_id("1"), 1);
	assert_int_equal(http_parse_id("9223372036854775807"), INT64_MAX);
	assert_int_equal(http_parse_id("9223372036854775808"), 0);
	assert_int_equal(http_parse_id("0"), 0);
	assert_int_equal(http_parse_id("007"), 0);
	assert_int_equal(http_parse_id("-3"), 0);
	assert_int_equal(http_parse_id("3a"), 0);
	assert_int_equal(http_parse_id(""), 0);
	assert_int_equal(http_parse_id(NULL), 0);
}

static void test_html_escapes_by_context(void **state)
{
	(void)state;
	struct html h = { 0 };
	html_txt(&h, "<script>alert('x')</script> & \"q\"");
	assert_string_equal(h.buf, "&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\"");
	html_free(&h);
	html_attr(&h, "a\"b'c<d>&");
	assert_string_equal(h.buf, "a&quot;b&#39;c&lt;d&gt;&amp;");
	html_free(&h);
	html_raw(&h, "<b>");
	html_txt(&h, "Phước Long");
	html_rawf(&h, "</b>%d", 13);
	size_t len;
	char *out = html_take(&h, &len);
	assert_string_equal(out, "<b>Phước Long</b>13");
	assert_int_equal(len, strlen(out));
	free(out);
}

#define F(name, type) { #name, type, offsetof(struct org_unit, name) }
static const struct json_field fields[] = {
	{ "id", JF_IGNORED, 0 },
	F(name, JF_STRING),
	F(valid_to, JF_OPT_STRING),
	F(parent_id, JF_OPT_ID),
};

static bool apply(const char *text, struct org_unit *u, struct arena *a,
                  struct org_error *err)
{
	json_t *v = json_loads(text, JSON_ALLOW_NUL, NULL); /* reach our own NUL check */
	assert_non_null(v);
	bool ok = json_apply(v, fields, sizeof fields / sizeof fields[0], u, a, err);
	json_decref(v);
	return ok;
}

static void test_json_fields_by_table(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct org_unit u = { .valid_to = "2020-12-31", .parent_id = 5 };
	struct org_error err = { 0 };
	assert_true(apply("{\"id\": 3, \"name\": \"Quận 9\", \"valid_to\": null, "
	                  "\"parent_id\": 1}", &u, &a, &err));
	assert_string_equal(u.name, "Quận 9");
	assert_null(u.valid_to);
	assert_int_equal(u.parent_id, 1);
	assert_true(apply("{\"parent_id\": null}", &u, &a, &err));
	assert_int_equal(u.parent_id, 0);

	assert_false(apply("{\"name\": 5}", &u, &a, &err));
	assert_string_equal(err.field, "name");
	assert_false(apply("{\"name\": null}", &u, &a, &err));
	assert_string_equal(err.field, "name");
	assert_false(apply("{\"parent_id\": -4}", &u, &a, &err));
	assert_string_equal(err.field, "parent_id");
	assert_false(apply("{\"parent_id\": \"4\"}", &u, &a, &err));
	assert_string_equal(err.field, "parent_id");
	assert_false(apply("{\"colour\": \"red\"}", &u, &a, &err));
	assert_string_equal(err.field, "colour");
	assert_false(apply("{\"name\": \"a\\u0000b\"}", &u, &a, &err));
	assert_string_equal(err.field, "name");
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_routes_match_by_method_and_path),
		cmocka_unit_test(test_unknown_paths_and_wrong_methods),
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_html_escapes_by_context),
		cmocka_unit_test(test_json_fields_by_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
