/*
 * svg_chart.c: bullet charts and trend lines as inline SVG (see svg_chart.h).
 *
 * Colours are classes styled in app.css (.chart .b-value, .t-line...), each
 * with a presentation attribute as fallback, never a style attribute.  The
 * text inside an <svg role="img"> is not read by screen readers; the title,
 * the description and the data table beside the chart carry the numbers.
 */
#include "web/svg_chart.h"

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "http/html.h"

/* ---- shared ------------------------------------------------------------- */

static bool present(double v)
{
	return isfinite(v);
}

/* The <svg> opening with its accessible name and description. */
static void chart_open(struct html *h, const char *id, const char *base_class,
                       const char *css_class, int width, int height, const char *title,
                       const char *desc)
{
	html_rawf(h, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
	             "width=\"%d\" height=\"%d\" preserveAspectRatio=\"xMinYMid meet\" "
	             "role=\"img\" focusable=\"false\" class=\"chart %s",
	          width, height, width, height, base_class);
	if (css_class && *css_class) {
		html_raw(h, " ");
		html_attr(h, css_class);
	}
	html_raw(h, "\" aria-labelledby=\"");
	html_attr(h, id);
	html_raw(h, "-t");
	if (desc) {
		html_raw(h, " ");
		html_attr(h, id);
		html_raw(h, "-d");
	}
	html_raw(h, "\"><title id=\"");
	html_attr(h, id);
	html_raw(h, "-t\">");
	html_txt(h, title ? title : "");
	html_raw(h, "</title>");
	if (desc) {
		html_raw(h, "<desc id=\"");
		html_attr(h, id);
		html_raw(h, "-d\">");
		html_txt(h, desc);
		html_raw(h, "</desc>");
	}
}

/* A "nice" step (1, 2 or 5 × 10^k) for about N ticks over RANGE. */
static double nice_step(double range, int n)
{
	if (!(range > 0))
		return 1;
	double raw = range / n;
	double mag = pow(10, floor(log10(raw)));
	double f = raw / mag;
	double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
	return nice * mag;
}

/* ---- bullet ------------------------------------------------------------- */

enum { B_W = 300, B_H = 36, B_PAD = 4, B_SCALE_H = 18 };

void svg_bullet(struct html *h, const char *id, const char *css_class, double value,
                double target_low, double target_high, double forecast, double max,
                const char *title, const char *desc)
{
	svg_bullet_ex(h, id, css_class, value, target_low, target_high, forecast, max, NAN, NULL,
	              NULL, title, desc);
}

void svg_bullet_ex(struct html *h, const char *id, const char *css_class, double value,
                   double target_low, double target_high, double forecast, double max,
                   double needed, svg_numfmt fmt, void *ctx, const char *title,
                   const char *desc)
{
	double lo = 0, hi = 0;
	const double figures[] = { value, target_low, target_high, forecast };
	for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++) {
		if (!present(figures[i]))
			continue;
		if (figures[i] < lo)
			lo = figures[i];
		if (figures[i] > hi)
			hi = figures[i];
	}
	/* Headroom so that a mark at the end stays visible. */
	hi = hi > 0 ? hi * 1.1 : 1;
	if (present(max) && max > hi)
		hi = max;
	if (lo < 0)
		lo *= 1.1;
	double span = hi - lo, w = B_W - 2 * B_PAD;
