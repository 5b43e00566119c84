/*
 * dossier_limit.h: the citizen's lookup is public, and a dossier code is
 * guessable (a unit, a day, a small number); so each client address may
 * look up only so many codes that do not exist before every lookup from it
 * is refused for a while.  In memory, per process: a restart forgets.
 */
#ifndef DIEUHANH_DOSSIER_LIMIT_H
#define DIEUHANH_DOSSIER_LIMIT_H

#include <stdint.h>

enum { DOSSIER_LIMIT_MISSES = 20, DOSSIER_LIMIT_WINDOW = 600 };

/* 0 when ADDRESS may look up now, else the seconds to wait. */
int dossier_limit_check(const char *address, int64_t now);
/* ADDRESS looked up a code that does not exist. */
void dossier_limit_miss(const char *address, int64_t now);
/* Forgets everything (tests). */
void dossier_limit_reset(void);

#endif
