/*
 * reminder_ical.c: due items as an iCalendar feed (RFC 5545, libical): one
 * all-day event per item on its last day, its UID stable across fetches so
 * a calendar application updates rather than duplicates.
 */
#include "reminder/reminder_service.h"

#include <libical/ical.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static struct icaltimetype ical_date(cal_day day)
{
	int y, m, d;
	cal_to_ymd(day, &y, &m, &d);
	struct icaltimetype t = icaltime_null_date();
	t.year = y;
	t.month = m;
	t.day = d;
	t.is_date = 1;
	return t;
}

char *reminder_ical(const struct reminder_item *items, size_t n, const char *name)
{
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	if (cal == NULL)
		return NULL;
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid("-//dieuhanh//reminders//VI"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	icalproperty *xname = icalproperty_new_x(name ? name : "dieuhanh");
	icalproperty_set_x_name(xname, "X-WR-CALNAME");
	icalcomponent_add_property(cal, xname);
	struct icaltimetype stamp = icaltime_from_timet_with_zone(time(NULL), 0,
	                                                          icaltimezone_get_utc_timezone());
	const char *base = reminder_public_url();
	for (size_t i = 0; i < n; i++) {
		const struct reminder_item *it = &items[i];
		icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
		char uid[256];
		snprintf(uid, sizeof uid, "%s@dieuhanh", it->uid);
		icalcomponent_add_property(ev, icalproperty_new_uid(uid));
		icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
		icalcomponent_add_property(ev, icalproperty_new_dtstart(ical_date(it->due)));
		icalcomponent_add_property(ev, icalproperty_new_dtend(ical_date(it->due + 1)));
		icalcomponent_add_property(ev, icalproperty_new_summary(it->title));
		if (it->detail)
			icalcomponent_add_property(ev, icalproperty_new_description(it->detail));
		icalcomponent_add_property(ev, icalproperty_new_categories(it->kind));
		icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
		if (*base && it->path) {
			char url[1024];
			snprintf(url, sizeof url, "%s%s", base, it->path);
			icalcomponent_add_property(ev, icalproperty_new_url(url));
		}
		icalcomponent_add_component(cal, ev);
	}
	char *s = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	return s;
}
