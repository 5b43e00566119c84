/*
 * task_pages_task.c: one task, GET /tasks/{id}: what it is, who does it
 * and who directs it, its deadlines (and every change of them), its status,
 * the history of its progress reports, and the forms to report progress
 * (POST /tasks/{id}/updates) and to change the deadline with its reason
 * (POST /tasks/{id}/deadline) for those who may.
 */
#include "task/task_pages.h"
#include "task/task_handlers.h"

#include <stdio.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"

/* What was posted, kept to be shown again: the progress report, or the change of deadline. */
struct task_forms {
	const char *progress, *date, *note, *attachment;
	const char *due_date, *reason;
};

static void dl_row(struct http_request *req, struct html *h, const char *term, const char *value)
{
	html_raw(h, "<dt>");
	html_txt(h, T(req, term));
	html_raw(h, "</dt><dd>");
	html_txt(h, value && *value ? value : "—");
	html_raw(h, "</dd>");
}

/* The change-of-deadline form (E: its errors, or another form's). */
static void deadline_form(struct http_request *req, struct html *h, const struct task *t,
                          const struct task_forms *f, const struct form_errors *e)
{
	static const struct form_errors none = { .form = "deadline" };
	if (strcmp(e->form, "deadline") != 0)
		e = &none;
	html_raw(h, "<h2 id=\"change-deadline\">");
	html_txt(h, T(req, "Change the deadline"));
	html_raw(h, "</h2><p>");
	if (task_may_approve_deadline(req->store, &req->arena, http_principal(req), t->unit_id))
		html_txt(h, T(req, "You direct this task: the new deadline is approved, and lateness "
		                   "is judged against it."));
	else
		html_txt(h, T(req, "The change is recorded but not approved: lateness stays judged "
		                   "against the deadline in force until a leader who directs the task "
		                   "approves a new one."));
	html_raw(h, "</p>");
	form_begin(req, h, arena_printf(&req->arena, "/tasks/%lld/deadline", (long long)t->id),
	           "deadline", NULL);
	form_error_summary(req, h, e);
	tkpage_date_input(req, h, e, "due_date", T(req, "New deadline"),
	                  f->due_date ? f->due_date : tkpage_day_field(req, t->due_day), true,
	                  T(req, "Day/month/year, e.g. 30/09/2019; a day off moves it to the next "
	                         "working day."));
	form_input(req, h, e, &(struct form_input){ .name = "reason", .label = T(req, "Reason"),
	           .value = f->reason, .required = true, .maxlength = TASK_NOTE_MAX,
	           .hint = T(req, "Why the deadline moves; kept with the old deadline.") });
	form_submit(h, T(req, "Change the deadline"));
	form_end(h);
}

