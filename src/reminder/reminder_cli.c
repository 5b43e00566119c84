/*
 * reminder_cli.c: `dieuhanh reminders run [--date YYYY-MM-DD] [--days N]`
 * and `dieuhanh reminders deliver`, for a systemd timer or cron; and the
 * server's own daily run (a thread: the day's digests once the morning
 * comes, the outbox every minute).
 */
#include "reminder/reminder_service.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar/calendar_service.h"
#include "reminder/reminder_mail.h"
#include "store/store.h"
#include "util/arena.h"

static const char usage[] =
	"Usage: dieuhanh reminders run [--date YYYY-MM-DD] [--days N]\n"
	"       dieuhanh reminders deliver\n"
	"run: the digests of the day (default today, Asia/Ho_Chi_Minh): what is due within N\n"
	"     working days (default DIEUHANH_REMINDER_DAYS or 5) or overdue, into each account's\n"
	"     inbox, and by e-mail when DIEUHANH_SMTP_URL is set; a day runs once. Then delivers.\n"
	"deliver: sends every unsent e-mail of the outbox now (failures stay queued).\n"
	"Each takes --db URL.\n";

static int deliver_now(struct store *st, bool all)
{
	struct reminder_smtp cfg;
	if (!reminder_smtp_from_env(&cfg)) {
		printf("e-mail: DIEUHANH_SMTP_URL is not set; nothing sent\n");
		return 0;
	}
	int sent, failed;
	int s = reminder_deliver(st, &cfg, all, &sent, &failed);
	int64_t left = 0;
	(void)reminder_store.mail_unsent_count(st, &left);
	printf("e-mail: %d sent, %d failed (kept for another attempt), %lld unsent in the outbox\n",
	       sent, failed, (long long)left);
	return s == STORE_OK ? 0 : 1;
}

int reminder_cli(struct store *st, int argc, char **argv)
{
	if (argc < 1 || (strcmp(argv[0], "run") != 0 && strcmp(argv[0], "deliver") != 0)) {
		fputs(usage, stderr);
		return 2;
	}
	if (strcmp(argv[0], "deliver") == 0) {
		if (argc != 1) {
			fputs(usage, stderr);
			return 2;
		}
		return deliver_now(st, true);
	}
	cal_day day = calendar_today();
	int days = reminder_days_ahead();
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--date") == 0 && i + 1 < argc) {
			if (!cal_parse_iso(argv[++i], &day)) {
				fprintf(stderr, "dieuhanh: --date wants YYYY-MM-DD (1900-2199)\n");
				return 2;
			}
		} else if (strcmp(argv[i], "--days") == 0 && i + 1 < argc) {
			char *end;
			long n = strtol(argv[++i], &end, 10);
			if (*end || n < 1 || n > REMINDER_MAX_DAYS) {
				fprintf(stderr, "dieuhanh: --days wants 1 to %d\n", REMINDER_MAX_DAYS);
				return 2;
			}
			days = (int)n;
		} else {
			fputs(usage, stderr);
			return 2;
		}
	}
	struct reminder_smtp cfg;
	bool email = reminder_smtp_from_env(&cfg);
	struct reminder_run_result r;
	int s = reminder_run(st, day, days, email, &r);
	char iso[11];
	cal_format_iso(day, iso);
	if (s != STORE_OK) {
		fprintf(stderr, "dieuhanh: the reminders of %s failed (%s)\n", iso,
		        store_status_name((enum store_status)s));
		return 1;
	}
	if (r.already)
		printf("reminders %s: already run, nothing new\n", iso);
	else
		printf("reminders %s: %d items due, %d digests, %d e-mails queued\n", iso, r.items,
		       r.digests, r.emails);
	return deliver_now(st, false);
}

/* ---- the server's daily run --------------------------------------------- */

static pthread_t sched_thread;
static pthread_mutex_t sched_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sched_cond = PTHREAD_COND_INITIALIZER;
static bool sched_running, sched_stop;

/* The hour (Asia/Ho_Chi_Minh) from which the day's digests go out: DIEUHANH_REMINDER_HOUR, default 6. */
static int digest_hour(void)
{
	const char *s = getenv("DIEUHANH_REMINDER_HOUR");
	int h = s && *s ? atoi(s) : 6;
	return h >= 0 && h <= 23 ? h : 6;
}

static void *scheduler(void *arg)
{
	struct store *st = arg;
	cal_day done = 0;
	int hour = digest_hour();
	pthread_mutex_lock(&sched_lock);
	while (!sched_stop) {
		pthread_mutex_unlock(&sched_lock);
		time_t now = time(NULL);
		cal_day today = calendar_today();
		int local_hour = (int)(((now + 7 * 3600) % 86400) / 3600);
		if (today != done && local_hour >= hour) {
			/* Digests on working days only: nobody reads Sunday's. */
			struct arena a = { 0 };
			struct calendar cal;
			bool working = calendar_service_load(st, &a, &cal) == STORE_OK
			               && cal_is_working_day(&cal, today);
			arena_free(&a);
			struct reminder_smtp cfg;
			bool email = reminder_smtp_from_env(&cfg);
			struct reminder_run_result r = { 0 };
			if (!working || reminder_run(st, today, reminder_days_ahead(), email, &r) == STORE_OK)
				done = today;
			if (working && done == today && !r.already)
				fprintf(stderr, "dieuhanh: reminders: %d digests, %d e-mails queued\n",
				        r.digests, r.emails);
		}
		struct reminder_smtp cfg;
		if (reminder_smtp_from_env(&cfg)) {
			int sent, failed;
			(void)reminder_deliver(st, &cfg, false, &sent, &failed);
			if (sent || failed)
				fprintf(stderr, "dieuhanh: reminders: %d e-mails sent, %d failed\n", sent,
				        failed);
		}
		pthread_mutex_lock(&sched_lock);
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += 60;
		while (!sched_stop && pthread_cond_timedwait(&sched_cond, &sched_lock, &until) == 0)
			;
	}
	pthread_mutex_unlock(&sched_lock);
	return NULL;
}

void reminder_scheduler_start(struct store *st)
{
	const char *off = getenv("DIEUHANH_REMINDERS");
	if (off && strcmp(off, "off") == 0)
		return;
	sched_stop = false;
	sched_running = pthread_create(&sched_thread, NULL, scheduler, st) == 0;
}

void reminder_scheduler_stop(void)
{
	if (!sched_running)
		return;
	pthread_mutex_lock(&sched_lock);
	sched_stop = true;
	pthread_cond_signal(&sched_cond);
	pthread_mutex_unlock(&sched_lock);
	pthread_join(sched_thread, NULL);
	sched_running = false;
}
