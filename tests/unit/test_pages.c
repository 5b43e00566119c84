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

/* Numbers typed the way the pages show them (Vietnamese by default), or plainly. */
static void test_form_number_reads_numbers_as_the_pages_write_them(void **state)
{
	(void)state;
	struct http_request req;
	request_init(&req, "/targets/1/report");
	struct form_errors e = { .form = "report" };
	double v = 0;
	/* A count: "1.228" can only be a thousand two hundred and twenty-eight. */
	assert_true(form_number(&req, &e, "value", "1.228", FORM_NUM_WHOLE | FORM_NUM_MIN_ZERO, &v));
	assert_true(v == 1228);
	assert_true(form_number(&req, &e, "value", "1228", FORM_NUM_WHOLE | FORM_NUM_MIN_ZERO, &v));
	assert_true(v == 1228);
	assert_true(form_number(&req, &e, "value", "1.234,5", 0, &v));
	assert_true(v == 1234.5);
	assert_true(form_number(&req, &e, "value", "1234.5", 0, &v));
	assert_true(v == 1234.5);
	assert_true(form_number(&req, &e, "value", "12,5", FORM_NUM_MIN_ZERO, &v));
	assert_true(v == 12.5);
	assert_int_equal(e.n, 0);

	/* A negative count: refused, with the reason beside the field. */
	assert_false(form_number(&req, &e, "value", "-3", FORM_NUM_WHOLE | FORM_NUM_MIN_ZERO, &v));
	assert_non_null(form_error_for(&e, "value"));
	assert_true(strstr(form_error_for(&e, "value"), "negative")
	            || strstr(form_error_for(&e, "value"), "âm"));

	/* Households are whole: 1.234,5 is refused, the example written as the page writes numbers. */
	e = (struct form_errors){ .form = "report" };
	assert_false(form_number(&req, &e, "value", "1.234,5", FORM_NUM_WHOLE, &v));
	assert_non_null(strstr(form_error_for(&e, "value"), "1.228"));

	/* An amount: "1.228" is 1228 or 1.228; the form asks, then takes the same text again. */
	e = (struct form_errors){ .form = "report" };
	assert_false(form_number(&req, &e, "value", "1.228", FORM_NUM_MIN_ZERO, &v));
	assert_string_equal(e.confirm_name, "value");
	assert_string_equal(e.confirm_text, "1.228");

	/* Not a number: the example "1.234,5". */
	e = (struct form_errors){ .form = "report" };
	assert_false(form_number(&req, &e, "value", "mười hai", 0, &v));
	assert_non_null(strstr(form_error_for(&e, "value"), "1.234,5"));
	e = (struct form_errors){ .form = "report" };
	assert_false(form_number(&req, &e, "value", "", 0, &v));
	assert_int_equal(e.n, 1);

	assert_string_equal(web_fmt_number(&req, 1234.5, 2), "1.234,5");
	assert_string_equal(web_fmt_number(&req, 1228, 0), "1.228");
	request_done(&req);
}

static void test_form_date_reads_day_first(void **state)
{
	(void)state;
	struct http_request req;
	request_init(&req, "/units/1");
	struct form_errors e = { .form = "unit" };
	int y, m, d;
	assert_true(form_date(&req, &e, "valid_from", "30/09/2019", &y, &m, &d));
	assert_true(y == 2019 && m == 9 && d == 30);
	assert_true(form_date(&req, &e, "valid_from", "1/4/1997", &y, &m, &d));
	assert_true(y == 1997 && m == 4 && d == 1);
	assert_true(form_date(&req, &e, "valid_from", "2019-09-30", &y, &m, &d));
	assert_true(y == 2019 && m == 9 && d == 30);
	assert_int_equal(e.n, 0);
	assert_false(form_date(&req, &e, "valid_from", "31/02/2019", &y, &m, &d));
	assert_non_null(strstr(form_error_for(&e, "valid_from"), "30/09/2019"));
	request_done(&req);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error_pages_read_no_store),
		cmocka_unit_test(test_anonymous_csrf_minted_once_per_request),
		cmocka_unit_test(test_form_number_reads_numbers_as_the_pages_write_them),
		cmocka_unit_test(test_form_date_reads_day_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
