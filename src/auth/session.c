/* session.c: see session.h. */
#include "auth/session.h"

#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "auth/auth_store.h"
#include "store/store.h"
#include "util/arena.h"

/*
 * A fixed argon2id hash to verify against when the login is unknown, so a
 * wrong login costs the same time as a wrong password and does not reveal
 * which logins exist.
 */
static char dummy_hash[crypto_pwhash_STRBYTES];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void make_dummy_hash(void)
{
	if (crypto_pwhash_str(dummy_hash, "not a password", 14, crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                      crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
		dummy_hash[0] = '\0';
}

struct session_limits session_limits = {
	.lifetime_s = SESSION_LIFETIME_DEFAULT_S,
	.idle_s = SESSION_IDLE_DEFAULT_S,
};

void auth_token_hash(const char *token, unsigned char out[32])
{
	crypto_hash_sha256(out, (const unsigned char *)token, strlen(token));
}

void auth_new_token(const char *prefix, char out[TOKEN_TEXT_MAX])
{
	unsigned char raw[32];
	randombytes_buf(raw, sizeof raw);
	size_t plen = strlen(prefix);
	memcpy(out, prefix, plen);
	sodium_bin2base64(out + plen, TOKEN_TEXT_MAX - plen, raw, sizeof raw,
	                  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

bool auth_session_hash(const struct principal *who, const char *cookie,
                       unsigned char out[32])
{
	if (who == NULL || who->via_token || cookie == NULL || *cookie == '\0'
	    || strlen(cookie) >= TOKEN_TEXT_MAX)
		return false;
	auth_token_hash(cookie, out);
	return true;
}

bool auth_hash_password(const char *password, char out[128])
{
	return crypto_pwhash_str(out, password, strlen(password),
	                         crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                         crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0;
}

/* True when KEY has used up its failures for the current window. */
static bool throttled(struct store *st, const char *key, int max, int64_t now)
{
	int failures = 0;
	int64_t start = 0;
	if (auth_store.throttle_get(st, key, &failures, &start) != STORE_OK)
		return false;
	return now - start < THROTTLE_WINDOW_S && failures >= max;
}

/*
 * Counts an attempt against KEY before the password is checked, so a burst
 * of concurrent attempts cannot all slip in under the limit while the first
 * ones are still hashing.  One atomic statement: concurrent attempts each
 * count (a read-then-write lost some).  Returns the count before this one.
 */
static int count_attempt(struct store *st, const char *key, int64_t now)
{
	int before = 0;
	auth_store.throttle_count(st, key, now, THROTTLE_WINDOW_S, &before);
	return before;
}

/* A successful sign-in gives its attempt back (an office behind one address). */
static void uncount_attempt(struct store *st, const char *key)
{
	auth_store.throttle_uncount(st, key);
}

static enum auth_result load_principal(struct store *st, struct arena *a, int64_t user_id,
                                       struct principal *out);

enum auth_result auth_sign_in(struct store *st, const char *login, const char *password,
                              const char *address, int64_t now, char token[TOKEN_TEXT_MAX],
                              struct arena *out_arena, struct principal *who)
{
	/*
	 * Failures count per (login, address) pair and per address, never per
	 * login alone: a per-login lock let anyone who knew a login lock that
	 * official out with five wrong guesses.  Guessing one login from many
	 * addresses costs the attacker 5 guesses per address per window.
	 */
	char login_key[AUTH_LOGIN_MAX + 96], addr_key[80];
	const char *from = address ? address : "-";
	snprintf(login_key, sizeof login_key, "pair:%s@%s", login, from);
	snprintf(addr_key, sizeof addr_key, "addr:%s", from);
	if (throttled(st, login_key, THROTTLE_ACCOUNT_MAX, now)
	    || throttled(st, addr_key, THROTTLE_ADDRESS_MAX, now))
		return AUTH_THROTTLED;

	struct arena a = { 0 };
	struct account acc;
	enum store_status s = auth_store.account_get_by_login(st, login, &a, &acc);
	if (s != STORE_OK && s != STORE_NOT_FOUND) {
		arena_free(&a);
		return AUTH_FAILED;
	}
	count_attempt(st, login_key, now);
	count_attempt(st, addr_key, now);
	pthread_once(&dummy_once, make_dummy_hash);
	const char *hash = s == STORE_OK ? acc.password_hash : dummy_hash;
	bool ok = crypto_pwhash_str_verify(hash, password, strlen(password)) == 0
	          && s == STORE_OK;
	/* The hash takes a while (longer under load): the session starts now. */
	int64_t later = (int64_t)time(NULL);
	if (later > now)
		now = later;
	enum auth_result r;
	if (!ok) {
		r = AUTH_BAD_CREDENTIALS;
	} else if (acc.disabled) {
		r = AUTH_DISABLED;
	} else {
		auth_store.throttle_clear(st, login_key);
		uncount_attempt(st, addr_key);
		char csrf[TOKEN_TEXT_MAX];
		auth_new_token("", token);
		auth_new_token("", csrf);
		struct session se = { .user_id = acc.id, .csrf = csrf, .created_at = now,
		                      .last_seen = now, .expires_at = now + session_limits.lifetime_s };
		auth_token_hash(token, se.token_hash);
		auth_store.session_purge(st, now);
		r = auth_store.session_insert(st, &se) == STORE_OK ? AUTH_OK : AUTH_FAILED;
		/* The new session as a principal, without re-judging its age. */
		if (r == AUTH_OK && who) {
			r = load_principal(st, out_arena, acc.id, who);
			who->csrf = arena_strdup(out_arena, csrf);
		}
	}
	arena_free(&a);
	return r;
}

void auth_sign_out(struct store *st, const char *token)
{
	unsigned char h[32];
	auth_token_hash(token, h);
	auth_store.session_delete(st, h);
}

/* The principal of an account read with its grants. */
static struct principal principal_of(const struct account *acc, struct role_grant *grants,
                                     size_t n)
{
	return (struct principal){
		.actor = { .user_id = acc->id, .login = acc->login },
		.authenticated = true,
		.display_name = acc->display_name,
		.grants = grants,
		.ngrants = n,
	};
}

/* Fills OUT from the account USER_ID and its grants; disabled → bad credentials. */
static enum auth_result load_principal(struct store *st, struct arena *a, int64_t user_id,
                                       struct principal *out)
{
	struct account acc;
	enum store_status s = auth_store.account_get(st, user_id, a, &acc);
	if (s == STORE_NOT_FOUND || (s == STORE_OK && acc.disabled))
		return AUTH_BAD_CREDENTIALS;
	if (s != STORE_OK)
		return AUTH_FAILED;
	struct role_grant *grants;
	size_t n;
	if (auth_store.grant_list(st, user_id, a, &grants, &n) != STORE_OK)
		return AUTH_FAILED;
	*out = principal_of(&acc, grants, n);
	return AUTH_OK;
}

enum auth_result auth_from_session(struct store *st, struct arena *a, const char *token,
                                   int64_t now, struct principal *out)
{
	unsigned char h[32];
	auth_token_hash(token, h);
	/* The session, its account and its grants in one statement (one round trip). */
	struct session se;
	struct account acc;
	struct role_grant *grants;
	size_t n;
	enum store_status s = auth_store.session_principal(st, h, a, &se, &acc, &grants, &n);
	if (s == STORE_NOT_FOUND)
		return AUTH_BAD_CREDENTIALS;
	if (s != STORE_OK)
		return AUTH_FAILED;
	if (now >= se.expires_at || now - se.last_seen >= session_limits.idle_s) {
		auth_store.session_delete(st, h);
		return AUTH_BAD_CREDENTIALS;
	}
	if (acc.disabled)
		return AUTH_BAD_CREDENTIALS;
	*out = principal_of(&acc, grants, n);
	out->csrf = se.csrf;
	int64_t touch = session_limits.idle_s / 2 < SESSION_TOUCH_S ? 1 : SESSION_TOUCH_S;
	if (now - se.last_seen >= touch)
		auth_store.session_touch(st, h, now);
	return AUTH_OK;
}

enum auth_result auth_from_api_token(struct store *st, struct arena *a, const char *token,
                                     int64_t now, struct principal *out)
{
	unsigned char h[32];
	auth_token_hash(token, h);
	struct api_token t;
	enum store_status s = auth_store.token_get(st, h, a, &t);
	if (s == STORE_NOT_FOUND || (s == STORE_OK && t.revoked_at != 0))
		return AUTH_BAD_CREDENTIALS;
	if (s != STORE_OK)
		return AUTH_FAILED;
	enum auth_result r = load_principal(st, a, t.user_id, out);
	if (r != AUTH_OK)
		return r;
	out->via_token = true;
	if (now - t.last_used >= SESSION_TOUCH_S)
		auth_store.token_touch(st, t.id, now);
	return AUTH_OK;
}
