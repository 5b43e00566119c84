/*
 * reminder_sql.h: the reminders' statements (digest runs, the inbox, the
 * e-mail outbox, iCalendar feeds), one list for both engines.  See
 * org/org_sql.h for the macros.  No include guard.
 */
#define REMINDER_DIGEST_COLUMNS \
	"id, user_id, day, created_at, subject, body, items, n_items, n_overdue"
#define REMINDER_MAIL_COLUMNS \
	"id, digest_id, to_addr, subject, body, created_at, attempts, next_attempt_at," \
	" coalesce(sent_at, 0), coalesce(last_error, '')"
#define REMINDER_FEED_COLUMNS \
	"id, kind, unit_id, user_id, token_hash, name, created_at, coalesce(revoked_at, 0)"

SQL(REMINDER_RUN_CLAIM,
	"INSERT INTO reminder_run(day, ran_at, digests, emails)"
	" VALUES (" P_TEXT(1) ", " P_BIGINT(2) ", 0, 0) ON CONFLICT (day) DO NOTHING")
SQL(REMINDER_RUN_FINISH,
	"UPDATE reminder_run SET digests = " P_INTEGER(2) ", emails = " P_INTEGER(3)
	" WHERE day = " P_TEXT(1))
SQL(REMINDER_DIGEST_INSERT,
	"INSERT INTO reminder_digest(user_id, day, created_at, subject, body, items, n_items,"
	" n_overdue) VALUES (" P_BIGINT(1) ", " P_TEXT(2) ", " P_BIGINT(3) ", " P_TEXT(4) ", "
	P_TEXT(5) ", " P_TEXT(6) ", " P_INTEGER(7) ", " P_INTEGER(8) ") RETURNING id")
SQL(REMINDER_DIGEST_LIST,
	"SELECT " REMINDER_DIGEST_COLUMNS " FROM reminder_digest WHERE user_id = " P_BIGINT(1)
	" ORDER BY day DESC, id DESC LIMIT " P_INTEGER(2))
SQL(REMINDER_MAIL_INSERT,
	"INSERT INTO reminder_outbox(digest_id, to_addr, subject, body, created_at, attempts,"
	" next_attempt_at) VALUES (" P_BIGINT(1) ", " P_TEXT(2) ", " P_TEXT(3) ", " P_TEXT(4) ", "
	P_BIGINT(5) ", 0, " P_BIGINT(5) ") RETURNING id")
/* Unsent mail, oldest first; NOW 0: every unsent one, whatever its next attempt. */
SQL(REMINDER_MAIL_PENDING,
	"SELECT " REMINDER_MAIL_COLUMNS " FROM reminder_outbox WHERE sent_at IS NULL"
	" AND (" P_BIGINT(1) " = 0 OR next_attempt_at <= " P(1) ")"
	" ORDER BY id LIMIT " P_INTEGER(2))
SQL(REMINDER_MAIL_SENT,
	"UPDATE reminder_outbox SET sent_at = " P_BIGINT(2) ", attempts = attempts + 1,"
	" last_error = NULL WHERE id = " P_BIGINT(1) " AND sent_at IS NULL")
SQL(REMINDER_MAIL_FAILED,
	"UPDATE reminder_outbox SET attempts = attempts + 1, next_attempt_at = " P_BIGINT(2) ","
	" last_error = " P_TEXT(3) " WHERE id = " P_BIGINT(1) " AND sent_at IS NULL")
SQL(REMINDER_MAIL_UNSENT_COUNT, "SELECT count(*) FROM reminder_outbox WHERE sent_at IS NULL")
SQL(REMINDER_FEED_INSERT,
	"INSERT INTO reminder_feed(kind, unit_id, user_id, token_hash, name, created_at)"
	" VALUES (" P_TEXT(1) ", " P_BIGINT(2) ", " P_BIGINT(3) ", " P_TEXT(4) ", " P_TEXT(5) ", "
	P_BIGINT(6) ") RETURNING id")
SQL(REMINDER_FEED_BY_HASH,
	"SELECT " REMINDER_FEED_COLUMNS " FROM reminder_feed WHERE token_hash = " P_TEXT(1))
SQL(REMINDER_FEED_GET, "SELECT " REMINDER_FEED_COLUMNS " FROM reminder_feed WHERE id = " P_BIGINT(1))
SQL(REMINDER_FEED_LIST,
	"SELECT " REMINDER_FEED_COLUMNS " FROM reminder_feed WHERE user_id = " P_BIGINT(1)
	" AND revoked_at IS NULL ORDER BY id")
SQL(REMINDER_FEED_REVOKE,
	"UPDATE reminder_feed SET revoked_at = " P_BIGINT(2)
	" WHERE id = " P_BIGINT(1) " AND revoked_at IS NULL")
