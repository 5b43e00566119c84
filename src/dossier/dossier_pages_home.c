/*
 * dossier_pages_home.c: the one-stop shop's rows on the signed-in home page
 * (module.home).  A desk officer sees the dossiers of their desk that are
 * overdue or due today, soonest first; a leader or a unit's head sees the
 * year's early / on time / late counts of their subtree with what is
 * overdue now, worst unit first.
 */
#include "dossier/dossier_pages.h"
#include "dossier/dossier_handlers.h"

#include <stdlib.h>
#include <string.h>

#include "store/store.h"

enum { HOME_DOSSIERS = 10, HOME_UNITS = 8, HOME_QUEUE_MAX = 2000 };

/* The reader's first grant of ROLE on which they may handle dossiers; 0: none. */
static int64_t grant_unit(struct http_request *req, const struct principal *who,
                          unsigned role_bits)
{
	for (size_t i = 0; i < who->ngrants; i++)
		if ((role_bits & ROLE_BIT(who->grants[i].role))
		    && dossier_may_handle(req->store, &req->arena, who, who->grants[i].unit_id))
			return who->grants[i].unit_id;
	return 0;
}

/* A cell labelled LABEL for phones, where the rows stack (table.summary, app.css). */
static void cell(struct http_request *req, struct html *h, const char *label, bool num)
{
	html_raw(h, num ? "<td class=\"num\" data-label=\"" : "<td data-label=\"");
	html_attr(h, T(req, label));
	html_raw(h, "\">");
}

static const char *procedure_name(struct http_request *req, int64_t id)
{
	struct procedure p;
	return dossier_procedure_by_id(req->store, &req->arena, id, &p) == STORE_OK ? p.name : "";
}

/* The desk's dossiers overdue or due today. */
static void desk_section(struct http_request *req, struct html *h, cal_day today)
{
	const struct principal *who = http_principal(req);
	const char *today_text = dossier_day_text(&req->arena, today);
	struct dossier_filter f = { .open_only = true, .due_by = today_text,
	                            .limit = HOME_QUEUE_MAX };
	struct dossier *d;
	size_t n;
	if (dossier_queue(req->store, &req->arena, who, &f, &d, &n) != STORE_OK) {
		html_raw(h, "<p class=\"muted\">");
		html_txt(h, T(req, "The dossiers cannot be read just now."));
		html_raw(h, "</p>");
		return;
	}
	if (n == 0)
		return;
	size_t overdue = 0;
	for (size_t i = 0; i < n; i++)
		overdue += strcmp(d[i].due_day, today_text) < 0;
	html_raw(h, "<section aria-labelledby=\"home-dossiers\"><h2 id=\"home-dossiers\">");
	html_txt(h, T(req, "Dossiers due at your desk"));
	html_raw(h, "</h2><p>");
	web_txtf(h, T(req, "%zu overdue, %zu due today."), overdue, n - overdue);
	html_raw(h, "</p><table class=\"dz summary\"><caption>");
	html_txt(h, T(req, "Overdue or due today, soonest due first"));
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Code"), N_("Procedure"), N_("Due date"), N_("State"));
	for (size_t i = 0; i < n && i < HOME_DOSSIERS; i++) {
		html_raw(h, "<tr><th scope=\"row\"><a href=\"/dossiers/");
		html_url_arg(h, d[i].code);
		html_raw(h, "\">");
		html_txt(h, d[i].code);
		html_raw(h, "</a></th>");
		cell(req, h, N_("Procedure"), false);
		html_txt(h, procedure_name(req, d[i].procedure_id));
		html_raw(h, "</td>");
		cell(req, h, N_("Due date"), false);
		html_txt(h, dpage_date(req, d[i].due_day));
		if (strcmp(d[i].due_day, today_text) < 0) {
			html_raw(h, " <strong class=\"flag\">");
			html_txt(h, T(req, "overdue"));
			html_raw(h, "</strong>");
		}
		html_raw(h, "</td>");
		cell(req, h, N_("State"), false);
		html_txt(h, dpage_state_label(req, d[i].state));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table><p><a href=\"/dossiers\">");
	html_txt(h, T(req, "All open dossiers"));
	html_raw(h, "</a></p></section>");
}

