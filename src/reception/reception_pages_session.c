/*
 * reception_pages_session.c: one session — GET /reception/{id} (public:
 * agenda, place, online link, the public summary, the commitments and how
 * far they are; the form to register a question beforehand), and for those
 * who manage it: recording it (POST /reception/{id}/record: held or
 * cancelled, minutes, summary), commitments (POST .../commitments), the
 * register 06-TCD, printable (GET .../register), and answers to its lines
 * (POST .../questions/{qid}/answer).
 */
#include "reception/reception_handlers.h"

#include <string.h>
#include <time.h>

#include "feedback/feedback_pages.h"
#include "feedback/feedback_service.h"
#include "http/reply.h"
#include "reception/reception_service.h"
#include "store/store.h"
#include "task/task_service.h"
#include "web/web.h"

static const char *day_text(struct http_request *req, cal_day d)
{
	return d ? fbp_day(req, d) : "";
}

/* Session {id}; false after replying 404. */
static bool session_of_path(struct http_request *req, struct rc_session *s)
{
	int64_t id = http_param_id(req, "id");
	return reply_unless_found(req, id ? reception_session_get(req->store, id, &req->arena, s)
	                                  : STORE_NOT_FOUND);
}

static void facts(struct http_request *req, struct html *h, const struct rc_session *s,
                  const char *unit)
{
	html_raw(h, "<dl class=\"facts\"><dt>");
	html_txt(h, T(req, "Unit"));
	html_raw(h, "</dt><dd>");
	html_txt(h, unit);
	html_raw(h, "</dd><dt>");
	html_txt(h, T(req, "Who receives"));
	html_raw(h, "</dt><dd>");
	html_txt(h, s->leader);
	html_raw(h, "</dd><dt>");
	html_txt(h, T(req, "Place"));
	html_raw(h, "</dt><dd>");
	html_txt(h, s->place);
	html_raw(h, "</dd>");
	if (s->online_link) {
		html_raw(h, "<dt>");
		html_txt(h, T(req, "Online"));
		html_raw(h, "</dt><dd><a href=\"");
		html_attr(h, s->online_link);
		html_raw(h, "\" rel=\"noopener noreferrer\">");
		html_txt(h, s->online_link);
		html_raw(h, "</a></dd>");
	}
	html_raw(h, "<dt>");
	html_txt(h, T(req, "State"));
	html_raw(h, "</dt><dd>");
	html_txt(h, s->status == RC_HELD ? T(req, "Held") : s->status == RC_CANCELLED
	                                 ? T(req, "Cancelled") : T(req, "Planned"));
	html_raw(h, "</dd></dl>");
	if (s->agenda) {
		html_raw(h, "<h2>");
		html_txt(h, T(req, "Agenda"));
		html_raw(h, "</h2><p class=\"fb-text\">");
		html_txt(h, s->agenda);
		html_raw(h, "</p>");
	}
}

