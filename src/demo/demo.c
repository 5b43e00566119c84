/*
 * demo.c: see demo.h.  The data goes through the org service, so it obeys
 * the same rules as anything a user enters.
 */
#include "demo/demo.h"

#include "auth/auth_store.h"
#include "org/org_store.h"

#include <stdio.h>
#include <string.h>

#include "auth/account_service.h"
#include "dossier/dossier_service.h"
#include "feedback/feedback_demo.h"
#include "news/news_demo.h"
#include "reception/reception_demo.h"
#include "org/org_service.h"
#include "store/store.h"
#include "text/vntext.h"
#include "util/arena.h"

static const char *const wards[][2] = {
	{ "Hiệp Phú", "HIEPPHU" },        { "Long Bình", "LONGBINH" },
	{ "Long Phước", "LONGPHUOC" },    { "Long Thạnh Mỹ", "LONGTHANHMY" },
	{ "Long Trường", "LONGTRUONG" },  { "Phú Hữu", "PHUHUU" },
	{ "Phước Bình", "PHUOCBINH" },    { "Phước Long A", "PHUOCLONGA" },
	{ "Phước Long B", "PHUOCLONGB" }, { "Tân Phú", "TANPHU" },
	{ "Tăng Nhơn Phú A", "TANGNHONPHUA" }, { "Tăng Nhơn Phú B", "TANGNHONPHUB" },
	{ "Trường Thạnh", "TRUONGTHANH" },
};

/* Departments of the District People's Committee, with their heads' titles. */
static const char *const departments[][3] = {
	{ "Văn phòng HĐND và UBND quận", "VP", "Chánh Văn phòng" },
	{ "Phòng Nội vụ", "NV", "Trưởng phòng Nội vụ" },
	{ "Phòng Tài chính - Kế hoạch", "TCKH", "Trưởng phòng Tài chính - Kế hoạch" },
	{ "Phòng Kinh tế", "KT", "Trưởng phòng Kinh tế" },
	{ "Phòng Quản lý đô thị", "QLDT", "Trưởng phòng Quản lý đô thị" },
	{ "Phòng Tài nguyên và Môi trường", "TNMT", "Trưởng phòng Tài nguyên và Môi trường" },
	{ "Phòng Lao động - Thương binh và Xã hội", "LDTBXH",
	  "Trưởng phòng Lao động - Thương binh và Xã hội" },
	{ "Phòng Tư pháp", "TP", "Trưởng phòng Tư pháp" },
	{ "Phòng Giáo dục và Đào tạo", "GDDT", "Trưởng phòng Giáo dục và Đào tạo" },
	{ "Phòng Y tế", "YT", "Trưởng phòng Y tế" },
	{ "Phòng Văn hóa và Thông tin", "VHTT", "Trưởng phòng Văn hóa và Thông tin" },
	{ "Thanh tra quận", "TT", "Chánh Thanh tra" },
};

enum { GROUPS_PER_WARD = 5 };

