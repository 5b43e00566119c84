/*
 * test_vntext.c: the Vietnamese text module against real District 9 data.
 *
 * Ward names are the ones users search and sort every day, so they are the
 * fixtures; NFD and malformed input are built byte by byte because editors
 * silently normalise what you paste.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "text/vntext.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The 13 wards of District 9, in Vietnamese alphabetical order
 * (a < ă < â, so "Tăng…" precedes "Tân…"; u < ư, so "Phú" < "Phước"). */
static const char *const wards_sorted[] = {
	"Hiệp Phú",
	"Long Bình",
	"Long Phước",
	"Long Thạnh Mỹ",
	"Long Trường",
	"Phú Hữu",
	"Phước Bình",
	"Phước Long A",
	"Phước Long B",
	"Tăng Nhơn Phú A",
	"Tăng Nhơn Phú B",
	"Tân Phú",
	"Trường Thạnh",
};

static const char *const wards_folded[] = {
	"hiep phu",
	"long binh",
	"long phuoc",
	"long thanh my",
	"long truong",
	"phu huu",
	"phuoc binh",
	"phuoc long a",
	"phuoc long b",
	"tang nhon phu a",
	"tang nhon phu b",
	"tan phu",
	"truong thanh",
};

/* ---------------------------------------------------------------- */

static void test_valid_utf8_accepts(void **state)
{
	(void)state;
	const char *ok[] = {
		"",
		"Hiep Phu",
		"Tăng Nhơn Phú A",
		"Đường Đỗ Xuân Hợp",
		"\xf0\x9f\x87\xbb\xf0\x9f\x87\xb3",	/* flag, 4-byte */
		"\xef\xbf\xbd",				/* U+FFFD */
		"\xf4\x8f\xbf\xbf",			/* U+10FFFF */
	};
	for (size_t i = 0; i < COUNT(ok); i++)
		assert_true(vn_valid_utf8(ok[i], strlen(ok[i])));
	assert_true(vn_valid_utf8(NULL, 0));
}

static void test_valid_utf8_rejects(void **state)
{
	(void)state;
	static const struct { const char *s; size_t len; } bad[] = {
		{ "\xc0\xaf", 2 },		/* overlong '/' */
		{ "\xc1\xbf", 2 },		/* overlong 0x7F */
		{ "\xe0\x80\xaf", 3 },		/* overlong 3-byte '/' */
		{ "\xf0\x80\x80\xaf", 4 },	/* overlong 4-byte '/' */
		{ "Ph\x80u", 4 },		/* lone continuation byte */
		{ "Hi\xe1\xbb", 4 },		/* "ệ" cut after 2 of 3 bytes */
		{ "Hi\xe1\xbbp", 5 },		/* ... followed by ASCII */
		{ "\xed\xa0\x80", 3 },		/* surrogate U+D800 */
		{ "\xed\xbf\xbf", 3 },		/* surrogate U+DFFF */
		{ "\xf4\x90\x80\x80", 4 },	/* U+110000 */
		{ "\xf5\x80\x80\x80", 4 },	/* invalid lead byte */
		{ "\xff", 1 },
		{ "a\0b", 3 },			/* embedded NUL */
		{ "\0", 1 },
	};
	for (size_t i = 0; i < COUNT(bad); i++)
		assert_false(vn_valid_utf8(bad[i].s, bad[i].len));
	/* LEN is honoured: "ệ" (3 bytes) seen through a 2-byte window. */
	assert_true(vn_valid_utf8("\xe1\xbb\x87", 3));
	assert_false(vn_valid_utf8("\xe1\xbb\x87", 2));
	/* ... and nothing past LEN is read as part of the string. */
	assert_true(vn_valid_utf8("ab\xff", 2));
}

