/*
 * reception.c: the pure rules of citizen reception (see reception.h).
 */
#include "reception/reception.h"

#include <string.h>

static const char *const kind_names[RC_KIND_COUNT] = { "reception", "dialogue" };
static const char *const status_names[RC_STATUS_COUNT] = { "planned", "held", "cancelled" };

const char *rc_kind_name(enum rc_kind k)
{
	return (unsigned)k < RC_KIND_COUNT ? kind_names[k] : "reception";
}

int rc_kind_parse(const char *s)
{
	for (int i = 0; s && i < RC_KIND_COUNT; i++)
		if (strcmp(s, kind_names[i]) == 0)
			return i;
	return -1;
}

const char *rc_status_name(enum rc_status s)
{
	return (unsigned)s < RC_STATUS_COUNT ? status_names[s] : "planned";
}

int rc_status_parse(const char *s)
{
	for (int i = 0; s && i < RC_STATUS_COUNT; i++)
		if (strcmp(s, status_names[i]) == 0)
			return i;
	return -1;
}

bool rc_answer_due(const struct calendar *cal, cal_day day, cal_day *out)
{
	return cal_deadline(cal, day, RC_ANSWER_DAYS, out);
}

bool rc_question_late(const struct rc_question *q, cal_day today)
{
	return q->answered_day == 0 && q->due_day != 0 && today > q->due_day;
}

/* Reception days in [FROM, TO], each day once. */
static int count_days(const cal_day *days, size_t n, cal_day from, cal_day to)
{
	int count = 0;
	for (size_t i = 0; i < n; i++) {
		if (days[i] < from || days[i] > to)
			continue;
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = days[k] == days[i];
		count += !seen;
	}
	return count;
}

size_t rc_missing_days(const cal_day *days, size_t n, bool district, cal_day from, cal_day to,
                       struct rc_gap *out, size_t cap)
{
	size_t gaps = 0;
	if (to < from)
		return 0;
	if (district) {
		int y, m, d;
		cal_to_ymd(from, &y, &m, &d);
		/* The first complete month: this one if FROM is its first day. */
		if (d != 1 && ++m > 12) {
			m = 1;
			y++;
		}
		for (;;) {
			cal_day start, next;
			if (!cal_from_ymd(y, m, 1, &start))
				break;
			int ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
			if (!cal_from_ymd(ny, nm, 1, &next) || next - 1 > to)
				break;
			int held = count_days(days, n, start, next - 1);
			if (held < RC_DISTRICT_PER_MONTH) {
				if (gaps < cap)
					out[gaps] = (struct rc_gap){ start, next - 1, held, RC_DISTRICT_PER_MONTH };
				gaps++;
			}
			y = ny;
			m = nm;
		}
	} else {
		/* Weeks from Monday; the first complete one. */
		cal_day start = from + (7 - cal_weekday(from)) % 7;
		for (; start + 6 <= to; start += 7) {
			int held = count_days(days, n, start, start + 6);
			if (held < RC_WARD_PER_WEEK) {
				if (gaps < cap)
					out[gaps] = (struct rc_gap){ start, start + 6, held, RC_WARD_PER_WEEK };
				gaps++;
			}
		}
	}
	return gaps;
}

static bool too_long(const char *s, size_t max)
{
	return s && strlen(s) > max;
}

bool rc_session_check(const struct rc_session *s, const char **field, const char **detail)
{
	*field = NULL;
	if (s->unit_id <= 0) {
		*field = "unit_id";
		*detail = "Choose the district or ward whose leader receives.";
	} else if (s->day == 0) {
		*field = "day";
		*detail = "Give the day as YYYY-MM-DD.";
	} else if (s->leader == NULL || s->leader[0] == '\0' || too_long(s->leader, RC_LINE_MAX)) {
		*field = "leader";
		*detail = "Say who receives (up to 300 bytes).";
	} else if (s->place == NULL || s->place[0] == '\0' || too_long(s->place, RC_LINE_MAX)) {
		*field = "place";
		*detail = "Give the place (up to 300 bytes).";
	} else if (too_long(s->online_link, RC_LINE_MAX)
	           || (s->online_link && s->online_link[0] && strncmp(s->online_link, "https://", 8) != 0)) {
		*field = "online_link";
		*detail = "An online link starts with https:// (up to 300 bytes).";
	} else if (too_long(s->agenda, RC_TEXT_MAX) || too_long(s->minutes, RC_TEXT_MAX)
	           || too_long(s->summary, RC_TEXT_MAX)) {
		*field = "agenda";
		*detail = "The text is longer than 8,000 bytes.";
	}
	return *field == NULL;
}

bool rc_question_check(const struct rc_question *q, const char **field, const char **detail)
{
	*field = NULL;
	if (q->citizen_name == NULL || q->citizen_name[0] == '\0' || too_long(q->citizen_name, 120)) {
		*field = "citizen_name";
		*detail = "Give your name (up to 120 bytes).";
	} else if (too_long(q->citizen_address, RC_LINE_MAX)) {
		*field = "citizen_address";
		*detail = "The address is longer than 300 bytes.";
	} else if (q->content == NULL || strlen(q->content) < 10 || too_long(q->content, RC_TEXT_MAX)) {
		*field = "content";
		*detail = "Write the question in 10 to 8,000 bytes.";
	} else if (q->people < 1 || q->people > 1000) {
		*field = "people";
		*detail = "The number of people is 1 to 1,000.";
	} else if (too_long(q->earlier_handling, RC_TEXT_MAX) || too_long(q->request, RC_TEXT_MAX)
	           || too_long(q->result, RC_TEXT_MAX)) {
		*field = "request";
		*detail = "The text is longer than 8,000 bytes.";
	}
	return *field == NULL;
}
