/*
 * task_pages_supervision.c: the Standing Committee's supervision (issue 11
 * §4), for those who steer.
 *
 *   GET  /supervisions              the programmes, newest first; the form for a new one
 *   POST /supervisions              creates a programme
 *   GET  /supervisions/{id}         the subject unit, period, members, conclusions; the
 *                                   findings with their follow-up tasks; who in the unit
 *                                   does not fulfil their duties, with the evidence
 *   POST /supervisions/{id}         members and conclusions (and the rest) edited
 *   POST /supervisions/{id}/findings  records a finding
 *   POST /supervisions/{id}/tasks   a follow-up task of a finding, tracked like any other
 *
 * Reading is for signed-in officials; the forms are shown to whoever may
 * write them (supervision_may_edit: PERM_SUPERVISE on the unit, the very
 * check the writes make).
 */
#include "task/task_pages.h"
#include "task/task_handlers.h"

#include <stdio.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"

/* The programme form as typed. */
struct sv_form {
	const char *title, *unit_id, *from_date, *to_date, *members, *conclusions;
};

static const char *id_text(struct http_request *req, int64_t id)
{
	return id ? arena_printf(&req->arena, "%lld", (long long)id) : "";
}

static const char *unit_label(const struct tkpage_choices *c, int64_t id)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%lld", (long long)id);
	for (size_t i = 1; i < c->nunits; i++)
		if (strcmp(c->unit_values[i], buf) == 0)
			return c->unit_labels[i];
	return "";
}

static const char *period(struct http_request *req, const struct supervision *s)
{
	return arena_printf(&req->arena, "%s – %s", tkpage_day(req, s->from_day),
	                    tkpage_day(req, s->to_day));
}

/* Title, unit, period, members and conclusions (UNIT_FIXED: the unit is shown, not chosen). */
static void programme_fields(struct http_request *req, struct html *h,
                             const struct tkpage_choices *c, const struct sv_form *f,
                             const struct form_errors *e, bool with_conclusions)
{
	form_input(req, h, e, &(struct form_input){ .name = "title",
	           .label = T(req, "Programme"), .value = f->title, .required = true,
	           .maxlength = TASK_TITLE_MAX });
	form_select(req, h, e, "unit_id", T(req, "Unit supervised"), c->unit_values,
	            c->unit_labels, c->nunits, f->unit_id);
	tkpage_date_input(req, h, e, "from_date", T(req, "From"), f->from_date, true,
	                  T(req, "Day/month/year, e.g. 30/09/2019."));
	tkpage_date_input(req, h, e, "to_date", T(req, "To"), f->to_date, true,
	                  T(req, "Day/month/year, e.g. 30/09/2019."));
	form_input(req, h, e, &(struct form_input){ .name = "members",
	           .label = T(req, "Members of the delegation"), .value = f->members,
	           .maxlength = TASK_TEXT_MAX });
	if (with_conclusions)
		form_input(req, h, e, &(struct form_input){ .name = "conclusions",
		           .label = T(req, "Conclusions"), .value = f->conclusions,
		           .maxlength = TASK_TEXT_MAX,
		           .hint = T(req, "Empty until the programme is concluded.") });
}

/* ---- the list ------------------------------------------------------------ */

static void render_list(struct http_request *req, const struct sv_form *f,
                        const struct form_errors *e, unsigned int status)
{
	struct supervision *ss;
	size_t n;
	struct tkpage_choices c;
	if (supervision_service_list(req->store, 0, &req->arena, &ss, &n) != STORE_OK
	    || !tkpage_units_load(req, &c)) {
		reply_internal_error(req, "supervisions");
		return;
	}
	struct html h = { 0 };
	layout_begin_form(req, &h, T(req, "Supervision by the Standing Committee"), "/supervisions",
	                  e);
	html_raw(&h, "<p>");
	html_txt(&h, T(req, "Programmes of supervision, what they found and the tasks that follow "
	                    "up each finding."));
	html_raw(&h, " <a href=\"/scorecards#not-fulfilling\">");
	html_txt(&h, T(req, "Units and leaders not fulfilling their duties"));
	html_raw(&h, "</a></p>");
	if (n == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No supervision programme has been recorded yet."));
		html_raw(&h, "</p>");
	} else {
		html_raw(&h, "<table class=\"supervisions\"><caption class=\"vh\">");
		html_txt(&h, T(req, "Supervision programmes"));
		html_raw(&h, "</caption>");
		WEB_TABLE_HEAD(req, &h, N_("Programme"), N_("Unit supervised"), N_("Period"),
		               N_("Conclusions"));
		for (size_t i = 0; i < n; i++) {
			html_rawf(&h, "<tr><th scope=\"row\"><a href=\"/supervisions/%lld\">",
			          (long long)ss[i].id);
			html_txt(&h, ss[i].title);
			html_raw(&h, "</a></th><td>");
			html_txt(&h, unit_label(&c, ss[i].unit_id));
			html_raw(&h, "</td><td>");
			html_txt(&h, period(req, &ss[i]));
			html_raw(&h, "</td><td>");
			html_txt(&h, ss[i].conclusions && *ss[i].conclusions ? T(req, "Concluded")
			                                                     : T(req, "Under way"));
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
	}
	if (policy_allows_somewhere(http_principal(req), PERM_SUPERVISE)) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "New supervision programme"));
		html_raw(&h, "</h2>");
		form_begin(req, &h, "/supervisions", "supervision", NULL);
		form_error_summary(req, &h, e);
		programme_fields(req, &h, &c, f, e, false);
		form_submit(&h, T(req, "Record the programme"));
		form_end(&h);
	}
	layout_finish(req, &h, status);
}

