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

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "text/vnparse.h"
#include "text/vntext.h"

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
	html_raw(h, "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus "
	            "aria-labelledby=\"");
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
	if (in->size > 0)
		html_rawf(h, " size=\"%d\"", in->size);
	if (in->inputmode) {
		html_raw(h, " inputmode=\"");
		html_attr(h, in->inputmode);
		html_raw(h, "\"");
	}
	html_raw(h, ">");
	if (e && e->confirm_name && strcmp(e->confirm_name, in->name) == 0 && e->confirm_text) {
		html_raw(h, "<input type=\"hidden\" name=\"");
		html_attr(h, in->name);
		html_raw(h, "_confirm\" value=\"");
		html_attr(h, e->confirm_text);
		html_raw(h, "\">");
	}
	html_raw(h, "</div>");
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

/* ---- numbers and dates as people type them ------------------------------- */

const char *web_fmt_number(struct http_request *req, double v, int max_decimals)
{
	char buf[64];
	if (!isfinite(v))
		return "–";
	if (max_decimals < 0)
		max_decimals = 0;
	if (max_decimals > 6)
		max_decimals = 6;
	if (fabs(v) >= 1e15) {
		snprintf(buf, sizeof buf, "%.6g", v);
		return arena_strdup(&req->arena, buf);
	}
	if (web_lang(req) == LANG_VI) {
		if (vn_format_decimal(buf, sizeof buf, v, max_decimals) == 0)
			return "?";
	} else {
		/* English: ',' groups thousands, '.' before decimals. */
		char raw[64];
		snprintf(raw, sizeof raw, "%.*f", max_decimals, v);
		const char *dot = strchr(raw, '.');
		const char *digits = raw[0] == '-' ? raw + 1 : raw;
		size_t int_len = (size_t)((dot ? dot : raw + strlen(raw)) - digits);
		size_t o = 0;
		if (raw[0] == '-')
			buf[o++] = '-';
		for (size_t i = 0; i < int_len; i++) {
			if (i > 0 && (int_len - i) % 3 == 0)
				buf[o++] = ',';
			buf[o++] = digits[i];
		}
		if (dot) {
			size_t rest = strlen(dot);
			memcpy(buf + o, dot, rest);
			o += rest;
		}
		buf[o] = '\0';
	}
	/* Drop trailing zeros after the decimal separator, then the separator. */
	char sep = web_lang(req) == LANG_VI ? ',' : '.';
	char *d = strchr(buf, sep);
	if (d) {
		char *end = buf + strlen(buf);
		while (end > d + 1 && end[-1] == '0')
			*--end = '\0';
		if (end == d + 1)
			*d = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
	return arena_strdup(&req->arena, buf);
}

const char *web_fmt_percent(struct http_request *req, double v, int max_decimals)
{
	if (!isfinite(v))
		return "—";
	return arena_printf(&req->arena, "%s\u00a0%%", web_fmt_number(req, v, max_decimals));
}

static bool is_whole(double v)
{
	return fabs(v - round(v)) < 1e-9;
}

bool form_number(struct http_request *req, struct form_errors *e, const char *name,
                 const char *text, unsigned flags, double *out)
{
	bool whole = flags & FORM_NUM_WHOLE;
	/* Examples in the page's own way of writing numbers. */
	const char *example = whole ? web_fmt_number(req, 1228, 0) : web_fmt_number(req, 1234.5, 1);
	if (text == NULL || *text == '\0') {
		form_error_add(e, name, T(req, "Enter the figure."));
		return false;
	}
	double vi = 0, plain = 0;
	enum vn_number_result r = vn_parse_number(text, &vi, &plain);
	if (r == VN_NUMBER_INVALID) {
		form_error_add(e, name, arena_printf(&req->arena,
		               T(req, "Enter a number as the pages write them, e.g. %s."), example));
		return false;
	}
	double v = vi;
	if (r == VN_NUMBER_AMBIGUOUS) {
		bool vi_ok = !(flags & FORM_NUM_MIN_ZERO) || vi >= 0;
		bool plain_ok = (!whole || is_whole(plain)) && (!(flags & FORM_NUM_MIN_ZERO) || plain >= 0);
		const char *confirmed = http_form(req, arena_printf(&req->arena, "%s_confirm", name));
		if (vi_ok && plain_ok && !(confirmed && strcmp(confirmed, text) == 0)) {
			/* Read back before saving: "1.228" is 1228 here, 1.228 to an English reader. */
			e->confirm_name = name;
			e->confirm_text = text;
			form_error_add(e, name, arena_printf(&req->arena,
			               T(req, "“%s” can be read as %s or as %s. To save %s, send the "
			                      "form again as it is; for the other, type %s."),
			               text, web_fmt_number(req, vi, 6), web_fmt_number(req, plain, 6),
			               web_fmt_number(req, vi, 6), web_fmt_number(req, plain, 6)));
			return false;
		}
		if (!vi_ok && plain_ok)
			v = plain;
	}
	if (!isfinite(v) || fabs(v) >= 1e15) {
		form_error_add(e, name, T(req, "The figure is too large."));
		return false;
	}
	if ((flags & FORM_NUM_MIN_ZERO) && v < 0) {
		form_error_add(e, name, T(req, "This figure counts or adds up things: it cannot be "
		                              "negative."));
		return false;
	}
	if (whole && !is_whole(v)) {
		form_error_add(e, name, arena_printf(&req->arena,
		               T(req, "Enter a whole number: this figure counts things, e.g. %s."),
		               example));
		return false;
	}
	*out = v;
	return true;
}

bool form_date(struct http_request *req, struct form_errors *e, const char *name,
               const char *text, int *year, int *month, int *day)
{
	if (text && vn_parse_date(text, year, month, day))
		return true;
	form_error_add(e, name, T(req, "Enter the date as day/month/year, e.g. 30/09/2019."));
	return false;
}
