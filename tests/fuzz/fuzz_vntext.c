/*
 * fuzz_vntext.c: Vietnamese text functions against any bytes (and the
 * readers of typed numbers and dates).  Valid UTF-8
 * in gives valid UTF-8 out of NFC and folding; folding is idempotent;
 * collation keys compare as the collator does.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/vnparse.h"
#include "text/vntext.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	size_t len = strlen(s);
	/* Typed numbers and dates: any text either reads as a finite value or is refused. */
	double v = 0, other = 0;
	enum vn_number_result nr = vn_parse_number(s, &v, &other);
	if (nr != VN_NUMBER_INVALID && !isfinite(v))
		abort();
	if (nr == VN_NUMBER_AMBIGUOUS && (!isfinite(other) || other == v))
		abort();     /* two readings that agree are not ambiguous */
	int y, m, d;
	if (vn_parse_date(s, &y, &m, &d) && (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31))
		abort();
	if (!vn_valid_utf8(s, len)) {
		free(s);
		return 0;
	}
	char *n = vn_nfc(s);
	char *f = vn_fold(s);
	if (n && !vn_valid_utf8(n, strlen(n)))
		abort();
	if (f) {
		if (!vn_valid_utf8(f, strlen(f)))
			abort();
		char *ff = vn_fold(f);
		if (ff == NULL || strcmp(f, ff) != 0)
			abort();     /* folding twice changes nothing */
		free(ff);
	}
	size_t klen = 0;
	unsigned char *k = vn_sort_key(s, &klen);
	if (k && klen > 0) {
		/* A string compares equal to itself, both ways. */
		if (vn_collate(s, s) != 0)
			abort();
	}
	free(k);
	free(n);
	free(f);
	free(s);
	return 0;
}
