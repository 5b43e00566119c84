/*
 * org.c: the organisation model's rules, free of HTTP and storage so they can
 * be unit-tested alone.  Messages are for the person who typed the value.
 */
#include "org/org.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "text/vntext.h"
#include "util/arena.h"

const char *const org_unit_kinds[] = {
	"province", "city", "district", "ward", "commune", "department",
	"neighbourhood_group", "party_committee", "one_stop_desk", NULL,
};

bool org_unit_kind_valid(const char *kind)
{
	if (kind == NULL)
		return false;
	for (const char *const *k = org_unit_kinds; *k; k++)
		if (strcmp(*k, kind) == 0)
			return true;
	return false;
}

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool org_date_valid(const char *s)
{
	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return false;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
		return false;
	int max = days[m - 1] + (m == 2 && is_leap(y));
	return d <= max;
}

static bool fail(struct org_error *err, const char *field, const char *detail)
{
	err->field = field;
	err->detail = detail;
	return false;
}

/* True when S has something other than white space. */
static bool has_text(const char *s)
{
	if (s == NULL)
		return false;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return true;
	return false;
}

/* Codes appear in dossier numbers and URLs: keep them to a safe alphabet. */
static bool code_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > ORG_CODE_MAX)
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '.' && *s != '-' && *s != '_')
			return false;
	return true;
}

bool org_unit_check(const struct org_unit *u, struct org_error *err)
{
	if (!org_unit_kind_valid(u->kind))
		return fail(err, "kind", "Unknown kind of unit; use one of: province, city, "
		            "district, ward, commune, department, neighbourhood_group, "
		            "party_committee, one_stop_desk.");
	if (!code_valid(u->code))
		return fail(err, "code", "The code is required: 1 to 64 letters, digits, "
		            "'.', '-' or '_'.");
	if (!has_text(u->name))
		return fail(err, "name", "The name is required.");
	if (strlen(u->name) > ORG_NAME_MAX)
		return fail(err, "name", "The name is longer than 256 bytes.");
	if (u->valid_from && !org_date_valid(u->valid_from))
		return fail(err, "valid_from", "Not a valid date; write YYYY-MM-DD.");
	if (u->valid_to && !org_date_valid(u->valid_to))
		return fail(err, "valid_to", "Not a valid date; write YYYY-MM-DD.");
	if (u->valid_from && u->valid_to && strcmp(u->valid_to, u->valid_from) < 0)
		return fail(err, "valid_to", "The end of validity is before its start.");
	if (u->id && u->parent_id == u->id)
		return fail(err, "parent_id", "A unit cannot be its own parent.");
	if (u->id && u->predecessor_id == u->id)
		return fail(err, "predecessor_id", "A unit cannot be its own predecessor.");
	if (u->id && u->successor_id == u->id)
		return fail(err, "successor_id", "A unit cannot be its own successor.");
	return true;
}

static bool phone_valid(const char *s)
{
	size_t digits = 0;
	if (strlen(s) > 32)
		return false;
	for (; *s; s++) {
		if (isdigit((unsigned char)*s))
			digits++;
		else if (*s != ' ' && *s != '+' && *s != '.' && *s != '-' && *s != '(' && *s != ')')
			return false;
	}
	return digits >= 3;
}

bool org_person_check(const struct org_person *p, struct org_error *err)
{
	if (!has_text(p->full_name))
		return fail(err, "full_name", "The full name is required.");
	if (strlen(p->full_name) > ORG_NAME_MAX)
		return fail(err, "full_name", "The full name is longer than 256 bytes.");
	if (p->title && strlen(p->title) > ORG_NAME_MAX)
		return fail(err, "title", "The title is longer than 256 bytes.");
	if (p->unit_id <= 0)
		return fail(err, "unit_id", "The unit is required.");
	if (p->email && (strlen(p->email) > ORG_CONTACT_MAX || strchr(p->email, '@') == NULL
	                 || strchr(p->email, ' ') != NULL))
		return fail(err, "email", "Not an e-mail address.");
	if (p->phone && !phone_valid(p->phone))
		return fail(err, "phone", "Not a telephone number.");
	return true;
}

/* NFC copy of *S into the arena, trimmed of surrounding white space. */
static bool normalise(const char **s, struct arena *a)
{
	if (*s == NULL)
		return true;
	char *n = vn_nfc(*s);
	if (n == NULL)
		return false;
	const char *b = n;
	while (isspace((unsigned char)*b))
		b++;
	size_t len = strlen(b);
	while (len && isspace((unsigned char)b[len - 1]))
		len--;
	*s = arena_strndup(a, b, len);
	free(n);
	return true;
}

/* search_key and sort_key of TEXT, in the arena. */
static bool derive_keys(const char *text, struct arena *a, const char **search_key,
                        const unsigned char **sort_key, size_t *sort_len)
{
	char *fold = vn_fold(text ? text : "");
	size_t klen = 0;
	unsigned char *key = vn_sort_key(text ? text : "", &klen);
	bool ok = fold && key;
	if (ok) {
		*search_key = arena_strdup(a, fold);
		*sort_key = arena_memdup(a, key, klen);
		*sort_len = klen;
	}
	free(fold);
	free(key);
	return ok;
}

bool org_unit_prepare(struct org_unit *u, struct arena *a, struct org_error *err)
{
	if (!normalise(&u->name, a))
		return fail(err, "name", "The name is not valid UTF-8 text.");
	if (!normalise(&u->code, a))
		return fail(err, "code", "The code is not valid UTF-8 text.");
	if (!derive_keys(u->name, a, &u->search_key, &u->sort_key, &u->sort_key_len))
		return fail(err, "name", "The name could not be indexed.");
	return true;
}

bool org_person_prepare(struct org_person *p, struct arena *a, struct org_error *err)
{
	if (!normalise(&p->full_name, a))
		return fail(err, "full_name", "The name is not valid UTF-8 text.");
	if (!normalise(&p->title, a))
		return fail(err, "title", "The title is not valid UTF-8 text.");
	if (!normalise(&p->email, a) || !normalise(&p->phone, a))
		return fail(err, "email", "The contact is not valid UTF-8 text.");
	if (!derive_keys(p->full_name, a, &p->search_key, &p->sort_key, &p->sort_key_len))
		return fail(err, "full_name", "The name could not be indexed.");
	return true;
}