void page_supervisions(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	render_list(req, &(struct sv_form){ 0 }, &(struct form_errors){ .form = "supervision" }, 200);
}

/* ---- reading and saving the programme form ------------------------------ */

struct sv_edit {
	struct supervision in;
	bool with_conclusions;
};

static bool copy_programme(void *ctx, struct supervision *s, struct arena *a,
                           struct org_error *err)
{
	(void)a, (void)err;
	const struct sv_edit *ed = ctx;
	int64_t id = s->id;
	const char *conclusions = s->conclusions;
	*s = ed->in;
	s->id = id;
	if (!ed->with_conclusions)
		s->conclusions = conclusions;
	return true;
}

static void read_programme(struct http_request *req, struct sv_form *f, struct supervision *in,
                           struct form_errors *e)
{
	*f = (struct sv_form){
		.title = http_form(req, "title"), .unit_id = http_form(req, "unit_id"),
		.from_date = http_form(req, "from_date"), .to_date = http_form(req, "to_date"),
		.members = http_form(req, "members"), .conclusions = http_form(req, "conclusions"),
	};
	memset(in, 0, sizeof *in);
	in->title = f->title;
	in->members = f->members ? f->members : "";
	in->conclusions = f->conclusions ? f->conclusions : "";
	tkpage_form_id(req, e, "unit_id", &in->unit_id);
	tkpage_form_day(req, e, "from_date", true, &in->from_day);
	tkpage_form_day(req, e, "to_date", true, &in->to_day);
}

/* The field a service refusal names, as the form calls it. */
static const char *form_field(const char *field)
{
	static const char *const known[] = { "title", "unit_id", "from_date", "to_date", "members",
	                                     "conclusions" };
	for (size_t i = 0; field && i < sizeof known / sizeof known[0]; i++)
		if (strcmp(field, known[i]) == 0)
			return field;
	return "title";
}

void page_supervisions_create(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct sv_form f;
	struct sv_edit ed = { .with_conclusions = false };
	struct form_errors e = { .form = "supervision" };
	read_programme(req, &f, &ed.in, &e);
	if (e.n) {
		render_list(req, &f, &e, 422);
		return;
	}
	struct supervision out;
	struct org_error err = { 0 };
	enum org_result r = supervision_save(req->store, &req->arena, http_principal(req), 0,
	                                     copy_programme, &ed, &out, &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/supervisions/%lld", (long long)out.id));
		return;
	}
	if (r != ORG_INVALID) {
		form_reply_failure(req, r, "supervision");
		return;
	}
	form_error_add(&e, form_field(err.field), form_message(req, err.detail));
	render_list(req, &f, &e, 422);
}

/* ---- one programme ------------------------------------------------------- */

/* What was posted on the programme's page, kept to be shown again. */
struct sv_posted {
	const struct sv_form *programme;
	const char *finding;
	const struct tkpage_task_form *task;
	const char *finding_id;
};

