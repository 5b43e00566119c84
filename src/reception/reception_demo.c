/*
 * reception_demo.c: the demo's reception calendar — the district chairman
 * receives citizens twice a month over the past year, with questions in
 * the register, answers and commitments; the wards once a week, with a few
 * weeks missed so the flags show; the next sessions planned.
 */
#include "reception/reception_demo.h"

#include <stdio.h>
#include <time.h>

#include "feedback/feedback_service.h"
#include "org/org_store.h"
#include "reception/reception_service.h"
#include "store/store.h"
#include "task/task_service.h"
#include "util/arena.h"

static const char *const questions[][2] = {
	{ "Đề nghị công khai quy hoạch chi tiết khu dân cư", "Đã niêm yết quy hoạch tại trụ sở phường và trên cổng thông tin." },
	{ "Khiếu nại về mức bồi thường khi thu hồi đất làm đường", "Đã giao Phòng Tài nguyên và Môi trường rà soát, trả lời bằng văn bản." },
	{ "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất bị chậm", "Hồ sơ đã được giải quyết và trả kết quả." },
	{ "Ngập nước kéo dài ở khu phố mỗi mùa mưa", "Đã đưa tuyến cống vào kế hoạch cải tạo năm tới." },
	{ "Đề nghị lắp đèn chiếu sáng đường hẻm", "Đã lắp 12 bóng đèn chiếu sáng trong hẻm." },
};

static int64_t unit_by_code(struct store *st, struct arena *a, const char *code)
{
	struct org_unit u;
	return org_store.unit_get_by_code(st, code, a, &u) == STORE_OK ? u.id : 0;
}

static int64_t noon(cal_day d)
{
	return (int64_t)d * 86400 + 5 * 3600;
}

