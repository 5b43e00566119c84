/*
 * task_sql.h: the task module's statements (plans, tasks, progress
 * reports, deadline changes), one list for both engines.  See
 * org/org_sql.h for the macros.  No include guard.
 *
 * The task lists come in one shape per driving filter (a unit, a unit's
 * subtree, an assignee, a leader, a plan, none), each walking its own index
 * in due-date-then-title order; the other filters are cheap residual tests
 * ("P(n) = 0 OR col = P(n)" as the driving condition would scan the table).
 * A unit's tasks are those it leads and those it is co-assigned
 * (task_unit): two arms, each walking its index in order and stopping at
 * the page's end (its own LIMIT: offset + limit, the last parameter), then
 * merged and cut to the page (UNION ALL, ORDER BY by position).  Without
 * the arms' own LIMIT PostgreSQL sorts every row of the unit.
 */
#define TASK_COLUMNS \
	"t.id, t.ref, t.plan_id, t.unit_id, t.title, t.description, t.assignee_id, t.leader_id," \
	" t.priority, t.source, t.finding_id, t.start_day, t.due_day, t.original_day," \
	" t.judged_due, t.judged_day, t.progress, t.completed_day, t.progress_day," \
	" u.name, a.full_name, l.full_name, t.co_units"
#define TASK_FROM \
	" FROM task t JOIN org_unit u ON u.id = t.unit_id" \
	" JOIN person a ON a.id = t.assignee_id JOIN person l ON l.id = t.leader_id"
#define TASK_FIELDS \
	"ref, plan_id, unit_id, title, description, assignee_id, leader_id, priority, source," \
	" finding_id, start_day, due_day, original_day, judged_due, judged_day, progress," \
	" completed_day, progress_day, sort_key"
#define TASK_VALUES \
	P(1) ", " P_BIGINT(2) ", " P_BIGINT(3) ", " P(4) ", " P(5) ", " P_BIGINT(6) ", " \
	P_BIGINT(7) ", " P(8) ", " P(9) ", " P_BIGINT(10) ", " P_INTEGER(11) ", " P_INTEGER(12) ", " \
	P_INTEGER(13) ", " P_INTEGER(14) ", " P_INTEGER(15) ", " P_INTEGER(16) ", " \
	P_INTEGER(17) ", " P_INTEGER(18) ", " P_BYTEA(19)

/* Parameters 2-9 of every list: unit, assignee, leader, plan, status, today, due range. */
#define TASK_REST \
	" AND (" P_BIGINT(2) " = 0 OR t.unit_id = " P(2) \
	"  OR t.id IN (SELECT tu.task_id FROM task_unit tu WHERE tu.unit_id = " P(2) "))" \
	" AND (" P_BIGINT(3) " = 0 OR t.assignee_id = " P(3) ")" \
	" AND (" P_BIGINT(4) " = 0 OR t.leader_id = " P(4) ")" \
	" AND (" P_BIGINT(5) " = 0 OR t.plan_id = " P(5) ")" \
	" AND (" P_INTEGER(6) " = 0" \
	"  OR (" P(6) " = 1 AND t.completed_day <= t.judged_day)" \
	"  OR (" P(6) " = 2 AND t.completed_day > t.judged_day)" \
	"  OR (" P(6) " = 3 AND t.completed_day IS NULL AND t.judged_day >= " P_INTEGER(7) ")" \
	"  OR (" P(6) " = 4 AND t.completed_day IS NULL AND t.judged_day < " P(7) ")" \
	"  OR (" P(6) " = 5 AND t.completed_day IS NULL)" \
	"  OR (" P(6) " = 6 AND t.completed_day IS NOT NULL))" \
	" AND (" P_INTEGER(8) " = 0 OR t.due_day <= " P(8) ")" \
	" AND (" P_INTEGER(9) " = 0 OR t.due_day >= " P(9) ")"
#define TASK_ORDER " ORDER BY t.due_day, t.sort_key, t.id LIMIT " P_BIGINT(10) " OFFSET " P_BIGINT(11)
#define TASK_SUBTREE_OF(col, n) \
	" " col " IN (WITH RECURSIVE sub(id, depth) AS (" \
	"  SELECT id, 0 FROM org_unit WHERE id = " P_BIGINT(n) \
	"  UNION ALL SELECT c.id, sub.depth + 1 FROM org_unit c JOIN sub ON c.parent_id = sub.id" \
	"  WHERE sub.depth < 64) SELECT id FROM sub)"
