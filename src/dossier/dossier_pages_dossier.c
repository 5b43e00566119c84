/*
 * dossier_pages_dossier.c: the desk's intake form (GET /dossiers/new, POST
 * /dossiers), the dossier's page with its steps and events (GET
 * /dossiers/{code}) and its actions (POST /dossiers/{code}/events).
 *
 * The intake form is two steps without script: choose the procedure (a GET),
 * then the form with that procedure's documents as checkboxes.
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "store/store.h"

/* What the intake form holds as typed. */
struct intake_form {
	const char *procedure, *full_name, *id_number, *phone, *address, *outcome, *note;
	bool doc[PROC_MAX_DOCUMENTS];
};

static void intake_render(struct http_request *req, const struct intake_form *f,
                          const struct form_errors *e, unsigned int status)
{
	struct procedure *all, p;
	size_t n;
	if (dossier_procedures(req->store, &req->arena, &all, &n) != STORE_OK) {
		reply_internal_error(req, "procedures");
		return;
	}
	bool chosen = f->procedure && dossier_procedure(req->store, &req->arena, f->procedure, &p)
	              == STORE_OK;
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Receive a dossier"), "/dossiers");
	/* Step 1: the procedure (a GET form, no CSRF needed). */
	html_raw(&h, "<form method=\"get\" action=\"/dossiers/new\" class=\"inline-form\">"
	             "<div class=\"field\"><label for=\"procedure\">");
	html_txt(&h, T(req, "Procedure"));
	html_raw(&h, "</label><select id=\"procedure\" name=\"procedure\">");
	for (size_t i = 0; i < n; i++) {
		html_raw(&h, "<option value=\"");
		html_attr(&h, all[i].code);
		html_raw(&h, "\"");
		if (chosen && strcmp(all[i].code, p.code) == 0)
			html_raw(&h, " selected");
		html_raw(&h, ">");
		html_txt(&h, all[i].name);
		html_rawf(&h, " (%d ", all[i].working_days);
		html_txt(&h, T(req, "working days"));
		html_raw(&h, ")</option>");
	}
	html_raw(&h, "</select></div><div class=\"actions\"><button type=\"submit\">");
	html_txt(&h, T(req, "Choose"));
	html_raw(&h, "</button></div></form>");
	if (!chosen) {
		layout_finish(req, &h, status);
		return;
	}
	/* Step 2: the applicant and the documents received. */
	html_raw(&h, "<h2>");
	html_txt(&h, p.name);
	html_raw(&h, "</h2>");
	form_error_summary(req, &h, e);
	form_begin(req, &h, "/dossiers", e->form, NULL);
	html_raw(&h, "<input type=\"hidden\" name=\"procedure\" value=\"");
	html_attr(&h, p.code);
	html_raw(&h, "\"><fieldset><legend>");
	html_txt(&h, T(req, "Applicant"));
	html_raw(&h, "</legend>");
	form_input(req, &h, e, &(struct form_input){ .name = "full_name", .label = T(req, "Full name"),
	           .value = f->full_name, .required = true, .maxlength = 300, .autocomplete = "off" });
	form_input(req, &h, e, &(struct form_input){ .name = "id_number",
	           .label = T(req, "ID card number"), .value = f->id_number, .required = true,
	           .maxlength = 20, .autocomplete = "off" });
	form_input(req, &h, e, &(struct form_input){ .name = "phone", .label = T(req, "Phone"),
	           .type = "tel", .value = f->phone, .maxlength = 20, .autocomplete = "off" });
	form_input(req, &h, e, &(struct form_input){ .name = "address", .label = T(req, "Address"),
	           .value = f->address, .maxlength = 300, .autocomplete = "off" });
	html_raw(&h, "</fieldset><fieldset id=\"intake-documents\"><legend>");
	html_txt(&h, T(req, "Documents received"));
	html_raw(&h, "</legend>");
	const char *doc_error = form_error_for(e, "documents");
	if (doc_error) {
		html_raw(&h, "<p class=\"error\">");
		html_txt(&h, doc_error);
		html_raw(&h, "</p>");
	}
	for (size_t i = 0; i < p.ndocuments; i++) {
		html_rawf(&h, "<div class=\"check\"><input type=\"checkbox\" id=\"doc%zu\" name=\"doc%zu\""
		              " value=\"1\"%s><label for=\"doc%zu\">", i, i, f->doc[i] ? " checked" : "", i);
		html_txt(&h, p.documents[i].name);
		if (!p.documents[i].required) {
			html_raw(&h, " (");
			html_txt(&h, T(req, "if any"));
			html_raw(&h, ")");
		}
		html_raw(&h, "</label></div>");
	}
	html_raw(&h, "</fieldset>");
	static const char *const outcomes[] = { "auto", "refuse" };
	const char *labels[] = { T(req, "Receipt, or a request for what is missing"),
	                         T(req, "Refuse (not within this desk's remit)") };
	form_select(req, &h, e, "outcome", T(req, "Outcome"), outcomes, labels, 2, f->outcome);
	form_input(req, &h, e, &(struct form_input){ .name = "note",
	           .label = T(req, "Reason for a refusal"), .value = f->note, .maxlength = 2000 });
	form_submit(&h, T(req, "Receive"));
	form_end(&h);
	layout_finish(req, &h, status);
}

