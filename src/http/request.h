/*
 * request.h: one HTTP request as handlers see it.
 *
 * The context is created on MHD's first callback for the request and freed
 * in the completion callback, whatever happened in between, together with
 * its arena: handlers allocate from req->arena and never free.
 */
#ifndef DIEUHANH_HTTP_REQUEST_H
#define DIEUHANH_HTTP_REQUEST_H

#include <jansson.h>
#include <microhttpd.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "auth/auth.h"
#include "util/arena.h"

struct store;
struct http_server;
struct http_body;
struct flight;

enum http_method {
	HTTP_GET = 1 << 0,
	HTTP_HEAD = 1 << 1,
	HTTP_POST = 1 << 2,
	HTTP_PUT = 1 << 3,
	HTTP_PATCH = 1 << 4,
	HTTP_DELETE = 1 << 5,
	HTTP_OPTIONS = 1 << 6,
	HTTP_OTHER = 1 << 7,
};

enum body_kind { BODY_NONE, BODY_RAW, BODY_FORM };

struct http_param {
	const char *name;
	const char *value;
};

struct form_field {
	const char *key;
	char *value;
	size_t len;
	size_t cap;        /* bytes allocated for value, grown by doubling */
	const char *filename;  /* a multipart file part's name (its value is bytes), else NULL */
	struct form_field *next;
};

enum { HTTP_MAX_PARAMS = 4, HTTP_MAX_COOKIES = 4 };

struct http_request {
	struct MHD_Connection *conn;
	const struct http_server *server;
	struct store *store;
	struct arena arena;

	enum http_method method;
	const char *method_name;
	const char *path;

	struct http_param params[HTTP_MAX_PARAMS];
	size_t nparams;
	void (*handler)(struct http_request *req);  /* routed on the first callback */
	unsigned int allowed;                         /* methods the path takes, when no handler */

	/* Body: raw bytes (JSON and others) or decoded form fields. */
	enum body_kind body_kind;
	char *body;
	size_t body_len;
	size_t body_cap;
	size_t body_limit;  /* this route's cap (server default unless it asks for more) */
	size_t body_seen;   /* bytes received so far, however the body is framed */
	bool body_too_large;
	bool body_has_nul;  /* a form value holds a NUL byte (%00) */
	struct MHD_PostProcessor *post;
	struct form_field *form;
	json_t *json;      /* parsed body, released with the request */

	/* Reply, set by the reply_* functions. */
	unsigned int status;
	size_t bytes;
	struct MHD_Response *response;
	bool started;      /* first callback seen */
	const char *set_cookie[HTTP_MAX_COOKIES];
	size_t ncookies;

	/* Who asks: resolved on first use by http_principal(). */
	const struct principal *principal;
	struct principal principal_storage;
	bool credentials_rejected;  /* a Bearer token was given and refused */
	/*
	 * A token or session cookie was given but the database could not be
	 * asked about it: whatever the handler made of the anonymous principal
	 * it got, the answer is 503 (server.c), never 401 or a sign-in redirect.
	 */
	bool credentials_unchecked;
	/* The anonymous CSRF token minted for this request, so every form on one page shares it. */
	const char *csrf_minted;
	/* The page language (enum web_lang + 1), resolved on first use by web_lang(); 0: not yet. */
	int lang;

	/* Work deferred to the slow-work pool (see http_defer). */
	void (*defer_work)(struct http_request *req);
	void (*defer_then)(struct http_request *req);
	void *defer_data;
	/*
	 * What DEFER_DATA holds that must be freed if the request ends before
	 * its answer runs (the client went away while it was suspended: the
	 * server then ends it without calling the handler again).  Cleared
	 * once the answer has run.  Or NULL.
	 */
	void (*defer_abandon)(struct http_request *req);
	bool defer_submitted;
	bool defer_done;
	bool defer_build;   /* on the build pool (cache builds), not the slow one */
	/*
	 * Waiting for work another request started (http/cache.c's single
	 * flight): once the connection is suspended the server calls it, and
	 * it arranges for http_resume() when the work is done.
	 */
	void (*defer_join)(struct http_request *req);
	/* The cache build this request started or waits for (http/cache.c). */
	struct flight *flight;
	struct http_body *flight_body;
	struct http_body *(*flight_build)(struct http_request *req, int64_t *rev);
	void (*flight_reply)(struct http_request *req, struct http_body *body);

	/* Cached bodies the request reads from, let go when it ends (http_request_hold). */
	struct http_body **held;
	size_t nheld, capheld;

	struct timespec start;
	/* For /metrics: the route matched (-1: none), database time and statements. */
	int route_index;
	uint64_t db_ns, db_statements;
	struct timespec deferred_at;   /* when the slow work was queued */
};

