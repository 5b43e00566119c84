/*
 * target_sql.h: the target module's statements (targets, measurements, the
 * board's reads, the revision, bulk inserts), one list for both engines.
 * See org/org_sql.h for the macros.  SQL_BY_ENGINE(NAME, NULL, pg) is a
 * statement one engine does not run: its store takes another path there
 * (store_ops.array_params).  No include guard.
 */
#define TARGET_COLUMNS \
	"id, code, year, name, description, kind, unit_of_measure, direction, target_low," \
	" target_high, baseline, owner_unit_id, leader_person_id, parent_id, rollup, weight," \
	" period, due_days"
#define TARGET_MEASUREMENT_COLUMNS \
	"m.id, m.target_id, m.unit_id, m.period_no, m.value, m.note, m.evidence," \
	" m.reporter_id, m.reporter, m.reported_at, m.supersedes_id"
#define TARGET_CURRENT_WHERE \
	" FROM measurement m JOIN target t ON t.id = m.target_id" \
	" WHERE m.superseded_by IS NULL AND (" P_INTEGER(1) " = 0 OR t.year = " P(1) ")" \
	"   AND (" P_BIGINT(2) " = 0 OR m.target_id = " P(2) ")" \
	"   AND (" P_BIGINT(3) " = 0 OR m.unit_id = " P(3) ")" \
	" ORDER BY m.target_id, m.unit_id, m.period_no"
#define TARGET_FIELDS \
	"code, year, name, description, kind, unit_of_measure, direction, target_low," \
	" target_high, baseline, owner_unit_id, leader_person_id, parent_id, rollup, weight," \
	" period, due_days"

SQL(TARGET_GET, "SELECT " TARGET_COLUMNS " FROM target WHERE id = " P_BIGINT(1))
/* Codes in byte order on both engines. */
SQL(TARGET_LIST,
	"SELECT " TARGET_COLUMNS " FROM target"
	" WHERE (" P_INTEGER(1) " = 0 OR year = " P(1) ")"
	"   AND (" P_BIGINT(2) " < 0 OR (" P(2) " = 0 AND parent_id IS NULL) OR parent_id = " P(2) ")"
	"   AND (" P_BIGINT(3) " = 0 OR owner_unit_id = " P(3) ")"
	" ORDER BY code" COLLATE_BYTES ", id")
/* Index-friendly shapes: "P(1) = 0 OR col = P(1)" would scan the table. */
SQL(TARGET_CHILDREN,
	"SELECT " TARGET_COLUMNS " FROM target WHERE parent_id = " P_BIGINT(1)
	" ORDER BY code" COLLATE_BYTES ", id")
SQL(TARGET_INSERT,
	"INSERT INTO target(" TARGET_FIELDS ")"
	" VALUES (" P(1) ", " P_INTEGER(2) ", " P(3) ", " P(4) ", " P(5) ", " P(6) ", " P(7) ", "
	P_DOUBLE(8) ", " P_DOUBLE(9) ", " P_DOUBLE(10) ", " P_BIGINT(11) ", " P_BIGINT(12) ", "
	P_BIGINT(13) ", " P(14) ", " P_DOUBLE(15) ", " P(16) ", " P_INTEGER(17) ") RETURNING id")
SQL(TARGET_UPDATE,
	"UPDATE target SET code = " P(2) ", year = " P_INTEGER(3) ", name = " P(4) ","
	" description = " P(5) ", kind = " P(6) ", unit_of_measure = " P(7) ","
	" direction = " P(8) ", target_low = " P_DOUBLE(9) ", target_high = " P_DOUBLE(10) ","
	" baseline = " P_DOUBLE(11) ", owner_unit_id = " P_BIGINT(12) ","
	" leader_person_id = " P_BIGINT(13) ", parent_id = " P_BIGINT(14) ", rollup = " P(15) ","
	" weight = " P_DOUBLE(16) ", period = " P(17) ", due_days = " P_INTEGER(18)
	" WHERE id = " P_BIGINT(1))
SQL(TARGET_REVISION, "SELECT rev FROM target_revision WHERE id = 1")
/* Each year that has targets, newest first, and whether any has a figure (one index probe a target). */
/*
 * The years with targets, and whether any figure came in for them: a year
 * at a time, stopping at its first figure (a figure ever reported leaves a
 * current one, so the index of current figures answers).  Asked on every
 * board page: it must not walk every target of every year.
 */
/*
 * "Has the year a figure?" walks the year's targets in code order until one
 * has a current figure.  Written as EXISTS, PostgreSQL chose a sequential
 * scan of every year's targets (32 ms a board page on the large case, with
 * the year's rows at the table's end); the ordered LIMIT holds it to the
 * (year, code) index on both engines: 0.3 ms.
 */
SQL(TARGET_YEARS,
	"SELECT y.year, (SELECT count(*) FROM (SELECT 1 FROM target t JOIN measurement m"
	"  ON m.target_id = t.id AND m.superseded_by IS NULL WHERE t.year = y.year"
	"  ORDER BY t.year, t.code LIMIT 1) AS any_figure)"
	" FROM target_year_revision y ORDER BY y.year DESC")
/* The grain revisions (target migration 2): a year's board, a family's page. */
SQL(TARGET_YEAR_REVISION,
	"SELECT rev FROM target_year_revision WHERE year = " P_INTEGER(1))
SQL(TARGET_FAMILY_REVISION,
	"SELECT rev FROM target_family_revision WHERE family_id = " P_BIGINT(1))
