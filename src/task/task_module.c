/* task_module.c: the task module's routes, navigation, audited entities and permissions. */
#include "module.h"
#include "task/task_store.h"

const struct module task_module = {
	.name = "task",
	.storage = &task_storage,
};