static void render(struct http_request *req, const struct task *t, const struct task_forms *f,
                   const struct form_errors *e, unsigned int status)
{
	struct task_update *us;
	struct task_deadline_change *cs;
	size_t nu, nc;
	if (task_service_updates(req->store, t->id, &req->arena, &us, &nu) != STORE_OK
	    || task_service_changes(req->store, t->id, &req->arena, &cs, &nc) != STORE_OK) {
		reply_internal_error(req, "task history");
		return;
	}
	cal_day today = task_today();
	struct html h = { 0 };
	layout_begin_form(req, &h, t->title, "/tasks", e);
	if (http_query(req, "reported"))
		form_notice(&h, T(req, "Progress recorded."));
	if (http_query(req, "deadline"))
		form_notice(&h, T(req, "Deadline changed."));
	html_raw(&h, "<p>");
	tkpage_status_badge(req, &h, task_status_of(t, today));
	long late = task_working_days_late(task_calendar(req->store, &req->arena), t, today);
	if (late > 0) {
		html_raw(&h, " ");
		web_txtf(&h, T(req, "%ld working days late"), late);
	}
	html_raw(&h, "</p><dl class=\"facts\">");
	dl_row(req, &h, N_("Unit assigned"), t->unit_name);
	if (t->nco_units) {
		const char *names = "";
		for (size_t i = 0; i < t->nco_units; i++) {
			struct org_unit u;
			if (org_unit_get(req->store, t->co_unit_ids[i], &req->arena, &u) == STORE_OK)
				names = arena_printf(&req->arena, "%s%s%s", names, *names ? "; " : "", u.name);
		}
		dl_row(req, &h, N_("Units co-assigned"), names);
	}
	dl_row(req, &h, N_("Person assigned"), t->assignee_name);
	dl_row(req, &h, N_("Leader responsible"), t->leader_name);
	dl_row(req, &h, N_("Start"), tkpage_day(req, t->start_day));
	dl_row(req, &h, N_("Deadline"), tkpage_day(req, t->due_day));
	if (t->original_day != t->due_day)
		dl_row(req, &h, N_("Deadline first given"), tkpage_day(req, t->original_day));
	if (t->judged_day != t->due_day)
		dl_row(req, &h, N_("Lateness judged against"), tkpage_day(req, t->judged_day));
	dl_row(req, &h, N_("Progress"), web_fmt_percent(req, t->progress, 0));
	dl_row(req, &h, N_("Completed on"), tkpage_day(req, t->completed_day));
	dl_row(req, &h, N_("Priority"), tkpage_priority_label(req, t->priority));
	html_raw(&h, "</dl>");
	if (t->description && *t->description) {
		html_raw(&h, "<p>");
		html_txt(&h, t->description);
		html_raw(&h, "</p>");
	}
	if (t->plan_id) {
		html_rawf(&h, "<p><a href=\"/plans/%lld\">", (long long)t->plan_id);
		html_txt(&h, T(req, "The plan this task belongs to"));
		html_raw(&h, "</a></p>");
	}
	if (nc) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Changes of deadline"));
		html_raw(&h, "</h2><table><caption class=\"vh\">");
		html_txt(&h, T(req, "Changes of deadline"));
		html_raw(&h, "</caption>");
		WEB_TABLE_HEAD(req, &h, N_("From"), N_("To"), N_("Reason"), N_("Changed by"),
		               N_("Approved by"));
		for (size_t i = 0; i < nc; i++) {
			html_raw(&h, "<tr><td>");
			html_txt(&h, tkpage_day(req, cs[i].old_day));
			html_raw(&h, "</td><td>");
			html_txt(&h, tkpage_day(req, cs[i].new_day));
			html_raw(&h, "</td><td>");
			html_txt(&h, cs[i].reason);
			html_raw(&h, "</td><td>");
			html_txt(&h, cs[i].changed_by);
			html_raw(&h, "</td><td>");
			html_txt(&h, cs[i].approved ? cs[i].approved_by : T(req, "Not approved"));
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
	}
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Progress reports"));
	html_raw(&h, "</h2>");
	if (nu == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No progress has been reported yet."));
		html_raw(&h, "</p>");
	} else {
		html_raw(&h, "<table class=\"updates\"><caption class=\"vh\">");
		html_txt(&h, T(req, "Progress reports"));
		html_raw(&h, "</caption>");
		WEB_TABLE_HEAD(req, &h, N_("Date"), N_("Progress"), N_("Note"), N_("Attachment"),
		               N_("Reported by"));
		for (size_t i = nu; i-- > 0;) {
			html_raw(&h, "<tr><td>");
			html_txt(&h, tkpage_day(req, us[i].day));
			html_raw(&h, "</td><td class=\"num\">");
			html_txt(&h, web_fmt_percent(req, us[i].progress, 0));
			html_raw(&h, "</td><td>");
			html_txt(&h, us[i].note ? us[i].note : "");
			html_raw(&h, "</td><td>");
			html_txt(&h, us[i].attachment ? us[i].attachment : "");
			html_raw(&h, "</td><td>");
			html_txt(&h, us[i].reporter);
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
	}
	if (task_may_report(req->store, &req->arena, http_principal(req), t->unit_id)) {
		const struct form_errors *re = e;
		static const struct form_errors none = { .form = "report" };
		if (strcmp(e->form, "report") != 0)
			re = &none;
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Report progress"));
		html_raw(&h, "</h2>");
		form_begin(req, &h, arena_printf(&req->arena, "/tasks/%lld/updates", (long long)t->id),
		           "report", NULL);
		form_error_summary(req, &h, re);
		form_input(req, &h, re, &(struct form_input){ .name = "progress",
		           .label = T(req, "Progress (%)"), .type = "number",
		           .value = f->progress ? f->progress
		                               : arena_printf(&req->arena, "%d", t->progress),
		           .required = true, .hint = T(req, "0 to 100; 100 completes the task.") });
		tkpage_date_input(req, &h, re, "date", T(req, "Date"),
		                  f->date ? f->date : tkpage_day_field(req, today), false,
		                  T(req, "The day the progress was reached (day/month/year); not in "
		                         "the future."));
		form_input(req, &h, re, &(struct form_input){ .name = "note", .label = T(req, "Note"),
		           .value = f->note, .maxlength = TASK_NOTE_MAX });
		form_input(req, &h, re, &(struct form_input){ .name = "attachment",
		           .label = T(req, "Attachment"), .value = f->attachment,
		           .maxlength = TASK_ATTACHMENT_MAX,
		           .hint = T(req, "Optional: the number or file name of a document.") });
		form_submit(&h, T(req, "Report progress"));
		form_end(&h);
	}
	if (task_may_assign(req->store, &req->arena, http_principal(req), t->unit_id))
		deadline_form(req, &h, t, f, e);
	layout_finish(req, &h, status);
}

static bool task_of_path(struct http_request *req, struct task *t)
{
	int64_t id = http_param_id(req, "id");
	return reply_unless_found(req, id ? task_service_get(req->store, id, &req->arena, t)
	                                  : STORE_NOT_FOUND);
}

void page_task(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct task t;
	if (!task_of_path(req, &t))
		return;
	struct task_forms f = { 0 };
	render(req, &t, &f, &(struct form_errors){ .form = "report" }, 200);
}

void page_task_report(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct task t;
	if (!task_of_path(req, &t))
		return;
	if (!task_may_report(req->store, &req->arena, http_principal(req), t.unit_id)) {
		http_forbidden(req);
		return;
	}
	struct task_forms f = {
		.progress = http_form(req, "progress"), .date = http_form(req, "date"),
		.note = http_form(req, "note"), .attachment = http_form(req, "attachment"),
	};
	struct form_errors e = { .form = "report" };
	struct task_update u = { .task_id = t.id, .day = task_today() };
	int64_t p;
	if (http_form_int(req, "progress", 0, 100, &p) != HTTP_INT_OK)
		form_error_add(&e, "progress", T(req, "Enter the progress: a whole number from 0 to 100."));
	cal_day typed;
	if (tkpage_form_day(req, &e, "date", false, &typed) && typed)
		u.day = typed;
	if (e.n) {
		render(req, &t, &f, &e, 422);
		return;
	}
	u.progress = (int)p;
	u.note = f.note && *f.note ? f.note : NULL;
	u.attachment = f.attachment && *f.attachment ? f.attachment : NULL;
	struct org_error err = { 0 };
	struct task after;
	enum org_result r = task_report(req->store, &req->arena, http_principal(req), &u, &after,
	                                &err);
	switch (r) {
	case ORG_OK:
		reply_redirect(req, arena_printf(&req->arena, "/tasks/%lld?reported=1", (long long)t.id));
		return;
	case ORG_INVALID:
		form_error_add(&e, err.field, form_message(req, err.detail));
		render(req, &t, &f, &e, 422);
		return;
	default:
		form_reply_failure(req, r, "task report");
		return;
	}
}

static bool set_due_day(void *ctx, struct task *t, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	t->due_day = *(const cal_day *)ctx;
	return true;
}

void page_task_deadline(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct task t;
	if (!task_of_path(req, &t))
		return;
	if (!task_may_assign(req->store, &req->arena, http_principal(req), t.unit_id)) {
		http_forbidden(req);
		return;
	}
	struct task_forms f = { .due_date = http_form(req, "due_date"),
	                        .reason = http_form(req, "reason") };
	struct form_errors e = { .form = "deadline" };
	cal_day due;
	tkpage_form_day(req, &e, "due_date", true, &due);
	if (f.reason == NULL || f.reason[strspn(f.reason, " \t\r\n")] == '\0')
		form_error_add(&e, "reason", T(req, "Say why the deadline changes."));
	if (e.n) {
		render(req, &t, &f, &e, 422);
		return;
	}
	struct task out;
	struct task_error err;
	enum org_result r = task_save(req->store, &req->arena, http_principal(req), t.id,
	                              set_due_day, &due, f.reason, &out, &err);
	switch (r) {
	case ORG_OK:
		reply_redirect(req, arena_printf(&req->arena, "/tasks/%lld?deadline=1",
		                                 (long long)t.id));
		return;
	case ORG_INVALID:
		form_error_add(&e, err.e.field && strcmp(err.e.field, "due_change_reason") == 0
		                   ? "reason" : "due_date", form_message(req, err.e.detail));
		render(req, &t, &f, &e, 422);
		return;
	default:
		form_reply_failure(req, r, "task deadline");
		return;
	}
}

/* The messages task_report() puts in struct org_error (task.c), listed to be translated. */
static const char *const report_messages[] __attribute__((unused)) = {
	N_("Progress is a whole number from 0 to 100."),
	N_("Progress cannot be reported for a future day."),
	N_("This day is before the task started."),
	N_("The task is completed; it cannot go back below 100 %."),
	N_("The note is longer than 2,000 bytes."),
	N_("The attachment reference is longer than 500 bytes."),
	N_("The text is not valid UTF-8."),
	/* task_change_deadline() */
	N_("A change of deadline needs its reason."),
	N_("The reason is longer than 2,000 bytes."),
	N_("This is already the deadline."),
	N_("The deadline is before the start date."),
};
