/*
 * test_feedback.c: the pure rules of citizen feedback — states and their
 * transitions, routing, deadlines in working days, lateness, re-opening,
 * checks, follow-up codes — and photos re-encoded without their metadata.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>

#include "feedback/feedback.h"
#include "feedback/feedback_photo.h"

static cal_day day(int y, int m, int d)
{
	cal_day out;
	assert_true(cal_from_ymd(y, m, d, &out));
	return out;
}

static void transitions(void **state)
{
	(void)state;
	enum fb_state to;
	assert_true(fb_transition(FB_RECEIVED, FB_ACT_ASSIGN, &to));
	assert_int_equal(to, FB_ASSIGNED);
	assert_false(fb_transition(FB_RECEIVED, FB_ACT_ANSWER, &to));   /* nobody owns it yet */
	assert_false(fb_transition(FB_RECEIVED, FB_ACT_START, &to));
	assert_true(fb_transition(FB_ASSIGNED, FB_ACT_START, &to));
	assert_int_equal(to, FB_IN_PROGRESS);
	assert_true(fb_transition(FB_IN_PROGRESS, FB_ACT_ASSIGN, &to));
	assert_int_equal(to, FB_IN_PROGRESS);   /* re-routing keeps the work going */
	assert_true(fb_transition(FB_ASSIGNED, FB_ACT_PROGRESS, &to));
	assert_int_equal(to, FB_IN_PROGRESS);
	assert_true(fb_transition(FB_IN_PROGRESS, FB_ACT_ANSWER, &to));
	assert_int_equal(to, FB_ANSWERED);
	assert_true(fb_transition(FB_ANSWERED, FB_ACT_CLOSE, &to));
	assert_int_equal(to, FB_CLOSED);
	assert_true(fb_transition(FB_CLOSED, FB_ACT_REOPEN, &to));
	assert_int_equal(to, FB_REOPENED);
	assert_true(fb_transition(FB_ANSWERED, FB_ACT_REOPEN, &to));
	assert_false(fb_transition(FB_IN_PROGRESS, FB_ACT_REOPEN, &to));
	assert_true(fb_transition(FB_REOPENED, FB_ACT_ANSWER, &to));
	assert_true(fb_transition(FB_RECEIVED, FB_ACT_REJECT, &to));
	assert_int_equal(to, FB_REJECTED);
	assert_true(fb_transition(FB_ASSIGNED, FB_ACT_DUPLICATE, &to));
	assert_int_equal(to, FB_DUPLICATE);
	/* The ends stay ends. */
	for (int a = 0; a < FB_ACT_COUNT; a++) {
		assert_false(fb_transition(FB_REJECTED, (enum fb_action)a, &to));
		assert_false(fb_transition(FB_DUPLICATE, (enum fb_action)a, &to));
	}
	assert_false(fb_transition(FB_CLOSED, FB_ACT_ANSWER, &to));
	assert_false(fb_transition(FB_ANSWERED, FB_ACT_REJECT, &to));
	assert_false(fb_transition(FB_ASSIGNED, FB_ACT_CLOSE, &to));
}

static void names_round_trip(void **state)
{
	(void)state;
	for (int s = 0; s < FB_STATE_COUNT; s++)
		assert_int_equal(fb_state_parse(fb_state_name((enum fb_state)s)), s);
	for (int c = 0; c < FB_CH_COUNT; c++)
		assert_int_equal(fb_channel_parse(fb_channel_name((enum fb_channel)c)), c);
	for (int a = 0; a < FB_ACT_COUNT; a++)
		assert_int_equal(fb_action_parse(fb_action_name((enum fb_action)a)), a);
	assert_int_equal(fb_state_parse("open"), -1);
	assert_int_equal(fb_state_parse(NULL), -1);
	assert_string_equal(fb_open311_status(FB_REOPENED), "open");
	assert_string_equal(fb_open311_status(FB_ANSWERED), "closed");
	assert_string_equal(fb_open311_status(FB_DUPLICATE), "closed");
}