#define BX(v) (B_PAD + ((v) - lo) / span * w)

	if (present(needed) && needed > hi)
		hi = needed * 1.1;
	chart_open(h, id, "bullet", css_class, B_W, fmt ? B_H + B_SCALE_H : B_H, title, desc);
	/* The scale, then the target range (or the target mark), the figure and the forecast. */
	html_rawf(h, "<rect class=\"b-track\" x=\"%d\" y=\"6\" width=\"%d\" height=\"24\" "
	             "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1\"/>",
	          B_PAD, B_W - 2 * B_PAD);
	if (present(target_low) && present(target_high)) {
		double a = BX(target_low), b = BX(target_high);
		html_rawf(h, "<rect class=\"b-range\" x=\"%.1f\" y=\"6\" width=\"%.1f\" height=\"24\" "
		             "fill=\"currentColor\" fill-opacity=\".25\"/>",
		          a, b - a > 1 ? b - a : 1);
	}
	if (lo < 0)
		html_rawf(h, "<line class=\"b-zero\" x1=\"%.1f\" x2=\"%.1f\" y1=\"6\" y2=\"30\" "
		             "stroke=\"currentColor\" stroke-width=\"1\"/>",
		          BX(0), BX(0));
	if (present(value)) {
		double a = BX(value < 0 ? value : 0), b = BX(value < 0 ? 0 : value);
		html_rawf(h, "<rect class=\"b-value\" x=\"%.1f\" y=\"13\" width=\"%.1f\" height=\"10\" "
		             "fill=\"currentColor\"/>",
		          a, b - a > 1 ? b - a : 1);
	}
	if (present(target_low)) {
		double x = BX(target_low);
		html_rawf(h, "<line class=\"b-target\" x1=\"%.1f\" x2=\"%.1f\" y1=\"2\" y2=\"34\" "
		             "stroke=\"currentColor\" stroke-width=\"3\"/>",
		          x, x);
		if (present(target_high)) {
			x = BX(target_high);
			html_rawf(h, "<line class=\"b-target\" x1=\"%.1f\" x2=\"%.1f\" y1=\"2\" y2=\"34\" "
			             "stroke=\"currentColor\" stroke-width=\"3\"/>",
			          x, x);
		}
	}
	if (present(needed)) {
		/* What the figure should be by now, were the year's target spread evenly. */
		double x = BX(needed);
		html_rawf(h, "<line class=\"b-needed\" x1=\"%.1f\" x2=\"%.1f\" y1=\"8\" y2=\"28\" "
		             "stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>",
		          x, x);
	}
	if (fmt) {
		/* The scale: where it starts, and the target, so the bar's length reads as a number. */
		const double ticks[] = { lo < 0 ? lo : 0, target_low, target_high };
		html_rawf(h, "<g class=\"t-text\" fill=\"currentColor\" font-size=\"12\">");
		for (size_t i = 0; i < 3; i++) {
			if (!present(ticks[i]) || (i == 2 && !present(target_low)))
				continue;
			char buf[64] = "";
			fmt(ctx, ticks[i], buf, sizeof buf);
			double x = BX(ticks[i]);
			html_rawf(h, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">", x, B_H + 12,
			          i == 0 ? "start" : x > B_W - 40 ? "end" : "middle");
			html_txt(h, buf);
			html_raw(h, "</text>");
		}
		html_raw(h, "</g>");
	}
	if (present(forecast)) {
		double x = BX(forecast);
		/* A hollow diamond: told apart from the target bar by its shape. */
		html_rawf(h, "<path class=\"b-forecast\" d=\"M%.1f 10 L%.1f 18 L%.1f 26 L%.1f 18 Z\" "
		             "fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
		          x, x + 7, x, x - 7);
	}
#undef BX
	html_raw(h, "</svg>");
}

/* ---- trend -------------------------------------------------------------- */

enum { T_W = 640, T_H = 260, T_LEFT = 64, T_RIGHT = 12, T_TOP = 30, T_BOTTOM = 34 };

void svg_trend(struct html *h, const char *id, const char *css_class, const double *values,
               int periods, const char *const *labels, double target_low, double target_high,
               svg_numfmt fmt, void *ctx, const char *title, const char *desc)
{
	svg_trend_ex(h, id, css_class, values, periods, labels, target_low, target_high, NAN, NULL,
	             fmt, ctx, title, desc);
}

