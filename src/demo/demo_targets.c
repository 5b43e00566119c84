/*
 * demo_targets.c: the eight 2019 targets of District 9 (DOMAIN.md §2) with a
 * year of figures, through the target service like anything a user enters.
 *
 * The figures are fixed tables, not random, and tell one story at the year
 * end: most targets are met; industry growth (CN) ends at 9.6 % against 11 %;
 * investment disbursement (XDCB) is slow in the first half and catches up to
 * 255 tỷ in December; Long Phước and Trường Thạnh lag on poor households (HN)
 * and self-managed neighbourhood groups (TDP); Phú Hữu misses the crime
 * target (PP).  Two ward figures of the last period are missing, so the late
 * reporters list is not empty: Long Phước's HN for December and Trường
 * Thạnh's TDP for quarter 4.  The district's HN and TDP, rolled up only from
 * complete periods, then stop at November and quarter 3; both were already
 * met there (the city's poverty review closes in November), so the year-end
 * picture holds with one district target missed.
 */
#include "demo/demo.h"

#include "target/target_store.h"
#include "org/org_store.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "org/org.h"
#include "org/org_service.h"
#include "store/store.h"
#include "target/target.h"
#include "target/target_service.h"
#include "util/arena.h"

#define YEAR 2019
#define MISSING (-1.0)

/*
 * Wards: population (thousands, for PP's weights and HN's shares), HN's
 * share of 1,600 households by population, how far each ward gets on HN
 * (× its share), PP's fall in % by quarter (running), TDP's self-managed
 * groups by quarter (out of 5; scaled to the ward's real number of groups).
 */
static const struct ward_figures {
	const char *code;
	int population;
	int hn_target;
	double hn_reached;
	double pp[4];
	int tdp[4];
} wards[] = {
	{ "Q9.HIEPPHU",      31, 146, 1.06, { 3.1, 3.6, 4.0, 4.3 }, { 4, 4, 5, 5 } },
	{ "Q9.LONGBINH",     25, 117, 1.04, { 2.8, 3.3, 3.7, 4.0 }, { 3, 4, 4, 4 } },
	{ "Q9.LONGPHUOC",     9,  42, 0.79, { 3.4, 3.8, 4.2, 4.6 }, { 2, 3, 3, 3 } },
	{ "Q9.LONGTHANHMY",  36, 169, 1.05, { 2.9, 3.2, 3.6, 3.9 }, { 4, 4, 4, 5 } },
	{ "Q9.LONGTRUONG",   18,  85, 1.03, { 3.2, 3.5, 3.9, 4.1 }, { 3, 4, 4, 4 } },
	{ "Q9.PHUHUU",       24, 113, 1.07, { 1.4, 1.7, 2.0, 2.2 }, { 4, 4, 4, 4 } },
	{ "Q9.PHUOCBINH",    19,  89, 1.08, { 3.8, 4.2, 4.6, 4.9 }, { 4, 5, 5, 5 } },
	{ "Q9.PHUOCLONGA",   21,  99, 1.05, { 3.3, 3.7, 4.1, 4.4 }, { 4, 4, 5, 5 } },
	{ "Q9.PHUOCLONGB",   52, 244, 1.04, { 2.9, 3.4, 3.8, 4.2 }, { 4, 4, 4, 5 } },
	{ "Q9.TANPHU",       22, 103, 1.06, { 3.0, 3.5, 3.8, 4.0 }, { 3, 4, 4, 4 } },
	{ "Q9.TANGNHONPHUA", 41, 192, 1.05, { 3.2, 3.8, 4.3, 4.7 }, { 4, 4, 5, 5 } },
	{ "Q9.TANGNHONPHUB", 31, 145, 1.04, { 3.0, 3.4, 3.9, 4.3 }, { 4, 5, 5, 5 } },
	{ "Q9.TRUONGTHANH",  12,  56, 0.84, { 3.1, 3.4, 3.7, 3.9 }, { 2, 2, 3, -1 } },
};
enum { NWARDS = sizeof wards / sizeof wards[0] };