static void test_nfc(void **state)
{
	(void)state;
	/* NFD "Phú": u + U+0301 combining acute. */
	char *s = vn_nfc("Phu\xcc\x81");
	assert_non_null(s);
	assert_string_equal(s, "Ph\xc3\xba");
	assert_string_equal(s, "Phú");
	free(s);

	/* "Hiệp" with marks in non-canonical order: e + circumflex (ccc 230)
	 * + dot below (ccc 220).  NFC must reorder and compose to U+1EC7. */
	s = vn_nfc("Hie\xcc\x82\xcc\xa3p");
	assert_non_null(s);
	assert_string_equal(s, "Hi\xe1\xbb\x87p");
	free(s);
	s = vn_nfc("Hie\xcc\xa3\xcc\x82p");
	assert_non_null(s);
	assert_string_equal(s, "Hi\xe1\xbb\x87p");
	free(s);

	/* "Tăng Nhơn" fully decomposed: a + U+0306 breve, o + U+031B horn. */
	s = vn_nfc("Ta\xcc\x86ng Nho\xcc\x9bn");
	assert_non_null(s);
	assert_string_equal(s, "Tăng Nhơn");
	free(s);

	/* Already NFC: unchanged. */
	s = vn_nfc("Trường Thạnh");
	assert_non_null(s);
	assert_string_equal(s, "Trường Thạnh");
	free(s);

	assert_null(vn_nfc("\xc0\xaf"));
	assert_null(vn_nfc("Hi\xe1\xbb"));
	assert_null(vn_nfc(NULL));
}

static void test_fold_wards(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(wards_sorted); i++) {
		char *f = vn_fold(wards_sorted[i]);
		assert_non_null(f);
		assert_string_equal(f, wards_folded[i]);
		free(f);
	}
}

static void test_fold_d_case_space(void **state)
{
	(void)state;
	static const struct { const char *in, *out; } cases[] = {
		{ "  Phước  Long A", "phuoc long a" },
		{ "Đường Đỗ Xuân Hợp", "duong do xuan hop" },
		{ "TĂNG NHƠN PHÚ B", "tang nhon phu b" },
		{ "đĐ", "dd" },
		{ "\tLong\n\r Trường \t", "long truong" },
		{ "Long\xc2\xa0Thạnh\xe3\x80\x80Mỹ", "long thanh my" }, /* NBSP, ideographic sp */
		{ "Phu\xcc\x81 Hu\xcc\x9b\xcc\x83u", "phu huu" },	/* NFD */
		{ "Hi\xc2\xad\xe1\xbb\x87p", "hiep" },		/* soft hyphen */
		{ "ƯƠ", "uo" },
		{ "", "" },
		{ "   ", "" },
	};
	for (size_t i = 0; i < COUNT(cases); i++) {
		char *f = vn_fold(cases[i].in);
		assert_non_null(f);
		assert_string_equal(f, cases[i].out);
		free(f);
	}
	assert_null(vn_fold("Ph\x80u"));
	assert_null(vn_fold("\xed\xa0\x80"));
	assert_null(vn_fold(NULL));
}

/* ---------------------------------------------------------------- */

struct keyed {
	const char *s;
	unsigned char *key;
	size_t len;
};

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int r = memcmp(x->key, y->key, n);
	if (r != 0)
		return r;
	return (x->len > y->len) - (x->len < y->len);
}

static unsigned char *key_of(const char *s, size_t *len)
{
	unsigned char *k = vn_sort_key(s, len);
	assert_non_null(k);
	assert_true(*len > 0);
	return k;
}

static void test_sort_wards(void **state)
{
	(void)state;
	/* A fixed shuffle, so the order never starts right by accident. */
	static const size_t shuffle[] = { 11, 3, 12, 0, 9, 6, 1, 10, 5, 8, 2, 7, 4 };
	struct keyed k[COUNT(wards_sorted)];
	assert_int_equal(COUNT(shuffle), COUNT(wards_sorted));
	for (size_t i = 0; i < COUNT(k); i++) {
		k[i].s = wards_sorted[shuffle[i]];
		k[i].key = key_of(k[i].s, &k[i].len);
	}
	qsort(k, COUNT(k), sizeof k[0], cmp_keyed);
	for (size_t i = 0; i < COUNT(k); i++) {
		assert_string_equal(k[i].s, wards_sorted[i]);
		free(k[i].key);
	}
}

