/*
 * demo.h: the demonstration data — District 9 of Ho Chi Minh City in 2019,
 * as the seed article shows it (DOMAIN.md §1).  Names of people are
 * invented; titles are real.
 */
#ifndef DIEUHANH_DEMO_H
#define DIEUHANH_DEMO_H

#include <stddef.h>
#include <stdint.h>

struct store;

enum demo_result { DEMO_LOADED, DEMO_ALREADY_PRESENT, DEMO_FAILED };

/*
 * Loads the demo into ST when it holds no units, in one transaction: it
 * lands whole or not at all.  *UNITS and *PEOPLE get the counts loaded.
 */
enum demo_result demo_load(struct store *st, int64_t *units, int64_t *people);

/* The demo's accounts, one per role, with their (published) passwords. */
struct demo_account {
	const char *login;
	const char *password;
	const char *name;
	int role;              /* enum role */
	const char *unit_code;
	const char *what;
};
size_t demo_accounts(const struct demo_account **out);

/* Creates the demo accounts that do not exist yet; the count created, or -1. */
int demo_load_accounts(struct store *st);

/*
 * Loads the eight 2019 targets of District 9 (DOMAIN.md §2), the wards'
 * breakdowns and a year of figures, in one transaction, unless 2019 already
 * has a target DV.  The count of targets created, 0 when none, -1 on failure.
 */
int demo_load_targets(struct store *st);

#endif
