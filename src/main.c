/*
 * main.c: the dieuhanh command line.
 *
 *   dieuhanh serve   [--listen ADDR:PORT] [--db URL] [--threads N] [--static DIR]
 *   dieuhanh migrate [--db URL]
 *   dieuhanh demo    [--db URL]
 *   dieuhanh routes
 *   dieuhanh version
 *
 * Every flag can also come from the environment (DIEUHANH_LISTEN, ...); the
 * flag wins.  A bad flag or value prints the usage and exits 2.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

#include "cli/cli.h"
#include "task/task_import.h"
#include "task/task_service.h"
#include "module.h"
#include "auth/session.h"
#include "demo/demo.h"
#include "web/i18n.h"
#include "web/web.h"
#include "http/proxy.h"
#include "http/server.h"
#include "store/db_migrate.h"
#include "reminder/reminder_service.h"
#include "news/news_service.h"
#include "store/store.h"

enum { EXIT_USAGE = 2 };

/* Who may read /metrics unless told otherwise: this machine. */
#define METRICS_DEFAULT_ALLOW "127.0.0.1,::1"

struct options {
	const char *db;
	const char *listen;
	const char *threads;
	const char *static_dir;
	bool secure_cookies;
	bool trust_proxy;
	const char *trusted_proxies;
	struct proxy_list proxies;
	const char *session_idle;
	const char *session_lifetime;
	const char *audit_key;
	const char *metrics_allow;
	struct proxy_list metrics_nets;
	const char *access_log;
	bool dry_run;
	char host[64];
	unsigned int port;
	unsigned int nthreads;
};

static const char USAGE[] =
	"Usage: dieuhanh COMMAND [OPTIONS]\n"
	"\n"
	"Commands:\n"
	"  serve      serve the web interface and the JSON API\n"
	"  migrate    bring the database schema up to date (--dry-run: say what it\n"
	"             would do and change nothing)\n"
	"  demo       load the District 9 demo data into an empty database\n"
	"  routes     print the route table, one \"METHOD<tab>PATTERN\" a line\n"
	"  user       add, list or disable accounts (dieuhanh user --help)\n"
	"  audit      verify the audit trail's hash chain, print its head (dieuhanh audit --help)\n"
	"  import     people or tasks from CSV or xlsx, all or nothing (dieuhanh import --help)\n"
	"  backup     copy the database into a file while serving (dieuhanh backup --help)\n"
	"  restore    put a backup back and verify its audit chain\n"
	"  copy       move an SQLite database into an empty PostgreSQL one\n"
	"  config     check the configuration (dieuhanh config check)\n"
	"  reminders  run the day's reminder digests, deliver e-mail (dieuhanh reminders --help)\n"
	"  open311    issue, list or revoke Open311 client keys (dieuhanh open311 --help)\n"
	"  version    print the version\n"
	"  help       print this help\n"
	"\n"
	"Options (each also read from the environment variable in brackets, and\n"
	"from the configuration file as \"name = value\": a flag wins over the\n"
	"environment, the environment over the file):\n"
	"  --config FILE       the configuration file [DIEUHANH_CONFIG]\n"
	"                      (default " CONFIG_DEFAULT_PATH ", if it exists)\n"
	"  --db URL            sqlite:PATH or postgresql://USER@HOST:PORT/DB\n"
	"                      [DIEUHANH_DB] (default sqlite:var/dieuhanh.db)\n"
	"  --listen ADDR:PORT  serve: address to listen on [DIEUHANH_LISTEN]\n"
	"                      (default 127.0.0.1:8080)\n"
	"  --threads N         serve: worker threads, 1-256 [DIEUHANH_THREADS]\n"
	"                      (default: one per processor core)\n"
	"  --static DIR        serve: folder of static files [DIEUHANH_STATIC]\n"
	"                      (default static)\n"
	"  --secure-cookies    serve: mark cookies Secure, for HTTPS [DIEUHANH_SECURE_COOKIES=1]\n"
	"  --trust-proxy       serve: believe X-Forwarded-For/-Proto from a reverse proxy\n"
	"                      [DIEUHANH_TRUST_PROXY=1]\n"
	"  --trusted-proxies LIST  serve: the proxies whose X-Forwarded-For counts, as\n"
	"                      addresses or networks: 127.0.0.1,10.0.0.0/8 (implies\n"
	"                      --trust-proxy) [DIEUHANH_TRUSTED_PROXIES]\n"
	"                      (default " PROXY_DEFAULT_TRUSTED ")\n"
	"  --session-idle MIN  serve: minutes without a request that end a session\n"
	"                      [DIEUHANH_SESSION_IDLE] (default 30; a value like 5s is seconds)\n"
	"  --session-hours H   serve: hours after sign-in that end a session\n"
	"                      [DIEUHANH_SESSION_HOURS] (default 12)\n"
	"  --metrics-allow LIST  serve: addresses or networks that may read /metrics,\n"
	"                      or none [DIEUHANH_METRICS_ALLOW] (default "
	METRICS_DEFAULT_ALLOW ")\n"
	"  --access-log FMT    serve: one line per request on stderr: text, json or off\n"
	"                      [DIEUHANH_ACCESS_LOG] (default text)\n"
	"  --audit-key FILE    serve, demo: the audit chain's key, kept apart from the\n"
	"                      database and backed up apart [DIEUHANH_AUDIT_KEY_FILE]\n"
	"                      (default DB.audit-key beside an SQLite database,\n"
	"                      var/audit.key with PostgreSQL; created on first use)\n"
	"  --help              this help\n";