void page_dossier_new(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	if (!policy_allows_somewhere(http_principal(req), PERM_HANDLE_DOSSIERS)) {
		http_forbidden(req);
		return;
	}
	struct intake_form f = { .procedure = http_query(req, "procedure") };
	struct form_errors e = { .form = "intake" };
	intake_render(req, &f, &e, 200);
}

/* The service's fields as the form names them. */
static const char *intake_field(const char *field)
{
	if (field == NULL)
		return NULL;
	if (strncmp(field, "applicant.", 10) == 0)
		return field + 10;
	if (strcmp(field, "documents") == 0 || strcmp(field, "note") == 0)
		return field;
	return NULL;
}

void page_dossier_create(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct intake_form f = {
		.procedure = http_form(req, "procedure"), .full_name = http_form(req, "full_name"),
		.id_number = http_form(req, "id_number"), .phone = http_form(req, "phone"),
		.address = http_form(req, "address"), .outcome = http_form(req, "outcome"),
		.note = http_form(req, "note"),
	};
	struct form_errors e = { .form = "intake" };
	struct procedure p;
	if (f.procedure == NULL
	    || dossier_procedure(req->store, &req->arena, f.procedure, &p) != STORE_OK) {
		form_error_add(&e, NULL, T(req, "Choose a procedure."));
		intake_render(req, &f, &e, 422);
		return;
	}
	struct dossier_intake in = {
		.procedure_code = p.code, .full_name = f.full_name, .id_number = f.id_number,
		.phone = f.phone, .address = f.address, .note = f.note,
		.outcome = f.outcome && strcmp(f.outcome, "refuse") == 0 ? OUTCOME_REFUSE : OUTCOME_AUTO,
	};
	for (size_t i = 0; i < p.ndocuments; i++) {
		char name[32];
		snprintf(name, sizeof name, "doc%zu", i);
		const char *v = http_form(req, name);
		f.doc[i] = v && strcmp(v, "1") == 0;
		if (f.doc[i])
			in.documents[in.ndocuments++] = p.documents[i].name;
	}
	if (f.full_name == NULL || *f.full_name == '\0')
		form_error_add(&e, "full_name", T(req, "Enter the applicant's full name."));
	if (f.id_number == NULL || *f.id_number == '\0')
		form_error_add(&e, "id_number", T(req, "Enter the applicant's ID card number."));
	if (in.outcome == OUTCOME_REFUSE && (f.note == NULL || *f.note == '\0'))
		form_error_add(&e, "note", T(req, "A refusal states its reason."));
	if (e.n) {
		intake_render(req, &f, &e, 422);
		return;
	}
	struct dossier d;
	struct org_error err = { 0 };
	enum org_result r = dossier_receive(req->store, &req->arena, http_principal(req), &in, &d, &err);
	if (r == ORG_INVALID) {
		form_error_add(&e, intake_field(err.field), form_message(req, err.detail));
		intake_render(req, &f, &e, 422);
		return;
	}
	if (r != ORG_OK) {
		form_reply_failure(req, r, "intake");
		return;
	}
	reply_redirect(req, arena_printf(&req->arena, "/dossiers/%s?received=1", d.code));
}

/* ---- the dossier's page ----------------------------------------------- */

static void fact(struct http_request *req, struct html *h, const char *label, const char *value)
{
	html_raw(h, "<dt>");
	html_txt(h, T(req, label));
	html_raw(h, "</dt><dd>");
	html_txt(h, value && *value ? value : "—");
	html_raw(h, "</dd>");
}

