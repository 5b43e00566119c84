/* task_import_service.c: see task_import.h. */
#include "task/task_import.h"

#include "org/org_store.h"
#include "task/task_store.h"

#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "store/store.h"
#include "task/task_service.h"
#include "text/vntext.h"
#include "util/arena.h"

/* ---- a string map in the arena (refs and codes to ids) ---- */

struct strmap {
	const char **keys;
	int64_t *vals;
	size_t cap, n;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static void map_init(struct strmap *m, struct arena *a, size_t expect)
{
	m->cap = 64;
	while (m->cap < 2 * expect + 16)
		m->cap *= 2;
	m->keys = arena_alloc(a, m->cap * sizeof *m->keys);
	m->vals = arena_alloc(a, m->cap * sizeof *m->vals);
	memset(m->keys, 0, m->cap * sizeof *m->keys);
	m->n = 0;
}

/* The slot of KEY: its own, or the empty one where it would go. */
static size_t map_slot(const struct strmap *m, const char *key)
{
	size_t i = hash(key) & (m->cap - 1);
	while (m->keys[i] && strcmp(m->keys[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	return i;
}

static bool map_get(const struct strmap *m, const char *key, int64_t *val)
{
	size_t i = map_slot(m, key);
	if (m->keys[i] == NULL)
		return false;
	*val = m->vals[i];
	return true;
}

/* Sets KEY (kept by pointer); the map is sized for every key the import may add. */
static void map_put(struct strmap *m, const char *key, int64_t val)
{
	size_t i = map_slot(m, key);
	if (m->keys[i] == NULL)
		m->n++;
	m->keys[i] = key;
	m->vals[i] = val;
}

/* ---- columns ---- */

struct columns {
	const char *const *names;
	size_t n;
	size_t required;            /* the first REQUIRED names must be present */
	long at[12];                /* the column index of each name; -1: absent */
};

/* Maps the header row; a missing required column is an issue at row 1. */
static bool map_header(const struct io_sheet *sheet, struct columns *c, struct arena *a,
                       struct io_issues *issues)
{
	for (size_t k = 0; k < c->n; k++)
		c->at[k] = -1;
	if (sheet->nrows == 0) {
		io_issue_add(issues, a, 1, NULL, "The file is empty: it needs a header row.");
		return false;
	}
	const struct io_row *h = &sheet->rows[0];
	for (size_t i = 0; i < h->ncells; i++) {
		char name[64];
		size_t n = 0;
		for (const char *p = h->cells[i].text; *p && n + 1 < sizeof name; p++)
			if (*p != ' ')
				name[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
		name[n] = '\0';
		for (size_t k = 0; k < c->n; k++)
			if (strcmp(name, c->names[k]) == 0 && c->at[k] < 0)
				c->at[k] = (long)h->cells[i].col;
	}
	bool ok = true;
	for (size_t k = 0; k < c->required; k++)
		if (c->at[k] < 0) {
			io_issue_add(issues, a, 1, c->names[k],
			             arena_printf(a, "The column \"%s\" is missing.", c->names[k]));
			ok = false;
		}
	return ok;
}

/* Column K of R, trimmed; NULL when empty or absent. */
static const char *cell(const struct io_row *r, const struct columns *c, size_t k,
                        struct arena *a)
{
	if (c->at[k] < 0)
		return NULL;
	const char *s = io_row_cell(r, (size_t)c->at[k]);
	if (s == NULL)
		return NULL;
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return n ? arena_strndup(a, s, n) : NULL;
}

/* NFC copy (NULL stays NULL); false when not UTF-8. */
static bool nfc(const char **s, struct arena *a)
{
	if (*s == NULL)
		return true;
	char *n = vn_nfc(*s);
	if (n == NULL)
		return false;
	*s = arena_strdup(a, n);
	free(n);
	return true;
}

static void progress_to(task_import_progress fn, void *ctx, const char *stage, size_t done,
                        size_t total)
{
	if (fn)
		fn(ctx, stage, done, total);
}

/* Unit CODE's id through the cache, 0 when there is none; -1 on a storage error. */
static int64_t unit_id_of(struct store *st, struct arena *a, struct strmap *units,
                          const char *code)
{
	int64_t id;
	if (map_get(units, code, &id))
		return id;
	struct org_unit u;
	enum store_status s = org_store.unit_get_by_code(st, code, a, &u);
	if (s != STORE_OK && s != STORE_NOT_FOUND)
		return -1;
	id = s == STORE_OK ? u.id : 0;
	map_put(units, code, id);
	return id;
}

static int64_t person_id_of(struct store *st, struct arena *a, struct strmap *people,
                            const char *ref)
{
	int64_t id;
	if (map_get(people, ref, &id))
		return id;
	struct org_person p;
	enum store_status s = org_store.person_get_by_ref(st, ref, a, &p);
	if (s != STORE_OK && s != STORE_NOT_FOUND)
		return -1;
	id = s == STORE_OK ? p.id : 0;
	map_put(people, ref, id);
	return id;
}

/* May WHO import into UNIT?  Asked once per unit. */
static bool may_import(struct store *st, struct arena *a, const struct principal *who,
                       struct strmap *asked, const char *code, int64_t unit)
{
	int64_t v;
	if (map_get(asked, code, &v))
		return v != 0;
	bool ok = org_allows(st, a, who, PERM_IMPORT_TASKS, unit);
	map_put(asked, code, ok);
	return ok;
}

/* ---- people ---- */

static const char *const people_cols[] = { "ref", "unit_code", "full_name", "title" };

struct person_row {
	const char *ref, *full_name, *title;
	int64_t unit_id, existing;
};

static bool copy_person(void *ctx, struct org_person *p, struct arena *a, struct org_error *err)
{
	(void)a, (void)err;
	const struct person_row *r = ctx;
	p->full_name = r->full_name;
	p->title = r->title ? r->title : "";
	p->unit_id = r->unit_id;
	return true;
}

struct people_job {
	struct arena *a;
	const struct principal *who;
	const struct io_sheet *sheet;
	struct task_import_result *out;
	task_import_progress progress;
	void *pctx;
};

static enum org_result import_people(struct store *st, void *p)
{
	struct people_job *j = p;
	struct arena *a = j->a;
	struct io_issues *iss = &j->out->issues;
	j->out->created = j->out->updated = 0;
	iss->n = 0;
	struct columns c = { people_cols, 4, 3, { 0 } };
	if (!map_header(j->sheet, &c, a, iss))
		return ORG_INVALID;
	size_t n = j->sheet->nrows - 1;
	struct person_row *rows = arena_alloc(a, (n + 1) * sizeof *rows);
	struct strmap units, seen, asked, people;
	map_init(&units, a, n);
	map_init(&seen, a, n);
	map_init(&asked, a, n);
	map_init(&people, a, n);
	for (size_t i = 0; i < n; i++) {
		const struct io_row *r = &j->sheet->rows[i + 1];
		struct person_row *pr = &rows[i];
		memset(pr, 0, sizeof *pr);
		pr->ref = cell(r, &c, 0, a);
		const char *code = cell(r, &c, 1, a);
		pr->full_name = cell(r, &c, 2, a);
		pr->title = cell(r, &c, 3, a);
		if (!nfc(&pr->ref, a) || !nfc(&pr->full_name, a) || !nfc(&pr->title, a)) {
			io_issue_add(iss, a, r->row_no, NULL, "The text is not valid UTF-8.");
			continue;
		}
		int64_t first;
		if (pr->ref == NULL)
			io_issue_add(iss, a, r->row_no, "ref", "The reference is missing.");
		else if (strlen(pr->ref) > TASK_REF_MAX)
			io_issue_add(iss, a, r->row_no, "ref", "A reference has at most 64 bytes.");
		else if (map_get(&seen, pr->ref, &first))
			io_issue_add(iss, a, r->row_no, "ref",
			             arena_printf(a, "Row %lld has the same reference.", (long long)first));
		else
			map_put(&seen, pr->ref, r->row_no);
		if (pr->full_name == NULL)
			io_issue_add(iss, a, r->row_no, "full_name", "The name is missing.");
		else if (strlen(pr->full_name) > ORG_NAME_MAX)
			io_issue_add(iss, a, r->row_no, "full_name", "The name is longer than 256 bytes.");
		if (pr->title && strlen(pr->title) > ORG_NAME_MAX)
			io_issue_add(iss, a, r->row_no, "title", "The title is longer than 256 bytes.");
		if (code == NULL) {
			io_issue_add(iss, a, r->row_no, "unit_code", "The unit code is missing.");
			continue;
		}
		if ((pr->unit_id = unit_id_of(st, a, &units, code)) < 0)
			return ORG_FAILED;
		if (pr->unit_id == 0)
			io_issue_add(iss, a, r->row_no, "unit_code",
			             arena_printf(a, "No unit has the code \"%s\".", code));
		else if (!may_import(st, a, j->who, &asked, code, pr->unit_id))
			io_issue_add(iss, a, r->row_no, "unit_code",
			             "Your roles do not allow importing into this unit.");
		if (pr->ref && (pr->existing = person_id_of(st, a, &people, pr->ref)) < 0)
			return ORG_FAILED;
	}
	if (n == 0)
		io_issue_add(iss, a, 2, NULL, "The file has a header but no rows.");
	if (iss->n)
		return ORG_INVALID;
	for (size_t i = 0; i < n; i++) {
		struct org_person out;
		struct org_error err = { 0 };
		enum org_result r = org_person_save_in(st, a, j->who, rows[i].existing, copy_person,
		                                       &rows[i], &out, &err);
		if (r == ORG_INVALID) {
			io_issue_add(iss, a, j->sheet->rows[i + 1].row_no, err.field, err.detail);
			continue;
		}
		if (r != ORG_OK)
			return r;
		if (rows[i].existing) {
			j->out->updated++;
		} else {
			enum store_status s = org_store.person_set_ref(st, out.id, rows[i].ref);
			if (s != STORE_OK)
				return org_from_store(s);
			j->out->created++;
		}
		if (i % 256 == 0)
			progress_to(j->progress, j->pctx, "writing", i, n);
	}
	return iss->n ? ORG_INVALID : ORG_OK;
}

/* ---- tasks ---- */

static const char *const task_cols[] = {
	"ref", "unit_code", "title", "assignee", "leader", "due_date",
	"status", "start_date", "completed_on", "progress", "priority", "description",
};

/* A whole number 0-100 ("40"; "40.0" as spreadsheets write numbers). */
static bool parse_percent(const char *s, int64_t *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (end == s)
		return false;
	if (*end == '.')
		for (end++; *end == '0'; end++)
			;
	if (*end != '\0' || v < 0 || v > 100)
		return false;
	*out = v;
	return true;
}

static bool parse_day(const char *s, cal_day *d)
{
	*d = 0;
	return s == NULL || cal_parse_iso(s, d);
}

struct tasks_job {
	struct arena *a;
	const struct principal *who;
	const struct io_sheet *sheet;
	struct task_import_result *out;
	task_import_progress progress;
	void *pctx;
};

static enum org_result import_tasks(struct store *st, void *p)
{
	struct tasks_job *j = p;
	struct arena *a = j->a;
	struct io_issues *iss = &j->out->issues;
	j->out->created = j->out->updated = 0;
	iss->n = 0;
	struct columns c = { task_cols, 12, 6, { 0 } };
	if (!map_header(j->sheet, &c, a, iss))
		return ORG_INVALID;
	size_t n = j->sheet->nrows - 1;
	struct task *ts = arena_alloc(a, (n + 1) * sizeof *ts);
	struct strmap units, people, seen, asked, taken;
	/* Sized for the worst file: every row naming a unit and two people of its own. */
	map_init(&units, a, n);
	map_init(&people, a, 2 * n);
	map_init(&asked, a, n);
	map_init(&seen, a, n);
	const char **refs;
	size_t nrefs;
	enum store_status s = task_store.task_refs(st, a, &refs, &nrefs);
	if (s != STORE_OK)
		return org_from_store(s);
	map_init(&taken, a, nrefs);
	for (size_t i = 0; i < nrefs; i++)
		map_put(&taken, refs[i], 1);
	const struct calendar *cal = task_calendar(st, a);
	size_t good = 0;
	for (size_t i = 0; i < n; i++) {
		const struct io_row *r = &j->sheet->rows[i + 1];
		int row = r->row_no;
		if (i % 1000 == 0)
			progress_to(j->progress, j->pctx, "checking", i, n);
		struct task t = { .priority = TASK_PRIO_NORMAL, .source = TASK_SRC_PLAN,
		                  .description = "" };
		t.ref = cell(r, &c, 0, a);
		const char *code = cell(r, &c, 1, a), *assignee = cell(r, &c, 3, a),
		           *leader = cell(r, &c, 4, a), *due = cell(r, &c, 5, a),
		           *status = cell(r, &c, 6, a), *start = cell(r, &c, 7, a),
		           *completed = cell(r, &c, 8, a), *progress = cell(r, &c, 9, a),
		           *priority = cell(r, &c, 10, a), *description = cell(r, &c, 11, a);
		t.title = cell(r, &c, 2, a);
		if (description)
			t.description = description;
		size_t before = iss->n;
		if (!nfc(&t.ref, a) || !nfc(&t.title, a) || !nfc(&t.description, a)) {
			io_issue_add(iss, a, row, NULL, "The text is not valid UTF-8.");
			continue;
		}
		int64_t first;
		if (t.ref) {
			if (strlen(t.ref) > TASK_REF_MAX)
				io_issue_add(iss, a, row, "ref", "A reference has at most 64 bytes.");
			else if (map_get(&seen, t.ref, &first))
				io_issue_add(iss, a, row, "ref",
				             arena_printf(a, "Row %lld has the same reference.",
				                          (long long)first));
			else if (map_get(&taken, t.ref, &first))
				io_issue_add(iss, a, row, "ref", "A task with this reference exists already.");
			else
				map_put(&seen, t.ref, row);
		}
		if (t.title == NULL)
			io_issue_add(iss, a, row, "title", "The title is missing.");
		/* The seed's rule, row by row: each of these is named when missing. */
		if (code == NULL)
			io_issue_add(iss, a, row, "unit_code", "The unit is missing.");
		if (assignee == NULL)
			io_issue_add(iss, a, row, "assignee", "The person assigned is missing.");
		if (leader == NULL)
			io_issue_add(iss, a, row, "leader", "The leader responsible is missing.");
		if (due == NULL)
			io_issue_add(iss, a, row, "due_date", "The deadline is missing.");
		else if (!parse_day(due, &t.due_day))
			io_issue_add(iss, a, row, "due_date", "The deadline is not a date YYYY-MM-DD.");
		if (!parse_day(start, &t.start_day))
			io_issue_add(iss, a, row, "start_date", "The start is not a date YYYY-MM-DD.");
		if (!parse_day(completed, &t.completed_day))
			io_issue_add(iss, a, row, "completed_on",
			             "The completion date is not a date YYYY-MM-DD.");
		int64_t prog = -1;
		if (progress && !parse_percent(progress, &prog))
			io_issue_add(iss, a, row, "progress", "Progress is a whole number from 0 to 100.");
		bool done = status && strcmp(status, "done") == 0;
		if (status && !done && strcmp(status, "new") != 0 && strcmp(status, "in_progress") != 0)
			io_issue_add(iss, a, row, "status", "The status is new, in_progress or done.");
		if (done && t.completed_day == 0 && completed == NULL)
			io_issue_add(iss, a, row, "completed_on", "A task done needs its completion date.");
		if (priority) {
			int pr = task_priority_parse(priority);
			if (pr < 0)
				io_issue_add(iss, a, row, "priority", "Use low, normal, high or urgent.");
			else
				t.priority = (enum task_priority)pr;
		}
		if (code && (t.unit_id = unit_id_of(st, a, &units, code)) < 0)
			return ORG_FAILED;
		if (code && t.unit_id == 0)
			io_issue_add(iss, a, row, "unit_code",
			             arena_printf(a, "No unit has the code \"%s\".", code));
		else if (code && !may_import(st, a, j->who, &asked, code, t.unit_id))
			io_issue_add(iss, a, row, "unit_code",
			             "Your roles do not allow importing into this unit.");
		if (assignee && (t.assignee_id = person_id_of(st, a, &people, assignee)) < 0)
			return ORG_FAILED;
		if (assignee && t.assignee_id == 0)
			io_issue_add(iss, a, row, "assignee",
			             arena_printf(a, "No person has the reference \"%s\".", assignee));
		if (leader && (t.leader_id = person_id_of(st, a, &people, leader)) < 0)
			return ORG_FAILED;
		if (leader && t.leader_id == 0)
			io_issue_add(iss, a, row, "leader",
			             arena_printf(a, "No person has the reference \"%s\".", leader));
		if (iss->n != before)
			continue;
		t.progress = prog >= 0 ? (int)prog : t.completed_day ? 100 : 0;
		t.progress_day = t.completed_day;
		const char *field, *detail;
		if (!task_check(&t, &field, &detail)) {
			io_issue_add(iss, a, row, field, detail);
			continue;
		}
		size_t klen;
		unsigned char *k = vn_sort_key(t.title, &klen);
		if (k == NULL)
			return ORG_FAILED;
		t.sort_key = arena_memdup(a, k, klen);
		t.sort_key_len = klen;
		free(k);
		task_set_first_deadline(&t, cal);
		ts[good++] = t;
	}
	progress_to(j->progress, j->pctx, "checking", n, n);
	if (n == 0)
		io_issue_add(iss, a, 2, NULL, "The file has a header but no rows.");
	if (iss->n)
		return ORG_INVALID;
	progress_to(j->progress, j->pctx, "writing", 0, good);
	s = task_store.task_insert_many(st, ts, good);
	if (s == STORE_CONFLICT) {
		io_issue_add(iss, a, 1, "ref", "A reference was taken while the file was being read.");
		return ORG_CONFLICT;
	}
	if (s != STORE_OK)
		return org_from_store(s);
	int64_t *ids = arena_alloc(a, (good + 1) * sizeof *ids);
	const char **after = arena_alloc(a, (good + 1) * sizeof *after);
	for (size_t i = 0; i < good; i++) {
		ids[i] = ts[i].id;
		if ((after[i] = task_audit_text(&ts[i], a)) == NULL)
			return ORG_FAILED;
	}
	s = audit_record_created(st, &j->who->actor, "import", "task", ids, after, good, a);
	if (s != STORE_OK)
		return org_from_store(s);
	j->out->created = good;
	progress_to(j->progress, j->pctx, "writing", good, good);
	return ORG_OK;
}

void task_import(struct store *st, struct arena *a, const struct principal *who,
                 enum task_import_kind kind, const char *data, size_t len, bool xlsx,
                 task_import_progress progress, void *pctx, struct task_import_result *out)
{
	memset(out, 0, sizeof *out);
	progress_to(progress, pctx, "reading", 0, len);
	struct io_sheet sheet;
	bool read = xlsx ? target_io_read_xlsx(data, len, a, &sheet, &out->read_error)
	                 : target_io_read_csv(data ? data : "", len, a, &sheet, &out->read_error);
	if (!read) {
		out->read_failed = true;
		io_issue_add(&out->issues, a, out->read_error.row ? out->read_error.row : 1, NULL,
		             out->read_error.detail);
		out->result = ORG_INVALID;
		return;
	}
	progress_to(progress, pctx, "reading", len, len);
	if (kind == TASK_IMPORT_PEOPLE) {
		struct people_job j = { a, who, &sheet, out, progress, pctx };
		out->result = org_in_transaction(st, import_people, &j);
	} else {
		struct tasks_job j = { a, who, &sheet, out, progress, pctx };
		out->result = org_in_transaction(st, import_tasks, &j);
	}
}