static void session_render(struct http_request *req, const struct rc_session *s,
                           struct form_errors *e, const char *failed, unsigned int status)
{
	struct org_unit u;
	if (org_unit_get(req->store, s->unit_id, &req->arena, &u) != STORE_OK) {
		reply_internal_error(req, "unit");
		return;
	}
	struct rc_commitment *cs;
	size_t nc;
	if (reception_commitments(req->store, s->id, &req->arena, &cs, &nc) != STORE_OK) {
		reply_internal_error(req, "commitments");
		return;
	}
	const struct principal *who = http_principal(req);
	bool manager = reception_may_manage(req->store, &req->arena, who, s->unit_id);
	cal_day today = feedback_day_of((int64_t)time(NULL));
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, "%s %s",
	                                   s->kind == RC_DIALOGUE ? T(req, "Dialogue")
	                                                          : T(req, "Reception day"),
	                                   day_text(req, s->day)), "/reception");
	const char *done = http_query(req, "done");
	if (done && status == 200)
		form_notice(&h, T(req, "Saved."));
	facts(req, &h, s, u.name);
	if (s->summary) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Summary of the session"));
		html_raw(&h, "</h2><p class=\"fb-text\">");
		html_txt(&h, s->summary);
		html_raw(&h, "</p>");
	}
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Commitments"));
	html_raw(&h, "</h2>");
	if (nc == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "None recorded."));
		html_raw(&h, "</p>");
	} else {
		html_raw(&h, "<table class=\"rc-commitments\"><caption class=\"vh\">");
		html_txt(&h, T(req, "Commitments"));
		html_raw(&h, "</caption>");
		WEB_TABLE_HEAD(req, &h, N_("Commitment"), N_("Who"), N_("Deadline"), N_("Followed as a task"));
		for (size_t i = 0; i < nc; i++) {
			html_raw(&h, "<tr><td>");
			html_txt(&h, cs[i].text);
			html_raw(&h, "</td><td>");
			html_txt(&h, cs[i].leader);
			html_raw(&h, "</td><td>");
			html_txt(&h, day_text(req, cs[i].due_day));
			html_raw(&h, "</td><td>");
			struct task t;
			bool have = cs[i].task_id
			            && task_service_get(req->store, cs[i].task_id, &req->arena, &t) == STORE_OK;
			const char *state = have && t.completed_day
			                    ? arena_printf(&req->arena, T(req, "Done on %s"), day_text(req, t.completed_day))
			                    : (have ? t.due_day : cs[i].due_day) < today ? T(req, "Late")
			                    : have ? arena_printf(&req->arena, T(req, "In progress (%d%%)"), t.progress)
			                           : cs[i].done ? T(req, "Done") : T(req, "In progress");
			/* The task itself is for officials: the public reads its state here. */
			if (have && task_may_read(who)) {
				html_rawf(&h, "<a href=\"/tasks/%lld\">", (long long)cs[i].task_id);
				html_txt(&h, state);
				html_raw(&h, "</a>");
			} else {
				html_txt(&h, state);
			}
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
	}
	struct form_errors none = { 0 };
	if (s->status == RC_PLANNED && s->day >= today) {
		struct form_errors *qe = failed && strcmp(failed, "question") == 0 ? e : &none;
		qe->form = "question";
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Register a question"));
		html_raw(&h, "</h2><p>");
		html_txt(&h, T(req, "Your name and address go into the reception register only; they are "
		                    "not published."));
		html_raw(&h, "</p>");
		form_error_summary(req, &h, qe);
		form_begin(req, &h, arena_printf(&req->arena, "/reception/%lld/questions", (long long)s->id),
		           "question", NULL);
		bool keep = qe == e;
		form_input(req, &h, qe, &(struct form_input){ .name = "citizen_name", .label = T(req, "Name"),
			.required = true, .maxlength = 120, .autocomplete = "name",
			.value = keep ? http_form(req, "citizen_name") : NULL });
		form_input(req, &h, qe, &(struct form_input){ .name = "citizen_address",
			.label = T(req, "Address"), .maxlength = RC_LINE_MAX, .autocomplete = "street-address",
			.value = keep ? http_form(req, "citizen_address") : NULL });
		form_input(req, &h, qe, &(struct form_input){ .name = "people",
			.label = T(req, "Number of people coming"), .type = "number",
			.value = keep ? http_form(req, "people") : "1" });
		fbp_textarea(req, &h, qe, "content", T(req, "Your question"), NULL,
		             keep ? http_form(req, "content") : NULL, true, 4000);
		/* For robots only, as on the feedback form. */
		html_raw(&h, "<div class=\"fb-hp\" aria-hidden=\"true\"><label for=\"rc-website\">Website"
		             "</label><input type=\"text\" id=\"rc-website\" name=\"website\" tabindex=\"-1\" "
		             "autocomplete=\"off\"></div>");
		form_submit(&h, T(req, "Register"));
		form_end(&h);
	}
	if (manager) {
		html_rawf(&h, "<p><a href=\"/reception/%lld/register\">", (long long)s->id);
		html_txt(&h, T(req, "Reception register (06-TCD)"));
		html_raw(&h, "</a></p><h2>");
		html_txt(&h, T(req, "Record the session"));
		html_raw(&h, "</h2>");
		struct form_errors *re = failed && strcmp(failed, "record") == 0 ? e : &none;
		re->form = "record";
		form_error_summary(req, &h, re);
		form_begin(req, &h, arena_printf(&req->arena, "/reception/%lld/record", (long long)s->id),
		           "record", NULL);
		const char *values[] = { "held", "cancelled", "planned" };
		const char *labels[] = { T(req, "Held"), T(req, "Cancelled"), T(req, "Planned") };
		form_select(req, &h, re, "status", T(req, "State"), values, labels, 3,
		            rc_status_name(s->status));
		fbp_textarea(req, &h, re, "minutes", T(req, "Minutes"), T(req, "For the file; not published."),
		             s->minutes, false, RC_TEXT_MAX);
		fbp_textarea(req, &h, re, "summary", T(req, "Public summary"), NULL, s->summary, false,
		             RC_TEXT_MAX);
		form_submit(&h, T(req, "Save"));
		form_end(&h);
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Add a commitment"));
		html_raw(&h, "</h2>");
		struct form_errors *ce = failed && strcmp(failed, "commitment") == 0 ? e : &none;
		ce->form = "commitment";
		form_error_summary(req, &h, ce);
		form_begin(req, &h, arena_printf(&req->arena, "/reception/%lld/commitments", (long long)s->id),
		           "commitment", NULL);
		fbp_textarea(req, &h, ce, "text", T(req, "Commitment"), NULL,
		             ce == e ? http_form(req, "text") : NULL, true, RC_TEXT_MAX);
		struct person_filter pf = { .unit_id = s->unit_id };
		struct org_person *people = NULL;
		size_t np = 0;
		org_person_list(req->store, &pf, &req->arena, &people, &np);
		const char **pv = arena_array(&req->arena, np + 1, sizeof *pv);
		const char **pl = arena_array(&req->arena, np + 1, sizeof *pl);
		size_t k = 0;
		pv[k] = "";
		pl[k++] = T(req, "Choose the leader");
		for (size_t i = 0; i < np; i++) {
			pv[k] = arena_printf(&req->arena, "%lld", (long long)people[i].id);
			pl[k++] = arena_printf(&req->arena, "%s (%s)", people[i].full_name,
			                       people[i].title ? people[i].title : "");
		}
		form_select(req, &h, ce, "leader_id", T(req, "Who committed"), pv, pl, k,
		            ce == e ? http_form(req, "leader_id") : NULL);
		fbp_day_input(req, &h, ce, "due_day", T(req, "Deadline"),
		              ce == e ? http_form(req, "due_day") : NULL);
		form_submit(&h, T(req, "Add"));
		form_end(&h);
	}
	layout_finish(req, &h, status);
}

