/*
 * dossier_pages_nc.c: the nonconformities late dossiers opened (ISO 9001
 * clause 10.2), GET /dossiers/nonconformities, each open one with a form to
 * record its cause and corrective action and to close it (POST
 * /dossiers/nonconformities/{id}).
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"
#include "task/task_service.h"

/* The task a corrective action is followed as: its title, progress and completion. */
static void task_line(struct http_request *req, struct html *h, int64_t task_id)
{
	struct task t;
	if (task_service_get(req->store, task_id, &req->arena, &t) != STORE_OK)
		return;
	html_raw(h, "<p class=\"nc-task\">");
	html_txt(h, T(req, "Followed as the task"));
	html_rawf(h, " <a href=\"/tasks/%lld\">", (long long)t.id);
	html_txt(h, t.title);
	html_raw(h, "</a>: ");
	if (t.completed_day) {
		web_txtf(h, T(req, "completed on %s"), dpage_day(req, t.completed_day));
	} else {
		web_txtf(h, T(req, "%d%% done, due %s"), t.progress, dpage_day(req, t.due_day));
		html_raw(h, ". ");
		html_txt(h, T(req, "It closes once the task is completed."));
	}
	html_raw(h, "</p>");
}

/*
 * The fields that make the corrective action a task, for those who may
 * assign tasks on the unit: its leader and the person assigned, from the
 * people of the unit and of the unit above it (a ward's desk and its ward).
 */
static void task_fields(struct http_request *req, struct html *h, const struct form_errors *e,
                        int64_t unit)
{
	const struct principal *who = http_principal(req);
	if (!org_allows(req->store, &req->arena, who, PERM_ASSIGN_TASKS, unit))
		return;
	struct org_unit u;
	int64_t units[2] = { unit, 0 };
	if (org_unit_get(req->store, unit, &req->arena, &u) == STORE_OK)
		units[1] = u.parent_id;
	const char **values = arena_array(&req->arena, 201, sizeof *values);
	const char **labels = arena_array(&req->arena, 201, sizeof *labels);
	size_t n = 0;
	values[n] = "";
	labels[n++] = "—";
	for (int k = 0; k < 2 && units[k]; k++) {
		struct person_filter f = { .unit_id = units[k], .limit = 100 };
		struct org_person *p;
		size_t np;
		if (org_person_list(req->store, &f, &req->arena, &p, &np) != STORE_OK)
			continue;
		for (size_t i = 0; i < np && n < 201; i++) {
			values[n] = arena_printf(&req->arena, "%lld", (long long)p[i].id);
			labels[n++] = p[i].title && *p[i].title
			              ? arena_printf(&req->arena, "%s, %s", p[i].full_name, p[i].title)
			              : p[i].full_name;
		}
	}
	/* What was typed comes back in the form that failed only. */
	bool failed = e->n > 0;
	html_raw(h, "<fieldset><legend>");
	html_txt(h, T(req, "Follow the corrective action as a task"));
	html_raw(h, "</legend>");
	form_select(req, h, e, "task_leader", T(req, "Leader responsible"), values, labels, n,
	            failed ? http_form(req, "task_leader") : NULL);
	form_select(req, h, e, "task_assignee", T(req, "Person assigned"), values, labels, n,
	            failed ? http_form(req, "task_assignee") : NULL);
	form_input(req, h, e, &(struct form_input){ .name = "task_due", .label = T(req, "Deadline"),
	           .value = failed ? http_form(req, "task_due") : NULL, .hint = T(req, "Enter the date as day/month/year, e.g. 30/09/2019.") });
	html_raw(h, "</fieldset>");
}

