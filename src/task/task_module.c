/* task_module.c: the task module's routes, navigation, audited entities and permissions. */
#include "module.h"
#include "task/task_store.h"

#include "task/task_handlers.h"
#include "task/task_pages.h"
#include "task/task_service.h"
#include "web/i18n.h"

static const struct route task_routes[] = {
	{ HTTP_GET, "/tasks", page_tasks, 0 },
	{ HTTP_GET, "/tasks/mine", page_tasks_mine, 0 },
	{ HTTP_GET, "/tasks/{id}", page_task, 0 },
	{ HTTP_POST, "/tasks/{id}/updates", page_task_report, 0 },
	{ HTTP_POST, "/tasks/{id}/deadline", page_task_deadline, 0 },
	{ HTTP_GET, "/scorecards", page_scorecards, 0 },
	{ HTTP_GET, "/supervisions", page_supervisions, 0 },
	{ HTTP_POST, "/supervisions", page_supervisions_create, 0 },
	{ HTTP_GET, "/supervisions/{id}", page_supervision, 0 },
	{ HTTP_POST, "/supervisions/{id}", page_supervision_save, 0 },
	{ HTTP_POST, "/supervisions/{id}/findings", page_supervision_finding, 0 },
	{ HTTP_POST, "/supervisions/{id}/tasks", page_supervision_task, 0 },
	{ HTTP_GET, "/reviews/{unit_id}", page_review, 0 },
	{ HTTP_GET, "/plans", page_plans, 0 },
	{ HTTP_POST, "/plans", page_plans_create, 0 },
	{ HTTP_GET, "/plans/{id}", page_plan, 0 },
	{ HTTP_POST, "/plans/{id}/tasks", page_plan_add_task, 0 },
	{ HTTP_GET, "/api/v1/tasks", api_tasks_list, 0 },
	{ HTTP_POST, "/api/v1/tasks", api_tasks_create, 0 },
	{ HTTP_GET, "/api/v1/tasks/export.xlsx", api_tasks_export_xlsx, 0 },
	{ HTTP_GET, "/api/v1/tasks/{id}", api_tasks_get, 0 },
	{ HTTP_PATCH, "/api/v1/tasks/{id}", api_tasks_update, 0 },
	{ HTTP_POST, "/api/v1/tasks/{id}/updates", api_tasks_report, 0 },
	/* The 10,000-task file of the benchmark is 0.8 MiB; 100,000 rows fit. */
	{ HTTP_POST, "/api/v1/import/people", api_import_people, 16 * 1024 * 1024 },
	{ HTTP_POST, "/api/v1/import/tasks", api_import_tasks, 16 * 1024 * 1024 },
	{ HTTP_GET, "/api/v1/scorecards", api_scorecards, 0 },
	{ HTTP_GET, "/api/v1/scorecards/export.xlsx", api_scorecards_xlsx, 0 },
	{ HTTP_GET, "/api/v1/reviews/{unit_id}", api_reviews_get, 0 },
	{ HTTP_GET, "/api/v1/supervisions", api_supervisions_list, 0 },
	{ HTTP_POST, "/api/v1/supervisions", api_supervisions_create, 0 },
	{ HTTP_GET, "/api/v1/supervisions/{id}", api_supervisions_get, 0 },
	{ HTTP_PATCH, "/api/v1/supervisions/{id}", api_supervisions_update, 0 },
	{ HTTP_POST, "/api/v1/supervisions/{id}/findings", api_supervisions_finding, 0 },
	{ HTTP_GET, "/api/v1/plans", api_plans_list, 0 },
	{ HTTP_POST, "/api/v1/plans", api_plans_create, 0 },
	{ HTTP_GET, "/api/v1/plans/{id}", api_plans_get, 0 },
	{ HTTP_PATCH, "/api/v1/plans/{id}", api_plans_update, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav task_nav[] = {
	{ .href = "/plans", .label = N_("Plans"), .show = NAV_SHOW_SIGNED_IN },
	{ .href = "/tasks", .label = N_("Tasks"), .show = NAV_SHOW_SIGNED_IN },
	{ .href = "/tasks/mine", .label = N_("My tasks"), .show = NAV_SHOW_SIGNED_IN },
	{ .href = "/scorecards", .label = N_("Scorecards"), .show = NAV_SHOW_SIGNED_IN },
	{ .href = "/supervisions", .label = N_("Supervision"), .show = NAV_SHOW_SIGNED_IN },
	{ .href = NULL },
};

static const struct audit_resolver task_audit[] = {
	{ "task", task_audit_task_may_read, N_("Task") },
	{ "plan", task_audit_plan_may_read, N_("Plan") },
	{ "supervision", task_audit_supervision_may_read, N_("Supervision programme") },
	{ .entity = NULL },
};

const struct permission task_perm_assign = {
	"assign_tasks", ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER) | ROLE_BIT(ROLE_ADMIN),
};
const struct permission task_perm_report_progress = {
	"report_progress", ROLE_BIT(ROLE_OFFICER) | ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER)
	                   | ROLE_BIT(ROLE_ADMIN),
};
/* The leader who directs approves a new deadline; an administrator keeps records, not deadlines. */
const struct permission task_perm_approve_deadline = {
	"approve_deadline", ROLE_BIT(ROLE_LEADER),
};
const struct permission task_perm_import = {
	"import_tasks", ROLE_BIT(ROLE_ADMIN),
};

/* The Standing Committee's supervision (Ban Thường vụ): supervisors, and administrators for the record. */
const struct permission task_perm_supervise = {
	"supervise", ROLE_BIT(ROLE_SUPERVISOR) | ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const task_permissions[] = {
	&task_perm_assign, &task_perm_report_progress, &task_perm_approve_deadline,
	&task_perm_import, &task_perm_supervise, NULL,
};

const struct module task_module = {
	.name = "task",
	.routes = task_routes,
	.nav = task_nav,
	.audit = task_audit,
	.permissions = task_permissions,
	.storage = &task_storage,
	.home = tkpage_home,
	.behind = tkpage_behind,
};
