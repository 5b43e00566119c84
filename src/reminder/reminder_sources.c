/*
 * reminder_sources.c: the modules whose due items go into digests and
 * feeds.  A module plugs in with one line here and one function of its
 * own (a struct reminder_source; see reminder.h).
 */
#include "reminder/reminder.h"

extern const struct reminder_source target_reminder_source;
extern const struct reminder_source task_reminder_source;
extern const struct reminder_source feedback_reminder_source;
extern const struct reminder_source reception_reminder_source;

const struct reminder_source *const reminder_sources[] = {
	&target_reminder_source,
	&task_reminder_source,
	&feedback_reminder_source,
	&reception_reminder_source,
	NULL,
};
