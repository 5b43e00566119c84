/*
 * feedback_sql.h: the feedback module's statements (reports, their
 * history and photos, categories, routing rules, Open311 keys), one list
 * for both engines.  See org/org_sql.h for the macros.  No include guard.
 */
#define FB_COLUMNS \
	"id, code, category, ward_id, unit_id, channel, address, lat, lon, description," \
	" contact_name, contact_phone, contact_email, client_hash, state, moderation," \
	" received_at, received_day, due_days, due_day, committed_day, progress_note," \
	" answered_at, answered_day, answer, closed_at, reject_reason, duplicate_of," \
	" reopen_count, updated_at, open311_key_id"
#define FB_OPEN_STATES "('received', 'assigned', 'in_progress', 'reopened')"

SQL(FB_GET, "SELECT " FB_COLUMNS " FROM feedback WHERE id = " P_BIGINT(1))
SQL(FB_GET_BY_CODE, "SELECT " FB_COLUMNS " FROM feedback WHERE code = " P_TEXT(1))
/*
 * Every filter is "unset or equal"; 6 is 0 (any), 1 (open states), 2 (the
 * others); 7 and 8 bound received_at (0: no bound).  Newest first.
 */
SQL(FB_LIST,
	"SELECT " FB_COLUMNS " FROM feedback"
	" WHERE (" P_TEXT(1) " = '' OR state = " P(1) ")"
	"   AND (" P_BIGINT(2) " = 0 OR unit_id = " P(2) ")"
	"   AND (" P_BIGINT(3) " = 0 OR ward_id = " P(3) ")"
	"   AND (" P_TEXT(4) " = '' OR category = " P(4) ")"
	"   AND (" P_TEXT(5) " = '' OR moderation = " P(5) ")"
	"   AND (" P_INTEGER(6) " = 0 OR (" P(6) " = 1 AND state IN " FB_OPEN_STATES ")"
	"        OR (" P(6) " = 2 AND state NOT IN " FB_OPEN_STATES "))"
	"   AND (" P_BIGINT(7) " = 0 OR received_at >= " P(7) ")"
	"   AND (" P_BIGINT(8) " = 0 OR received_at <= " P(8) ")"
	" ORDER BY received_at DESC, id DESC LIMIT " P_INTEGER(9) " OFFSET " P_INTEGER(10))
SQL(FB_INSERT,
	"INSERT INTO feedback(code, category, ward_id, unit_id, channel, address, lat, lon,"
	" description, contact_name, contact_phone, contact_email, client_hash, state, moderation,"
	" received_at, received_day, due_days, due_day, committed_day, progress_note, answered_at,"
	" answered_day, answer, closed_at, reject_reason, duplicate_of, reopen_count, updated_at,"
	" open311_key_id)"
	" VALUES (" P(1) ", " P(2) ", " P_BIGINT(3) ", " P_BIGINT(4) ", " P(5) ", " P(6) ", "
	P_DOUBLE(7) ", " P_DOUBLE(8) ", " P(9) ", " P(10) ", " P(11) ", " P(12) ", " P(13) ", "
	P(14) ", " P(15) ", " P_BIGINT(16) ", " P_INTEGER(17) ", " P_INTEGER(18) ", "
	P_INTEGER(19) ", " P_INTEGER(20) ", " P(21) ", " P_BIGINT(22) ", " P_INTEGER(23) ", "
	P(24) ", " P_BIGINT(25) ", " P(26) ", " P_BIGINT(27) ", " P_INTEGER(28) ", "
	P_BIGINT(29) ", " P_BIGINT(30) ") RETURNING id")