/* Who in the supervised unit does not fulfil their duties, over the programme's year. */
static void not_fulfilling(struct http_request *req, struct html *h, const struct supervision *s,
                           const char *unit_name)
{
	int y, m, d;
	cal_to_ymd(s->from_day, &y, &m, &d);
	struct task_scorecard sc;
	cal_day today = task_today();
	html_raw(h, "<h2 id=\"not-fulfilling\">");
	web_txtf(h, T(req, "Not fulfilling their duties in %s, %d"), unit_name, y);
	html_raw(h, "</h2>");
	if (task_scorecard_load(req->store, &req->arena, s->unit_id, y, today, &sc) != STORE_OK) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "The scorecard could not be read."));
		html_raw(h, "</p>");
		return;
	}
	html_raw(h, "<p>");
	html_txt(h, T(req, "Fewer than 70 per cent of the judged tasks on time (at least 5 judged), or a "
	                   "task overdue by more than 20 working days; the longest overdue tasks "
	                   "are the evidence."));
	html_raw(h, "</p><ul class=\"failing\">");
	size_t nf = 0;
	for (size_t i = 0; i < sc.nunits; i++)
		if (sc.units[i].failures) {
			tkpage_failing(req, h, &sc.units[i], today, sc.cal);
			nf++;
		}
	for (size_t i = 0; i < sc.nleaders; i++)
		if (sc.leaders[i].failures) {
			tkpage_failing(req, h, &sc.leaders[i], today, sc.cal);
			nf++;
		}
	html_raw(h, "</ul>");
	if (nf == 0) {
		html_raw(h, "<p>");
		html_txt(h, T(req, "Every unit and leader fulfils its duties."));
		html_raw(h, "</p>");
	}
}

static void facts(struct http_request *req, struct html *h, const struct supervision *s,
                  const char *unit_name)
{
	const char *terms[] = { N_("Unit supervised"), N_("Period"), N_("Members of the delegation"),
	                        N_("Conclusions") };
	const char *values[] = {
		unit_name, period(req, s), s->members,
		s->conclusions && *s->conclusions ? s->conclusions : T(req, "Not concluded yet."),
	};
	html_raw(h, "<dl class=\"facts\">");
	for (size_t i = 0; i < 4; i++) {
		html_raw(h, "<dt>");
		html_txt(h, T(req, terms[i]));
		html_raw(h, "</dt><dd>");
		html_txt(h, values[i] && *values[i] ? values[i] : "—");
		html_raw(h, "</dd>");
	}
	html_raw(h, "</dl>");
}

