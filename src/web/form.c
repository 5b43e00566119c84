/*
 * form.c: form fields with their label, kept value and error, the error
 * summary, and the CSRF field every changing form carries.
 *
 * The pattern (GOV.UK's): the summary at the top lists each problem as a
 * link to its field; each field shows its own message, tied to it with
 * aria-describedby and marked aria-invalid, so a screen reader announces
 * the problem when the field takes focus.  Values the user typed are put
 * back (passwords excepted) so one mistake does not cost the whole form.
 */
#include "web/web.h"

#include <string.h>

#include "http/reply.h"

void form_error_add(struct form_errors *e, const char *field, const char *message)
{
	if (e->n >= FORM_ERRORS_MAX || form_error_for(e, field))
		return;
	e->field[e->n] = field;
	e->message[e->n] = message;
	e->n++;
}

const char *form_error_for(const struct form_errors *e, const char *field)
{
	for (size_t i = 0; e && field && i < e->n; i++)
		if (e->field[i] && strcmp(e->field[i], field) == 0)
			return e->message[i];
	return NULL;
}

/* id="f-FORM-NAME": unique on a page that holds several forms. */
static void field_id(struct html *h, const char *form, const char *name, const char *suffix)
{
	html_raw(h, "f-");
	if (form) {
		html_attr(h, form);
		html_raw(h, "-");
	}
	html_attr(h, name);
	if (suffix)
		html_raw(h, suffix);
}

void form_begin(struct http_request *req, struct html *h, const char *action,
                const char *form, const char *css_class)
{
	html_raw(h, "<form method=\"post\" action=\"");
	html_attr(h, action);
	html_raw(h, "\"");
	if (form) {
		html_raw(h, " id=\"form-");
		html_attr(h, form);
		html_raw(h, "\"");
	}
	if (css_class) {
		html_raw(h, " class=\"");
		html_attr(h, css_class);
		html_raw(h, "\"");
	}
	/* Our own messages beside each field replace the browser's bubbles. */
	html_raw(h, " novalidate><input type=\"hidden\" name=\"csrf\" value=\"");
	html_attr(h, http_csrf_token(req));
	html_raw(h, "\">");
}

void form_end(struct html *h)
{
	html_raw(h, "</form>");
}

