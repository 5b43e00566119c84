/*
 * test_reminder.c: the pure parts of reminders: ordering, the addresses
 * mail goes to, the digest's text (Vietnamese, from po/vi.po: run from the
 * repository root) and the iCalendar text, read back with libical.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "reminder/reminder.h"
#include "reminder/reminder_mail.h"
#include "reminder/reminder_service.h"
#include "util/arena.h"

static cal_day D(const char *iso)
{
	cal_day d;
	if (!cal_parse_iso(iso, &d))
		fail_msg("bad date %s", iso);
	return d;
}

static struct reminder_item item(const char *uid, const char *title, const char *due)
{
	return (struct reminder_item){ .kind = "target_report", .uid = uid, .title = title,
	                               .detail = "Số liệu tháng 1/2026", .path = "/targets/7",
	                               .due = D(due), .unit_id = 3 };
}

static void test_order(void **state)
{
	(void)state;
	struct reminder_item v[] = {
		item("c", "Báo cáo B", "2026-02-10"), item("a", "Báo cáo A", "2026-03-10"),
		item("b", "Báo cáo A", "2026-02-10"),
	};
	reminder_sort(v, 3);
	/* The same day: by title. */
	assert_string_equal(v[0].uid, "b");
	assert_string_equal(v[1].uid, "c");
	assert_string_equal(v[2].uid, "a");
	/* Working days left across Tết 2026 (14–22/2): from 12/2 to 24/2 is 3. */
	assert_int_equal(reminder_days_left(NULL, D("2026-02-12"), D("2026-02-24")), 3);
	assert_int_equal(reminder_days_left(NULL, D("2026-02-24"), D("2026-02-12")), -3);
}

static void test_addresses(void **state)
{
	(void)state;
	assert_true(reminder_address_valid("can.bo@longbinh.gov.vn"));
	static const char *bad[] = { "", "a", "@b", "a@", "a@@b", "a b@c", "a@b\r\nBcc: x@y",
	                             "<a@b>", "a@b,c@d", "a\"@b" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (reminder_address_valid(bad[i]))
			fail_msg("accepted \"%s\"", bad[i]);
	assert_false(reminder_address_valid(NULL));
	char longest[300];
	memset(longest, 'a', sizeof longest);
	memcpy(longest + 250, "@b.vn", 6);
	assert_false(reminder_address_valid(longest));
}

static void test_digest_text(void **state)
{
	(void)state;
	struct arena a = { 0 };
	struct reminder_item v[] = {
		item("a", "Báo cáo chỉ tiêu HN: Hộ nghèo", "2026-01-10"),
		item("b", "Báo cáo chỉ tiêu PP: Phổ cập", "2026-02-24"),
	};
	const char *subject, *body;
	reminder_digest_text(&a, "Nguyễn Văn A", D("2026-02-12"), 5, v, 2, NULL, &subject, &body);
	assert_string_equal(subject, "Nhắc việc ngày 12/02/2026: 1 việc quá hạn, 1 việc sắp đến hạn");
	assert_non_null(strstr(body, "Kính gửi Nguyễn Văn A,"));
	assert_non_null(strstr(body, "Quá hạn (1):\n- 10/01/2026 (quá hạn "));
	assert_non_null(strstr(body, "Đến hạn trong 5 ngày làm việc tới (1):\n- 24/02/2026 (còn 3 ngày "
	                             "làm việc): Báo cáo chỉ tiêu PP"));
	assert_null(strstr(body, "Đến hạn trong 5 ngày làm việc tới (1):\n- 10/01"));
	arena_free(&a);
}

static void test_ical(void **state)
{
	(void)state;
	struct reminder_item v[] = {
		item("target-7-1-3", "Báo cáo chỉ tiêu HN; tháng 1, \"hộ nghèo\"", "2026-02-10"),
	};
	char *s = reminder_ical(v, 1, "Nhắc việc — Phường Long Bình");
	assert_non_null(s);
	icalcomponent *c = icalparser_parse_string(s);
	assert_non_null(c);
	assert_int_equal(icalcomponent_isa(c), ICAL_VCALENDAR_COMPONENT);
	icalcomponent *ev = icalcomponent_get_first_component(c, ICAL_VEVENT_COMPONENT);
	assert_non_null(ev);
	assert_string_equal(icalcomponent_get_uid(ev), "target-7-1-3@dieuhanh");
	assert_string_equal(icalcomponent_get_summary(ev), "Báo cáo chỉ tiêu HN; tháng 1, \"hộ nghèo\"");
	struct icaltimetype t = icalcomponent_get_dtstart(ev);
	assert_true(t.is_date);
	assert_int_equal(t.year, 2026);
	assert_int_equal(t.month, 2);
	assert_int_equal(t.day, 10);
	assert_null(icalcomponent_get_next_component(c, ICAL_VEVENT_COMPONENT));
	icalcomponent_free(c);
	free(s);
	/* No items: a valid, empty calendar. */
	s = reminder_ical(NULL, 0, "x");
	c = icalparser_parse_string(s);
	assert_non_null(c);
	assert_null(icalcomponent_get_first_component(c, ICAL_VEVENT_COMPONENT));
	icalcomponent_free(c);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_addresses),
		cmocka_unit_test(test_digest_text),
		cmocka_unit_test(test_ical),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
