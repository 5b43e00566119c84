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

#endif
