/*
 * store_modules.c: the modules that own schema changes of their own
 * (db_migrate.h), one line each, in the order their steps apply.  A new
 * module (tasks, dossiers, feedback, portal) adds its list here once; its
 * later steps go in its own file.
 */
#include "store/db_migrate.h"

const struct module_migrations *const store_module_migrations[] = {
	NULL
};