/* What handling changes; the citizen's own words and contact stay as sent. */
SQL(FB_UPDATE,
	"UPDATE feedback SET unit_id = " P_BIGINT(2) ", state = " P(3) ", moderation = " P(4) ","
	" due_day = " P_INTEGER(5) ", committed_day = " P_INTEGER(6) ", progress_note = " P(7) ","
	" answered_at = " P_BIGINT(8) ", answered_day = " P_INTEGER(9) ", answer = " P(10) ","
	" closed_at = " P_BIGINT(11) ", reject_reason = " P(12) ", duplicate_of = " P_BIGINT(13) ","
	" reopen_count = " P_INTEGER(14) ", updated_at = " P_BIGINT(15) ", category = " P(16) ","
	" due_days = " P_INTEGER(17)
	" WHERE id = " P_BIGINT(1))
SQL(FB_COUNT_FROM,
	"SELECT count(*) FROM feedback WHERE client_hash = " P_TEXT(1)
	" AND received_at >= " P_BIGINT(2))

/*
 * A report's deadline (fb_deadline: the later of its due day and the day
 * committed to), and whether it is open and past it on day P(1) (fb_is_late).
 */
#define FB_DEADLINE "(CASE WHEN coalesce(committed_day, 0) > due_day THEN committed_day ELSE due_day END)"
#define FB_IS_OPEN "state IN " FB_OPEN_STATES
#define FB_IS_LATE "(" FB_IS_OPEN " AND due_day <> 0 AND " P_INTEGER(1) " > " FB_DEADLINE ")"
#define FB_IS_ANSWERED "(coalesce(answered_at, 0) <> 0 AND coalesce(answered_day, 0) <> 0)"
/*
 * The counts the home, the board's "behind" lines and the queue show, by
 * responsible unit (0 when not routed, then by ward: whose reach a report
 * is in), as fb_metric_add counts them: the open reports whenever received,
 * and the others received since P(3) (rejected and duplicates owed no
 * answer); P(2) is the last day "due soon" covers.  One row per unit, not
 * one per report: a city's backlog is counted, not read.
 */
SQL(FB_UNIT_COUNTS,
	"SELECT coalesce(unit_id, 0), CASE WHEN unit_id IS NULL THEN ward_id ELSE 0 END,"
	" sum(CASE WHEN " FB_IS_OPEN " THEN 1 ELSE 0 END),"
	" sum(CASE WHEN " FB_IS_LATE " THEN 1 ELSE 0 END),"
	" sum(CASE WHEN " FB_IS_OPEN " AND NOT " FB_IS_LATE " AND " FB_DEADLINE " <= " P_INTEGER(2)
	" THEN 1 ELSE 0 END),"
	" sum(CASE WHEN " FB_IS_OPEN " AND moderation = 'pending' THEN 1 ELSE 0 END),"
	" sum(CASE WHEN " FB_IS_ANSWERED " THEN 1 ELSE 0 END),"
	" sum(CASE WHEN " FB_IS_ANSWERED " AND answered_day <= due_day THEN 1 ELSE 0 END)"
	" FROM feedback WHERE state NOT IN ('rejected', 'duplicate')"
	"   AND (" FB_IS_OPEN " OR received_at >= " P_BIGINT(3) ")"
	" GROUP BY 1, 2 ORDER BY 1, 2")
/* Open reports, most urgent first (by_deadline's order), a page at a time. */
SQL(FB_OPEN_BY_DEADLINE,
	"SELECT " FB_COLUMNS " FROM feedback WHERE " FB_IS_OPEN
	" ORDER BY " FB_DEADLINE ", id LIMIT " P_BIGINT(1) " OFFSET " P_BIGINT(2))

/*
 * A unit's page: the open reports it is responsible for or that lie in it
 * (a ward), most urgent first.  Two equalities joined by OR, not "P = 0 OR
 * col = P", so each half walks its own index (feedback_unit_state,
 * feedback_ward_state: feedback migration 5).
 */
SQL(FB_OPEN_OF_UNIT,
	"SELECT " FB_COLUMNS " FROM feedback WHERE " FB_IS_OPEN
	" AND (unit_id = " P_BIGINT(1) " OR ward_id = " P(1) ")"
	" ORDER BY " FB_DEADLINE ", id")