/* One unit's line of the leader's table. */
struct unit_line {
	int64_t unit_id;
	const char *label;
	int64_t early, on_time, late, overdue;
	int64_t due_soon;   /* on the unit page: due within three working days */
};

static struct unit_line *line_of(struct http_request *req, struct unit_line *v, size_t *n,
                                 size_t cap, int64_t unit, const char *label)
{
	for (size_t i = 0; i < *n; i++)
		if (v[i].unit_id == unit)
			return &v[i];
	if (*n == cap)
		return NULL;
	v[*n] = (struct unit_line){ .unit_id = unit,
	                            .label = label ? label : dpage_unit_name(req, unit) };
	return &v[(*n)++];
}

static double on_time_rate(const struct unit_line *l)
{
	int64_t done = l->early + l->on_time + l->late;
	return done ? (double)(l->early + l->on_time) / (double)done : 1.0;
}

/* Worst first: the most overdue now, then the lowest on-time rate. */
static bool worse(const struct unit_line *a, const struct unit_line *b)
{
	if (a->overdue != b->overdue)
		return a->overdue > b->overdue;
	return on_time_rate(a) < on_time_rate(b);
}

static void line_row(struct http_request *req, struct html *h, const struct unit_line *l,
                     int year, bool total)
{
	int64_t done = l->early + l->on_time + l->late;
	html_raw(h, total ? "<tr class=\"total\"><th scope=\"row\">" : "<tr><th scope=\"row\">");
	if (!total)
		html_rawf(h, "<a href=\"/dossiers/units/%lld?year=%d\">", (long long)l->unit_id, year);
	html_txt(h, l->label);
	if (!total)
		html_raw(h, "</a>");
	const int64_t counts[] = { l->early, l->on_time, l->late };
	static const char *const labels[] = { N_("Early"), N_("On time"), N_("Late") };
	html_raw(h, "</th>");
	for (size_t i = 0; i < 3; i++) {
		cell(req, h, labels[i], true);
		html_txt(h, web_fmt_number(req, (double)counts[i], 0));
		html_raw(h, "</td>");
	}
	cell(req, h, N_("On-time rate"), true);
	html_txt(h, done ? web_fmt_percent(req, 100.0 * on_time_rate(l), 1)
	                 : "—");
	html_raw(h, "</td>");
	cell(req, h, N_("Overdue now"), true);
	if (l->overdue)
		html_raw(h, "<strong class=\"flag\">");
	html_txt(h, web_fmt_number(req, (double)l->overdue, 0));
	html_raw(h, l->overdue ? "</strong></td></tr>" : "</td></tr>");
}

/* The leader's subtree: the year's results and what is overdue now, by unit. */
/*
 * The reader's open dossiers overdue or due within three working days (as the
 * queue's page counts them), soonest first; false when they cannot be read.
 */
static bool due_within_three_days(struct http_request *req, cal_day today, struct dossier **out,
                                  size_t *n)
{
	struct calendar cal;
	cal_day soon = today;
	if (dossier_calendar(req->store, &req->arena, &cal) == STORE_OK)
		cal_deadline(&cal, today, 3, &soon);
	struct dossier_filter f = { .open_only = true, .due_by = dossier_day_text(&req->arena, soon),
	                            .limit = HOME_QUEUE_MAX };
	return dossier_queue(req->store, &req->arena, http_principal(req), &f, out, n) == STORE_OK;
}

/* Does WHO handle dossiers anywhere (the home's and the board's dossier parts)? */
static bool handles_dossiers(const struct principal *who)
{
	return who->authenticated && who->ngrants > 0
	       && policy_allows_somewhere(who, PERM_HANDLE_DOSSIERS);
}

