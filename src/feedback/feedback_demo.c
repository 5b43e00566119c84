/*
 * feedback_demo.c: a year of citizen feedback for the District 9 demo.
 *
 * Everything goes through the service (feedback_submit_in, feedback_act_in,
 * feedback_moderate_in) with explicit times, so the demo obeys the same
 * rules and leaves the same audit trail as real use.  Deterministic: the
 * same reports every run, placed relative to today so that some are late
 * now, most were answered on time, some late, some re-opened.
 */
#include "feedback/feedback_demo.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "feedback/feedback_service.h"
#include "org/org_store.h"
#include "store/store.h"
#include "util/arena.h"

static const char *const ward_codes[] = {
	"Q9.HIEPPHU", "Q9.LONGBINH", "Q9.LONGPHUOC", "Q9.LONGTHANHMY", "Q9.LONGTRUONG",
	"Q9.PHUHUU", "Q9.PHUOCBINH", "Q9.PHUOCLONGA", "Q9.PHUOCLONGB", "Q9.TANPHU",
	"Q9.TANGNHONPHUA", "Q9.TANGNHONPHUB", "Q9.TRUONGTHANH",
};

/* Roughly the middle of each ward above, for the demo reports' points. */
static const double ward_centres[][2] = {
	{ 10.8480, 106.7790 }, { 10.8830, 106.8310 }, { 10.8100, 106.8600 }, { 10.8450, 106.8250 },
	{ 10.8050, 106.8250 }, { 10.7920, 106.7990 }, { 10.8170, 106.7720 }, { 10.8240, 106.7620 },
	{ 10.8140, 106.7850 }, { 10.8620, 106.8030 }, { 10.8430, 106.7930 }, { 10.8330, 106.7860 },
	{ 10.8200, 106.8350 },
};

static const char *const streets[] = {
	"Lê Văn Việt", "Đỗ Xuân Hợp", "Nguyễn Duy Trinh", "Lã Xuân Oai", "Man Thiện",
	"Nguyễn Xiển", "Hoàng Hữu Nam", "Tăng Nhơn Phú", "Lò Lu", "Bưng Ông Thoàn",
};

struct sample {
	const char *category;
	const char *text;
	const char *answer;
};

static const struct sample samples[] = {
	{ "flooding", "Sau mỗi trận mưa, đoạn đường trước nhà ngập sâu khoảng 30–40 cm, nước rút rất chậm.",
	  "Đã nạo vét hố ga và tuyến cống dọc đường; sẽ theo dõi thêm trong các trận mưa tới." },
	{ "flooding", "Miệng cống bị rác che kín, nước tràn vào hẻm mỗi khi triều cường.",
	  "Tổ vệ sinh đã dọn miệng cống; đã đề xuất lắp van ngăn triều." },
	{ "waste", "Điểm tập kết rác tự phát ở đầu hẻm, bốc mùi hôi nhiều ngày chưa được thu gom.",
	  "Đã thu gom và xóa điểm rác; đã nhắc nhở hộ dân và gắn biển cấm đổ rác." },
	{ "waste", "Xe thu gom rác không đến đúng giờ, rác để qua đêm bị chó mèo bới.",
	  "Đã làm việc với đơn vị thu gom; lịch thu gom được điều chỉnh về 17 giờ hằng ngày." },
	{ "noise", "Quán nhậu mở nhạc lớn đến khuya, ảnh hưởng sinh hoạt của người dân xung quanh.",
	  "Công an phường đã kiểm tra, lập biên bản và yêu cầu chủ quán cam kết không tái phạm." },
	{ "noise", "Công trình xây dựng thi công ban đêm gây ồn và bụi.",
	  "Đã yêu cầu chủ đầu tư chỉ thi công trong giờ quy định và che chắn công trình." },
	{ "roads", "Mặt đường bị sụt lún thành ổ gà lớn, nguy hiểm cho người đi xe máy.",
	  "Đã vá tạm ổ gà; tuyến đường nằm trong kế hoạch sửa chữa năm sau." },
	{ "roads", "Đèn chiếu sáng trong hẻm hư nhiều tuần, buổi tối rất tối.",
	  "Đã thay bóng đèn và kiểm tra toàn bộ tuyến chiếu sáng trong hẻm." },
	{ "sidewalk", "Hàng quán lấn chiếm toàn bộ vỉa hè, người đi bộ phải xuống lòng đường.",
	  "Tổ quản lý trật tự đô thị đã ra quân lập lại trật tự vỉa hè và sẽ kiểm tra định kỳ." },
	{ "land", "Hộ dân xây dựng lấn ra phần đất hẻm chung, hẻm bị thu hẹp.",
	  "Đã kiểm tra hiện trạng, lập biên bản vi phạm và yêu cầu tháo dỡ phần lấn chiếm." },
	{ "procedures", "Hồ sơ cấp giấy chứng nhận nộp đã quá hạn nhưng chưa được trả kết quả.",
	  "Hồ sơ đã được giải quyết; bộ phận một cửa đã liên hệ để hẹn trả kết quả và xin lỗi vì chậm trễ." },
	{ "security", "Thường xuyên có nhóm thanh niên tụ tập đua xe vào ban đêm.",
	  "Công an phường đã tăng cường tuần tra vào các khung giờ người dân phản ánh." },
	{ "other", "Đề nghị bố trí thêm ghế đá và cây xanh ở công viên khu phố.",
	  "Kiến nghị đã được ghi nhận vào kế hoạch chỉnh trang công viên năm tới." },
};

