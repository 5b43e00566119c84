/*
 * audit_sql.h: the audit module's statements, one list for both engines.
 * See org/org_sql.h for the macros.  No include guard.
 */
#define AUDIT_COLUMNS \
	"id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash"
/*
 * Filters: an entity's history, one actor's actions, entries after or
 * before an id, and a time window ("at" is ISO 8601 UTC text with the same
 * width throughout, so text order is time order on both engines).
 */
#define AUDIT_WHERE \
	" WHERE (" P_TEXT(1) " IS NULL OR (entity = " P(1) \
	"        AND (" P_BIGINT(2) " = 0 OR entity_id = " P(2) ")))" \
	"   AND (" P_BIGINT(3) " <= 0 OR actor_id = " P(3) ")" \
	"   AND (" P_BIGINT(4) " <= 0 OR id > " P(4) ")" \
	"   AND (" P_BIGINT(6) " <= 0 OR id < " P(6) ")" \
	"   AND (" P_TEXT(7) " IS NULL OR at >= " P(7) ")" \
	"   AND (" P_TEXT(8) " IS NULL OR at < " P(8) ")"

/*
 * Appenders queue on the tail.  SQLite: BEGIN IMMEDIATE already serialises
 * writers; PostgreSQL: an advisory transaction lock ("dh-audit" in ASCII
 * as a bigint), released at commit or rollback.
 */
SQL_BY_ENGINE(AUDIT_LOCK,
	"SELECT 1",
	"SELECT pg_advisory_xact_lock(7235082697975294324)")
SQL(AUDIT_TAIL, "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
SQL(AUDIT_INSERT,
	"INSERT INTO audit_entry(at, actor_id, actor, action, entity, entity_id, before, after,"
	" prev_hash, hash) VALUES (" P(1) ", " P_BIGINT(2) ", " P(3) ", " P(4) ", " P(5) ", "
	P_BIGINT(6) ", " P(7) ", " P(8) ", " P(9) ", " P(10) ") RETURNING id")
/*
 * N entries in one statement where the engine takes arrays (PostgreSQL:
 * one round trip whatever N); SQLite runs in this process, a statement
 * costs no round trip, and it appends with AUDIT_INSERT in a loop.  Ids
 * follow chain order (audit verify walks by id).
 */
SQL_BY_ENGINE(AUDIT_INSERT_MANY, NULL,
	"INSERT INTO audit_entry(at, actor_id, actor, action, entity, entity_id,"
	" before, after, prev_hash, hash)"
	" SELECT at, actor_id, actor, action, entity, entity_id, before, after, prev_hash,"
	" hash FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[],"
	" $6::bigint[], $7::text[], $8::text[], $9::text[], $10::text[]) WITH ORDINALITY"
	" AS u(at, actor_id, actor, action, entity, entity_id, before, after, prev_hash,"
	" hash, ord) ORDER BY ord")
SQL(AUDIT_LIST_ASC,
	"SELECT " AUDIT_COLUMNS " FROM audit_entry" AUDIT_WHERE " ORDER BY id LIMIT " P_BIGINT(5))
SQL(AUDIT_LIST_DESC,
	"SELECT " AUDIT_COLUMNS " FROM audit_entry" AUDIT_WHERE
	" ORDER BY id DESC LIMIT " P_BIGINT(5))
SQL(AUDIT_SCHEME_GET, "SELECT keyed_from, key_id, mac FROM audit_scheme WHERE id = 1")
SQL(AUDIT_SCHEME_PUT,
	"INSERT INTO audit_scheme(id, keyed_from, key_id, mac)"
	" VALUES (1, " P_BIGINT(1) ", " P(2) ", " P(3) ")")
