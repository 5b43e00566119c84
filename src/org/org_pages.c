/*
 * page_units.c: the organisation — the whole tree (/units) and one unit
 * (/units/{id}) with its people and sub-units, and for those who manage it
 * a form to edit it (POST /units/{id}).
 *
 * The public sees names and titles; e-mail and telephone only with
 * PERM_READ_INTERNAL on the unit, as in the API.
 */
#include "web/web.h"
#include "org/org_handlers.h"

#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "module.h"
#include "org/org_service.h"
#include "store/store.h"
#include "text/vntext.h"

/* ---- the tree ----------------------------------------------------------- */

struct id_index {
	int64_t id;
	size_t at;
};

static int id_cmp(const void *a, const void *b)
{
	int64_t x = ((const struct id_index *)a)->id, y = ((const struct id_index *)b)->id;
	return (x > y) - (x < y);
}

/* Children as linked lists over the store's order, which is Vietnamese order. */
struct tree {
	const struct org_unit *u;
	size_t *first, *next;   /* SIZE_MAX: none */
};

enum { TREE_MAX_DEPTH = 64, TREE_OPEN_DEPTH = 1 };

/*
 * The tree as nested lists; a unit with sub-units is a <details> that opens
 * on a click without any script.  The top levels start open; with a search
 * (SHOWN set) only the matches and the units above them are drawn, all open.
 */
static void tree_list(struct http_request *req, struct html *h, const struct tree *t,
                      size_t first, int depth, const bool *shown, const bool *match)
{
	html_raw(h, depth == 0 ? "<ul class=\"tree\">" : "<ul>");
	for (size_t i = first; i != SIZE_MAX; i = t->next[i]) {
		if (shown && !shown[i])
			continue;
		bool kids = t->first[i] != SIZE_MAX && depth + 1 < TREE_MAX_DEPTH;
		if (kids && shown) {
			kids = false;
			for (size_t c = t->first[i]; c != SIZE_MAX; c = t->next[c])
				kids = kids || shown[c];
		}
		html_raw(h, "<li>");
		html_rawf(h, "<a href=\"/units/%lld\"%s>", (long long)t->u[i].id,
		          match && match[i] ? " class=\"match\"" : "");
		html_txt(h, t->u[i].name);
		html_raw(h, "</a> <span class=\"kind\">");
		html_txt(h, web_kind_label(req, t->u[i].kind));
		html_raw(h, "</span>");
		if (kids) {
			/* The toggle is its own control beside the link: a link inside a
			 * <summary> would be a control inside a control. */
			size_t nk = 0;
			for (size_t c = t->first[i]; c != SIZE_MAX; c = t->next[c])
				nk += !shown || shown[c];
			html_raw(h, shown || depth < TREE_OPEN_DEPTH ? "<details open><summary>"
			                                             : "<details><summary>");
			web_txtf(h, T(req, "%zu sub-units"), nk);
			html_raw(h, "<span class=\"vh\"> ");
			html_txt(h, t->u[i].name);
			html_raw(h, "</span></summary>");
			tree_list(req, h, t, t->first[i], depth + 1, shown, match);
			html_raw(h, "</details>");
		}
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul>");
}

void page_units(struct http_request *req)
{
	struct store *st = req->store;
	struct unit_filter f = { 0 };
	struct org_unit *u;
	size_t n;
	enum store_status s = org_unit_list(st, &f, &req->arena, &u, &n);
	if (s != STORE_OK) {
		reply_internal_error(req, store_status_name(s));
		return;
	}
	struct id_index *ix = arena_alloc(&req->arena, (n + 1) * sizeof *ix);
	struct tree t = { u, arena_alloc(&req->arena, (n + 1) * sizeof(size_t)),
	                  arena_alloc(&req->arena, (n + 1) * sizeof(size_t)) };
	for (size_t i = 0; i < n; i++) {
		ix[i] = (struct id_index){ u[i].id, i };
		t.first[i] = t.next[i] = SIZE_MAX;
	}
	qsort(ix, n, sizeof *ix, id_cmp);
	/* Walk backwards and prepend, so each list keeps the store's order. */
	size_t roots = SIZE_MAX;
	size_t *parent_at = arena_alloc(&req->arena, (n + 1) * sizeof *parent_at);
	for (size_t i = n; i-- > 0;) {
		struct id_index key = { u[i].parent_id, 0 };
		const struct id_index *parent = u[i].parent_id
			? bsearch(&key, ix, n, sizeof *ix, id_cmp) : NULL;
		size_t *head = parent && parent->at != i ? &t.first[parent->at] : &roots;
		parent_at[i] = parent && parent->at != i ? parent->at : SIZE_MAX;
		t.next[i] = *head;
		*head = i;
	}
	/* The search: names folded as the API folds them (no diacritics, any case). */
	const char *q = http_query(req, "q");
	bool *shown = NULL, *match = NULL;
	size_t matches = 0;
	char *folded = q && *q && strlen(q) <= ORG_NAME_MAX ? vn_fold(q) : NULL;
	if (folded && *folded) {
		shown = arena_alloc(&req->arena, (n + 1) * sizeof *shown);
		match = arena_alloc(&req->arena, (n + 1) * sizeof *match);
		memset(shown, 0, (n + 1) * sizeof *shown);
		memset(match, 0, (n + 1) * sizeof *match);
		for (size_t i = 0; i < n; i++) {
			char *name = vn_fold(u[i].name);
			char *code = vn_fold(u[i].code ? u[i].code : "");
			if ((name && strstr(name, folded)) || (code && strstr(code, folded))) {
				match[i] = true;
				matches++;
				/* The units above it, so the match is seen in its place. */
				for (size_t a = i, d = 0; a != SIZE_MAX && d < TREE_MAX_DEPTH;
				     a = parent_at[a], d++)
					shown[a] = true;
			}
			free(name);
			free(code);
		}
	}
	struct html h = { 0 };
	layout_begin(req, &h, T(req, "Organisation"), "/units");
	html_raw(&h, "<form method=\"get\" action=\"/units\" class=\"query\" role=\"search\">");
	form_input(req, &h, NULL, &(struct form_input){
		.name = "q", .label = T(req, "Find a unit"), .type = "search", .value = q,
		.hint = T(req, "Part of its name or code, with or without accents."),
		.maxlength = ORG_NAME_MAX });
	form_submit(&h, T(req, "Find"));
	html_raw(&h, "</form>");
	if (shown) {
		html_raw(&h, "<p role=\"status\">");
		web_txtf(&h, T(req, "%zu units found."), matches);
		html_raw(&h, " <a href=\"/units\">");
		html_txt(&h, T(req, "The whole tree"));
		html_raw(&h, "</a></p>");
	}
	if (roots == SIZE_MAX) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "There are no units yet."));
		html_raw(&h, "</p>");
	} else if (!shown || matches > 0) {
		tree_list(req, &h, &t, roots, 0, shown, match);
	}
	free(folded);
	layout_finish(req, &h, 200);
}

