/*
 * store_copy.c: SQLite to PostgreSQL, every table the schema has
 * (store_copy.h).  Dynamic SQL on purpose: the statements are built from
 * the two catalogs, with every identifier quoted, because the point is to
 * copy tables no list here knows about.
 */
#include "store/store_copy.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long store_pg_table_count(const char *url, char *err, size_t errlen)
{
	PGconn *c = PQconnectdb(url);
	long n = -1;
	if (PQstatus(c) != CONNECTION_OK) {
		snprintf(err, errlen, "cannot connect to %s: %s", url, PQerrorMessage(c));
	} else {
		PGresult *r = PQexec(c, "SELECT count(*) FROM information_schema.tables"
		                        " WHERE table_schema = 'public'");
		if (PQresultStatus(r) == PGRES_TUPLES_OK)
			n = strtol(PQgetvalue(r, 0, 0), NULL, 10);
		else
			snprintf(err, errlen, "%s", PQerrorMessage(c));
		PQclear(r);
	}
	PQfinish(c);
	return n;
}

/* A growable string; on allocation failure it stays NULL and the copy fails. */
struct sbuf {
	char *s;
	size_t len, cap;
	bool failed;
};

static void sb_add(struct sbuf *b, const char *text, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *s = realloc(b->s, cap);
		if (s == NULL) {
			b->failed = true;
			return;
		}
		b->s = s;
		b->cap = cap;
	}
	memcpy(b->s + b->len, text, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void sb_str(struct sbuf *b, const char *text)
{
	sb_add(b, text, strlen(text));
}

/* "name" with any " doubled: an identifier from a catalog, quoted. */
static void sb_ident(struct sbuf *b, const char *name)
{
	sb_add(b, "\"", 1);
	for (const char *p = name; *p; p++) {
		sb_add(b, p, 1);
		if (*p == '"')
			sb_add(b, "\"", 1);
	}
	sb_add(b, "\"", 1);
}

static bool pg_ok(PGconn *c, PGresult *r, ExecStatusType want, const char *what, char *err,
                  size_t errlen)
{
	bool ok = PQresultStatus(r) == want;
	if (!ok)
		snprintf(err, errlen, "%s: %s", what, PQerrorMessage(c));
	return ok;
}

static bool pg_do(PGconn *c, const char *sql, char *err, size_t errlen)
{
	PGresult *r = PQexec(c, sql);
	bool ok = pg_ok(c, r, PGRES_COMMAND_OK, sql, err, errlen);
	PQclear(r);
	return ok;
}

struct column {
	const char *name;
	const char *type;     /* information_schema data_type */
	bool identity;
};

/* True when the SQLite table T has a column NAME. */
static bool sqlite_has_column(sqlite3 *db, const char *t, const char *name)
{
	sqlite3_stmt *s = NULL;
	bool found = false;
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2", -1, &s,
	                       NULL) == SQLITE_OK) {
		sqlite3_bind_text(s, 1, t, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
		found = sqlite3_step(s) == SQLITE_ROW;
	}
	sqlite3_finalize(s);
	return found;
}