void page_reception_session(struct http_request *req)
{
	struct rc_session s;
	if (session_of_path(req, &s))
		session_render(req, &s, NULL, NULL, 200);
}

void page_reception_question_add(struct http_request *req)
{
	if (!form_csrf_ok(req))
		return;
	struct rc_session s;
	if (!session_of_path(req, &s))
		return;
	const char *hp = http_form(req, "website");
	if (hp && *hp) {
		/* A robot: the usual answer, nothing kept. */
		reply_redirect(req, arena_printf(&req->arena, "/reception/%lld?done=question", (long long)s.id));
		return;
	}
	struct form_errors e = { .form = "question" };
	struct rc_question q = { .session_id = s.id, .citizen_name = http_form(req, "citizen_name"),
	                         .citizen_address = http_form(req, "citizen_address"),
	                         .content = http_form(req, "content"),
	                         .request = http_form(req, "request") };
	int64_t people = 1;
	if (http_form_int(req, "people", 1, 1000, &people) == HTTP_INT_INVALID)
		form_error_add(&e, "people", T(req, "The number of people is 1 to 1,000."));
	q.people = (int)people;
	int64_t now = (int64_t)time(NULL);
	const char *address = http_client_address(req);
	/*
	 * The limit is for the public, who need no account; whoever is signed in
	 * is an official, known and answerable, and staff enter whole registers.
	 */
	bool counted = !http_principal(req)->authenticated;
	int wait = counted ? reception_question_wait(req->store, address, now) : 0;
	if (wait != 0) {
		form_error_add(&e, NULL, wait < 0 ? T(req, "The register cannot be reached just now; "
		                                           "please try again in a moment.")
		                                  : T(req, "Too many questions from your connection in "
		                                           "the last hour; please try again later."));
		session_render(req, &s, &e, "question", wait < 0 ? 503 : 429);
		reply_header(req, "Retry-After", arena_printf(&req->arena, "%d", wait < 0 ? 5 : wait));
		return;
	}
	q.client_hash = counted ? feedback_client_hash(&req->arena, address) : NULL;
	if (e.n) {
		session_render(req, &s, &e, "question", 422);
		return;
	}
	struct org_error err = { 0 };
	enum org_result r = reception_question_add(req->store, &req->arena, http_principal(req), &q,
	                                           now, &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/reception/%lld?done=question", (long long)s.id));
	} else if (r == ORG_INVALID || r == ORG_CONFLICT) {
		form_error_add(&e, err.field, form_message(req, err.detail));
		session_render(req, &s, &e, "question", r == ORG_INVALID ? 422 : 409);
	} else {
		form_reply_failure(req, r, "reception question");
	}
}

