/* cli_audit.c: checking the audit trail and publishing its head, at the console. */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "store/store.h"

enum { EXIT_USAGE = 2 };

const char cli_audit_usage[] =
	"Usage: dieuhanh audit verify [--db URL] [--audit-key FILE]\n"
	"                             [--head ID:HASH | --head-file FILE]\n"
	"       dieuhanh audit head   [--db URL]\n"
	"\n"
	"verify  walks the hash chain; with --head (a head printed earlier by\n"
	"        `audit head` or the server's log) also checks that it is still in\n"
	"        the chain at its place, which is what shows entries cut off the end.\n"
	"head    prints the chain's head, ID:HASH: keep it outside the database.\n"
	"--audit-key FILE  the chain's key [DIEUHANH_AUDIT_KEY_FILE] (default: beside\n"
	"        an SQLite database, DB.audit-key; with PostgreSQL, var/audit.key)\n";

static int usage(const char *what, const char *arg)
{
	fprintf(stderr, "dieuhanh audit: %s%s%s\n\n%s", what, arg ? " " : "", arg ? arg : "",
	        cli_audit_usage);
	return EXIT_USAGE;
}

/* The first line of PATH into OUT; false after a message. */
static bool read_head_file(const char *path, char *out, size_t n)
{
	FILE *f = fopen(path, "re");
	if (f == NULL || fgets(out, (int)n, f) == NULL) {
		fprintf(stderr, "dieuhanh audit: cannot read the head file %s\n", path);
		if (f)
			fclose(f);
		return false;
	}
	fclose(f);
	out[strcspn(out, "\r\n")] = '\0';
	/* "audit head 12:ab..." as the server logs it, or just "12:ab...". */
	char *last = strrchr(out, ' ');
	if (last)
		memmove(out, last + 1, strlen(last + 1) + 1);
	return true;
}

static int cmd_head(struct store *st)
{
	struct audit_head h;
	if (audit_head_get(st, &h) != STORE_OK) {
		fprintf(stderr, "dieuhanh audit: cannot read the audit trail\n");
		return 1;
	}
	printf("%lld:%s\n", (long long)h.id, h.hash);
	return 0;
}

static int cmd_verify(struct store *st, const char *db_url, int argc, char **argv)
{
	const char *key_path = getenv("DIEUHANH_AUDIT_KEY_FILE");
	const char *head_text = NULL, *head_file = NULL;
	for (int i = 1; i < argc; i++) {
		const char **slot = strcmp(argv[i], "--audit-key") == 0 ? &key_path
		                  : strcmp(argv[i], "--head") == 0 ? &head_text
		                  : strcmp(argv[i], "--head-file") == 0 ? &head_file : NULL;
		if (slot == NULL)
			return usage("unknown option", argv[i]);
		if (i + 1 >= argc)
			return usage("option needs a value:", argv[i]);
		*slot = argv[++i];
	}
	if (head_text && head_file)
		return usage("give --head or --head-file, not both", NULL);
	char line[256];
	if (head_file) {
		if (!read_head_file(head_file, line, sizeof line))
			return 1;
		head_text = line;
	}
	struct audit_head expect;
	if (head_text && !audit_head_parse(head_text, &expect))
		return usage("--head: not ID:HASH or HASH (64 hex digits):", head_text);

	char def[4096], err[512];
	if (key_path == NULL || *key_path == '\0') {
		audit_key_default_path(db_url, def, sizeof def);
		key_path = def;
	}
	bool created;
	if (audit_key_load(key_path, false, &created, err, sizeof err) < 0) {
		fprintf(stderr, "dieuhanh audit: %s\n", err);
		return 1;
	}

	struct audit_report r;
	if (audit_verify(st, head_text ? &expect : NULL, &r) != STORE_OK) {
		fprintf(stderr, "dieuhanh audit: cannot read the audit trail\n");
		return 1;
	}
	if (r.broken) {
		if (r.key_needed)
			printf("CANNOT VERIFY: %s (key file looked for: %s)\n", r.problem, key_path);
		else if (r.first_broken_id)
			printf("BROKEN at entry %lld: %s (%lld entries before it are intact)\n",
			       (long long)r.first_broken_id, r.problem, (long long)r.checked);
		else
			printf("BROKEN: %s (%lld entries checked)\n", r.problem, (long long)r.checked);
		return 1;
	}
	printf("audit trail intact: %lld entries", (long long)r.checked);
	if (r.keyed_from)
		printf(", keyed from entry %lld", (long long)r.keyed_from);
	if (head_text)
		printf(", published head %s%s found in place", expect.id ? "" : "hash ",
		       head_text);
	printf("\naudit head %lld:%s\n", (long long)r.last.id, r.last.hash);
	printf("(keep the head outside the database: verify --head shows entries cut off "
	       "the end)\n");
	return 0;
}

int cli_audit(struct store *st, const char *db_url, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "verify") == 0)
		return cmd_verify(st, db_url, argc, argv);
	if (argc == 1 && strcmp(argv[0], "head") == 0)
		return cmd_head(st);
	return usage(argc ? "unknown subcommand or extra argument:" : "no subcommand",
	             argc ? argv[argc > 1 && strcmp(argv[0], "head") == 0 ? 1 : 0] : NULL);
}
