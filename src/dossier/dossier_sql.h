/*
 * dossier_sql.h: the dossier module's statements, one list for both
 * engines (see org/org_sql.h for the macros).  No include guard.
 */
#define PROC_COLUMNS \
	"id, code, version, is_current, name, field, level, owner_unit_id, legal_basis," \
	" legal_changed, working_days, fee, version_date, reviewed_on, documents, steps"
#define DOSSIER_COLUMNS \
	"id, code, unit_id, procedure_id, state, resume_state, step_no, received_at," \
	" clock_start, due_day, first_due, paused_days, waiting_since, supplements, apologies," \
	" finished_day, returned_at, result, handler_id, handler, received_by, applicant_name," \
	" applicant_id_number, applicant_phone, applicant_address, documents, missing, note," \
	" updated_at, processing_unit_id, revision"
#define DOSSIER_OPEN \
	" state NOT IN ('refused', 'withdrawn', 'stopped', 'returned')"

SQL(DOSSIER_PROC_GET, "SELECT " PROC_COLUMNS " FROM procedure WHERE id = " P_BIGINT(1))
SQL(DOSSIER_PROC_GET_CURRENT,
	"SELECT " PROC_COLUMNS " FROM procedure WHERE code = " P(1) " AND is_current = 1")
SQL(DOSSIER_PROC_LIST,
	"SELECT " PROC_COLUMNS " FROM procedure WHERE is_current = 1"
	" ORDER BY code" COLLATE_BYTES)
SQL(DOSSIER_PROC_VERSIONS,
	"SELECT " PROC_COLUMNS " FROM procedure WHERE code = " P(1) " ORDER BY version DESC")
SQL(DOSSIER_PROC_INSERT,
	"INSERT INTO procedure(code, version, is_current, name, field, level, owner_unit_id,"
	" legal_basis, legal_changed, working_days, fee, version_date, reviewed_on, documents,"
	" steps) VALUES (" P(1) ", " P_INTEGER(2) ", 1, " P(3) ", " P(4) ", " P(5) ", "
	P_BIGINT(6) ", " P(7) ", " P(8) ", " P_INTEGER(9) ", " P(10) ", " P(11) ", " P(12) ", "
	P(13) ", " P(14) ") RETURNING id")
SQL(DOSSIER_PROC_RETIRE,
	"UPDATE procedure SET is_current = 0 WHERE id = " P_BIGINT(1) " AND is_current = 1")
SQL(DOSSIER_PROC_MARK,
	"UPDATE procedure SET reviewed_on = " P(2) ", legal_changed = " P(3)
	" WHERE id = " P_BIGINT(1))

/* The unit's count for the day, taken and bumped in one statement. */
SQL(DOSSIER_SEQ_NEXT,
	"INSERT INTO dossier_seq(unit_id, day, last_seq) VALUES (" P_BIGINT(1) ", " P(2) ", 1)"
	" ON CONFLICT (unit_id, day) DO UPDATE SET last_seq = dossier_seq.last_seq + 1"
	" RETURNING last_seq")
SQL(DOSSIER_INSERT,
	"INSERT INTO dossier(code, unit_id, procedure_id, state, resume_state, step_no,"
	" received_at, clock_start, due_day, first_due, paused_days, waiting_since, supplements,"
	" apologies, finished_day, returned_at, result, handler_id, handler, received_by,"
	" applicant_name, applicant_id_number, applicant_phone, applicant_address, documents,"
	" missing, note, updated_at) VALUES (" P(1) ", " P_BIGINT(2) ", " P_BIGINT(3) ", " P(4)
	", " P(5) ", " P_INTEGER(6) ", " P_BIGINT(7) ", " P(8) ", " P(9) ", " P(10) ", "
	P_INTEGER(11) ", " P_BIGINT(12) ", " P_INTEGER(13) ", " P_INTEGER(14) ", " P(15) ", "
	P_BIGINT(16) ", " P(17) ", " P_BIGINT(18) ", " P(19) ", " P(20) ", " P(21) ", " P(22)
	", " P(23) ", " P(24) ", " P(25) ", " P(26) ", " P(27) ", " P_BIGINT(28) ") RETURNING id")
