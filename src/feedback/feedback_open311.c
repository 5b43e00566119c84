/*
 * feedback_open311.c: Open311 GeoReport v2 (docs/FEEDBACK.md), another
 * door into the same queue as the web form.
 *
 *   GET  /open311/v2/discovery.{json,xml}
 *   GET  /open311/v2/services.{json,xml}           the categories
 *   GET  /open311/v2/services/{code}.{json,xml}    their one attribute: the ward
 *   GET  /open311/v2/requests.{json,xml}           published reports, the spec's filters
 *   POST /open311/v2/requests.{json,xml}           a new report, with an api_key
 *   GET  /open311/v2/requests/{id}.{json,xml}
 *   GET  /open311/v2/tokens/{token}.{json,xml}
 *
 * Each answer is built once as JSON (jansson) and written as XML by one
 * converter with the element names the spec gives, so the two formats
 * cannot drift apart.  Errors are the spec's list of {code, description}
 * with the same HTTP status.  What the public must not see stays out as
 * on the web: contact details never; the text, place and photos of a
 * report only once it is published (before that a request shows its
 * status and dates only).
 */
#include "feedback/feedback_handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feedback/feedback_service.h"
#include "http/cache.h"
#include "http/reply.h"
#include "http/server.h"
#include "org/org_service.h"
#include "store/store.h"
#include "util/arena.h"

enum o311_format { O311_JSON, O311_XML };

enum { O311_DEFAULT_DAYS = 90, O311_MAX_RESULTS = 1000 };

/* The jurisdiction this endpoint answers for (DIEUHANH_OPEN311_JURISDICTION, "dieuhanh"). */
static const char *jurisdiction(void)
{
	const char *j = getenv("DIEUHANH_OPEN311_JURISDICTION");
	return j && *j ? j : "dieuhanh";
}

/* ---- XML from the JSON answer ------------------------------------------ */

struct xbuf {
	char *p;
	size_t len, cap;
};

static void xput(struct xbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *np = realloc(b->p, cap);
		if (np == NULL)
			abort();
		b->p = np;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void xs(struct xbuf *b, const char *s)
{
	xput(b, s, strlen(s));
}

/* Text escaped for XML 1.0; control characters it cannot carry are dropped. */
static void xtext(struct xbuf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '&': xs(b, "&amp;"); break;
		case '<': xs(b, "&lt;"); break;
		case '>': xs(b, "&gt;"); break;
		case '"': xs(b, "&quot;"); break;
		case '\'': xs(b, "&apos;"); break;
		default:
			if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
				xput(b, s, 1);
		}
	}
}

/* The element name for the items of an array named NAME. */
static const char *item_name(const char *name)
{
	static const char *const pairs[][2] = {
		{ "services", "service" }, { "service_requests", "request" }, { "errors", "error" },
		{ "attributes", "attribute" }, { "values", "value" }, { "endpoints", "endpoint" },
		{ "formats", "format" },
	};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (strcmp(pairs[i][0], name) == 0)
			return pairs[i][1];
	return "item";
}

static void xml_value(struct xbuf *b, const char *name, const json_t *v)
{
	xs(b, "<");
	xs(b, name);
	xs(b, ">");
	char num[64];
	switch (json_typeof(v)) {
	case JSON_OBJECT: {
		const char *k;
		json_t *m;
		json_object_foreach((json_t *)(uintptr_t)v, k, m)
			xml_value(b, k, m);
		break;
	}
	case JSON_ARRAY: {
		size_t i;
		json_t *m;
		const char *item = item_name(name);
		json_array_foreach(v, i, m)
			xml_value(b, item, m);
		break;
	}
	case JSON_STRING:
		xtext(b, json_string_value(v));
		break;
	case JSON_INTEGER:
		snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		xs(b, num);
		break;
	case JSON_REAL:
		snprintf(num, sizeof num, "%.7g", json_real_value(v));
		xs(b, num);
		break;
	case JSON_TRUE:
		xs(b, "true");
		break;
	case JSON_FALSE:
		xs(b, "false");
		break;
	case JSON_NULL:
		break;
	}
	xs(b, "</");
	xs(b, name);
	xs(b, ">");
}

