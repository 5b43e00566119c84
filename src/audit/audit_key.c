/*
 * audit_key.c: the audit chain's key, kept in a file outside the database,
 * and the marker in the database that says from which entry it applies.
 *
 * The key never enters the database: whoever can write the database but
 * not read the key file cannot recompute a keyed entry.  One key per chain;
 * every process that writes to it (each server in front of one PostgreSQL,
 * the CLI) needs the same file.
 */
#include "audit/audit.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit/audit_store.h"
#include "store/store.h"
#include "util/arena.h"

/* Set once at start-up, before any thread that writes exists; read-only after. */
static unsigned char key_bytes[AUDIT_KEY_BYTES];
static bool key_set;

void audit_key_use(const unsigned char *key)
{
	if (key) {
		memcpy(key_bytes, key, sizeof key_bytes);
	} else {
		sodium_memzero(key_bytes, sizeof key_bytes);
	}
	key_set = key != NULL;
}

const unsigned char *audit_key_current(void)
{
	return key_set ? key_bytes : NULL;
}

void audit_key_id(const unsigned char *key, char out[AUDIT_HASH_HEX + 1])
{
	static const char domain[] = "dieuhanh audit key id";
	unsigned char id[32];
	crypto_generichash_state st;
	crypto_generichash_init(&st, NULL, 0, sizeof id);
	crypto_generichash_update(&st, (const unsigned char *)domain, sizeof domain - 1);
	crypto_generichash_update(&st, key, AUDIT_KEY_BYTES);
	crypto_generichash_final(&st, id, sizeof id);
	sodium_bin2hex(out, AUDIT_HASH_HEX + 1, id, sizeof id);
}

void audit_key_default_path(const char *db_url, char *out, size_t n)
{
	if (strncmp(db_url, "sqlite:", 7) == 0)
		snprintf(out, n, "%s.audit-key", db_url + 7);
	else
		snprintf(out, n, "var/audit.key");
}

/* A fresh key in PATH, 0600, never over an existing file. */
static int create_key_file(const char *path, unsigned char key[AUDIT_KEY_BYTES], char *err,
                           size_t errlen)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", path);
	const char *parent = dirname(dir);
	if (mkdir(parent, 0700) != 0 && errno != EEXIST) {
		snprintf(err, errlen, "cannot create the folder %s for the audit key: %s", parent,
		         strerror(errno));
		return -1;
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		snprintf(err, errlen, "cannot create the audit key file %s: %s", path, strerror(errno));
		return -1;
	}
	randombytes_buf(key, AUDIT_KEY_BYTES);
	char hex[2 * AUDIT_KEY_BYTES + 2];
	sodium_bin2hex(hex, sizeof hex - 1, key, AUDIT_KEY_BYTES);
	strcat(hex, "\n");
	size_t len = strlen(hex);
	bool ok = write(fd, hex, len) == (ssize_t)len && fsync(fd) == 0;
	sodium_memzero(hex, sizeof hex);
	if (close(fd) != 0 || !ok) {
		snprintf(err, errlen, "cannot write the audit key file %s: %s", path, strerror(errno));
		unlink(path);
		return -1;
	}
	return 0;
}

static int read_key_file(const char *path, unsigned char key[AUDIT_KEY_BYTES], char *err,
                         size_t errlen)
{
	FILE *f = fopen(path, "re");
	if (f == NULL) {
		snprintf(err, errlen, "cannot read the audit key file %s: %s", path, strerror(errno));
		return -1;
	}
	struct stat sb;
	if (fstat(fileno(f), &sb) == 0 && (sb.st_mode & 077))
		fprintf(stderr, "dieuhanh: warning: the audit key file %s can be read by others "
		        "(chmod 600 it)\n", path);
	char hex[2 * AUDIT_KEY_BYTES + 4] = { 0 };
	size_t n = fread(hex, 1, sizeof hex - 1, f);
	fclose(f);
	while (n > 0 && (hex[n - 1] == '\n' || hex[n - 1] == '\r'))
		hex[--n] = '\0';
	size_t got = 0;
	int rc = 0;
	if (n != 2 * AUDIT_KEY_BYTES
	    || sodium_hex2bin(key, AUDIT_KEY_BYTES, hex, n, NULL, &got, NULL) != 0
	    || got != AUDIT_KEY_BYTES) {
		snprintf(err, errlen, "the audit key file %s does not hold a key (64 hex digits)",
		         path);
		rc = -1;
	}
	sodium_memzero(hex, sizeof hex);
	return rc;
}

