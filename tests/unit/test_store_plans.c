/*
 * test_store_plans.c: the statements on hot paths use the index they were
 * written for, on both engines.
 *
 * Why: a statement that quietly walks the wrong index still returns the
 * right rows, so no functional test notices; the one-figure lookup of a
 * correction once went through the all-history index and cost 1.09 ms
 * instead of 6 µs at 1,120 figures per target.  Here each hot statement
 * is explained on a migrated database: SQLite's EXPLAIN QUERY PLAN, and
 * PostgreSQL's generic plan of the prepared statement with sequential
 * scans disabled (the tables are empty, so this asks "can the index serve
 * it", which is the property the statement's shape decides; the data
 * volume is the planner's business).
 */
#include "store_harness.h"

#include <sqlite3.h>

#include "audit/audit_store.h"
#include "auth/auth_store.h"
#include "org/org_store.h"
#include "store/db.h"
#include "target/target_store.h"

extern const struct db_sql_list audit_sql;
extern const struct db_sql_list auth_sql;
extern const struct db_sql_list feedback_sql;

struct plan_case {
	const struct db_sql_list *list;
	const char *stmt;          /* its name in the list */
	const char *pg_params;     /* EXECUTE's argument list on PostgreSQL */
	const char *want_sqlite;   /* a substring the SQLite plan must hold */
	const char *want_pg;       /* and the PostgreSQL plan */
	const char *never;         /* a table neither engine may scan whole */
};

static const struct plan_case cases[] = {
	/* A report's correction: the figure it replaces. */
	{ &target_sql, "TARGET_MEASUREMENT_CURRENT_ONE", "(1, 2, 3)",
	  "USING INDEX measurement_current", "measurement_current", "measurement m" },
	/* The page and API of one target, and a family's re-judgement. */
	{ &target_sql, "TARGET_MEASUREMENT_OF_TARGET", "(1, 0)",
	  "USING INDEX measurement_current", "measurement_current", "measurement m" },
	{ &target_sql, "TARGET_MEASUREMENT_FAMILY", "(1)",
	  "USING INDEX measurement_current", "measurement_current", "measurement m" },
	{ &target_sql, "TARGET_CHILDREN", "(1)",
	  "USING INDEX target_by_parent", "target_by_parent", "target" },
	{ &target_sql, "TARGET_GET", "(1)",
	  "USING INTEGER PRIMARY KEY", "target_pkey", "target" },
	/* Every signed-in request: the session, or the API token. */
	{ &auth_sql, "AUTH_SESSION_GET", "('\\x00'::bytea)",
	  "USING INDEX sqlite_autoindex_session", "session_pkey", "session" },
	{ &auth_sql, "AUTH_TOKEN_GET", "('\\x00'::bytea)",
	  "USING INDEX sqlite_autoindex_api_token", "api_token_token_hash_key", "api_token" },
	{ &auth_sql, "AUTH_THROTTLE_GET", "('k')",
	  "USING INDEX sqlite_autoindex_login_throttle", "login_throttle_pkey", "login_throttle" },
	/* The header's unit name, a unit page, a person. */
	{ &org_sql, "ORG_UNIT_GET", "(1)",
	  "USING INTEGER PRIMARY KEY", "org_unit_pkey", "org_unit" },
	{ &org_sql, "ORG_UNIT_ROOT", "",
	  "USING INDEX org_unit_by_parent", "org_unit_by_parent", "org_unit" },
	{ &org_sql, "ORG_PERSON_GET", "(1)",
	  "USING INTEGER PRIMARY KEY", "person_pkey", "person" },
	/* The board's year links, on every board page. */
	{ &target_sql, "TARGET_YEARS", "",
	  "USING INDEX measurement_current", "measurement_current", "measurement m" },
	/* ... and the year's targets in code order.  With sequential scans off this
	 * cannot show what PostgreSQL picks at scale (it scanned every year's targets
	 * for the EXISTS this replaced); bench/run.sh's large board page does. */
	{ &target_sql, "TARGET_YEARS", "",
	  "sqlite_autoindex_target_1 (year=?)", "target_year_code_key", "target t" },
	/* Every board build: the year's families, not every target of the year. */
	{ &target_sql, "TARGET_FAMILY_REVISIONS", "(2019)",
	  "USING INDEX target_family_by_year", "target_family_by_year", "target t" },
	/* A target's history: both halves through their own partial index. */
	{ &target_sql, "TARGET_MEASUREMENT_HISTORY", "(1, 0)",
	  "USING INDEX measurement_superseded", "measurement_superseded", "measurement m" },
	/* The home's most urgent reports and the queue's pages: no sort of every open one. */
	{ &feedback_sql, "FB_OPEN_BY_DEADLINE", "(8, 0)",
	  "USING INDEX feedback_open_by_deadline", "feedback_open_by_deadline", "feedback" },
	/*
	 * A unit's page: the reports it answers and, for a ward, those that lie
	 * in it.  On empty tables PostgreSQL's cheapest is the open reports'
	 * index, which is no scan of the table either; with 21,600 open reports
	 * and statistics it takes a BitmapOr of feedback_unit_state and
	 * feedback_ward_state (3.3 ms, EXPLAIN ANALYZE).
	 */
	{ &feedback_sql, "FB_OPEN_OF_UNIT", "(1)",
	  "USING INDEX feedback_ward_state", NULL, "feedback" },
};