static void routing(void **state)
{
	(void)state;
	const struct feedback_rule rules[] = {
		{ 1, NULL, 0, 100 },            /* catch-all: the district office */
		{ 2, NULL, 7, 700 },            /* anything in ward 7: the ward */
		{ 3, "flooding", 0, 200 },      /* flooding anywhere: urban management */
		{ 4, "flooding", 7, 777 },      /* flooding in ward 7: its drainage team */
	};
	assert_int_equal(fb_route(rules, 4, "flooding", 7), 777);
	assert_int_equal(fb_route(rules, 4, "flooding", 8), 200);
	assert_int_equal(fb_route(rules, 4, "noise", 7), 700);
	assert_int_equal(fb_route(rules, 4, "noise", 8), 100);
	assert_int_equal(fb_route(rules, 1 + 0, "noise", 8), 100);
	assert_int_equal(fb_route(rules + 1, 1, "noise", 8), 0);   /* no rule: unrouted */
	assert_int_equal(fb_route(NULL, 0, "noise", 8), 0);
	/* The order of the rules does not matter, the most specific wins. */
	const struct feedback_rule reversed[] = { rules[3], rules[2], rules[1], rules[0] };
	assert_int_equal(fb_route(reversed, 4, "flooding", 7), 777);
	assert_int_equal(fb_route(reversed, 4, "waste", 7), 700);
}

static void deadlines_in_working_days(void **state)
{
	(void)state;
	const struct calendar cal = { NULL, 0 };
	cal_day due;
	/* Friday 4/12/2026 + 5 working days: Friday 11/12. */
	assert_true(fb_due(&cal, day(2026, 12, 4), 5, &due));
	assert_int_equal(due, day(2026, 12, 11));
	/* Received on Saturday: counting starts on Monday. */
	assert_true(fb_due(&cal, day(2026, 12, 5), 5, &due));
	assert_int_equal(due, day(2026, 12, 11));
	/* Across Tết 2026 (16–20/2 off): received Friday 13/2, due Friday 27/2. */
	assert_true(fb_due(&cal, day(2026, 2, 13), 5, &due));
	assert_int_equal(due, day(2026, 2, 27));
	/* 30/4 and 1/5 2026 are days off. */
	assert_true(fb_due(&cal, day(2026, 4, 28), 5, &due));
	assert_int_equal(due, day(2026, 5, 7));
}

static void lateness_and_commitments(void **state)
{
	(void)state;
	struct feedback f = { .state = FB_IN_PROGRESS, .due_day = day(2026, 12, 11) };
	assert_false(fb_is_late(&f, day(2026, 12, 11)));
	assert_true(fb_is_late(&f, day(2026, 12, 12)));
	assert_int_equal(fb_deadline(&f), day(2026, 12, 11));
	/* A unit that committed to a later date is not late until then, and that date
	 * is the one its report is queued by. */
	f.committed_day = day(2026, 12, 18);
	assert_int_equal(fb_deadline(&f), day(2026, 12, 18));
	assert_false(fb_is_late(&f, day(2026, 12, 14)));
	assert_true(fb_is_late(&f, day(2026, 12, 19)));
	/* An answered report is no longer late; on time only if answered by the deadline. */
	f.state = FB_ANSWERED;
	assert_false(fb_is_late(&f, day(2026, 12, 30)));
	f.answered_at = 1;
	f.answered_day = day(2026, 12, 11);
	assert_true(fb_answered_on_time(&f));
	f.answered_day = day(2026, 12, 14);
	assert_false(fb_answered_on_time(&f));
	f.answered_at = 0;
	assert_false(fb_answered_on_time(&f));
}

static void citizen_reopen_window(void **state)
{
	(void)state;
	struct feedback f = { .state = FB_ANSWERED, .answered_day = day(2026, 12, 1), .answered_at = 1 };
	assert_true(fb_citizen_may_reopen(&f, day(2026, 12, 1), 30));
	assert_true(fb_citizen_may_reopen(&f, day(2026, 12, 31), 30));
	assert_false(fb_citizen_may_reopen(&f, day(2027, 1, 1), 30));
	f.state = FB_CLOSED;
	assert_true(fb_citizen_may_reopen(&f, day(2026, 12, 2), 30));
	f.state = FB_IN_PROGRESS;
	assert_false(fb_citizen_may_reopen(&f, day(2026, 12, 2), 30));
	f.state = FB_REJECTED;
	assert_false(fb_citizen_may_reopen(&f, day(2026, 12, 2), 30));
}