SQL(DOSSIER_UPDATE,
	"UPDATE dossier SET state = " P(2) ", resume_state = " P(3) ", step_no = " P_INTEGER(4)
	", clock_start = " P(5) ", due_day = " P(6) ", first_due = " P(7) ", paused_days = "
	P_INTEGER(8) ", waiting_since = " P_BIGINT(9) ", supplements = " P_INTEGER(10)
	", apologies = " P_INTEGER(11) ", finished_day = " P(12) ", returned_at = " P_BIGINT(13)
	", result = " P(14) ", handler_id = " P_BIGINT(15) ", handler = " P(16)
	", documents = " P(17) ", missing = " P(18) ", note = " P(19) ", updated_at = "
	P_BIGINT(20) ", processing_unit_id = " P_BIGINT(21) ", revision = revision + 1"
	" WHERE id = " P_BIGINT(1))
SQL(DOSSIER_GET, "SELECT " DOSSIER_COLUMNS " FROM dossier WHERE id = " P_BIGINT(1))
/* 0 when there is no such dossier: revisions start at 1. */
SQL(DOSSIER_REVISION, "SELECT revision FROM dossier WHERE code = " P(1))
SQL(DOSSIER_GET_BY_CODE, "SELECT " DOSSIER_COLUMNS " FROM dossier WHERE code = " P(1))
SQL(DOSSIER_LIST,
	"SELECT " DOSSIER_COLUMNS " FROM dossier"
	" WHERE (" P_BIGINT(1) " = 0 OR unit_id = " P(1) " OR processing_unit_id = " P(1) ")"
	"   AND (" P_INTEGER(2) " = 0 OR" DOSSIER_OPEN ")"
	"   AND (" P_TEXT(3) " IS NULL OR (due_day <= " P(3) " AND" DOSSIER_OPEN
	"        AND state NOT IN ('done', 'supplement')))"
	" ORDER BY due_day IS NULL, due_day, code" COLLATE_BYTES
	" LIMIT " P_INTEGER(4) " OFFSET " P_INTEGER(5))
SQL(DOSSIER_EVENT_INSERT,
	"INSERT INTO dossier_event(dossier_id, at, action, from_state, to_state, actor_id, actor,"
	" note) VALUES (" P_BIGINT(1) ", " P_BIGINT(2) ", " P(3) ", " P(4) ", " P(5) ", "
	P_BIGINT(6) ", " P(7) ", " P(8) ") RETURNING id")
SQL(DOSSIER_EVENT_LIST,
	"SELECT id, dossier_id, at, action, from_state, to_state, actor_id, actor, note"
	" FROM dossier_event WHERE dossier_id = " P_BIGINT(1) " ORDER BY id")
SQL(DOSSIER_RATING_INSERT,
	"INSERT INTO dossier_rating(dossier_id, at, scores, average, comment)"
	" VALUES (" P_BIGINT(1) ", " P_BIGINT(2) ", " P(3) ", " P_DOUBLE(4) ", " P(5) ")")
SQL(DOSSIER_RATING_GET,
	"SELECT dossier_id, at, scores, average, comment FROM dossier_rating"
	" WHERE dossier_id = " P_BIGINT(1))
/*
 * A unit's open dossiers due by a day (P3) and, of them, those overdue
 * (due before P2): the states the queue counts, listed so the
 * (unit_id, state, due_day) index answers.
 */
SQL(DOSSIER_DUE_COUNTS,
	"SELECT count(*), coalesce(sum(CASE WHEN due_day < " P(2) " THEN 1 ELSE 0 END), 0)"
	" FROM dossier WHERE unit_id = " P_BIGINT(1)
	" AND state IN ('submitted', 'received', 'processing', 'fees_due', 'paused')"
	" AND due_day <= " P(3))
/* The day of the latest intake (a small table, unlike dossier): the year pages open on. */
SQL(DOSSIER_LAST_INTAKE, "SELECT max(day) FROM dossier_seq")
/*
 * From the counts the triggers keep (migration 7), months P1 to before P2
 * ("YYYY-MM"), by receiving unit, result and one of procedure, officer and
 * month (the report's rows): a few hundred rows, however many dossiers.
 */
#define COUNT_FROM \
	" FROM dossier_finished_count c WHERE c.month >= " P(1) " AND c.month < " P(2) \
	" AND c.n <> 0"