#define TASK_SUBTREE(n) TASK_SUBTREE_OF("t.unit_id", n)
/*
 * The ward's own question (a unit's tasks by status, nothing else asked)
 * without the other filters' residual tests, which cost more per row than
 * the index walk: P1 unit, P2 status, P3 today, P4 limit, P5 offset.
 */
#define TASK_STATUS_ONLY \
	" AND (" P_INTEGER(2) " = 0" \
	"  OR (" P(2) " = 1 AND t.completed_day <= t.judged_day)" \
	"  OR (" P(2) " = 2 AND t.completed_day > t.judged_day)" \
	"  OR (" P(2) " = 3 AND t.completed_day IS NULL AND t.judged_day >= " P_INTEGER(3) ")" \
	"  OR (" P(2) " = 4 AND t.completed_day IS NULL AND t.judged_day < " P(3) ")" \
	"  OR (" P(2) " = 5 AND t.completed_day IS NULL)" \
	"  OR (" P(2) " = 6 AND t.completed_day IS NOT NULL))"
#define TASK_CO_OF(n) "t.id IN (SELECT tu.task_id FROM task_unit tu WHERE tu.unit_id = " P(n) ")"
/* One arm of a merged list: WHERE, in order, no further than the page's end (P(END)). */
#define TASK_ARM(WHERE, END, NAME) \
	"SELECT * FROM (SELECT " TASK_COLUMNS ", t.sort_key" TASK_FROM " WHERE " WHERE \
	" ORDER BY t.due_day, t.sort_key, t.id LIMIT " P_BIGINT(END) ") " NAME
SQL(TASK_LIST_UNIT_STATUS,
	TASK_ARM("t.unit_id = " P_BIGINT(1) TASK_STATUS_ONLY, 6, "lead")
	" UNION ALL " TASK_ARM(TASK_CO_OF(1) TASK_STATUS_ONLY, 6, "co")
	" ORDER BY 13, 24, 1 LIMIT " P_BIGINT(4) " OFFSET " P_BIGINT(5))
SQL(TASK_COUNT_UNIT_STATUS,
	"SELECT (SELECT count(*) FROM task t WHERE t.unit_id = " P_BIGINT(1) TASK_STATUS_ONLY ")"
	" + (SELECT count(*) FROM task t WHERE " TASK_CO_OF(1) TASK_STATUS_ONLY ")")
/* Ordered by position in a compound: 13 due_day, 24 sort_key, 1 id. */
#define TASK_ORDER_BY_POSITION " ORDER BY 13, 24, 1 LIMIT " P_BIGINT(10) " OFFSET " P_BIGINT(11)
/* A unit's (or subtree's) tasks: those it leads (LEAD), and those it is co-assigned (CO). */
#define TASK_LIST_MERGED(NAME, LEAD, CO) \
	SQL(TASK_LIST_##NAME, \
	    TASK_ARM(LEAD TASK_REST, 12, "lead") " UNION ALL " TASK_ARM(CO TASK_REST, 12, "co") \
	    TASK_ORDER_BY_POSITION) \
	SQL(TASK_COUNT_##NAME, \
	    "SELECT (SELECT count(*) FROM task t WHERE " LEAD TASK_REST ")" \
	    " + (SELECT count(*) FROM task t WHERE " CO TASK_REST ")")