__attribute__((format(printf, 1, 2)))
static int usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("dieuhanh: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\n\n", stderr);
	fputs(USAGE, stderr);
	return EXIT_USAGE;
}

static const char *env_or(const char *name, const char *def)
{
	const char *v = getenv(name);
	return v && *v ? v : def;
}

/* ADDR:PORT with an IPv4 address and a port 1-65535. */
static bool parse_listen(const char *s, struct options *o)
{
	const char *colon = strrchr(s, ':');
	if (colon == NULL || colon == s || (size_t)(colon - s) >= sizeof o->host)
		return false;
	memcpy(o->host, s, (size_t)(colon - s));
	o->host[colon - s] = '\0';
	char *end;
	errno = 0;
	long port = strtol(colon + 1, &end, 10);
	if (errno || *end || end == colon + 1 || port < 1 || port > 65535)
		return false;
	o->port = (unsigned int)port;
	unsigned char buf[4];
	int dots = 0;
	for (const char *p = o->host; *p; p++)
		dots += *p == '.';
	return dots == 3 && sscanf(o->host, "%hhu.%hhu.%hhu.%hhu", &buf[0], &buf[1], &buf[2],
	                           &buf[3]) == 4;
}

/* A positive count of UNIT seconds, or of seconds with an "s" suffix. */
static bool parse_duration(const char *s, int64_t unit, int64_t *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || v < 1 || v > 1000000)
		return false;
	if (strcmp(end, "s") == 0)
		unit = 1;
	else if (*end != '\0')
		return false;
	*out = (int64_t)v * unit;
	return true;
}

/*
 * Parses the flags of COMMAND.  ALLOWED says which of --listen/--threads/
 * --static the command takes.  Returns -1 to go on, else an exit code.
 */
