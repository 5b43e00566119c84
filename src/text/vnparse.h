/*
 * vnparse.h: numbers and dates as Vietnamese officials type them.
 *
 * Pages show numbers the Vietnamese way ("1.228 hộ", "1.234,5") and dates
 * as "30/09/2019"; people type them back the same way, or the plain way
 * ("1228", "1234.5", "2019-09-30").  Both must be read as meant.  Where a
 * text can honestly mean two numbers ("1.228": a thousand two hundred and
 * twenty-eight the Vietnamese way, one point two two eight the English
 * way) the reader says so and gives both, so a form can read the value
 * back before saving instead of storing a guess.
 *
 * Pure: no locale, no allocation.
 */
#ifndef DIEUHANH_VNPARSE_H
#define DIEUHANH_VNPARSE_H

#include <stdbool.h>

enum vn_number_result {
	VN_NUMBER_OK,          /* one reading */
	VN_NUMBER_AMBIGUOUS,   /* *VALUE is the Vietnamese reading, *OTHER the plain one */
	VN_NUMBER_INVALID,     /* not a number in either way of writing */
};

/*
 * Reads S: an optional sign, digits with '.' or ',' grouping thousands in
 * threes, and a decimal separator ',' (Vietnamese) or '.' (plain); blanks
 * (spaces, no-break spaces) around and between groups are ignored.
 *   "1228" "1.228" "1 228" → 1228 ("1.228" is ambiguous: also 1.228)
 *   "1.234,5" "1,234.5" "1234.5" "1234,5" → 1234.5
 *   "12,5" "12.5" → 12.5;  "1.234.567" "1,234,567" → 1234567
 *   "0,8" → 0.8; "-3" → -3; ",5" and ".5" → 0.5
 * Refused: letters, two decimal separators, groups not of three digits
 * ("1.23.4"), an empty text, more than 30 significant characters.
 */
enum vn_number_result vn_parse_number(const char *s, double *value, double *other);

/*
 * Reads a date typed as "30/09/2019", "30/9/2019", "30-09-2019",
 * "30.09.2019" (day first, as Vietnamese write it) or "2019-09-30" (ISO),
 * blanks around allowed.  False when it is none of these or the day does
 * not exist (31/04, 29/02 of a common year); years 1900–2199.
 */
bool vn_parse_date(const char *s, int *year, int *month, int *day);

#endif