/* A year's families in board order (the top-level targets by code), with their revisions. */
SQL(TARGET_FAMILY_REVISIONS,
	"SELECT t.id, f.rev FROM target t JOIN target_family_revision f ON f.family_id = t.id"
	" WHERE t.year = " P_INTEGER(1) " AND t.parent_id IS NULL"
	" ORDER BY t.code" COLLATE_BYTES ", t.id")

SQL(TARGET_MEASUREMENT_GET,
	"SELECT " TARGET_MEASUREMENT_COLUMNS " FROM measurement m WHERE m.id = " P_BIGINT(1))
SQL(TARGET_MEASUREMENT_INSERT,
	"INSERT INTO measurement(target_id, unit_id, period_no, value, note, evidence,"
	" reporter_id, reporter, reported_at, supersedes_id)"
	" VALUES (" P_BIGINT(1) ", " P_BIGINT(2) ", " P_INTEGER(3) ", " P_DOUBLE(4) ", " P(5) ", "
	P(6) ", " P_BIGINT(7) ", " P(8) ", " P_BIGINT(9) ", " P_BIGINT(10) ") RETURNING id")
/* -1 until the successor's id is known (measurement_insert). */
SQL(TARGET_MEASUREMENT_SUPERSEDE,
	"UPDATE measurement SET superseded_by = -1"
	" WHERE id = " P_BIGINT(1) " AND superseded_by IS NULL")
SQL(TARGET_MEASUREMENT_LINK,
	"UPDATE measurement SET superseded_by = " P_BIGINT(2) " WHERE id = " P_BIGINT(1))
SQL(TARGET_MEASUREMENT_CURRENT, "SELECT " TARGET_MEASUREMENT_COLUMNS TARGET_CURRENT_WHERE)
/*
 * The figure a report corrects: exactly the partial unique index
 * measurement_current's key and predicate, so neither engine walks the
 * all-history index (1.09 ms against 0.006 ms at 1,120 figures per target).
 */
SQL(TARGET_MEASUREMENT_CURRENT_ONE,
	"SELECT " TARGET_MEASUREMENT_COLUMNS " FROM measurement m"
	" WHERE m.target_id = " P_BIGINT(1) " AND m.unit_id = " P_BIGINT(2)
	"   AND m.period_no = " P_INTEGER(3) " AND m.superseded_by IS NULL")
/* The board's read: four numbers a row, no strings to copy. */
SQL(TARGET_MEASUREMENT_VALUES,
	"SELECT m.target_id, m.unit_id, m.period_no, m.value" TARGET_CURRENT_WHERE)
SQL(TARGET_MEASUREMENT_OF_TARGET,
	"SELECT " TARGET_MEASUREMENT_COLUMNS " FROM measurement m"
	" WHERE m.target_id = " P_BIGINT(1) " AND m.superseded_by IS NULL"
	"   AND (" P_BIGINT(2) " = 0 OR m.unit_id = " P(2) ")"
	" ORDER BY m.unit_id, m.period_no")
/* One target's family through the current-figures index, not a scan. */
SQL(TARGET_MEASUREMENT_FAMILY,
	"SELECT m.target_id, m.unit_id, m.period_no, m.value FROM measurement m"
	" WHERE m.superseded_by IS NULL AND m.target_id IN"
	"  (SELECT id FROM target WHERE id = " P_BIGINT(1) " UNION ALL"
	"   SELECT id FROM target WHERE parent_id = " P_BIGINT(1) ")"
	" ORDER BY m.target_id, m.unit_id, m.period_no")
/*
 * Current and superseded figures live in two partial indexes (target
 * migration 1), so that no read of current figures can stray into the
 * history: the history is their union.
 */
SQL(TARGET_MEASUREMENT_HISTORY,
	"SELECT " TARGET_MEASUREMENT_COLUMNS " FROM measurement m"
	" WHERE m.target_id = " P_BIGINT(1) " AND m.superseded_by IS NULL"
	"   AND (" P_BIGINT(2) " = 0 OR m.unit_id = " P(2) ")"
	" UNION ALL"
	" SELECT " TARGET_MEASUREMENT_COLUMNS " FROM measurement m"
	" WHERE m.target_id = " P(1) " AND m.superseded_by IS NOT NULL"
	"   AND (" P(2) " = 0 OR m.unit_id = " P(2) ")"
	" ORDER BY unit_id, period_no, id")

/*
 * The bulk forms (imports), where the engine takes arrays: three
 * statements whatever the number of rows.  The new rows' ids are taken
 * first, so each old row is pointed at its successor in one pass (an
 * UPDATE rewrites every index entry of the row: the one-row form's
 * placeholder-then-link would do it twice).  SQLite runs in this process:
 * the one-row forms in a loop are as fast.
 */
SQL_BY_ENGINE(TARGET_MEASUREMENT_IDS, NULL,
	"SELECT nextval(pg_get_serial_sequence('measurement', 'id'))"
	" FROM generate_series(1, $1::integer)")
SQL_BY_ENGINE(TARGET_MEASUREMENT_SUPERSEDE_MANY, NULL,
	"UPDATE measurement m SET superseded_by = l.new_id"
	" FROM unnest($1::bigint[], $2::bigint[]) AS l(old_id, new_id)"
	" WHERE m.id = l.old_id AND m.superseded_by IS NULL")
SQL_BY_ENGINE(TARGET_MEASUREMENT_INSERT_MANY, NULL,
	"INSERT INTO measurement(id, target_id, unit_id, period_no, value, note, evidence,"
	" reporter_id, reporter, reported_at, supersedes_id) OVERRIDING SYSTEM VALUE"
	" SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::integer[],"
	" $5::double precision[], $6::text[], $7::text[], $8::bigint[], $9::text[],"
	" $10::bigint[], $11::bigint[])")
