/*
 * module.h: what a module (src/<module>/) declares to the rest of the
 * program, as data. The program knows its modules only through the list in
 * src/modules.c: the route table is the concatenation of the modules'
 * routes, the main navigation is their nav entries in module order, the
 * audit trail asks the module that owns an entity who may read its history,
 * and each permission (with the roles that carry it) is declared by its
 * module, for src/auth/policy.c to evaluate; the engines migrate, and the
 * tests prepare, the statements and schema steps the modules' .storage
 * names (store_registered_modules(), for src/store).
 * Adding a module is its folder plus one line there.
 */
#ifndef DIEUHANH_MODULE_H
#define DIEUHANH_MODULE_H

#include <stdbool.h>
#include <stdint.h>

#include "auth/auth.h"
#include "http/router.h"
#include "util/arena.h"

struct store;
struct store_module;
struct http_request;
struct html;

/* When a navigation entry shows. */
enum nav_show {
	NAV_SHOW_ALWAYS,
	NAV_SHOW_SIGNED_IN,   /* to a signed-in reader */
	NAV_SHOW_ANONYMOUS,   /* to a reader not signed in */
	NAV_SHOW_PERMITTED,   /* to a reader holding .perm on some unit */
};

/* One entry of the main navigation; a page names its entry by .href in layout_begin. */
struct module_nav {
	const char *href;
	const char *label;    /* English, marked N_() so it is translated */
	enum nav_show show;
	const struct permission *perm; /* for NAV_SHOW_PERMITTED */
};

/*
 * Who may read the history of record ID of ENTITY: the module that owns the
 * entity answers (its service asks the policy), so audit_access.c needs no
 * list of entities. WHO is never the system (audit_may_read answers that).
 */
struct audit_resolver {
	const char *entity;
	bool (*may_read)(struct store *st, struct arena *a, const struct principal *who,
	                 int64_t id);
	/*
	 * What people call a record of this kind (N_(), translated where shown):
	 * the record column of the history pages and a choice of the recent
	 * activity's filter.  NULL: shown by its entity name, not offered.
	 */
	const char *label;
};

struct module {
	const char *name;
	const struct route *routes;          /* rows { method, pattern, handler, body cap or 0 }, then { 0 } */
	const struct module_nav *nav;        /* ends with { NULL }; or NULL */
	const struct audit_resolver *audit;  /* ends with { NULL }; or NULL */
	const struct permission *const *permissions;  /* its own; ends with NULL; or NULL */
	const struct store_module *storage;  /* its statements and schema steps; or NULL */
	/*
	 * Its part of a signed-in reader's home page ("/"): what is due and what
	 * is behind in the reader's units, as <section>s with an <h2> each,
	 * most urgent first; nothing when there is nothing to say.  Called in
	 * module order after the reader's own unit; or NULL.
	 */
	void (*home)(struct http_request *req, struct html *h);
	/* Its part of unit UNIT's page (/units/{id}): the unit's targets, tasks...
	 * as a <section> with an <h2>; nothing when it has none.  Or NULL. */
	void (*unit_page)(struct http_request *req, struct html *h, int64_t unit);
	/*
	 * Its line on the leaders' board (/targets), for a signed-in reader: what
	 * of its work is late (and due soon) within the reader's reach, as one
	 * <li> with a link to where it is handled; nothing when nothing is, or the
	 * reader may not see it.  Runs on every such view, outside the board's
	 * cached body: keep it to a read or two, and show counts, never records
	 * (the board is printed and shown in meetings).  Or NULL.
	 */
	void (*behind)(struct http_request *req, struct html *h);
	/*
	 * The name people know record ID of ENTITY by (one of the entities its
	 * .audit lists), for the history pages, in A; NULL when it is gone or
	 * not this module's.  Or NULL.
	 */
	const char *(*audit_name)(struct store *st, struct arena *a, const char *entity, int64_t id);
};

/* The name of record ID of ENTITY from the module that owns it, or NULL. */
const char *modules_audit_name(struct store *st, struct arena *a, const char *entity, int64_t id);

/* Every module, in navigation order; ends with NULL (src/modules.c). */
extern const struct module *const modules[];

/* The route table: every module's routes in module order, built on first use. */
const struct route *modules_routes(void);

/* The resolver for ENTITY's history, or NULL when no module owns it. */
const struct audit_resolver *modules_audit_resolver(const char *entity);

#endif
