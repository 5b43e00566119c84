/*
 * calendar_sql.h: the working calendar's statements (administrators'
 * edits of days, confirmed years, the revision), one list for both
 * engines.  See org/org_sql.h for the macros.  No include guard.
 */
SQL(CALENDAR_REVISION, "SELECT rev FROM calendar_revision WHERE id = 1")
/* Every edit, by day: a few dozen a year at most, read whole into the cache. */
SQL(CALENDAR_EDIT_ALL,
	"SELECT " DATE_TEXT("day") ", working, note FROM calendar_edit ORDER BY day")
SQL(CALENDAR_EDIT_OF_YEAR,
	"SELECT " DATE_TEXT("day") ", working, note FROM calendar_edit"
	" WHERE year = " P_INTEGER(1) " ORDER BY day")
SQL(CALENDAR_EDIT_PUT,
	"INSERT INTO calendar_edit(day, year, working, note)"
	" VALUES (" P_DATE(1) ", " P_INTEGER(2) ", " P_BOOL(3) ", " P_TEXT(4) ")"
	" ON CONFLICT (day) DO UPDATE SET working = excluded.working, note = excluded.note")
SQL(CALENDAR_EDIT_DELETE, "DELETE FROM calendar_edit WHERE day = " P_DATE(1))
SQL(CALENDAR_EDIT_COUNT,
	"SELECT count(*) FROM calendar_edit WHERE year = " P_INTEGER(1))
SQL(CALENDAR_YEAR_ALL, "SELECT year, confirmed FROM calendar_year ORDER BY year")
SQL(CALENDAR_YEAR_GET,
	"SELECT year, confirmed FROM calendar_year WHERE year = " P_INTEGER(1))
SQL(CALENDAR_YEAR_PUT,
	"INSERT INTO calendar_year(year, confirmed) VALUES (" P_INTEGER(1) ", " P_BOOL(2) ")"
	" ON CONFLICT (year) DO UPDATE SET confirmed = excluded.confirmed")