int audit_key_load(const char *path, bool create, bool *created, char *err, size_t errlen)
{
	unsigned char key[AUDIT_KEY_BYTES];
	*created = false;
	int rc;
	if (access(path, F_OK) == 0) {
		rc = read_key_file(path, key, err, errlen);
	} else if (errno != ENOENT) {
		snprintf(err, errlen, "cannot reach the audit key file %s: %s", path, strerror(errno));
		return -1;
	} else if (!create) {
		return 0;
	} else {
		rc = create_key_file(path, key, err, errlen);
		*created = rc == 0;
	}
	if (rc == 0)
		audit_key_use(key);
	sodium_memzero(key, sizeof key);
	return rc == 0 ? 1 : -1;
}

/* The marker for the key in use, keyed from the entry after the last one. */
static enum store_status start_scheme(struct store *st, const unsigned char *key)
{
	enum store_status s = st->ops->begin(st);
	if (s != STORE_OK)
		return s;
	struct arena a = { 0 };
	struct audit_filter f = { .limit = 1, .newest_first = true };
	struct audit_entry *last;
	size_t n = 0;
	s = audit_store.list(st, &f, &a, &last, &n);
	if (s == STORE_OK) {
		/* Ids only grow (SQLite reuses a deleted last id: still >= this). */
		struct audit_scheme m = { .keyed_from = (n ? last[0].id : 0) + 1 };
		audit_key_id(key, m.key_id);
		audit_scheme_mac(&m, key, m.mac);
		s = audit_store.scheme_put(st, &m);
	}
	arena_free(&a);
	if (s == STORE_OK)
		s = st->ops->commit(st);
	else
		st->ops->rollback(st);
	return s;
}

int audit_scheme_ensure(struct store *st, char *err, size_t errlen)
{
	const unsigned char *key = audit_key_current();
	for (int attempt = 0; attempt < 5; attempt++) {
		struct audit_scheme m;
		enum store_status s = audit_store.scheme_get(st, &m);
		if (s == STORE_NOT_FOUND && key == NULL)
			return STORE_OK;  /* a plain chain, as before keys */
		if (s == STORE_NOT_FOUND) {
			s = start_scheme(st, key);
			/* Another process started it first, or a busy moment: look again. */
			if (s == STORE_CONFLICT || s == STORE_SOFT_ERROR)
				continue;
			if (s != STORE_OK)
				snprintf(err, errlen, "cannot record the start of the keyed audit chain: %s",
				         store_status_name(s));
			return s;
		}
		if (s != STORE_OK) {
			snprintf(err, errlen, "cannot read the audit chain's marker: %s",
			         store_status_name(s));
			return s;
		}
		char id[AUDIT_HASH_HEX + 1], mac[AUDIT_HASH_HEX + 1];
		if (key == NULL) {
			snprintf(err, errlen, "the audit chain is keyed from entry %lld: give its key "
			         "file (--audit-key FILE or DIEUHANH_AUDIT_KEY_FILE)",
			         (long long)m.keyed_from);
			return STORE_HARD_ERROR;
		}
		audit_key_id(key, id);
		if (strcmp(id, m.key_id) != 0) {
			snprintf(err, errlen, "the audit key file is not the key of this database's "
			         "audit chain (the chain's key id is %.16s..., the file's %.16s...)",
			         m.key_id, id);
			return STORE_HARD_ERROR;
		}
		audit_scheme_mac(&m, key, mac);
		if (sodium_memcmp(mac, m.mac, AUDIT_HASH_HEX) != 0) {
			snprintf(err, errlen, "the audit chain's keyed-scheme marker has been altered; "
			         "run dieuhanh audit verify");
			return STORE_HARD_ERROR;
		}
		return STORE_OK;
	}
	snprintf(err, errlen, "cannot record the start of the keyed audit chain: busy");
	return STORE_SOFT_ERROR;
}

int audit_key_setup(struct store *st, const char *db_url, const char *path, char *err,
                    size_t errlen)
{
	char def[4096];
	if (path == NULL || *path == '\0') {
		audit_key_default_path(db_url, def, sizeof def);
		path = def;
	}
	struct audit_scheme m;
	enum store_status s = audit_store.scheme_get(st, &m);
	if (s != STORE_OK && s != STORE_NOT_FOUND) {
		snprintf(err, errlen, "cannot read the audit chain's marker: %s", store_status_name(s));
		return s;
	}
	/* A keyed chain whose key file is gone must not get a new key silently. */
	bool created;
	int rc = audit_key_load(path, s == STORE_NOT_FOUND, &created, err, errlen);
	if (rc < 0)
		return STORE_HARD_ERROR;
	if (rc == 0) {
		snprintf(err, errlen, "the audit chain is keyed from entry %lld but its key file %s "
		         "is missing: restore it from its backup (or give --audit-key FILE)",
		         (long long)m.keyed_from, path);
		return STORE_HARD_ERROR;
	}
	if (created)
		fprintf(stderr, "dieuhanh: created the audit key %s: back it up now, apart from the "
		        "database (without it the audit trail cannot be verified)\n", path);
	return audit_scheme_ensure(st, err, errlen);
}
