/*
 * modules.c: the one list of modules. A new module is its folder
 * (src/<module>/, with a `const struct module <name>_module`) and one
 * X(<name>) here; nothing else in the program lists modules.
 */
#include "module.h"
#include "store/db_migrate.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MODULES(X) \
	X(site) \
	X(org) \
	X(target) \
	X(auth) \
	X(audit) \
	X(calendar) \
	X(task) \
	X(reminder) \
	X(dossier) \
	X(feedback) \
	X(reception) \
	X(news) \
	X(portal)

#define DECLARE(name) extern const struct module name##_module;
MODULES(DECLARE)
#undef DECLARE

#define ENTRY(name) &name##_module,
const struct module *const modules[] = { MODULES(ENTRY) NULL };
#undef ENTRY

enum { ROUTES_MAX = 1024 };

static struct route all_routes[ROUTES_MAX + 1];
static pthread_once_t routes_once = PTHREAD_ONCE_INIT;

static void routes_build(void)
{
	size_t n = 0;
	for (const struct module *const *m = modules; *m; m++)
		for (const struct route *r = (*m)->routes; r && r->pattern; r++) {
			if (n == ROUTES_MAX) {
				/* A build-time mistake, found by the first test that starts. */
				fprintf(stderr, "fatal: more than %d routes; raise ROUTES_MAX\n",
				        ROUTES_MAX);
				abort();
			}
			all_routes[n++] = *r;
		}
	all_routes[n] = (struct route){ 0, NULL, NULL, 0 };
}

const struct route *modules_routes(void)
{
	pthread_once(&routes_once, routes_build);
	return all_routes;
}

const struct audit_resolver *modules_audit_resolver(const char *entity)
{
	for (const struct module *const *m = modules; *m; m++)
		for (const struct audit_resolver *r = (*m)->audit; r && r->entity; r++)
			if (strcmp(r->entity, entity) == 0)
				return r;
	return NULL;
}

enum { STORAGE_MAX = 64 };

static const struct store_module *storage[STORAGE_MAX + 1];
static pthread_once_t storage_once = PTHREAD_ONCE_INIT;

static void storage_build(void)
{
	size_t n = 0;
	for (const struct module *const *m = modules; *m; m++)
		if ((*m)->storage && n < STORAGE_MAX)
			storage[n++] = (*m)->storage;
	storage[n] = NULL;
}

/*
 * The storage layer asks the program's one registry which modules own
 * storage (db_migrate.h declares this): src/store never lists modules, and
 * a module's storage is registered by the same line as its routes.
 */
const struct store_module *const *store_registered_modules(void)
{
	pthread_once(&storage_once, storage_build);
	return storage;
}

const char *modules_audit_name(struct store *st, struct arena *a, const char *entity, int64_t id)
{
	for (const struct module *const *m = modules; *m; m++)
		for (const struct audit_resolver *r = (*m)->audit; r && r->entity; r++)
			if (strcmp(r->entity, entity) == 0)
				return (*m)->audit_name ? (*m)->audit_name(st, a, entity, id) : NULL;
	return NULL;
}
