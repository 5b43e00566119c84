/*
 * vntext.h: Vietnamese text handling (DOMAIN.md §8).
 *
 * Stored text is UTF-8 in NFC.  Search compares "folded" keys: lower case,
 * every diacritic removed and đ/Đ mapped to d (no Unicode decomposition does
 * that last step).  Sorting uses ICU's Vietnamese collation through binary
 * sort keys, so the database orders rows with a plain BLOB/bytea comparison
 * and both engines agree.  Formatting follows the seed article:
 * "Thứ năm, 17/01/2019, 20:50 CH", 1.000 and 0,8.
 *
 * Every function is thread-safe.  Returned strings are malloc'd; the caller
 * frees them.
 */
#ifndef DIEUHANH_VNTEXT_H
#define DIEUHANH_VNTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* True when S[0..LEN) is well-formed UTF-8 with no NUL byte. */
bool vn_valid_utf8(const char *s, size_t len);

/* NFC copy of S; NULL when S is not valid UTF-8. */
char *vn_nfc(const char *s);

/*
 * Search key of S: NFC, lower case, diacritics removed, đ→d, runs of white
 * space collapsed to one space, trimmed.  "  Phước  Long A" → "phuoc long a".
 * NULL when S is not valid UTF-8.
 */
char *vn_fold(const char *s);

/*
 * ICU Vietnamese collation sort key of S (primary..tertiary strength);
 * memcmp order of two keys is Vietnamese alphabetical order (a ă â b c d đ
 * e ê …).  *LEN receives the key length.  NULL on error.
 */
unsigned char *vn_sort_key(const char *s, size_t *len);

/* <0, 0, >0 as A sorts before, equal to, after B in Vietnamese. */
int vn_collate(const char *a, const char *b);

/*
 * "Thứ năm, 17/01/2019, 20:50 CH": weekday, date, 24-hour time and SA
 * (before noon) / CH (noon and after), in Asia/Ho_Chi_Minh (UTC+7, no DST)
 * whatever the process time zone.  Returns the length written (excluding
 * NUL), or 0 if BUF is too small.
 */
size_t vn_format_datetime(char *buf, size_t n, time_t t);

/* "17/01/2019".  Returns length or 0. */
size_t vn_format_date(char *buf, size_t n, int year, int month, int day);

/* 1000 → "1.000", -1234567 → "-1.234.567".  Returns length or 0. */
size_t vn_format_int(char *buf, size_t n, long long v);

/*
 * V rounded half away from zero to DECIMALS places, with '.' grouping
 * thousands and ',' before decimals: (0.8,1) → "0,8", (1234.5,2) →
 * "1.234,50".  Returns length or 0.
 */
size_t vn_format_decimal(char *buf, size_t n, double v, int decimals);

#endif