static void checks(void **state)
{
	(void)state;
	const char *field, *detail;
	struct feedback f = { .category = "flooding", .ward_id = 3, .address = "12 Lê Văn Việt",
	                      .description = "Nước ngập sâu 40 cm sau mưa." };
	assert_true(fb_check(&f, &field, &detail));
	f.description = "ngập";
	assert_false(fb_check(&f, &field, &detail));
	assert_string_equal(field, "description");
	f.description = "Nước ngập sâu 40 cm sau mưa.";
	f.address = NULL;
	assert_false(fb_check(&f, &field, &detail));
	assert_string_equal(field, "address");
	f.has_point = true;
	f.lat = 10.84;
	f.lon = 106.77;
	assert_true(fb_check(&f, &field, &detail));
	f.lat = 91;
	assert_false(fb_check(&f, &field, &detail));
	assert_string_equal(field, "lat");
	f.lat = 10.84;
	f.contact_email = "not an address";
	assert_false(fb_check(&f, &field, &detail));
	assert_string_equal(field, "contact_email");
	f.contact_email = "dan@example.vn";
	f.ward_id = 0;
	assert_false(fb_check(&f, &field, &detail));
	assert_string_equal(field, "ward_id");
	f.ward_id = 3;
	f.category = "";
	assert_false(fb_check(&f, &field, &detail));
	assert_string_equal(field, "category");
	char big[FB_DESCRIPTION_MAX + 2];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	f.category = "waste";
	f.description = big;
	assert_false(fb_check(&f, &field, &detail));
	assert_string_equal(field, "description");
}

static void follow_up_codes(void **state)
{
	(void)state;
	const unsigned char zero[8] = { 0 }, ones[8] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
	char c[FB_CODE_LEN + 1], n[FB_CODE_LEN + 1];
	fb_code_from_bytes(zero, c);
	assert_string_equal(c, "0000000000");
	fb_code_from_bytes(ones, c);
	assert_int_equal(strlen(c), FB_CODE_LEN);
	assert_true(fb_code_normalise(c, n));
	assert_string_equal(c, n);
	/* What people type: lower case, groups, the letters that look like digits. */
	assert_true(fb_code_normalise("k7f3-9qpx oi", n));
	assert_string_equal(n, "K7F39QPX01");
	assert_false(fb_code_normalise("K7F39QPX0", n));      /* short */
	assert_false(fb_code_normalise("K7F39QPX0111", n));   /* long */
	assert_false(fb_code_normalise("K7F39QPX0U", n));     /* U is not in the alphabet */
	assert_false(fb_code_normalise("K7F39QPX0'", n));
	assert_false(fb_code_normalise(NULL, n));
}

/* ---- photos ---- */