static void assert_strictly_ascending(const char *const *v, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		struct keyed a = { v[i], NULL, 0 }, b = { v[i + 1], NULL, 0 };
		a.key = key_of(a.s, &a.len);
		b.key = key_of(b.s, &b.len);
		if (cmp_keyed(&a, &b) >= 0)
			fail_msg("\"%s\" should sort before \"%s\"", a.s, b.s);
		/* The key includes its terminator, so memcmp over the
		 * shorter length already decides. */
		size_t m = a.len < b.len ? a.len : b.len;
		assert_true(memcmp(a.key, b.key, m) < 0);
		if (vn_collate(a.s, b.s) >= 0)
			fail_msg("vn_collate(\"%s\", \"%s\") should be < 0", a.s, b.s);
		if (vn_collate(b.s, a.s) <= 0)
			fail_msg("vn_collate(\"%s\", \"%s\") should be > 0", b.s, a.s);
		free(a.key);
		free(b.key);
	}
}

static void test_sort_alphabet(void **state)
{
	(void)state;
	static const char *const alphabet[] = {
		"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i",
		"k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t",
		"u", "ư", "v", "x", "y",
	};
	assert_strictly_ascending(alphabet, COUNT(alphabet));

	/* Letters outrank tones and case: a whole-word letter difference
	 * decides before any earlier diacritic does. */
	static const char *const words[] = {
		"da", "dz", "đa", "Đà Lạt", "đâ", "e",
		"tan", "tang", "tạnh", "tăn", "Tăng", "tân", "Tân", "tần",
		"trường", "ua", "ưa",
	};
	assert_strictly_ascending(words, COUNT(words));

	/* Tones: none < huyền < hỏi < ngã < sắc < nặng (ICU "vi"). */
	static const char *const tones[] = {
		"ma", "mà", "mả", "mã", "má", "mạ",
	};
	assert_strictly_ascending(tones, COUNT(tones));
}

static void test_sort_key_nfd_equals_nfc(void **state)
{
	(void)state;
	size_t l1, l2;
	unsigned char *k1 = key_of("Phú Hữu", &l1);
	unsigned char *k2 = key_of("Phu\xcc\x81 Hu\xcc\x9b\xcc\x83u", &l2);
	assert_int_equal(l1, l2);
	assert_memory_equal(k1, k2, l1);
	free(k2);
	free(k1);

	/* Non-canonical mark order (circumflex before dot below) is not
	 * even FCD; the key must still match NFC "Hiệp Phú". */
	k1 = key_of("Hiệp Phú", &l1);
	k2 = key_of("Hie\xcc\x82\xcc\xa3p Phu\xcc\x81", &l2);
	assert_int_equal(l1, l2);
	assert_memory_equal(k1, k2, l1);
	free(k2);
	free(k1);

	/* Case is a tertiary difference: keys differ ... */
	k1 = key_of("Phú Hữu", &l1);
	k2 = key_of("phú hữu", &l2);
	assert_false(l1 == l2 && memcmp(k1, k2, l1) == 0);
	free(k2);
	free(k1);
	/* ... but never enough to jump a letter. */
	assert_true(vn_collate("PHÚ HỮU", "phước") < 0);
	assert_int_equal(vn_collate("Phu\xcc\x81", "Phú"), 0);
	assert_int_equal(vn_collate("Tân Phú", "Tân Phú"), 0);
}

static void test_sort_key_invalid(void **state)
{
	(void)state;
	size_t len = 12345;
	assert_null(vn_sort_key("\xc0\xaf", &len));
	assert_null(vn_sort_key("T\xe1\xba", &len));
	assert_null(vn_sort_key("\xed\xa0\x80", &len));
	assert_null(vn_sort_key(NULL, &len));
	assert_null(vn_sort_key("Tân Phú", NULL));
	assert_int_equal(len, 12345);

	/* The empty string is valid and sorts first. */
	unsigned char *e = key_of("", &len);
	free(e);
	assert_true(vn_collate("", "a") < 0);
}

/* Each thread recomputes every ward key many times; a shared, unguarded
 * collator corrupts keys or crashes under this load. */
struct thread_job {
	const struct keyed *expect;
	int failures;
};

