/* api_health.c: GET /healthz — the process answers and the database does too. */
#include "api/api.h"

#include "http/reply.h"
#include "http/server.h"
#include "store/store.h"

void api_health(struct http_request *req)
{
	enum store_status s = req->store->ops->ping(req->store);
	json_t *body = json_pack("{s:s, s:s, s:s, s:i}",
	                         "status", s == STORE_OK ? "ok" : "degraded",
	                         "database", s == STORE_OK ? "ok" : store_status_name(s),
	                         "engine", req->store->ops->engine,
	                         "schema_version", req->server->schema_version);
	reply_json(req, s == STORE_OK ? 200 : 503, body);
	reply_header(req, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
}
