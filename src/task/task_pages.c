/*
 * task_pages.c: what the task pages share (dates, status badges, the task
 * table, the new-task form) and the lists: GET /tasks (filtered by unit and
 * status) and GET /tasks/mine.
 */
#include "task/task_pages.h"
#include "task/task_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/account_service.h"
#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"
#include "text/vntext.h"

const char *tkpage_day(struct http_request *req, cal_day d)
{
	if (d == 0)
		return "";
	int y, m, dd;
	cal_to_ymd(d, &y, &m, &dd);
	if (web_lang(req) == LANG_VI) {
		char buf[32];
		if (vn_format_date(buf, sizeof buf, y, m, dd) == 0)
			return "?";
		return arena_strdup(&req->arena, buf);
	}
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	return arena_printf(&req->arena, "%d %s %d", dd, months[(m - 1) % 12], y);
}

const char *tkpage_shorten(struct http_request *req, const char *s, size_t n)
{
	size_t cps = 0, i = 0;
	for (; s[i]; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && cps++ == n)
			break;
	if (s[i] == '\0')
		return s;
	return arena_printf(&req->arena, "%.*s…", (int)i, s);
}

const char *tkpage_day_field(struct http_request *req, cal_day d)
{
	if (d == 0)
		return "";
	int y, m, dd;
	cal_to_ymd(d, &y, &m, &dd);
	return arena_printf(&req->arena, "%02d/%02d/%04d", dd, m, y);
}

bool tkpage_form_day(struct http_request *req, struct form_errors *e, const char *name,
                     bool required, cal_day *d)
{
	const char *s = http_form(req, name);
	int y, m, dd;
	*d = 0;
	if (s == NULL || *s == '\0') {
		if (required)
			form_error_add(e, name, T(req, "Enter the date as day/month/year, e.g. 30/09/2019."));
		return !required;
	}
	if (!form_date(req, e, name, s, &y, &m, &dd))
		return false;
	if (cal_from_ymd(y, m, dd, d))
		return true;
	form_error_add(e, name, T(req, "Enter the date as day/month/year, e.g. 30/09/2019."));
	return false;
}

void tkpage_date_input(struct http_request *req, struct html *h, const struct form_errors *e,
                       const char *name, const char *label, const char *value, bool required,
                       const char *hint)
{
	form_input(req, h, e, &(struct form_input){ .name = name, .label = label,
	           .inputmode = "numeric", .size = 12, .maxlength = 32, .value = value,
	           .required = required, .hint = hint });
}

const char *tkpage_status_label(struct http_request *req, enum task_status s)
{
	static const char *const labels[] = {
		[TASK_ON_TIME] = N_("Completed on time"), [TASK_LATE] = N_("Completed late"),
		[TASK_IN_PROGRESS] = N_("In progress, within deadline"),
		[TASK_OVERDUE] = N_("Overdue"),
	};
	return T(req, labels[(unsigned)s < TASK_STATUS_COUNT ? s : TASK_IN_PROGRESS]);
}

const char *tkpage_priority_label(struct http_request *req, enum task_priority p)
{
	static const char *const labels[] = { N_("Low"), N_("Normal"), N_("High"), N_("Urgent") };
	return T(req, labels[(unsigned)p < 4 ? p : 1]);
}

/* The target board's status classes and shapes, read the same way. */
static const char *const status_class[] = {
	[TASK_ON_TIME] = "st-achieved", [TASK_LATE] = "st-at_risk",
	[TASK_IN_PROGRESS] = "st-on_track", [TASK_OVERDUE] = "st-off_track",
};
static const char *const status_shape[] = {
	[TASK_ON_TIME] = "<circle cx=\"6\" cy=\"6\" r=\"5.5\" fill=\"currentColor\"/>",
	[TASK_LATE] = ("<path d=\"M6 .3 L11.7 6 L6 11.7 L.3 6 Z\" fill=\"none\" "
	               "stroke=\"currentColor\" stroke-width=\"2\"/>"),
	[TASK_IN_PROGRESS] = "<path d=\"M6 .5 L11.5 11 L.5 11 Z\" fill=\"currentColor\"/>",
	[TASK_OVERDUE] = "<path d=\"M.5 1 L11.5 1 L6 11.5 Z\" fill=\"currentColor\"/>",
};

