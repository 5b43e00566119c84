/*
 * store_backup.c: backup and restore of the whole database (store_backup.h).
 * The engines' own tools do the copying: SQLite's online backup API, and
 * pg_dump/pg_restore, which know every object PostgreSQL has (sequences,
 * triggers, indexes) better than a table list of ours would.
 */
#include "store/store_backup.h"
#include "store/store_copy.h"

#include <errno.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum { PATH_MAX_LEN = 4096 };

static const char *sqlite_path(const char *url)
{
	return strncmp(url, "sqlite:", 7) == 0 ? url + 7 : NULL;
}

enum backup_format backup_format_of(const char *file)
{
	unsigned char head[16] = { 0 };
	FILE *f = fopen(file, "rbe");
	if (f == NULL)
		return BACKUP_UNKNOWN;
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (n == 16 && memcmp(head, "SQLite format 3", 16) == 0)
		return BACKUP_SQLITE;
	if (n >= 5 && memcmp(head, "PGDMP", 5) == 0)
		return BACKUP_PG_DUMP;
	return BACKUP_UNKNOWN;
}

/* Flushes PATH (a file, or a folder after a rename in it) to disk. */
static int fsync_path(const char *path, bool dir)
{
	int fd = open(path, (dir ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

static void dir_of(const char *path, char *out, size_t n)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		snprintf(out, n, ".");
	else if (slash == path)
		snprintf(out, n, "/");
	else
		snprintf(out, n, "%.*s", (int)(slash - path), path);
}

/* FILE.tmp flushed and renamed to FILE, its folder flushed. */
static int install_tmp(const char *tmp, const char *file, char *err, size_t errlen)
{
	char dir[PATH_MAX_LEN];
	if (fsync_path(tmp, false) != 0 || rename(tmp, file) != 0) {
		snprintf(err, errlen, "cannot write %s: %s", file, strerror(errno));
		unlink(tmp);
		return -1;
	}
	dir_of(file, dir, sizeof dir);
	fsync_path(dir, true);
	return 0;
}

static int sqlite_check(sqlite3 *db, const char *what, char *err, size_t errlen)
{
	sqlite3_stmt *s = NULL;
	int rc = -1;
	if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL) == SQLITE_OK
	    && sqlite3_step(s) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(s, 0);
		if (r && strcmp(r, "ok") == 0)
			rc = 0;
		else
			snprintf(err, errlen, "%s fails SQLite's integrity check: %s", what,
			         r ? r : "?");
	} else {
		snprintf(err, errlen, "%s: %s", what, sqlite3_errmsg(db));
	}
	sqlite3_finalize(s);
	return rc;
}

/*
 * SQLite's backup API from SRC_PATH into DST_PATH (created), in one step:
 * the source is read under one read transaction, a snapshot in WAL mode, so
 * the server's writers go on meanwhile.
 */
