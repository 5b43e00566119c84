/*
 * cli_copy.c: dieuhanh copy --from sqlite:PATH --to postgresql://...
 *
 * For the day one machine is not enough.  The source's audit chain is
 * walked first (a broken chain is not carried over silently), the target
 * must be an empty database, its schema is made by this binary's
 * migrations, every table is copied in one transaction (store_copy.h), and
 * the copied chain is walked again and must end at the source's head.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "store/store.h"
#include "store/store_copy.h"

enum { EXIT_USAGE = 2 };

const char cli_copy_usage[] =
	"Usage: dieuhanh copy --from sqlite:PATH --to postgresql://USER@HOST/DB\n"
	"                     [--audit-key FILE]\n"
	"\n"
	"Copies every table of the SQLite database into an empty PostgreSQL\n"
	"database, in one transaction, and checks the audit chain on both sides\n"
	"with the key (--audit-key, else the default beside the SQLite file).\n"
	"Stop the service first; afterwards point db = and audit-key = at the new\n"
	"database and the same key file.\n";

static int usage(const char *what, const char *arg)
{
	fprintf(stderr, "dieuhanh copy: %s%s%s\n\n%s", what, arg ? " " : "", arg ? arg : "",
	        cli_copy_usage);
	return EXIT_USAGE;
}

/* Opens and migrates URL; NULL after a message. */
static struct store *open_migrated(const char *url)
{
	char err[1024];
	struct store *st = store_open(url, err, sizeof err);
	if (st == NULL) {
		fprintf(stderr, "dieuhanh copy: %s\n", err);
		return NULL;
	}
	int version;
	if (st->ops->migrate(st, &version) != STORE_OK) {
		fprintf(stderr, "dieuhanh copy: %s does not migrate to this version's schema\n", url);
		st->ops->close(st);
		return NULL;
	}
	return st;
}

/* The chain of ST walked with the key in use; false after a message. */
static bool chain_whole(struct store *st, const char *which, struct audit_head *head)
{
	struct audit_report r;
	if (audit_verify(st, NULL, &r) != STORE_OK) {
		fprintf(stderr, "dieuhanh copy: cannot read the audit trail of the %s\n", which);
		return false;
	}
	if (r.broken) {
		fprintf(stderr, "dieuhanh copy: the audit trail of the %s is not intact: %s\n", which,
		        r.problem);
		return false;
	}
	*head = r.last;
	printf("%s: audit trail intact, %lld entries, head %lld:%s\n", which,
	       (long long)r.checked, (long long)r.last.id, r.last.hash);
	return true;
}

int cli_copy(int argc, char **argv)
{
	const char *from = NULL, *to = NULL, *key = getenv("DIEUHANH_AUDIT_KEY_FILE");
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			fputs(cli_copy_usage, stdout);
			return 0;
		}
		const char **slot = strcmp(argv[i], "--from") == 0 ? &from
		                  : strcmp(argv[i], "--to") == 0 ? &to
		                  : strcmp(argv[i], "--audit-key") == 0 ? &key : NULL;
		if (slot == NULL)
			return usage("unknown option or argument", argv[i]);
		if (i + 1 >= argc)
			return usage("option needs a value:", argv[i]);
		*slot = argv[++i];
	}
	if (from == NULL || to == NULL)
		return usage("give both --from and --to", NULL);
	if (strncmp(from, "sqlite:", 7) != 0)
		return usage("--from must be sqlite:PATH:", from);
	if (strncmp(to, "postgresql://", 13) != 0 && strncmp(to, "postgres://", 11) != 0)
		return usage("--to must be postgresql://...:", to);

	char err[1024], def[4096];
	long tables = store_pg_table_count(to, err, sizeof err);
	if (tables < 0) {
		fprintf(stderr, "dieuhanh copy: %s\n", err);
		return 1;
	}
	if (tables > 0) {
		fprintf(stderr, "dieuhanh copy: the target database already holds %ld tables: copy"
		        " into a new, empty database (createdb)\n", tables);
		return 1;
	}
	if (key == NULL || *key == '\0') {
		audit_key_default_path(from, def, sizeof def);
		key = def;
	}
	bool created;
	if (audit_key_load(key, false, &created, err, sizeof err) < 0) {
		fprintf(stderr, "dieuhanh copy: %s\n", err);
		return 1;
	}
	struct store *src = open_migrated(from);
	if (src == NULL)
		return 1;
	struct audit_head src_head;
	bool ok = chain_whole(src, "source", &src_head);
	src->ops->close(src);
	if (!ok)
		return 1;
	struct store *dst = open_migrated(to);
	if (dst == NULL)
		return 1;
	dst->ops->close(dst);
	printf("copying %s to %s\n", from + 7, to);
	if (store_copy_sqlite_to_pg(from + 7, to, stdout, err, sizeof err) != 0) {
		fprintf(stderr, "dieuhanh copy: %s\nnothing was copied (the target has the empty"
		        " schema: drop and create it again before retrying)\n", err);
		return 1;
	}
	dst = open_migrated(to);
	if (dst == NULL)
		return 1;
	struct audit_head dst_head;
	ok = chain_whole(dst, "copy", &dst_head);
	dst->ops->close(dst);
	if (ok && (dst_head.id != src_head.id || strcmp(dst_head.hash, src_head.hash) != 0)) {
		fprintf(stderr, "dieuhanh copy: the copy's audit head differs from the source's\n");
		ok = false;
	}
	if (!ok)
		return 1;
	printf("copied; serve it with db = %s and audit-key = %s\n", to, key);
	return 0;
}
