/*
 * task_json.c: plans, tasks, progress reports, deadline changes and
 * supervisions as JSON: the API's objects (jansson), the lists' rows
 * written straight into a buffer (task_json_write, byte for byte the same
 * as the objects), and the text the audit trail keeps of a task.
 */
#include "task/task_service.h"

#include <stdlib.h>
#include <string.h>

#include "calendar/calendar_service.h"
#include "http/html.h"
#include "util/arena.h"

json_t *task_day_json(cal_day d)
{
	return calendar_date_json(d);
}

static json_t *text_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *id_or_null(int64_t id)
{
	return id ? json_integer(id) : json_null();
}

json_t *task_json(const struct task *t, cal_day today, const struct calendar *c)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(t->id));
	json_object_set_new(o, "ref", text_or_null(t->ref));
	json_object_set_new(o, "plan_id", id_or_null(t->plan_id));
	json_object_set_new(o, "unit_id", json_integer(t->unit_id));
	json_t *units = json_array();
	json_array_append_new(units, json_integer(t->unit_id));
	for (size_t i = 0; i < t->nco_units; i++)
		json_array_append_new(units, json_integer(t->co_unit_ids[i]));
	json_object_set_new(o, "unit_ids", units);
	json_object_set_new(o, "title", json_string(t->title));
	json_object_set_new(o, "description", json_string(t->description ? t->description : ""));
	json_object_set_new(o, "assignee_id", json_integer(t->assignee_id));
	json_object_set_new(o, "leader_id", json_integer(t->leader_id));
	json_object_set_new(o, "priority", json_string(task_priority_name(t->priority)));
	json_object_set_new(o, "source", json_string(task_source_name(t->source)));
	json_object_set_new(o, "finding_id", id_or_null(t->finding_id));
	json_object_set_new(o, "start_date", task_day_json(t->start_day));
	json_object_set_new(o, "due_date", task_day_json(t->due_day));
	json_object_set_new(o, "original_due_date", task_day_json(t->original_day));
	json_object_set_new(o, "judged_due_date", task_day_json(t->judged_day));
	json_object_set_new(o, "progress", json_integer(t->progress));
	json_object_set_new(o, "completed_on", task_day_json(t->completed_day));
	json_object_set_new(o, "last_progress_on", task_day_json(t->progress_day));
	if (today) {
		json_object_set_new(o, "status", json_string(task_status_name(task_status_of(t, today))));
		json_object_set_new(o, "working_days_late",
		                    json_integer(task_working_days_late(c, t, today)));
	}
	if (t->unit_name)
		json_object_set_new(o, "unit_name", json_string(t->unit_name));
	if (t->assignee_name)
		json_object_set_new(o, "assignee_name", json_string(t->assignee_name));
	if (t->leader_name)
		json_object_set_new(o, "leader_name", json_string(t->leader_name));
	return o;
}

/* ---- the lists' JSON, written straight into a buffer ---- */

/* S as a JSON string (NULL: null); S is UTF-8 (the service stores NFC text). */
static void jw_str(struct html *h, const char *s)
{
	if (s == NULL) {
		html_raw_n(h, "null", 4);
		return;
	}
	/* jansson's escapes exactly (task_audit_text must give its bytes). */
	static const char hex[] = "0123456789ABCDEF";
	html_raw_n(h, "\"", 1);
	const char *run = s;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		html_raw_n(h, run, (size_t)(p - run));
		char esc[6] = { '\\', (char)c, 0, 0, 0, 0 };
		size_t n = 2;
		if (c == '\n')
			esc[1] = 'n';
		else if (c == '\t')
			esc[1] = 't';
		else if (c == '\r')
			esc[1] = 'r';
		else if (c == '\b')
			esc[1] = 'b';
		else if (c == '\f')
			esc[1] = 'f';
		else if (c < 0x20) {
			esc[1] = 'u', esc[2] = '0', esc[3] = '0', esc[4] = hex[c >> 4], esc[5] = hex[c & 15];
			n = 6;
		}
		html_raw_n(h, esc, n);
		run = p + 1;
	}
	html_raw(h, run);
	html_raw_n(h, "\"", 1);
}

static void jw_day(struct html *h, cal_day d)
{
	if (d == 0) {
		html_raw_n(h, "null", 4);
		return;
	}
	char buf[13];
	buf[0] = '"';
	cal_format_iso(d, buf + 1);
	buf[11] = '"';
	html_raw_n(h, buf, 12);
}