static void render_programme(struct http_request *req, const struct supervision *s,
                             const struct sv_posted *p, const struct form_errors *e,
                             unsigned int status)
{
	struct supervision_finding *fs;
	size_t nfs;
	struct tkpage_choices c;
	if (supervision_service_findings(req->store, s->id, &req->arena, &fs, &nfs) != STORE_OK
	    || !tkpage_choices_load(req, &c)) {
		reply_internal_error(req, "supervision");
		return;
	}
	/* Every finding's follow-up tasks, read before anything is written out. */
	struct task **fts = arena_array(&req->arena, nfs + 1, sizeof *fts);
	size_t *nfts = arena_array(&req->arena, nfs + 1, sizeof *nfts);
	for (size_t i = 0; i < nfs; i++)
		if (supervision_service_finding_tasks(req->store, fs[i].id, &req->arena, &fts[i],
		                                      &nfts[i]) != STORE_OK) {
			reply_internal_error(req, "follow-up tasks");
			return;
		}
	const char *unit_name = unit_label(&c, s->unit_id);
	bool may_edit = supervision_may_edit(req->store, &req->arena, http_principal(req), s->unit_id);
	cal_day today = task_today();
	struct html h = { 0 };
	layout_begin_form(req, &h, s->title, "/supervisions", e);
	if (http_query(req, "saved"))
		form_notice(&h, T(req, "Saved."));
	facts(req, &h, s, unit_name);

	html_raw(&h, "<h2 id=\"findings\">");
	html_txt(&h, T(req, "Findings"));
	html_raw(&h, "</h2>");
	if (nfs == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No finding has been recorded yet."));
		html_raw(&h, "</p>");
	} else {
		html_raw(&h, "<ol class=\"findings\">");
		for (size_t i = 0; i < nfs; i++) {
			html_rawf(&h, "<li id=\"finding-%lld\"><p>", (long long)fs[i].id);
			html_txt(&h, fs[i].text);
			html_raw(&h, "</p><p class=\"meta\">");
			web_txtf(&h, T(req, "Recorded by %s, %s"), fs[i].recorded_by,
			         web_datetime(req, fs[i].recorded_at));
			html_raw(&h, "</p>");
			if (nfts[i] == 0) {
				html_raw(&h, "<p>");
				html_txt(&h, T(req, "No follow-up task yet."));
				html_raw(&h, "</p>");
			} else {
				tkpage_task_table(req, &h, fts[i], nfts[i], today,
				                  arena_printf(&req->arena, T(req, "Follow-up of finding %zu"),
				                               i + 1), 0);
			}
			html_raw(&h, "</li>");
		}
		html_raw(&h, "</ol>");
	}

	if (may_edit) {
		static const struct form_errors none_finding = { .form = "finding" };
		static const struct form_errors none_task = { .form = "task" };
		static const struct form_errors none_programme = { .form = "supervision" };
		const struct form_errors *fe = strcmp(e->form, "finding") == 0 ? e : &none_finding;
		const struct form_errors *te = strcmp(e->form, "task") == 0 ? e : &none_task;
		const struct form_errors *pe = strcmp(e->form, "supervision") == 0 ? e : &none_programme;

		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Record a finding"));
		html_raw(&h, "</h2>");
		form_begin(req, &h, arena_printf(&req->arena, "/supervisions/%lld/findings",
		                                 (long long)s->id), "finding", NULL);
		form_error_summary(req, &h, fe);
		form_input(req, &h, fe, &(struct form_input){ .name = "text",
		           .label = T(req, "Finding"), .value = p->finding, .required = true,
		           .maxlength = TASK_TEXT_MAX,
		           .hint = T(req, "What the delegation found; assign its follow-up below.") });
		form_submit(&h, T(req, "Record the finding"));
		form_end(&h);

		if (nfs > 0) {
			html_raw(&h, "<h2 id=\"follow-up\">");
			html_txt(&h, T(req, "Create a task from a finding"));
			html_raw(&h, "</h2>");
			const char **values = arena_array(&req->arena, nfs, sizeof *values);
			const char **labels = arena_array(&req->arena, nfs, sizeof *labels);
			for (size_t i = 0; i < nfs; i++) {
				values[i] = id_text(req, fs[i].id);
				labels[i] = arena_printf(&req->arena, "%zu. %s", i + 1,
				                         tkpage_shorten(req, fs[i].text, 70));
			}
			form_begin(req, &h, arena_printf(&req->arena, "/supervisions/%lld/tasks",
			                                 (long long)s->id), "task", NULL);
			form_error_summary(req, &h, te);
			form_select(req, &h, te, "finding_id", T(req, "Finding"), values, labels, nfs,
			            p->finding_id ? p->finding_id : values[nfs - 1]);
			tkpage_task_fields(req, &h, &c, p->task, te);
			form_submit(&h, T(req, "Add the task"));
			form_end(&h);
		}

		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Members and conclusions"));
		html_raw(&h, "</h2>");
		form_begin(req, &h, arena_printf(&req->arena, "/supervisions/%lld", (long long)s->id),
		           "supervision", NULL);
		form_error_summary(req, &h, pe);
		programme_fields(req, &h, &c, p->programme, pe, true);
		form_submit(&h, T(req, "Save"));
		form_end(&h);
	}
	not_fulfilling(req, &h, s, unit_name);
	layout_finish(req, &h, status);
}

static bool programme_of_path(struct http_request *req, struct supervision *s)
{
	int64_t id = http_param_id(req, "id");
	return reply_unless_found(req, id ? supervision_service_get(req->store, id, &req->arena, s)
	                                  : STORE_NOT_FOUND);
}

/* The programme form filled with S as it stands. */
static struct sv_form form_of(struct http_request *req, const struct supervision *s)
{
	return (struct sv_form){
		.title = s->title, .unit_id = id_text(req, s->unit_id),
		.from_date = tkpage_day_field(req, s->from_day),
		.to_date = tkpage_day_field(req, s->to_day), .members = s->members,
		.conclusions = s->conclusions,
	};
}

/* Renders S's page with E on one of its forms, what was posted kept. */
static void again(struct http_request *req, const struct supervision *s, struct sv_posted *p,
                  const struct form_errors *e)
{
	struct sv_form pf = form_of(req, s);
	struct tkpage_task_form tf = { .unit_id = id_text(req, s->unit_id) };
	if (p->programme == NULL)
		p->programme = &pf;
	if (p->task == NULL)
		p->task = &tf;
	render_programme(req, s, p, e, e->n ? 422 : 200);
}

void page_supervision(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct supervision s;
	if (!programme_of_path(req, &s))
		return;
	struct sv_posted p = { .finding_id = http_query(req, "finding") };
	again(req, &s, &p, &(struct form_errors){ .form = "" });
}

