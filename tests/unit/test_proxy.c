/*
 * test_proxy.c: trusted proxy lists and the client address taken from
 * X-Forwarded-For (src/http/proxy.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>

#include "http/proxy.h"

static struct proxy_list list_of(const char *text)
{
	struct proxy_list l;
	char err[128];
	assert_true(proxy_list_parse(text, &l, err, sizeof err));
	return l;
}

static void test_lists_parse_and_match(void **state)
{
	(void)state;
	struct proxy_list l = list_of("127.0.0.1, 10.0.0.0/8,192.168.1.77/24 ::1 2001:db8::/32");
	assert_int_equal(l.n, 5);
	assert_true(proxy_list_has_text(&l, "127.0.0.1"));
	assert_false(proxy_list_has_text(&l, "127.0.0.2"));
	assert_true(proxy_list_has_text(&l, "10.255.1.2"));
	assert_false(proxy_list_has_text(&l, "11.0.0.1"));
	assert_true(proxy_list_has_text(&l, "192.168.1.5"));   /* host bits of /24 ignored */
	assert_false(proxy_list_has_text(&l, "192.168.2.5"));
	assert_true(proxy_list_has_text(&l, "::1"));
	assert_true(proxy_list_has_text(&l, "2001:db8:1::9"));
	assert_true(proxy_list_has_text(&l, "::ffff:10.1.1.1")); /* IPv4-mapped */
	assert_false(proxy_list_has_text(&l, "not an address"));

	struct sockaddr_in in = { .sin_family = AF_INET };
	inet_pton(AF_INET, "10.3.4.5", &in.sin_addr);
	assert_true(proxy_list_has_sockaddr(&l, (struct sockaddr *)&in));
	inet_pton(AF_INET, "8.8.8.8", &in.sin_addr);
	assert_false(proxy_list_has_sockaddr(&l, (struct sockaddr *)&in));

	struct proxy_list bad;
	char err[128];
	assert_false(proxy_list_parse("10.0.0.0/33", &bad, err, sizeof err));
	assert_false(proxy_list_parse("10.0.0.0/", &bad, err, sizeof err));
	assert_false(proxy_list_parse("example.org", &bad, err, sizeof err));
	assert_non_null(strstr(err, "example.org"));
	assert_false(proxy_list_parse(" , ", &bad, err, sizeof err));
	assert_true(proxy_list_parse(PROXY_DEFAULT_TRUSTED, &bad, err, sizeof err));
}

static void test_client_is_rightmost_untrusted(void **state)
{
	(void)state;
	struct proxy_list l = list_of("127.0.0.1,10.0.0.0/8");
	char out[PROXY_ADDR_TEXT];
	/* The client's own entries (left) prove nothing. */
	assert_true(proxy_client_from_xff(&l, "6.6.6.6, 203.0.113.9", out));
	assert_string_equal(out, "203.0.113.9");
	/* Proxies in a chain are skipped from the right. */
	assert_true(proxy_client_from_xff(&l, "1.1.1.1,203.0.113.9 , 10.0.0.4,127.0.0.1", out));
	assert_string_equal(out, "203.0.113.9");
	/* All trusted: the left-most. */
	assert_true(proxy_client_from_xff(&l, "10.0.0.8, 10.0.0.4", out));
	assert_string_equal(out, "10.0.0.8");
	/* Garbage stops the walk at the last entry a trusted proxy wrote. */
	assert_true(proxy_client_from_xff(&l, "203.0.113.9, junk, 10.0.0.4", out));
	assert_string_equal(out, "10.0.0.4");
	assert_false(proxy_client_from_xff(&l, "junk", out));
	assert_false(proxy_client_from_xff(&l, "", out));
	/* Canonical text. */
	assert_true(proxy_client_from_xff(&l, "2001:DB8:0:0::1", out));
	assert_string_equal(out, "2001:db8::1");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lists_parse_and_match),
		cmocka_unit_test(test_client_is_rightmost_untrusted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
