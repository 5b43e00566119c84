/*
 * task_io.c: task lists and scorecards as tables for the spreadsheet
 * writers of target_io.h (xlsx through libxlsxwriter), in Vietnamese, as
 * the district's offices file them.
 */
#include "task/task_io.h"

#include <string.h>

#include "util/arena.h"

static const char *status_vi[] = {
	[TASK_ON_TIME] = "Đã hoàn thành đúng hạn", [TASK_LATE] = "Đã hoàn thành quá hạn",
	[TASK_IN_PROGRESS] = "Chưa hoàn thành, trong hạn", [TASK_OVERDUE] = "Chưa hoàn thành, quá hạn",
};

static const char *day_text(struct arena *a, cal_day d)
{
	if (d == 0)
		return NULL;
	char buf[11];
	cal_format_iso(d, buf);
	return arena_strdup(a, buf);
}

static struct io_cell text(const char *s)
{
	return s ? (struct io_cell){ .kind = IO_TEXT, .text = s } : (struct io_cell){ 0 };
}

static struct io_cell num(double v)
{
	return (struct io_cell){ .kind = IO_NUMBER, .num = v };
}

static void table(struct io_table *t, struct arena *a, const char *title, const char **header,
                  const double *widths, size_t ncols, size_t nrows)
{
	memset(t, 0, sizeof *t);
	t->title = title;
	t->ncols = ncols;
	t->header = arena_alloc(a, ncols * sizeof *t->header);
	memcpy(t->header, header, ncols * sizeof *header);
	t->widths = arena_alloc(a, ncols * sizeof *t->widths);
	memcpy(t->widths, widths, ncols * sizeof *widths);
	t->nrows = nrows;
	t->cells = arena_alloc(a, (nrows * ncols + 1) * sizeof *t->cells);
	memset(t->cells, 0, (nrows * ncols + 1) * sizeof *t->cells);
	t->level = arena_alloc(a, (nrows + 1) * sizeof *t->level);
	memset(t->level, 0, (nrows + 1) * sizeof *t->level);
}

void task_io_tasks_table(const struct task *ts, size_t n, cal_day today,
                         const struct calendar *cal, struct arena *a, struct io_table *out)
{
	static const char *header[] = {
		"Mã", "Nhiệm vụ", "Đơn vị", "Người được giao", "Lãnh đạo phụ trách", "Bắt đầu",
		"Thời hạn", "Thời hạn giao ban đầu", "Tiến độ (%)", "Ngày hoàn thành", "Tình trạng",
		"Số ngày làm việc quá hạn",
	};
	static const double widths[] = { 10, 48, 24, 24, 24, 12, 12, 12, 10, 14, 26, 12 };
	table(out, a, "Nhiệm vụ", header, widths, 12, n);
	for (size_t i = 0; i < n; i++) {
		const struct task *t = &ts[i];
		struct io_cell *c = &out->cells[i * 12];
		c[0] = text(t->ref ? t->ref : arena_printf(a, "%lld", (long long)t->id));
		c[1] = text(t->title);
		c[2] = text(t->unit_name);
		c[3] = text(t->assignee_name);
		c[4] = text(t->leader_name);
		c[5] = text(day_text(a, t->start_day));
		c[6] = text(day_text(a, t->due_day));
		c[7] = text(day_text(a, t->original_day));
		c[8] = num(t->progress);
		c[9] = text(day_text(a, t->completed_day));
		c[10] = text(status_vi[task_status_of(t, today)]);
		c[11] = num((double)task_working_days_late(cal, t, today));
	}
}

void task_io_scorecard_table(const struct task_score *rows, size_t n, bool units,
                             struct arena *a, struct io_table *out)
{
	static const char *header[] = {
		"Hạng", "Đơn vị / Lãnh đạo", "Đúng hạn", "Quá hạn (đã xong)", "Trong hạn",
		"Quá hạn (chưa xong)", "Tỷ lệ đúng hạn (%)", "Chỉ tiêu", "Chỉ tiêu đạt / đúng tiến độ",
		"Số ngày quá hạn lâu nhất", "Chưa hoàn thành nhiệm vụ",
	};
	static const double widths[] = { 6, 40, 10, 12, 10, 12, 14, 10, 14, 14, 40 };
	table(out, a, units ? "Xếp hạng đơn vị" : "Lãnh đạo phụ trách", header, widths, 11, n);
	for (size_t i = 0; i < n; i++) {
		const struct task_score *r = &rows[i];
		struct io_cell *c = &out->cells[i * 11];
		c[0] = num((double)(i + 1));
		c[1] = text(r->name);
		c[2] = num((double)r->c.on_time);
		c[3] = num((double)r->c.late);
		c[4] = num((double)r->c.in_progress);
		c[5] = num((double)r->c.overdue);
		if (r->on_time_pct >= 0)
			c[6] = (struct io_cell){ .kind = IO_PERCENT, .num = r->on_time_pct };
		if (units) {
			c[7] = num(r->targets);
			c[8] = num(r->targets_on_track);
		}
		c[9] = num((double)r->max_late);
		const char *why = r->failures == 0 ? NULL
			: r->failures == (TASK_DUTY_RATE | TASK_DUTY_LONG_OVERDUE)
			  ? "Tỷ lệ đúng hạn dưới 70 %; có nhiệm vụ quá hạn trên 20 ngày làm việc"
			: r->failures & TASK_DUTY_RATE ? "Tỷ lệ đúng hạn dưới 70 %"
			: "Có nhiệm vụ quá hạn trên 20 ngày làm việc";
		c[10] = text(why);
	}
}