#define TASK_LIST_PAIR(NAME, DRIVER) \
	SQL(TASK_LIST_##NAME, "SELECT " TASK_COLUMNS TASK_FROM " WHERE " DRIVER TASK_REST TASK_ORDER) \
	SQL(TASK_COUNT_##NAME, "SELECT count(*) FROM task t WHERE " DRIVER TASK_REST)

TASK_LIST_PAIR(ALL, P_BIGINT(1) " = 0")
TASK_LIST_MERGED(UNIT, "t.unit_id = " P_BIGINT(1),
                 "t.id IN (SELECT tu.task_id FROM task_unit tu WHERE tu.unit_id = " P(1) ")")
/* Co-assigned within the subtree, led from outside it (else the first arm has it). */
TASK_LIST_MERGED(SUBTREE, TASK_SUBTREE(1),
                 "t.id IN (SELECT tu.task_id FROM task_unit tu WHERE" TASK_SUBTREE_OF("tu.unit_id", 1) ")"
                 " AND NOT" TASK_SUBTREE(1))
TASK_LIST_PAIR(ASSIGNEE, "t.assignee_id = " P_BIGINT(1))
TASK_LIST_PAIR(LEADER, "t.leader_id = " P_BIGINT(1))
TASK_LIST_PAIR(PLAN, "t.plan_id = " P_BIGINT(1))

/* A unit's and a person's revision (task migration 5): 0 until a task of theirs is first written. */
SQL(TASK_UNIT_REVISION,
	"SELECT coalesce((SELECT rev FROM task_unit_revision WHERE unit_id = " P_BIGINT(1) "), 0)")
/* Every task's: each write bumps some unit's, and the sum only grows (task migration 5). */
SQL(TASK_ALL_REVISION, "SELECT coalesce(sum(rev), 0) FROM task_unit_revision")
SQL(TASK_PERSON_REVISION,
	"SELECT coalesce((SELECT rev FROM task_person_revision WHERE person_id = " P_BIGINT(1) "), 0)")
SQL(TASK_GET, "SELECT " TASK_COLUMNS TASK_FROM " WHERE t.id = " P_BIGINT(1))
SQL(TASK_INSERT, "INSERT INTO task(" TASK_FIELDS ") VALUES (" TASK_VALUES ") RETURNING id")
SQL(TASK_UPDATE,
	"UPDATE task SET ref = " P(1) ", plan_id = " P_BIGINT(2) ", unit_id = " P_BIGINT(3) ","
	" title = " P(4) ", description = " P(5) ", assignee_id = " P_BIGINT(6) ","
	" leader_id = " P_BIGINT(7) ", priority = " P(8) ", source = " P(9) ","
	" finding_id = " P_BIGINT(10) ", start_day = " P_INTEGER(11) ", due_day = " P_INTEGER(12) ","
	" original_day = " P_INTEGER(13) ", judged_due = " P_INTEGER(14) ","
	" judged_day = " P_INTEGER(15) ", progress = " P_INTEGER(16) ","
	" completed_day = " P_INTEGER(17) ", progress_day = " P_INTEGER(18) ","
	" sort_key = " P_BYTEA(19) " WHERE id = " P_BIGINT(20))
/* The bulk form of imports on PostgreSQL: one statement whatever the number of rows. */
SQL_BY_ENGINE(TASK_INSERT_MANY, NULL,
	"INSERT INTO task(" TASK_FIELDS ")"
	" SELECT ref, plan_id, unit_id, title, description, assignee_id, leader_id, priority,"
	" source, finding_id, start_day, due_day, original_day, judged_due, judged_day, progress,"
	" completed_day, progress_day, sort_key FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::text[],"
	" $6::bigint[], $7::bigint[], $8::text[], $9::text[], $10::bigint[], $11::integer[],"
	" $12::integer[], $13::integer[], $14::integer[], $15::integer[], $16::integer[],"
	" $17::integer[], $18::integer[], $19::bytea[]) WITH ORDINALITY"
	" AS r(ref, plan_id, unit_id, title, description, assignee_id, leader_id, priority, source,"
	" finding_id, start_day, due_day, original_day, judged_due, judged_day, progress,"
	" completed_day, progress_day, sort_key, ord)"
	/* The ids come back in the rows' order: the audit entries name each task. */
	" ORDER BY ord RETURNING id")
SQL(TASK_REFS, "SELECT ref FROM task WHERE ref IS NOT NULL")
/* A task's co-assigned units: the join table and the copy on the task (task_migrations.c). */
SQL(TASK_UNITS_CLEAR, "DELETE FROM task_unit WHERE task_id = " P_BIGINT(1))
SQL(TASK_UNIT_ADD, "INSERT INTO task_unit(task_id, unit_id) VALUES (" P_BIGINT(1) ", " P_BIGINT(2) ")")
SQL(TASK_CO_UNITS_SET, "UPDATE task SET co_units = " P(2) " WHERE id = " P_BIGINT(1))

SQL(TASK_UPDATE_INSERT,
	"INSERT INTO task_update(task_id, day, progress, note, attachment, reporter_id, reporter,"
	" reported_at) VALUES (" P_BIGINT(1) ", " P_INTEGER(2) ", " P_INTEGER(3) ", " P(4) ", "
	P(5) ", " P_BIGINT(6) ", " P(7) ", " P_BIGINT(8) ") RETURNING id")
SQL(TASK_UPDATE_LIST,
	"SELECT id, task_id, day, progress, note, attachment, reporter_id, reporter, reported_at"
	" FROM task_update WHERE task_id = " P_BIGINT(1) " ORDER BY day, id")
SQL(TASK_CHANGE_INSERT,
	"INSERT INTO task_deadline_change(task_id, old_day, new_day, reason, approved, changed_by,"
	" approved_by, changed_at) VALUES (" P_BIGINT(1) ", " P_INTEGER(2) ", " P_INTEGER(3) ", "
	P(4) ", " P_INTEGER(5) ", " P(6) ", " P(7) ", " P_BIGINT(8) ") RETURNING id")
SQL(TASK_CHANGE_LIST,
	"SELECT id, task_id, old_day, new_day, reason, approved, changed_by, approved_by, changed_at"
	" FROM task_deadline_change WHERE task_id = " P_BIGINT(1) " ORDER BY id")

#define PLAN_COLUMNS "id, unit_id, year, title, description, leader_id, due_day"
SQL(PLAN_GET, "SELECT " PLAN_COLUMNS " FROM plan WHERE id = " P_BIGINT(1))
SQL(PLAN_LIST,
	"SELECT " PLAN_COLUMNS " FROM plan"
	" WHERE (" P_BIGINT(1) " = 0 OR unit_id = " P(1) ")"
	"   AND (" P_INTEGER(2) " = 0 OR year = " P(2) ")"
	" ORDER BY year DESC, sort_key, id LIMIT " P_BIGINT(3) " OFFSET " P_BIGINT(4))
SQL(PLAN_INSERT,
	"INSERT INTO plan(unit_id, year, title, description, leader_id, due_day, sort_key)"
	" VALUES (" P_BIGINT(1) ", " P_INTEGER(2) ", " P(3) ", " P(4) ", " P_BIGINT(5) ", "
	P_INTEGER(6) ", " P_BYTEA(7) ") RETURNING id")
SQL(PLAN_UPDATE,
	"UPDATE plan SET unit_id = " P_BIGINT(1) ", year = " P_INTEGER(2) ", title = " P(3) ","
	" description = " P(4) ", leader_id = " P_BIGINT(5) ", due_day = " P_INTEGER(6) ","
	" sort_key = " P_BYTEA(7) " WHERE id = " P_BIGINT(8))
SQL(PLAN_TARGETS, "SELECT target_id FROM plan_target WHERE plan_id = " P_BIGINT(1)
	" ORDER BY target_id")
SQL(PLAN_TARGETS_CLEAR, "DELETE FROM plan_target WHERE plan_id = " P_BIGINT(1))
SQL(PLAN_TARGET_ADD,
	"INSERT INTO plan_target(plan_id, target_id) VALUES (" P_BIGINT(1) ", " P_BIGINT(2) ")")

/* ---- scorecards and the review (rà soát) ---- */

/* Counts by status: on time, late, in progress, overdue (the four of task.h). */
#define TASK_STATUS_SUMS \
	" sum(CASE WHEN t.completed_day IS NOT NULL AND t.completed_day <= t.judged_day THEN 1 ELSE 0 END)," \
	" sum(CASE WHEN t.completed_day > t.judged_day THEN 1 ELSE 0 END)," \
	" sum(CASE WHEN t.completed_day IS NULL AND t.judged_day >= " P_INTEGER(1) " THEN 1 ELSE 0 END)," \
	" sum(CASE WHEN t.completed_day IS NULL AND t.judged_day < " P(1) " THEN 1 ELSE 0 END)"
/* Tasks due in [P2, P3], by unit and by leader. */
SQL(TASK_COUNTS_BY_UNIT,
	"SELECT t.unit_id," TASK_STATUS_SUMS " FROM task t"
	" WHERE t.due_day >= " P_INTEGER(2) " AND t.due_day <= " P_INTEGER(3) " GROUP BY t.unit_id")
/* By leader, with the leader's name, title and unit: one statement, not one per leader. */
SQL(TASK_COUNTS_BY_LEADER,
	"SELECT g.*, p.full_name, p.title, p.unit_id FROM (SELECT t.leader_id," TASK_STATUS_SUMS
	" FROM task t WHERE t.due_day >= " P_INTEGER(2) " AND t.due_day <= " P_INTEGER(3)
	" GROUP BY t.leader_id) g JOIN person p ON p.id = g.leader_id")
/* Overdue tasks due in [P2, P3], the longest overdue first: ids only, to choose the evidence. */
SQL(TASK_OVERDUE_IN,
	"SELECT t.id, t.unit_id, t.leader_id FROM task t"
	" WHERE t.completed_day IS NULL AND t.judged_day < " P_INTEGER(1)
	"   AND t.due_day >= " P_INTEGER(2) " AND t.due_day <= " P_INTEGER(3)
	" ORDER BY t.judged_day, t.id")
/* The tasks of the ids in P1 ("12,45,7"), the longest overdue first. */
SQL_BY_ENGINE(TASK_LIST_IDS,
	"SELECT " TASK_COLUMNS TASK_FROM
	" WHERE t.id IN (SELECT value FROM json_each('[' || ?1 || ']')) ORDER BY t.judged_day, t.id",
	"SELECT " TASK_COLUMNS TASK_FROM
	" WHERE t.id = ANY(string_to_array($1::text, ',')::bigint[]) ORDER BY t.judged_day, t.id")
/* The review of a unit's subtree (P1) for year P2. */
SQL(TASK_TARGETS_WITHOUT_PLAN,
	"SELECT g.id, g.code, g.name FROM target g WHERE g.year = " P_INTEGER(2)
	" AND g.owner_unit_id IN (WITH RECURSIVE sub(id, depth) AS ("
	"  SELECT id, 0 FROM org_unit WHERE id = " P_BIGINT(1)
	"  UNION ALL SELECT c.id, sub.depth + 1 FROM org_unit c JOIN sub ON c.parent_id = sub.id"
	"  WHERE sub.depth < 64) SELECT id FROM sub)"
	" AND NOT EXISTS (SELECT 1 FROM plan_target pt WHERE pt.target_id = g.id)"
	" ORDER BY g.code" COLLATE_BYTES)
SQL(TASK_PLANS_WITHOUT_TASKS,
	"SELECT p.id, p.unit_id, p.year, p.title, p.description, p.leader_id, p.due_day FROM plan p"
	" WHERE p.year = " P_INTEGER(2) " AND p.unit_id IN (WITH RECURSIVE sub(id, depth) AS ("
	"  SELECT id, 0 FROM org_unit WHERE id = " P_BIGINT(1)
	"  UNION ALL SELECT c.id, sub.depth + 1 FROM org_unit c JOIN sub ON c.parent_id = sub.id"
	"  WHERE sub.depth < 64) SELECT id FROM sub)"
	" AND NOT EXISTS (SELECT 1 FROM task t WHERE t.plan_id = p.id) ORDER BY p.sort_key, p.id")

/* ---- supervision ---- */
#define SUPERVISION_COLUMNS "id, unit_id, title, from_day, to_day, members, conclusions"
SQL(SUPERVISION_GET, "SELECT " SUPERVISION_COLUMNS " FROM supervision WHERE id = " P_BIGINT(1))
SQL(SUPERVISION_LIST,
	"SELECT " SUPERVISION_COLUMNS " FROM supervision"
	" WHERE (" P_BIGINT(1) " = 0 OR unit_id = " P(1) ") ORDER BY from_day DESC, id DESC")
SQL(SUPERVISION_INSERT,
	"INSERT INTO supervision(unit_id, title, from_day, to_day, members, conclusions)"
	" VALUES (" P_BIGINT(1) ", " P(2) ", " P_INTEGER(3) ", " P_INTEGER(4) ", " P(5) ", " P(6) ")"
	" RETURNING id")
SQL(SUPERVISION_UPDATE,
	"UPDATE supervision SET unit_id = " P_BIGINT(1) ", title = " P(2) ", from_day = " P_INTEGER(3)
	", to_day = " P_INTEGER(4) ", members = " P(5) ", conclusions = " P(6)
	" WHERE id = " P_BIGINT(7))
SQL(SUPERVISION_FINDING_INSERT,
	"INSERT INTO supervision_finding(supervision_id, text, recorded_by, recorded_at)"
	" VALUES (" P_BIGINT(1) ", " P(2) ", " P(3) ", " P_BIGINT(4) ") RETURNING id")
SQL(SUPERVISION_FINDINGS,
	"SELECT id, supervision_id, text, recorded_by, recorded_at FROM supervision_finding"
	" WHERE supervision_id = " P_BIGINT(1) " ORDER BY id")
SQL(TASK_LIST_FINDING,
	"SELECT " TASK_COLUMNS TASK_FROM " WHERE t.finding_id = " P_BIGINT(1) " ORDER BY t.due_day, t.id")
