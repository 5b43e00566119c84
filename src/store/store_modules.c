/*
 * store_modules.c: the storage registry — one line per module that owns
 * storage: its statement list and its own schema steps (db_migrate.h),
 * in the order their steps apply.  A new module (tasks, dossiers,
 * feedback, portal) adds its line here once; its statements and later
 * steps go in its own files.
 */
#include "store/db_migrate.h"

#include "audit/audit_store.h"
#include "auth/auth_store.h"
#include "org/org_store.h"
#include "target/target_store.h"

const struct store_module store_modules[] = {
	{ "org", &org_sql, NULL },
	{ "auth", &auth_sql, NULL },
	{ "audit", &audit_sql, NULL },
	{ "target", &target_sql, NULL },
	{ NULL, NULL, NULL },
};
