/*
 * dossier_demo.c: the one-stop shop's demonstration data — the documented
 * procedures most asked for at District 9's ward and district desks, with
 * their statutory times, and a year (2019) of dossiers at the 13 wards'
 * desks and the district's: mostly early or on time, some late, some
 * supplemented or apologised for, a few refused, withdrawn or stopped, and
 * at the year's end some in every open state.  Everything goes through the
 * service (the same rules, events and audit entries as the desk's), in one
 * transaction, deterministically (the same data every run).
 */
#include "dossier/dossier_service.h"

#include "org/org_store.h"

#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "util/arena.h"

struct demo_proc {
	const char *code, *name, *field, *level, *legal, *fee;
	int days;
	const char *docs[4];      /* the first two are required */
	const char *steps[3][3];  /* name, responsible, records; days split below */
};

/* Statutory times as the laws cited give them (0: the same working day). */
static const struct demo_proc procs[] = {
	{ "HT.01", "Đăng ký khai sinh", "Hộ tịch", "ward",
	  "Luật Hộ tịch 2014 Điều 16; Nghị định 123/2015/NĐ-CP", "Miễn phí", 1,
	  { "Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Giấy chứng nhận kết hôn của cha mẹ", NULL },
	  { { "Tiếp nhận, kiểm tra hồ sơ", "Bộ phận một cửa", "Sổ theo dõi hồ sơ" },
	    { "Ghi Sổ hộ tịch, trình ký", "Công chức tư pháp - hộ tịch", "Sổ đăng ký khai sinh" },
	    { "Ký Giấy khai sinh", "Chủ tịch UBND phường", "Giấy khai sinh" } } },
	{ "HT.02", "Đăng ký kết hôn", "Hộ tịch", "ward",
	  "Luật Hộ tịch 2014 Điều 18; Nghị định 123/2015/NĐ-CP", "Miễn phí", 5,
	  { "Tờ khai đăng ký kết hôn", "Giấy xác nhận tình trạng hôn nhân", NULL, NULL },
	  { { "Tiếp nhận, kiểm tra hồ sơ", "Bộ phận một cửa", "Sổ theo dõi hồ sơ" },
	    { "Xác minh, trình ký", "Công chức tư pháp - hộ tịch", "Phiếu kiểm soát" },
	    { "Trao Giấy chứng nhận kết hôn", "Chủ tịch UBND phường", "Sổ đăng ký kết hôn" } } },
	{ "HT.03", "Xác nhận tình trạng hôn nhân", "Hộ tịch", "ward",
	  "Nghị định 123/2015/NĐ-CP Điều 22", "Miễn phí", 3,
	  { "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "Giấy tờ tùy thân", NULL, NULL },
	  { { "Tiếp nhận, kiểm tra hồ sơ", "Bộ phận một cửa", "Sổ theo dõi hồ sơ" },
	    { "Kiểm tra, xác minh", "Công chức tư pháp - hộ tịch", "Phiếu kiểm soát" },
	    { "Ký xác nhận", "Chủ tịch UBND phường", "Sổ cấp xác nhận" } } },
	{ "CT.01", "Chứng thực bản sao từ bản chính", "Chứng thực", "ward",
	  "Nghị định 23/2015/NĐ-CP Điều 20", "2.000 đồng/trang", 0,
	  { "Bản chính giấy tờ", "Bản sao cần chứng thực", NULL, NULL },
	  { { "Tiếp nhận, đối chiếu", "Bộ phận một cửa", "Sổ chứng thực" },
	    { "Ký chứng thực", "Chủ tịch UBND phường", "Sổ chứng thực" },
	    { NULL, NULL, NULL } } },
	{ "KD.01", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh",
	  "district", "Nghị định 78/2015/NĐ-CP Điều 71", "100.000 đồng", 3,
	  { "Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao giấy tờ tùy thân", "Hợp đồng thuê địa điểm", NULL },
	  { { "Tiếp nhận hồ sơ", "Bộ phận một cửa quận", "Sổ theo dõi hồ sơ" },
	    { "Thẩm định, trình ký", "Phòng Tài chính - Kế hoạch", "Phiếu kiểm soát" },
	    { "Cấp Giấy chứng nhận", "Lãnh đạo UBND quận", "Sổ đăng ký hộ kinh doanh" } } },
	{ "XD.01", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "district",
	  "Luật Xây dựng 2014 Điều 102; Nghị định 59/2015/NĐ-CP", "75.000 đồng", 15,
	  { "Đơn đề nghị cấp giấy phép xây dựng", "Giấy tờ về quyền sử dụng đất",
	    "Bản vẽ thiết kế", NULL },
	  { { "Tiếp nhận hồ sơ", "Bộ phận một cửa quận", "Sổ theo dõi hồ sơ" },
	    { "Kiểm tra thực địa, thẩm định", "Phòng Quản lý đô thị", "Biên bản kiểm tra" },
	    { "Ký giấy phép", "Lãnh đạo UBND quận", "Sổ cấp phép" } } },
	{ "DD.01", "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai", "district",
	  "Luật Đất đai 2013; Nghị định 01/2017/NĐ-CP Điều 61", "Theo Nghị quyết HĐND thành phố", 30,
	  { "Đơn đăng ký, cấp Giấy chứng nhận", "Giấy tờ về quyền sử dụng đất", "Sơ đồ nhà ở", NULL },
	  { { "Tiếp nhận hồ sơ", "Bộ phận một cửa quận", "Sổ theo dõi hồ sơ" },
	    { "Xác minh, đo đạc, thẩm định", "Phòng Tài nguyên và Môi trường", "Phiếu kiểm soát" },
	    { "Ký Giấy chứng nhận", "Lãnh đạo UBND quận", "Sổ cấp Giấy chứng nhận" } } },
};

static const char *const ward_codes[] = {
	"HIEPPHU", "LONGBINH", "LONGPHUOC", "LONGTHANHMY", "LONGTRUONG", "PHUHUU", "PHUOCBINH",
	"PHUOCLONGA", "PHUOCLONGB", "TANPHU", "TANGNHONPHUA", "TANGNHONPHUB", "TRUONGTHANH",
};

static const char *const given[] = { "An", "Bình", "Cúc", "Dũng", "Hà", "Hải", "Hạnh", "Hòa",
	"Khánh", "Lan", "Minh", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Tuấn", "Vy", "Yến" };
static const char *const family[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng", "Bùi",
	"Huỳnh", "Phan", "Trương" };
static const char *const streets[] = { "Lê Văn Việt", "Đỗ Xuân Hợp", "Nguyễn Duy Trinh",
	"Lã Xuân Oai", "Man Thiện", "Tây Hòa", "Đình Phong Phú", "Lò Lu" };

struct demo {
	struct store *st;
	struct arena a;
	struct calendar cal;
	unsigned seed;
	int loaded;
	bool failed;
};

static unsigned next(struct demo *d)
{
	d->seed = d->seed * 1103515245u + 12345u;
	return (d->seed >> 8) & 0xffffff;
}

static int64_t at_time(cal_day day, int hour, int minute)
{
	return (int64_t)day * 86400 + hour * 3600 + minute * 60 - DOSSIER_UTC_OFFSET;
}

static void fail(struct demo *d, const char *what, const struct org_error *err)
{
	fprintf(stderr, "demo: dossiers: %s: %s %s\n", what, err->field ? err->field : "",
	        err->detail ? err->detail : "storage error");
	d->failed = true;
}

static bool act(struct demo *d, const struct principal *who, const char *code,
                enum dossier_action action, int64_t at, const char *note)
{
	struct dossier_act_input in = { .action = action, .at = at, .note = note };
	if (action == DA_REQUEST_SUPPLEMENT) {
		in.missing[0] = "Bản sao giấy tờ tùy thân có chứng thực";
		in.nmissing = 1;
	}
	struct dossier out;
	struct org_error err = { 0 };
	if (dossier_act_in(d->st, &d->a, who, code, &in, &out, &err) != ORG_OK) {
		fail(d, dossier_action_name(action), &err);
		return false;
	}
	return true;
}

static bool apologize(struct demo *d, const struct principal *who, const char *code, int64_t at,
                      cal_day new_due)
{
	char iso[11];
	cal_format_iso(new_due, iso);
	struct dossier_act_input in = { .action = DA_APOLOGIZE, .at = at, .new_due = iso,
	                                .note = "Cần xác minh thêm tại địa phương" };
	struct dossier out;
	struct org_error err = { 0 };
	if (dossier_act_in(d->st, &d->a, who, code, &in, &out, &err) != ORG_OK) {
		fail(d, "apologize", &err);
		return false;
	}
	return true;
}

/* The K-th working day on or after DAY. */
static cal_day working(struct demo *d, cal_day day, int k)
{
	cal_day out = day;
	if (!cal_deadline(&d->cal, day - 1, k + 1, &out))
		return day;
	return out;
}

/* One dossier's life, its fate drawn from R (0–99); OPEN_STATE: leave it there (year's end). */
static void one(struct demo *d, const struct principal *who, int64_t desk, const struct demo_proc *p,
                cal_day day, int open_state)
{
	unsigned r = next(d) % 100;
	struct dossier_intake in = {
		.procedure_code = p->code, .unit_id = desk,
		.full_name = arena_printf(&d->a, "%s %s %s", family[next(d) % 10],
		                          next(d) % 2 ? "Văn" : "Thị", given[next(d) % 20]),
		.id_number = arena_printf(&d->a, "0791%08u", next(d) % 100000000u),
		.phone = arena_printf(&d->a, "090%07u", next(d) % 10000000u),
		.address = arena_printf(&d->a, "%u %s", 1 + next(d) % 300, streets[next(d) % 8]),
		.received_at = at_time(day, 8 + (int)(next(d) % 8), (int)(next(d) % 60)),
		.documents = { p->docs[0], p->docs[1] }, .ndocuments = 2,
	};
	bool incomplete = open_state < 0 && r >= 90 && r < 94;
	if (incomplete)
		in.ndocuments = 1;
	if (open_state < 0 && r >= 98) {
		in.outcome = OUTCOME_REFUSE;
		in.note = "Hồ sơ không thuộc thẩm quyền giải quyết của đơn vị";
	}
	if (open_state == DS_SUPPLEMENT)
		in.ndocuments = 1;
	struct dossier dz;
	struct org_error err = { 0 };
	if (dossier_receive_in(d->st, &d->a, who, &in, &dz, &err) != ORG_OK) {
		fail(d, "receive", &err);
		return;
	}
	d->loaded++;
	if (dz.state != DS_RECEIVED && !incomplete)
		return;  /* refused, or waiting at the year's end */
	int64_t t = in.received_at;
	cal_day start = dossier_local_day(t);
	if (incomplete) {
		/* The citizen comes back two working days later. */
		start = working(d, start, 2);
		t = at_time(start, 9, 0);
		if (!act(d, who, dz.code, DA_SUPPLEMENT, t, NULL))
			return;
	}
	if (open_state == DS_RECEIVED)
		return;
	if (!act(d, who, dz.code, DA_FORWARD, t + 1800, NULL) || open_state == DS_PROCESSING)
		return;
	if (open_state == DS_PAUSED) {
		act(d, who, dz.code, DA_PAUSE, t + 3600, "Chờ ý kiến cơ quan liên quan");
		return;
	}
	if (open_state == DS_FEES_DUE) {
		act(d, who, dz.code, DA_REQUEST_FEES, t + 3600, NULL);
		return;
	}
	t += 3600;
	if (open_state < 0 && r >= 94 && r < 95) {
		act(d, who, dz.code, DA_WITHDRAW, t, "Công dân rút hồ sơ");
		return;
	}
	if (open_state < 0 && r >= 95 && r < 96) {
		act(d, who, dz.code, DA_STOP, t, "Hồ sơ có tranh chấp");
		return;
	}
	int supplements = open_state < 0 && r >= 80 && r < 88 ? 1 : open_state < 0 && r == 88 ? 2 : 0;
	for (int i = 0; i < supplements; i++) {
		if (!act(d, who, dz.code, DA_REQUEST_SUPPLEMENT, t, NULL))
			return;
		cal_day back = working(d, dossier_local_day(t), 1);
		t = at_time(back, 9, 30 + i);
		if (!act(d, who, dz.code, DA_SUPPLEMENT, t, NULL))
			return;
	}
	/* The deadline as the service now has it (a supplement moved it on). */
	cal_day due;
	if (dossier_get_by_code(d->st, dz.code, &d->a, &dz, NULL) != STORE_OK
	    || !cal_parse_iso(dz.due_day, &due)) {
		d->failed = true;
		return;
	}
	for (size_t s = 0; s < 3 && p->steps[s][0]; s++) {
		t += 600;
		if (!act(d, who, dz.code, DA_STEP, t, NULL))
			return;
	}
	/* The finish: early most often, on time, late (with an apology a working day ahead). */
	cal_day fin;
	bool late = open_state < 0 && r >= 70 && r < 80;
	if (late) {
		cal_day eve = due;
		if (cal_working_days(&d->cal, dossier_local_day(t), due) >= 2) {
			cal_deadline(&d->cal, dossier_local_day(t), 1, &eve);
			if (r < 75 && !apologize(d, who, dz.code, at_time(eve, 16, 0), working(d, due, 3)))
				return;
		}
		fin = working(d, due, 2);
	} else if (r < 45 && p->days > 1) {
		fin = working(d, dossier_local_day(t), 1);
		if (fin >= due)
			fin = due;
	} else {
		fin = due;
	}
	int64_t ft = at_time(fin, 15, 0);
	if (ft <= t)
		ft = t + 600;
	if (!act(d, who, dz.code, DA_FINISH, ft, NULL) || open_state == DS_DONE)
		return;
	if (!act(d, who, dz.code, DA_RETURN, ft + 3600 * 18, NULL))
		return;
	/* Six citizens in ten rate the service; late ones less kindly. */
	if (next(d) % 10 < 6) {
		struct dossier_rating rating = { .comment = late ? "Chậm so với ngày hẹn" : NULL };
		for (int i = 0; i < DOSSIER_RATING_CRITERIA; i++)
			rating.scores[i] = (int)(late ? 2 + next(d) % 3 : 4 + next(d) % 2);
		struct org_error rerr = { 0 };
		if (dossier_rate_in(d->st, &d->a, dz.code, &rating, &rerr) != ORG_OK)
			fail(d, "rate", &rerr);
	}
}

static void publish(struct demo *d, const struct demo_proc *dp, int64_t owner)
{
	struct procedure p = { .code = dp->code, .name = dp->name, .field = dp->field,
	                       .level = dp->level, .owner_unit_id = owner, .legal_basis = dp->legal,
	                       .working_days = dp->days, .fee = dp->fee,
	                       .version_date = "2018-12-20", .reviewed_on = "2018-12-20" };
	for (size_t i = 0; i < 4 && dp->docs[i]; i++)
		p.documents[p.ndocuments++] = (struct proc_document){ dp->docs[i], i < 2 };
	/* The time budget: reception and signing a day each when there is room, the rest to processing. */
	int left = dp->days;
	for (size_t s = 0; s < 3 && dp->steps[s][0]; s++) {
		int days = s == 1 ? 0 : left > 2 ? 1 : 0;
		left -= days;
		p.steps[p.nsteps++] = (struct proc_step){ dp->steps[s][0], dp->steps[s][1], days,
		                                          dp->steps[s][2] };
	}
	p.steps[1].days += left;
	struct org_error err = { 0 };
	if (procedure_publish_in(d->st, &d->a, &principal_system, &p, true, &err) != ORG_OK)
		fail(d, dp->code, &err);
}

int dossier_demo_load(struct store *st)
{
	struct demo d = { .st = st, .seed = 2019 };
	struct procedure *existing;
	size_t n;
	struct org_unit q9, desk;
	if (dossier_procedures(st, &d.a, &existing, &n) != STORE_OK) {
		arena_free(&d.a);
		return -1;
	}
	if (n > 0 || org_store.unit_get_by_code(st, "Q9", &d.a, &q9) != STORE_OK) {
		arena_free(&d.a);
		return 0;
	}
	dossier_calendar(st, &d.a, &d.cal);
	if (st->ops->begin(st) != STORE_OK) {
		arena_free(&d.a);
		return -1;
	}
	for (size_t i = 0; i < sizeof procs / sizeof procs[0]; i++)
		publish(&d, &procs[i], q9.id);
	/* Who acts at each desk: the system, under the desk's clerk's name. */
	for (size_t w = 0; w <= sizeof ward_codes / sizeof ward_codes[0] && !d.failed; w++) {
		bool district = w == sizeof ward_codes / sizeof ward_codes[0];
		const char *code = district ? "Q9.MOTCUA"
		                            : arena_printf(&d.a, "Q9.%s.MOTCUA", ward_codes[w]);
		if (org_store.unit_get_by_code(st, code, &d.a, &desk) != STORE_OK)
			continue;
		struct principal clerk = principal_system;
		char *login = arena_printf(&d.a, "motcua.%s", district ? "quan9" : ward_codes[w]);
		for (char *c = login; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c + 32);
		clerk.actor.login = login;
		for (int month = 1; month <= 12 && !d.failed; month++) {
			cal_day first;
			cal_from_ymd(2019, month, 1, &first);
			int per_month = 3 + (int)(next(&d) % 3);
			for (int k = 0; k < per_month && !d.failed; k++) {
				const struct demo_proc *p = &procs[district ? 4 + next(&d) % 3 : next(&d) % 4];
				cal_day day = working(&d, first, (int)(next(&d) % 15));
				one(&d, &clerk, desk.id, p, day, -1);
			}
		}
		/* The year's end: one dossier in each open state at every desk. */
		static const int open_states[] = { DS_RECEIVED, DS_PROCESSING, DS_SUPPLEMENT,
		                                   DS_FEES_DUE, DS_PAUSED, DS_DONE };
		cal_day dec;
		cal_from_ymd(2019, 12, 23, &dec);
		for (size_t s = 0; s < sizeof open_states / sizeof open_states[0] && !d.failed; s++)
			one(&d, &clerk, desk.id, &procs[district ? 4 : 0], working(&d, dec, (int)s % 4),
			    open_states[s]);
	}
	int loaded = d.loaded;
	if (d.failed || st->ops->commit(st) != STORE_OK) {
		st->ops->rollback(st);
		loaded = -1;
	}
	arena_free(&d.a);
	return loaded;
}
