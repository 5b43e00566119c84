/* dossier_review.c: the yearly management review (ISO 9001 clause 9.3), see dossier_service.h. */
#include "dossier/dossier_service_internal.h"
#include "dossier/dossier_store.h"

#include <stdio.h>
#include <string.h>

int dossier_review_load(struct store *st, struct arena *a, int year, struct dossier_review *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	cal_day first, next;
	if (!cal_from_ymd(year, 1, 1, &first) || !cal_from_ymd(year + 1, 1, 1, &next))
		return STORE_HARD_ERROR;
	int64_t from = (int64_t)first * 86400 - DOSSIER_UTC_OFFSET;
	int64_t to = (int64_t)next * 86400 - DOSSIER_UTC_OFFSET;
	enum store_status s = dossier_store.count_received(st, from, to, out->by_state);
	for (int i = 0; i < DS_COUNT; i++)
		out->received += out->by_state[i];
	int64_t sums[DOSSIER_RATING_CRITERIA];
	if (s == STORE_OK)
		s = dossier_store.rating_sums(st, from, to, sums, &out->ratings);
	for (int i = 0; s == STORE_OK && out->ratings && i < DOSSIER_RATING_CRITERIA; i++)
		out->rating_avg[i] = (double)sums[i] / (double)out->ratings;
	char f[24], t[24];
	snprintf(f, sizeof f, "%04d-01-01", year);
	snprintf(t, sizeof t, "%04d-01-01", year + 1);
	if (s == STORE_OK)
		s = dossier_store.nc_counts(st, f, t, &out->nc_opened, &out->nc_closed);
	if (s == STORE_OK)
		s = dossier_report(st, a, year, BY_UNIT, &out->units, &out->nunits);
	if (s != STORE_OK)
		return s;
	out->total.key = out->total.label = "";
	for (size_t i = 0; i < out->nunits; i++) {
		out->total.early += out->units[i].early;
		out->total.on_time += out->units[i].on_time;
		out->total.late += out->units[i].late;
	}
	int64_t done = out->total.early + out->total.on_time + out->total.late;
	out->total.score = 2 * out->total.early + out->total.on_time;
	out->total.on_time_rate = done ? (double)(out->total.early + out->total.on_time) / (double)done : 0;
	/* Where to look first: the lowest on-time rate. */
	for (size_t i = 1; i < out->nunits; i++)
		for (size_t k = i; k > 0 && out->units[k - 1].on_time_rate > out->units[k].on_time_rate; k--) {
			struct dossier_report_row tmp = out->units[k];
			out->units[k] = out->units[k - 1];
			out->units[k - 1] = tmp;
		}
	if ((s = iso_audits_of_year(st, a, year, &out->audits, &out->naudits)) != STORE_OK)
		return s;
	struct procedure *p;
	size_t n;
	if ((s = dossier_store.proc_list(st, a, &p, &n)) != STORE_OK)
		return s;
	cal_day year_end = next - 1;
	for (size_t i = 0; i < n; i++) {
		struct proc_flags fl;
		procedure_flags(&p[i], year_end, &fl);
		out->procedures++;
		out->review_overdue += fl.review_overdue;
		out->legal_pending += fl.legal_change_pending;
	}
	return STORE_OK;
}

json_t *dossier_review_json(const struct dossier_review *r)
{
	json_t *states = json_object();
	for (int i = 0; i < DS_COUNT; i++)
		json_object_set_new(states, dossier_state_name((enum dossier_state)i),
		                    json_integer(r->by_state[i]));
	json_t *ratings = json_object();
	for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++)
		json_object_set_new(ratings, dossier_rating_keys[i], json_real(r->rating_avg[i]));
	json_t *audits = json_array();
	for (size_t i = 0; i < r->naudits; i++)
		json_array_append_new(audits, iso_audit_json(&r->audits[i]));
	json_t *units = json_array();
	for (size_t i = 0; i < r->nunits; i++)
		json_array_append_new(units, json_pack("{s:s, s:s, s:I, s:I, s:I, s:f}",
		                      "key", r->units[i].key, "label", r->units[i].label,
		                      "early", (json_int_t)r->units[i].early,
		                      "on_time", (json_int_t)r->units[i].on_time,
		                      "late", (json_int_t)r->units[i].late,
		                      "on_time_rate", r->units[i].on_time_rate));
	return json_pack("{s:i, s:I, s:o, s:{s:I, s:I, s:I, s:I, s:f}, s:o, s:I, s:o,"
	                 " s:{s:I, s:I}, s:{s:I, s:I, s:I}, s:o}",
	                 "year", r->year, "received", (json_int_t)r->received, "by_state", states,
	                 "finished", "early", (json_int_t)r->total.early,
	                 "on_time", (json_int_t)r->total.on_time, "late", (json_int_t)r->total.late,
	                 "score", (json_int_t)r->total.score, "on_time_rate", r->total.on_time_rate,
	                 "units", units, "ratings", (json_int_t)r->ratings, "rating_averages", ratings,
	                 "nonconformities", "opened", (json_int_t)r->nc_opened,
	                 "closed", (json_int_t)r->nc_closed,
	                 "procedures", "current", (json_int_t)r->procedures,
	                 "review_overdue", (json_int_t)r->review_overdue,
	                 "legal_change_pending", (json_int_t)r->legal_pending,
	                 "internal_audits", audits);
}
