/*
 * test_vnparse.c: numbers and dates typed the Vietnamese way and the
 * plain way, read as meant; the honest ambiguities reported, not guessed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "text/vnparse.h"

static void expect_number(const char *s, double want)
{
	double v = NAN, other = NAN;
	enum vn_number_result r = vn_parse_number(s, &v, &other);
	if (r != VN_NUMBER_OK || fabs(v - want) > 1e-9)
		fail_msg("\"%s\": got result %d value %.10g, want %.10g", s, (int)r, v, want);
}

static void expect_ambiguous(const char *s, double vietnamese, double plain)
{
	double v = NAN, other = NAN;
	enum vn_number_result r = vn_parse_number(s, &v, &other);
	if (r != VN_NUMBER_AMBIGUOUS || fabs(v - vietnamese) > 1e-9 || fabs(other - plain) > 1e-9)
		fail_msg("\"%s\": got result %d (%.10g, %.10g), want ambiguous (%.10g, %.10g)", s,
		         (int)r, v, other, vietnamese, plain);
}

static void expect_invalid(const char *s)
{
	double v, other;
	if (vn_parse_number(s, &v, &other) != VN_NUMBER_INVALID)
		fail_msg("\"%s\" should be refused (read as %.10g)", s, v);
}

static void test_numbers_as_pages_show_them(void **state)
{
	(void)state;
	expect_number("1228", 1228);
	expect_number("1.234,5", 1234.5);          /* as the board shows it */
	expect_number("1.234.567", 1234567);
	expect_number("1.234.567,89", 1234567.89);
	expect_number("12,5", 12.5);
	expect_number("0,8", 0.8);
	expect_number("-3", -3);
	expect_number("+7,25", 7.25);
	expect_number(",5", 0.5);
	expect_number("1 228", 1228);              /* a space groups thousands */
	expect_number("1\xC2\xA0" "228", 1228);    /* so does a no-break space */
	expect_number("1 234,5", 1234.5);
	expect_number("  250  ", 250);
	expect_number("250000000000", 250e9);      /* "250 tỷ đồng" */
}

static void test_numbers_the_plain_way(void **state)
{
	(void)state;
	expect_number("1234.5", 1234.5);
	expect_number("1,234.5", 1234.5);
	expect_number("1,234,567", 1234567);
	expect_number("12.5", 12.5);
	expect_number(".5", 0.5);
	expect_number("1.2345", 1.2345);            /* four decimals: no grouping reading */
	expect_number("0.001", 0.001);              /* "0" cannot lead a thousands group */
}

static void test_two_readings_are_reported(void **state)
{
	(void)state;
	/* Three digits after one mark: a thousands group or decimals. */
	expect_ambiguous("1.228", 1228, 1.228);
	expect_ambiguous("1,228", 1.228, 1228);
	expect_ambiguous("100.000", 100000, 100);
	expect_ambiguous("-2.500", -2500, -2.5);
}

static void test_what_is_not_a_number(void **state)
{
	(void)state;
	static const char *bad[] = {
		"", "   ", "abc", "12a", "1e5", "1.23.4", "1,2,3", "1.234,5,6", "1,234.5.6",
		"5,", "5.", "--3", "3-", "1 23", "1 234.5,6", "12 5", ".", ",", "+",
		"1234567890123456789012345678901",          /* over 30 characters */
		"1.234,5 hộ", "½", "١٢٣",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		expect_invalid(bad[i]);
	double v;
	assert_int_equal(vn_parse_number(NULL, &v, NULL), VN_NUMBER_INVALID);
}

static void expect_date(const char *s, int y, int m, int d)
{
	int yy = 0, mm = 0, dd = 0;
	if (!vn_parse_date(s, &yy, &mm, &dd) || yy != y || mm != m || dd != d)
		fail_msg("\"%s\": got %d-%d-%d, want %d-%d-%d", s, yy, mm, dd, y, m, d);
}

static void test_dates(void **state)
{
	(void)state;
	expect_date("30/09/2019", 2019, 9, 30);
	expect_date("30/9/2019", 2019, 9, 30);
	expect_date("1/1/2020", 2020, 1, 1);
	expect_date("30-09-2019", 2019, 9, 30);
	expect_date("30.09.2019", 2019, 9, 30);
	expect_date("2019-09-30", 2019, 9, 30);
	expect_date(" 17/01/2019 ", 2019, 1, 17);
	expect_date("29/02/2024", 2024, 2, 29);
	static const char *bad[] = {
		"31/04/2019", "29/02/2019", "30/09/19", "09/30/2019", "2019/09/30", "30/09-2019",
		"30/09/2019x", "", "30", "30/09", "0/1/2019", "1/13/2019", "2019-9-30x",
		"31/12/1899", "01/01/2200", "300/09/2019",
	};
	int y, m, d;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (vn_parse_date(bad[i], &y, &m, &d))
			fail_msg("\"%s\" should be refused (read as %d-%d-%d)", bad[i], y, m, d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers_as_pages_show_them),
		cmocka_unit_test(test_numbers_the_plain_way),
		cmocka_unit_test(test_two_readings_are_reported),
		cmocka_unit_test(test_what_is_not_a_number),
		cmocka_unit_test(test_dates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