SQL(DOSSIER_COUNT_BY_UNIT,
	"SELECT c.unit_id, '', '', '', c.result, CAST(sum(c.n) AS bigint)" COUNT_FROM
	" GROUP BY c.unit_id, c.result")
SQL(DOSSIER_COUNT_BY_PROCEDURE,
	"SELECT c.unit_id, p.code, '', '', c.result, CAST(sum(c.n) AS bigint)"
	" FROM dossier_finished_count c JOIN procedure p ON p.id = c.procedure_id"
	" WHERE c.month >= " P(1) " AND c.month < " P(2) " AND c.n <> 0"
	" GROUP BY c.unit_id, p.code, c.result")
SQL(DOSSIER_COUNT_BY_OFFICER,
	"SELECT c.unit_id, '', c.handler, '', c.result, CAST(sum(c.n) AS bigint)" COUNT_FROM
	" GROUP BY c.unit_id, c.handler, c.result")
SQL(DOSSIER_COUNT_BY_MONTH,
	"SELECT c.unit_id, '', '', c.month, c.result, CAST(sum(c.n) AS bigint)" COUNT_FROM
	" GROUP BY c.unit_id, c.month, c.result")

#define NC_COLUMNS \
	"n.id, n.dossier_id, d.code, n.unit_id, n.opened_on, n.cause, n.corrective_action," \
	" n.closed_on, n.updated_by, n.task_id"
SQL(DOSSIER_NC_INSERT,
	"INSERT INTO dossier_nc(dossier_id, unit_id, opened_on) VALUES (" P_BIGINT(1) ", "
	P_BIGINT(2) ", " P(3) ") RETURNING id")
SQL(DOSSIER_NC_GET,
	"SELECT " NC_COLUMNS " FROM dossier_nc n JOIN dossier d ON d.id = n.dossier_id"
	" WHERE n.id = " P_BIGINT(1))
SQL(DOSSIER_NC_LIST,
	"SELECT " NC_COLUMNS " FROM dossier_nc n JOIN dossier d ON d.id = n.dossier_id"
	" WHERE (" P_INTEGER(1) " = 0 OR n.closed_on IS NULL)"
	" ORDER BY n.opened_on DESC, n.id DESC LIMIT " P_INTEGER(2))
SQL(DOSSIER_NC_UPDATE,
	"UPDATE dossier_nc SET cause = " P(2) ", corrective_action = " P(3) ", closed_on = " P(4)
	", updated_by = " P(5) ", task_id = " P_BIGINT(6) " WHERE id = " P_BIGINT(1))

/* The management review's counts. */
SQL(DOSSIER_COUNT_RECEIVED,
	"SELECT state, count(*) FROM dossier WHERE received_at >= " P_BIGINT(1)
	" AND received_at < " P_BIGINT(2) " GROUP BY state")
SQL(DOSSIER_RATING_SCORES,
	"SELECT r.scores FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id"
	" WHERE d.returned_at >= " P_BIGINT(1) " AND d.returned_at < " P_BIGINT(2))
SQL(DOSSIER_NC_COUNTS,
	"SELECT count(*), count(closed_on) FROM dossier_nc WHERE opened_on >= " P(1)
	" AND opened_on < " P(2))

#define ISO_AUDIT_COLUMNS \
	"id, unit_id, audit_date, auditor, scope, findings, nonconformities, recorded_by"
SQL(DOSSIER_ISO_AUDIT_INSERT,
	"INSERT INTO iso_audit(unit_id, audit_date, auditor, scope, findings, nonconformities,"
	" recorded_by) VALUES (" P_BIGINT(1) ", " P(2) ", " P(3) ", " P(4) ", " P(5) ", "
	P_INTEGER(6) ", " P(7) ") RETURNING id")
SQL(DOSSIER_ISO_AUDIT_GET, "SELECT " ISO_AUDIT_COLUMNS " FROM iso_audit WHERE id = " P_BIGINT(1))
SQL(DOSSIER_ISO_AUDIT_LIST,
	"SELECT " ISO_AUDIT_COLUMNS " FROM iso_audit WHERE audit_date >= " P(1)
	" AND audit_date < " P(2) " ORDER BY audit_date, id")
