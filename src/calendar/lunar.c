/*
 * lunar.c: the Vietnamese lunar calendar, for the two lunar holidays.
 *
 * Hồ Ngọc Đức's published algorithm: new moons from Meeus' series, the
 * sun's longitude to place the 11th month (which holds the winter
 * solstice) and the leap month, all at UTC+7 — the Vietnamese calendar
 * differs from the Chinese one (UTC+8) in some years, so the time zone is
 * part of the rule, not a detail.  Valid for the years this program
 * handles (1900–2199).
 */
#include "calendar/calendar.h"

#include <math.h>

static const double VN_TIME_ZONE = 7.0;
static const double SYNODIC_MONTH = 29.530588853;
/* The Julian day number of 1970-01-01, the zero of cal_day. */
static const long JD_UNIX_EPOCH = 2440588;

static long jd_from_ymd(int y, int m, int d)
{
	long a = (14 - m) / 12;
	long yy = y + 4800 - a;
	long mm = m + 12 * a - 3;
	return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

/* The Julian day (fractional, UT) of the K-th new moon after 1900-01-01. */
static double new_moon(long k)
{
	const double dr = M_PI / 180;
	double t = (double)k / 1236.85, t2 = t * t, t3 = t2 * t;
	double jd1 = 2415020.75933 + 29.53058868 * (double)k + 0.0001178 * t2 - 0.000000155 * t3;
	jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
	double m = 359.2242 + 29.10535608 * (double)k - 0.0000333 * t2 - 0.00000347 * t3;
	double mpr = 306.0253 + 385.81691806 * (double)k + 0.0107306 * t2 + 0.00001236 * t3;
	double f = 21.2964 + 390.67050646 * (double)k - 0.0016528 * t2 - 0.00000239 * t3;
	double c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m);
	c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr);
	c1 = c1 - 0.0004 * sin(dr * 3 * mpr);
	c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr));
	c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m));
	c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr));
	c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m));
	double deltat;
	if (t < -11)
		deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3
		         - 0.000000081 * t * t3;
	else
		deltat = -0.000278 + 0.000265 * t + 0.000262 * t2;
	return jd1 + c1 - deltat;
}

/* The sun's longitude (radians, 0–2π) at Julian day JDN (UT). */
static double sun_longitude(double jdn)
{
	const double dr = M_PI / 180;
	double t = (jdn - 2451545.0) / 36525, t2 = t * t;
	double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
	double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
	double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m);
	dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m);
	double l = (l0 + dl) * dr;
	return l - M_PI * 2 * floor(l / (M_PI * 2));
}

/* The local day (Julian day number) of the K-th new moon. */
static long new_moon_day(long k)
{
	return (long)floor(new_moon(k) + 0.5 + VN_TIME_ZONE / 24);
}

/* Which of the twelve 30° sectors the sun is in at the start of local day JD. */
static int sun_sector(long jd)
{
	return (int)floor(sun_longitude((double)jd - 0.5 - VN_TIME_ZONE / 24) / M_PI * 6);
}

/* The first day of the 11th lunar month of lunar year Y (it holds the solstice). */
static long lunar_month_11(int y)
{
	long off = jd_from_ymd(y, 12, 31) - 2415021;
	long k = (long)floor((double)off / SYNODIC_MONTH);
	long nm = new_moon_day(k);
	if (sun_sector(nm) >= 9)
		nm = new_moon_day(k - 1);
	return nm;
}

/* Months after A11 until the leap month: the first month with no major solar term. */
static int leap_month_offset(long a11)
{
	long k = (long)floor(((double)a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
	int i = 1;
	int arc = sun_sector(new_moon_day(k + i)), last;
	do {
		last = arc;
		i++;
		arc = sun_sector(new_moon_day(k + i));
	} while (arc != last && i < 14);
	return i - 1;
}

bool cal_lunar_to_solar(int day, int month, int year, cal_day *out)
{
	if (day < 1 || day > 30 || month < 1 || month > 12 || year <= CAL_MIN_YEAR
	    || year >= CAL_MAX_YEAR)
		return false;
	long a11, b11;
	if (month < 11) {
		a11 = lunar_month_11(year - 1);
		b11 = lunar_month_11(year);
	} else {
		a11 = lunar_month_11(year);
		b11 = lunar_month_11(year + 1);
	}
	long k = (long)floor(0.5 + ((double)a11 - 2415021.076998695) / SYNODIC_MONTH);
	int off = month - 11;
	if (off < 0)
		off += 12;
	/* Thirteen months between two 11th months: one of them is a leap month. */
	if (b11 - a11 > 365 && off >= leap_month_offset(a11))
		off += 1;
	long start = new_moon_day(k + off);
	*out = (cal_day)(start + day - 1 - JD_UNIX_EPOCH);
	return true;
}

cal_day cal_tet(int year)
{
	cal_day d = 0;
	(void)cal_lunar_to_solar(1, 1, year, &d);
	return d;
}
