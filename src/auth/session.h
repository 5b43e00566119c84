/*
 * session.h: signing in and out, sessions and API tokens.
 *
 * Tokens are 32 random bytes, given to the client in base64url and stored
 * only as their SHA-256, so a copy of the database opens no session.
 * Sessions end 12 hours after sign-in, or after 30 minutes without a
 * request (both configurable); last_seen is written at most once a minute so reading pages does
 * not turn every request into a write.
 */
#ifndef DIEUHANH_SESSION_H
#define DIEUHANH_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "auth/auth.h"

struct store;
struct arena;

enum {
	SESSION_LIFETIME_DEFAULT_S = 12 * 3600,
	SESSION_IDLE_DEFAULT_S = 30 * 60,
	SESSION_TOUCH_S = 60,
	/* Sign-in throttling: failures allowed per window, per (login, address) and per address. */
	THROTTLE_WINDOW_S = 15 * 60,
	THROTTLE_ACCOUNT_MAX = 5,
	THROTTLE_ADDRESS_MAX = 20,
	TOKEN_TEXT_MAX = 64,
};

#define SESSION_COOKIE "dh_session"
#define API_TOKEN_PREFIX "dhk_"

/* Session limits in seconds; set once at start-up (serve --session-idle ...). */
struct session_limits {
	int64_t lifetime_s;
	int64_t idle_s;
};
extern struct session_limits session_limits;

enum auth_result {
	AUTH_OK,
	AUTH_BAD_CREDENTIALS,  /* unknown login, wrong password, unknown/expired token */
	AUTH_DISABLED,         /* right password, disabled account */
	AUTH_THROTTLED,        /* too many failures: try later */
	AUTH_FAILED,           /* storage error */
};

/* SHA-256 of a token's text. */
void auth_token_hash(const char *token, unsigned char out[32]);
/* TOKEN_TEXT_MAX bytes of fresh random base64url (with PREFIX, may be ""). */
void auth_new_token(const char *prefix, char out[TOKEN_TEXT_MAX]);

/*
 * Checks LOGIN/PASSWORD (argon2id: slow on purpose; call it off the HTTP
 * threads), applies throttling by login and by ADDRESS, and on success
 * creates a session: TOKEN gets the cookie value and, when WHO is not NULL,
 * *WHO the signed-in principal (in arena A).
 */
enum auth_result auth_sign_in(struct store *st, const char *login, const char *password,
                              const char *address, int64_t now, char token[TOKEN_TEXT_MAX],
                              struct arena *a, struct principal *who);
/* Ends the session of TOKEN (nothing happens for an unknown token). */
void auth_sign_out(struct store *st, const char *token);

/*
 * The principal of a session cookie or an API token, with its grants, in
 * arena A.  Expired or idle sessions, revoked tokens and disabled accounts
 * give AUTH_BAD_CREDENTIALS.
 */
enum auth_result auth_from_session(struct store *st, struct arena *a, const char *token,
                                   int64_t now, struct principal *out);
enum auth_result auth_from_api_token(struct store *st, struct arena *a, const char *token,
                                     int64_t now, struct principal *out);

/*
 * The hash of the session WHO signed in with, from its cookie value COOKIE:
 * false (nothing to keep) when WHO came with an API token or without a
 * usable cookie.
 */
bool auth_session_hash(const struct principal *who, const char *cookie,
                       unsigned char out[32]);

/* Argon2id string of PASSWORD; false when out of memory. */
bool auth_hash_password(const char *password, char out[128]);

#endif
