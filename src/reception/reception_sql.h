/*
 * reception_sql.h: the reception module's statements, one list for both
 * engines.  See org/org_sql.h for the macros.  No include guard.
 */
#define RC_SESSION_COLUMNS \
	"id, unit_id, kind, status, day, leader, place, online_link, agenda, minutes, summary," \
	" updated_at"
#define RC_QUESTION_COLUMNS \
	"id, session_id, number, received_day, citizen_name, citizen_address, people, content," \
	" earlier_handling, request, result, due_day, answered_day, registered_online"
#define RC_COMMITMENT_COLUMNS "id, session_id, text, leader, leader_id, due_day, task_id, done"

SQL(RC_SESSION_GET, "SELECT " RC_SESSION_COLUMNS " FROM reception_session WHERE id = " P_BIGINT(1))
/* Days FROM..TO (both included), of one unit if 3 is not 0. */
SQL(RC_SESSION_LIST,
	"SELECT " RC_SESSION_COLUMNS " FROM reception_session"
	" WHERE day >= " P_INTEGER(1) " AND day <= " P_INTEGER(2)
	"   AND (" P_BIGINT(3) " = 0 OR unit_id = " P(3) ")"
	" ORDER BY day, id")
SQL(RC_SESSION_INSERT,
	"INSERT INTO reception_session(unit_id, kind, status, day, leader, place, online_link, agenda,"
	" minutes, summary, updated_at) VALUES (" P_BIGINT(1) ", " P(2) ", " P(3) ", " P_INTEGER(4)
	", " P(5) ", " P(6) ", " P(7) ", " P(8) ", " P(9) ", " P(10) ", " P_BIGINT(11) ") RETURNING id")
SQL(RC_SESSION_UPDATE,
	"UPDATE reception_session SET status = " P(2) ", minutes = " P(3) ", summary = " P(4)
	", updated_at = " P_BIGINT(5) " WHERE id = " P_BIGINT(1))

SQL(RC_QUESTION_LIST,
	"SELECT " RC_QUESTION_COLUMNS " FROM reception_question WHERE session_id = " P_BIGINT(1)
	" ORDER BY number")
SQL(RC_QUESTION_GET,
	"SELECT " RC_QUESTION_COLUMNS " FROM reception_question WHERE id = " P_BIGINT(1))
SQL(RC_QUESTION_NEXT,
	"SELECT coalesce(max(number), 0) + 1 FROM reception_question WHERE session_id = " P_BIGINT(1))
SQL(RC_QUESTION_INSERT,
	"INSERT INTO reception_question(session_id, number, received_day, citizen_name,"
	" citizen_address, people, content, earlier_handling, request, result, due_day, answered_day,"
	" registered_online, client_hash, received_at) VALUES (" P_BIGINT(1) ", " P_INTEGER(2) ", "
	P_INTEGER(3) ", " P(4) ", " P(5) ", " P_INTEGER(6) ", " P(7) ", " P(8) ", " P(9) ", " P(10)
	", " P_INTEGER(11) ", " P_INTEGER(12) ", " P_BOOL(13) ", " P(14) ", " P_BIGINT(15) ")"
	" RETURNING id")
/* Questions registered from client 1 since 2, and when the oldest of them came (0: none). */
SQL(RC_QUESTION_SENT_SINCE,
	"SELECT count(*), coalesce(min(received_at), 0) FROM reception_question"
	" WHERE client_hash = " P_TEXT(1) " AND received_at >= " P_BIGINT(2))
SQL(RC_QUESTION_ANSWER,
	"UPDATE reception_question SET result = " P(2) ", answered_day = " P_INTEGER(3)
	" WHERE id = " P_BIGINT(1))

SQL(RC_COMMITMENT_LIST,
	"SELECT " RC_COMMITMENT_COLUMNS " FROM reception_commitment WHERE session_id = " P_BIGINT(1)
	" ORDER BY id")
SQL(RC_COMMITMENT_GET,
	"SELECT " RC_COMMITMENT_COLUMNS " FROM reception_commitment WHERE id = " P_BIGINT(1))
SQL(RC_COMMITMENT_INSERT,
	"INSERT INTO reception_commitment(session_id, text, leader, leader_id, due_day, task_id, done)"
	" VALUES (" P_BIGINT(1) ", " P(2) ", " P(3) ", " P_BIGINT(4) ", " P_INTEGER(5) ", " P_BIGINT(6)
	", " P_BOOL(7) ") RETURNING id")
SQL(RC_COMMITMENT_OPEN,
	"SELECT c.id, c.session_id, c.text, c.leader, c.leader_id, c.due_day, c.task_id, c.done,"
	" s.unit_id, s.day FROM reception_commitment c"
	" JOIN reception_session s ON s.id = c.session_id"
	" WHERE c.done = false ORDER BY c.due_day, c.id")
SQL(RC_QUESTION_LATE,
	"SELECT q.session_id, s.unit_id, s.day, count(*) FROM reception_question q"
	" JOIN reception_session s ON s.id = q.session_id"
	" WHERE q.answered_day IS NULL AND q.due_day < " P_INTEGER(1)
	" GROUP BY q.session_id, s.unit_id, s.day ORDER BY s.day, q.session_id")
SQL(RC_COMMITMENT_UPDATE,
	"UPDATE reception_commitment SET task_id = " P_BIGINT(2) ", done = " P_BOOL(3)
	" WHERE id = " P_BIGINT(1))