/* HN: the share of a ward's year reached by the end of each month (running). */
static const double hn_progress[12] = { 0.08, 0.16, 0.25, 0.33, 0.42, 0.50,
                                        0.58, 0.66, 0.74, 0.83, 0.98, 1.00 };

/* District figures, running (% so far) by quarter. */
static const double dv[4] = { 10.2, 10.4, 10.5, 10.6 };
static const double cn[4] = { 10.4, 10.2, 9.9, 9.6 };
static const double ns[4] = { 5.8, 6.4, 6.9, 7.1 };
static const double dt[4] = { 68.4, 70.6, 71.3, 72.0 };
/* XDCB disbursed in each month, tỷ đồng (March: 12 first, corrected to 14.5). */
static const double xdcb[12] = { 4, 6.5, 14.5, 12, 16, 22, 20, 22, 26, 28, 34, 50 };

struct demo_t {
	struct store *st;
	struct arena *a;
	int targets, figures;
	bool failed;
};

static bool copy_target(void *ctx, struct target *t, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	*t = *(const struct target *)ctx;
	return true;
}

static int64_t add_target(struct demo_t *d, struct target *in)
{
	if (d->failed)
		return 0;
	struct target out;
	struct org_error err = { 0 };
	if (target_save_in(d->st, d->a, &principal_system, 0, copy_target, in, &out, &err)
	    != ORG_OK) {
		fprintf(stderr, "demo: target %s: %s %s\n", in->code, err.field ? err.field : "",
		        err.detail ? err.detail : "storage error");
		d->failed = true;
		return 0;
	}
	d->targets++;
	return out.id;
}

static void report(struct demo_t *d, int64_t target, int64_t unit, int period, double value,
                   const char *note)
{
	if (d->failed || value == MISSING)
		return;
	struct measurement m = { .target_id = target, .unit_id = unit, .period_no = period,
	                         .value = value, .note = note };
	struct org_error err = { 0 };
	bool corrected;
	if (target_report_in(d->st, d->a, &principal_system, &m, &corrected, &err) != ORG_OK) {
		fprintf(stderr, "demo: figure %d of target %lld: %s %s\n", period, (long long)target,
		        err.field ? err.field : "", err.detail ? err.detail : "storage error");
		d->failed = true;
		return;
	}
	d->figures++;
}

/* The first person in UNIT with exactly TITLE; the N-th one (0-based). */
static int64_t person_titled(struct demo_t *d, int64_t unit, const char *title, int nth)
{
	struct person_filter f = { .unit_id = unit };
	struct org_person *p;
	size_t n;
	if (org_store.person_list(d->st, &f, d->a, &p, &n) != STORE_OK)
		return 0;
	int64_t first = 0;
	for (size_t i = 0; i < n; i++)
		if (p[i].title && strcmp(p[i].title, title) == 0) {
			if (!first)
				first = p[i].id;
			if (nth-- == 0)
				return p[i].id;
		}
	return first;
}

/* A quarter's note for district figures: preliminary in the year, final at the end. */
static const char *quarter_note(int q)
{
	switch (q) {
	case 1: return "Số liệu sơ bộ";
	case 2: return "Theo báo cáo sơ kết 6 tháng";
	case 4: return "Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm";
	}
	return NULL;
}

/* Some ward figures carry a note; deterministic, no randomness. */
static const char *ward_note(size_t w, int period, bool monthly)
{
	if (monthly && period % 3 == 0 && (w + (size_t)period) % 4 == 0)
		return "Đã điều chỉnh theo báo cáo quý";
	if ((w * 3 + (size_t)period) % 7 == 0)
		return "Số liệu sơ bộ";
	return NULL;
}

