/*
 * cli_routes.c: "dieuhanh routes" prints the route table, one line per
 * method and pattern ("GET\t/api/v1/units/{id}").  The authorization matrix
 * test (tests/integration/authz_matrix.test.mjs) reads the routes from here,
 * so a route added to a module (src/<module>/<module>_module.c) is checked against src/routes.authz
 * without anyone keeping a second list.
 */
#include "cli/cli.h"

#include <stdio.h>

#include "http/router.h"
#include "module.h"

int cli_routes(void)
{
	static const unsigned int methods[] = {
		HTTP_GET, HTTP_HEAD, HTTP_POST, HTTP_PUT, HTTP_PATCH, HTTP_DELETE,
	};
	for (const struct route *r = modules_routes(); r->pattern; r++) {
		for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
			if (!(r->methods & methods[i]))
				continue;
			/* The router's own names, so the two never disagree. */
			char name[16];
			router_allow_header(methods[i], name, sizeof name);
			printf("%s\t%s\n", name, r->pattern);
		}
	}
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