static void leader_section(struct http_request *req, struct html *h, int64_t unit, cal_day today)
{
	int year;
	struct dossier_report_row *rows;
	size_t nrows;
	const char *today_text = dossier_day_text(&req->arena, today);
	struct dossier *late;
	size_t nlate;
	struct org_unit *sub;
	size_t nsub;
	if (dossier_default_year(req->store, &req->arena, &year) != STORE_OK
	    || dossier_report_of(req->store, &req->arena, year, BY_UNIT, unit, &rows, &nrows)
	       != STORE_OK
	    || !due_within_three_days(req, today, &late, &nlate)
	    || org_unit_subtree(req->store, unit, &req->arena, &sub, &nsub) != STORE_OK) {
		html_raw(h, "<p class=\"muted\">");
		html_txt(h, T(req, "The dossiers cannot be read just now."));
		html_raw(h, "</p>");
		return;
	}
	size_t cap = nrows + nlate + 1, n = 0;
	struct unit_line *v = arena_array(&req->arena, cap, sizeof *v);
	struct unit_line total = { .unit_id = unit, .label = dpage_unit_name(req, unit) };
	for (size_t i = 0; i < nrows; i++) {
		struct unit_line *l = line_of(req, v, &n, cap, strtoll(rows[i].key, NULL, 10),
		                              rows[i].label);
		l->early = rows[i].early;
		l->on_time = rows[i].on_time;
		l->late = rows[i].late;
		total.early += l->early;
		total.on_time += l->on_time;
		total.late += l->late;
	}
	int64_t due_soon = 0;
	for (size_t i = 0; i < nlate; i++) {
		/* Within the subtree only: a leader may hold grants elsewhere too. */
		size_t k;
		for (k = 0; k < nsub && sub[k].id != late[i].unit_id; k++)
			;
		if (k == nsub)
			continue;
		if (strcmp(late[i].due_day, today_text) >= 0) {
			due_soon++;
			continue;
		}
		struct unit_line *l = line_of(req, v, &n, cap, late[i].unit_id, NULL);
		l->overdue++;
		total.overdue++;
	}
	if (n == 0)
		return;
	for (size_t i = 1; i < n; i++)
		for (size_t k = i; k > 0 && worse(&v[k], &v[k - 1]); k--) {
			struct unit_line t = v[k];
			v[k] = v[k - 1];
			v[k - 1] = t;
		}
	html_raw(h, "<section aria-labelledby=\"home-dossier-results\">"
	            "<h2 id=\"home-dossier-results\">");
	web_txtf(h, T(req, "Dossiers of %s, %d"), total.label, year);
	html_raw(h, "</h2><p>");
	web_txtf(h, T(req, "In %d: %lld settled early, %lld on time, %lld late. Open now: %lld "
	                   "overdue, %lld due within 3 working days."),
	         year, (long long)total.early, (long long)total.on_time, (long long)total.late,
	         (long long)total.overdue, (long long)due_soon);
	html_raw(h, "</p><table class=\"dz summary dz-home-units\"><caption>");
	html_txt(h, T(req, "Units, most overdue and lowest on-time rate first"));
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Unit"), N_("Early"), N_("On time"), N_("Late"),
	               N_("On-time rate"), N_("Overdue now"));
	for (size_t i = 0; i < n && i < HOME_UNITS; i++)
		line_row(req, h, &v[i], year, false);
	if (n > 1)   /* one unit's line is the total already */
		line_row(req, h, &total, year, true);
	html_rawf(h, "</tbody></table><ul class=\"links\"><li><a href=\"/dossiers/report?year=%d\">",
	          year);
	html_txt(h, T(req, "On-time report"));
	html_raw(h, "</a></li><li><a href=\"/dossiers\">");
	html_txt(h, T(req, "All open dossiers"));
	html_raw(h, "</a></li></ul></section>");
}

void dpage_home(struct http_request *req, struct html *h)
{
	const struct principal *who = http_principal(req);
	if (!handles_dossiers(who))
		return;
	cal_day today = dossier_local_day(dossier_now());
	int64_t led = grant_unit(req, who, ROLE_BIT(ROLE_LEADER) | ROLE_BIT(ROLE_UNIT_HEAD));
	if (grant_unit(req, who, ROLE_BIT(ROLE_OFFICER)))
		desk_section(req, h, today);
	if (led)
		leader_section(req, h, led, today);
}