static long long sqlite_count(sqlite3 *db, const char *t)
{
	struct sbuf q = { 0 };
	sb_str(&q, "SELECT count(*) FROM ");
	sb_ident(&q, t);
	sqlite3_stmt *s = NULL;
	long long n = -1;
	if (!q.failed && sqlite3_prepare_v2(db, q.s, -1, &s, NULL) == SQLITE_OK
	    && sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	free(q.s);
	return n;
}

/*
 * Copies table T: its PostgreSQL columns COLS (N), read by name from
 * SQLite, inserted one prepared statement a row.  Returns the rows copied,
 * or -1 with ERR.
 */
static long long copy_table(sqlite3 *db, PGconn *pg, const char *t, const struct column *cols,
                            int n, char *err, size_t errlen)
{
	struct sbuf sel = { 0 }, ins = { 0 };
	sqlite3_stmt *s = NULL;
	long long rows = -1;
	const char **values = calloc((size_t)n, sizeof *values);
	int *lengths = calloc((size_t)n, sizeof *lengths);
	int *formats = calloc((size_t)n, sizeof *formats);
	char (*nums)[40] = calloc((size_t)n, sizeof *nums);
	bool any_identity = false;
	if (!values || !lengths || !formats || !nums) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	sb_str(&sel, "SELECT ");
	sb_str(&ins, "INSERT INTO ");
	sb_ident(&ins, t);
	sb_str(&ins, " (");
	for (int i = 0; i < n; i++) {
		if (i) {
			sb_str(&sel, ", ");
			sb_str(&ins, ", ");
		}
		sb_ident(&sel, cols[i].name);
		sb_ident(&ins, cols[i].name);
		any_identity |= cols[i].identity;
	}
	sb_str(&sel, " FROM ");
	sb_ident(&sel, t);
	sb_str(&ins, any_identity ? ") OVERRIDING SYSTEM VALUE VALUES (" : ") VALUES (");
	for (int i = 0; i < n; i++) {
		char p[16];
		snprintf(p, sizeof p, "%s$%d", i ? ", " : "", i + 1);
		sb_str(&ins, p);
	}
	sb_str(&ins, ")");
	if (sel.failed || ins.failed) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	if (sqlite3_prepare_v2(db, sel.s, -1, &s, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "reading %s: %s", t, sqlite3_errmsg(db));
		goto out;
	}
	PGresult *r = PQprepare(pg, "", ins.s, n, NULL);
	bool prepared = pg_ok(pg, r, PGRES_COMMAND_OK, ins.s, err, errlen);
	PQclear(r);
	if (!prepared)
		goto out;
	long long count = 0;
	int step;
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		for (int i = 0; i < n; i++) {
			int type = sqlite3_column_type(s, i);
			formats[i] = 0;
			lengths[i] = 0;
			if (type == SQLITE_NULL) {
				values[i] = NULL;
			} else if (strcmp(cols[i].type, "bytea") == 0) {
				formats[i] = 1;
				values[i] = sqlite3_column_blob(s, i);
				lengths[i] = sqlite3_column_bytes(s, i);
				if (values[i] == NULL)
					values[i] = "";
			} else if (strcmp(cols[i].type, "boolean") == 0) {
				values[i] = sqlite3_column_int64(s, i) ? "t" : "f";
			} else if (type == SQLITE_FLOAT) {
				/* 17 digits: a double read back is the double written. */
				snprintf(nums[i], sizeof nums[i], "%.17g", sqlite3_column_double(s, i));
				values[i] = nums[i];
			} else {
				values[i] = (const char *)sqlite3_column_text(s, i);
			}
		}
		r = PQexecPrepared(pg, "", n, values, lengths, formats, 0);
		bool ok = pg_ok(pg, r, PGRES_COMMAND_OK, t, err, errlen);
		PQclear(r);
		if (!ok)
			goto out;
		count++;
	}
	if (step != SQLITE_DONE) {
		snprintf(err, errlen, "reading %s: %s", t, sqlite3_errmsg(db));
		goto out;
	}
	rows = count;
out:
	sqlite3_finalize(s);
	free(sel.s);
	free(ins.s);
	free(values);
	free(lengths);
	free(formats);
	free(nums);
	return rows;
}

/* Identity columns of T continue after the highest id copied. */
static bool reset_identity(PGconn *pg, const char *t, const char *col, char *err, size_t errlen)
{
	struct sbuf q = { 0 };
	sb_str(&q, "SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(");
	sb_ident(&q, col);
	sb_str(&q, "), 0) + 1, false) FROM ");
	sb_ident(&q, t);
	char quoted[512];
	snprintf(quoted, sizeof quoted, "\"%s\"", t);
	const char *params[] = { quoted, col };
	PGresult *r = q.failed ? NULL : PQexecParams(pg, q.s, 2, NULL, params, NULL, NULL, 0);
	bool ok = r && pg_ok(pg, r, PGRES_TUPLES_OK, "resetting an identity", err, errlen);
	PQclear(r);
	free(q.s);
	return ok;
}

