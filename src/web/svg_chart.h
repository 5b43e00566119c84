/*
 * svg_chart.h: charts drawn by the server as inline SVG — a bullet chart
 * (a figure against its target or range, with the forecast marked) and a
 * trend line (the figure per period, with the target line).
 *
 * Each chart is one <svg role="img" aria-labelledby="ID-t ID-d"> with its
 * <title> and <desc>; the caller puts a data table with the same numbers
 * beside it.  No script, no style attribute (the CSP forbids inline
 * styles): colours come from classes in app.css (so the high-contrast theme
 * applies) with presentation attributes (fill="currentColor") as fallback.
 * Vector only, so the charts print crisp.
 */
#ifndef DIEUHANH_SVG_CHART_H
#define DIEUHANH_SVG_CHART_H

#include <stddef.h>

struct html;

/* Writes V for an axis label into BUF (language-dependent formatting). */
typedef void (*svg_numfmt)(void *ctx, double v, char *buf, size_t n);

/*
 * A bullet chart.  ID: unique id prefix on the page.  NAN for an absent
 * VALUE, TARGET_HIGH (not a range) or FORECAST.  The scale runs from
 * min(0, every figure) to MAX (or the largest figure, with headroom, when
 * MAX is NAN or smaller).  CSS_CLASS is added to the <svg> ("bullet small",
 * "st-on_track"...).
 */
void svg_bullet(struct html *h, const char *id, const char *css_class, double value,
                double target_low, double target_high, double forecast, double max,
                const char *title, const char *desc);

/*
 * svg_bullet() with NEEDED, what the figure should be by now (a thin dashed
 * mark; NAN: none), and with FMT, a scale under the bar (its start and the
 * target) so the bar's length reads as a number.
 */
void svg_bullet_ex(struct html *h, const char *id, const char *css_class, double value,
                   double target_low, double target_high, double forecast, double max,
                   double needed, svg_numfmt fmt, void *ctx, const char *title,
                   const char *desc);

/*
 * A trend line: VALUES[i] is the figure of period i+1 (NAN: not reported),
 * PERIODS of them, LABELS[i] the period's short label for the x axis;
 * TARGET_LOW (and TARGET_HIGH, NAN when not a range) drawn as a target line
 * (band).  FMT/CTX format the y-axis labels.
 */
void svg_trend(struct html *h, const char *id, const char *css_class, const double *values,
               int periods, const char *const *labels, double target_low, double target_high,
               svg_numfmt fmt, void *ctx, const char *title, const char *desc);

/*
 * svg_trend() with PROJECTION, the year-end forecast drawn dashed from the
 * last reported period to the last (NAN: none), and UNIT written at the top
 * of the value axis (NULL: none).
 */
void svg_trend_ex(struct html *h, const char *id, const char *css_class, const double *values,
                  int periods, const char *const *labels, double target_low, double target_high,
                  double projection, const char *unit, svg_numfmt fmt, void *ctx,
                  const char *title, const char *desc);

/*
 * Horizontal stacked bars, one row per LABELS[i] (NROWS of them), the label
 * written above its bar so that it keeps its size on a phone (app.css
 * enlarges svg.bars text where the chart is drawn narrow); row i has NPARTS
 * segments VALUES[i * NPARTS + k], coloured by the classes "st-CLS[k] seg".
 * The scale runs to the largest row total.  The caller gives the numbers
 * in a table too.
 */
void svg_stacked_bars(struct html *h, const char *id, const char *title, const char *desc,
                      const char *const *labels, size_t nrows, const double *values,
                      size_t nparts, const char *const *cls);

#endif
