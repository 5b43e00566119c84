/*
 * cli_backup.c: dieuhanh backup FILE and dieuhanh restore FILE.
 *
 * A backup is taken while the server runs (store_backup.h).  A restore is
 * checked before it counts: the restored database is migrated to this
 * binary's schema and its audit chain walked with the key; an SQLite
 * database is only put in place when the chain is whole.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit/audit.h"
#include "store/store.h"
#include "store/store_backup.h"

enum { EXIT_USAGE = 2 };

const char cli_backup_usage[] =
	"Usage: dieuhanh backup FILE [--db URL]\n"
	"       dieuhanh restore FILE [--db URL] [--audit-key FILE] [--replace]\n"
	"\n"
	"backup   copies the whole database into FILE while the server runs: SQLite's\n"
	"         online backup (FILE is an SQLite database), pg_dump -Fc for\n"
	"         PostgreSQL.  FILE is replaced only once the new copy is whole.\n"
	"         The audit key is NOT in FILE: keep a copy of it apart.\n"
	"restore  puts FILE back into --db, migrates it to this version's schema and\n"
	"         verifies its audit chain with the key (--audit-key, else the\n"
	"         default for --db).  An existing database is only overwritten with\n"
	"         --replace (stop the service first).\n";

static int usage(const char *what, const char *arg)
{
	fprintf(stderr, "dieuhanh: %s%s%s\n\n%s", what, arg ? " " : "", arg ? arg : "",
	        cli_backup_usage);
	return EXIT_USAGE;
}

struct backup_args {
	const char *file;
	const char *db;
	const char *audit_key;
	bool replace;
};

static int parse(int argc, char **argv, bool restore, struct backup_args *a)
{
	a->db = getenv("DIEUHANH_DB");
	if (a->db == NULL || *a->db == '\0')
		a->db = CLI_DEFAULT_DB;
	a->audit_key = getenv("DIEUHANH_AUDIT_KEY_FILE");
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			fputs(cli_backup_usage, stdout);
			return 0;
		}
		if (strcmp(argv[i], "--db") == 0 || (restore && strcmp(argv[i], "--audit-key") == 0)) {
			if (i + 1 >= argc)
				return usage("option needs a value:", argv[i]);
			*(argv[i][2] == 'd' ? &a->db : &a->audit_key) = argv[i + 1];
			i++;
		} else if (restore && strcmp(argv[i], "--replace") == 0) {
			a->replace = true;
		} else if (argv[i][0] == '-' || a->file) {
			return usage(argv[i][0] == '-' ? "unknown option" : "unexpected argument",
			             argv[i]);
		} else {
			a->file = argv[i];
		}
	}
	if (a->file == NULL)
		return usage("no FILE given", NULL);
	if (strncmp(a->db, "sqlite:", 7) != 0 && strncmp(a->db, "postgresql://", 13) != 0
	    && strncmp(a->db, "postgres://", 11) != 0)
		return usage("--db: not sqlite:PATH or postgresql://...:", a->db);
	return -1;
}

int cli_backup(int argc, char **argv)
{
	struct backup_args a = { 0 };
	int rc = parse(argc, argv, false, &a);
	if (rc >= 0)
		return rc;
	char err[1024];
	if (store_backup(a.db, a.file, err, sizeof err) != 0) {
		fprintf(stderr, "dieuhanh backup: %s\n", err);
		return 1;
	}
	struct stat sb;
	long long size = stat(a.file, &sb) == 0 ? (long long)sb.st_size : -1;
	printf("backup written: %s (%lld bytes, %s)\n", a.file, size,
	       strncmp(a.db, "sqlite:", 7) == 0 ? "SQLite database" : "pg_dump custom archive");
	printf("(the audit key is not in it: keep a copy of the key file apart)\n");
	return 0;
}

/* Opens URL, migrates it, walks its audit chain; 0 when whole, after a report. */
static int verify_restored(const char *url, const char *key_path_arg, const char *key_for)
{
	char err[1024], def[4096];
	struct store *st = store_open(url, err, sizeof err);
	if (st == NULL) {
		fprintf(stderr, "dieuhanh restore: %s\n", err);
		return 1;
	}
	int version = 0, rc = 1;
	if (st->ops->migrate(st, &version) != STORE_OK) {
		fprintf(stderr, "dieuhanh restore: the restored database does not migrate to"
		        " this version's schema\n");
		goto out;
	}
	const char *key_path = key_path_arg;
	if (key_path == NULL || *key_path == '\0') {
		audit_key_default_path(key_for, def, sizeof def);
		key_path = def;
	}
	bool created;
	if (audit_key_load(key_path, false, &created, err, sizeof err) < 0) {
		fprintf(stderr, "dieuhanh restore: %s\n", err);
		goto out;
	}
	struct audit_report r;
	if (audit_verify(st, NULL, &r) != STORE_OK) {
		fprintf(stderr, "dieuhanh restore: cannot read the restored audit trail\n");
		goto out;
	}
	if (r.broken) {
		printf("audit trail NOT intact: %s%s%s\n", r.problem,
		       r.key_needed ? "; key file looked for: " : "", r.key_needed ? key_path : "");
		goto out;
	}
	printf("schema version %d; audit trail intact: %lld entries, head %lld:%s\n", version,
	       (long long)r.checked, (long long)r.last.id, r.last.hash);
	rc = 0;
out:
	st->ops->close(st);
	return rc;
}

int cli_restore(int argc, char **argv)
{
	struct backup_args a = { 0 };
	int rc = parse(argc, argv, true, &a);
	if (rc >= 0)
		return rc;
	char err[1024];
	if (store_restore(a.db, a.file, a.replace, err, sizeof err) != 0) {
		fprintf(stderr, "dieuhanh restore: %s\n", err);
		return 1;
	}
	if (strncmp(a.db, "sqlite:", 7) != 0) {
		if (verify_restored(a.db, a.audit_key, a.db) != 0) {
			fprintf(stderr, "dieuhanh restore: restored into %s, but it is not verified:"
			        " do not serve it before finding out why\n", a.db);
			return 1;
		}
		printf("restored %s into %s\n", a.file, a.db);
		return 0;
	}
	const char *path = a.db + 7;
	char staging[4200], url[4300];
	store_restore_sqlite_staging(path, staging, sizeof staging);
	snprintf(url, sizeof url, "sqlite:%s", staging);
	if (verify_restored(url, a.audit_key, a.db) != 0) {
		fprintf(stderr, "dieuhanh restore: %s left as it was; the unverified copy is %s\n",
		        path, staging);
		return 1;
	}
	if (store_restore_sqlite_install(path, err, sizeof err) != 0) {
		fprintf(stderr, "dieuhanh restore: %s\n", err);
		return 1;
	}
	printf("restored %s into %s\n", a.file, path);
	return 0;
}