static long long pg_count(PGconn *pg, const char *t)
{
	struct sbuf q = { 0 };
	sb_str(&q, "SELECT count(*) FROM ");
	sb_ident(&q, t);
	PGresult *r = q.failed ? NULL : PQexec(pg, q.s);
	long long n = -1;
	if (r && PQresultStatus(r) == PGRES_TUPLES_OK)
		n = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	free(q.s);
	return n;
}

/* Every table of one schema and the other: the same set, or ERR names the first difference. */
static bool same_tables(sqlite3 *db, PGresult *pg_tables, char *err, size_t errlen)
{
	sqlite3_stmt *s = NULL;
	bool ok = sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'"
	                                 " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
	                             -1, &s, NULL) == SQLITE_OK;
	int seen = 0;
	while (ok && sqlite3_step(s) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(s, 0);
		bool found = false;
		for (int i = 0; i < PQntuples(pg_tables) && !found; i++)
			found = strcmp(PQgetvalue(pg_tables, i, 0), name) == 0;
		if (!found) {
			snprintf(err, errlen, "table %s is in the SQLite database but not in the"
			         " PostgreSQL schema", name);
			ok = false;
		}
		seen++;
	}
	sqlite3_finalize(s);
	if (ok && seen != PQntuples(pg_tables)) {
		snprintf(err, errlen, "the PostgreSQL schema has %d tables and the SQLite database"
		         " %d: are both at this version?", PQntuples(pg_tables), seen);
		ok = false;
	}
	return ok;
}

static int copy_all(sqlite3 *db, PGconn *pg, FILE *log, char *err, size_t errlen)
{
	/*
	 * Foreign keys checked at the commit: units name their successors,
	 * accounts their units, so no table order would satisfy them row by
	 * row.  ALTER CONSTRAINT needs only ownership (the application's role
	 * owns its tables), unlike disabling triggers.
	 */
	PGresult *fks = PQexec(pg,
		"SELECT format('ALTER TABLE %I ALTER CONSTRAINT %I DEFERRABLE INITIALLY DEFERRED',"
		" c.conrelid::regclass::text, c.conname)"
		" FROM pg_constraint c WHERE c.contype = 'f'"
		" AND c.connamespace = 'public'::regnamespace AND NOT c.condeferrable");
	if (!pg_ok(pg, fks, PGRES_TUPLES_OK, "listing foreign keys", err, errlen)) {
		PQclear(fks);
		return -1;
	}
	for (int i = 0; i < PQntuples(fks); i++)
		if (!pg_do(pg, PQgetvalue(fks, i, 0), err, errlen)) {
			PQclear(fks);
			return -1;
		}
	PQclear(fks);

	PGresult *tables = PQexec(pg, "SELECT table_name FROM information_schema.tables"
	                              " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
	                              " ORDER BY table_name");
	if (!pg_ok(pg, tables, PGRES_TUPLES_OK, "listing tables", err, errlen)
	    || !same_tables(db, tables, err, errlen)) {
		PQclear(tables);
		return -1;
	}
	int rc = 0;
	for (int t = 0; rc == 0 && t < PQntuples(tables); t++) {
		const char *name = PQgetvalue(tables, t, 0);
		const char *params[] = { name };
		PGresult *cr = PQexecParams(pg,
			"SELECT column_name, data_type, is_identity = 'YES'"
			" FROM information_schema.columns"
			" WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
			1, NULL, params, NULL, NULL, 0);
		if (!pg_ok(pg, cr, PGRES_TUPLES_OK, "listing columns", err, errlen)) {
			PQclear(cr);
			rc = -1;
			break;
		}
		int n = PQntuples(cr);
		struct column *cols = calloc((size_t)n + 1, sizeof *cols);
		const char *identity = NULL;
		for (int i = 0; cols && i < n; i++) {
			cols[i] = (struct column){ PQgetvalue(cr, i, 0), PQgetvalue(cr, i, 1),
			                           PQgetvalue(cr, i, 2)[0] == 't' };
			if (cols[i].identity)
				identity = cols[i].name;
			if (rc == 0 && !sqlite_has_column(db, name, cols[i].name)) {
				snprintf(err, errlen, "column %s.%s is not in the SQLite database", name,
				         cols[i].name);
				rc = -1;
			}
		}
		struct sbuf del = { 0 };
		sb_str(&del, "DELETE FROM ");
		sb_ident(&del, name);
		long long copied = -1;
		if (cols == NULL || del.failed)
			snprintf(err, errlen, "out of memory");
		else if (rc == 0 && pg_do(pg, del.s, err, errlen))
			copied = copy_table(db, pg, name, cols, n, err, errlen);
		if (copied >= 0 && identity && !reset_identity(pg, name, identity, err, errlen))
			copied = -1;
		long long want = sqlite_count(db, name), have = copied >= 0 ? pg_count(pg, name) : -1;
		if (copied >= 0 && (have != want || want < 0)) {
			snprintf(err, errlen, "%s: %lld rows in SQLite, %lld in PostgreSQL", name, want,
			         have);
			copied = -1;
		}
		if (copied < 0)
			rc = -1;
		else if (log)
			fprintf(log, "  %-28s %10lld rows\n", name, copied);
		free(del.s);
		free(cols);
		PQclear(cr);
	}
	PQclear(tables);
	return rc;
}

