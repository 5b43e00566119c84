/*
 * reminder_pages_mail.c: the digest's text, as the e-mail and the inbox
 * keep it.  Written in Vietnamese whatever the reader's page language (the
 * e-mail has no reader preferences); the strings are the catalog's, so
 * they are translated and checked like the pages' (tests/unit/test_i18n.c).
 */
#include "reminder/reminder_service.h"

#include <string.h>

#include "http/request.h"
#include "util/arena.h"
#include "web/i18n.h"

/* MSGID in Vietnamese: a request whose language is settled, for T(). */
static const char *vi(const char *msgid) __attribute__((format_arg(1)));
static const char *vi(const char *msgid)
{
	static struct http_request vi_req = { .lang = LANG_VI + 1 };
	i18n_init(NULL);
	return T(&vi_req, msgid);
}

static const char *dmy(struct arena *a, cal_day day)
{
	int y, m, d;
	cal_to_ymd(day, &y, &m, &d);
	return arena_printf(a, "%02d/%02d/%04d", d, m, y);
}

static const char *item_line(struct arena *a, const struct reminder_item *it,
                             const struct calendar *cal, cal_day day)
{
	long left = reminder_days_left(cal, day, it->due);
	const char *when = left < 0 ? arena_printf(a, vi(N_("%ld working days overdue")), -left)
	                 : left == 0 ? vi(N_("due today"))
	                             : arena_printf(a, vi(N_("%ld working days left")), left);
	const char *base = reminder_public_url();
	return arena_printf(a, "- %s (%s): %s%s%s\n  %s%s\n", dmy(a, it->due), when, it->title,
	                    it->detail ? " — " : "", it->detail ? it->detail : "", base,
	                    it->path ? it->path : "");
}

void reminder_digest_text(struct arena *a, const char *name, cal_day day, int days_ahead,
                          const struct reminder_item *items, size_t n,
                          const struct calendar *cal, const char **subject, const char **body)
{
	int overdue = 0;
	for (size_t i = 0; i < n; i++)
		overdue += items[i].due < day;
	*subject = arena_printf(a, vi(N_("Reminders of %s: %d overdue, %d due soon")), dmy(a, day),
	                        overdue, (int)n - overdue);
	char *text = arena_printf(a, vi(N_("Dear %s,")), name ? name : "");
	text = arena_printf(a, "%s\n\n", text);
	if (overdue) {
		text = arena_printf(a, "%s%s\n", text, arena_printf(a, vi(N_("Overdue (%d):")), overdue));
		for (size_t i = 0; i < n; i++)
			if (items[i].due < day)
				text = arena_printf(a, "%s%s", text, item_line(a, &items[i], cal, day));
		text = arena_printf(a, "%s\n", text);
	}
	if ((int)n > overdue) {
		text = arena_printf(a, "%s%s\n", text,
		                    arena_printf(a, vi(N_("Due within %d working days (%d):")), days_ahead,
		                                 (int)n - overdue));
		for (size_t i = 0; i < n; i++)
			if (items[i].due >= day)
				text = arena_printf(a, "%s%s", text, item_line(a, &items[i], cal, day));
		text = arena_printf(a, "%s\n", text);
	}
	text = arena_printf(a, "%s%s %s/inbox\n", text,
	                    vi(N_("Your reminders are also in your inbox:")), reminder_public_url());
	*body = text;
}
