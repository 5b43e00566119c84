/*
 * fuzz_router.c: the route table against any path and method.  The router
 * must never read outside the path, must match only whole segments, and a
 * parameter it hands out is always a non-empty part of the path.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http/request.h"
#include "http/router.h"
#include "module.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	struct http_request req = { 0 };
	req.method = (enum http_method)(1u << (data[0] % 8));
	/* The server hands the router a NUL-terminated copy; so do we. */
	char *path = arena_strndup(&req.arena, (const char *)data + 1, size - 1);
	req.path = path;
	unsigned int allowed = 0;
	http_handler h = router_match(modules_routes(), &req, &allowed);
	if (h != NULL) {
		for (size_t i = 0; i < req.nparams; i++) {
			const char *v = req.params[i].value;
			if (v == NULL || *v == '\0' || strstr(path, v) == NULL)
				abort();
		}
	} else if (req.nparams != 0 || (allowed & req.method) != 0) {
		abort();     /* a 405 never allows the method it refused */
	}
	char allow[128];
	router_allow_header(allowed, allow, sizeof allow);
	arena_free(&req.arena);
	return 0;
}