/* A 16×8 JPEG with an APP1 "Exif" segment carrying a GPS-like marker. */
static unsigned char *jpeg_with_exif(size_t *len)
{
	struct jpeg_compress_struct c;
	struct jpeg_error_mgr e;
	unsigned char *buf = NULL;
	unsigned long n = 0;
	c.err = jpeg_std_error(&e);
	jpeg_create_compress(&c);
	jpeg_mem_dest(&c, &buf, &n);
	c.image_width = 16;
	c.image_height = 8;
	c.input_components = 3;
	c.in_color_space = JCS_RGB;
	jpeg_set_defaults(&c);
	jpeg_start_compress(&c, TRUE);
	static const char exif[] = "Exif\0\0GPSLatitude=10.8412N;GPSLongitude=106.7701E";
	jpeg_write_marker(&c, JPEG_APP0 + 1, (const JOCTET *)exif, sizeof exif);
	jpeg_write_marker(&c, JPEG_COM, (const JOCTET *)"serial 12345", 12);
	unsigned char row[16 * 3];
	for (int i = 0; i < 16 * 3; i++)
		row[i] = (unsigned char)(i * 5);
	while (c.next_scanline < c.image_height) {
		JSAMPROW r = row;
		jpeg_write_scanlines(&c, &r, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_destroy_compress(&c);
	*len = n;
	return buf;
}

static bool contains(const unsigned char *h, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(h + i, needle, k) == 0)
			return true;
	return false;
}

static void photo_jpeg_loses_metadata(void **state)
{
	(void)state;
	size_t len;
	unsigned char *in = jpeg_with_exif(&len);
	assert_true(contains(in, len, "GPSLatitude"));
	unsigned char *out;
	size_t out_len;
	const char *mime, *problem = NULL;
	assert_true(fb_photo_clean(in, len, &out, &out_len, &mime, &problem));
	assert_string_equal(mime, "image/jpeg");
	assert_true(out_len > 100);
	assert_false(contains(out, out_len, "GPSLatitude"));
	assert_false(contains(out, out_len, "Exif"));
	assert_false(contains(out, out_len, "serial 12345"));
	free(out);
	/* Truncated: refused, nothing allocated. */
	assert_false(fb_photo_clean(in, len / 3, &out, &out_len, &mime, &problem));
	assert_null(out);
	assert_non_null(problem);
	free(in);
}

static void photo_png_loses_text_chunks(void **state)
{
	(void)state;
	/* A 2×2 PNG written with a tEXt chunk through libpng's full API. */
	FILE *mem;
	char *buf = NULL;
	size_t len = 0;
	mem = open_memstream(&buf, &len);
	png_structp p = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = png_create_info_struct(p);
	png_init_io(p, mem);
	png_set_IHDR(p, info, 2, 2, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
	             PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_text t = { .compression = PNG_TEXT_COMPRESSION_NONE, .key = (char *)(uintptr_t)"Comment",
	               .text = (char *)(uintptr_t)"GPS 10.84,106.77" };
	png_set_text(p, info, &t, 1);
	png_write_info(p, info);
	unsigned char row[6] = { 1, 2, 3, 4, 5, 6 };
	png_write_row(p, row);
	png_write_row(p, row);
	png_write_end(p, info);
	png_destroy_write_struct(&p, &info);
	fclose(mem);
	assert_true(contains((unsigned char *)buf, len, "GPS 10.84"));
	unsigned char *out;
	size_t out_len;
	const char *mime, *problem;
	assert_true(fb_photo_clean((unsigned char *)buf, len, &out, &out_len, &mime, &problem));
	assert_string_equal(mime, "image/png");
	assert_false(contains(out, out_len, "GPS 10.84"));
	assert_false(contains(out, out_len, "tEXt"));
	free(out);
	free(buf);
}

static void photo_other_types_refused(void **state)
{
	(void)state;
	unsigned char *out;
	size_t out_len;
	const char *mime, *problem = NULL;
	const unsigned char gif[] = "GIF89a\x01\x00\x01\x00";
	assert_false(fb_photo_clean(gif, sizeof gif, &out, &out_len, &mime, &problem));
	assert_string_equal(problem, "A photo must be a JPEG or PNG image.");
	const unsigned char html[] = "<script>alert(1)</script>";
	assert_false(fb_photo_clean(html, sizeof html, &out, &out_len, &mime, &problem));
	assert_false(fb_photo_clean(gif, 0, &out, &out_len, &mime, &problem));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(transitions),
		cmocka_unit_test(names_round_trip),
		cmocka_unit_test(routing),
		cmocka_unit_test(deadlines_in_working_days),
		cmocka_unit_test(lateness_and_commitments),
		cmocka_unit_test(citizen_reopen_window),
		cmocka_unit_test(checks),
		cmocka_unit_test(follow_up_codes),
		cmocka_unit_test(photo_jpeg_loses_metadata),
		cmocka_unit_test(photo_png_loses_text_chunks),
		cmocka_unit_test(photo_other_types_refused),
	};
	return cmocka_run_group_tests_name("feedback", tests, NULL, NULL);
}