static void nc_render(struct http_request *req, int64_t failed_id, const struct form_errors *e,
                      unsigned int status)
{
	struct dossier_nc *n;
	size_t count;
	if (dossier_nc_list(req->store, &req->arena, http_principal(req), false, &n, &count)
	    != STORE_OK) {
		reply_internal_error(req, "nonconformities");
		return;
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Nonconformities"), "/dossiers");
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "Each dossier settled late opens a nonconformity: record its cause and "
	                   "what was done so it does not happen again, then close it."));
	html_raw(&h, "</p>");
	if (count == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No nonconformities."));
		html_raw(&h, "</p>");
	}
	for (size_t i = 0; i < count; i++) {
		html_rawf(&h, "<section class=\"nc\" aria-labelledby=\"nc-%lld\"><h2 id=\"nc-%lld\">",
		          (long long)n[i].id, (long long)n[i].id);
		html_raw(&h, "<a href=\"/dossiers/");
		html_url_arg(&h, n[i].code);
		html_raw(&h, "\">");
		html_txt(&h, n[i].code);
		html_raw(&h, "</a></h2><p>");
		web_txtf(&h, T(req, "Opened on %s"), dpage_date(req, n[i].opened_on));
		if (n[i].closed_on) {
			html_raw(&h, " · ");
			web_txtf(&h, T(req, "closed on %s"), dpage_date(req, n[i].closed_on));
		}
		html_raw(&h, "</p>");
		if (n[i].closed_on) {
			html_raw(&h, "<dl class=\"facts\"><dt>");
			html_txt(&h, T(req, "Cause"));
			html_raw(&h, "</dt><dd>");
			html_txt(&h, n[i].cause);
			html_raw(&h, "</dd><dt>");
			html_txt(&h, T(req, "Corrective action"));
			html_raw(&h, "</dt><dd>");
			html_txt(&h, n[i].corrective_action);
			html_raw(&h, "</dd></dl>");
			if (n[i].task_id)
				task_line(req, &h, n[i].task_id);
			html_raw(&h, "</section>");
			continue;
		}
		char form[32];
		snprintf(form, sizeof form, "nc%lld", (long long)n[i].id);
		struct form_errors none = { .form = arena_strdup(&req->arena, form) };
		const struct form_errors *fe = n[i].id == failed_id ? e : &none;
		form_error_summary(req, &h, fe);
		form_begin(req, &h, arena_printf(&req->arena, "/dossiers/nonconformities/%lld",
		                                 (long long)n[i].id), none.form, NULL);
		form_input(req, &h, fe, &(struct form_input){ .name = "cause", .label = T(req, "Cause"),
		           .value = n[i].cause, .maxlength = 2000 });
		form_input(req, &h, fe, &(struct form_input){ .name = "corrective_action",
		           .label = T(req, "Corrective action"), .value = n[i].corrective_action,
		           .maxlength = 2000 });
		if (n[i].task_id)
			task_line(req, &h, n[i].task_id);
		else
			task_fields(req, &h, fe, n[i].unit_id);
		html_rawf(&h, "<div class=\"check\"><input type=\"checkbox\" id=\"f-%s-close\" name=\"close\""
		              " value=\"1\"><label for=\"f-%s-close\">", form, form);
		html_txt(&h, T(req, "Close it: the cause is known and corrected"));
		html_raw(&h, "</label></div>");
		form_submit(&h, T(req, "Save"));
		form_end(&h);
		html_raw(&h, "</section>");
	}
	layout_finish(req, &h, status);
}

void page_nonconformities(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	if (!policy_allows_somewhere(http_principal(req), PERM_HANDLE_DOSSIERS)) {
		http_forbidden(req);
		return;
	}
	struct form_errors e = { .form = "nc" };
	nc_render(req, 0, &e, 200);
}

void page_nonconformity_update(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	int64_t id = http_param_id(req, "id");
	if (id == 0) {
		reply_not_found(req);
		return;
	}
	const char *close = http_form(req, "close");
	struct form_errors e = { .form = arena_printf(&req->arena, "nc%lld", (long long)id) };
	/* Any of the task's fields given: all three are needed. */
	const char *leader = http_form(req, "task_leader"), *assignee = http_form(req, "task_assignee"),
	           *due = http_form(req, "task_due");
	struct dossier_nc_task task = { 0 };
	bool want_task = (leader && *leader) || (assignee && *assignee) || (due && *due);
	if (want_task) {
		int64_t v;
		if (http_form_int(req, "task_leader", 1, INT64_MAX, &v) == HTTP_INT_OK)
			task.leader_id = v;
		else
			form_error_add(&e, "task_leader", T(req, "Choose from the list."));
		if (http_form_int(req, "task_assignee", 1, INT64_MAX, &v) == HTTP_INT_OK)
			task.assignee_id = v;
		else
			form_error_add(&e, "task_assignee", T(req, "Choose from the list."));
		int y, m, d;
		if (form_date(req, &e, "task_due", due, &y, &m, &d))
			cal_from_ymd(y, m, d, &task.due_day);
	}
	if (e.n) {
		nc_render(req, id, &e, 422);
		return;
	}
	struct dossier_nc n;
	struct org_error err = { 0 };
	enum org_result r = dossier_nc_update(req->store, &req->arena, http_principal(req), id,
	                                      http_form(req, "cause"),
	                                      http_form(req, "corrective_action"),
	                                      want_task ? &task : NULL,
	                                      close && strcmp(close, "1") == 0, &n, &err);
	if (r == ORG_CONFLICT && err.field && strcmp(err.field, "task") == 0) {
		/* Said beside the box that asked for it: the task is not done, or exists already. */
		form_error_add(&e, close && strcmp(close, "1") == 0 ? "close" : "task_leader",
		               form_message(req, err.detail));
		nc_render(req, id, &e, 409);
		return;
	}
	if (r == ORG_OK || r == ORG_CONFLICT) {
		reply_redirect(req, "/dossiers/nonconformities");
		return;
	}
	if (r == ORG_INVALID) {
		const char *field = err.field;
		/* The task's refusals name its own fields: say them beside the page's. */
		if (field && strcmp(field, "leader_id") == 0)
			field = "task_leader";
		else if (field && strcmp(field, "assignee_id") == 0)
			field = "task_assignee";
		else if (field && strcmp(field, "due_date") == 0)
			field = "task_due";
		form_error_add(&e, field, form_message(req, err.detail));
		nc_render(req, id, &e, 422);
		return;
	}
	form_reply_failure(req, r, "nonconformity");
}

/* The service's messages, listed so they are extracted and translated. */
static const char *const nc_messages[] __attribute__((unused)) = {
	N_("Record the cause and the corrective action before closing."),
	N_("Record the corrective action before making it a task."),
	N_("This corrective action is followed as a task already."),
	N_("The corrective action's task is not completed yet."),
	N_("A leader, a person assigned and a deadline are needed."),
};