/* Session {id} for one who manages it; false after replying. */
static bool managed_session(struct http_request *req, struct rc_session *s)
{
	if (!http_require_signed_in(req) || !session_of_path(req, s))
		return false;
	if (!reception_may_manage(req->store, &req->arena, http_principal(req), s->unit_id)) {
		http_forbidden(req);
		return false;
	}
	return true;
}

void page_reception_record(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct rc_session s;
	if (!managed_session(req, &s))
		return;
	struct form_errors e = { .form = "record" };
	int st = rc_status_parse(http_form(req, "status"));
	if (st < 0) {
		form_error_add(&e, "status", T(req, "Choose the state."));
		session_render(req, &s, &e, "record", 422);
		return;
	}
	struct org_error err = { 0 };
	enum org_result r = reception_session_record(req->store, &req->arena, http_principal(req), s.id,
	                                             (enum rc_status)st, http_form(req, "minutes"),
	                                             http_form(req, "summary"), (int64_t)time(NULL), &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/reception/%lld?done=record", (long long)s.id));
	} else if (r == ORG_INVALID) {
		form_error_add(&e, err.field, form_message(req, err.detail));
		session_render(req, &s, &e, "record", 422);
	} else {
		form_reply_failure(req, r, "reception record");
	}
}

void page_reception_commitment_add(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct rc_session s;
	if (!managed_session(req, &s))
		return;
	struct form_errors e = { .form = "commitment" };
	struct rc_commitment c = { .session_id = s.id, .text = http_form(req, "text") };
	int64_t leader;
	if (http_form_int(req, "leader_id", 1, INT64_MAX, &leader) == HTTP_INT_OK)
		c.leader_id = leader;
	fbp_form_day(req, &e, "due_day", true, &c.due_day);
	if (e.n) {
		session_render(req, &s, &e, "commitment", 422);
		return;
	}
	struct org_error err = { 0 };
	enum org_result r = reception_commitment_add(req->store, &req->arena, http_principal(req), &c,
	                                             (int64_t)time(NULL), &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/reception/%lld?done=commitment", (long long)s.id));
	} else if (r == ORG_INVALID) {
		form_error_add(&e, err.field, form_message(req, err.detail));
		session_render(req, &s, &e, "commitment", 422);
	} else {
		form_reply_failure(req, r, "reception commitment");
	}
}

