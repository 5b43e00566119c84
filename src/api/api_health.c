/* api_health.c: GET /healthz — the process answers and the database does too. */
#include "api/api.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"

void api_health(struct http_request *req)
{
	enum store_status s = req->store->ops->ping(req->store);
	/*
	 * Asked many times a second by load balancers: written directly rather
	 * than built and dumped by jansson (a sixth of the request's
	 * instructions).  Every string is one of ours, none needs escaping.
	 */
	char text[256];
	int n = snprintf(text, sizeof text,
	                 "{\"status\":\"%s\",\"database\":\"%s\",\"engine\":\"%s\","
	                 "\"schema_version\":%d}",
	                 s == STORE_OK ? "ok" : "degraded",
	                 s == STORE_OK ? "ok" : store_status_name(s), req->store->ops->engine,
	                 req->server->schema_version);
	char *body = n > 0 && (size_t)n < sizeof text ? malloc((size_t)n + 1) : NULL;
	if (body == NULL) {
		reply_internal_error(req, "health");
		return;
	}
	memcpy(body, text, (size_t)n + 1);
	reply_json_text(req, s == STORE_OK ? 200 : 503, body, (size_t)n);
	reply_header(req, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
}
