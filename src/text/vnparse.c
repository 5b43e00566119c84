/* vnparse.c: see vnparse.h for the forms accepted and why. */
#include "text/vnparse.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_NUMBER_TEXT = 30 };

/* Length of a blank at S (ASCII space or tab, U+00A0, U+202F), 0 if none. */
static size_t blank(const char *s)
{
	if (*s == ' ' || *s == '\t')
		return 1;
	if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xAF)
		return 3;
	return 0;
}

/*
 * S without blanks into OUT (digits, signs and separators only).  Blanks
 * may separate thousands groups ("1 228") but not split a group: that is
 * checked with the groups, as a blank becomes a grouping mark here.
 */
static bool squeeze(const char *s, char out[MAX_NUMBER_TEXT + 1], char *blank_mark)
{
	size_t n = 0, b;
	while ((b = blank(s)) != 0)
		s += b;
	const char *end = s + strlen(s);
	while (end > s) {
		if (end - s >= 1 && (end[-1] == ' ' || end[-1] == '\t')) {
			end--;
		} else if (end - s >= 2 && (unsigned char)end[-2] == 0xC2 && (unsigned char)end[-1] == 0xA0) {
			end -= 2;
		} else if (end - s >= 3 && (unsigned char)end[-3] == 0xE2 && (unsigned char)end[-2] == 0x80
		           && (unsigned char)end[-1] == 0xAF) {
			end -= 3;
		} else {
			break;
		}
	}
	*blank_mark = 0;
	while (s < end) {
		if ((b = blank(s)) != 0) {
			/* An inner blank is a grouping mark ("1 228"). */
			if (n == MAX_NUMBER_TEXT)
				return false;
			out[n++] = ' ';
			*blank_mark = ' ';
			s += b;
			continue;
		}
		if (!strchr("0123456789+-.,", *s) || n == MAX_NUMBER_TEXT)
			return false;
		out[n++] = *s++;
	}
	out[n] = '\0';
	return n > 0;
}

/*
 * True when DIGITS_AND_MARKS ("1.234.567", "1 228") is digits grouped in
 * threes by MARK: a first group of 1–3 digits not starting with 0, then
 * groups of exactly 3.
 * Copies the bare digits to OUT.
 */
static bool grouped(const char *s, size_t len, char mark, char *out, size_t *n)
{
	/* "0.001" or "012.345" is never a thousands grouping. */
	if (len > 0 && s[0] == '0' && memchr(s, mark, len))
		return false;
	size_t group = 0, groups = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == mark) {
			if (group == 0 || (groups > 0 && group != 3) || (groups == 0 && group > 3))
				return false;
			groups++;
			group = 0;
		} else if (s[i] >= '0' && s[i] <= '9') {
			out[(*n)++] = s[i];
			group++;
		} else {
			return false;
		}
	}
	return group > 0 && (groups == 0 || group == 3);
}

