/* dossier_reporting.c: early / on time / late counts (Circular 01 Index 1), see dossier_service.h. */
#include "dossier/dossier_service_internal.h"
#include "dossier/dossier_store.h"
#include "org/org_store.h"

#include <stdio.h>
#include <string.h>

int dossier_report_by_parse(const char *s)
{
	static const char *const names[] = { "unit", "procedure", "officer", "month" };
	for (int i = 0; s && i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

int dossier_due_counts(struct store *st, struct arena *a, int64_t unit, cal_day today, int days,
                       int64_t *overdue, int64_t *due_soon)
{
	*overdue = *due_soon = 0;
	struct calendar cal;
	cal_day soon = today;
	enum store_status s = dossier_calendar(st, a, &cal);
	if (s != STORE_OK)
		return s;
	if (days > 0 && !cal_deadline(&cal, today, days, &soon))
		return STORE_HARD_ERROR;
	return dossier_store.due_counts(st, unit, dossier_day_text(a, today),
	                                dossier_day_text(a, soon), overdue, due_soon);
}

int dossier_default_year(struct store *st, struct arena *a, int *year)
{
	int y, m, d;
	cal_to_ymd(dossier_local_day(dossier_now()), &y, &m, &d);
	*year = y;
	const char *last;
	enum store_status s = dossier_store.last_intake(st, a, &last);
	cal_day day;
	if (s == STORE_OK && last && cal_parse_iso(last, &day)) {
		int ly;
		cal_to_ymd(day, &ly, &m, &d);
		if (ly < y)
			*year = ly;
	}
	return s;
}

int dossier_report(struct store *st, struct arena *a, int year, enum dossier_report_by by,
                   struct dossier_report_row **out, size_t *n)
{
	return dossier_report_of(st, a, year, by, 0, out, n);
}

int dossier_report_of(struct store *st, struct arena *a, int year, enum dossier_report_by by,
                      int64_t unit, struct dossier_report_row **out, size_t *n)
{
	struct org_unit *sub = NULL;
	size_t nsub = 0;
	if (unit) {
		enum store_status us = org_store.unit_subtree(st, unit, a, &sub, &nsub);
		if (us != STORE_OK)
			return us;
		if (nsub == 0)
			return STORE_NOT_FOUND;
	}
	char from[24], to[24];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-01-01", year + 1);
	struct dossier_count *c;
	size_t nc;
	enum store_status s = dossier_store.count_finished(st, from, to, (int)by, a, &c, &nc);
	*out = NULL;
	*n = 0;
	if (s != STORE_OK)
		return s;
	struct dossier_report_row *rows = arena_alloc(a, (nc ? nc : 1) * sizeof *rows);
	size_t nr = 0;
	for (size_t i = 0; i < nc; i++) {
		if (unit) {
			size_t k;
			for (k = 0; k < nsub && sub[k].id != c[i].unit_id; k++)
				;
			if (k == nsub)
				continue;
		}
		const char *key = by == BY_UNIT ? arena_printf(a, "%lld", (long long)c[i].unit_id)
		                : by == BY_PROCEDURE ? c[i].procedure_code
		                : by == BY_OFFICER ? (c[i].handler ? c[i].handler : "")
		                : c[i].month;
		size_t k;
		for (k = 0; k < nr && strcmp(rows[k].key, key) != 0; k++)
			;
		if (k == nr) {
			rows[nr] = (struct dossier_report_row){ .key = key, .label = key };
			if (by == BY_UNIT) {
				struct org_unit u;
				if (org_store.unit_get(st, c[i].unit_id, a, &u) == STORE_OK)
					rows[nr].label = u.name;
			}
			nr++;
		}
		if (c[i].result == DR_EARLY)
			rows[k].early += c[i].n;
		else if (c[i].result == DR_ON_TIME)
			rows[k].on_time += c[i].n;
		else
			rows[k].late += c[i].n;
	}
	for (size_t k = 0; k < nr; k++) {
		int64_t done = rows[k].early + rows[k].on_time + rows[k].late;
		rows[k].score = 2 * rows[k].early + rows[k].on_time;
		rows[k].on_time_rate = done ? (double)(rows[k].early + rows[k].on_time) / (double)done : 0;
	}
	/* Ordered by key: units by id, procedures by code, months in order. */
	for (size_t i = 1; i < nr; i++)
		for (size_t k = i; k > 0 && strcmp(rows[k - 1].key, rows[k].key) > 0; k--) {
			struct dossier_report_row t = rows[k];
			rows[k] = rows[k - 1];
			rows[k - 1] = t;
		}
	*out = rows;
	*n = nr;
	return STORE_OK;
}
