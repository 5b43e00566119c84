/*
 * auth_sql.h: the auth module's statements (accounts, role grants,
 * sessions, API tokens, the sign-in throttle), one list for both engines.
 * See org/org_sql.h for the macros.  No include guard.
 */
#define AUTH_ACCOUNT_COLUMNS \
	"id, login, display_name, person_id, password_hash, disabled, created_at, home_unit_id"
#define AUTH_TOKEN_COLUMNS \
	"id, " BYTES("token_hash") ", user_id, name, created_at, last_used, revoked_at"

SQL(AUTH_ACCOUNT_GET,
	"SELECT " AUTH_ACCOUNT_COLUMNS " FROM app_user WHERE id = " P_BIGINT(1))
SQL(AUTH_ACCOUNT_GET_BY_LOGIN,
	"SELECT " AUTH_ACCOUNT_COLUMNS " FROM app_user WHERE login = " P(1))
/* Byte order on both engines (SQLite's BINARY collation). */
SQL(AUTH_ACCOUNT_LIST,
	"SELECT " AUTH_ACCOUNT_COLUMNS " FROM app_user ORDER BY login" COLLATE_BYTES ", id")
SQL(AUTH_ACCOUNT_INSERT,
	"INSERT INTO app_user(login, display_name, person_id, password_hash, disabled,"
	" created_at, home_unit_id)"
	" VALUES (" P(1) ", " P(2) ", " P_BIGINT(3) ", " P(4) ", " P_BOOL(5) ", " P_BIGINT(6) ", "
	P_BIGINT(7) ") RETURNING id")
SQL(AUTH_ACCOUNT_UPDATE,
	"UPDATE app_user SET display_name = " P(2) ", person_id = " P_BIGINT(3) ","
	" password_hash = " P(4) ", disabled = " P_BOOL(5) ", home_unit_id = " P_BIGINT(6)
	" WHERE id = " P_BIGINT(1))

SQL(AUTH_GRANT_LIST,
	"SELECT id, user_id, role, unit_id FROM role_grant WHERE user_id = " P_BIGINT(1)
	" ORDER BY id")
SQL(AUTH_GRANT_INSERT,
	"INSERT INTO role_grant(user_id, role, unit_id)"
	" VALUES (" P_BIGINT(1) ", " P(2) ", " P_BIGINT(3) ") RETURNING id")
SQL(AUTH_GRANT_DELETE, "DELETE FROM role_grant WHERE id = " P_BIGINT(1))

SQL(AUTH_SESSION_INSERT,
	"INSERT INTO session(token_hash, user_id, csrf, created_at, last_seen, expires_at)"
	" VALUES (" P_BYTEA(1) ", " P_BIGINT(2) ", " P(3) ", " P_BIGINT(4) ", " P_BIGINT(5) ", "
	P_BIGINT(6) ")")
SQL(AUTH_SESSION_GET,
	"SELECT " BYTES("token_hash") ", user_id, csrf, created_at, last_seen, expires_at"
	" FROM session WHERE token_hash = " P_BYTEA(1))
/* What a signed-in request reads, in one round trip: the session, its account, the account's grants. */
SQL(AUTH_SESSION_PRINCIPAL,
	"SELECT " BYTES("s.token_hash") ", s.user_id, s.csrf, s.created_at, s.last_seen, s.expires_at,"
	" u.id, u.login, u.display_name, u.person_id, u.password_hash, u.disabled, u.created_at,"
	" u.home_unit_id, g.id, g.user_id, g.role, g.unit_id"
	" FROM session s JOIN app_user u ON u.id = s.user_id"
	" LEFT JOIN role_grant g ON g.user_id = u.id"
	" WHERE s.token_hash = " P_BYTEA(1) " ORDER BY g.id")
SQL(AUTH_SESSION_TOUCH,
	"UPDATE session SET last_seen = " P_BIGINT(2) " WHERE token_hash = " P_BYTEA(1))
SQL(AUTH_SESSION_DELETE, "DELETE FROM session WHERE token_hash = " P_BYTEA(1))
SQL(AUTH_SESSION_DELETE_FOR_USER,
	"DELETE FROM session WHERE user_id = " P_BIGINT(1) " AND token_hash <> " P_BYTEA(2))
SQL(AUTH_SESSION_PURGE, "DELETE FROM session WHERE expires_at < " P_BIGINT(1))

SQL(AUTH_TOKEN_INSERT,
	"INSERT INTO api_token(token_hash, user_id, name, created_at, last_used, revoked_at)"
	" VALUES (" P_BYTEA(1) ", " P_BIGINT(2) ", " P(3) ", " P_BIGINT(4) ", " P_BIGINT(5) ", "
	P_BIGINT(6) ") RETURNING id")
SQL(AUTH_TOKEN_GET,
	"SELECT " AUTH_TOKEN_COLUMNS " FROM api_token WHERE token_hash = " P_BYTEA(1))
SQL(AUTH_TOKEN_GET_BY_ID, "SELECT " AUTH_TOKEN_COLUMNS " FROM api_token WHERE id = " P_BIGINT(1))
SQL(AUTH_TOKEN_LIST,
	"SELECT " AUTH_TOKEN_COLUMNS " FROM api_token WHERE user_id = " P_BIGINT(1)
	" ORDER BY id DESC")
SQL(AUTH_TOKEN_REVOKE,
	"UPDATE api_token SET revoked_at = " P_BIGINT(3)
	" WHERE id = " P_BIGINT(1) " AND user_id = " P_BIGINT(2) " AND revoked_at IS NULL")
SQL(AUTH_TOKEN_TOUCH,
	"UPDATE api_token SET last_used = " P_BIGINT(2) " WHERE id = " P_BIGINT(1))
SQL(AUTH_TOKEN_REVOKE_FOR_USER,
	"UPDATE api_token SET revoked_at = " P_BIGINT(2)
	" WHERE user_id = " P_BIGINT(1) " AND revoked_at IS NULL")

SQL(AUTH_THROTTLE_GET, "SELECT failures, window_start FROM login_throttle WHERE key = " P(1))
/*
 * Counts one attempt in one statement: a window that started at or before
 * P(3) (now minus the window's length) starts again at P(2).  Concurrent
 * attempts each add one: no read-then-write between them.
 */
SQL(AUTH_THROTTLE_COUNT,
	"INSERT INTO login_throttle(key, failures, window_start)"
	" VALUES (" P(1) ", 1, " P_BIGINT(2) ")"
	" ON CONFLICT (key) DO UPDATE SET"
	" failures = CASE WHEN login_throttle.window_start <= " P_BIGINT(3)
	"   THEN 1 ELSE login_throttle.failures + 1 END,"
	" window_start = CASE WHEN login_throttle.window_start <= " P_BIGINT(3)
	"   THEN excluded.window_start ELSE login_throttle.window_start END"
	" RETURNING failures, window_start")
SQL(AUTH_THROTTLE_UNCOUNT,
	"UPDATE login_throttle SET failures = failures - 1 WHERE key = " P(1) " AND failures > 0")
SQL(AUTH_THROTTLE_CLEAR, "DELETE FROM login_throttle WHERE key = " P(1))
