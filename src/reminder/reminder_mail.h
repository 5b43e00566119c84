/*
 * reminder_mail.h: sending one message over SMTP (libcurl), and the
 * server's settings for it from the environment.
 *
 *   DIEUHANH_SMTP_URL       smtp://host:port (smtps:// for TLS on connect); unset: no e-mail
 *   DIEUHANH_SMTP_FROM      the sender address (default dieuhanh@localhost)
 *   DIEUHANH_SMTP_USER, DIEUHANH_SMTP_PASSWORD   when the relay wants them
 *
 * STARTTLS is used whenever the relay offers it.
 */
#ifndef DIEUHANH_REMINDER_MAIL_H
#define DIEUHANH_REMINDER_MAIL_H

#include <stdbool.h>
#include <stddef.h>

struct reminder_smtp {
	const char *url;
	const char *from;
	const char *user;
	const char *password;
};

/* The settings from the environment; false when DIEUHANH_SMTP_URL is unset or empty. */
bool reminder_smtp_from_env(struct reminder_smtp *out);

/* A plain address (a@b, no spaces, brackets or line breaks, at most 254 bytes). */
bool reminder_address_valid(const char *addr);

/*
 * Sends one text/plain UTF-8 message; false with the reason in ERR (the
 * server's reply or the connection's failure).  Blocks up to 30 s.
 */
bool reminder_smtp_send(const struct reminder_smtp *cfg, const char *to, const char *subject,
                        const char *body, char *err, size_t errlen);

#endif