/* The POST routes: signed in, CSRF, the programme, and the permission the write checks. */
static bool may_post(struct http_request *req, struct supervision *s)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req) || !programme_of_path(req, s))
		return false;
	if (!supervision_may_edit(req->store, &req->arena, http_principal(req), s->unit_id)) {
		http_forbidden(req);
		return false;
	}
	return true;
}

static void saved(struct http_request *req, int64_t id, const char *anchor)
{
	reply_redirect(req, arena_printf(&req->arena, "/supervisions/%lld?saved=1%s", (long long)id,
	                                 anchor));
}

void page_supervision_save(struct http_request *req)
{
	struct supervision s;
	if (!may_post(req, &s))
		return;
	struct sv_form f;
	struct sv_edit ed = { .with_conclusions = true };
	struct form_errors e = { .form = "supervision" };
	read_programme(req, &f, &ed.in, &e);
	struct sv_posted p = { .programme = &f };
	if (e.n) {
		again(req, &s, &p, &e);
		return;
	}
	struct supervision out;
	struct org_error err = { 0 };
	enum org_result r = supervision_save(req->store, &req->arena, http_principal(req), s.id,
	                                     copy_programme, &ed, &out, &err);
	if (r == ORG_OK) {
		saved(req, s.id, "");
		return;
	}
	if (r != ORG_INVALID) {
		form_reply_failure(req, r, "supervision");
		return;
	}
	form_error_add(&e, form_field(err.field), form_message(req, err.detail));
	again(req, &s, &p, &e);
}

void page_supervision_finding(struct http_request *req)
{
	struct supervision s;
	if (!may_post(req, &s))
		return;
	struct supervision_finding f = { .supervision_id = s.id, .text = http_form(req, "text") };
	struct sv_posted p = { .finding = f.text };
	struct form_errors e = { .form = "finding" };
	if (f.text == NULL || f.text[strspn(f.text, " \t\r\n")] == '\0') {
		form_error_add(&e, "text", T(req, "Write what was found."));
		again(req, &s, &p, &e);
		return;
	}
	struct task_error err;
	size_t at;
	enum org_result r = supervision_add_finding(req->store, &req->arena, http_principal(req), &f,
	                                            NULL, 0, &err, &at);
	if (r == ORG_OK) {
		/* On to its follow-up: the task form comes with the new finding chosen. */
		reply_redirect(req, arena_printf(&req->arena, "/supervisions/%lld?saved=1&finding=%lld"
		                                 "#follow-up", (long long)s.id, (long long)f.id));
		return;
	}
	if (r != ORG_INVALID) {
		form_reply_failure(req, r, "finding");
		return;
	}
	form_error_add(&e, "text", form_message(req, err.e.detail));
	again(req, &s, &p, &e);
}

void page_supervision_task(struct http_request *req)
{
	struct supervision s;
	if (!may_post(req, &s))
		return;
	struct tkpage_task_form tf;
	struct form_errors e = { .form = "task" };
	struct task in = { 0 };
	int64_t finding = 0;
	tkpage_form_id(req, &e, "finding_id", &finding);
	tkpage_task_read(req, &tf, &in, &e);
	struct sv_posted p = { .task = &tf, .finding_id = http_form(req, "finding_id") };
	if (finding == 0 && e.n == 0)
		form_error_add(&e, "finding_id", T(req, "Choose from the list."));
	if (e.n) {
		again(req, &s, &p, &e);
		return;
	}
	struct task_error err;
	enum org_result r = supervision_follow_up(req->store, &req->arena, http_principal(req), s.id,
	                                          finding, &in, &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/supervisions/%lld?saved=1#finding-%lld",
		                                 (long long)s.id, (long long)finding));
		return;
	}
	if (r != ORG_INVALID && r != ORG_CONFLICT) {
		form_reply_failure(req, r, "follow-up task");
		return;
	}
	tkpage_add_errors(req, &e, &err);
	again(req, &s, &p, &e);
}

/* The messages the supervision writes put in their errors, listed to be translated. */
static const char *const supervision_messages[] __attribute__((unused)) = {
	N_("The title is required, at most 500 bytes."),
	N_("The unit supervised is required."),
	N_("The period needs its first and last day, in order."),
	N_("The text is longer than 10,000 bytes."),
	N_("The finding is required, at most 10,000 bytes."),
	N_("No finding of this programme has this id."),
	N_("No unit has this id."),
	N_("No person has this id."),
};