int reception_demo_load(struct store *st)
{
	struct arena a = { 0 };
	struct org_error err = { 0 };
	int rc = -1;
	int64_t q9 = unit_by_code(st, &a, "Q9");
	const char *ward_codes[] = { "Q9.LONGBINH", "Q9.HIEPPHU", "Q9.PHUOCLONGA" };
	struct person_filter pf = { .unit_id = q9 };
	struct org_person *chair;
	size_t nchair;
	if (!q9 || org_store.person_list(st, &pf, &a, &chair, &nchair) != STORE_OK || nchair == 0)
		goto out;
	cal_day today = feedback_day_of((int64_t)time(NULL));
	int y, m, d;
	cal_to_ymd(today, &y, &m, &d);
	/* Twelve months back, two reception days a month: the 2nd Tuesday and the 4th Thursday. */
	for (int back = 12; back >= -1; back--) {
		int yy = y, mm = m - back;
		while (mm < 1) {
			mm += 12;
			yy--;
		}
		while (mm > 12) {
			mm -= 12;
			yy++;
		}
		cal_day first;
		if (!cal_from_ymd(yy, mm, 1, &first))
			continue;
		cal_day tue = first + (7 + 1 - cal_weekday(first)) % 7 + 7;
		cal_day thu = first + (7 + 3 - cal_weekday(first)) % 7 + 21;
		cal_day days[2] = { tue, thu };
		for (int k = 0; k < 2; k++) {
			struct arena ra = { 0 };
			bool past = days[k] < today;
			struct rc_session s = { .unit_id = q9, .kind = (back % 4 == 0 && k == 1) ? RC_DIALOGUE : RC_RECEPTION,
			                        .status = RC_PLANNED, .day = days[k],
			                        .leader = "Chủ tịch UBND Quận 9", .place = "Trụ sở UBND Quận 9, phòng tiếp công dân",
			                        .online_link = k == 1 ? "https://tiepcongdan.q9.example.vn/phien" : NULL,
			                        .agenda = "Tiếp công dân định kỳ; đăng ký trước qua trang này hoặc tại bộ phận tiếp dân." };
			if (reception_session_add_in(st, &ra, &principal_system, &s, noon(days[k]) - 30 * 86400, &err) != ORG_OK)
				goto fail;
			for (int qn = 0; qn < 2 + (back + k) % 3; qn++) {
				int pick = ((back * 3 + k * 2 + qn) % 5 + 5) % 5;   /* BACK is -1 for next month */
				struct rc_question q = { .session_id = s.id, .people = 1 + qn % 3,
				                         .citizen_name = arena_printf(&ra, "Công dân %d-%d", back + 13, qn + 1),
				                         .citizen_address = "Khu phố 3, Quận 9",
				                         .content = questions[pick][0],
				                         .request = "Đề nghị xem xét, trả lời." };
				if (reception_question_add_in(st, &ra, &principal_system, &q, noon(days[k]) - 86400, &err) != ORG_OK)
					goto fail;
				/* Most answered within 10 working days; a few late, a few not yet. */
				if (past && qn != 2 && days[k] + 14 < today
				    && reception_question_answer_in(st, &ra, &principal_system, q.id, questions[pick][1],
				                                    noon(days[k] + 7 + (back % 5 == 0 ? 10 : 0)), &err) != ORG_OK)
					goto fail;
			}
			if (past) {
				if (reception_session_record_in(st, &ra, &principal_system, s.id, RC_HELD,
				                                "Biên bản buổi tiếp công dân (lưu hồ sơ).",
				                                "Chủ tịch UBND quận đã tiếp công dân, trả lời trực tiếp các ý kiến "
				                                "và giao các phòng ban giải quyết những việc còn lại.",
				                                noon(days[k]) + 3600, &err) != ORG_OK)
					goto fail;
				struct rc_commitment c = { .session_id = s.id, .leader_id = chair[0].id,
				                           .text = questions[((back + k) % 5 + 5) % 5][1], .due_day = days[k] + 30 };
				if (reception_commitment_add_in(st, &ra, &principal_system, &c, noon(days[k]) + 3600, &err) != ORG_OK)
					goto fail;
				/* Most followed to done by their deadline, some still open or late. */
				if (c.due_day < today && (back + k) % 4 != 0) {
					struct task_update u = { .task_id = c.task_id, .day = c.due_day - 2, .progress = 100,
					                         .note = "Đã hoàn thành cam kết." };
					struct task t;
					if (task_report_in(st, &ra, &principal_system, &u, &t, &err) != ORG_OK)
						goto fail;
				}
			}
			arena_free(&ra);
			continue;
fail:
			fprintf(stderr, "demo reception: %s\n", err.detail ? err.detail : "refused");
			arena_free(&ra);
			goto out;
		}
	}
	/* Wards: one day a week for the last 12 weeks, Long Bình missing two. */
	for (size_t w = 0; w < sizeof ward_codes / sizeof ward_codes[0]; w++) {
		int64_t unit = unit_by_code(st, &a, ward_codes[w]);
		if (!unit)
			goto out;
		cal_day monday = today - cal_weekday(today) - 12 * 7;
		for (int week = 0; week <= 13; week++) {
			if (w == 0 && (week == 4 || week == 9))
				continue;
			struct arena ra = { 0 };
			cal_day dd = monday + week * 7 + 2;   /* Wednesdays */
			struct rc_session s = { .unit_id = unit, .kind = RC_RECEPTION, .status = RC_PLANNED, .day = dd,
			                        .leader = "Chủ tịch UBND phường", .place = "Trụ sở UBND phường" };
			enum org_result r = reception_session_add_in(st, &ra, &principal_system, &s, noon(dd) - 7 * 86400, &err);
			if (r == ORG_OK && dd < today)
				r = reception_session_record_in(st, &ra, &principal_system, s.id, RC_HELD, NULL,
				                                "Đã tiếp công dân theo lịch.", noon(dd) + 3600, &err);
			arena_free(&ra);
			if (r != ORG_OK) {
				fprintf(stderr, "demo reception (ward): %s\n", err.detail ? err.detail : "refused");
				goto out;
			}
		}
	}
	rc = 0;
out:
	arena_free(&a);
	return rc;
}