static size_t stmt_index(const struct db_sql_list *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->names[i], name) == 0)
			return i;
	fail_msg("no statement %s in the %s list", name, l->module);
	return 0;
}

/*
 * NEVER: the tables (and their aliases in the statement) no plan may read
 * whole, space-separated: SQLite names the alias ("SCAN m"), PostgreSQL the
 * table ("Seq Scan on measurement m").
 */
static void check_plan(const struct plan_case *c, const char *plan, const char *want,
                       const char *scan_word)
{
	if (want && !strstr(plan, want))
		fail_msg("%s: the plan does not use %s:\n%s", c->stmt, want, plan);
	if (c->never == NULL)
		return;
	char names[128];
	snprintf(names, sizeof names, "%s", c->never);
	for (char *save = NULL, *name = strtok_r(names, " ", &save); name;
	     name = strtok_r(NULL, " ", &save)) {
		char full[128];
		snprintf(full, sizeof full, "%s%s", scan_word, name);
		for (const char *p = plan; (p = strstr(p, full)) != NULL; p += strlen(full)) {
			char next = p[strlen(full)];
			const char *eol = strchr(p, '\n');
			size_t line = eol ? (size_t)(eol - p) : strlen(p);
			/* "SCAN m USING COVERING INDEX ..." reads an index, not the table. */
			char text[512];
			snprintf(text, line + 1 < sizeof text ? line + 1 : sizeof text, "%s", p);
			bool by_index = strstr(text, "USING") != NULL;
			if ((next == '\n' || next == ' ' || next == '\0') && !by_index)
				fail_msg("%s scans %s whole:\n%s", c->stmt, name, plan);
		}
	}
}

static void plan_sqlite(struct store_fixture *f, const struct plan_case *c, char *plan,
                        size_t cap)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	const char *text = c->list->sqlite[stmt_index(c->list, c->stmt)];
	char *sql = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", text);
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", c->stmt, sqlite3_errmsg(db));
	size_t len = 0;
	plan[0] = '\0';
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *detail = (const char *)sqlite3_column_text(s, 3);
		int w = snprintf(plan + len, cap - len, "%s\n", detail ? detail : "");
		if (w > 0 && (size_t)w < cap - len)
			len += (size_t)w;
	}
	sqlite3_finalize(s);
	sqlite3_free(sql);
	sqlite3_close(db);
}

static void plan_pg(struct store_fixture *f, const struct plan_case *c, char *plan, size_t cap)
{
	PGconn *conn = PQconnectdb(f->pg_url);
	assert_int_equal(PQstatus(conn), CONNECTION_OK);
	PGresult *r = PQexec(conn, "SET enable_seqscan = off;"
	                           " SET plan_cache_mode = force_generic_plan");
	assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
	PQclear(r);
	const char *text = c->list->pg[stmt_index(c->list, c->stmt)];
	r = PQprepare(conn, "p", text, 0, NULL);
	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		fail_msg("%s: %s", c->stmt, PQerrorMessage(conn));
	PQclear(r);
	char sql[256];
	snprintf(sql, sizeof sql, "EXPLAIN EXECUTE p%s", c->pg_params ? c->pg_params : "");
	r = PQexec(conn, sql);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		fail_msg("%s: %s", c->stmt, PQerrorMessage(conn));
	size_t len = 0;
	plan[0] = '\0';
	for (int i = 0; i < PQntuples(r); i++) {
		int w = snprintf(plan + len, cap - len, "%s\n", PQgetvalue(r, i, 0));
		if (w > 0 && (size_t)w < cap - len)
			len += (size_t)w;
	}
	PQclear(r);
	PQfinish(conn);
}

static void hot_statements_use_their_index(void **state)
{
	struct store_fixture *f = *state;
	char plan[8192];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct plan_case *c = &cases[i];
		if (f->pg_url) {
			if (!c->pg_params)
				continue;
			plan_pg(f, c, plan, sizeof plan);
			check_plan(c, plan, c->want_pg, "Seq Scan on ");
		} else {
			plan_sqlite(f, c, plan, sizeof plan);
			check_plan(c, plan, c->want_sqlite, "SCAN ");
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(hot_statements_use_their_index),
	};
	return store_harness_run("statement plans", tests, sizeof tests / sizeof tests[0]);
}
