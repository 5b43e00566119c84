/*
 * feedback.c: the pure rules of citizen feedback (see feedback.h).
 */
#include "feedback/feedback.h"

#include <math.h>
#include <string.h>

static const char *const state_names[FB_STATE_COUNT] = {
	"received", "assigned", "in_progress", "answered", "closed", "reopened", "rejected",
	"duplicate",
};
static const char *const moderation_names[FB_MOD_COUNT] = { "pending", "published", "hidden" };
static const char *const channel_names[FB_CH_COUNT] = {
	"web", "phone", "desk", "hotline", "email", "open311",
};
static const char *const action_names[FB_ACT_COUNT] = {
	"assign", "start", "progress", "answer", "close", "reopen", "reject", "duplicate",
};

static int parse(const char *const *names, int n, const char *s)
{
	if (s == NULL)
		return -1;
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}

const char *fb_state_name(enum fb_state s)
{
	return (unsigned)s < FB_STATE_COUNT ? state_names[s] : "received";
}

int fb_state_parse(const char *s)
{
	return parse(state_names, FB_STATE_COUNT, s);
}

const char *fb_moderation_name(enum fb_moderation m)
{
	return (unsigned)m < FB_MOD_COUNT ? moderation_names[m] : "pending";
}

int fb_moderation_parse(const char *s)
{
	return parse(moderation_names, FB_MOD_COUNT, s);
}

const char *fb_channel_name(enum fb_channel c)
{
	return (unsigned)c < FB_CH_COUNT ? channel_names[c] : "web";
}

int fb_channel_parse(const char *s)
{
	return parse(channel_names, FB_CH_COUNT, s);
}

const char *fb_action_name(enum fb_action a)
{
	return (unsigned)a < FB_ACT_COUNT ? action_names[a] : "assign";
}

int fb_action_parse(const char *s)
{
	return parse(action_names, FB_ACT_COUNT, s);
}

bool fb_state_open(enum fb_state s)
{
	return s == FB_RECEIVED || s == FB_ASSIGNED || s == FB_IN_PROGRESS || s == FB_REOPENED;
}

const char *fb_open311_status(enum fb_state s)
{
	return fb_state_open(s) ? "open" : "closed";
}

bool fb_transition(enum fb_state from, enum fb_action action, enum fb_state *to)
{
	bool open = fb_state_open(from);
	switch (action) {
	case FB_ACT_ASSIGN:
		/* Re-routing keeps a report that was already being worked on where it was. */
		if (!open)
			return false;
		*to = from == FB_RECEIVED ? FB_ASSIGNED : from;
		return true;
	case FB_ACT_START:
		if (from != FB_ASSIGNED && from != FB_REOPENED)
			return false;
		*to = FB_IN_PROGRESS;
		return true;
	case FB_ACT_PROGRESS:
		/* A unit must know the report is its own before it commits to a date. */
		if (!open || from == FB_RECEIVED)
			return false;
		*to = FB_IN_PROGRESS;
		return true;
	case FB_ACT_ANSWER:
		if (!open || from == FB_RECEIVED)
			return false;
		*to = FB_ANSWERED;
		return true;
	case FB_ACT_CLOSE:
		if (from != FB_ANSWERED)
			return false;
		*to = FB_CLOSED;
		return true;
	case FB_ACT_REOPEN:
		if (from != FB_ANSWERED && from != FB_CLOSED)
			return false;
		*to = FB_REOPENED;
		return true;
	case FB_ACT_REJECT:
	case FB_ACT_DUPLICATE:
		if (!open)
			return false;
		*to = action == FB_ACT_REJECT ? FB_REJECTED : FB_DUPLICATE;
		return true;
	case FB_ACT_COUNT:
		break;
	}
	return false;
}

int64_t fb_route(const struct feedback_rule *rules, size_t n, const char *category,
                 int64_t ward_id)
{
	int best = -1;
	int64_t unit = 0;
	for (size_t i = 0; i < n; i++) {
		const struct feedback_rule *r = &rules[i];
		bool cat_any = r->category == NULL || r->category[0] == '\0';
		if (!cat_any && (category == NULL || strcmp(r->category, category) != 0))
			continue;
		if (r->ward_id != 0 && r->ward_id != ward_id)
			continue;
		/* A category is more specific than a ward: it names the kind of work. */
		int score = (cat_any ? 0 : 2) + (r->ward_id ? 1 : 0);
		if (score > best) {
			best = score;
			unit = r->unit_id;
		}
	}
	return unit;
}

bool fb_due(const struct calendar *cal, cal_day day, int due_days, cal_day *out)
{
	return cal_deadline(cal, day, due_days, out);
}

cal_day fb_deadline(const struct feedback *f)
{
	return f->committed_day > f->due_day ? f->committed_day : f->due_day;
}

bool fb_is_late(const struct feedback *f, cal_day today)
{
	if (!fb_state_open(f->state) || f->due_day == 0)
		return false;
	return today > fb_deadline(f);
}

