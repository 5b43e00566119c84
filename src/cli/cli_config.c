/*
 * cli_config.c: the configuration file (/etc/dieuhanh/dieuhanh.conf).
 *
 * One "key = value" a line, the keys being the long flags' names; '#'
 * starts a comment line.  The file is applied by setting each key's
 * environment variable when the environment does not already have it, so
 * every reader of a setting (main.c's flags, the store, the translations)
 * sees one precedence without knowing the file exists:
 * flag > environment > file > built-in default.
 */
#include "cli/cli.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct config_key config_keys[] = {
	{ "db", "DIEUHANH_DB", false, "database URL: sqlite:PATH or postgresql://..." },
	{ "listen", "DIEUHANH_LISTEN", false, "serve: ADDR:PORT to listen on" },
	{ "threads", "DIEUHANH_THREADS", false, "serve: worker threads, 1-256" },
	{ "static", "DIEUHANH_STATIC", false, "serve: folder of static files" },
	{ "po", "DIEUHANH_PO", false, "serve: folder of translations (vi.po)" },
	{ "secure-cookies", "DIEUHANH_SECURE_COOKIES", true, "serve: cookies marked Secure" },
	{ "trust-proxy", "DIEUHANH_TRUST_PROXY", true, "serve: believe X-Forwarded-For" },
	{ "trusted-proxies", "DIEUHANH_TRUSTED_PROXIES", false,
	  "serve: proxies whose X-Forwarded-For counts" },
	{ "session-idle", "DIEUHANH_SESSION_IDLE", false, "serve: idle minutes ending a session" },
	{ "session-hours", "DIEUHANH_SESSION_HOURS", false, "serve: hours a session lasts" },
	{ "audit-key", "DIEUHANH_AUDIT_KEY_FILE", false, "the audit chain's key file" },
	{ "metrics-allow", "DIEUHANH_METRICS_ALLOW", false,
	  "serve: addresses or networks that may read /metrics" },
	{ "access-log", "DIEUHANH_ACCESS_LOG", false, "serve: access log: text, json or off" },
	{ "sqlite-sync", "DIEUHANH_SQLITE_SYNC", false, "SQLite synchronous: full or normal" },
	{ NULL, NULL, false, NULL },
};

static const struct config_key *key_named(const char *name, size_t len)
{
	for (const struct config_key *k = config_keys; k->key; k++)
		if (strlen(k->key) == len && memcmp(k->key, name, len) == 0)
			return k;
	return NULL;
}

/* yes/no, true/false, on/off, 1/0 as "1" or "0"; NULL when none of them. */
static const char *boolean_text(const char *v)
{
	static const char *const yes[] = { "1", "yes", "true", "on", NULL };
	static const char *const no[] = { "0", "no", "false", "off", NULL };
	for (size_t i = 0; yes[i]; i++) {
		if (strcasecmp(v, yes[i]) == 0)
			return "1";
		if (strcasecmp(v, no[i]) == 0)
			return "0";
	}
	return NULL;
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

/* Where the file said each key, for `config check` (line 0: not in the file). */
static int key_line[sizeof config_keys / sizeof config_keys[0]];
static bool key_env[sizeof config_keys / sizeof config_keys[0]];

bool config_key_from_env(const struct config_key *k)
{
	const char *v = getenv(k->env);
	return key_env[k - config_keys] || (key_line[k - config_keys] == 0 && v && *v);
}

int config_key_line(const struct config_key *k)
{
	return key_line[k - config_keys];
}

int config_load(const char *path, bool must_exist, char *err, size_t errlen)
{
	FILE *f = fopen(path, "re");
	if (f == NULL) {
		if (errno == ENOENT && !must_exist)
			return 0;
		snprintf(err, errlen, "cannot read the configuration file %s: %s", path,
		         strerror(errno));
		return -1;
	}
	char line[4096];
	int lineno = 0, rc = 0;
	while (rc == 0 && fgets(line, sizeof line, f)) {
		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			snprintf(err, errlen, "%s:%d: line longer than %zu bytes", path, lineno,
			         sizeof line - 2);
			rc = -1;
			break;
		}
		char *s = trim(line);
		if (*s == '\0' || *s == '#')
			continue;
		char *eq = strchr(s, '=');
		if (eq == NULL) {
			snprintf(err, errlen, "%s:%d: not \"key = value\": %.80s", path, lineno, s);
			rc = -1;
			break;
		}
		*eq = '\0';
		char *name = trim(s), *value = trim(eq + 1);
		size_t vlen = strlen(value);
		if (vlen >= 2 && value[0] == '"' && value[vlen - 1] == '"') {
			value[vlen - 1] = '\0';
			value++;
		}
		const struct config_key *k = key_named(name, strlen(name));
		if (k == NULL) {
			snprintf(err, errlen, "%s:%d: unknown setting '%.60s' (see dieuhanh(8))",
			         path, lineno, name);
			rc = -1;
		} else if (key_line[k - config_keys]) {
			snprintf(err, errlen, "%s:%d: '%s' already set on line %d", path, lineno,
			         k->key, key_line[k - config_keys]);
			rc = -1;
		} else if (k->boolean && boolean_text(value) == NULL) {
			snprintf(err, errlen, "%s:%d: %s: '%.60s' is not yes or no", path, lineno,
			         k->key, value);
			rc = -1;
		} else {
			key_line[k - config_keys] = lineno;
			const char *v = k->boolean ? boolean_text(value) : value;
			/* The environment wins over the file: never overwrite it. */
			const char *env = getenv(k->env);
			key_env[k - config_keys] = env && *env;
			if ((env == NULL || *env == '\0') && setenv(k->env, v, 1) != 0) {
				snprintf(err, errlen, "%s:%d: out of memory", path, lineno);
				rc = -1;
			}
		}
	}
	if (rc == 0 && ferror(f)) {
		snprintf(err, errlen, "cannot read the configuration file %s", path);
		rc = -1;
	}
	fclose(f);
	return rc;
}

const char *config_path(int *argc, char **argv, bool *must_exist)
{
	const char *path = getenv("DIEUHANH_CONFIG");
	*must_exist = path && *path;
	if (!*must_exist)
		path = CONFIG_DEFAULT_PATH;
	/* --config FILE anywhere after the command: taken out of ARGV here. */
	for (int i = 1; i < *argc; i++) {
		const char *v = NULL;
		int take = 0;
		if (strcmp(argv[i], "--config") == 0 && i + 1 < *argc) {
			v = argv[i + 1];
			take = 2;
		} else if (strncmp(argv[i], "--config=", 9) == 0) {
			v = argv[i] + 9;
			take = 1;
		}
		if (take) {
			path = v;
			*must_exist = true;
			memmove(&argv[i], &argv[i + take], (size_t)(*argc - i - take + 1) * sizeof *argv);
			*argc -= take;
			i--;
		}
	}
	return path;
}