static int parse_options(int argc, char **argv, bool serve_flags, struct options *o)
{
	o->db = env_or("DIEUHANH_DB", "sqlite:var/dieuhanh.db");
	o->listen = env_or("DIEUHANH_LISTEN", "127.0.0.1:8080");
	o->threads = env_or("DIEUHANH_THREADS", NULL);
	o->static_dir = env_or("DIEUHANH_STATIC", "static");
	o->secure_cookies = strcmp(env_or("DIEUHANH_SECURE_COOKIES", "0"), "1") == 0;
	o->trust_proxy = strcmp(env_or("DIEUHANH_TRUST_PROXY", "0"), "1") == 0;
	o->trusted_proxies = env_or("DIEUHANH_TRUSTED_PROXIES", NULL);
	o->session_idle = env_or("DIEUHANH_SESSION_IDLE", NULL);
	o->session_lifetime = env_or("DIEUHANH_SESSION_HOURS", NULL);
	o->audit_key = env_or("DIEUHANH_AUDIT_KEY_FILE", NULL);
	o->metrics_allow = env_or("DIEUHANH_METRICS_ALLOW", METRICS_DEFAULT_ALLOW);
	o->access_log = env_or("DIEUHANH_ACCESS_LOG", "text");
	static const struct option serve_opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "listen", required_argument, NULL, 'l' },
		{ "threads", required_argument, NULL, 't' },
		{ "static", required_argument, NULL, 's' },
		{ "secure-cookies", no_argument, NULL, 'S' },
		{ "trust-proxy", no_argument, NULL, 'P' },
		{ "trusted-proxies", required_argument, NULL, 'T' },
		{ "session-idle", required_argument, NULL, 'I' },
		{ "session-hours", required_argument, NULL, 'L' },
		{ "audit-key", required_argument, NULL, 'K' },
		{ "metrics-allow", required_argument, NULL, 'M' },
		{ "access-log", required_argument, NULL, 'A' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static const struct option db_opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "audit-key", required_argument, NULL, 'K' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	opterr = 0;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, ":", serve_flags ? serve_opts : db_opts, NULL)) != -1) {
		switch (c) {
		case 'd': o->db = optarg; break;
		case 'l': o->listen = optarg; break;
		case 't': o->threads = optarg; break;
		case 's': o->static_dir = optarg; break;
		case 'S': o->secure_cookies = true; break;
		case 'P': o->trust_proxy = true; break;
		case 'T': o->trusted_proxies = optarg; break;
		case 'I': o->session_idle = optarg; break;
		case 'L': o->session_lifetime = optarg; break;
		case 'K': o->audit_key = optarg; break;
		case 'n': o->dry_run = true; break;
		case 'M': o->metrics_allow = optarg; break;
		case 'A': o->access_log = optarg; break;
		case 'h': fputs(USAGE, stdout); return 0;
		case ':': return usage_error("option '%s' needs a value", argv[optind - 1]);
		default: return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error("unexpected argument '%s'", argv[optind]);
	if (!parse_listen(o->listen, o))
		return usage_error("--listen: '%s' is not ADDR:PORT (e.g. 127.0.0.1:8080)",
		                   o->listen);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	o->nthreads = n > 0 ? (unsigned int)n : 2;
	if (o->threads) {
		char *end;
		errno = 0;
		long t = strtol(o->threads, &end, 10);
		if (errno || *end || end == o->threads || t < 1 || t > 256)
			return usage_error("--threads: '%s' is not a number from 1 to 256",
			                   o->threads);
		o->nthreads = (unsigned int)t;
	}
	char perr[128];
	if (o->trusted_proxies)
		o->trust_proxy = true;
	if (serve_flags
	    && !proxy_list_parse(o->trusted_proxies ? o->trusted_proxies : PROXY_DEFAULT_TRUSTED,
	                         &o->proxies, perr, sizeof perr))
		return usage_error("--trusted-proxies: %s", perr);
	if (serve_flags && strcmp(o->metrics_allow, "none") != 0
	    && !proxy_list_parse(o->metrics_allow, &o->metrics_nets, perr, sizeof perr))
		return usage_error("--metrics-allow: %s", perr);
	if (strcmp(o->access_log, "text") != 0 && strcmp(o->access_log, "json") != 0
	    && strcmp(o->access_log, "off") != 0)
		return usage_error("--access-log: '%s' is not text, json or off", o->access_log);
	if (o->session_idle && !parse_duration(o->session_idle, 60, &session_limits.idle_s))
		return usage_error("--session-idle: '%s' is not a number of minutes (or '30s')",
		                   o->session_idle);
	if (o->session_lifetime
	    && !parse_duration(o->session_lifetime, 3600, &session_limits.lifetime_s))
		return usage_error("--session-hours: '%s' is not a number of hours",
		                   o->session_lifetime);
	if (strncmp(o->db, "sqlite:", 7) != 0 && strncmp(o->db, "postgresql://", 13) != 0
	    && strncmp(o->db, "postgres://", 11) != 0)
		return usage_error("--db: '%s' is not sqlite:PATH or postgresql://...", o->db);
	return -1;
}

/* Opens and migrates the database; NULL after a message. */
static struct store *open_store(const struct options *o, int *version)
{
	char err[512];
	struct store *st = store_open(o->db, err, sizeof err);
	if (st == NULL) {
		fprintf(stderr, "dieuhanh: %s\n", err);
		return NULL;
	}
	enum store_status s = st->ops->migrate(st, version);
	if (s != STORE_OK) {
		fprintf(stderr, "dieuhanh: migrating %s failed: %s\n", o->db, store_status_name(s));
		st->ops->close(st);
		return NULL;
	}
	return st;
}

/*
 * For a process that writes audit entries: the audit key loaded (created on
 * first use) and the chain's marker checked; false after a message.
 */
static bool audit_key_ready(struct store *st, const char *db, const char *key_path)
{
	char err[1024];
	if (audit_key_setup(st, db, key_path, err, sizeof err) != STORE_OK) {
		fprintf(stderr, "dieuhanh: %s\n", err);
		return false;
	}
	return true;
}

/* The chain's head in the log, for copying elsewhere (audit verify --head). */
static void log_audit_head(struct store *st, const char *when)
{
	struct audit_head h;
	if (audit_head_get(st, &h) == STORE_OK)
		fprintf(stderr, "dieuhanh: %s: audit head %lld:%s\n", when, (long long)h.id, h.hash);
	else
		fprintf(stderr, "dieuhanh: %s: audit head unknown (the database did not answer)\n",
		        when);
}

struct step_report {
	bool dry_run;
	int steps;
};

static void print_step(void *cls, const char *module, int version, const char *summary)
{
	struct step_report *r = cls;
	r->steps++;
	printf("%s %s step %d: %s\n", r->dry_run ? "would apply" : "applied", module, version,
	       summary);
}

/*
 * dieuhanh migrate [--dry-run]: every pending step in one transaction, each
 * named as it is applied; with --dry-run they are applied, named and rolled
 * back, so the run also shows they would succeed.
 */
static int cmd_migrate(const struct options *o)
{
	char err[512];
	struct store *st = store_open(o->db, err, sizeof err);
	if (st == NULL) {
		fprintf(stderr, "dieuhanh: %s\n", err);
		return 1;
	}
	struct step_report r = { .dry_run = o->dry_run };
	const struct migrate_opts mo = { .dry_run = o->dry_run, .on_step = print_step, .cls = &r };
	int version = 0;
	enum store_status s = store_migrate(st, &mo, &version);
	const char *engine = st->ops->engine;
	st->ops->close(st);
	if (s != STORE_OK) {
		fprintf(stderr, "dieuhanh: migrating %s failed (%s): nothing was changed\n", o->db,
		        store_status_name(s));
		return 1;
	}
	if (r.steps == 0)
		printf("nothing to do: ");
	else if (o->dry_run)
		printf("dry run: %d steps would apply, nothing was changed; then ", r.steps);
	printf("schema version %d (%s)\n", version, engine);
	return 0;
}

static int cmd_demo(const struct options *o)
{
	if (o->dry_run)
		return usage_error("%s", "'demo' takes no --dry-run");
	int version;
	struct store *st = open_store(o, &version);
	if (st == NULL)
		return 1;
	if (!audit_key_ready(st, o->db, o->audit_key)) {
		st->ops->close(st);
		return 1;
	}
	/*
	 * The demo is thousands of small audited transactions into a database
	 * made for it, loaded again if anything goes wrong: its commits need
	 * not wait for the disk.  This connection only; the server's are as
	 * configured.
	 */
	if (st->ops->exec_script(st, st->ops->dialect == STORE_DIALECT_SQLITE
	                             ? "PRAGMA synchronous=OFF"
	                             : "SET synchronous_commit = off") != STORE_OK)
		fprintf(stderr, "dieuhanh: note: the demo is loaded with durable commits (slower)\n");
	int64_t units, people;
	enum demo_result r = demo_load(st, &units, &people);
	int rc = 0;
	switch (r) {
	case DEMO_LOADED:
		printf("demo data loaded: %lld units, %lld people\n", (long long)units,
		       (long long)people);
		break;
	case DEMO_ALREADY_PRESENT:
		printf("demo data already present (the database has units); nothing added\n");
		break;
	case DEMO_FAILED:
		fprintf(stderr, "dieuhanh: loading the demo data failed; nothing was written\n");
		rc = 1;
		break;
	}
	if (rc == 0 && demo_load_accounts(st) < 0)
		rc = 1;
	if (rc == 0 && demo_load_targets(st) < 0)
		rc = 1;
	if (rc == 0 && task_demo_load(st) < 0)  /* plans and tasks serve the targets: after them */
		rc = 1;
	if (rc == 0)
		cli_print_demo_accounts(st);
	st->ops->close(st);
	return rc;
}


/*
 * Connections the server holds at once, at most: each is a descriptor, so
 * the soft descriptor limit (often 1,024) is raised to the hard one, and
 * the limit keeps 256 descriptors for the database, files and logs.
 */
enum { MAX_CONNECTIONS = 4096, PER_ADDRESS_CONNECTIONS = 256, SPARE_FDS = 256 };

static unsigned int connection_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return 1024 - SPARE_FDS;
	if (rl.rlim_cur < rl.rlim_max) {
		struct rlimit up = rl;
		up.rlim_cur = rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &up) == 0)
			rl = up;
	}
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= MAX_CONNECTIONS + SPARE_FDS)
		return MAX_CONNECTIONS;
	return rl.rlim_cur > 2 * SPARE_FDS ? (unsigned int)(rl.rlim_cur - SPARE_FDS) : 64;
}