static void load(struct demo_t *d, int64_t q9)
{
	struct store *st = d->st;
	int64_t chair = person_titled(d, q9, "Chủ tịch UBND quận", 0);
	int64_t vice_econ = person_titled(d, q9, "Phó Chủ tịch UBND quận", 0);
	int64_t vice_social = person_titled(d, q9, "Phó Chủ tịch UBND quận", 1);
	if (!vice_econ)
		vice_econ = chair;
	if (!vice_social)
		vice_social = vice_econ;

	struct org_unit wu[NWARDS];
	double groups[NWARDS];
	int64_t ward_chair[NWARDS];
	for (size_t i = 0; i < NWARDS; i++) {
		if (org_store.unit_get_by_code(st, wards[i].code, d->a, &wu[i]) != STORE_OK) {
			fprintf(stderr, "demo: unit %s not found\n", wards[i].code);
			d->failed = true;
			return;
		}
		struct unit_filter f = { .kind = "neighbourhood_group", .parent_id = wu[i].id };
		struct org_unit *g;
		size_t n = 0;
		if (org_store.unit_list(st, &f, d->a, &g, &n) != STORE_OK)
			n = 0;
		groups[i] = n ? (double)n : 5;
		ward_chair[i] = person_titled(d, wu[i].id, "Chủ tịch UBND phường", 0);
	}
	double population = 0;
	for (size_t i = 0; i < NWARDS; i++)
		population += wards[i].population;

	struct target base = { .year = YEAR, .owner_unit_id = q9, .direction = DIR_HIGHER,
	                       .rollup = ROLL_NONE, .weight = 1, .period = PERIOD_QUARTER,
	                       .due_days = 15, .unit_of_measure = "%" };
	struct target t;

	/* DV, CN, NS: economy, reported by the district each quarter. */
	t = base;
	t.code = "DV";
	t.name = "Tăng trưởng giá trị sản xuất khu vực dịch vụ";
	t.description = "Tốc độ tăng trưởng bình quân về giá trị sản xuất của khu vực dịch vụ "
	                "đạt 10%/năm.";
	t.kind = TK_GROWTH_RATE;
	t.target_low = 10;
	t.leader_person_id = vice_econ;
	int64_t id_dv = add_target(d, &t);

	t = base;
	t.code = "CN";
	t.name = "Tăng trưởng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp";
	t.description = "Tốc độ tăng trưởng bình quân về giá trị sản xuất của ngành công nghiệp, "
	                "tiểu thủ công nghiệp đạt 11%/năm.";
	t.kind = TK_GROWTH_RATE;
	t.target_low = 11;
	t.leader_person_id = vice_econ;
	int64_t id_cn = add_target(d, &t);

	t = base;
	t.code = "NS";
	t.name = "Thu ngân sách nhà nước vượt dự toán";
	t.description = "Dự toán thu ngân sách nhà nước phấn đấu vượt chỉ tiêu từ 6% đến 8%.";
	t.kind = TK_RANGE;
	t.target_low = 6;
	t.target_high = 8;
	t.has_high = true;
	t.leader_person_id = chair;
	int64_t id_ns = add_target(d, &t);

	/* XDCB: an amount disbursed month by month. */
	t = base;
	t.code = "XDCB";
	t.name = "Giải ngân vốn đầu tư xây dựng cơ bản";
	t.description = "Tổng mức đầu tư xây dựng cơ bản vốn ngân sách tập trung thành phố và quận "
	                "quản lý đạt 250 tỷ đồng.";
	t.kind = TK_AMOUNT;
	t.unit_of_measure = "tỷ đồng";
	t.target_low = 250;
	t.period = PERIOD_MONTH;
	t.due_days = 10;
	t.leader_person_id = vice_econ;
	int64_t id_xdcb = add_target(d, &t);

	/* HN: households fewer, broken down to the wards by population. */
	t = base;
	t.code = "HN";
	t.name = "Giảm hộ nghèo, hộ cận nghèo";
	t.description = "Giảm tỷ lệ hộ nghèo, hộ cận nghèo bình quân 0,8% trên tổng số dân "
	                "(giảm 600 hộ nghèo, 1.000 hộ cận nghèo theo chuẩn mới của thành phố).";
	t.kind = TK_REDUCTION;
	t.unit_of_measure = "hộ";
	t.target_low = 1600;
	t.rollup = ROLL_SUM;
	t.period = PERIOD_MONTH;
	t.due_days = 10;
	t.leader_person_id = vice_social;
	int64_t id_hn = add_target(d, &t);

	/* PP: a fall of 3–5 %, wards weighted by their share of the population. */
	t = base;
	t.code = "PP";
	t.name = "Kéo giảm tỷ lệ phạm pháp hình sự";
	t.description = "Phấn đấu kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%.";
	t.kind = TK_REDUCTION;
	t.target_low = 3;
	t.target_high = 5;
	t.has_high = true;
	t.rollup = ROLL_WAVG;
	t.leader_person_id = chair;
	int64_t id_pp = add_target(d, &t);

	t = base;
	t.code = "DT";
	t.name = "Tỷ lệ điều tra, phá án hình sự";
	t.description = "Nâng tỷ lệ điều tra, phá án hình sự trên 70%.";
	t.kind = TK_RATIO;
	t.target_low = 70;
	t.leader_person_id = chair;
	int64_t id_dt = add_target(d, &t);

	/* TDP: share of groups, wards weighted by their number of groups. */
	t = base;
	t.code = "TDP";
	t.name = "Tổ dân phố đạt tự quản về an ninh trật tự";
	t.description = "Xây dựng 80% tổ dân phố đạt tự quản về an ninh trật tự.";
	t.kind = TK_SHARE;
	t.target_low = 80;
	t.rollup = ROLL_SHARE;
	t.leader_person_id = chair;
	int64_t id_tdp = add_target(d, &t);

	/* The breakdowns, one target per ward and parent. */
	int64_t hn[NWARDS], pp[NWARDS], tdp[NWARDS];
	for (size_t i = 0; i < NWARDS && !d->failed; i++) {
		const char *wname = wu[i].name;
		t = base;
		t.owner_unit_id = wu[i].id;
		t.leader_person_id = ward_chair[i];

		t.code = arena_printf(d->a, "HN.%s", wards[i].code);
		t.name = arena_printf(d->a, "Giảm hộ nghèo, hộ cận nghèo - %s", wname);
		t.description = arena_printf(d->a, "Phần chỉ tiêu HN của %s, phân bổ theo quy mô dân "
		                             "số: giảm %d hộ nghèo, hộ cận nghèo.", wname,
		                             wards[i].hn_target);
		t.kind = TK_REDUCTION;
		t.unit_of_measure = "hộ";
		t.target_low = wards[i].hn_target;
		t.period = PERIOD_MONTH;
		t.due_days = 10;
		t.parent_id = id_hn;
		hn[i] = add_target(d, &t);

		t.code = arena_printf(d->a, "PP.%s", wards[i].code);
		t.name = arena_printf(d->a, "Kéo giảm tỷ lệ phạm pháp hình sự - %s", wname);
		t.description = arena_printf(d->a, "Phần chỉ tiêu PP của %s: kéo giảm tỷ lệ phạm pháp "
		                             "hình sự từ 3 - 5%%; trọng số theo tỷ lệ dân số.", wname);
		t.kind = TK_REDUCTION;
		t.unit_of_measure = "%";
		t.target_low = 3;
		t.target_high = 5;
		t.has_high = true;
		t.period = PERIOD_QUARTER;
		t.due_days = 15;
		t.weight = round(10000.0 * wards[i].population / population) / 100; /* % of people */
		t.parent_id = id_pp;
		pp[i] = add_target(d, &t);

		t.code = arena_printf(d->a, "TDP.%s", wards[i].code);
		t.name = arena_printf(d->a, "Tổ dân phố đạt tự quản về an ninh trật tự - %s", wname);
		t.description = arena_printf(d->a, "Phần chỉ tiêu TDP của %s: 80%% tổ dân phố đạt tự "
		                             "quản về an ninh trật tự; trọng số là số tổ dân phố.",
		                             wname);
		t.kind = TK_SHARE;
		t.target_low = 80;
		t.has_high = false;
		t.target_high = 0;
		t.weight = groups[i];
		t.parent_id = id_tdp;
		tdp[i] = add_target(d, &t);
	}

	/* District figures. */
	for (int q = 1; q <= 4; q++) {
		report(d, id_dv, q9, q, dv[q - 1], quarter_note(q));
		report(d, id_cn, q9, q, cn[q - 1],
		       q == 3 ? "Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu" : quarter_note(q));
		report(d, id_ns, q9, q, ns[q - 1], q == 3 ? "Đã điều chỉnh theo báo cáo quý"
		                                          : quarter_note(q));
		report(d, id_dt, q9, q, dt[q - 1], quarter_note(q));
	}
	for (int m = 1; m <= 12; m++) {
		const char *note = m == 6  ? "Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng"
		                 : m == 12 ? "Số liệu sơ bộ, chờ đối chiếu Kho bạc"
		                           : NULL;
		if (m == 3) {
			/* First reported from the departments' own books, then corrected. */
			report(d, id_xdcb, q9, 3, 12, "Số liệu sơ bộ");
			note = "Điều chỉnh theo số liệu Kho bạc";
		}
		report(d, id_xdcb, q9, m, xdcb[m - 1], note);
	}

	/* Ward figures. */
	for (size_t i = 0; i < NWARDS && !d->failed; i++) {
		int64_t u = wu[i].id;
		double reach = wards[i].hn_target * wards[i].hn_reached;
		for (int m = 1; m <= 12; m++) {
			if (m == 12 && strcmp(wards[i].code, "Q9.LONGPHUOC") == 0)
				continue; /* not reported: the late reporters list shows it */
			report(d, hn[i], u, m, round(reach * hn_progress[m - 1]),
			       ward_note(i, m, true));
		}
		for (int q = 1; q <= 4; q++) {
			report(d, pp[i], u, q, wards[i].pp[q - 1], ward_note(i, q, false));
			double v = MISSING;
			if (wards[i].tdp[q - 1] >= 0) {
				double k = round(wards[i].tdp[q - 1] * groups[i] / 5);
				v = round(1000 * k / groups[i]) / 10;
			}
			report(d, tdp[i], u, q, v, ward_note(i, q + 1, false));
		}
	}
}