static bool all_digits(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/*
 * The number whose integer part is INT_PART (grouped by GROUP_MARK, 0 for
 * none) and whose decimals follow DEC (NULL: none).
 */
static bool compose(const char *int_part, size_t int_len, char group_mark, const char *dec,
                    bool negative, double *value)
{
	char buf[2 * MAX_NUMBER_TEXT + 4];
	size_t n = 0;
	if (negative)
		buf[n++] = '-';
	if (int_len == 0) {
		buf[n++] = '0';
	} else if (group_mark) {
		if (!grouped(int_part, int_len, group_mark, buf, &n))
			return false;
	} else {
		if (!all_digits(int_part, int_len))
			return false;
		memcpy(buf + n, int_part, int_len);
		n += int_len;
	}
	if (dec) {
		size_t dl = strlen(dec);
		if (dl == 0 || !all_digits(dec, dl))
			return false;
		buf[n++] = '.';
		memcpy(buf + n, dec, dl);
		n += dl;
	} else if (int_len == 0) {
		return false;
	}
	buf[n] = '\0';
	char *end;
	*value = strtod(buf, &end);
	return *end == '\0';
}

enum vn_number_result vn_parse_number(const char *s, double *value, double *other)
{
	char t[MAX_NUMBER_TEXT + 1], blank_mark;
	if (s == NULL || !squeeze(s, t, &blank_mark))
		return VN_NUMBER_INVALID;
	const char *p = t;
	bool negative = false;
	if (*p == '+' || *p == '-') {
		negative = *p == '-';
		p++;
	}
	if (strpbrk(p, "+-"))
		return VN_NUMBER_INVALID;
	const char *last_dot = strrchr(p, '.'), *last_comma = strrchr(p, ',');
	size_t dots = 0, commas = 0;
	for (const char *q = p; *q; q++) {
		dots += *q == '.';
		commas += *q == ',';
	}
	size_t len = strlen(p);
	double v;
	if (dots && commas) {
		/* Both: the last one separates decimals, the other groups ("1.234,5", "1,234.5"). */
		const char *dec = last_dot > last_comma ? last_dot : last_comma;
		char group = *dec == '.' ? ',' : '.';
		if (*dec == '.' ? dots != 1 : commas != 1)
			return VN_NUMBER_INVALID;
		if (blank_mark)
			return VN_NUMBER_INVALID;    /* three kinds of mark: not a way anyone writes */
		if (!compose(p, (size_t)(dec - p), group, dec + 1, negative, &v))
			return VN_NUMBER_INVALID;
		*value = v;
		return VN_NUMBER_OK;
	}
	char sep = dots ? '.' : commas ? ',' : 0;
	size_t nsep = dots + commas;
	if (sep == 0) {
		if (!compose(p, len, blank_mark, NULL, negative, &v))
			return VN_NUMBER_INVALID;
		*value = v;
		return VN_NUMBER_OK;
	}
	if (nsep > 1) {
		/* "1.234.567", "1,234,567": only grouping. */
		if (blank_mark || !compose(p, len, sep, NULL, negative, &v))
			return VN_NUMBER_INVALID;
		*value = v;
		return VN_NUMBER_OK;
	}
	/* One separator: a decimal one, or a thousands mark when three digits follow. */
	const char *at = sep == '.' ? last_dot : last_comma;
	double as_decimal, as_group;
	bool dec_ok = compose(p, (size_t)(at - p), blank_mark, at + 1, negative, &as_decimal);
	bool group_ok = !blank_mark && strlen(at + 1) == 3
	                && compose(p, len, sep, NULL, negative, &as_group);
	if (!dec_ok && !group_ok)
		return VN_NUMBER_INVALID;
	if (!group_ok) {
		*value = as_decimal;
		return VN_NUMBER_OK;
	}
	if (!dec_ok) {
		*value = as_group;
		return VN_NUMBER_OK;
	}
	/* "1.228": Vietnamese reads 1228; "1,228": Vietnamese reads 1,228 = 1.228. */
	*value = sep == '.' ? as_group : as_decimal;
	if (other)
		*other = sep == '.' ? as_decimal : as_group;
	return VN_NUMBER_AMBIGUOUS;
}

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Up to MAXD digits at *P (at least one); advances *P. */
static bool number(const char **p, int maxd, int *out)
{
	int v = 0, d = 0;
	while (**p >= '0' && **p <= '9' && d < maxd) {
		v = v * 10 + (**p - '0');
		(*p)++;
		d++;
	}
	*out = v;
	return d > 0 && !(**p >= '0' && **p <= '9');
}

bool vn_parse_date(const char *s, int *year, int *month, int *day)
{
	if (s == NULL)
		return false;
	while (*s == ' ' || *s == '\t')
		s++;
	const char *p = s;
	int a, b, c;
	char sep1, sep2;
	if (!number(&p, 4, &a))
		return false;
	bool iso = p - s == 4;
	sep1 = *p;
	if (iso ? sep1 != '-' : (sep1 != '/' && sep1 != '-' && sep1 != '.'))
		return false;
	p++;
	if (!number(&p, 2, &b))
		return false;
	sep2 = *p;
	if (sep2 != sep1)
		return false;
	p++;
	const char *third = p;
	if (!number(&p, 4, &c))
		return false;
	if (!iso && p - third != 4)
		return false;          /* day-first dates need a four-digit year */
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != '\0')
		return false;
	int y = iso ? a : c, m = b, d = iso ? c : a;
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1
	    || d > dim[m - 1] + (m == 2 && leap(y)))
		return false;
	*year = y;
	*month = m;
	*day = d;
	return true;
}