static int cmd_serve(const struct options *o)
{
	/*
	 * Block the stop signals before any thread exists, so every MHD thread
	 * inherits the mask and only sigwait() below sees them.
	 */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGINT);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);

	int version;
	struct store *st = open_store(o, &version);
	if (st == NULL)
		return 1;
	if (!audit_key_ready(st, o->db, o->audit_key)) {
		st->ops->close(st);
		return 1;
	}
	i18n_init(env_or("DIEUHANH_PO", "po"));
	web_install();
	struct http_server srv = {
		.cfg = {
			.listen_host = o->host,
			.listen_port = (uint16_t)o->port,
			.threads = o->nthreads,
			.static_dir = o->static_dir,
			.connection_limit = connection_limit(),
			.per_ip_limit = PER_ADDRESS_CONNECTIONS,
			.idle_timeout_s = 30,
			.header_timeout_s = 10,
			/*
			 * MHD zeroes a connection's whole pool for every request on
			 * it (keep-alive): 128 KiB cost 16 % of the CPU on cached
			 * reads, 64 KiB still 16 % of /healthz.  32 KiB holds the
			 * largest target accepted (8 KiB, as nginx's default, and 64
			 * arguments: http/server.c) with a 4 KiB cookie; checked by
			 * tests/integration/http_limits.test.mjs (docs/PERFORMANCE.md).
			 */
			.connection_memory = 32 * 1024,
			.body_limit = 1024 * 1024,
			.access_log = strcmp(o->access_log, "off") != 0,
			.access_log_format = strcmp(o->access_log, "json") == 0 ? ACCESS_LOG_JSON
			                                                         : ACCESS_LOG_TEXT,
			.metrics_allow = &o->metrics_nets,
			.secure_cookies = o->secure_cookies,
			.trust_proxy = o->trust_proxy,
			.trusted_proxies = &o->proxies,
			.hash_threads = 2,
		},
		.store = st,
		.routes = modules_routes(),
		.schema_version = version,
	};
	if (!http_server_start(&srv)) {
		st->ops->close(st);
		return 1;
	}
	printf("dieuhanh %s: serving on http://%s:%u/ (%s, %u threads)\n", DIEUHANH_VERSION,
	       o->host, o->port, st->ops->engine, o->nthreads);
	fflush(stdout);
	/* Under systemd (Type=notify): started only now that requests are answered. */
	sd_notifyf(0, "READY=1\nSTATUS=serving on http://%s:%u/ (%s)", o->host, o->port,
	           st->ops->engine);
	log_audit_head(st, "start");
	reminder_scheduler_start(st);
	/* The head again every hour, so a recent one is always in the log. */
	int sig;
	const struct timespec hour = { .tv_sec = 3600 };
	while ((sig = sigtimedwait(&stop, NULL, &hour)) < 0) {
		if (errno == EAGAIN)
			log_audit_head(st, "hourly");
	}
	sd_notify(0, "STOPPING=1\nSTATUS=finishing requests in flight");
	fprintf(stderr, "dieuhanh: %s received, finishing requests in flight\n",
	        sig == SIGINT ? "SIGINT" : "SIGTERM");
	reminder_scheduler_stop();
	http_server_stop(&srv, 10000);
	news_views_stop(st);   /* the views counted since the last batch */
	log_audit_head(st, "stop");
	st->ops->close(st);
	fprintf(stderr, "dieuhanh: stopped\n");
	return 0;
}