/* Invented names, combined deterministically so every run loads the same people. */
static const char *const family[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh",
	"Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };
static const char *const middle[] = { "Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc",
	"Hữu", "Thu", "Đức", "Kim" };
static const char *const given[] = { "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải",
	"Hạnh", "Hòa", "Hùng", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân",
	"Sơn", "Tâm", "Thảo", "Tuấn", "Uyên", "Việt", "Yến" };

struct demo {
	struct store *st;
	struct arena *a;
	int64_t units, people;
	unsigned int name_seq;
	bool failed;
};

static bool copy_unit(void *ctx, struct org_unit *u, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	*u = *(const struct org_unit *)ctx;
	return true;
}

static bool copy_person(void *ctx, struct org_person *p, struct arena *a,
                        struct org_error *err)
{
	(void)a, (void)err;
	*p = *(const struct org_person *)ctx;
	return true;
}

static int64_t add_unit(struct demo *d, const char *kind, const char *code, const char *name,
                        int64_t parent, const char *from, const char *to)
{
	if (d->failed)
		return 0;
	struct org_unit in = { .kind = kind, .code = code, .name = name, .parent_id = parent,
	                       .valid_from = from, .valid_to = to }, out;
	struct org_error err = { 0 };
	if (org_unit_save_in(d->st, d->a, &principal_system, 0, copy_unit, &in, &out, &err) != ORG_OK) {
		fprintf(stderr, "demo: unit %s: %s %s\n", code, err.field ? err.field : "",
		        err.detail ? err.detail : "storage error");
		d->failed = true;
		return 0;
	}
	d->units++;
	return out.id;
}

static void add_person(struct demo *d, const char *title, int64_t unit)
{
	if (d->failed)
		return;
	unsigned int k = d->name_seq++;
	const char *name = arena_printf(d->a, "%s %s %s",
		family[(k * 7) % (sizeof family / sizeof *family)],
		middle[(k * 3) % (sizeof middle / sizeof *middle)],
		given[(k * 11) % (sizeof given / sizeof *given)]);
	struct org_person in = { .full_name = name, .title = title, .unit_id = unit }, out;
	struct org_error err = { 0 };
	if (org_person_save_in(d->st, d->a, &principal_system, 0, copy_person, &in, &out, &err) != ORG_OK) {
		fprintf(stderr, "demo: person %s: %s\n", name, err.detail ? err.detail : "error");
		d->failed = true;
		return;
	}
	d->people++;
}

static void load(struct demo *d)
{
	int64_t hcm = add_unit(d, "city", "HCM", "Thành phố Hồ Chí Minh", 0, "1976-07-02", NULL);
	int64_t q9 = add_unit(d, "district", "Q9", "Quận 9", hcm, "1997-04-01", "2020-12-31");
	add_person(d, "Chủ tịch UBND quận", q9);
	add_person(d, "Phó Chủ tịch UBND quận", q9);
	add_person(d, "Phó Chủ tịch UBND quận", q9);

	int64_t qu = add_unit(d, "party_committee", "Q9.QU", "Quận ủy Quận 9", q9, "1997-04-01",
	                      "2020-12-31");
	add_person(d, "Bí thư Quận ủy, Chủ tịch HĐND quận", qu);
	add_person(d, "Phó Bí thư Quận ủy", qu);
	int64_t btv = add_unit(d, "party_committee", "Q9.QU.BTV",
	                       "Ban Thường vụ Quận ủy Quận 9", qu, "1997-04-01", "2020-12-31");
	add_person(d, "Ủy viên Ban Thường vụ Quận ủy", btv);
	add_person(d, "Ủy viên Ban Thường vụ Quận ủy", btv);

	int64_t desk = add_unit(d, "one_stop_desk", "Q9.MOTCUA",
	                        "Bộ phận tiếp nhận và trả kết quả Quận 9", q9, "2018-01-01", NULL);
	add_person(d, "Trưởng bộ phận một cửa", desk);
	add_person(d, "Chuyên viên tiếp nhận hồ sơ", desk);

	for (size_t i = 0; i < sizeof departments / sizeof departments[0]; i++) {
		const char *code = arena_printf(d->a, "Q9.%s", departments[i][1]);
		int64_t dep = add_unit(d, "department", code, departments[i][0], q9,
		                       "1997-04-01", NULL);
		add_person(d, departments[i][2], dep);
	}

	for (size_t i = 0; i < sizeof wards / sizeof wards[0]; i++) {
		const char *code = arena_printf(d->a, "Q9.%s", wards[i][1]);
		const char *name = arena_printf(d->a, "Phường %s", wards[i][0]);
		int64_t w = add_unit(d, "ward", code, name, q9, "1997-04-01", NULL);
		add_person(d, "Chủ tịch UBND phường", w);
		add_person(d, "Phó Chủ tịch UBND phường", w);
		add_person(d, "Bí thư Đảng ủy phường", w);
		add_unit(d, "one_stop_desk", arena_printf(d->a, "%s.MOTCUA", code),
		         arena_printf(d->a, "Bộ phận một cửa phường %s", wards[i][0]), w,
		         "2018-01-01", NULL);
		for (int g = 1; g <= GROUPS_PER_WARD; g++) {
			int64_t grp = add_unit(d, "neighbourhood_group",
			                       arena_printf(d->a, "%s.TDP%02d", code, g),
			                       arena_printf(d->a, "Tổ dân phố %d, phường %s", g,
			                                    wards[i][0]),
			                       w, "1997-04-01", NULL);
			add_person(d, "Tổ trưởng tổ dân phố", grp);
		}
	}
	d->failed = d->failed || feedback_demo_load(d->st) != 0;
	d->failed = d->failed || reception_demo_load(d->st) != 0;
}

enum demo_result demo_load(struct store *st, int64_t *units, int64_t *people)
{
	*units = *people = 0;
	if (st->ops->begin(st) != STORE_OK)
		return DEMO_FAILED;
	int64_t existing = 0;
	if (org_store.unit_count(st, &existing) != STORE_OK) {
		st->ops->rollback(st);
		return DEMO_FAILED;
	}
	if (existing > 0) {
		st->ops->rollback(st);
		return DEMO_ALREADY_PRESENT;
	}
	struct arena a = { 0 };
	struct demo d = { .st = st, .a = &a };
	load(&d);
	d.failed = d.failed || !news_demo_load(st, &a);
	enum demo_result r = DEMO_FAILED;
	if (!d.failed && st->ops->commit(st) == STORE_OK) {
		r = DEMO_LOADED;
		*units = d.units;
		*people = d.people;
	} else {
		st->ops->rollback(st);
	}
	arena_free(&a);
	return r;
}

static const struct demo_account accounts[] = {
	{ "quantri", "demo-2019-quantri", "Quản trị hệ thống", ROLE_ADMIN, "HCM",
	  "administrator of the whole city" },
	{ "giamsat", "demo-2019-giamsat", "Ban Thường vụ Quận ủy (giám sát)", ROLE_SUPERVISOR,
	  "Q9", "Standing Committee: supervises District 9" },
	{ "lanhdao", "demo-2019-lanhdao", "Chủ tịch UBND Quận 9", ROLE_LEADER, "Q9",
	  "leader of District 9" },
	{ "hiepphu", "demo-2019-hiepphu", "Chủ tịch UBND phường Hiệp Phú", ROLE_UNIT_HEAD,
	  "Q9.HIEPPHU", "head of Hiệp Phú ward" },
	{ "longbinh", "demo-2019-longbinh", "Cán bộ phường Long Bình", ROLE_OFFICER,
	  "Q9.LONGBINH", "officer of Long Bình ward" },
};

size_t demo_accounts(const struct demo_account **out)
{
	*out = accounts;
	return sizeof accounts / sizeof accounts[0];
}

int demo_load_accounts(struct store *st)
{
	int created = 0;
	for (size_t i = 0; i < sizeof accounts / sizeof accounts[0]; i++) {
		struct arena a = { 0 };
		struct account acc;
		struct org_unit u;
		if (auth_store.account_get_by_login(st, accounts[i].login, &a, &acc) == STORE_OK
		    || org_store.unit_get_by_code(st, accounts[i].unit_code, &a, &u) != STORE_OK) {
			arena_free(&a);
			continue;
		}
		struct account_input in = { .login = accounts[i].login,
		                            .display_name = accounts[i].name,
		                            .password = accounts[i].password,
		                            .role = accounts[i].role, .unit_id = u.id };
		struct org_error err = { 0 };
		enum org_result r = account_create(st, &a, &principal_system, &in, &acc, &err);
		arena_free(&a);
		if (r != ORG_OK) {
			fprintf(stderr, "demo: account %s: %s\n", accounts[i].login,
			        err.detail ? err.detail : "storage error");
			return -1;
		}
		created++;
	}
	return dossier_demo_load(st) < 0 ? -1 : created;  /* the one-stop shop's 2019 */
}
