/* cli_user.c: account commands for administrators at the console. */
#include "cli/cli.h"

#include "auth/auth_store.h"
#include "org/org_store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth/account_service.h"
#include "demo/demo.h"
#include "store/store.h"
#include "util/arena.h"

enum { EXIT_USAGE = 2 };

static const char USER_USAGE[] =
	"Usage: dieuhanh user add LOGIN --unit CODE [--role ROLE] [--name NAME] --password-stdin\n"
	"       dieuhanh user list\n"
	"       dieuhanh user disable LOGIN\n"
	"Roles: officer, unit_head, leader, supervisor, admin.  Each takes --db URL.\n";

static int usage(const char *what, const char *arg)
{
	fprintf(stderr, "dieuhanh user: %s%s%s\n\n%s", what, arg ? " " : "", arg ? arg : "",
	        USER_USAGE);
	return EXIT_USAGE;
}

/* One line from stdin, without its newline; NULL when there is none. */
static char *read_password(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, stdin);
	if (n <= 0) {
		free(line);
		return NULL;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}

static int user_add(struct store *st, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "unit", required_argument, NULL, 'u' },
		{ "role", required_argument, NULL, 'r' },
		{ "name", required_argument, NULL, 'n' },
		{ "password-stdin", no_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	const char *unit = NULL, *role = NULL, *name = NULL;
	bool from_stdin = false;
	opterr = 0;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case 'u': unit = optarg; break;
		case 'r': role = optarg; break;
		case 'n': name = optarg; break;
		case 'p': from_stdin = true; break;
		case ':': return usage("option needs a value:", argv[optind - 1]);
		default: return usage("unknown option", argv[optind - 1]);
		}
	}
	if (optind + 1 != argc)
		return usage("give exactly one LOGIN", NULL);
	if (unit == NULL)
		return usage("--unit is required (the account's home unit, and the unit of its role)",
		             NULL);
	if (!from_stdin)
		return usage("--password-stdin is required (passwords never go on the "
		             "command line, where other users can see them)", NULL);
	int r = role ? role_parse(role) : -1;
	if (role && r < 0)
		return usage("unknown role", role);
	struct arena a = { 0 };
	struct org_unit u;
	if (org_store.unit_get_by_code(st, unit, &a, &u) != STORE_OK) {
		arena_free(&a);
		fprintf(stderr, "dieuhanh user: no unit has the code '%s'\n", unit);
		return 1;
	}
	char *password = read_password();
	if (password == NULL) {
		arena_free(&a);
		fprintf(stderr, "dieuhanh user: no password on standard input\n");
		return 1;
	}
	const char *login = argv[optind];
	struct account_input in = { .login = login, .display_name = name ? name : login,
	                            .password = password, .role = r, .unit_id = u.id,
	                            .home_unit_id = u.id };
	struct account acc;
	struct org_error err = { 0 };
	enum org_result res = account_create(st, &a, &principal_system, &in, &acc, &err);
	memset(password, 0, strlen(password));
	free(password);
	int rc = 0;
	if (res == ORG_OK) {
		printf("account %s created (id %lld), %s on %s\n", login, (long long)acc.id,
		       role ? role : "no role", u.name);
	} else {
		fprintf(stderr, "dieuhanh user: %s%s%s\n", err.field ? err.field : "",
		        err.field ? ": " : "", err.detail ? err.detail : "storage error");
		rc = 1;
	}
	arena_free(&a);
	return rc;
}

static int user_list(struct store *st)
{
	struct arena a = { 0 };
	struct account *accs;
	size_t n;
	if (auth_store.account_list(st, &a, &accs, &n) != STORE_OK) {
		arena_free(&a);
		return 1;
	}
	printf("%-20s %-8s %-30s %s\n", "LOGIN", "STATE", "NAME", "ROLES");
	for (size_t i = 0; i < n; i++) {
		struct role_grant *g;
		size_t ng = 0;
		auth_store.grant_list(st, accs[i].id, &a, &g, &ng);
		printf("%-20s %-8s %-30s", accs[i].login, accs[i].disabled ? "disabled" : "active",
		       accs[i].display_name);
		for (size_t j = 0; j < ng; j++) {
			struct org_unit u;
			const char *unit = org_store.unit_get(st, g[j].unit_id, &a, &u) == STORE_OK
			                 ? u.code : "?";
			printf(" %s@%s", role_name(g[j].role), unit);
		}
		putchar('\n');
	}
	arena_free(&a);
	return 0;
}

static int user_disable(struct store *st, int argc, char **argv)
{
	if (argc != 2)
		return usage("give exactly one LOGIN", NULL);
	struct arena a = { 0 };
	struct account acc;
	int rc = 1;
	if (auth_store.account_get_by_login(st, argv[1], &a, &acc) != STORE_OK) {
		fprintf(stderr, "dieuhanh user: no account '%s'\n", argv[1]);
	} else {
		struct org_error err = { 0 };
		if (account_set_disabled(st, &a, &principal_system, acc.id, true, &err) == ORG_OK) {
			printf("account %s disabled; its sessions are ended\n", argv[1]);
			rc = 0;
		} else {
			fprintf(stderr, "dieuhanh user: %s\n", err.detail ? err.detail : "storage error");
		}
	}
	arena_free(&a);
	return rc;
}

int cli_user(struct store *st, int argc, char **argv)
{
	if (argc < 1)
		return usage("missing subcommand", NULL);
	if (strcmp(argv[0], "add") == 0)
		return user_add(st, argc, argv);
	if (strcmp(argv[0], "list") == 0)
		return user_list(st);
	if (strcmp(argv[0], "disable") == 0)
		return user_disable(st, argc, argv);
	return usage("unknown subcommand", argv[0]);
}

void cli_print_demo_accounts(struct store *st)
{
	const struct demo_account *d;
	size_t n = demo_accounts(&d);
	struct arena a = { 0 };
	bool header = false;
	for (size_t i = 0; i < n; i++) {
		struct account acc;
		if (auth_store.account_get_by_login(st, d[i].login, &a, &acc) != STORE_OK)
			continue;
		if (!header) {
			printf("Demo accounts (sign in at /login):\n");
			header = true;
		}
		printf("  %-12s %-18s password %-22s %s\n", role_name(d[i].role), d[i].login,
		       d[i].password, d[i].what);
	}
	arena_free(&a);
}