static void list_items(struct html *h, const char *json_text)
{
	json_t *v = json_text ? json_loads(json_text, 0, NULL) : NULL;
	size_t i;
	json_t *e;
	html_raw(h, "<ul>");
	json_array_foreach(v, i, e) {
		html_raw(h, "<li>");
		html_txt(h, json_string_value(e) ? json_string_value(e) : "");
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul>");
	json_decref(v);
}

/* What an action's form held as typed, shown again beside its errors. */
struct act_typed {
	const char *missing, *unit_id, *new_due, *note;
};

/* One form per action allowed from the dossier's state; the one E is about keeps TYPED. */
static void action_forms(struct http_request *req, struct html *h, const struct dossier *d,
                         const struct form_errors *e, const struct act_typed *typed)
{
	const char *action = arena_printf(&req->arena, "/dossiers/%s/events", d->code);
	html_raw(h, "<h2>");
	html_txt(h, T(req, "Next"));
	html_raw(h, "</h2>");
	form_error_summary(req, h, e);
	html_raw(h, "<div class=\"dossier-actions\">");
	for (int a = 0; a < DA_COUNT; a++) {
		enum dossier_state to;
		if (!dossier_next(d->state, (enum dossier_action)a, d->resume, &to))
			continue;
		if (a == DA_STEP && d->step_no >= 16)
			continue;
		char form[24];
		snprintf(form, sizeof form, "act-%s", dossier_action_name((enum dossier_action)a));
		struct form_errors none = { .form = arena_strdup(&req->arena, form) };
		const struct form_errors *fe = e->n && e->form && strcmp(e->form, form) == 0 ? e : &none;
		static const struct act_typed blank = { 0 };
		const struct act_typed *kept = fe == e && typed ? typed : &blank;
		form_begin(req, h, action, none.form, "action");
		html_raw(h, "<input type=\"hidden\" name=\"action\" value=\"");
		html_attr(h, dossier_action_name((enum dossier_action)a));
		html_raw(h, "\">");
		if (a == DA_REQUEST_SUPPLEMENT) {
			const char *err = form_error_for(fe, "missing");
			html_rawf(h, "<div class=\"field%s\"><label for=\"f-%s-missing\">",
			          err ? " has-error" : "", none.form);
			html_txt(h, T(req, "What is missing, one per line"));
			html_raw(h, "</label>");
			if (err) {
				html_rawf(h, "<p class=\"error\" id=\"f-%s-missing-error\">", none.form);
				html_txt(h, err);
				html_raw(h, "</p>");
			}
			html_rawf(h, "<textarea id=\"f-%s-missing\" name=\"missing\" rows=\"3\""
			             " maxlength=\"4000\"%s>", none.form,
			          err ? " aria-invalid=\"true\"" : "");
			if (kept->missing)
				html_txt(h, kept->missing);
			html_raw(h, "</textarea></div>");
		}
		if (a == DA_FORWARD) {
			/* To the desk's own staff, or to one of the district's departments. */
			struct unit_filter uf = { .kind = "department" };
			struct org_unit *deps;
			size_t nd = 0;
			if (org_unit_list(req->store, &uf, &req->arena, &deps, &nd) != STORE_OK)
				nd = 0;
			const char **values = arena_array(&req->arena, nd + 1, sizeof *values);
			const char **labels = arena_array(&req->arena, nd + 1, sizeof *labels);
			values[0] = "";
			labels[0] = T(req, "The desk's own unit");
			for (size_t i = 0; i < nd; i++) {
				values[i + 1] = arena_printf(&req->arena, "%lld", (long long)deps[i].id);
				labels[i + 1] = deps[i].name;
			}
			form_select(req, h, fe, "unit_id", T(req, "Competent unit"), values, labels, nd + 1,
			            kept->unit_id);
		}
		if (a == DA_APOLOGIZE)
			form_input(req, h, fe, &(struct form_input){ .name = "new_due",
			           .label = T(req, "New date"), .required = true, .value = kept->new_due,
			           .inputmode = "numeric", .size = 12, .maxlength = 32,
			           .hint = T(req, "Day/month/year, e.g. 30/09/2019.") });
		if (a == DA_REFUSE || a == DA_STOP || a == DA_APOLOGIZE || a == DA_STEP
		    || a == DA_REQUEST_SUPPLEMENT || a == DA_PAUSE)
			form_input(req, h, fe, &(struct form_input){ .name = "note",
			           .label = a == DA_REFUSE || a == DA_STOP ? T(req, "Reason")
			                                                     : T(req, "Note"),
			           .value = kept->note, .maxlength = 2000 });
		form_submit(h, dpage_action_label(req, (enum dossier_action)a));
		form_end(h);
	}
	html_raw(h, "</div>");
}

static void dossier_render(struct http_request *req, const struct dossier *d,
                           const struct procedure *p, const struct form_errors *e,
                           const struct act_typed *typed, unsigned int status)
{
	const struct principal *who = http_principal(req);
	bool personal = dossier_may_handle_dossier(req->store, &req->arena, who, d);
	struct dossier_event *ev;
	size_t nev;
	if (dossier_events(req->store, d->id, &req->arena, &ev, &nev) != STORE_OK) {
		reply_internal_error(req, "events");
		return;
	}
	struct html h = { 0 };
	layout_begin_form(req, &h, arena_printf(&req->arena, T(req, "Dossier %s"), d->code),
	                  "/dossiers", e);
	if (http_query(req, "received"))
		form_notice(&h, T(req, "Received. Print the slip for the applicant."));
	html_raw(&h, "<p>");
	dpage_state_badge(req, &h, d->state);
	html_raw(&h, "</p><dl class=\"facts\">");
	fact(req, &h, N_("Procedure"), arena_printf(&req->arena, "%s (%s, v%d)", p->name, p->code,
	                                              p->version));
	fact(req, &h, N_("Receiving unit"), dpage_unit_name(req, d->unit_id));
	if (d->processing_unit_id)
		fact(req, &h, N_("Processed by"), dpage_unit_name(req, d->processing_unit_id));
	fact(req, &h, N_("Received"), web_datetime(req, d->received_at));
	fact(req, &h, N_("Due date"), dpage_date(req, d->due_day));
	if (d->apologies)
		fact(req, &h, N_("Date first promised"), dpage_date(req, d->first_due));
	fact(req, &h, N_("Finished"), dpage_date(req, d->finished_day));
	fact(req, &h, N_("Result"), dpage_result_label(req, d->result));
	if (personal) {
		fact(req, &h, N_("Applicant"), d->applicant_name);
		fact(req, &h, N_("ID card number"), d->applicant_id_number);
		fact(req, &h, N_("Phone"), d->applicant_phone);
		fact(req, &h, N_("Address"), d->applicant_address);
		fact(req, &h, N_("Handler"), d->handler);
	}
	html_raw(&h, "</dl>");
	if (personal) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Documents received"));
		html_raw(&h, "</h2>");
		list_items(&h, d->documents);
		if (d->state == DS_SUPPLEMENT) {
			html_raw(&h, "<h2>");
			html_txt(&h, T(req, "Missing"));
			html_raw(&h, "</h2>");
			list_items(&h, d->missing);
		}
	}
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "Steps"));
	html_raw(&h, "</h2><ol class=\"steps\">");
	for (size_t i = 0; i < p->nsteps; i++) {
		html_rawf(&h, "<li class=\"%s\">", (int)i < d->step_no ? "done" : "todo");
		html_txt(&h, p->steps[i].name);
		html_raw(&h, " — ");
		html_txt(&h, p->steps[i].responsible ? p->steps[i].responsible : "");
		html_raw(&h, ", ");
		web_txtf(&h, T(req, "%d working days"), p->steps[i].days);
		html_raw(&h, " — ");
		html_txt(&h, (int)i < d->step_no ? T(req, "done") : T(req, "to do"));
		html_raw(&h, "</li>");
	}
	html_raw(&h, "</ol><h2>");
	html_txt(&h, T(req, "Forms to print"));
	html_raw(&h, "</h2><ul class=\"forms\">");
	static const char *const forms[][2] = {
		{ "01", N_("01 Receipt and appointment") }, { "02", N_("02 Request to supplement") },
		{ "03", N_("03 Refusal") }, { "04", N_("04 Apology and new date") },
		{ "05", N_("05 Process-control slip") }, { "06", N_("06 Dossier register") },
	};
	for (size_t i = 0; i < 6; i++) {
		html_raw(&h, "<li><a href=\"/dossiers/");
		html_url_arg(&h, d->code);
		html_rawf(&h, "/forms/%s\">", forms[i][0]);
		html_txt(&h, T(req, forms[i][1]));
		html_raw(&h, "</a></li>");
	}
	html_raw(&h, "</ul>");
	if (personal && !dossier_state_final(d->state))
		action_forms(req, &h, d, e, typed);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "History"));
	html_raw(&h, "</h2><table class=\"dz\"><caption class=\"vh\">");
	html_txt(&h, T(req, "History"));
	html_raw(&h, "</caption>");
	WEB_TABLE_HEAD(req, &h, N_("When"), N_("What"), N_("State"), N_("Done by"), N_("Note"));
	for (size_t i = 0; i < nev; i++) {
		int act = dossier_action_parse(ev[i].action);
		int st = dossier_state_parse(ev[i].to_state);
		html_raw(&h, "<tr><td>");
		html_txt(&h, web_datetime(req, ev[i].at));
		html_raw(&h, "</td><td>");
		html_txt(&h, act >= 0 ? dpage_action_label(req, (enum dossier_action)act)
		                      : T(req, "Received at the desk"));
		html_raw(&h, "</td><td>");
		html_txt(&h, st >= 0 ? dpage_state_label(req, (enum dossier_state)st) : "");
		html_raw(&h, "</td><td>");
		html_txt(&h, personal ? ev[i].actor : "");
		html_raw(&h, "</td><td>");
		html_txt(&h, personal ? ev[i].note : "");
		html_raw(&h, "</td></tr>");
	}
	html_raw(&h, "</tbody></table>");
	layout_finish(req, &h, status);
}

