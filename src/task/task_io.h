/* task_io.h: task lists and scorecards as spreadsheet tables (target_io.h's writers). */
#ifndef DIEUHANH_TASK_IO_H
#define DIEUHANH_TASK_IO_H

#include "target/target_io.h"
#include "task/task_service.h"

/* The tasks TS as a table: reference, title, unit, people, dates, progress, status, days late. */
void task_io_tasks_table(const struct task *ts, size_t n, cal_day today,
                         const struct calendar *cal, struct arena *a,
                         struct io_table *out);
/* A scorecard's rows (UNITS: with the targets' columns filled) as a ranked table. */
void task_io_scorecard_table(const struct task_score *rows, size_t n, bool units,
                             struct arena *a, struct io_table *out);

#endif
