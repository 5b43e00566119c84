/*
 * org_sql.h: the org module's statements, one list for both engines.
 *
 * Each engine compiles this list with its own dialect macros
 * (store/db_sql_sqlite.h, store/db_sql_pg.h; see store/db_sql_list.h), so
 * a statement is written once: P(n) is a parameter, P_BIGINT(n) and the
 * like a parameter PostgreSQL must be told the type of.  SQL_BY_ENGINE
 * gives two texts where the engines really differ.  No include guard.
 */
#define ORG_UNIT_COLUMNS(u) \
	u "id, " u "kind, " u "code, " u "name, " u "parent_id, " \
	DATE_TEXT(u "valid_from") ", " DATE_TEXT(u "valid_to") ", " \
	u "predecessor_id, " u "successor_id, " u "search_key, " BYTES(u "sort_key")
#define ORG_PERSON_COLUMNS \
	"id, full_name, title, unit_id, email, phone, search_key, " BYTES("sort_key")

SQL(ORG_UNIT_GET, "SELECT " ORG_UNIT_COLUMNS("") " FROM org_unit WHERE id = " P_BIGINT(1))
/* The top of the tree (the first in order if there are several): the page header's name. */
SQL(ORG_UNIT_ROOT,
	"SELECT " ORG_UNIT_COLUMNS("") " FROM org_unit WHERE parent_id IS NULL"
	" ORDER BY sort_key, id LIMIT 1")
SQL(ORG_UNIT_GET_BY_CODE, "SELECT " ORG_UNIT_COLUMNS("") " FROM org_unit WHERE code = " P(1))
SQL(ORG_UNIT_LIST,
	"SELECT " ORG_UNIT_COLUMNS("") " FROM org_unit"
	" WHERE (" P_TEXT(1) " IS NULL OR kind = " P(1) ")"
	"   AND (" P_TEXT(2) " IS NULL OR search_key LIKE '%' || " P(2) " || '%'" LIKE_ESCAPE ")"
	"   AND (" P_BIGINT(3) " = 0 OR parent_id = " P(3) ")"
	" ORDER BY sort_key, id LIMIT " P_BIGINT(4) " OFFSET " P_BIGINT(5))
SQL(ORG_UNIT_SUBTREE,
	"WITH RECURSIVE sub(id, depth) AS ("
	"  SELECT id, 0 FROM org_unit WHERE id = " P_BIGINT(1)
	"  UNION ALL"
	"  SELECT u.id, sub.depth + 1 FROM org_unit u JOIN sub ON u.parent_id = sub.id"
	"  WHERE sub.depth < 64)"
	" SELECT " ORG_UNIT_COLUMNS("u.")
	" FROM sub JOIN org_unit u ON u.id = sub.id"
	" ORDER BY sub.depth <> 0, u.sort_key, u.id")
SQL(ORG_UNIT_INSERT,
	"INSERT INTO org_unit(kind, code, name, parent_id, valid_from, valid_to,"
	" predecessor_id, successor_id, search_key, sort_key)"
	" VALUES (" P(1) ", " P(2) ", " P(3) ", " P_BIGINT(4) ", " P_DATE(5) ", " P_DATE(6) ", "
	P_BIGINT(7) ", " P_BIGINT(8) ", " P(9) ", " P_BYTEA(10) ") RETURNING id")
SQL(ORG_UNIT_UPDATE,
	"UPDATE org_unit SET kind = " P(2) ", code = " P(3) ", name = " P(4) ","
	" parent_id = " P_BIGINT(5) ", valid_from = " P_DATE(6) ", valid_to = " P_DATE(7) ","
	" predecessor_id = " P_BIGINT(8) ", successor_id = " P_BIGINT(9) ","
	" search_key = " P(10) ", sort_key = " P_BYTEA(11) ", updated_at = " NOW_TEXT
	" WHERE id = " P_BIGINT(1))
SQL(ORG_UNIT_COUNT, "SELECT count(*) FROM org_unit")
SQL(ORG_UNIT_REVISION, "SELECT rev FROM org_revision WHERE id = 1")
SQL(ORG_PERSON_GET, "SELECT " ORG_PERSON_COLUMNS " FROM person WHERE id = " P_BIGINT(1))
SQL(ORG_PERSON_LIST,
	"SELECT " ORG_PERSON_COLUMNS " FROM person"
	" WHERE (" P_BIGINT(1) " = 0 OR unit_id = " P(1) ")"
	"   AND (" P_TEXT(2) " IS NULL OR search_key LIKE '%' || " P(2) " || '%'" LIKE_ESCAPE ")"
	" ORDER BY sort_key, id LIMIT " P_BIGINT(3) " OFFSET " P_BIGINT(4))
SQL(ORG_PERSON_INSERT,
	"INSERT INTO person(full_name, title, unit_id, email, phone, search_key, sort_key)"
	" VALUES (" P(1) ", " P(2) ", " P_BIGINT(3) ", " P(4) ", " P(5) ", " P(6) ", "
	P_BYTEA(7) ") RETURNING id")
SQL(ORG_PERSON_UPDATE,
	"UPDATE person SET full_name = " P(2) ", title = " P(3) ", unit_id = " P_BIGINT(4) ","
	" email = " P(5) ", phone = " P(6) ", search_key = " P(7) ", sort_key = " P_BYTEA(8) ","
	" updated_at = " NOW_TEXT " WHERE id = " P_BIGINT(1))
/* People by their external reference (imports); person.ref is org migration 1. */
SQL(ORG_PERSON_GET_BY_REF, "SELECT " ORG_PERSON_COLUMNS " FROM person WHERE ref = " P(1))
SQL(ORG_PERSON_SET_REF, "UPDATE person SET ref = " P(2) " WHERE id = " P_BIGINT(1))