/* "2019-09-30" as the pages write dates, 30/09/2019 (as stored if it is not a date). */
static const char *day_text(struct http_request *req, const char *iso)
{
	if (iso == NULL || strlen(iso) != 10 || iso[4] != '-' || iso[7] != '-')
		return iso ? iso : "";
	return arena_printf(&req->arena, "%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

/* ---- one unit ------------------------------------------------------------ */

/* The edit form's fields as typed (kept when they are refused). */
struct unit_form {
	const char *kind, *code, *name, *valid_from, *valid_to;
};

static const char *empty_null(const char *s)
{
	return s && *s ? s : NULL;
}

/* org_unit_save's edit: the form's fields over the stored record. */
static bool unit_form_apply(void *ctx, struct org_unit *u, struct arena *a,
                            struct org_error *err)
{
	(void)err;
	const struct unit_form *f = ctx;
	u->kind = arena_strdup(a, f->kind ? f->kind : "");
	u->code = arena_strdup(a, f->code ? f->code : "");
	u->name = arena_strdup(a, f->name ? f->name : "");
	u->valid_from = arena_strdup(a, empty_null(f->valid_from));
	u->valid_to = arena_strdup(a, empty_null(f->valid_to));
	return true;
}

static void unit_edit_form(struct http_request *req, struct html *h, const struct org_unit *u,
                           const struct unit_form *f, struct form_errors *e)
{
	size_t nk = 0;
	while (org_unit_kinds[nk])
		nk++;
	const char **labels = arena_alloc(&req->arena, (nk + 1) * sizeof *labels);
	for (size_t i = 0; i < nk; i++)
		labels[i] = web_kind_label(req, org_unit_kinds[i]);
	e->form = "unit";
	html_raw(h, "<section class=\"no-print\" aria-labelledby=\"edit-title\">"
	            "<h2 id=\"edit-title\">");
	html_txt(h, T(req, "Edit this unit"));
	html_raw(h, "</h2>");
	form_error_summary(req, h, e);
	form_begin(req, h, arena_printf(&req->arena, "/units/%lld", (long long)u->id), "unit",
	           NULL);
	form_input(req, h, e, &(struct form_input){
		.name = "name", .label = T(req, "Name"), .value = f ? f->name : u->name,
		.required = true, .maxlength = ORG_NAME_MAX });
	form_input(req, h, e, &(struct form_input){
		.name = "code", .label = T(req, "Code"), .value = f ? f->code : u->code,
		.hint = T(req, "Letters, digits, '.', '-' or '_'; unique."), .required = true,
		.maxlength = ORG_CODE_MAX });
	form_select(req, h, e, "kind", T(req, "Kind"), org_unit_kinds, labels, nk,
	            f ? f->kind : u->kind);
	form_input(req, h, e, &(struct form_input){
		.name = "valid_from", .label = T(req, "Valid from"), .inputmode = "numeric",
		.size = 12, .maxlength = 32,
		.value = f ? f->valid_from : day_text(req, u->valid_from),
		.hint = T(req, "Day/month/year, e.g. 01/04/1997; empty: always.") });
	form_input(req, h, e, &(struct form_input){
		.name = "valid_to", .label = T(req, "Valid until"), .inputmode = "numeric",
		.size = 12, .maxlength = 32,
		.value = f ? f->valid_to : day_text(req, u->valid_to),
		.hint = T(req, "Day/month/year, e.g. 31/12/2020; empty: still valid.") });
	form_submit(h, T(req, "Save the unit"));
	form_end(h);
	html_raw(h, "</section>");
}

/*
 * Rank of a title, for listing people as the committee does: secretary,
 * chairman, then their deputies, then heads and the rest ("Phó Chủ tịch"
 * after "Chủ tịch").
 */
static int title_rank(const char *title)
{
	char *f = title ? vn_fold(title) : NULL;
	if (f == NULL)
		return 9;
	bool deputy = strncmp(f, "pho ", 4) == 0;
	const char *rest = deputy ? f + 4 : f;
	int rank = strncmp(rest, "bi thu", 6) == 0 ? 0 : strncmp(rest, "chu tich", 8) == 0 ? 1
	         : strncmp(rest, "truong", 6) == 0 || strncmp(rest, "giam doc", 8) == 0 ? 4 : 8;
	free(f);
	return deputy ? rank + 2 : rank;
}

static int person_rank_cmp(const void *a, const void *b)
{
	const struct org_person *x = a, *y = b;
	return title_rank(x->title) - title_rank(y->title);
}

/* Stable: people of one rank keep the store's (Vietnamese) order. */
static void people_by_rank(struct org_person *p, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct org_person cur = p[i];
		size_t j = i;
		while (j > 0 && person_rank_cmp(&p[j - 1], &cur) > 0) {
			p[j] = p[j - 1];
			j--;
		}
		p[j] = cur;
	}
}

/* The unit page; F and E set when a refused edit is shown again. */
static void unit_render(struct http_request *req, const struct org_unit *u,
                        const struct unit_form *f, struct form_errors *e, unsigned int status)
{
	struct store *st = req->store;
	struct org_unit_access may;
	org_unit_access(st, &req->arena, http_principal(req), u->id, &may);
	bool internal = may.internal, manage = may.manage, audit = may.audit;

	struct html h = { 0 };
	layout_begin_form(req, &h, u->name, "/units", e);
	const char *saved = http_query(req, "saved");
	if (status == 200 && saved && strcmp(saved, "1") == 0)
		form_notice(&h, T(req, "The unit has been saved."));
	html_raw(&h, "<dl class=\"facts\"><dt>");
	html_txt(&h, T(req, "Kind"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, web_kind_label(req, u->kind));
	html_raw(&h, "</dd><dt>");
	html_txt(&h, T(req, "Code"));
	html_raw(&h, "</dt><dd>");
	html_txt(&h, u->code);
	html_raw(&h, "</dd>");
	struct org_unit parent;
	if (u->parent_id && org_unit_get(st, u->parent_id, &req->arena, &parent) == STORE_OK) {
		html_raw(&h, "<dt>");
		html_txt(&h, T(req, "Part of"));
		html_rawf(&h, "</dt><dd><a href=\"/units/%lld\">", (long long)parent.id);
		html_txt(&h, parent.name);
		html_raw(&h, "</a></dd>");
	}
	if (u->valid_from || u->valid_to) {
		html_raw(&h, "<dt>");
		html_txt(&h, T(req, "Valid"));
		html_raw(&h, "</dt><dd>");
		html_txt(&h, u->valid_from ? day_text(req, u->valid_from) : "…");
		html_raw(&h, " – ");
		html_txt(&h, u->valid_to ? day_text(req, u->valid_to) : "…");
		html_raw(&h, "</dd>");
	}
	html_raw(&h, "</dl>");
	if (audit) {
		html_rawf(&h, "<p class=\"no-print\"><a href=\"/history?entity=org_unit&amp;id=%lld\">",
		          (long long)u->id);
		html_txt(&h, T(req, "History of this unit"));
		html_raw(&h, "</a></p>");
	}

	struct person_filter pf = { .unit_id = u->id };
	struct org_person *people;
	size_t np = 0;
	if (org_person_list(st, &pf, &req->arena, &people, &np) != STORE_OK)
		np = 0;
	people_by_rank(people, np);
	/* Contact columns only when someone has a contact to show. */
	bool any_email = false, any_phone = false;
	for (size_t i = 0; internal && i < np; i++) {
		any_email = any_email || (people[i].email && *people[i].email);
		any_phone = any_phone || (people[i].phone && *people[i].phone);
	}
	/* Each module's part of the unit page (its targets, tasks...). */
	for (const struct module *const *m = modules; *m; m++)
		if ((*m)->unit_page)
			(*m)->unit_page(req, &h, u->id);
	html_raw(&h, "<h2>");
	html_txt(&h, T(req, "People"));
	html_raw(&h, "</h2>");
	if (np == 0) {
		html_raw(&h, "<p>");
		html_txt(&h, T(req, "No people are listed for this unit."));
		html_raw(&h, "</p>");
	} else {
		html_raw(&h, "<table><caption class=\"vh\">");
		web_txtf(&h, T(req, "People of %s"), u->name);
		html_raw(&h, "</caption><thead><tr><th scope=\"col\">");
		html_txt(&h, T(req, "Full name"));
		html_raw(&h, "</th><th scope=\"col\">");
		html_txt(&h, T(req, "Title"));
		html_raw(&h, "</th>");
		if (any_email) {
			html_raw(&h, "<th scope=\"col\">");
			html_txt(&h, T(req, "E-mail"));
			html_raw(&h, "</th>");
		}
		if (any_phone) {
			html_raw(&h, "<th scope=\"col\">");
			html_txt(&h, T(req, "Telephone"));
			html_raw(&h, "</th>");
		}
		if (audit) {
			html_raw(&h, "<th scope=\"col\"><span class=\"vh\">");
			html_txt(&h, T(req, "History"));
			html_raw(&h, "</span></th>");
		}
		html_raw(&h, "</tr></thead><tbody>");
		for (size_t i = 0; i < np; i++) {
			html_raw(&h, "<tr><th scope=\"row\">");
			html_txt(&h, people[i].full_name);
			html_raw(&h, "</th><td>");
			html_txt(&h, people[i].title);
			html_raw(&h, "</td>");
			if (any_email) {
				html_raw(&h, "<td>");
				if (people[i].email) {
					html_raw(&h, "<a href=\"mailto:");
					html_attr(&h, people[i].email);
					html_raw(&h, "\">");
					html_txt(&h, people[i].email);
					html_raw(&h, "</a>");
				}
				html_raw(&h, "</td>");
			}
			if (any_phone) {
				html_raw(&h, "<td>");
				html_txt(&h, people[i].phone);
				html_raw(&h, "</td>");
			}
			if (audit) {
				html_rawf(&h, "<td><a href=\"/history?entity=person&amp;id=%lld\">",
				          (long long)people[i].id);
				html_txt(&h, T(req, "History"));
				html_raw(&h, "<span class=\"vh\"> ");
				html_txt(&h, people[i].full_name);
				html_raw(&h, "</span></a></td>");
			}
			html_raw(&h, "</tr>");
		}
		html_raw(&h, "</tbody></table>");
	}

	struct unit_filter cf = { .parent_id = u->id };
	struct org_unit *children;
	size_t nc = 0;
	if (org_unit_list(st, &cf, &req->arena, &children, &nc) == STORE_OK && nc) {
		html_raw(&h, "<h2>");
		html_txt(&h, T(req, "Sub-units"));
		html_raw(&h, "</h2><ul class=\"units\">");
		for (size_t i = 0; i < nc; i++) {
			html_rawf(&h, "<li><a href=\"/units/%lld\">", (long long)children[i].id);
			html_txt(&h, children[i].name);
			html_raw(&h, "</a> <span class=\"kind\">");
			html_txt(&h, web_kind_label(req, children[i].kind));
			html_raw(&h, "</span></li>");
		}
		html_raw(&h, "</ul>");
	}
	if (manage) {
		struct form_errors none = { 0 };
		unit_edit_form(req, &h, u, f, e ? e : &none);
	}
	layout_finish(req, &h, status);
}

static bool unit_form_has(const char *field)
{
	static const char *const fields[] = { "kind", "code", "name", "valid_from", "valid_to" };
	for (size_t i = 0; field && i < sizeof fields / sizeof fields[0]; i++)
		if (strcmp(fields[i], field) == 0)
			return true;
	return false;
}

/* The unit of the {id} in the path; false after replying 404/500. */
static bool unit_of_path(struct http_request *req, struct org_unit *u)
{
	int64_t id = http_param_id(req, "id");
	enum store_status s = id ? org_unit_get(req->store, id, &req->arena, u)
	                         : STORE_NOT_FOUND;
	return reply_unless_found(req, s);
}

void page_unit(struct http_request *req)
{
	struct org_unit u;
	if (unit_of_path(req, &u))
		unit_render(req, &u, NULL, NULL, 200);
}

void page_unit_save(struct http_request *req)
{
	if (!http_require_signed_in(req) || !form_csrf_ok(req))
		return;
	struct org_unit u;
	if (!unit_of_path(req, &u))
		return;
	if (!org_may_manage_unit(req->store, &req->arena, http_principal(req), u.id)) {
		http_forbidden(req);
		return;
	}
	struct unit_form f = {
		.kind = http_form(req, "kind"), .code = http_form(req, "code"),
		.name = http_form(req, "name"), .valid_from = http_form(req, "valid_from"),
		.valid_to = http_form(req, "valid_to"),
	};
	struct form_errors e = { .form = "unit" };
	/* Dates as typed (30/09/2019 or 2019-09-30), stored as ISO; the typed text stays in the form. */
	struct unit_form stored = f;
	const char *names[2] = { "valid_from", "valid_to" };
	const char **typed[2] = { &f.valid_from, &f.valid_to };
	const char **iso[2] = { &stored.valid_from, &stored.valid_to };
	for (int k = 0; k < 2; k++) {
		int y, m, d;
		if (*typed[k] == NULL || **typed[k] == '\0')
			continue;
		if (form_date(req, &e, names[k], *typed[k], &y, &m, &d))
			*iso[k] = arena_printf(&req->arena, "%04d-%02d-%02d", y, m, d);
	}
	if (f.name && strlen(f.name) > ORG_NAME_MAX)
		form_error_add(&e, "name", T(req, "The name is longer than 256 bytes."));
	if (f.code && strlen(f.code) > ORG_CODE_MAX)
		form_error_add(&e, "code", T(req, "A code has at most 64 characters."));
	if (e.n) {
		unit_render(req, &u, &f, &e, 422);
		return;
	}
	struct org_unit out;
	struct org_error err = { 0 };
	enum org_result r = org_unit_save(req->store, &req->arena, http_principal(req), u.id,
	                                  unit_form_apply, &stored, &out, &err);
	switch (r) {
	case ORG_OK:
		reply_redirect(req, arena_printf(&req->arena, "/units/%lld?saved=1", (long long)u.id));
		return;
	case ORG_INVALID:
		/* Fields the form does not show (parent, links) go to the summary only. */
		form_error_add(&e, unit_form_has(err.field) ? err.field : NULL,
		               form_message(req, err.detail));
		unit_render(req, &u, &f, &e, 422);
		return;
	case ORG_CONFLICT:
		form_error_add(&e, "code", T(req, "Another unit already has this code."));
		unit_render(req, &u, &f, &e, 409);
		return;
	default:
		form_reply_failure(req, r, "unit save");
		return;
	}
}

/*
 * The messages the organisation service puts in struct org_error (org.c,
 * org_service.c), listed so they are extracted into the catalog and
 * translated when shown beside a field (form_message).
 */
static const char *const org_messages[] __attribute__((unused)) = {
	N_("A unit cannot be its own parent."),
	N_("Another unit already has this code."),
	N_("No unit has this id."),
	N_("Not a valid date; write YYYY-MM-DD."),
	N_("The code is not valid UTF-8 text."),
	N_("The code is required: 1 to 64 letters, digits, '.', '-' or '_'."),
	N_("The end of validity is before its start."),
	N_("The name could not be indexed."),
	N_("The name is longer than 256 bytes."),
	N_("The name is not valid UTF-8 text."),
	N_("The name is required (at most 256 bytes)."),
	N_("Unknown kind of unit; use one of: province, city, district, ward, commune, "
	   "department, neighbourhood_group, party_committee, one_stop_desk."),
};
