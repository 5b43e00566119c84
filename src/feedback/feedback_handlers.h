/* feedback_handlers.h: the feedback module's HTTP handlers (JSON, Open311 and pages); routes in feedback_module.c. */
#ifndef DIEUHANH_FEEDBACK_HANDLERS_H
#define DIEUHANH_FEEDBACK_HANDLERS_H

#include "http/request.h"

#endif
