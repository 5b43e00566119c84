/*
 * vntext.c: Vietnamese text handling.
 *
 * Why it looks like this: names are typed on phones and pasted from Word,
 * so the same ward arrives as NFC, NFD or with stray spaces; search must
 * not care, hence one folding function everybody uses.  Ordering is handed
 * to ICU because Vietnamese is not code-point order (ă < â, đ after d, tone
 * marks compare after letters) and because sort keys let SQLite and
 * PostgreSQL order rows identically with a byte comparison.  ICU collators
 * are not safe to share between threads, so one master is opened once and
 * every thread works on its own clone.  Dates are pinned to UTC+7 because
 * the server's TZ says nothing about where the reader is.
 */
#include "text/vntext.h"

#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include <unicode/uvernum.h>
#include <utf8proc.h>

enum { VN_UTC_OFFSET = 7 * 3600, VN_MAX_DECIMALS = 15 };

/* ------------------------------------------------------------------ */
/* UTF-8 and normalisation                                            */

bool vn_valid_utf8(const char *s, size_t len)
{
	if (s == NULL)
		return len == 0;
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t i = 0;
	while (i < len) {
		if (p[i] < 0x80) {		/* ASCII fast path */
			if (p[i] == 0)
				return false;
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		size_t left = len - i;
		utf8proc_ssize_t n = utf8proc_iterate(p + i,
			(utf8proc_ssize_t)(left < 4 ? left : 4), &cp);
		/* utf8proc rejects overlongs, surrogates and > U+10FFFF;
		 * the explicit check keeps us honest if that ever changes. */
		if (n <= 0 || cp <= 0 || !utf8proc_codepoint_valid(cp))
			return false;
		i += (size_t)n;
	}
	return true;
}

char *vn_nfc(const char *s)
{
	if (s == NULL || !vn_valid_utf8(s, strlen(s)))
		return NULL;
	return (char *)utf8proc_NFC((const utf8proc_uint8_t *)s);
}

static bool is_space(utf8proc_int32_t cp)
{
	if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85)
		return true;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return true;
	default:
		return false;
	}
}

char *vn_fold(const char *s)
{
	if (s == NULL || !vn_valid_utf8(s, strlen(s)))
		return NULL;

	/* Decompose, drop marks (tones, breve, circumflex, horn), case-fold,
	 * drop default-ignorables (soft hyphen, zero-width space) and
	 * recompose whatever is left. */
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t mlen = utf8proc_map((const utf8proc_uint8_t *)s, 0,
		&mapped, UTF8PROC_NULLTERM | UTF8PROC_STABLE |
		UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
		UTF8PROC_IGNORE);
	if (mlen < 0)
		return NULL;

	/* Every rewrite below shrinks or keeps the byte count. */
	char *out = malloc((size_t)mlen + 1);
	if (out == NULL) {
		free(mapped);
		return NULL;
	}
	size_t o = 0;
	bool pending_space = false;
	utf8proc_ssize_t i = 0;
	while (i < mlen) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate(mapped + i, mlen - i, &cp);
		if (n <= 0) {		/* cannot happen on utf8proc output */
			free(mapped);
			free(out);
			return NULL;
		}
		if (is_space(cp)) {
			pending_space = o > 0;
		} else {
			if (pending_space)
				out[o++] = ' ';
			pending_space = false;
			if (cp == 0x0111)	/* đ (Đ was case-folded to it) */
				out[o++] = 'd';
			else {
				memcpy(out + o, mapped + i, (size_t)n);
				o += (size_t)n;
			}
		}
		i += n;
	}
	out[o] = '\0';
	free(mapped);
	return out;
}

/* ------------------------------------------------------------------ */
/* Collation                                                          */

static pthread_once_t coll_once = PTHREAD_ONCE_INIT;
static UCollator *coll_master;		/* set once, read-only afterwards */
static pthread_key_t coll_key;

static void coll_destroy(void *p)
{
	ucol_close(p);
}

static void coll_init(void)
{
	UErrorCode st = U_ZERO_ERROR;
	UCollator *c = ucol_open("vi", &st);
	/* Falling back to the root collation would silently order ă/â and
	 * tones wrongly in stored keys; better to fail loudly. */
	if (U_FAILURE(st) || st == U_USING_DEFAULT_WARNING) {
		ucol_close(c);
		return;
	}
	ucol_setStrength(c, UCOL_TERTIARY);
	/* NFD and NFC spellings must produce the same key. */
	ucol_setAttribute(c, UCOL_NORMALIZATION_MODE, UCOL_ON, &st);
	if (U_FAILURE(st) || pthread_key_create(&coll_key, coll_destroy) != 0) {
		ucol_close(c);
		return;
	}
	coll_master = c;
}