/*
 * "user" and "audit": their own flags are theirs; only --db URL is taken
 * here (or DIEUHANH_DB).
 */
static int cmd_admin(const char *cmd, int argc, char **argv)
{
	struct options o = { .db = env_or("DIEUHANH_DB", "sqlite:var/dieuhanh.db"),
	                     .audit_key = env_or("DIEUHANH_AUDIT_KEY_FILE", NULL) };
	bool user = strcmp(cmd, "user") == 0, import = strcmp(cmd, "import") == 0;
	bool open311 = strcmp(cmd, "open311") == 0;
	char **rest = calloc((size_t)argc + 1, sizeof *rest);
	int nrest = 0;
	if (rest == NULL)
		return 1;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			free(rest);
			printf("%s", import ? task_cli_import_usage : open311 ? cli_open311_usage : user
			       ? "Usage: dieuhanh user add LOGIN --unit CODE --role ROLE [--name NAME]"
			         " --password-stdin\n       dieuhanh user list\n"
			         "       dieuhanh user disable LOGIN\n"
			         "Each takes --db URL and --audit-key FILE.\n"
			       : strcmp(cmd, "reminders") == 0 ? "Usage: dieuhanh reminders run [--date "
			         "YYYY-MM-DD] [--days N] | deliver; each takes --db URL.\n"
			       : cli_audit_usage);
			return 0;
		}
		if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 >= argc) {
				free(rest);
				return usage_error("option '%s' needs a value", "--db");
			}
			o.db = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			o.db = argv[i] + 5;
		} else if ((user || import || open311) && strcmp(argv[i], "--audit-key") == 0
		           && i + 1 < argc) {
			o.audit_key = argv[++i];
		} else {
			rest[nrest++] = argv[i];
		}
	}
	int version;
	struct store *st = open_store(&o, &version);
	int rc = 1;
	if (st) {
		if (import)
			rc = audit_key_ready(st, o.db, o.audit_key) ? task_cli_import(st, nrest, rest) : 1;
		else if (user)
			rc = audit_key_ready(st, o.db, o.audit_key) ? cli_user(st, nrest, rest) : 1;
		else if (strcmp(cmd, "reminders") == 0)
			rc = audit_key_ready(st, o.db, o.audit_key) ? reminder_cli(st, nrest, rest) : 1;
		else if (open311)
			rc = audit_key_ready(st, o.db, o.audit_key) ? cli_open311(st, nrest, rest) : 1;
		else
			rc = cli_audit(st, o.db, nrest, rest);
		st->ops->close(st);
	}
	free(rest);
	return rc;
}