bool fb_answered_on_time(const struct feedback *f)
{
	return f->answered_at != 0 && f->answered_day != 0 && f->answered_day <= f->due_day;
}

bool fb_citizen_may_reopen(const struct feedback *f, cal_day today, int reopen_days)
{
	if (f->state != FB_ANSWERED && f->state != FB_CLOSED)
		return false;
	return f->answered_day != 0 && today - f->answered_day <= reopen_days;
}

static bool too_long(const char *s, size_t max)
{
	return s && strlen(s) > max;
}

bool fb_point_valid(double lat, double lon)
{
	return isfinite(lat) && isfinite(lon) && lat >= -90 && lat <= 90 && lon >= -180
	       && lon <= 180;
}

bool fb_check(const struct feedback *f, const char **field, const char **detail)
{
	*field = NULL;
	if (f->category == NULL || f->category[0] == '\0') {
		*field = "category";
		*detail = "Choose what the report is about.";
	} else if (f->ward_id <= 0) {
		*field = "ward_id";
		*detail = "Choose the ward where it happens.";
	} else if (f->description == NULL || strlen(f->description) < 10) {
		*field = "description";
		*detail = "Describe the problem in at least 10 characters.";
	} else if (too_long(f->description, FB_DESCRIPTION_MAX)) {
		*field = "description";
		*detail = "The description is longer than 4,000 bytes.";
	} else if (too_long(f->address, FB_ADDRESS_MAX)) {
		*field = "address";
		*detail = "The address is longer than 300 bytes.";
	} else if ((f->address == NULL || f->address[0] == '\0') && !f->has_point) {
		*field = "address";
		*detail = "Give the address, or the latitude and longitude.";
	} else if (f->has_point && !fb_point_valid(f->lat, f->lon)) {
		*field = "lat";
		*detail = "Latitude must lie between -90 and 90, longitude between -180 and 180.";
	} else if (too_long(f->contact_name, FB_NAME_MAX)) {
		*field = "contact_name";
		*detail = "The name is longer than 120 bytes.";
	} else if (too_long(f->contact_phone, 40)) {
		*field = "contact_phone";
		*detail = "The phone number is longer than 40 bytes.";
	} else if (too_long(f->contact_email, FB_CONTACT_MAX)) {
		*field = "contact_email";
		*detail = "The e-mail address is longer than 200 bytes.";
	} else if (f->contact_email && f->contact_email[0]
	           && (strchr(f->contact_email, '@') == NULL || strchr(f->contact_email, ' '))) {
		*field = "contact_email";
		*detail = "The e-mail address is not valid.";
	}
	return *field == NULL;
}

static const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

void fb_code_from_bytes(const unsigned char bytes[8], char out[FB_CODE_LEN + 1])
{
	uint64_t v = 0;
	for (int i = 0; i < 8; i++)
		v = v << 8 | bytes[i];
	for (int i = 0; i < FB_CODE_LEN; i++) {
		out[i] = crockford[v & 31];
		v >>= 5;
	}
	out[FB_CODE_LEN] = '\0';
}

bool fb_code_normalise(const char *in, char out[FB_CODE_LEN + 1])
{
	size_t n = 0;
	if (in == NULL)
		return false;
	for (const char *p = in; *p; p++) {
		char c = *p;
		if (c == ' ' || c == '-')
			continue;
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 32);
		if (c == 'O')
			c = '0';
		else if (c == 'I' || c == 'L')
			c = '1';
		if (strchr(crockford, c) == NULL || c == '\0' || n == FB_CODE_LEN)
			return false;
		out[n++] = c;
	}
	out[n] = '\0';
	return n == FB_CODE_LEN;
}

void fb_metric_add(struct fb_metric *m, const struct feedback *f, const struct calendar *cal,
                   cal_day today)
{
	/* Rejected and duplicate reports were never owed an answer. */
	if (f->state == FB_REJECTED || f->state == FB_DUPLICATE)
		return;
	m->total++;
	if (f->answered_at && f->answered_day) {
		m->answered++;
		m->on_time += fb_answered_on_time(f);
		long d = cal_working_days(cal, f->received_day, f->answered_day);
		m->answer_days += d > 0 ? d : 0;
	}
	m->reopened += f->reopen_count > 0;
	if (fb_state_open(f->state)) {
		m->open++;
		m->late += fb_is_late(f, today);
	}
}

double fb_metric_on_time_pct(const struct fb_metric *m)
{
	return m->answered ? 100.0 * (double)m->on_time / (double)m->answered : NAN;
}

double fb_metric_reopen_pct(const struct fb_metric *m)
{
	return m->answered ? 100.0 * (double)m->reopened / (double)m->answered : NAN;
}

double fb_metric_mean_days(const struct fb_metric *m)
{
	return m->answered ? (double)m->answer_days / (double)m->answered : NAN;
}