static const char *o311_type(enum o311_format format)
{
	return format == O311_JSON ? "application/json" : "text/xml; charset=utf-8";
}

/* BODY (taken) as the bytes of FORMAT (malloc'd, *LEN of them); NULL when out of memory. */
static char *o311_render(enum o311_format format, const char *root, json_t *body, size_t *len)
{
	if (format == O311_JSON) {
		char *text = json_dumps(body, JSON_COMPACT | JSON_ENCODE_ANY);
		json_decref(body);
		*len = text ? strlen(text) : 0;
		return text;
	}
	struct xbuf b = { 0 };
	xs(&b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>");
	xml_value(&b, root, body);
	json_decref(body);
	*len = b.len;
	return b.p;
}

/* Replies BODY (taken) in FORMAT; ROOT names the XML document's element. */
static void o311_reply(struct http_request *req, enum o311_format format, unsigned int status,
                       const char *root, json_t *body)
{
	if (format == O311_JSON) {
		reply_json(req, status, body);
		return;
	}
	struct xbuf b = { 0 };
	xs(&b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>");
	xml_value(&b, root, body);
	json_decref(body);
	reply_bytes(req, status, b.p, b.len, "text/xml; charset=utf-8");
}

static void o311_error(struct http_request *req, enum o311_format format, unsigned int status,
                       const char *description)
{
	o311_reply(req, format, status, "errors",
	           json_pack("[{s:i, s:s}]", "code", (int)status, "description", description));
}

/*
 * Splits "requests.json" into the stem and the format; false after
 * replying 404 (an unknown format is answered in JSON).
 */
static bool split_format(struct http_request *req, const char *param, const char **stem,
                         enum o311_format *format)
{
	const char *s = http_param(req, param);
	const char *dot = s ? strrchr(s, '.') : NULL;
	*format = O311_JSON;
	if (dot == NULL || (strcmp(dot, ".json") != 0 && strcmp(dot, ".xml") != 0)) {
		o311_error(req, O311_JSON, 404, "Unknown format: ask for .json or .xml.");
		return false;
	}
	*format = strcmp(dot, ".xml") == 0 ? O311_XML : O311_JSON;
	*stem = arena_strndup(&req->arena, s, (size_t)(dot - s));
	const char *j = req->method == HTTP_POST ? http_form(req, "jurisdiction_id")
	                                         : http_query(req, "jurisdiction_id");
	if (j == NULL)
		j = http_query(req, "jurisdiction_id");
	if (j && *j && strcmp(j, jurisdiction()) != 0) {
		o311_error(req, *format, 404, "jurisdiction_id not found.");
		return false;
	}
	return true;
}

/* ---- dates --------------------------------------------------------------- */

/* Unix time T as ISO 8601 in Ho Chi Minh City's offset. */
static const char *iso_time(struct arena *a, int64_t t)
{
	time_t local = (time_t)(t + 7 * 3600);
	struct tm tm;
	gmtime_r(&local, &tm);
	return arena_printf(a, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", tm.tm_year + 1900,
	                    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* The end of working hours (17:00) of DAY. */
static const char *iso_day_end(struct arena *a, cal_day day)
{
	return iso_time(a, (int64_t)day * 86400 + 17 * 3600 - 7 * 3600);
}

/*
 * "2026-12-04", "2026-12-04T10:00:00Z", "…+07:00", "…-05:00" (seconds and a
 * fraction optional) as unix time; false otherwise.
 */
static bool parse_iso(const char *s, int64_t *out)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
	if (s == NULL || strlen(s) > 40 || sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
		return false;
	cal_day day;
	if (!cal_from_ymd(y, mo, d, &day))
		return false;
	const char *p = s + 10;
	int offset = 7 * 3600;   /* a bare date or time is local */
	if (*p == 'T' || *p == ' ') {
		int m = 0;
		if (sscanf(p + 1, "%2d:%2d%n", &h, &mi, &m) != 2 || m != 5)
			return false;
		p += 1 + m;
		if (*p == ':') {
			if (sscanf(p + 1, "%2d%n", &sec, &m) != 1 || m != 2)
				return false;
			p += 3;
			if (*p == '.')
				for (p++; *p >= '0' && *p <= '9'; p++)
					;
		}
		if (h > 23 || mi > 59 || sec > 60)
			return false;
		if (*p == 'Z') {
			offset = 0;
			p++;
		} else if (*p == '+' || *p == '-') {
			int oh, om;
			if (sscanf(p + 1, "%2d:%2d%n", &oh, &om, &m) != 2 || m != 5 || oh > 14 || om > 59)
				return false;
			offset = (*p == '-' ? -1 : 1) * (oh * 3600 + om * 60);
			p += 6;
		}
	}
	if (*p != '\0')
		return false;
	*out = (int64_t)day * 86400 + h * 3600 + mi * 60 + sec - offset;
	return true;
}

/* ---- documents ----------------------------------------------------------- */

static const char *base_url(struct http_request *req)
{
	const char *host = http_header(req, "Host");
	if (host == NULL || *host == '\0' || strlen(host) > 200 || strpbrk(host, " /\\\"<>"))
		host = "localhost";
	return arena_printf(&req->arena, "http://%s", host);
}

static void discovery(struct http_request *req, enum o311_format format)
{
	const char *url = arena_printf(&req->arena, "%s/open311/v2", base_url(req));
	json_t *d = json_pack("{s:s, s:s, s:s, s:[{s:s, s:s, s:s, s:s, s:[s, s]}]}",
	                      "changeset", "2026-12-07T00:00:00+07:00",
	                      "contact", "Ủy ban nhân dân — Hệ thống điều hành",
	                      "key_service", arena_printf(&req->arena, "%s/open311/keys",
	                                                  base_url(req)),
	                      "endpoints", "specification", "http://wiki.open311.org/GeoReport_v2",
	                      "url", url, "changeset", "2026-12-07T00:00:00+07:00",
	                      "type", "production", "formats", "text/xml", "application/json");
	o311_reply(req, format, 200, "discovery", d);
}

static json_t *service_json(const struct feedback_category *c)
{
	return json_pack("{s:s, s:s, s:s, s:b, s:s, s:s, s:s}", "service_code", c->code,
	                 "service_name", c->name, "description", c->name_en, "metadata", 1,
	                 "type", "realtime", "keywords", c->code, "group", c->group);
}

static bool load_categories(struct http_request *req, enum o311_format format,
                            struct feedback_category **cats, size_t *n)
{
	if (feedback_categories(req->store, &req->arena, cats, n) != STORE_OK) {
		o311_error(req, format, 500, "The service list could not be read.");
		return false;
	}
	return true;
}

static void services(struct http_request *req, enum o311_format format)
{
	struct feedback_category *cats;
	size_t n;
	if (!load_categories(req, format, &cats, &n))
		return;
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, service_json(&cats[i]));
	o311_reply(req, format, 200, "services", a);
}

/* The wards, for the one attribute every service has. */
static bool load_wards(struct http_request *req, struct org_unit **wards, size_t *n)
{
	struct unit_filter f = { .kind = "ward" };
	return org_unit_list(req->store, &f, &req->arena, wards, n) == STORE_OK;
}

void open311_service(struct http_request *req)
{
	const char *code;
	enum o311_format format;
	if (!split_format(req, "file", &code, &format))
		return;
	struct feedback_category *cats;
	size_t n;
	if (!load_categories(req, format, &cats, &n))
		return;
	if (!feedback_category_find(cats, n, code)) {
		o311_error(req, format, 404, "service_code not found.");
		return;
	}
	struct org_unit *wards;
	size_t nw;
	if (!load_wards(req, &wards, &nw)) {
		o311_error(req, format, 500, "The wards could not be read.");
		return;
	}
	json_t *values = json_array();
	for (size_t i = 0; i < nw; i++)
		json_array_append_new(values, json_pack("{s:s, s:s}", "key", wards[i].code,
		                                        "name", wards[i].name));
	json_t *def = json_pack("{s:s, s:[{s:b, s:s, s:s, s:b, s:s, s:i, s:s, s:o}]}",
	                        "service_code", code, "attributes", "variable", 1, "code", "ward",
	                        "datatype", "singlevaluelist", "required", 1,
	                        "datatype_description", "The ward (phường) where it happens.",
	                        "order", 1, "description", "Phường", "values", values);
	o311_reply(req, format, 200, "service_definition", def);
}

/* ---- requests ------------------------------------------------------------- */

static json_t *request_json(struct http_request *req, const struct feedback *f,
                            const char *service_name, const char *agency)
{
	bool full = feedback_is_public(f);
	json_t *o = json_object();
	json_object_set_new(o, "service_request_id",
	                    json_string(arena_printf(&req->arena, "%lld", (long long)f->id)));
	json_object_set_new(o, "status", json_string(fb_open311_status(f->state)));
	const char *notes = f->state == FB_REJECTED ? f->reject_reason
	                    : f->answer ? f->answer : f->progress_note;
	json_object_set_new(o, "status_notes", full && notes ? json_string(notes) : json_null());
	json_object_set_new(o, "service_name", service_name ? json_string(service_name) : json_null());
	json_object_set_new(o, "service_code", json_string(f->category));
	json_object_set_new(o, "description", full ? json_string(f->description) : json_null());
	json_object_set_new(o, "agency_responsible", agency && *agency ? json_string(agency)
	                                                                : json_null());
	json_object_set_new(o, "service_notice", json_null());
	json_object_set_new(o, "requested_datetime", json_string(iso_time(&req->arena, f->received_at)));
	json_object_set_new(o, "updated_datetime", json_string(iso_time(&req->arena, f->updated_at)));
	cal_day expect = f->committed_day > f->due_day ? f->committed_day : f->due_day;
	json_object_set_new(o, "expected_datetime", expect ? json_string(iso_day_end(&req->arena, expect))
	                                                   : json_null());
	json_object_set_new(o, "address", full && f->address ? json_string(f->address) : json_null());
	json_object_set_new(o, "address_id", json_null());
	json_object_set_new(o, "zipcode", json_null());
	json_object_set_new(o, "lat", full && f->has_point ? json_real(f->lat) : json_null());
	json_object_set_new(o, "long", full && f->has_point ? json_real(f->lon) : json_null());
	int64_t *photos;
	size_t np = 0;
	if (full && feedback_photo_ids(req->store, f->id, &req->arena, &photos, &np) == STORE_OK && np)
		json_object_set_new(o, "media_url",
		                    json_string(arena_printf(&req->arena, "%s/feedback/photos/%lld",
		                                             base_url(req), (long long)photos[0])));
	else
		json_object_set_new(o, "media_url", json_null());
	return o;
}

struct o311_names {
	struct feedback_category *cats;
	size_t ncats;
	struct org_unit *units;
	size_t nunits;
};

static bool load_names(struct http_request *req, enum o311_format format, struct o311_names *n)
{
	struct unit_filter uf = { 0 };
	if (!load_categories(req, format, &n->cats, &n->ncats))
		return false;
	if (org_unit_list(req->store, &uf, &req->arena, &n->units, &n->nunits) != STORE_OK) {
		o311_error(req, format, 500, "The units could not be read.");
		return false;
	}
	return true;
}

static json_t *request_named(struct http_request *req, const struct o311_names *n,
                             const struct feedback *f)
{
	const struct feedback_category *c = feedback_category_find(n->cats, n->ncats, f->category);
	const char *agency = NULL;
	for (size_t i = 0; i < n->nunits && f->unit_id; i++)
		if (n->units[i].id == f->unit_id)
			agency = n->units[i].name;
	return request_json(req, f, c ? c->name : NULL, agency);
}

/*
 * The list without filters (what an app polls) is the same for everyone
 * until a report changes: cached at the reports' revision, by format, the
 * unit tree's revision (agency names), the minute (the 90 days' window
 * moves with it) and the host (media URLs).  *KEY empty when not cacheable.
 */
static bool cached_list(struct http_request *req, enum o311_format format, char *key,
                        size_t size, int64_t *rev, int64_t *minute)
{
	key[0] = '\0';
	static const char *const filters[] = { "service_request_id", "service_code", "start_date",
	                                       "end_date", "status" };
	for (size_t i = 0; i < sizeof filters / sizeof filters[0]; i++)
		if (http_query(req, filters[i]))
			return false;
	const char *host = http_header(req, "Host");
	int64_t org_rev = 0;
	if (host == NULL || strlen(host) > 40 || feedback_revision(req->store, rev) != STORE_OK
	    || org_unit_revision(req->store, &org_rev) != STORE_OK)
		return false;
	*minute = (int64_t)time(NULL) / 60;
	snprintf(key, size, "o311-requests:%c:%lld:%lld:%s", format == O311_JSON ? 'j' : 'x',
	         (long long)org_rev, (long long)*minute, host);
	struct http_body *b = http_cache_ref(req->server->cache, key, *rev);
	if (b == NULL)
		return false;
	reply_body(req, 200, b, o311_type(format));
	http_body_release(b);
	return true;
}

static void requests_list(struct http_request *req, enum o311_format format)
{
	char key[96];
	int64_t rev = 0, minute = 0;
	if (cached_list(req, format, key, sizeof key, &rev, &minute))
		return;
	struct o311_names names = { 0 };
	if (!load_names(req, format, &names))
		return;
	json_t *out = json_array();
	const char *ids = http_query(req, "service_request_id");
	if (ids && *ids) {
		/* "When service_request_id is given, the other parameters are ignored." */
		char *copy = arena_strdup(&req->arena, ids), *save = NULL;
		int count = 0;
		for (char *t = strtok_r(copy, ",", &save); t && count < O311_MAX_RESULTS;
		     t = strtok_r(NULL, ",", &save), count++) {
			struct feedback f;
			int64_t id = http_parse_id(t);
			if (id && feedback_get(req->store, id, &req->arena, &f) == STORE_OK
			    && feedback_is_public(&f))
				json_array_append_new(out, request_named(req, &names, &f));
		}
		o311_reply(req, format, 200, "service_requests", out);
		return;
	}
	struct feedback_filter f = { .state = -1, .moderation = FB_MOD_PUBLISHED,
	                             .limit = O311_MAX_RESULTS };
	const char *code = http_query(req, "service_code");
	if (code && *code) {
		if (!feedback_category_find(names.cats, names.ncats, code)) {
			json_decref(out);
			o311_error(req, format, 400, "service_code is not one of the services.");
			return;
		}
		f.category = code;
	}
	const char *start = http_query(req, "start_date"), *end = http_query(req, "end_date");
	if ((start && *start && !parse_iso(start, &f.from)) || (end && *end && !parse_iso(end, &f.to))) {
		json_decref(out);
		o311_error(req, format, 400, "start_date and end_date must be ISO 8601 dates.");
		return;
	}
	if (!(start && *start) && !(end && *end))
		f.from = (key[0] ? minute * 60 : (int64_t)time(NULL)) - O311_DEFAULT_DAYS * 86400;
	const char *status = http_query(req, "status");
	if (status && *status) {
		bool open = strstr(status, "open") != NULL, closed = strstr(status, "closed") != NULL;
		for (const char *p = status; *p; p++)
			if (!strchr("openclosed,", *p)) {
				open = closed = false;
				break;
			}
		if (!open && !closed) {
			json_decref(out);
			o311_error(req, format, 400, "status must be open, closed or both.");
			return;
		}
		f.status = open && closed ? FB_ANY : open ? FB_OPEN : FB_NOT_OPEN;
	}
	struct feedback *list;
	size_t n;
	if (feedback_list(req->store, &f, &req->arena, &list, &n) != STORE_OK) {
		json_decref(out);
		o311_error(req, format, 500, "The requests could not be read.");
		return;
	}
	for (size_t i = 0; i < n; i++)
		json_array_append_new(out, request_named(req, &names, &list[i]));
	if (key[0] == '\0') {
		o311_reply(req, format, 200, "service_requests", out);
		return;
	}
	size_t len;
	char *text = o311_render(format, "service_requests", out, &len);
	struct http_body *b = text ? http_body_take(text, len) : NULL;
	if (b == NULL) {
		reply_internal_error(req, "open311 requests");
		return;
	}
	http_cache_store(req->server->cache, key, rev, b);
	reply_body(req, 200, b, o311_type(format));
	http_body_release(b);
}

void open311_document(struct http_request *req)
{
	const char *stem;
	enum o311_format format;
	if (!split_format(req, "doc", &stem, &format))
		return;
	if (strcmp(stem, "discovery") == 0)
		discovery(req, format);
	else if (strcmp(stem, "services") == 0)
		services(req, format);
	else if (strcmp(stem, "requests") == 0)
		requests_list(req, format);
	else
		o311_error(req, format, 404, "No such resource.");
}

void open311_request(struct http_request *req)
{
	const char *stem;
	enum o311_format format;
	if (!split_format(req, "file", &stem, &format))
		return;
	int64_t id = http_parse_id(stem);
	struct feedback f;
	int s = id ? feedback_get(req->store, id, &req->arena, &f) : STORE_NOT_FOUND;
	if (s == STORE_NOT_FOUND) {
		o311_error(req, format, 404, "service_request_id not found.");
		return;
	}
	if (s != STORE_OK) {
		o311_error(req, format, 500, "The request could not be read.");
		return;
	}
	struct o311_names names = { 0 };
	if (!load_names(req, format, &names))
		return;
	json_t *a = json_array();
	json_array_append_new(a, request_named(req, &names, &f));
	o311_reply(req, format, 200, "service_requests", a);
}

void open311_token(struct http_request *req)
{
	const char *token;
	enum o311_format format;
	if (!split_format(req, "file", &token, &format))
		return;
	struct feedback f;
	int s = feedback_get_by_code(req->store, token, &req->arena, &f);
	if (s == STORE_NOT_FOUND) {
		o311_error(req, format, 404, "token not found.");
		return;
	}
	if (s != STORE_OK) {
		o311_error(req, format, 500, "The token could not be read.");
		return;
	}
	o311_reply(req, format, 200, "service_requests",
	           json_pack("[{s:s, s:s}]", "service_request_id",
	                     arena_printf(&req->arena, "%lld", (long long)f.id), "token", f.code));
}

/* The posted field NAME, or NULL when absent or empty. */
static const char *field(struct http_request *req, const char *name)
{
	const char *v = http_form(req, name);
	return v && *v ? v : NULL;
}

/* A request on its way to the group commit, in the request's arena while it waits. */
struct o311_call {
	struct principal client;
	struct open311_key key;
	struct fb_submit in;
	enum o311_format format;
	struct fb_ticket ticket;
};

static void o311_committed(void *ctx)
{
	http_resume(ctx);
}

static void o311_queue(struct http_request *req)
{
	struct o311_call *call = req->defer_data;
	feedback_submit_queued(req->store, &req->arena, &call->client, &call->in, &call->ticket);
}

static void o311_reply_post(struct http_request *req)
{
	struct o311_call *call = req->defer_data;
	enum o311_format format = call->format;
	const struct feedback *out = &call->ticket.out;
	const struct org_error *err = &call->ticket.err;
	enum org_result r = call->ticket.result;
	if (r == ORG_CONFLICT && call->in.key_wait > 0) {
		/* 429 is not among the spec's codes, but any HTTP status may carry its error list. */
		o311_error(req, format, 429,
		           "This api_key has sent its reports for the hour; see Retry-After.");
		reply_header(req, "Retry-After", arena_printf(&req->arena, "%d", call->in.key_wait));
		return;
	}
	if (r == ORG_INVALID) {
		o311_error(req, format, 400, arena_printf(&req->arena, "%s: %s",
		                                          err->field ? err->field : "request",
		                                          err->detail ? err->detail : "invalid"));
		return;
	}
	if (r != ORG_OK) {
		o311_error(req, format, r == ORG_BUSY ? 503 : 500, "The request could not be stored.");
		if (r == ORG_BUSY)
			reply_header(req, "Retry-After", "5");
		return;
	}
	json_t *a = json_pack("[{s:s, s:s, s:s, s:n}]", "service_request_id",
	                      arena_printf(&req->arena, "%lld", (long long)out->id), "token",
	                      out->code, "service_notice",
	                      arena_printf(&req->arena, "An answer is due by %s.",
	                                   iso_day_end(&req->arena, out->due_day)),
	                      "account_id");
	o311_reply(req, format, 200, "service_requests", a);
}

void open311_requests_post(struct http_request *req)
{
	const char *stem;
	enum o311_format format;
	if (!split_format(req, "doc", &stem, &format))
		return;
	if (strcmp(stem, "requests") != 0) {
		o311_error(req, format, 404, "No such resource.");
		return;
	}
	struct open311_key key;
	if (!feedback_key_check(req->store, &req->arena, http_form(req, "api_key"), &key)) {
		o311_error(req, format, 403, "api_key is missing, unknown or revoked.");
		return;
	}
	/* The key's hourly budget is counted when the report is written (feedback_submit). */
	int64_t now = (int64_t)time(NULL);
	const char *code = field(req, "service_code");
	if (code == NULL) {
		o311_error(req, format, 400, "service_code is missing.");
		return;
	}
	struct fb_submit in = { .now = now };
	struct feedback *f = &in.f;
	f->channel = FB_CH_OPEN311;
	f->category = code;
	f->open311_key_id = key.id;
	f->description = field(req, "description");
	f->address = field(req, "address_string");
	f->contact_email = field(req, "email");
	f->contact_phone = field(req, "phone");
	const char *first = field(req, "first_name"), *last = field(req, "last_name");
	if (first || last)
		f->contact_name = arena_printf(&req->arena, "%s%s%s", last ? last : "",
		                               first && last ? " " : "", first ? first : "");
	const char *lat = field(req, "lat"), *lon = field(req, "long");
	if (lat || lon) {
		char *e1 = NULL, *e2 = NULL;
		f->lat = lat ? strtod(lat, &e1) : 0;
		f->lon = lon ? strtod(lon, &e2) : 0;
		if (!lat || !lon || *e1 || *e2 || !fb_point_valid(f->lat, f->lon)) {
			o311_error(req, format, 400, "lat and long must both be WGS84 decimal degrees.");
			return;
		}
		f->has_point = true;
	}
	const char *ward = field(req, "attribute[ward]");
	if (ward == NULL) {
		o311_error(req, format, 400, "attribute[ward] is missing: give the ward's key from the "
		                             "service definition.");
		return;
	}
	struct org_unit w;
	int s = org_unit_get_by_code(req->store, ward, &req->arena, &w);
	if (s != STORE_OK || strcmp(w.kind, "ward") != 0) {
		o311_error(req, format, 400, "attribute[ward] is not one of the wards.");
		return;
	}
	f->ward_id = w.id;
	/* The client, not a person, sends it: the audit trail names the key. */
	struct o311_call *call = arena_alloc(&req->arena, sizeof *call);
	call->client = principal_anonymous;
	call->client.actor.login = arena_printf(&req->arena, "open311:%s", key.name);
	call->client.actor.address = http_client_address(req);
	call->key = key;
	call->in = in;
	call->in.key_limit = &call->key;
	call->format = format;
	call->ticket = (struct fb_ticket){ .done = o311_committed, .ctx = req };
	/* Into the group commit, the connection suspended meanwhile (as the web form). */
	req->defer_data = call;
	req->defer_join = o311_queue;
	req->defer_then = o311_reply_post;
}
