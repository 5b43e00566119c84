/*
 * test_pages.c: what the web layer does with no database behind it — the
 * error page reads nothing from the store, and the anonymous CSRF token is
 * minted once per visitor. The request has no store (NULL) and no
 * connection: any store read would crash here (and ASan would say where).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "http/reply.h"
#include "http/request.h"
#include "http/server.h"
#include "web/web.h"

static struct http_server server;  /* zero: no proxies, cookies without Secure */

static void request_init(struct http_request *req, const char *path)
{
	memset(req, 0, sizeof *req);
	req->server = &server;
	req->store = NULL;
	req->method = HTTP_GET;
	req->method_name = "GET";
	req->path = path;
}

static void request_done(struct http_request *req)
{
	if (req->response)
		MHD_destroy_response(req->response);
	arena_free(&req->arena);
}

static void assert_html_page(struct http_request *req, unsigned int status)
{
	assert_int_equal(req->status, status);
	assert_non_null(req->response);
	const char *type = MHD_get_response_header(req->response, MHD_HTTP_HEADER_CONTENT_TYPE);
	assert_non_null(type);
	assert_string_equal(type, "text/html; charset=utf-8");
	assert_true(req->bytes > 0);
}

static void test_error_pages_read_no_store(void **state)
{
	(void)state;
	web_install();
	struct http_request req;

	request_init(&req, "/khong-co-trang-nay");
	reply_not_found(&req);
	assert_html_page(&req, 404);
	request_done(&req);

	request_init(&req, "/units");
	reply_store_unavailable(&req, "test: the database is gone");
	assert_html_page(&req, 503);
	assert_string_equal(MHD_get_response_header(req.response, MHD_HTTP_HEADER_RETRY_AFTER), "5");
	request_done(&req);

	request_init(&req, "/targets");
	reply_problem(&req, 413, "about:blank", "Content Too Large", NULL, NULL);
	assert_html_page(&req, 413);
	request_done(&req);

	request_init(&req, "/units");
	reply_internal_error(&req, "test: a bug");
	assert_html_page(&req, 500);
	request_done(&req);

	/* The API keeps its problem+json. */
	request_init(&req, "/api/v1/nothing");
	reply_not_found(&req);
	assert_int_equal(req.status, 404);
	assert_string_equal(MHD_get_response_header(req.response, MHD_HTTP_HEADER_CONTENT_TYPE),
	                    "application/problem+json");
	request_done(&req);
}

static void test_anonymous_csrf_minted_once_per_request(void **state)
{
	(void)state;
	struct http_request req;
	request_init(&req, "/login");
	/* Two forms on one page: one token, one cookie. */
	const char *a = http_csrf_token(&req);
	const char *b = http_csrf_token(&req);
	assert_non_null(a);
	assert_string_equal(a, b);
	assert_int_equal(req.ncookies, 1);
	assert_non_null(strstr(req.set_cookie[0], a));
	request_done(&req);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error_pages_read_no_store),
		cmocka_unit_test(test_anonymous_csrf_minted_once_per_request),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
