/* dossier_limit.c: see dossier_limit.h.  A fixed table: an address hashes to a slot. */
#include "dossier/dossier_limit.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

enum { SLOTS = 4096, ADDRESS_MAX = 64 };

struct slot {
	char address[ADDRESS_MAX];
	int64_t window_start;
	int misses;
};

static struct slot slots[SLOTS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* FNV-1a: spreads addresses; a collision only shares a budget, it never lifts one. */
static struct slot *slot_of(const char *address)
{
	uint32_t h = 2166136261u;
	for (const char *p = address; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	struct slot *s = &slots[h % SLOTS];
	if (strncmp(s->address, address, ADDRESS_MAX - 1) != 0) {
		/* Another address's slot: its budget is spent only if its window is young. */
		snprintf(s->address, sizeof s->address, "%s", address);
		s->window_start = 0;
		s->misses = 0;
	}
	return s;
}

int dossier_limit_check(const char *address, int64_t now)
{
	if (address == NULL)
		address = "";
	pthread_mutex_lock(&lock);
	struct slot *s = slot_of(address);
	int wait = 0;
	if (now - s->window_start >= DOSSIER_LIMIT_WINDOW) {
		s->window_start = now;
		s->misses = 0;
	} else if (s->misses >= DOSSIER_LIMIT_MISSES) {
		wait = (int)(s->window_start + DOSSIER_LIMIT_WINDOW - now);
		if (wait < 1)
			wait = 1;
	}
	pthread_mutex_unlock(&lock);
	return wait;
}

void dossier_limit_miss(const char *address, int64_t now)
{
	if (address == NULL)
		address = "";
	pthread_mutex_lock(&lock);
	struct slot *s = slot_of(address);
	if (now - s->window_start >= DOSSIER_LIMIT_WINDOW) {
		s->window_start = now;
		s->misses = 0;
	}
	s->misses++;
	pthread_mutex_unlock(&lock);
}

void dossier_limit_reset(void)
{
	pthread_mutex_lock(&lock);
	memset(slots, 0, sizeof slots);
	pthread_mutex_unlock(&lock);
}