static void *key_worker(void *arg)
{
	struct thread_job *job = arg;
	for (int round = 0; round < 200; round++) {
		for (size_t i = 0; i < COUNT(wards_sorted); i++) {
			size_t len = 0;
			unsigned char *k = vn_sort_key(wards_sorted[i], &len);
			if (k == NULL || len != job->expect[i].len ||
			    memcmp(k, job->expect[i].key, len) != 0)
				job->failures++;
			free(k);
			if (i > 0 && vn_collate(wards_sorted[i - 1],
						wards_sorted[i]) >= 0)
				job->failures++;
		}
	}
	return NULL;
}

static void test_sort_threads(void **state)
{
	(void)state;
	enum { NTHREADS = 8 };
	struct keyed expect[COUNT(wards_sorted)];
	for (size_t i = 0; i < COUNT(expect); i++) {
		expect[i].s = wards_sorted[i];
		expect[i].key = key_of(expect[i].s, &expect[i].len);
	}
	pthread_t th[NTHREADS];
	struct thread_job jobs[NTHREADS];
	for (int i = 0; i < NTHREADS; i++) {
		jobs[i] = (struct thread_job){ expect, 0 };
		assert_int_equal(pthread_create(&th[i], NULL, key_worker,
						&jobs[i]), 0);
	}
	for (int i = 0; i < NTHREADS; i++) {
		assert_int_equal(pthread_join(th[i], NULL), 0);
		assert_int_equal(jobs[i].failures, 0);
	}
	for (size_t i = 0; i < COUNT(expect); i++)
		free(expect[i].key);
}

/* ---------------------------------------------------------------- */

/* Seed article: 2019-01-17 13:50 UTC, 20:50 in Hà Nội. */
enum { SEED_T = 1547733000, VN_MIDNIGHT_17 = 1547658000 };

static void test_datetime_seed(void **state)
{
	(void)state;
	char buf[64];
	const char *want = "Thứ năm, 17/01/2019, 20:50 CH";
	assert_int_equal(vn_format_datetime(buf, sizeof buf, SEED_T),
			 strlen(want));
	assert_string_equal(buf, want);

	/* The process zone must not matter. */
	const char *old = getenv("TZ");
	char *saved = old ? strdup(old) : NULL;
	static const char *const zones[] = {
		"UTC0", "America/New_York", "Asia/Tokyo", "EST5EDT",
	};
	for (size_t i = 0; i < COUNT(zones); i++) {
		setenv("TZ", zones[i], 1);
		tzset();
		memset(buf, 'x', sizeof buf);
		assert_int_equal(vn_format_datetime(buf, sizeof buf, SEED_T),
				 strlen(want));
		assert_string_equal(buf, want);
	}
	if (saved) {
		setenv("TZ", saved, 1);
		free(saved);
	} else {
		unsetenv("TZ");
	}
	tzset();
}

static void test_datetime_edges(void **state)
{
	(void)state;
	char buf[64];
	static const struct { time_t t; const char *want; } cases[] = {
		{ VN_MIDNIGHT_17, "Thứ năm, 17/01/2019, 00:00 SA" },
		{ VN_MIDNIGHT_17 - 60, "Thứ tư, 16/01/2019, 23:59 CH" },
		{ VN_MIDNIGHT_17 + 11 * 3600 + 59 * 60, "Thứ năm, 17/01/2019, 11:59 SA" },
		{ VN_MIDNIGHT_17 + 12 * 3600, "Thứ năm, 17/01/2019, 12:00 CH" },
		{ 0, "Thứ năm, 01/01/1970, 07:00 SA" },
		/* 31/12 16:59:59 UTC is already New Year in Vietnam. */
		{ 1577811600, "Thứ tư, 01/01/2020, 00:00 SA" },
		{ 1577811599, "Thứ ba, 31/12/2019, 23:59 CH" },
		/* Leap day. */
		{ 1582909200, "Thứ bảy, 29/02/2020, 00:00 SA" },
	};
	for (size_t i = 0; i < COUNT(cases); i++) {
		assert_int_equal(vn_format_datetime(buf, sizeof buf, cases[i].t),
				 strlen(cases[i].want));
		assert_string_equal(buf, cases[i].want);
	}

	/* Every weekday name, Sunday 20/01/2019 onwards. */
	static const char *const names[7] = {
		"Chủ nhật, ", "Thứ hai, ", "Thứ ba, ", "Thứ tư, ",
		"Thứ năm, ", "Thứ sáu, ", "Thứ bảy, ",
	};
	for (int d = 0; d < 7; d++) {
		time_t t = VN_MIDNIGHT_17 + (3 + d) * 86400 + 9 * 3600;
		assert_true(vn_format_datetime(buf, sizeof buf, t) > 0);
		assert_memory_equal(buf, names[d], strlen(names[d]));
	}
	assert_true(vn_format_datetime(buf, sizeof buf,
				       VN_MIDNIGHT_17 + 3 * 86400) > 0);
	assert_string_equal(buf, "Chủ nhật, 20/01/2019, 00:00 SA");
}