static void jw_id(struct html *h, int64_t id)
{
	if (id)
		html_rawf(h, "%lld", (long long)id);
	else
		html_raw_n(h, "null", 4);
}

void task_json_write(struct html *h, const struct task *t, cal_day today,
                     const struct calendar *c)
{
	html_rawf(h, "{\"id\":%lld,\"ref\":", (long long)t->id);
	jw_str(h, t->ref);
	html_raw(h, ",\"plan_id\":");
	jw_id(h, t->plan_id);
	html_rawf(h, ",\"unit_id\":%lld,\"unit_ids\":[%lld", (long long)t->unit_id,
	          (long long)t->unit_id);
	for (size_t i = 0; i < t->nco_units; i++)
		html_rawf(h, ",%lld", (long long)t->co_unit_ids[i]);
	html_raw(h, "],\"title\":");
	jw_str(h, t->title);
	html_raw(h, ",\"description\":");
	jw_str(h, t->description ? t->description : "");
	html_rawf(h, ",\"assignee_id\":%lld,\"leader_id\":%lld,\"priority\":\"%s\",\"source\":\"%s\","
	             "\"finding_id\":", (long long)t->assignee_id, (long long)t->leader_id,
	          task_priority_name(t->priority), task_source_name(t->source));
	jw_id(h, t->finding_id);
	const char *const day_keys[] = { "start_date", "due_date", "original_due_date",
	                                 "judged_due_date" };
	const cal_day days[] = { t->start_day, t->due_day, t->original_day, t->judged_day };
	for (size_t i = 0; i < 4; i++) {
		html_rawf(h, ",\"%s\":", day_keys[i]);
		jw_day(h, days[i]);
	}
	html_rawf(h, ",\"progress\":%d,\"completed_on\":", t->progress);
	jw_day(h, t->completed_day);
	html_raw(h, ",\"last_progress_on\":");
	jw_day(h, t->progress_day);
	if (today)
		html_rawf(h, ",\"status\":\"%s\",\"working_days_late\":%ld",
		          task_status_name(task_status_of(t, today)), task_working_days_late(c, t, today));
	const char *const name_keys[] = { "unit_name", "assignee_name", "leader_name" };
	const char *const names[] = { t->unit_name, t->assignee_name, t->leader_name };
	for (size_t i = 0; i < 3; i++)
		if (names[i]) {
			html_rawf(h, ",\"%s\":", name_keys[i]);
			jw_str(h, names[i]);
		}
	html_raw_n(h, "}", 1);
}

/* V in decimal, without printf's parsing: an import writes 200,000 of them. */
static void jw_int(struct html *h, int64_t v)
{
	char buf[24], *p = buf + sizeof buf;
	uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	html_raw_n(h, p, (size_t)(buf + sizeof buf - p));
}

static void jw_key(struct html *h, const char *key, bool first)
{
	if (!first)
		html_raw_n(h, ",", 1);
	html_raw_n(h, "\"", 1);
	html_raw(h, key);
	html_raw_n(h, "\":", 2);
}

static void jw_id_or_null(struct html *h, int64_t id)
{
	if (id)
		jw_int(h, id);
	else
		html_raw_n(h, "null", 4);
}