void svg_trend_ex(struct html *h, const char *id, const char *css_class, const double *values,
                  int periods, const char *const *labels, double target_low, double target_high,
                  double projection, const char *unit, svg_numfmt fmt, void *ctx,
                  const char *title, const char *desc)
{
	if (periods < 1)
		periods = 1;
	double lo = 0, hi = 0;
	for (int i = 0; i < periods; i++) {
		if (!present(values[i]))
			continue;
		if (values[i] < lo)
			lo = values[i];
		if (values[i] > hi)
			hi = values[i];
	}
	const double marks[] = { target_low, target_high };
	if (present(projection)) {
		if (projection < lo)
			lo = projection;
		if (projection > hi)
			hi = projection;
	}
	for (size_t i = 0; i < 2; i++) {
		if (!present(marks[i]))
			continue;
		if (marks[i] < lo)
			lo = marks[i];
		if (marks[i] > hi)
			hi = marks[i];
	}
	if (hi <= lo)
		hi = lo + 1;
	double step = nice_step(hi - lo, 4);
	lo = floor(lo / step) * step;
	hi = ceil(hi * 1.05 / step) * step;
	if (hi <= lo)
		hi = lo + step;
	double pw = T_W - T_LEFT - T_RIGHT, ph = T_H - T_TOP - T_BOTTOM;
	double base = T_TOP + ph;
#define TY(v) (T_TOP + (hi - (v)) / (hi - lo) * ph)
#define TX(i) (T_LEFT + ((i) + 0.5) * pw / periods)

	chart_open(h, id, "trend", css_class, T_W, T_H, title, desc);
	/* Grid and y labels. */
	html_raw(h, "<g class=\"t-grid\" stroke=\"currentColor\" stroke-width=\"1\" "
	            "stroke-opacity=\".35\">");
	for (double v = lo; v <= hi + step / 2; v += step)
		html_rawf(h, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", T_LEFT,
		          T_W - T_RIGHT, TY(v), TY(v));
	html_raw(h, "</g><g class=\"t-text\" fill=\"currentColor\" font-size=\"14\" "
	            "text-anchor=\"end\">");
	for (double v = lo; v <= hi + step / 2; v += step) {
		char buf[64] = "";
		if (fmt)
			fmt(ctx, fabs(v) < step / 1e6 ? 0 : v, buf, sizeof buf);
		else
			snprintf(buf, sizeof buf, "%g", v);
		html_rawf(h, "<text x=\"%d\" y=\"%.1f\">", T_LEFT - 6, TY(v) + 4);
		html_txt(h, buf);
		html_raw(h, "</text>");
	}
	html_raw(h, "</g><g class=\"t-text\" fill=\"currentColor\" font-size=\"14\" "
	            "text-anchor=\"middle\">");
	for (int i = 0; i < periods; i++) {
		html_rawf(h, "<text class=\"t-x\" x=\"%.1f\" y=\"%d\">", TX(i), T_H - 12);
		html_txt(h, labels && labels[i] ? labels[i] : "");
		html_raw(h, "</text>");
	}
	html_rawf(h, "</g><line class=\"t-axis\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" "
	             "stroke=\"currentColor\" stroke-width=\"1.5\"/>",
	          T_LEFT, T_W - T_RIGHT, base, base);
	/* The target: a band for a range, a dashed line otherwise. */
	if (present(target_low) && present(target_high))
		html_rawf(h, "<rect class=\"t-range\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
		             "height=\"%.1f\" fill=\"currentColor\" fill-opacity=\".2\"/>",
		          T_LEFT, TY(target_high), pw, TY(target_low) - TY(target_high));
	for (size_t i = 0; i < 2; i++)
		if (present(marks[i]))
			html_rawf(h, "<line class=\"t-target\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" "
			             "y2=\"%.1f\" stroke=\"currentColor\" stroke-width=\"2.5\" "
			             "stroke-dasharray=\"8 5\"/>",
			          T_LEFT, T_W - T_RIGHT, TY(marks[i]), TY(marks[i]));
	/* The figures: a line through consecutive reported periods, a dot on each. */
	bool open = false;
	for (int i = 0; i < periods; i++) {
		if (!present(values[i])) {
			if (open)
				html_raw(h, "\"/>");
			open = false;
			continue;
		}
		if (!open)
			html_raw(h, "<polyline class=\"t-line\" fill=\"none\" stroke=\"currentColor\" "
			            "stroke-width=\"2.5\" points=\"");
		html_rawf(h, "%s%.1f,%.1f", open ? " " : "", TX(i), TY(values[i]));
		open = true;
	}
	if (open)
		html_raw(h, "\"/>");
	/* The projection: from the last reported period to the year-end forecast, dashed. */
	int last = -1;
	for (int i = 0; i < periods; i++)
		if (present(values[i]))
			last = i;
	if (present(projection) && last >= 0 && last < periods - 1) {
		html_rawf(h, "<line class=\"t-projection\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
		             "y2=\"%.1f\" stroke=\"currentColor\" stroke-width=\"2\" "
		             "stroke-dasharray=\"4 4\"/>",
		          TX(last), TY(values[last]), TX(periods - 1), TY(projection));
		html_rawf(h, "<path class=\"b-forecast\" d=\"M%.1f %.1f l7 7 l-7 7 l-7 -7 Z\" "
		             "fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
		          TX(periods - 1), TY(projection) - 7);
	}
	if (unit && *unit) {
		/* The unit, at the top of the value axis. */
		html_rawf(h, "<text class=\"t-text t-unit\" x=\"%d\" y=\"%d\" fill=\"currentColor\" "
		             "font-size=\"13\">", 2, 13);
		html_txt(h, unit);
		html_raw(h, "</text>");
	}
	html_raw(h, "<g class=\"t-point\" fill=\"currentColor\">");
	for (int i = 0; i < periods; i++)
		if (present(values[i]))
			html_rawf(h, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", TX(i), TY(values[i]));
	html_raw(h, "</g>");
#undef TX
#undef TY
	html_raw(h, "</svg>");
}

/* ---- stacked bars ---------------------------------------------------------- */

void svg_stacked_bars(struct html *h, const char *id, const char *title, const char *desc,
                      const char *const *labels, size_t nrows, const double *values,
                      size_t nparts, const char *const *cls)
{
	/* Label baseline at 18 of a 44-unit row, the bar from 22 to 38: room for
	 * the label at the larger size phones get without touching a bar. */
	enum { W = 640, ROW = 44, LABEL_Y = 18, BAR_Y = 22, BAR_H = 16 };
	int height = (int)nrows * ROW + 4;
	chart_open(h, id, "bars", NULL, W, height, title, desc);
	double max = 0;
	for (size_t i = 0; i < nrows; i++) {
		double sum = 0;
		for (size_t k = 0; k < nparts; k++)
			sum += values[i * nparts + k] > 0 ? values[i * nparts + k] : 0;
		if (sum > max)
			max = sum;
	}
	if (max <= 0)
		max = 1;
	for (size_t i = 0; i < nrows; i++) {
		int y = (int)i * ROW;
		html_rawf(h, "<text class=\"bar-label\" x=\"0\" y=\"%d\" fill=\"currentColor\" "
		             "font-size=\"14\">", y + LABEL_Y);
		html_txt(h, labels[i] ? labels[i] : "");
		html_raw(h, "</text>");
		double x = 0;
		for (size_t k = 0; k < nparts; k++) {
			double v = values[i * nparts + k];
			if (!(v > 0))
				continue;
			double w = (W - 4) * v / max;
			html_raw(h, "<rect class=\"st-");
			html_attr(h, cls[k]);
			html_rawf(h, " seg\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
			             "fill=\"currentColor\"/>", x, y + BAR_Y, w, BAR_H);
			x += w;
		}
	}
	html_raw(h, "</svg>");
}
