/*
 * store_backup.h: whole-database copies for backup and restore, below the
 * modules: a backup holds every table of every module because it copies the
 * database, not a list of tables.
 *
 * SQLite: the online backup API into FILE.tmp, an integrity check, fsync,
 * then rename, so FILE is either the previous backup or a whole new one,
 * and the server keeps writing meanwhile (WAL: the backup reads a snapshot).
 * PostgreSQL: pg_dump's custom format (-Fc), one consistent snapshot too;
 * restored with pg_restore.
 */
#ifndef DIEUHANH_STORE_BACKUP_H
#define DIEUHANH_STORE_BACKUP_H

#include <stdbool.h>
#include <stddef.h>

enum backup_format { BACKUP_UNKNOWN, BACKUP_SQLITE, BACKUP_PG_DUMP };

/* What FILE holds, by its first bytes. */
enum backup_format backup_format_of(const char *file);

/* Backs up the database DB_URL into FILE; 0, or -1 with ERR. */
int store_backup(const char *db_url, const char *file, char *err, size_t errlen);

/*
 * Restores FILE into DB_URL.  SQLite: FILE is copied to PATH.restoring,
 * which the caller checks (open it as sqlite:PATH.restoring) and then
 * installs with store_restore_sqlite_install(); the database at PATH is
 * untouched until then.  PostgreSQL: pg_restore into the database, which
 * must hold no tables unless REPLACE (then its objects are dropped first).
 * 0, or -1 with ERR.
 */
int store_restore(const char *db_url, const char *file, bool replace, char *err,
                  size_t errlen);
/* PATH.restoring for the SQLite database at PATH, into OUT. */
void store_restore_sqlite_staging(const char *path, char *out, size_t n);
/* Renames PATH.restoring over PATH (its -wal and -shm removed); 0 or -1 with ERR. */
int store_restore_sqlite_install(const char *path, char *err, size_t errlen);

/* True when the SQLite database at PATH exists and holds at least one table. */
bool store_sqlite_has_tables(const char *path);

#endif