/* This thread's collator, or NULL if ICU could not provide one. */
static UCollator *thread_collator(void)
{
	pthread_once(&coll_once, coll_init);
	if (coll_master == NULL)
		return NULL;
	UCollator *c = pthread_getspecific(coll_key);
	if (c != NULL)
		return c;
	UErrorCode st = U_ZERO_ERROR;
#if U_ICU_VERSION_MAJOR_NUM >= 71
	c = ucol_clone(coll_master, &st);
#else
	c = ucol_safeClone(coll_master, NULL, NULL, &st);
#endif
	if (U_FAILURE(st) || c == NULL)
		return NULL;
	if (pthread_setspecific(coll_key, c) != 0) {
		ucol_close(c);
		return NULL;
	}
	return c;
}

/*
 * The key includes ICU's terminating zero byte and *LEN counts it, so
 * memcmp over the shorter length alone decides the order (no key is a
 * proper prefix of another).
 */
unsigned char *vn_sort_key(const char *s, size_t *len)
{
	if (s == NULL || len == NULL)
		return NULL;
	size_t slen = strlen(s);
	if (slen >= INT32_MAX / 2 || !vn_valid_utf8(s, slen))
		return NULL;
	UCollator *coll = thread_collator();
	if (coll == NULL)
		return NULL;

	/* UTF-16 never needs more code units than UTF-8 has bytes. */
	UChar *u = malloc((slen + 1) * sizeof *u);
	if (u == NULL)
		return NULL;
	int32_t ulen = 0;
	UErrorCode st = U_ZERO_ERROR;
	u_strFromUTF8(u, (int32_t)slen + 1, &ulen, s, (int32_t)slen, &st);
	if (U_FAILURE(st)) {
		free(u);
		return NULL;
	}

	int32_t cap = (int32_t)slen * 2 + 16;
	unsigned char *key = malloc((size_t)cap);
	if (key == NULL) {
		free(u);
		return NULL;
	}
	int32_t need = ucol_getSortKey(coll, u, ulen, key, cap);
	if (need > cap) {
		unsigned char *bigger = realloc(key, (size_t)need);
		if (bigger == NULL) {
			free(key);
			free(u);
			return NULL;
		}
		key = bigger;
		need = ucol_getSortKey(coll, u, ulen, key, need);
	}
	free(u);
	if (need <= 0) {
		free(key);
		return NULL;
	}
	*len = (size_t)need;
	return key;
}

int vn_collate(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	UCollator *coll = thread_collator();
	if (coll != NULL) {
		UErrorCode st = U_ZERO_ERROR;
		UCollationResult r = ucol_strcollUTF8(coll, a, -1, b, -1, &st);
		if (U_SUCCESS(st))
			return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
	}
	/* No ICU: byte order is wrong for Vietnamese but at least total. */
	int r = strcmp(a, b);
	return (r > 0) - (r < 0);
}

/* ------------------------------------------------------------------ */
/* Formatting                                                         */

/* Common tail: BUF must be cleared when the result does not fit. */
static size_t fit(char *buf, size_t n, int r)
{
	if (r < 0 || (size_t)r >= n) {
		if (n > 0)
			buf[0] = '\0';
		return 0;
	}
	return (size_t)r;
}

size_t vn_format_datetime(char *buf, size_t n, time_t t)
{
	static const char *const wday[7] = {
		"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư",
		"Thứ năm", "Thứ sáu", "Thứ bảy",
	};
	time_t local;
	struct tm tm;
	if (buf == NULL)
		return 0;
	if (__builtin_add_overflow(t, (time_t)VN_UTC_OFFSET, &local) ||
	    gmtime_r(&local, &tm) == NULL || tm.tm_wday < 0 || tm.tm_wday > 6)
		return fit(buf, n, -1);
	int r = snprintf(buf, n, "%s, %02d/%02d/%04d, %02d:%02d %s",
		wday[tm.tm_wday], tm.tm_mday, tm.tm_mon + 1,
		tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
		tm.tm_hour < 12 ? "SA" : "CH");
	return fit(buf, n, r);
}