/*
 * The one-stop shop on a unit's page (/units/{id}), where leaders and the
 * supervisor look at a unit: its desks' open dossiers overdue and due within
 * three working days, unit by unit, worst first.  Counts only (the same
 * for anyone: no dossier, no applicant); nothing when there is nothing due.
 */
void dpage_unit_section(struct http_request *req, struct html *h, int64_t unit)
{
	struct org_unit *sub;
	size_t nsub;
	if (org_unit_subtree(req->store, unit, &req->arena, &sub, &nsub) != STORE_OK)
		return;
	cal_day today = dossier_local_day(dossier_now());
	struct unit_line *v = arena_array(&req->arena, nsub + 1, sizeof *v);
	size_t n = 0;
	int64_t overdue = 0, due_soon = 0;
	for (size_t i = 0; i < nsub; i++) {
		int64_t late, soon;
		if (dossier_due_counts(req->store, &req->arena, sub[i].id, today, 3, &late, &soon)
		    != STORE_OK)
			return;
		overdue += late;
		due_soon += soon;
		if (late || soon)
			v[n++] = (struct unit_line){ .unit_id = sub[i].id, .label = sub[i].name,
			                             .overdue = late, .due_soon = soon };
	}
	if (n == 0)
		return;
	/* Most overdue first, then most due soon. */
	for (size_t i = 1; i < n; i++)
		for (size_t k = i; k > 0 && (v[k].overdue > v[k - 1].overdue
		                             || (v[k].overdue == v[k - 1].overdue
		                                 && v[k].due_soon > v[k - 1].due_soon)); k--) {
			struct unit_line t = v[k];
			v[k] = v[k - 1];
			v[k - 1] = t;
		}
	html_raw(h, "<section aria-labelledby=\"unit-dossiers\"><h2 id=\"unit-dossiers\">");
	html_txt(h, T(req, "One-stop shop: dossiers due"));
	html_raw(h, "</h2><p>");
	web_txtf(h, T(req, "Open now: %lld overdue, %lld due within 3 working days."),
	         (long long)overdue, (long long)due_soon);
	html_raw(h, "</p><table class=\"dz summary\"><caption>");
	html_txt(h, T(req, "Desks with dossiers due, most overdue first"));
	html_raw(h, "</caption>");
	WEB_TABLE_HEAD(req, h, N_("Unit"), N_("Overdue now"), N_("Due within 3 working days"));
	for (size_t i = 0; i < n; i++) {
		html_rawf(h, "<tr><th scope=\"row\"><a href=\"/dossiers/units/%lld\">",
		          (long long)v[i].unit_id);
		html_txt(h, v[i].label);
		html_raw(h, "</a></th>");
		cell(req, h, N_("Overdue now"), true);
		if (v[i].overdue)
			html_raw(h, "<strong class=\"flag\">");
		html_txt(h, web_fmt_number(req, (double)v[i].overdue, 0));
		html_raw(h, v[i].overdue ? "</strong></td>" : "</td>");
		cell(req, h, N_("Due within 3 working days"), true);
		html_txt(h, web_fmt_number(req, (double)v[i].due_soon, 0));
		html_raw(h, "</td></tr>");
	}
	html_raw(h, "</tbody></table></section>");
}

/* The leaders' board: the reader's open dossiers overdue and due within three working days. */
void dpage_behind(struct http_request *req, struct html *h)
{
	if (!handles_dossiers(http_principal(req)))
		return;
	cal_day today = dossier_local_day(dossier_now());
	const char *today_text = dossier_day_text(&req->arena, today);
	struct dossier *d;
	size_t n;
	if (!due_within_three_days(req, today, &d, &n) || n == 0)
		return;
	size_t overdue = 0;
	for (size_t i = 0; i < n; i++)
		overdue += strcmp(d[i].due_day, today_text) < 0;
	html_raw(h, "<li class=\"behind-dossiers\"><a href=\"/dossiers\">");
	html_txt(h, T(req, "Dossiers"));
	html_raw(h, "</a>: ");
	web_txtf(h, T(req, "%zu overdue, %zu due within 3 working days."), overdue, n - overdue);
	html_raw(h, "</li>");
}