void page_dossier(struct http_request *req)
{
	if (!http_require_signed_in(req))
		return;
	struct dossier d;
	struct procedure p;
	if (!dpage_dossier_of_path(req, &d, &p))
		return;
	struct form_errors e = { .form = "act" };
	dossier_render(req, &d, &p, &e, NULL, 200);
}

void page_dossier_act(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct dossier d;
	struct procedure p;
	if (!dpage_dossier_of_path(req, &d, &p))
		return;
	int act = dossier_action_parse(http_form(req, "action"));
	if (act < 0) {
		reply_problem(req, 400, "about:blank", N_("Bad request"), N_("Unknown action."), "action");
		return;
	}
	struct act_typed typed = { .missing = http_form(req, "missing"),
	                           .unit_id = http_form(req, "unit_id"),
	                           .new_due = http_form(req, "new_due"), .note = http_form(req, "note") };
	struct dossier_act_input in = { .action = (enum dossier_action)act, .note = typed.note };
	struct form_errors e = { .form = arena_printf(&req->arena, "act-%s",
	                                               dossier_action_name(in.action)) };
	/* The new date as people write it (30/09/2019), to the service as ISO. */
	int y, m, dd;
	if (in.action == DA_APOLOGIZE) {
		if (!form_date(req, &e, "new_due", typed.new_due, &y, &m, &dd)) {
			dossier_render(req, &d, &p, &e, &typed, 422);
			return;
		}
		in.new_due = arena_printf(&req->arena, "%04d-%02d-%02d", y, m, dd);
	}
	if (http_form_int(req, "unit_id", 1, INT64_MAX, &in.unit_id) == HTTP_INT_INVALID)
		in.unit_id = -1;  /* refused by the service as no such unit */
	/* The missing documents, one per line. */
	const char *missing = http_form(req, "missing");
	if (missing) {
		char *copy = arena_strdup(&req->arena, missing), *save = NULL;
		for (char *line = strtok_r(copy, "\r\n", &save); line && in.nmissing < DOSSIER_MAX_DOCS;
		     line = strtok_r(NULL, "\r\n", &save))
			if (*line)
				in.missing[in.nmissing++] = line;
	}
	struct dossier out;
	struct org_error err = { 0 };
	enum org_result r = dossier_act(req->store, &req->arena, http_principal(req), d.code, &in,
	                                &out, &err);
	if (r == ORG_OK) {
		reply_redirect(req, arena_printf(&req->arena, "/dossiers/%s", d.code));
		return;
	}
	if (r == ORG_INVALID || r == ORG_CONFLICT) {
		const char *f = err.field && (strcmp(err.field, "missing") == 0
		                              || strcmp(err.field, "new_due") == 0
		                              || strcmp(err.field, "note") == 0) ? err.field : NULL;
		form_error_add(&e, f, form_message(req, err.detail));
		dossier_render(req, &d, &p, &e, &typed, r == ORG_CONFLICT ? 409 : 422);
		return;
	}
	form_reply_failure(req, r, "dossier event");
}

/* The messages the service puts in org_error, listed so they are extracted and translated. */
static const char *const service_messages[] __attribute__((unused)) = {
	N_("The applicant's name is required, at most 300 characters."),
	N_("The ID number is required, at most 20 characters."),
	N_("At most 20 characters."),
	N_("At most 300 characters."),
	N_("At most 2000 characters."),
	N_("No procedure has this code."),
	N_("Every required document was received."),
	N_("A refusal states its reason."),
	N_("State the reason."),
	N_("Every step of the procedure is done: finish it."),
	N_("List everything missing, at once."),
	N_("The new date is required, YYYY-MM-DD."),
	N_("A dossier's date may be reset only once."),
	N_("An apology must be sent at least one working day before the deadline."),
	N_("The new date must be after the current deadline."),
	N_("The dossier has no deadline yet."),
	N_("The time cannot be in the future or before the dossier's last event."),
};
