/*
 * org.h: the organisation model (DOMAIN.md §1).
 *
 * Org units form a tree whose shape is data: a province or city, its
 * districts, wards or communes, the departments of a People's Committee,
 * neighbourhood groups, party committees and one-stop desks.  Units change
 * over time, so each has valid_from/valid_to and predecessor/successor links.
 *
 * This file holds the types and the pure validation rules; org_service.c
 * applies them against the storage interface inside one transaction.
 */
#ifndef DIEUHANH_ORG_H
#define DIEUHANH_ORG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

struct arena;

/* A date is "YYYY-MM-DD" or NULL (open). */
struct org_unit {
	int64_t id;
	const char *kind;
	const char *code;
	const char *name;
	int64_t parent_id;       /* 0: root */
	const char *valid_from;  /* NULL: always */
	const char *valid_to;    /* NULL: still valid */
	int64_t predecessor_id;  /* 0: none */
	int64_t successor_id;    /* 0: none */
	/* Derived on write by org_unit_prepare(): */
	const char *search_key;  /* vn_fold(name) */
	const unsigned char *sort_key;
	size_t sort_key_len;
};

struct org_person {
	int64_t id;
	const char *full_name;
	const char *title;
	int64_t unit_id;
	const char *email;       /* NULL: none */
	const char *phone;       /* NULL: none */
	const char *search_key;
	const unsigned char *sort_key;
	size_t sort_key_len;
};

/* The kinds of unit, as stored and as spelled in the API. */
extern const char *const org_unit_kinds[];
bool org_unit_kind_valid(const char *kind);

/* A validation failure: which field, and a sentence for the user. */
struct org_error {
	const char *field;
	const char *detail;
};

/* Length limits, shared with the HTML forms. */
enum {
	ORG_CODE_MAX = 64,
	ORG_NAME_MAX = 256,
	ORG_CONTACT_MAX = 256,
};

/* True when S is a valid calendar date "YYYY-MM-DD". */
bool org_date_valid(const char *s);

/*
 * Checks the fields of U that need no database (kind, code, name, dates,
 * self-links).  On failure fills ERR and returns false.
 */
bool org_unit_check(const struct org_unit *u, struct org_error *err);
bool org_person_check(const struct org_person *p, struct org_error *err);

/*
 * Normalises U's text to NFC and derives search_key and sort_key, all in
 * arena A.  False (with ERR) when some text is not valid UTF-8.
 */
bool org_unit_prepare(struct org_unit *u, struct arena *a, struct org_error *err);
bool org_person_prepare(struct org_person *p, struct arena *a, struct org_error *err);

/*
 * JSON of a unit / a person (new references).  Contact details of people
 * are not public: WITH_CONTACT says whether the reader may see them.
 */
json_t *org_unit_json(const struct org_unit *u);
json_t *org_person_json(const struct org_person *p, bool with_contact);

#endif