static const char *setting_source(const struct config_key *k)
{
	if (config_key_from_env(k))
		return "environment";
	return config_key_line(k) ? "file" : "default";
}

/* A folder that exists, or a message. */
static bool check_dir(const char *what, const char *dir, const char *must_hold)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, must_hold ? must_hold : ".");
	if (access(path, R_OK) != 0) {
		printf("  problem: %s: cannot read %s (%s)\n", what, path, strerror(errno));
		return false;
	}
	return true;
}

/*
 * dieuhanh config check: the file's syntax and every value as serve would
 * take them, the folders it names, the audit key and the database reached
 * (opened without migrating or writing anything).
 */
static int cmd_config(int argc, char **argv, const char *path, const char *load_err)
{
	if (argc != 2 || strcmp(argv[1], "check") != 0)
		return usage_error("%s", "usage: dieuhanh config check [--config FILE]");
	printf("configuration file: %s%s\n", path,
	       access(path, F_OK) == 0 ? "" : " (absent: defaults and environment only)");
	if (load_err) {
		printf("  problem: %s\nconfiguration NOT OK\n", load_err);
		return 1;
	}
	char *none[] = { argv[0], NULL };
	struct options o = { 0 };
	int rc = parse_options(1, none, true, &o);
	if (rc >= 0) {
		printf("configuration NOT OK (see the message above)\n");
		return 1;
	}
	for (const struct config_key *k = config_keys; k->key; k++) {
		const char *v = getenv(k->env);
		if (v && *v)
			printf("  %-16s = %s  (%s)\n", k->key, v, setting_source(k));
	}
	bool ok = check_dir("static", o.static_dir, NULL);
	ok = check_dir("po", env_or("DIEUHANH_PO", "po"), "vi.po") && ok;
	char keypath[4096];
	if (o.audit_key == NULL)
		audit_key_default_path(o.db, keypath, sizeof keypath);
	else
		snprintf(keypath, sizeof keypath, "%s", o.audit_key);
	if (access(keypath, R_OK) != 0)
		printf("  note: audit key %s not readable yet (%s): serve creates it on first use\n",
		       keypath, strerror(errno));
	if (strncmp(o.db, "sqlite:", 7) == 0) {
		/* Opening would create the file: look at it instead. */
		const char *file = o.db + 7;
		if (access(file, R_OK | W_OK) != 0)
			printf("  note: database file %s: %s (serve creates it)\n", file,
			       strerror(errno));
	} else {
		char err[512];
		struct store *st = store_open(o.db, err, sizeof err);
		if (st == NULL || st->ops->ping(st) != STORE_OK) {
			printf("  problem: database %s does not answer: %s\n", o.db,
			       st ? "ping failed" : err);
			ok = false;
		}
		if (st)
			st->ops->close(st);
	}
	printf(ok ? "configuration OK\n" : "configuration NOT OK\n");
	return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage_error("%s", "no command given");
	const char *cmd = argv[1];
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		fputs(USAGE, stdout);
		return 0;
	}
	if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
		printf("dieuhanh %s\n", DIEUHANH_VERSION);
		return 0;
	}
	if (strcmp(cmd, "routes") == 0)
		return argc == 2 ? cli_routes() : usage_error("'routes' takes no arguments");
	bool must_exist;
	int sub_argc = argc - 1;
	const char *config = config_path(&sub_argc, argv + 1, &must_exist);
	argc = sub_argc + 1;
	char config_err[1024];
	bool config_ok = config_load(config, must_exist, config_err, sizeof config_err) == 0;
	if (strcmp(cmd, "config") == 0)
		return cmd_config(argc - 1, argv + 1, config, config_ok ? NULL : config_err);
	if (!config_ok) {
		fprintf(stderr, "dieuhanh: %s\n", config_err);
		return EXIT_USAGE;
	}
	if (strcmp(cmd, "backup") == 0)
		return cli_backup(argc - 1, argv + 1);
	if (strcmp(cmd, "restore") == 0)
		return cli_restore(argc - 1, argv + 1);
	if (strcmp(cmd, "copy") == 0)
		return cli_copy(argc - 1, argv + 1);
	if (strcmp(cmd, "user") == 0 || strcmp(cmd, "audit") == 0 || strcmp(cmd, "import") == 0
	    || strcmp(cmd, "reminders") == 0 || strcmp(cmd, "open311") == 0)
		return cmd_admin(cmd, argc - 2, argv + 2);
	bool serve = strcmp(cmd, "serve") == 0;
	if (!serve && strcmp(cmd, "migrate") != 0 && strcmp(cmd, "demo") != 0)
		return usage_error("unknown command '%s'", cmd);
	struct options o = { 0 };
	int rc = parse_options(argc - 1, argv + 1, serve, &o);
	if (rc >= 0)
		return rc;
	if (serve)
		return cmd_serve(&o);
	return strcmp(cmd, "migrate") == 0 ? cmd_migrate(&o) : cmd_demo(&o);
}