static void test_date(void **state)
{
	(void)state;
	char buf[16];
	assert_int_equal(vn_format_date(buf, sizeof buf, 2019, 1, 17), 10);
	assert_string_equal(buf, "17/01/2019");
	assert_int_equal(vn_format_date(buf, sizeof buf, 2020, 2, 29), 10);
	assert_string_equal(buf, "29/02/2020");
	assert_int_equal(vn_format_date(buf, sizeof buf, 2000, 2, 29), 10);
	assert_int_equal(vn_format_date(buf, sizeof buf, 975, 12, 31), 10);
	assert_string_equal(buf, "31/12/0975");

	static const int bad[][3] = {
		{ 2019, 2, 29 }, { 1900, 2, 29 }, { 2019, 4, 31 },
		{ 2019, 13, 1 }, { 2019, 0, 1 }, { 2019, 1, 0 },
		{ 2019, 1, 32 }, { 0, 1, 1 }, { 10000, 1, 1 },
	};
	for (size_t i = 0; i < COUNT(bad); i++) {
		strcpy(buf, "junk");
		assert_int_equal(vn_format_date(buf, sizeof buf, bad[i][0],
						bad[i][1], bad[i][2]), 0);
		assert_string_equal(buf, "");
	}
}

static void test_int(void **state)
{
	(void)state;
	static const struct { long long v; const char *want; } cases[] = {
		{ 0, "0" },
		{ 7, "7" },
		{ 999, "999" },
		{ 1000, "1.000" },
		{ -1000, "-1.000" },
		{ 12345, "12.345" },
		{ 1000000, "1.000.000" },
		{ -1234567, "-1.234.567" },
		{ LLONG_MAX, "9.223.372.036.854.775.807" },
		{ LLONG_MIN, "-9.223.372.036.854.775.808" },
	};
	char buf[40];
	for (size_t i = 0; i < COUNT(cases); i++) {
		assert_int_equal(vn_format_int(buf, sizeof buf, cases[i].v),
				 strlen(cases[i].want));
		assert_string_equal(buf, cases[i].want);
	}
}

