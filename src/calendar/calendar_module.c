/* calendar_module.c: the working calendar's routes. */
#include "module.h"

#include "calendar/calendar_handlers.h"

static const struct route calendar_routes[] = {
	{ HTTP_GET, "/api/v1/calendar/deadline", api_calendar_deadline, 0 },
	{ HTTP_GET, "/api/v1/calendar/working-days", api_calendar_working_days, 0 },
	{ 0, NULL, NULL, 0 },
};

const struct module calendar_module = {
	.name = "calendar",
	.routes = calendar_routes,
};
