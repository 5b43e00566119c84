/*
 * fuzz_po.c: the .po reader against any text.  A catalog that parses must
 * count what it left out consistently; a refusal names its line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/i18n.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256];
	struct i18n_catalog *c = i18n_catalog_parse((const char *)data, size, err, sizeof err);
	if (c == NULL) {
		if (strncmp(err, "line ", 5) != 0)
			abort();     /* a refusal always names its line */
		return 0;
	}
	const char *first = NULL;
	size_t dropped = i18n_catalog_dropped(c, &first);
	if ((dropped == 0) != (first == NULL))
		abort();
	if (first != NULL && strlen(first) == 0)
		abort();     /* the header (empty msgid) is never an entry */
	i18n_catalog_free(c);
	return 0;
}