static int sqlite_copy(const char *src_path, const char *dst_path, char *err, size_t errlen)
{
	sqlite3 *src = NULL, *dst = NULL;
	int rc = -1;
	unlink(dst_path);
	if (sqlite3_open_v2(src_path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "cannot open %s: %s", src_path,
		         src ? sqlite3_errmsg(src) : "out of memory");
		goto out;
	}
	sqlite3_busy_timeout(src, 10000);
	if (sqlite3_open_v2(dst_path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
	    != SQLITE_OK) {
		snprintf(err, errlen, "cannot create %s: %s", dst_path,
		         dst ? sqlite3_errmsg(dst) : "out of memory");
		goto out;
	}
	sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
	if (b == NULL) {
		snprintf(err, errlen, "backup of %s: %s", src_path, sqlite3_errmsg(dst));
		goto out;
	}
	int step;
	/* Busy or locked: a writer holds the lock for a moment; try again. */
	for (int tries = 0;; tries++) {
		step = sqlite3_backup_step(b, -1);
		if ((step != SQLITE_BUSY && step != SQLITE_LOCKED) || tries == 100)
			break;
		sqlite3_sleep(100);
	}
	sqlite3_backup_finish(b);
	if (step != SQLITE_DONE) {
		snprintf(err, errlen, "backup of %s: %s", src_path, sqlite3_errstr(step));
		goto out;
	}
	/* One self-contained file: no -wal beside it to lose. */
	sqlite3_exec(dst, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
	rc = sqlite_check(dst, dst_path, err, errlen);
out:
	sqlite3_close_v2(src);
	sqlite3_close_v2(dst);
	if (rc != 0)
		unlink(dst_path);
	return rc;
}

/* Runs ARGV (no shell), its output to ours; 0 when it exits 0. */
static int run(const char *const argv[], char *err, size_t errlen)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		snprintf(err, errlen, "cannot start %s: %s", argv[0], strerror(errno));
		return -1;
	}
	if (pid == 0) {
		dup2(STDERR_FILENO, STDOUT_FILENO);
		/* execvp's prototype predates const; it does not write ARGV. */
		union { const char *const *in; char *const *out; } args = { .in = argv };
		execvp(argv[0], args.out);
		fprintf(stderr, "cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			snprintf(err, errlen, "%s: %s", argv[0], strerror(errno));
			return -1;
		}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	snprintf(err, errlen, "%s failed (%s %d; its messages are above)", argv[0],
	         WIFEXITED(status) ? "exit status" : "signal",
	         WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
	return -1;
}

int store_backup(const char *db_url, const char *file, char *err, size_t errlen)
{
	char tmp[PATH_MAX_LEN];
	if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", file) >= sizeof tmp) {
		snprintf(err, errlen, "file name too long");
		return -1;
	}
	const char *path = sqlite_path(db_url);
	if (path) {
		if (access(path, R_OK) != 0) {
			snprintf(err, errlen, "cannot read the database %s: %s", path,
			         strerror(errno));
			return -1;
		}
		if (sqlite_copy(path, tmp, err, errlen) != 0)
			return -1;
	} else {
		char dbarg[PATH_MAX_LEN + 16];
		snprintf(dbarg, sizeof dbarg, "--dbname=%s", db_url);
		const char *const argv[] = { "pg_dump", "--format=custom",
		                       "--no-owner", "--file", tmp, dbarg, NULL };
		unlink(tmp);
		if (run(argv, err, errlen) != 0) {
			unlink(tmp);
			return -1;
		}
	}
	return install_tmp(tmp, file, err, errlen);
}

void store_restore_sqlite_staging(const char *path, char *out, size_t n)
{
	snprintf(out, n, "%s.restoring", path);
}

bool store_sqlite_has_tables(const char *path)
{
	sqlite3 *db = NULL;
	bool has = false;
	if (access(path, F_OK) != 0)
		return false;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
		sqlite3_stmt *s = NULL;
		/* Unreadable counts as holding something: never overwrite blindly. */
		has = true;
		if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
		                       -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
			has = sqlite3_column_int(s, 0) > 0;
		sqlite3_finalize(s);
	}
	sqlite3_close_v2(db);
	return has;
}

int store_restore_sqlite_install(const char *path, char *err, size_t errlen)
{
	char staging[PATH_MAX_LEN], side[PATH_MAX_LEN + 8];
	store_restore_sqlite_staging(path, staging, sizeof staging);
	/* The staged copy was opened in WAL mode to be checked: fold it back. */
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(staging, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK
	    || sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE",
	                    NULL, NULL, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "%s: %s", staging, db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close_v2(db);
		return -1;
	}
	sqlite3_close_v2(db);
	for (size_t i = 0; i < 2; i++) {
		snprintf(side, sizeof side, "%s%s", path, i ? "-shm" : "-wal");
		unlink(side);
	}
	return install_tmp(staging, path, err, errlen);
}

int store_restore(const char *db_url, const char *file, bool replace, char *err,
                  size_t errlen)
{
	enum backup_format f = backup_format_of(file);
	const char *path = sqlite_path(db_url);
	if (f == BACKUP_UNKNOWN) {
		snprintf(err, errlen, "%s is not a dieuhanh backup (neither an SQLite database nor a"
		         " pg_dump archive)", file);
		return -1;
	}
	if ((f == BACKUP_SQLITE) != (path != NULL)) {
		snprintf(err, errlen, "%s is a backup of %s database and --db names %s one: restore"
		         " it into its own kind, then move it with `dieuhanh copy`", file,
		         f == BACKUP_SQLITE ? "an SQLite" : "a PostgreSQL",
		         path ? "an SQLite" : "a PostgreSQL");
		return -1;
	}
	if (path) {
		if (!replace && store_sqlite_has_tables(path)) {
			snprintf(err, errlen, "%s already holds a database: stop the service and give"
			         " --replace to overwrite it", path);
			return -1;
		}
		char staging[PATH_MAX_LEN];
		store_restore_sqlite_staging(path, staging, sizeof staging);
		return sqlite_copy(file, staging, err, errlen);
	}
	long tables = store_pg_table_count(db_url, err, errlen);
	if (tables < 0)
		return -1;
	if (tables > 0 && !replace) {
		snprintf(err, errlen, "the database holds %ld tables: stop the service and give"
		         " --replace to drop them, or restore into an empty database", tables);
		return -1;
	}
	char dbarg[PATH_MAX_LEN + 16];
	snprintf(dbarg, sizeof dbarg, "--dbname=%s", db_url);
	const char *const plain[] = { "pg_restore", "--no-owner",
	                        "--exit-on-error", "--single-transaction",
	                        dbarg, file, NULL };
	const char *const clean[] = { "pg_restore", "--no-owner",
	                        "--exit-on-error", "--single-transaction",
	                        "--clean", "--if-exists", dbarg, file,
	                        NULL };
	return run(tables > 0 ? clean : plain, err, errlen);
}
