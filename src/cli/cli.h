/*
 * cli.h: the administrative commands of the dieuhanh binary (main.c parses
 * the common flags and opens the store; these do the work).
 */
#ifndef DIEUHANH_CLI_H
#define DIEUHANH_CLI_H

struct store;

/* dieuhanh user add|list|disable ...; ARGV[0] is the subcommand. */
int cli_user(struct store *st, int argc, char **argv);
/*
 * dieuhanh audit verify [--audit-key FILE] [--head ID:HASH | --head-file FILE]
 * dieuhanh audit head; DB_URL names the default key file.
 */
int cli_audit(struct store *st, const char *db_url, int argc, char **argv);
extern const char cli_audit_usage[];
/* Prints the demo accounts that exist, with their passwords. */
void cli_print_demo_accounts(struct store *st);

/* dieuhanh open311 key add NAME | key list | key revoke ID (prints a new key once). */
int cli_open311(struct store *st, int argc, char **argv);
extern const char cli_open311_usage[];

/* dieuhanh routes: the route table, "METHOD\tPATTERN" a line; the exit code. */
int cli_routes(void);

/* The database when neither --db, DIEUHANH_DB nor the file names one. */
#define CLI_DEFAULT_DB "sqlite:var/dieuhanh.db"

/* dieuhanh backup FILE / restore FILE; ARGV[0] is the command.  Exit codes. */
int cli_backup(int argc, char **argv);
int cli_restore(int argc, char **argv);
extern const char cli_backup_usage[];
/* dieuhanh copy --from sqlite:PATH --to postgresql://...; ARGV[0] is "copy". */
int cli_copy(int argc, char **argv);
extern const char cli_copy_usage[];

/*
 * The configuration file (cli_config.c): "key = value" lines, the keys the
 * long flags' names, applied as their environment variables where the
 * environment has none (precedence: flag > environment > file > default).
 */
#ifndef CONFIG_DEFAULT_PATH
#define CONFIG_DEFAULT_PATH "/etc/dieuhanh/dieuhanh.conf"
#endif
#include <stdbool.h>
#include <stddef.h>

struct config_key {
	const char *key;     /* as in the file, and the flag's name */
	const char *env;     /* the environment variable it sets */
	bool boolean;        /* yes/no in the file, 1/0 in the environment */
	const char *help;
};
/* Every setting the file may hold; ends with { NULL }. */
extern const struct config_key config_keys[];

/*
 * Which file to read: --config FILE (taken out of ARGV, whose ARGV[0] is
 * the command), else DIEUHANH_CONFIG, else CONFIG_DEFAULT_PATH.
 * *MUST_EXIST: the file was named, so its absence is an error.
 */
const char *config_path(int *argc, char **argv, bool *must_exist);
/* Reads PATH and applies it; 0, or -1 with a message naming the line in ERR. */
int config_load(const char *path, bool must_exist, char *err, size_t errlen);
/* The line of the file that set K (0: not in the file). */
int config_key_line(const struct config_key *k);
/* True when K's environment variable was set before the file was read. */
bool config_key_from_env(const struct config_key *k);

#endif