static bool leap_year(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

size_t vn_format_date(char *buf, size_t n, int year, int month, int day)
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30,
				       31, 31, 30, 31, 30, 31 };
	if (buf == NULL)
		return 0;
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
	    day > mdays[month - 1] ||
	    (month == 2 && day == 29 && !leap_year(year)))
		return fit(buf, n, -1);
	return fit(buf, n, snprintf(buf, n, "%02d/%02d/%04d", day, month, year));
}

/*
 * Copy NDIG ASCII digits into OUT with a '.' before every group of three
 * counted from the right.  Returns bytes written; OUT must hold
 * ndig + ndig / 3.
 */
static size_t group_digits(char *out, const char *dig, size_t ndig)
{
	size_t o = 0;
	for (size_t i = 0; i < ndig; i++) {
		if (i > 0 && (ndig - i) % 3 == 0)
			out[o++] = '.';
		out[o++] = dig[i];
	}
	return o;
}

/* Assemble sign, grouped integer digits and optional ",fraction". */
static size_t emit_number(char *buf, size_t n, bool neg, const char *idig,
			  size_t nint, const char *fdig, size_t nfrac)
{
	size_t need = (neg ? 1 : 0) + nint + (nint - 1) / 3 +
		      (nfrac > 0 ? 1 + nfrac : 0);
	if (buf == NULL || need >= n)
		return fit(buf, n, -1);
	size_t o = 0;
	if (neg)
		buf[o++] = '-';
	o += group_digits(buf + o, idig, nint);
	if (nfrac > 0) {
		buf[o++] = ',';
		memcpy(buf + o, fdig, nfrac);
		o += nfrac;
	}
	buf[o] = '\0';
	return o;
}

size_t vn_format_int(char *buf, size_t n, long long v)
{
	/* Magnitude in unsigned arithmetic so LLONG_MIN does not overflow. */
	unsigned long long m = v < 0 ? 0ULL - (unsigned long long)v
				     : (unsigned long long)v;
	char tmp[24];
	size_t k = sizeof tmp;
	do {
		tmp[--k] = (char)('0' + m % 10);
		m /= 10;
	} while (m != 0);
	return emit_number(buf, n, v < 0, tmp + k, sizeof tmp - k, NULL, 0);
}

/*
 * Rounds the exact binary value of V, not its shortest decimal spelling:
 * 2.675 is really 2.67499999… and becomes "2,67", while 2.345 is really
 * 2.34500000…02 and becomes "2,35"; 0.125 is exact and becomes "0,13".
 * Callers holding money should pass integers (đồng).  glibc prints
 * doubles exactly, so we print DECIMALS + 40 digits and round on digit
 * DECIMALS + 1 ourselves: with at most 15 decimals no double lies close
 * enough to a rounding boundary for the 40th digit's rounding to reach
 * back that far.
 */
size_t vn_format_decimal(char *buf, size_t n, double v, int decimals)
{
	/* 309 integer digits, '.', 55 fraction digits, NUL, a carry digit. */
	char tmp[1 + 309 + 1 + VN_MAX_DECIMALS + 40 + 1 + 16];
	if (buf == NULL)
		return 0;
	if (!isfinite(v) || decimals < 0 || decimals > VN_MAX_DECIMALS)
		return fit(buf, n, -1);

	int r = snprintf(tmp + 1, sizeof tmp - 1, "%.*f", decimals + 40,
			 fabs(v));
	if (r < 0 || (size_t)r >= sizeof tmp - 1)
		return fit(buf, n, -1);
	char *dot = strchr(tmp + 1, '.');
	if (dot == NULL)
		return fit(buf, n, -1);

	/* Pull the fraction digits left over the '.' so integer and
	 * fraction form one digit string for carrying. */
	size_t nfrac = (size_t)decimals;
	memmove(dot, dot + 1, nfrac + 1);	/* +1: the rounding digit */
	char *digits = tmp + 1;
	size_t ndig = (size_t)(dot - digits) + nfrac;
	if (digits[ndig] >= '5') {		/* half away from zero */
		size_t i = ndig;
		while (i > 0 && digits[i - 1] == '9')
			digits[--i] = '0';
		if (i > 0) {
			digits[i - 1]++;
		} else {
			*--digits = '1';
			ndig++;
		}
	}
	size_t nint = ndig - nfrac;

	bool zero = true;
	for (size_t i = 0; i < ndig; i++)
		if (digits[i] != '0')
			zero = false;
	/* -0.04 at one decimal is "0,0", never "-0,0". */
	bool neg = signbit(v) && !zero;
	return emit_number(buf, n, neg, digits, nint, digits + nint, nfrac);
}
