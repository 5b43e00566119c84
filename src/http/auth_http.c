/*
 * auth_http.c: credentials, cookies and CSRF tokens on HTTP requests.
 *
 * Cookie-authenticated JSON requests need no CSRF token: the API refuses
 * any body that is not application/json, and a cross-site page cannot send
 * that without a CORS preflight, which this server never grants.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "auth/session.h"
#include "store/store.h"
#include "http/html.h"
#include "http/proxy.h"
#include "http/reply.h"
#include "http/request.h"
#include "http/server.h"

#define CSRF_COOKIE "dh_csrf"

const struct principal *http_principal(struct http_request *req)
{
	if (req->principal)
		return req->principal;
	req->principal = &principal_anonymous;
	int64_t now = (int64_t)time(NULL);
	const char *authz = http_header(req, MHD_HTTP_HEADER_AUTHORIZATION);
	/* AUTH_FAILED is the database failing, not the credentials: see credentials_unchecked. */
	enum auth_result r = AUTH_BAD_CREDENTIALS;
	if (authz && strncasecmp(authz, "Bearer ", 7) == 0) {
		const char *token = authz + 7;
		if (strlen(token) < TOKEN_TEXT_MAX)
			r = auth_from_api_token(req->store, &req->arena, token, now,
			                        &req->principal_storage);
		req->credentials_rejected = r == AUTH_BAD_CREDENTIALS || r == AUTH_DISABLED;
	} else {
		const char *token = http_cookie(req, SESSION_COOKIE);
		if (token && strlen(token) < TOKEN_TEXT_MAX)
			r = auth_from_session(req->store, &req->arena, token, now,
			                      &req->principal_storage);
	}
	if (r == AUTH_OK)
		req->principal = &req->principal_storage;
	else if (r == AUTH_FAILED)
		req->credentials_unchecked = true;
	if (req->principal == &req->principal_storage)
		req->principal_storage.actor.address = http_client_address(req);
	return req->principal;
}

const char *http_client_credentials(struct http_request *req)
{
	const char *who = http_header(req, MHD_HTTP_HEADER_AUTHORIZATION);
	if (who == NULL)
		who = http_cookie(req, SESSION_COOKIE);
	if (who == NULL)
		who = http_cookie(req, CSRF_COOKIE);
	return who;
}

static void reply_unauthenticated(struct http_request *req)
{
	if (http_is_api_path(req->path)) {
		reply_problem(req, 401, "/problems/unauthenticated", "Sign-in required",
		              req->credentials_rejected
		              ? "The API token is unknown or revoked."
		              : "Sign in, or send an API token as 'Authorization: Bearer ...'.",
		              NULL);
		reply_header(req, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer realm=\"dieuhanh\"");
		return;
	}
	/* The whole address, query included and encoded, so sign-in returns here. */
	struct html h = { 0 };
	html_raw(&h, "/login?next=");
	html_url_arg(&h, http_request_uri(req));
	size_t len;
	char *location = html_take(&h, &len);
	reply_redirect(req, arena_strdup(&req->arena, location));
	free(location);
}

bool http_require_signed_in(struct http_request *req)
{
	if (http_principal(req)->authenticated)
		return true;
	reply_unauthenticated(req);
	return false;
}

void http_forbidden(struct http_request *req)
{
	if (!http_principal(req)->authenticated) {
		reply_unauthenticated(req);
		return;
	}
	reply_problem(req, 403, "/problems/forbidden", "Forbidden",
	              "Your roles do not allow this on this unit.", NULL);
}

void http_set_cookie(struct http_request *req, const char *value)
{
	if (req->ncookies < HTTP_MAX_COOKIES)
		req->set_cookie[req->ncookies++] = arena_strdup(&req->arena, value);
}

const char *http_cookie(const struct http_request *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_COOKIE_KIND, name);
}

static bool secure(struct http_request *req)
{
	if (req->server->cfg.secure_cookies)
		return true;
	const char *proto = http_from_trusted_proxy(req)
		? http_header(req, "X-Forwarded-Proto") : NULL;
	return proto && strcasecmp(proto, "https") == 0;
}

void http_set_session_cookie(struct http_request *req, const char *token)
{
	http_set_cookie(req, arena_printf(&req->arena,
		"%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s", SESSION_COOKIE,
		token ? token : "", token ? "" : "; Max-Age=0", secure(req) ? "; Secure" : ""));
}

/* The last X-Forwarded-For header: a proxy that adds its own adds it last. */
static enum MHD_Result last_xff(void *cls, enum MHD_ValueKind kind, const char *key,
                                const char *value)
{
	(void)kind;
	if (strcasecmp(key, "X-Forwarded-For") == 0)
		*(const char **)cls = value;
	return MHD_YES;
}

bool http_from_trusted_proxy(struct http_request *req)
{
	const struct http_config *cfg = &req->server->cfg;
	if (!cfg->trust_proxy || cfg->trusted_proxies == NULL)
		return false;
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(req->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	return ci && proxy_list_has_sockaddr(cfg->trusted_proxies, ci->client_addr);
}

/*
 * Only a trusted proxy's X-Forwarded-For counts, and only the entry that
 * proxy wrote (the right-most one that is not a trusted proxy): the
 * entries left of it are whatever the client sent.
 */
const char *http_client_address(struct http_request *req)
{
	char buf[PROXY_ADDR_TEXT] = "-";
	if (http_from_trusted_proxy(req)) {
		const char *xff = NULL;
		MHD_get_connection_values(req->conn, MHD_HEADER_KIND, last_xff, &xff);
		if (xff && proxy_client_from_xff(req->server->cfg.trusted_proxies, xff, buf))
			return arena_strdup(&req->arena, buf);
	}
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(req->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	if (ci && ci->client_addr && ci->client_addr->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)ci->client_addr;
		inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf);
	}
	return arena_strdup(&req->arena, buf);
}

/*
 * A CSRF cookie we could have minted: base64url of 32 random bytes. Anything
 * else (truncated, padded, foreign characters) is replaced, not trusted.
 */
static bool csrf_cookie_ok(const char *c)
{
	if (c == NULL || strlen(c) != 43)
		return false;
	for (const char *p = c; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')
		      || *p == '-' || *p == '_'))
			return false;
	return true;
}

/*
 * Once per visitor: the cookie's token when it has one, else one minted
 * now and kept on the request, so two forms on one page (and the next
 * page) carry the same token and the cookie is set once.
 */
const char *http_csrf_token(struct http_request *req)
{
	const struct principal *p = http_principal(req);
	if (p->csrf)
		return p->csrf;
	if (req->csrf_minted)
		return req->csrf_minted;
	const char *c = http_cookie(req, CSRF_COOKIE);
	if (csrf_cookie_ok(c))
		return req->csrf_minted = c;
	char token[TOKEN_TEXT_MAX];
	auth_new_token("", token);
	http_set_cookie(req, arena_printf(&req->arena, "%s=%s; Path=/; HttpOnly; SameSite=Strict%s",
	                                  CSRF_COOKIE, token, secure(req) ? "; Secure" : ""));
	return req->csrf_minted = arena_strdup(&req->arena, token);
}

bool http_csrf_valid(struct http_request *req)
{
	const struct principal *p = http_principal(req);
	const char *expected = p->csrf ? p->csrf : http_cookie(req, CSRF_COOKIE);
	const char *given = http_form(req, "csrf");
	if (expected == NULL || given == NULL || (!p->csrf && !csrf_cookie_ok(expected))
	    || strlen(expected) < 40)
		return false;
	size_t n = strlen(expected);
	return strlen(given) == n && sodium_memcmp(expected, given, n) == 0;
}
