/*
 * reception_pages_home.c: citizen reception's part of the home page
 * (struct module .home), for those who manage sessions: the commitments
 * made to citizens whose task is past its deadline and not done, and the
 * sessions whose register still has questions unanswered after the 10
 * working days.  What was promised in public and is late, in a few lines.
 */
#include "reception/reception_handlers.h"

#include <time.h>

#include "feedback/feedback_pages.h"
#include "reception/reception_service.h"
#include "store/store.h"
#include "task/task_service.h"
#include "web/web.h"

enum { HOME_ROWS = 8, UNIT_CACHE = 64 };

struct reach {
	int64_t unit[UNIT_CACHE];
	bool ok[UNIT_CACHE];
	size_t n;
};

/* May the reader manage UNIT's sessions?  Decided once per unit. */
static bool may_manage(struct http_request *req, struct reach *r, int64_t unit)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->unit[i] == unit)
			return r->ok[i];
	bool ok = reception_may_manage(req->store, &req->arena, http_principal(req), unit);
	if (r->n < UNIT_CACHE) {
		r->unit[r->n] = unit;
		r->ok[r->n++] = ok;
	}
	return ok;
}

static const char *unit_name(const struct org_unit *u, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (u[i].id == id)
			return u[i].name;
	return "";
}

/* The overdue task of ID among LATE (task_service_list's overdue), or NULL. */
static const struct task *late_task(const struct task *late, size_t n, int64_t id)
{
	for (size_t i = 0; id && i < n; i++)
		if (late[i].id == id)
			return &late[i];
	return NULL;
}

void rcpage_home(struct http_request *req, struct html *h)
{
	const struct principal *who = http_principal(req);
	if (!reception_may_manage_somewhere(who))
		return;
	cal_day today = feedback_day_of((int64_t)time(NULL));
	struct rc_open_commitment *cs;
	struct rc_late_lines *ll;
	struct task *late = NULL;
	struct org_unit *units;
	size_t nc = 0, nl = 0, nlate = 0, nunits = 0;
	struct task_filter overdue = { .status = TASK_F_OVERDUE, .today = today };
	bool ok = reception_open_commitments(req->store, &req->arena, &cs, &nc) == STORE_OK;
	/* Only the overdue tasks that can be commitments' (due since the earliest of them). */
	overdue.due_after = ok && nc ? cs[0].c.due_day : today;
	if (!ok || reception_late_lines(req->store, today, &req->arena, &ll, &nl) != STORE_OK
	    || (nc && task_service_list(req->store, &overdue, &req->arena, &late, &nlate, NULL)
	              != STORE_OK)
	    || org_unit_list(req->store, &(struct unit_filter){ 0 }, &req->arena, &units, &nunits)
	       != STORE_OK) {
		html_raw(h, "<p class=\"muted\">");
		html_txt(h, T(req, "The reception commitments cannot be read just now."));
		html_raw(h, "</p>");
		return;
	}
	/* Keep what is the reader's and late: the commitment's task is overdue. */
	struct reach reach = { .n = 0 };
	size_t kc = 0, kl = 0;
	const struct task **tasks = arena_array(&req->arena, nc + 1, sizeof *tasks);
	for (size_t i = 0; i < nc; i++) {
		const struct task *t = late_task(late, nlate, cs[i].c.task_id);
		if (t && may_manage(req, &reach, cs[i].unit_id)) {
			tasks[kc] = t;
			cs[kc++] = cs[i];
		}
	}
	for (size_t i = 0; i < nl; i++)
		if (may_manage(req, &reach, ll[i].unit_id))
			ll[kl++] = ll[i];
	if (kc == 0 && kl == 0)
		return;
	html_raw(h, "<section aria-labelledby=\"home-reception\"><h2 id=\"home-reception\">");
	html_txt(h, T(req, "Promises to citizens that are late"));
	html_raw(h, "</h2>");
	if (kc) {
		html_raw(h, "<table class=\"summary rc-home-commitments\"><caption>");
		web_txtf(h, T(req, "%zu commitments made at reception sessions are past their "
		                   "deadline, the oldest first"), kc);
		html_raw(h, "</caption>");
		WEB_TABLE_HEAD(req, h, N_("Commitment"), N_("Who"), N_("Deadline"), N_("Session"));
		for (size_t i = 0; i < kc && i < HOME_ROWS; i++) {
			html_rawf(h, "<tr><th scope=\"row\"><a href=\"/tasks/%lld\">",
			          (long long)cs[i].c.task_id);
			html_txt(h, cs[i].c.text);
			html_raw(h, "</a></th><td data-label=\"");
			html_attr(h, T(req, "Who"));
			html_raw(h, "\">");
			html_txt(h, cs[i].c.leader);
			html_raw(h, "</td><td data-label=\"");
			html_attr(h, T(req, "Deadline"));
			html_raw(h, "\">");
			html_txt(h, fbp_day(req, tasks[i]->due_day));
			html_raw(h, "</td><td data-label=\"");
			html_attr(h, T(req, "Session"));
			html_rawf(h, "\"><a href=\"/reception/%lld\">", (long long)cs[i].c.session_id);
			html_txt(h, unit_name(units, nunits, cs[i].unit_id));
			html_raw(h, ", ");
			html_txt(h, fbp_day(req, cs[i].session_day));
			html_raw(h, "</a></td></tr>");
		}
		html_raw(h, "</tbody></table>");
	}
	if (kl) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "Questions in the reception register not answered within 10 working "
		                   "days:"));
		html_raw(h, "</p><ul class=\"rc-home-lines\">");
		for (size_t i = 0; i < kl && i < HOME_ROWS; i++) {
			html_rawf(h, "<li><a href=\"/reception/%lld/register\">",
			          (long long)ll[i].session_id);
			html_txt(h, unit_name(units, nunits, ll[i].unit_id));
			html_raw(h, ", ");
			html_txt(h, fbp_day(req, ll[i].session_day));
			html_raw(h, "</a>: ");
			web_txtf(h, T(req, "%lld unanswered"), (long long)ll[i].n);
			html_raw(h, "</li>");
		}
		if (kl > HOME_ROWS) {
			html_raw(h, "<li>");
			web_txtf(h, T(req, "and %zu more sessions"), kl - HOME_ROWS);
			html_raw(h, "</li>");
		}
		html_raw(h, "</ul>");
	}
	html_raw(h, "<p><a href=\"/reception\">");
	html_txt(h, T(req, "Reception days and dialogues"));
	html_raw(h, "</a></p></section>");
}
