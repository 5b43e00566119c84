/*
 * reminder_mail.c: see reminder_mail.h.  The message is built here
 * (headers, the subject as an RFC 2047 encoded word, the body in base64 so
 * no line is too long and nothing needs dot-stuffing); libcurl speaks SMTP.
 */
#include "reminder/reminder_mail.h"

#include <curl/curl.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

bool reminder_smtp_from_env(struct reminder_smtp *out)
{
	*out = (struct reminder_smtp){
		.url = env("DIEUHANH_SMTP_URL"),
		.from = env("DIEUHANH_SMTP_FROM") ? env("DIEUHANH_SMTP_FROM") : "dieuhanh@localhost",
		.user = env("DIEUHANH_SMTP_USER"),
		.password = env("DIEUHANH_SMTP_PASSWORD"),
	};
	return out->url != NULL;
}

bool reminder_address_valid(const char *addr)
{
	if (addr == NULL)
		return false;
	size_t len = strlen(addr);
	const char *at = strchr(addr, '@');
	if (len < 3 || len > 254 || at == NULL || at == addr || at[1] == '\0' || strchr(at + 1, '@'))
		return false;
	for (const unsigned char *p = (const unsigned char *)addr; *p; p++)
		if (*p <= ' ' || *p == 0x7f || strchr("<>()[]\\,;:\"", *p))
			return false;
	return true;
}

/* A growing buffer; aborts on OOM like the arena. */
struct buf {
	char *p;
	size_t len, cap, sent;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = (b->len + n + 1) * 2;
		char *p = realloc(b->p, cap);
		if (p == NULL)
			abort();
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* S in base64, lines of at most 76 characters ended by CRLF when WRAP. */
static void put_base64(struct buf *b, const char *s, size_t n, bool wrap)
{
	const size_t chunk = 57;   /* 57 bytes: 76 characters */
	for (size_t off = 0; off < n || (off == 0 && n == 0); off += chunk) {
		size_t k = n - off < chunk ? n - off : chunk;
		char out[80];
		sodium_bin2base64(out, sizeof out, (const unsigned char *)s + off, k,
		                  sodium_base64_VARIANT_ORIGINAL);
		puts_(b, out);
		if (wrap)
			puts_(b, "\r\n");
		if (n == 0)
			break;
	}
}

static size_t read_cb(char *dst, size_t size, size_t nmemb, void *userp)
{
	struct buf *b = userp;
	size_t room = size * nmemb, left = b->len - b->sent;
	size_t n = left < room ? left : room;
	memcpy(dst, b->p + b->sent, n);
	b->sent += n;
	return n;
}

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void curl_init(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

bool reminder_smtp_send(const struct reminder_smtp *cfg, const char *to, const char *subject,
                        const char *body, char *err, size_t errlen)
{
	if (!reminder_address_valid(to) || !reminder_address_valid(cfg->from)) {
		snprintf(err, errlen, "not a plain e-mail address");
		return false;
	}
	pthread_once(&curl_once, curl_init);
	struct buf m = { 0 };
	char line[512];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(line, sizeof line, "Date: %a, %d %b %Y %H:%M:%S +0000\r\n", &tm);
	puts_(&m, line);
	snprintf(line, sizeof line, "From: %s\r\nTo: %s\r\n", cfg->from, to);
	puts_(&m, line);
	puts_(&m, "Subject: =?UTF-8?B?");
	put_base64(&m, subject, strlen(subject), false);
	puts_(&m, "?=\r\n");
	unsigned char rnd[12];
	randombytes_buf(rnd, sizeof rnd);
	char hex[25];
	sodium_bin2hex(hex, sizeof hex, rnd, sizeof rnd);
	const char *at = strchr(cfg->from, '@');
	snprintf(line, sizeof line, "Message-ID: <%s.%lld%s>\r\n", hex, (long long)now, at);
	puts_(&m, line);
	puts_(&m, "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	          "Content-Transfer-Encoding: base64\r\nAuto-Submitted: auto-generated\r\n\r\n");
	put_base64(&m, body, strlen(body), true);

	CURL *c = curl_easy_init();
	if (c == NULL) {
		free(m.p);
		snprintf(err, errlen, "libcurl could not start");
		return false;
	}
	char cerr[CURL_ERROR_SIZE] = "";
	struct curl_slist *rcpt = curl_slist_append(NULL, to);
	curl_easy_setopt(c, CURLOPT_URL, cfg->url);
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, cfg->from);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(c, CURLOPT_READDATA, &m);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_TRY);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, cerr);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	if (cfg->user)
		curl_easy_setopt(c, CURLOPT_USERNAME, cfg->user);
	if (cfg->password)
		curl_easy_setopt(c, CURLOPT_PASSWORD, cfg->password);
	CURLcode rc = curl_easy_perform(c);
	if (rc != CURLE_OK)
		snprintf(err, errlen, "%s", *cerr ? cerr : curl_easy_strerror(rc));
	curl_slist_free_all(rcpt);
	curl_easy_cleanup(c);
	free(m.p);
	return rc == CURLE_OK;
}