static uint32_t next(uint32_t *s)
{
	*s = *s * 1664525u + 1013904223u;
	return *s >> 8;
}

static int64_t unit_by_code(struct store *st, struct arena *a, const char *code)
{
	struct org_unit u;
	return org_store.unit_get_by_code(st, code, a, &u) == STORE_OK ? u.id : 0;
}

/* Noon-ish unix time of DAY plus some minutes. */
static int64_t at(cal_day day, int minutes)
{
	return (int64_t)day * 86400 - 7 * 3600 + 8 * 3600 + minutes * 60;
}

/* The Nth working day after DAY. */
static cal_day plus(cal_day day, int n)
{
	static const struct calendar cal = { NULL, 0 };
	cal_day out = day;
	cal_deadline(&cal, day, n, &out);
	return out;
}

enum { DEMO_REPORTS = 720 };

int feedback_demo_load(struct store *st)
{
	struct arena a = { 0 };
	int rc = -1;
	int64_t wards[13];
	for (size_t i = 0; i < 13; i++)
		if ((wards[i] = unit_by_code(st, &a, ward_codes[i])) == 0)
			goto out;
	int64_t qldt = unit_by_code(st, &a, "Q9.QLDT"), tnmt = unit_by_code(st, &a, "Q9.TNMT");
	struct org_error err = { 0 };
	for (size_t i = 0; i < 13; i++) {
		struct feedback_rule r = { .ward_id = wards[i], .unit_id = wards[i] };
		if (feedback_rule_add_in(st, &a, &principal_system, &r, &err) != ORG_OK)
			goto out;
	}
	struct feedback_rule flood = { .category = "flooding", .unit_id = qldt };
	struct feedback_rule land = { .category = "land", .unit_id = tnmt };
	if (!qldt || !tnmt || feedback_rule_add_in(st, &a, &principal_system, &flood, &err) != ORG_OK
	    || feedback_rule_add_in(st, &a, &principal_system, &land, &err) != ORG_OK)
		goto out;

	cal_day today = feedback_day_of((int64_t)time(NULL));
	uint32_t seed = 20261207u;
	int64_t previous = 0;
	for (int i = 0; i < DEMO_REPORTS; i++) {
		struct arena ra = { 0 };
		uint32_t h = next(&seed);
		const struct sample *s = &samples[h % (sizeof samples / sizeof samples[0])];
		cal_day day = today - 365 + (cal_day)((int64_t)i * 365 / DEMO_REPORTS);
		int roll = (int)(next(&seed) % 100);
		static const enum fb_channel channels[] = { FB_CH_WEB, FB_CH_WEB, FB_CH_WEB, FB_CH_HOTLINE,
		                                            FB_CH_PHONE, FB_CH_DESK, FB_CH_EMAIL };
		struct fb_submit in = { .now = at(day, (int)(next(&seed) % 540)) };
		in.f.category = s->category;
		size_t w = next(&seed) % 13;
		in.f.ward_id = wards[w];
		if (h % 2 == 0) {
			/* Half come with a point near the ward's middle, as from a phone (H: no new draws). */
			in.f.has_point = true;
			in.f.lat = ward_centres[w][0] + ((double)((h >> 4) % 1001) - 500) * 0.00001;
			in.f.lon = ward_centres[w][1] + ((double)((h >> 14) % 1001) - 500) * 0.00001;
		}
		in.f.channel = channels[next(&seed) % (sizeof channels / sizeof channels[0])];
		in.f.address = arena_printf(&ra, "Hẻm %u đường %s", 1 + next(&seed) % 120,
		                            streets[next(&seed) % (sizeof streets / sizeof streets[0])]);
		in.f.description = s->text;
		if (roll % 3 == 0)
			in.f.contact_phone = arena_printf(&ra, "09%08u", next(&seed) % 100000000u);
		struct feedback f;
		if (feedback_submit_in(st, &ra, &principal_system, &in, &f, &err) != ORG_OK) {
			fprintf(stderr, "demo feedback: %s\n", err.detail ? err.detail : "refused");
			arena_free(&ra);
			goto out;
		}
		int age = today - day;
		enum org_result r = ORG_OK;
		struct feedback cur = f;
#define ACT(...) \
	do { \
		struct fb_act act_ = { __VA_ARGS__ }; \
		if (r == ORG_OK) \
			r = feedback_act_in(st, &ra, &principal_system, f.id, &act_, &cur, &err); \
	} while (0)
		if (roll < 3) {
			ACT(.action = FB_ACT_REJECT, .now = at(plus(day, 1), 60),
			    .text = "Nội dung không thuộc thẩm quyền giải quyết của chính quyền địa phương.");
		} else if (roll < 6 && previous) {
			ACT(.action = FB_ACT_DUPLICATE, .duplicate_of = previous, .now = at(plus(day, 1), 30));
		} else if (age > 12 || (age > 3 && roll < 60)) {
			/* Answered: most within the 5 working days, a tenth after them. */
			int took = roll < 12 ? 6 + roll % 4 : 1 + roll % 5;
			cal_day answer = plus(day, took);
			if (answer >= today)
				answer = today;
			ACT(.action = FB_ACT_START, .now = at(plus(day, 1), 10));
			if (took > 5)
				ACT(.action = FB_ACT_PROGRESS, .now = at(plus(day, 4), 20),
				    .text = "Đơn vị đang phối hợp kiểm tra hiện trạng.",
				    .committed_day = plus(day, took + 1));
			ACT(.action = FB_ACT_ANSWER, .text = s->answer, .now = at(answer, 120));
			if (roll >= 90 && plus(answer, 3) < today) {
				/* The citizen found it unsettled; the unit answered again. */
				ACT(.action = FB_ACT_REOPEN, .now = at(plus(answer, 2), 30),
				    .text = "Người dân phản ánh vấn đề vẫn chưa được khắc phục.");
				cal_day again = plus(answer, 5) < today ? plus(answer, 5) : today;
				ACT(.action = FB_ACT_ANSWER, .now = at(again, 200),
				    .text = "Đã kiểm tra lại và khắc phục dứt điểm.");
			}
			if (roll % 2 == 0 && plus(answer, 7) < today)
				ACT(.action = FB_ACT_CLOSE, .now = at(plus(answer, 7), 0));
		} else if (roll < 80) {
			/* Still open: some taken up, some late with a committed date. */
			ACT(.action = FB_ACT_START, .now = at(plus(day, 1), 15));
			if (roll < 70 && age > 5)
				ACT(.action = FB_ACT_PROGRESS, .now = at(plus(day, 4), 15),
				    .text = "Đang chờ đơn vị thi công khảo sát.", .committed_day = today + 3);
		}
#undef ACT
		if (r == ORG_OK && roll % 20 != 7)
			r = feedback_moderate_in(st, &ra, &principal_system, f.id, roll % 25 != 3,
			                         at(plus(day, 1), 5), &cur);
		if (r != ORG_OK) {
			fprintf(stderr, "demo feedback %d: %s\n", i, err.detail ? err.detail : "refused");
			arena_free(&ra);
			goto out;
		}
		if (cur.state != FB_DUPLICATE)
			previous = f.id;
		arena_free(&ra);
	}
	rc = 0;
out:
	arena_free(&a);
	return rc;
}