char *task_audit_text(const struct task *t, struct arena *a)
{
	/* Keys in strcmp order, as JSON_SORT_KEYS puts them. */
	struct html h = { 0 };
	html_raw_n(&h, "{", 1);
	jw_key(&h, "assignee_id", true);
	jw_int(&h, t->assignee_id);
	if (t->assignee_name) {
		jw_key(&h, "assignee_name", false);
		jw_str(&h, t->assignee_name);
	}
	jw_key(&h, "completed_on", false);
	jw_day(&h, t->completed_day);
	jw_key(&h, "description", false);
	jw_str(&h, t->description ? t->description : "");
	jw_key(&h, "due_date", false);
	jw_day(&h, t->due_day);
	jw_key(&h, "finding_id", false);
	jw_id_or_null(&h, t->finding_id);
	jw_key(&h, "id", false);
	jw_int(&h, t->id);
	jw_key(&h, "judged_due_date", false);
	jw_day(&h, t->judged_day);
	jw_key(&h, "last_progress_on", false);
	jw_day(&h, t->progress_day);
	jw_key(&h, "leader_id", false);
	jw_int(&h, t->leader_id);
	if (t->leader_name) {
		jw_key(&h, "leader_name", false);
		jw_str(&h, t->leader_name);
	}
	jw_key(&h, "original_due_date", false);
	jw_day(&h, t->original_day);
	jw_key(&h, "plan_id", false);
	jw_id_or_null(&h, t->plan_id);
	jw_key(&h, "priority", false);
	jw_str(&h, task_priority_name(t->priority));
	jw_key(&h, "progress", false);
	jw_int(&h, t->progress);
	jw_key(&h, "ref", false);
	jw_str(&h, t->ref);
	jw_key(&h, "source", false);
	jw_str(&h, task_source_name(t->source));
	jw_key(&h, "start_date", false);
	jw_day(&h, t->start_day);
	jw_key(&h, "title", false);
	jw_str(&h, t->title);
	jw_key(&h, "unit_id", false);
	jw_int(&h, t->unit_id);
	jw_key(&h, "unit_ids", false);
	html_raw_n(&h, "[", 1);
	jw_int(&h, t->unit_id);
	for (size_t i = 0; i < t->nco_units; i++) {
		html_raw_n(&h, ",", 1);
		jw_int(&h, t->co_unit_ids[i]);
	}
	html_raw_n(&h, "]", 1);
	if (t->unit_name) {
		jw_key(&h, "unit_name", false);
		jw_str(&h, t->unit_name);
	}
	html_raw_n(&h, "}", 1);
	size_t len;
	char *text = html_take(&h, &len);
	if (text == NULL)
		return NULL;
	char *out = arena_memdup(a, text, len + 1);
	free(text);
	return out;
}

json_t *task_update_json(const struct task_update *u)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(u->id));
	json_object_set_new(o, "task_id", json_integer(u->task_id));
	json_object_set_new(o, "date", task_day_json(u->day));
	json_object_set_new(o, "progress", json_integer(u->progress));
	json_object_set_new(o, "note", text_or_null(u->note));
	json_object_set_new(o, "attachment", text_or_null(u->attachment));
	json_object_set_new(o, "reporter", json_string(u->reporter ? u->reporter : ""));
	json_object_set_new(o, "reported_at", json_integer(u->reported_at));
	return o;
}

json_t *task_change_json(const struct task_deadline_change *c)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(c->id));
	json_object_set_new(o, "old_due_date", task_day_json(c->old_day));
	json_object_set_new(o, "new_due_date", task_day_json(c->new_day));
	json_object_set_new(o, "reason", json_string(c->reason ? c->reason : ""));
	json_object_set_new(o, "approved", json_boolean(c->approved));
	json_object_set_new(o, "changed_by", json_string(c->changed_by ? c->changed_by : ""));
	json_object_set_new(o, "approved_by", text_or_null(c->approved_by));
	json_object_set_new(o, "changed_at", json_integer(c->changed_at));
	return o;
}

json_t *plan_json(const struct plan *p)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(p->id));
	json_object_set_new(o, "unit_id", json_integer(p->unit_id));
	json_object_set_new(o, "year", json_integer(p->year));
	json_object_set_new(o, "title", json_string(p->title));
	json_object_set_new(o, "description", json_string(p->description ? p->description : ""));
	json_object_set_new(o, "leader_id", json_integer(p->leader_id));
	json_object_set_new(o, "due_date", task_day_json(p->due_day));
	json_t *targets = json_array();
	for (size_t i = 0; i < p->ntargets; i++)
		json_array_append_new(targets, json_integer(p->target_ids[i]));
	json_object_set_new(o, "target_ids", targets);
	return o;
}

json_t *supervision_json(const struct supervision *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(s->id));
	json_object_set_new(o, "unit_id", json_integer(s->unit_id));
	json_object_set_new(o, "title", json_string(s->title));
	json_object_set_new(o, "from_date", task_day_json(s->from_day));
	json_object_set_new(o, "to_date", task_day_json(s->to_day));
	json_object_set_new(o, "members", json_string(s->members ? s->members : ""));
	json_object_set_new(o, "conclusions", json_string(s->conclusions ? s->conclusions : ""));
	return o;
}

json_t *supervision_finding_json(const struct supervision_finding *f)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(f->id));
	json_object_set_new(o, "supervision_id", json_integer(f->supervision_id));
	json_object_set_new(o, "text", json_string(f->text));
	json_object_set_new(o, "recorded_by", json_string(f->recorded_by ? f->recorded_by : ""));
	json_object_set_new(o, "recorded_at", json_integer(f->recorded_at));
	return o;
}
