/*
 * gen_large.c: fills a database with the large case of the target board
 * benchmark: a district of 300 units, 50 targets each broken down to all
 * 300 units, and monthly figures for 60 months (five years, 2015–2019):
 * 250 parent targets, 75,000 breakdown targets, 900,000 figures.
 *
 *   build/gen_large --db sqlite:/tmp/large.db
 *
 * It writes through the storage interface (no audit entries: this is test
 * data, not anyone's work), one transaction per year.  Built by bench/run.sh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "org/org_store.h"
#include "target/target_store.h"
#include "org/org_service.h"
#include "store/store.h"
#include "util/arena.h"

enum { UNITS = 300, TARGETS = 50, YEARS = 5, FIRST_YEAR = 2015 };

static int64_t add_unit(struct store *st, struct arena *a, const char *kind, const char *code,
                        const char *name, int64_t parent)
{
	struct org_unit u = { .kind = kind, .code = code, .name = name, .parent_id = parent };
	struct org_error err;
	if (!org_unit_prepare(&u, a, &err) || org_store.unit_insert(st, &u) != STORE_OK) {
		fprintf(stderr, "gen_large: unit %s failed\n", code);
		exit(1);
	}
	return u.id;
}

static int64_t add_target(struct store *st, struct target *t)
{
	if (target_store.target_insert(st, t) != STORE_OK) {
		fprintf(stderr, "gen_large: target %s/%d failed\n", t->code, t->year);
		exit(1);
	}
	return t->id;
}

int main(int argc, char **argv)
{
	const char *db = argc == 3 && strcmp(argv[1], "--db") == 0 ? argv[2] : NULL;
	if (db == NULL) {
		fprintf(stderr, "usage: gen_large --db URL\n");
		return 2;
	}
	char err[256];
	struct store *st = store_open(db, err, sizeof err);
	int version;
	if (st == NULL || st->ops->migrate(st, &version) != STORE_OK) {
		fprintf(stderr, "gen_large: %s\n", st ? "migration failed" : err);
		return 1;
	}
	struct arena a = { 0 };
	int64_t units[UNITS];
	st->ops->begin(st);
	int64_t district = add_unit(st, &a, "district", "BENCH", "Quận Thử nghiệm", 0);
	for (int i = 0; i < UNITS; i++) {
		char code[32], name[64];
		snprintf(code, sizeof code, "BENCH.U%03d", i + 1);
		snprintf(name, sizeof name, "Phường Thử nghiệm %d", i + 1);
		units[i] = add_unit(st, &a, "ward", code, name, district);
	}
	if (st->ops->commit(st) != STORE_OK)
		return 1;
	static const enum target_kind kinds[] = { TK_AMOUNT, TK_GROWTH_RATE, TK_RATIO, TK_SHARE,
	                                           TK_COUNT };
	long figures = 0;
	for (int y = 0; y < YEARS; y++) {
		int year = FIRST_YEAR + y;
		if (st->ops->begin(st) != STORE_OK)
			return 1;
		for (int k = 0; k < TARGETS; k++) {
			enum target_kind kind = kinds[k % 5];
			bool flow = kind == TK_AMOUNT || kind == TK_COUNT;
			char code[32];
			snprintf(code, sizeof code, "B%02d", k + 1);
			struct target parent = {
				.code = code, .year = year, .name = "Chỉ tiêu thử nghiệm", .kind = kind,
				.unit_of_measure = flow ? "đơn vị" : "%", .target_low = flow ? 3000 : 70,
				.owner_unit_id = district, .rollup = flow ? ROLL_SUM : ROLL_AVG,
				.weight = 1, .period = PERIOD_MONTH, .due_days = 5,
			};
			int64_t pid = add_target(st, &parent);
			/*
			 * A target's figures in one call: on PostgreSQL three statements
			 * instead of 3,600, each of which fired the revision triggers.
			 */
			static struct measurement figs[UNITS * 12];
			size_t nfigs = 0;
			for (int u = 0; u < UNITS; u++) {
				char ccode[48];
				snprintf(ccode, sizeof ccode, "B%02d.U%03d", k + 1, u + 1);
				struct target child = parent;
				child.code = ccode;
				child.owner_unit_id = units[u];
				child.parent_id = pid;
				child.rollup = ROLL_NONE;
				child.target_low = flow ? 10 : 70;
				int64_t cid = add_target(st, &child);
				for (int m = 1; m <= 12; m++) {
					/* Deterministic spread: most units near the target, some behind. */
					double v = flow ? 0.7 + (double)((u * 7 + m * 3 + k) % 10) * 0.05
					                : 60 + (double)((u * 3 + m + k) % 20);
					figs[nfigs++] = (struct measurement){ .target_id = cid, .unit_id = units[u],
					                                      .period_no = m, .value = v,
					                                      .reporter = "bench", .reported_at = 1 };
				}
			}
			if (target_store.measurement_insert_many(st, figs, nfigs) != STORE_OK) {
				fprintf(stderr, "gen_large: figures failed\n");
				return 1;
			}
			figures += (long)nfigs;
		}
		if (st->ops->commit(st) != STORE_OK)
			return 1;
		arena_free(&a);
		fprintf(stderr, "gen_large: %d done (%ld figures so far)\n", year, figures);
	}
	printf("district %lld: %d units, %d targets x %d years, %ld figures\n",
	       (long long)district, UNITS, TARGETS, YEARS, figures);
	st->ops->close(st);
	return 0;
}