/* Path parameter NAME ("{id}") or NULL. */
const char *http_param(const struct http_request *req, const char *name);
/* Path parameter NAME as a positive id, or 0 if absent or malformed. */
int64_t http_param_id(const struct http_request *req, const char *name);
/* Query argument NAME (decoded by MHD) or NULL. */
const char *http_query(const struct http_request *req, const char *name);
/* Path and query string of the request, %-encoded (for ?next= links). */
const char *http_request_uri(struct http_request *req);
/* Request header NAME or NULL. */
const char *http_header(const struct http_request *req, const char *name);
/* Form field NAME of a urlencoded or multipart body, or NULL. */
const char *http_form(const struct http_request *req, const char *name);

/*
 * Whole numbers from text input, range-checked before anything narrows
 * them (4294967297 is not 1): digits with an optional leading '-', nothing
 * else (no spaces, no '+', no overflow), and MIN <= value <= MAX.
 */
enum http_int {
	HTTP_INT_ABSENT,   /* NULL or empty: *OUT untouched */
	HTTP_INT_OK,
	HTTP_INT_INVALID,  /* not a whole number, or out of range */
};
enum http_int http_parse_int(const char *s, int64_t min, int64_t max, int64_t *out);
/* Query argument NAME through http_parse_int(). */
enum http_int http_query_int(const struct http_request *req, const char *name, int64_t min,
                             int64_t max, int64_t *out);
/* Form field NAME through http_parse_int(). */
enum http_int http_form_int(const struct http_request *req, const char *name, int64_t min,
                            int64_t max, int64_t *out);

/*
 * Parses the JSON body.  On failure replies with the problem (415 wrong
 * content type, 400 malformed or not valid UTF-8) and returns NULL.  The
 * returned value is owned by the request.
 */
json_t *http_json_body(struct http_request *req);

/*
 * The principal behind the request: an API token (Authorization: Bearer),
 * else the session cookie, else anonymous.  Resolved once, on first call.
 */
const struct principal *http_principal(struct http_request *req);
/*
 * What a client sends with every request once it can write: its bearer
 * token, else its session cookie, else its form cookie; NULL if none.
 * Unchecked: it tells one client's requests from another's, nothing more.
 */
const char *http_client_credentials(struct http_request *req);
/*
 * REQ keeps B (it takes over the reference) until it ends: for what a
 * handler reads out of a cached object (a year's judged families) while it
 * renders.  False, and B let go, when out of memory.
 */
bool http_request_hold(struct http_request *req, struct http_body *b);
/*
 * False after replying when nobody is signed in: 401 problem on the API,
 * a redirect to the sign-in page for HTML.
 */
bool http_require_signed_in(struct http_request *req);
/* 403 (or 401 when anonymous) for a refused permission. */
void http_forbidden(struct http_request *req);

/* Queues a Set-Cookie header for the reply (VALUE is copied). */
void http_set_cookie(struct http_request *req, const char *value);
/* Cookie NAME of the request, or NULL. */
const char *http_cookie(const struct http_request *req, const char *name);
/* The session cookie with the right attributes; TOKEN NULL clears it. */
void http_set_session_cookie(struct http_request *req, const char *token);
/*
 * The client's address: with --trust-proxy and the connection from a
 * trusted proxy, the address that proxy put in X-Forwarded-For.
 */
const char *http_client_address(struct http_request *req);
/* Does the connection come from a trusted reverse proxy (--trusted-proxies)? */
bool http_from_trusted_proxy(struct http_request *req);

/*
 * CSRF protection for HTML forms: the token to put in a form's "csrf"
 * field (the session's token, or for anonymous visitors a random one kept
 * in a cookie), and whether the posted field matches it.
 */
const char *http_csrf_token(struct http_request *req);
bool http_csrf_valid(struct http_request *req);

/*
 * Runs WORK(req) on the slow-work pool while the connection is suspended,
 * then THEN(req) on an HTTP thread to reply.  Replies 503 itself when the
 * pool is full.  Call as the handler's last action.
 */
void http_defer(struct http_request *req, void (*work)(struct http_request *),
                void (*then)(struct http_request *));

/*
 * Wakes a request suspended by http_defer or defer_join: THEN (its
 * defer_then) runs next on an HTTP thread.  Any thread.
 */
void http_resume(struct http_request *req);

/*
 * The build a request was to start could not be queued (http/cache.c):
 * whoever waits for it is answered as for a failed build.
 */
void http_cache_abandon(struct http_request *req);
/*
 * The request ends (server.c's completion callback): the bodies it held
 * are let go, and a flight it still holds, because its answer never ran
 * (http/cache.c).
 */
void http_cache_request_ended(struct http_request *req);

/*
 * For deferred work, on the pool thread: FAILED says the store call just
 * failed; when the database is out of reach (the store's unavailable(),
 * asked on the thread that failed), the answer becomes 503 with
 * Retry-After, as for a credential lookup that failed — never a 500, and
 * never "wrong password".
 */
void http_note_store_failure(struct http_request *req, bool failed);

/* Parses a decimal positive 64-bit id; 0 when S is not one. */
int64_t http_parse_id(const char *s);

#endif