int store_copy_sqlite_to_pg(const char *sqlite_path, const char *pg_url, FILE *log,
                            char *err, size_t errlen)
{
	sqlite3 *db = NULL;
	PGconn *pg = NULL;
	int rc = -1;
	if (sqlite3_open_v2(sqlite_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "cannot open %s: %s", sqlite_path,
		         db ? sqlite3_errmsg(db) : "out of memory");
		goto out;
	}
	sqlite3_busy_timeout(db, 10000);
	pg = PQconnectdb(pg_url);
	if (PQstatus(pg) != CONNECTION_OK) {
		snprintf(err, errlen, "cannot connect to %s: %s", pg_url, PQerrorMessage(pg));
		goto out;
	}
	PQsetNoticeProcessor(pg, NULL, NULL);
	/* One snapshot of the source, one transaction on the target. */
	if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK
	    || !pg_do(pg, "BEGIN ISOLATION LEVEL SERIALIZABLE", err, errlen))
		goto out;
	rc = copy_all(db, pg, log, err, errlen);
	if (rc == 0 && !pg_do(pg, "COMMIT", err, errlen))
		rc = -1;
	if (rc != 0) {
		PGresult *r = PQexec(pg, "ROLLBACK");
		PQclear(r);
	} else {
		/* The foreign keys as the migrations made them (they were checked at COMMIT). */
		PGresult *fks = PQexec(pg,
			"SELECT format('ALTER TABLE %I ALTER CONSTRAINT %I NOT DEFERRABLE',"
			" c.conrelid::regclass::text, c.conname)"
			" FROM pg_constraint c WHERE c.contype = 'f'"
			" AND c.connamespace = 'public'::regnamespace AND c.condeferrable");
		for (int i = 0; rc == 0 && PQresultStatus(fks) == PGRES_TUPLES_OK
		                && i < PQntuples(fks); i++)
			if (!pg_do(pg, PQgetvalue(fks, i, 0), err, errlen))
				rc = -1;
		PQclear(fks);
	}
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
out:
	PQfinish(pg);
	sqlite3_close_v2(db);
	return rc;
}