void form_error_summary(struct http_request *req, struct html *h, const struct form_errors *e)
{
	if (e == NULL || e->n == 0)
		return;
	html_raw(h, "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"");
	field_id(h, e->form, "summary", "-title");
	html_raw(h, "\"><h2 id=\"");
	field_id(h, e->form, "summary", "-title");
	html_raw(h, "\">");
	html_txt(h, T(req, "There is a problem"));
	html_raw(h, "</h2><ul>");
	for (size_t i = 0; i < e->n; i++) {
		html_raw(h, "<li>");
		if (e->field[i]) {
			html_raw(h, "<a href=\"#");
			field_id(h, e->form, e->field[i], NULL);
			html_raw(h, "\">");
			html_txt(h, e->message[i]);
			html_raw(h, "</a>");
		} else {
			html_txt(h, e->message[i]);
		}
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul></div>");
}

/* <label>, then the hint and the error, then the control is opened by the caller. */
static void field_head(struct http_request *req, struct html *h, const struct form_errors *e,
                       const char *name, const char *label, const char *hint,
                       const char *error)
{
	(void)req;
	html_raw(h, error ? "<div class=\"field has-error\"><label for=\"" : "<div class=\"field\"><label for=\"");
	field_id(h, e ? e->form : NULL, name, NULL);
	html_raw(h, "\">");
	html_txt(h, label);
	html_raw(h, "</label>");
	if (hint) {
		html_raw(h, "<p class=\"hint\" id=\"");
		field_id(h, e ? e->form : NULL, name, "-hint");
		html_raw(h, "\">");
		html_txt(h, hint);
		html_raw(h, "</p>");
	}
	if (error) {
		html_raw(h, "<p class=\"error\" id=\"");
		field_id(h, e ? e->form : NULL, name, "-error");
		html_raw(h, "\"><span class=\"vh\">");
		html_txt(h, T(req, "Error:"));
		html_raw(h, " </span>");
		html_txt(h, error);
		html_raw(h, "</p>");
	}
}

/* id, name, aria-describedby and aria-invalid of a control. */
static void control_attrs(struct html *h, const struct form_errors *e, const char *name,
                          const char *hint, const char *error)
{
	const char *form = e ? e->form : NULL;
	html_raw(h, " id=\"");
	field_id(h, form, name, NULL);
	html_raw(h, "\" name=\"");
	html_attr(h, name);
	html_raw(h, "\"");
	if (hint || error) {
		html_raw(h, " aria-describedby=\"");
		if (hint)
			field_id(h, form, name, "-hint");
		if (hint && error)
			html_raw(h, " ");
		if (error)
			field_id(h, form, name, "-error");
		html_raw(h, "\"");
	}
	if (error)
		html_raw(h, " aria-invalid=\"true\"");
}

void form_input(struct http_request *req, struct html *h, const struct form_errors *e,
                const struct form_input *in)
{
	const char *error = form_error_for(e, in->name);
	const char *type = in->type ? in->type : "text";
	field_head(req, h, e, in->name, in->label, in->hint, error);
	html_raw(h, "<input type=\"");
	html_attr(h, type);
	html_raw(h, "\"");
	control_attrs(h, e, in->name, in->hint, error);
	/* A password is never sent back to the browser. */
	if (in->value && strcmp(type, "password") != 0) {
		html_raw(h, " value=\"");
		html_attr(h, in->value);
		html_raw(h, "\"");
	}
	if (in->autocomplete) {
		html_raw(h, " autocomplete=\"");
		html_attr(h, in->autocomplete);
		html_raw(h, "\"");
	}
	if (in->required)
		html_raw(h, " required aria-required=\"true\"");
	if (in->maxlength > 0)
		html_rawf(h, " maxlength=\"%d\"", in->maxlength);
	html_raw(h, "></div>");
}

void form_select(struct http_request *req, struct html *h, const struct form_errors *e,
                 const char *name, const char *label, const char *const *values,
                 const char *const *labels, size_t n, const char *selected)
{
	const char *error = form_error_for(e, name);
	field_head(req, h, e, name, label, NULL, error);
	html_raw(h, "<select");
	control_attrs(h, e, name, NULL, error);
	html_raw(h, ">");
	for (size_t i = 0; i < n; i++) {
		html_raw(h, "<option value=\"");
		html_attr(h, values[i]);
		html_raw(h, "\"");
		if (selected && strcmp(selected, values[i]) == 0)
			html_raw(h, " selected");
		html_raw(h, ">");
		html_txt(h, labels[i]);
		html_raw(h, "</option>");
	}
	html_raw(h, "</select></div>");
}

void form_submit(struct html *h, const char *label)
{
	html_raw(h, "<div class=\"actions\"><button type=\"submit\">");
	html_txt(h, label);
	html_raw(h, "</button></div>");
}

void form_button(struct http_request *req, struct html *h, const char *action,
                 const char *label, const char *css_class)
{
	form_begin(req, h, action, NULL, css_class ? css_class : "inline");
	html_raw(h, "<button type=\"submit\">");
	html_txt(h, label);
	html_raw(h, "</button>");
	form_end(h);
}

bool form_csrf_ok(struct http_request *req)
{
	if (http_csrf_valid(req))
		return true;
	/* Not http_forbidden(): this is a stale or forged form, not a missing role. */
	reply_problem(req, 403, "/problems/csrf", N_("Forbidden"),
	              N_("The form has expired or did not come from this site; "
	                 "reload the page and try again."), NULL);
	return false;
}

void form_notice(struct html *h, const char *text)
{
	html_raw(h, "<p class=\"notice\" role=\"status\">");
	html_txt(h, text);
	html_raw(h, "</p>");
}

const char *form_message(struct http_request *req, const char *detail)
{
	return detail ? T(req, detail) : T(req, "This value is not accepted.");
}

void form_reply_failure(struct http_request *req, enum org_result r, const char *what)
{
	switch (r) {
	case ORG_NOT_FOUND:
		reply_not_found(req);
		break;
	case ORG_FORBIDDEN:
		http_forbidden(req);
		break;
	case ORG_BUSY:
		reply_unavailable(req, what);
		break;
	default:
		reply_internal_error(req, what);
		break;
	}
}