void tkpage_status_badge(struct http_request *req, struct html *h, enum task_status s)
{
	if ((unsigned)s >= TASK_STATUS_COUNT)
		s = TASK_IN_PROGRESS;
	html_rawf(h, "<span class=\"status %s\"><svg class=\"shape\" aria-hidden=\"true\" "
	             "focusable=\"false\" viewBox=\"0 0 12 12\" width=\"12\" height=\"12\">%s"
	             "</svg> ", status_class[s], status_shape[s]);
	html_txt(h, tkpage_status_label(req, s));
	html_raw(h, "</span>");
}

/* A cell labelled for the stacked rows of a phone (table.summary in static/css/app.css). */
static void cell_open(struct http_request *req, struct html *h, const char *label, bool num)
{
	html_raw(h, num ? "<td class=\"num\" data-label=\"" : "<td data-label=\"");
	html_attr(h, T(req, label));
	html_raw(h, "\">");
}

void tkpage_task_table(struct http_request *req, struct html *h, const struct task *ts,
                       size_t n, cal_day today, const char *caption, size_t first)
{
	/* "summary": on a phone each row stacks, its cells labelled (static/css/app.css). */
	html_raw(h, "<table class=\"tasks summary\"><caption class=\"vh\">");
	html_txt(h, caption);
	html_raw(h, "</caption>");
	if (first)
		WEB_TABLE_HEAD(req, h, N_("No."), N_("Task"), N_("Unit"), N_("Assigned to"),
		               N_("Leader responsible"), N_("Deadline"), N_("Progress"), N_("Status"));
	else
		WEB_TABLE_HEAD(req, h, N_("Task"), N_("Unit"), N_("Assigned to"),
		               N_("Leader responsible"), N_("Deadline"), N_("Progress"), N_("Status"));
	for (size_t i = 0; i < n; i++) {
		const struct task *t = &ts[i];
		html_raw(h, "<tr>");
		if (first) {
			cell_open(req, h, N_("No."), true);
			html_rawf(h, "%zu</td>", first + i);
		}
		html_rawf(h, "<th scope=\"row\"><a href=\"/tasks/%lld\">", (long long)t->id);
		html_txt(h, t->title);
		html_raw(h, "</a></th>");
		cell_open(req, h, N_("Unit"), false);
		html_txt(h, t->unit_name ? t->unit_name : "");
		if (t->nco_units) {
			html_raw(h, " ");
			web_txtf(h, T(req, "and %zu more"), t->nco_units);
		}
		html_raw(h, "</td>");
		cell_open(req, h, N_("Assigned to"), false);
		html_txt(h, t->assignee_name ? t->assignee_name : "");
		html_raw(h, "</td>");
		cell_open(req, h, N_("Leader responsible"), false);
		html_txt(h, t->leader_name ? t->leader_name : "");
		html_raw(h, "</td>");
		cell_open(req, h, N_("Deadline"), false);
		html_txt(h, tkpage_day(req, t->due_day));
		html_raw(h, "</td>");
		cell_open(req, h, N_("Progress"), true);
		html_txt(h, web_fmt_percent(req, t->progress, 0));
		html_raw(h, "</td>");
		cell_open(req, h, N_("Status"), false);
		tkpage_status_badge(req, h, task_status_of(t, today));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table>");
}

/* Every unit's id and name, as the filters' and forms' choices list them. */
struct unit_names {
	struct arena a;
	struct org_unit *units;
	size_t n;
};

static void unit_names_free(void *object)
{
	struct unit_names *u = object;
	arena_free(&u->a);
	free(u);
}

/*
 * Every unit, into A: the lists' filter shows them on every page (330 on
 * the large case), read once per revision of the tree and kept in the
 * cache (a rename or a new unit moves org_revision).
 */
static bool units_load(struct http_request *req, struct org_unit **out, size_t *n)
{
	int64_t rev;
	struct unit_filter uf = { 0 };
	if (org_unit_revision(req->store, &rev) != STORE_OK)
		return org_unit_list(req->store, &uf, &req->arena, out, n) == STORE_OK;
	struct http_body *b = http_cache_ref(req->server->cache, "task-unit-names", rev);
	if (b == NULL) {
		struct unit_names *u = calloc(1, sizeof *u);
		if (u == NULL)
			return false;
		/* Read after the revision: at least as new as it says. */
		if (org_unit_list(req->store, &uf, &u->a, &u->units, &u->n) != STORE_OK) {
			unit_names_free(u);
			return false;
		}
		size_t size = sizeof *u + u->n * (sizeof *u->units + 48);
		if ((b = http_body_object(u, size, unit_names_free)) == NULL)
			return false;
		http_cache_store(req->server->cache, "task-unit-names", rev, b);
	}
	const struct unit_names *u = http_body_object_of(b);
	*out = arena_array(&req->arena, u->n + 1, sizeof **out);
	for (size_t i = 0; i < u->n; i++)
		(*out)[i] = (struct org_unit){ .id = u->units[i].id,
		                               .name = arena_strdup(&req->arena, u->units[i].name) };
	*n = u->n;
	http_body_release(b);
	return true;
}

static bool choices_load(struct http_request *req, struct tkpage_choices *c, bool with_people)
{
	memset(c, 0, sizeof *c);
	struct org_unit *units;
	struct person_filter pf = { 0 };
	struct org_person *people = NULL;
	size_t nu, np = 0;
	if (!units_load(req, &units, &nu)
	    || (with_people
	        && org_person_list(req->store, &pf, &req->arena, &people, &np) != STORE_OK))
		return false;
	c->unit_values = arena_alloc(&req->arena, (nu + 1) * sizeof *c->unit_values);
	c->unit_labels = arena_alloc(&req->arena, (nu + 1) * sizeof *c->unit_labels);
	c->person_values = arena_alloc(&req->arena, (np + 1) * sizeof *c->person_values);
	c->person_labels = arena_alloc(&req->arena, (np + 1) * sizeof *c->person_labels);
	/* An empty first choice: a required field left unchosen is named, never guessed. */
	c->unit_values[0] = c->person_values[0] = "";
	c->unit_labels[0] = c->person_labels[0] = T(req, "— choose —");
	for (size_t i = 0; i < nu; i++) {
		c->unit_values[i + 1] = arena_printf(&req->arena, "%lld", (long long)units[i].id);
		c->unit_labels[i + 1] = units[i].name;
	}
	for (size_t i = 0; i < np; i++) {
		c->person_values[i + 1] = arena_printf(&req->arena, "%lld", (long long)people[i].id);
		c->person_labels[i + 1] = people[i].title && *people[i].title
		    ? arena_printf(&req->arena, "%s, %s", people[i].full_name, people[i].title)
		    : people[i].full_name;
	}
	c->nunits = nu + 1;
	c->npeople = np + 1;
	return true;
}

bool tkpage_choices_load(struct http_request *req, struct tkpage_choices *c)
{
	return choices_load(req, c, true);
}

bool tkpage_units_load(struct http_request *req, struct tkpage_choices *c)
{
	return choices_load(req, c, false);
}

void tkpage_task_form(struct http_request *req, struct html *h, const char *action,
                      const struct tkpage_choices *c, const struct tkpage_task_form *f,
                      const struct form_errors *e)
{
	form_begin(req, h, action, "task", NULL);
	form_error_summary(req, h, e);
	tkpage_task_fields(req, h, c, f, e);
	form_submit(h, T(req, "Add the task"));
	form_end(h);
}

void tkpage_task_fields(struct http_request *req, struct html *h, const struct tkpage_choices *c,
                        const struct tkpage_task_form *f, const struct form_errors *e)
{
	form_input(req, h, e, &(struct form_input){ .name = "title", .label = T(req, "Task"),
	           .value = f->title, .required = true, .maxlength = TASK_TITLE_MAX });
	form_select(req, h, e, "unit_id", T(req, "Unit assigned"), c->unit_values, c->unit_labels,
	            c->nunits, f->unit_id);
	static const char *const co_names[2] = { "co_unit_1", "co_unit_2" };
	for (int i = 0; i < 2; i++)
		form_select(req, h, e, co_names[i],
		            i == 0 ? T(req, "Also assigned to (optional)")
		                   : T(req, "And to (optional)"),
		            c->unit_values, c->unit_labels, c->nunits, f->co_unit[i]);
	form_select(req, h, e, "assignee_id", T(req, "Person assigned"), c->person_values,
	            c->person_labels, c->npeople, f->assignee_id);
	form_select(req, h, e, "leader_id", T(req, "Leader responsible"), c->person_values,
	            c->person_labels, c->npeople, f->leader_id);
	tkpage_date_input(req, h, e, "start_date", T(req, "Start"), f->start_date, false,
	                  T(req, "Day/month/year, e.g. 30/09/2019; optional."));
	tkpage_date_input(req, h, e, "due_date", T(req, "Deadline"), f->due_date, true,
	                  T(req, "Day/month/year, e.g. 30/09/2019; a day off moves it to the next "
	                         "working day."));
	static const char *const prio_values[] = { "low", "normal", "high", "urgent" };
	const char *prio_labels[4];
	for (int i = 0; i < 4; i++)
		prio_labels[i] = tkpage_priority_label(req, (enum task_priority)i);
	form_select(req, h, e, "priority", T(req, "Priority"), prio_values, prio_labels, 4,
	            f->priority && *f->priority ? f->priority : "normal");
}

/* The messages of a required field left empty, by the service's field names. */
static const char *missing_message(struct http_request *req, const char *field)
{
	if (strcmp(field, "title") == 0)
		return T(req, "Enter the title.");
	if (strcmp(field, "unit_id") == 0)
		return T(req, "Choose the unit assigned.");
	if (strcmp(field, "assignee_id") == 0)
		return T(req, "Choose the person assigned.");
	if (strcmp(field, "leader_id") == 0)
		return T(req, "Choose the leader responsible for chief direction.");
	if (strcmp(field, "year") == 0)
		return T(req, "Enter the year.");
	return T(req, "Enter the deadline.");
}

void tkpage_add_errors(struct http_request *req, struct form_errors *e,
                       const struct task_error *err)
{
	for (size_t i = 0; i < err->nmissing; i++)
		form_error_add(e, err->missing[i], missing_message(req, err->missing[i]));
	if (err->nmissing == 0)
		form_error_add(e, err->e.field, form_message(req, err->e.detail));
}

bool tkpage_form_id(struct http_request *req, struct form_errors *e, const char *name,
                    int64_t *id)
{
	*id = 0;
	if (http_form_int(req, name, 1, INT64_MAX, id) == HTTP_INT_INVALID) {
		form_error_add(e, name, T(req, "Choose from the list."));
		return false;
	}
	return true;
}

void tkpage_task_read(struct http_request *req, struct tkpage_task_form *f, struct task *in,
                      struct form_errors *e)
{
	*f = (struct tkpage_task_form){
		.title = http_form(req, "title"), .unit_id = http_form(req, "unit_id"),
		.assignee_id = http_form(req, "assignee_id"), .leader_id = http_form(req, "leader_id"),
		.start_date = http_form(req, "start_date"), .due_date = http_form(req, "due_date"),
		.priority = http_form(req, "priority"),
		.co_unit = { http_form(req, "co_unit_1"), http_form(req, "co_unit_2") },
	};
	in->title = f->title;
	int64_t *co = arena_array(&req->arena, 2, sizeof *co);
	size_t nco = 0;
	if (tkpage_form_id(req, e, "co_unit_1", &co[nco]) && co[nco])
		nco++;
	if (tkpage_form_id(req, e, "co_unit_2", &co[nco]) && co[nco])
		nco++;
	in->co_unit_ids = co;
	in->nco_units = nco;
	tkpage_form_id(req, e, "unit_id", &in->unit_id);
	tkpage_form_id(req, e, "assignee_id", &in->assignee_id);
	tkpage_form_id(req, e, "leader_id", &in->leader_id);
	tkpage_form_day(req, e, "start_date", false, &in->start_day);
	tkpage_form_day(req, e, "due_date", false, &in->due_day);
	int prio = task_priority_parse(f->priority);
	in->priority = prio < 0 ? TASK_PRIO_NORMAL : (enum task_priority)prio;
}

/* ---- the lists ---- */

/* The count and the table of list F, after a header of the total and the rows shown. */
struct list_head {
	int64_t total, n;
};

static bool list_body(struct http_request *req, const struct task_filter *f, const char *title,
                      struct html *out)
{
	struct task *ts;
	size_t n;
	int64_t total = 0;
	if (task_service_list(req->store, f, &req->arena, &ts, &n, &total) != STORE_OK)
		return false;
	struct list_head head = { total, (int64_t)n };
	html_raw_n(out, (const char *)&head, sizeof head);
	html_raw(out, "<p>");
	web_txtf(out, T(req, "%lld tasks; the deadline soonest first."), (long long)total);
	html_raw(out, "</p>");
	if (n)
		tkpage_task_table(req, out, ts, n, f->today, title, 0);
	return true;
}

/* A list page asked for: its filter, what surrounds the table, and the page begun before it. */
struct list_ask {
	struct task_filter f;
	const char *title;
	bool with_query;
	const char *unit_arg, *status_arg;   /* as asked, for the next page's link */
	struct html h;
};

/* On the build pool: the list's revision first, then its count and table. */
static struct http_body *list_build(struct http_request *req, int64_t *rev)
{
	const struct list_ask *q = req->defer_data;
	struct task_list_revisions r;
	struct html b = { 0 };
	if (task_service_list_revisions(req->store, &q->f, &r) != STORE_OK
	    || !list_body(req, &q->f, q->title, &b)) {
		html_free(&b);
		http_note_store_failure(req, true);
		return NULL;
	}
	*rev = r.rev;
	size_t len;
	char *text = html_take(&b, &len);
	return http_body_take(text, len);
}

/* The page begun before the table was asked for, when its answer never comes. */
static void list_abandon(struct http_request *req)
{
	struct list_ask *q = req->defer_data;
	html_free(&q->h);
}

static void list_reply(struct http_request *req, struct http_body *b)
{
	struct list_ask *q = req->defer_data;
	req->defer_abandon = NULL;   /* the page is answered, and its buffer with it */
	if (b == NULL || http_body_len(b) < sizeof(struct list_head)) {
		html_free(&q->h);
		reply_internal_error(req, "tasks");
		return;
	}
	struct list_head head;
	memcpy(&head, http_body_data(b), sizeof head);
	struct html *h = &q->h;
	html_raw_n(h, http_body_data(b) + sizeof head, http_body_len(b) - sizeof head);
	if (q->f.offset + head.n < head.total) {
		html_rawf(h, "<p><a href=\"?offset=%lld", (long long)(q->f.offset + head.n));
		if (q->with_query) {
			const char *u = q->unit_arg, *s = q->status_arg;
			if (u && *u) {
				html_raw(h, "&amp;unit_id=");
				html_url_arg(h, u);
			}
			if (s && *s) {
				html_raw(h, "&amp;status=");
				html_url_arg(h, s);
			}
		}
		html_raw(h, "\">");
		html_txt(h, T(req, "Next page"));
		html_raw(h, "</a></p>");
	}
	layout_finish(req, h, 200);
}

static void list_page(struct http_request *req, const char *nav, struct task_filter *f, const char *title,
                      const char *intro, bool with_query, const struct tkpage_choices *c)
{
	/*
	 * The count and the table kept rendered by filter, day and language at
	 * the revisions the JSON lists are kept at (task_service_list_revisions):
	 * the ward's page, a subtree's, a person's own; built once, off the
	 * HTTP threads, for everyone asking meanwhile.
	 */
	uint64_t ticket = http_cache_ticket();
	struct task_list_revisions r;
	if (task_service_list_revisions(req->store, f, &r) != STORE_OK) {
		http_note_store_failure(req, true);
		reply_internal_error(req, "tasks");
		return;
	}
	/* A key too long for the cache is built uncached (http_cache_serve). */
	char key[192];
	if (!task_list_cache_key(nav, f, &r, (int)web_lang(req), key, sizeof key))
		memset(key, 'x', sizeof key - 1), key[sizeof key - 1] = '\0';
	struct list_ask *q = arena_alloc(&req->arena, sizeof *q);
	*q = (struct list_ask){ .f = *f, .title = title, .with_query = with_query,
	                        .unit_arg = arena_strdup(&req->arena, http_query(req, "unit_id")),
	                        .status_arg = arena_strdup(&req->arena, http_query(req, "status")) };
	struct html h = { 0 };
	layout_begin(req, &h, title, nav);
	if (intro) {
		html_raw(&h, "<p>");
		html_txt(&h, intro);
		html_raw(&h, "</p>");
	}
	if (with_query) {
		html_raw(&h, "<form method=\"get\" action=\"/tasks\" class=\"query\">");
		form_select(req, &h, NULL, "unit_id", T(req, "Unit"), c->unit_values, c->unit_labels,
		            c->nunits, http_query(req, "unit_id"));
		static const char *const st_values[] = { "", "open", "overdue", "in_progress", "done",
		                                         "on_time", "late" };
		const char *st_labels[] = {
			T(req, "All"), T(req, "Not completed"), tkpage_status_label(req, TASK_OVERDUE),
			tkpage_status_label(req, TASK_IN_PROGRESS), T(req, "Completed"),
			tkpage_status_label(req, TASK_ON_TIME), tkpage_status_label(req, TASK_LATE),
		};
		form_select(req, &h, NULL, "status", T(req, "Status"), st_values, st_labels, 7,
		            http_query(req, "status"));
		form_submit(&h, T(req, "Show"));
		html_raw(&h, "</form>");
	}
	q->h = h;
	req->defer_data = q;
	req->defer_abandon = list_abandon;
	http_cache_serve(req, key, r.rev, ticket, list_build, list_reply);
}

enum { PAGE_SIZE = 50 };

static int query_offset(struct http_request *req)
{
	int64_t off = 0;
	if (http_query_int(req, "offset", 0, 1000000000, &off) != HTTP_INT_OK)
		off = 0;
	return (int)off;
}

void page_tasks(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct task_filter f = { .today = task_today(), .limit = PAGE_SIZE,
	                         .offset = query_offset(req), .subtree = true };
	int64_t unit = 0;
	if (http_query_int(req, "unit_id", 1, INT64_MAX, &unit) == HTTP_INT_OK)
		f.unit_id = unit;
	int s = task_status_filter_parse(http_query(req, "status"));
	f.status = s < 0 ? TASK_ANY : (enum task_status_filter)s;
	struct tkpage_choices c;
	if (!tkpage_units_load(req, &c)) {
		reply_internal_error(req, "units");
		return;
	}
	list_page(req, "/tasks", &f, T(req, "Tasks"), NULL, true, &c);
}

/*
 * Whose tasks are the reader's own: those assigned to the person their
 * account is linked to; for an account linked to nobody, the open tasks of
 * the units its roles are on (subtree).  False when the account cannot be read.
 */
static bool own_tasks_filter(struct http_request *req, struct task_filter *f, bool *linked)
{
	const struct principal *who = http_principal(req);
	struct account acc;
	if (account_get(req->store, who->actor.user_id, &req->arena, &acc) != STORE_OK)
		return false;
	*linked = acc.person_id != 0;
	if (*linked) {
		f->assignee_id = acc.person_id;
	} else {
		f->unit_id = who->ngrants ? who->grants[0].unit_id : 0;
		f->subtree = true;
	}
	return true;
}

enum { HOME_TASKS = 8 };

void tkpage_behind(struct http_request *req, struct html *h)
{
	const struct principal *who = http_principal(req);
	if (!who->authenticated || who->ngrants == 0)
		return;
	int64_t unit = who->grants[0].unit_id;
	struct task_filter f = { .today = task_today(), .limit = 1, .status = TASK_F_OVERDUE,
	                         .unit_id = unit, .subtree = true };
	struct task *one;
	size_t n = 0;
	int64_t overdue = 0;
	if (task_service_list(req->store, &f, &req->arena, &one, &n, &overdue) != STORE_OK
	    || overdue == 0)
		return;
	html_rawf(h, "<li class=\"behind-tasks\"><a href=\"/tasks?unit_id=%lld&amp;status=overdue\">",
	          (long long)unit);
	html_txt(h, T(req, "Tasks"));
	html_raw(h, "</a>: ");
	web_txtf(h, T(req, "%lld overdue."), (long long)overdue);
	html_raw(h, "</li>");
}

/*
 * The reader's part of the home page: their open tasks, overdue first, the
 * deadline soonest first after that; the count of overdue ones said before
 * the list.  Nothing when none is open.
 */
void tkpage_home(struct http_request *req, struct html *h)
{
	const struct principal *who = http_principal(req);
	if (!who->authenticated || who->ngrants == 0)
		return;
	cal_day today = task_today();
	struct task_filter overdue = { .today = today, .limit = HOME_TASKS, .status = TASK_F_OVERDUE };
	struct task_filter open = { .today = today, .limit = HOME_TASKS, .status = TASK_F_OPEN };
	bool linked = false;
	struct task *late = NULL, *all = NULL;
	size_t nlate = 0, nall = 0;
	int64_t total_late = 0, total_open = 0;
	/* The open tasks first: with none, the overdue ones need not be asked for. */
	if (!own_tasks_filter(req, &overdue, &linked) || !own_tasks_filter(req, &open, &linked)
	    || task_service_list(req->store, &open, &req->arena, &all, &nall, &total_open)
	       != STORE_OK
	    || (total_open > 0
	        && task_service_list(req->store, &overdue, &req->arena, &late, &nlate, &total_late)
	           != STORE_OK)) {
		html_raw(h, "<p class=\"muted\">");
		html_txt(h, T(req, "The tasks cannot be read just now."));
		html_raw(h, "</p>");
		return;
	}
	if (total_open == 0)
		return;
	html_raw(h, "<section aria-labelledby=\"home-tasks\"><h2 id=\"home-tasks\">");
	html_txt(h, linked ? T(req, "My tasks") : T(req, "Your unit's tasks"));
	html_raw(h, "</h2><p>");
	web_txtf(h, T(req, "%lld not completed, %lld of them overdue."), (long long)total_open,
	         (long long)total_late);
	html_raw(h, "</p>");
	/* Overdue first, then the rest by deadline, HOME_TASKS in all. */
	struct task *rows = arena_array(&req->arena, HOME_TASKS, sizeof *rows);
	size_t n = 0;
	for (size_t i = 0; i < nlate && n < HOME_TASKS; i++)
		rows[n++] = late[i];
	for (size_t i = 0; i < nall && n < HOME_TASKS; i++) {
		bool seen = false;
		for (size_t j = 0; j < nlate && !seen; j++)
			seen = late[j].id == all[i].id;
		if (!seen)
			rows[n++] = all[i];
	}
	tkpage_task_table(req, h, rows, n, today, T(req, "Not completed, overdue first"), 0);
	/* /tasks/mine lists the same tasks: the unit's when the account is linked to nobody. */
	html_raw(h, "<p><a href=\"/tasks/mine\">");
	html_txt(h, linked ? T(req, "All my tasks") : T(req, "All your unit's tasks"));
	html_raw(h, "</a></p></section>");
}

/*
 * The reader's own tasks: those assigned to or led by the person their
 * account is linked to; an account linked to nobody sees the open tasks of
 * the units its roles are on.
 */
void page_tasks_mine(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct task_filter f = { .today = task_today(), .limit = PAGE_SIZE,
	                         .offset = query_offset(req), .status = TASK_F_OPEN };
	bool linked;
	if (!own_tasks_filter(req, &f, &linked)) {
		reply_internal_error(req, "account");
		return;
	}
	if (linked) {
		list_page(req, "/tasks/mine", &f, T(req, "My tasks"),
		          T(req, "The tasks assigned to you that are not completed."), false, NULL);
		return;
	}
	list_page(req, "/tasks/mine", &f, T(req, "My tasks"),
	          T(req, "Your account is linked to no person: these are the tasks of your unit "
	                 "that are not completed."), false, NULL);
}