/* The register 06-TCD: one table, printable (the print stylesheet hides the chrome). */
void page_reception_register(struct http_request *req)
{
	struct rc_session s;
	if (!managed_session(req, &s))
		return;
	struct org_unit u;
	struct rc_question *q;
	size_t n;
	if (org_unit_get(req->store, s.unit_id, &req->arena, &u) != STORE_OK
	    || reception_questions(req->store, s.id, &req->arena, &q, &n) != STORE_OK) {
		reply_internal_error(req, "register");
		return;
	}
	cal_day today = feedback_day_of((int64_t)time(NULL));
	struct html h = { 0 };
	layout_begin(req, &h, arena_printf(&req->arena, T(req, "Reception register — %s, %s"), u.name,
	                                   day_text(req, s.day)), "/reception");
	html_raw(&h, "<p class=\"muted\">");
	html_txt(&h, T(req, "Form 06-TCD. Personal data: for the reception's file only."));
	html_raw(&h, "</p><table class=\"rc-register\" tabindex=\"0\"><caption class=\"vh\">");
	html_txt(&h, T(req, "Reception register"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("No."), N_("Date"), N_("Name"), N_("Address"), N_("People"),
	               N_("Content"), N_("Earlier handling"), N_("Requests"), N_("Result"));
	for (size_t i = 0; i < n; i++) {
		html_rawf(&h, "<tr><th scope=\"row\">%d</th><td>", q[i].number);
		html_txt(&h, day_text(req, q[i].received_day));
		html_raw(&h, "</td><td>");
		html_txt(&h, q[i].citizen_name);
		html_raw(&h, "</td><td>");
		html_txt(&h, q[i].citizen_address ? q[i].citizen_address : "");
		html_rawf(&h, "</td><td class=\"num\">%d</td><td>", q[i].people);
		html_txt(&h, q[i].content);
		html_raw(&h, "</td><td>");
		html_txt(&h, q[i].earlier_handling ? q[i].earlier_handling : "");
		html_raw(&h, "</td><td>");
		html_txt(&h, q[i].request ? q[i].request : "");
		html_raw(&h, "</td><td>");
		if (q[i].result) {
			html_txt(&h, q[i].result);
			html_raw(&h, " <span class=\"muted\">(");
			html_txt(&h, day_text(req, q[i].answered_day));
			html_raw(&h, ")</span>");
		} else {
			html_txt(&h, arena_printf(&req->arena, T(req, "Due %s"), day_text(req, q[i].due_day)));
			if (rc_question_late(&q[i], today)) {
				html_raw(&h, " <span class=\"badge fb-late\">");
				html_txt(&h, T(req, "Late"));
				html_raw(&h, "</span>");
			}
			html_rawf(&h, "<form method=\"post\" action=\"/reception/%lld/questions/%lld/answer\" "
			          "class=\"rc-answer\"><input type=\"hidden\" name=\"csrf\" value=\"",
			          (long long)s.id, (long long)q[i].id);
			html_attr(&h, http_csrf_token(req));
			html_rawf(&h, "\"><label class=\"vh\" for=\"rc-answer-%lld\">", (long long)q[i].id);
			html_txt(&h, T(req, "Answer"));
			html_rawf(&h, "</label><textarea id=\"rc-answer-%lld\" name=\"result\" rows=\"2\" "
			          "maxlength=\"8000\"></textarea><button type=\"submit\">", (long long)q[i].id);
			html_txt(&h, T(req, "Answer"));
			html_raw(&h, "</button></form>");
		}
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, 200);
}

void page_reception_question_answer(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct rc_session s;
	if (!managed_session(req, &s))
		return;
	int64_t qid = http_param_id(req, "qid");
	struct org_error err = { 0 };
	enum org_result r = qid ? reception_question_answer(req->store, &req->arena, http_principal(req),
	                                                    qid, http_form(req, "result"),
	                                                    (int64_t)time(NULL), &err)
	                        : ORG_NOT_FOUND;
	if (r == ORG_OK)
		reply_redirect(req, arena_printf(&req->arena, "/reception/%lld/register", (long long)s.id));
	else if (r == ORG_INVALID)
		reply_problem(req, 422, "about:blank", form_message(req, err.detail),
		              form_message(req, err.detail), err.field);
	else
		form_reply_failure(req, r, "reception answer");
}