int demo_load_targets(struct store *st)
{
	if (st->ops->begin(st) != STORE_OK)
		return -1;
	struct arena a = { 0 };
	struct demo_t d = { .st = st, .a = &a };
	struct target_filter f = { .year = YEAR, .parent_id = 0 };
	struct target *ts;
	size_t n;
	struct org_unit q9;
	int r = -1;
	if (target_store.target_list(st, &f, &a, &ts, &n) != STORE_OK)
		goto fail;
	for (size_t i = 0; i < n; i++)
		if (strcmp(ts[i].code, "DV") == 0) {
			printf("demo targets already present (2019 has a DV target); nothing added\n");
			r = 0;
			goto fail;
		}
	enum store_status s = org_store.unit_get_by_code(st, "Q9", &a, &q9);
	if (s == STORE_NOT_FOUND) {
		printf("no unit Q9: the 2019 demo targets were not loaded\n");
		r = 0;
		goto fail;
	}
	if (s != STORE_OK)
		goto fail;
	load(&d, q9.id);
	if (d.failed || st->ops->commit(st) != STORE_OK)
		goto fail;
	printf("demo targets loaded: %d targets of %d, %d figures\n", d.targets, YEAR, d.figures);
	arena_free(&a);
	return d.targets;
fail:
	st->ops->rollback(st);
	arena_free(&a);
	if (r < 0)
		fprintf(stderr, "dieuhanh: loading the demo targets failed; nothing was written\n");
	return r;
}