static void test_decimal(void **state)
{
	(void)state;
	static const struct {
		double v;
		int d;
		const char *want;
	} cases[] = {
		{ 0.8, 1, "0,8" },		/* seed article */
		{ 1234.5, 2, "1.234,50" },
		{ 1234567.25, 1, "1.234.567,3" },
		{ 1000000.0, 0, "1.000.000" },	/* no comma at 0 decimals */
		{ 0.0, 0, "0" },
		{ 0.0, 2, "0,00" },
		/* Exact binary ties round away from zero, both signs. */
		{ 0.125, 2, "0,13" },
		{ -0.125, 2, "-0,13" },
		{ 0.5, 0, "1" },
		{ 2.5, 0, "3" },
		{ -2.5, 0, "-3" },
		{ 1.25, 1, "1,3" },
		/* Carry through nines into a new group. */
		{ 999.9999, 2, "1.000,00" },
		{ -999999.5, 0, "-1.000.000" },
		/* Rounds to zero: no minus sign. */
		{ -0.04, 1, "0,0" },
		{ -0.0, 2, "0,00" },
		{ -0.4, 0, "0" },
		/* The exact binary value is what is rounded: 2.675 is stored
		 * as 2.67499999…, 2.345 as 2.34500000…02. */
		{ 2.675, 2, "2,67" },
		{ 2.345, 2, "2,35" },
		{ 1.005, 2, "1,00" },
	};
	char buf[64];
	for (size_t i = 0; i < COUNT(cases); i++) {
		size_t r = vn_format_decimal(buf, sizeof buf, cases[i].v,
					     cases[i].d);
		if (r != strlen(cases[i].want) ||
		    strcmp(buf, cases[i].want) != 0)
			fail_msg("(%g, %d): got \"%s\", want \"%s\"",
				 cases[i].v, cases[i].d, buf, cases[i].want);
	}

	/* Huge but finite values print in full. */
	assert_int_equal(vn_format_decimal(buf, sizeof buf, 1e20, 0), 27);
	assert_string_equal(buf, "100.000.000.000.000.000.000");

	/* Nothing sensible to print. */
	assert_int_equal(vn_format_decimal(buf, sizeof buf, NAN, 1), 0);
	assert_string_equal(buf, "");
	assert_int_equal(vn_format_decimal(buf, sizeof buf, INFINITY, 1), 0);
	assert_int_equal(vn_format_decimal(buf, sizeof buf, 1.0, -1), 0);
	assert_int_equal(vn_format_decimal(buf, sizeof buf, 1.0, 16), 0);
}

static void test_buffer_too_small(void **state)
{
	(void)state;
	char buf[64];

	/* "1.000" needs 6 bytes with its NUL. */
	strcpy(buf, "junk");
	assert_int_equal(vn_format_int(buf, 5, 1000), 0);
	assert_string_equal(buf, "");
	assert_int_equal(vn_format_int(buf, 6, 1000), 5);
	assert_string_equal(buf, "1.000");

	/* "-1.234,50" needs 10. */
	strcpy(buf, "junk");
	assert_int_equal(vn_format_decimal(buf, 9, -1234.5, 2), 0);
	assert_string_equal(buf, "");
	assert_int_equal(vn_format_decimal(buf, 10, -1234.5, 2), 9);
	assert_string_equal(buf, "-1.234,50");

	strcpy(buf, "junk");
	assert_int_equal(vn_format_date(buf, 10, 2019, 1, 17), 0);
	assert_string_equal(buf, "");
	assert_int_equal(vn_format_date(buf, 11, 2019, 1, 17), 10);

	const char *want = "Thứ năm, 17/01/2019, 20:50 CH";
	size_t wl = strlen(want);
	strcpy(buf, "junk");
	assert_int_equal(vn_format_datetime(buf, wl, SEED_T), 0);
	assert_string_equal(buf, "");
	assert_int_equal(vn_format_datetime(buf, wl + 1, SEED_T), wl);
	assert_string_equal(buf, want);

	/* n == 0: nothing may be written at all. */
	strcpy(buf, "junk");
	assert_int_equal(vn_format_int(buf, 0, 1), 0);
	assert_int_equal(vn_format_decimal(buf, 0, 1.0, 1), 0);
	assert_int_equal(vn_format_date(buf, 0, 2019, 1, 17), 0);
	assert_int_equal(vn_format_datetime(buf, 0, SEED_T), 0);
	assert_string_equal(buf, "junk");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_utf8_accepts),
		cmocka_unit_test(test_valid_utf8_rejects),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_fold_wards),
		cmocka_unit_test(test_fold_d_case_space),
		cmocka_unit_test(test_sort_wards),
		cmocka_unit_test(test_sort_alphabet),
		cmocka_unit_test(test_sort_key_nfd_equals_nfc),
		cmocka_unit_test(test_sort_key_invalid),
		cmocka_unit_test(test_sort_threads),
		cmocka_unit_test(test_datetime_seed),
		cmocka_unit_test(test_datetime_edges),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_int),
		cmocka_unit_test(test_decimal),
		cmocka_unit_test(test_buffer_too_small),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