/* Published reports with a point, per ward (public already: see struct fb_ward_point). */
SQL(FB_WARD_POINTS,
	"SELECT ward_id, avg(lat), avg(lon), min(lat), max(lat), min(lon), max(lon), count(*)"
	" FROM feedback WHERE lat IS NOT NULL AND moderation = 'published'"
	" GROUP BY ward_id ORDER BY ward_id")

/* Every change of a report writes an event: the newest event is the reports' revision. */
SQL(FB_REVISION, "SELECT coalesce(max(id), 0) FROM feedback_event")

SQL(FB_EVENT_INSERT,
	"INSERT INTO feedback_event(feedback_id, at, kind, actor, text, is_public)"
	" VALUES (" P_BIGINT(1) ", " P_BIGINT(2) ", " P(3) ", " P(4) ", " P(5) ", " P_BOOL(6) ")"
	" RETURNING id")
SQL(FB_EVENT_LIST,
	"SELECT id, feedback_id, at, kind, actor, text, is_public FROM feedback_event"
	" WHERE feedback_id = " P_BIGINT(1) " AND (" P_BOOL(2) " = false OR is_public = true)"
	" ORDER BY id")

SQL(FB_PHOTO_INSERT,
	"INSERT INTO feedback_photo(feedback_id, mime, data, created_at)"
	" VALUES (" P_BIGINT(1) ", " P(2) ", " P_BYTEA(3) ", " P_BIGINT(4) ") RETURNING id")
SQL(FB_PHOTO_GET,
	"SELECT id, feedback_id, mime, " BYTES("data") " FROM feedback_photo WHERE id = " P_BIGINT(1))
SQL(FB_PHOTO_IDS,
	"SELECT id FROM feedback_photo WHERE feedback_id = " P_BIGINT(1) " ORDER BY id")

SQL(FB_CATEGORY_LIST,
	"SELECT code, name, name_en, grp, due_days FROM feedback_category ORDER BY sort, code")

SQL(FB_RULE_LIST,
	"SELECT id, category, ward_id, unit_id FROM feedback_rule ORDER BY id")
SQL(FB_RULE_GET,
	"SELECT id, category, ward_id, unit_id FROM feedback_rule WHERE id = " P_BIGINT(1))
SQL(FB_RULE_INSERT,
	"INSERT INTO feedback_rule(category, ward_id, unit_id)"
	" VALUES (" P(1) ", " P_BIGINT(2) ", " P_BIGINT(3) ") RETURNING id")
SQL(FB_RULE_DELETE, "DELETE FROM feedback_rule WHERE id = " P_BIGINT(1))

#define FB_KEY_COLUMNS "id, name, created_at, created_by, revoked_at, per_hour"
SQL(FB_KEY_INSERT,
	"INSERT INTO open311_key(name, key_hash, created_at, created_by, per_hour)"
	" VALUES (" P(1) ", " P_BYTEA(2) ", " P_BIGINT(3) ", " P(4) ", " P_INTEGER(5) ") RETURNING id")
SQL(FB_KEY_LIST, "SELECT " FB_KEY_COLUMNS " FROM open311_key ORDER BY id")
SQL(FB_KEY_GET, "SELECT " FB_KEY_COLUMNS " FROM open311_key WHERE id = " P_BIGINT(1))
SQL(FB_KEY_BY_HASH,
	"SELECT " FB_KEY_COLUMNS " FROM open311_key"
	" WHERE key_hash = " P_BYTEA(1) " AND revoked_at IS NULL")
/* Reports a key sent since 2, and when the oldest of them came (0: none). */
SQL(FB_KEY_SENT_SINCE,
	"SELECT count(*), coalesce(min(received_at), 0) FROM feedback"
	" WHERE open311_key_id = " P_BIGINT(1) " AND received_at >= " P_BIGINT(2))
SQL(FB_KEY_REVOKE,
	"UPDATE open311_key SET revoked_at = " P_BIGINT(2)
	" WHERE id = " P_BIGINT(1) " AND revoked_at IS NULL")
