/*
 * test_news.c: the news rules, without HTTP or a database — the editorial
 * workflow's steps and who may take them, slugs, content checks, Markdown
 * without raw HTML, the robot rule of the view counter, search ranking,
 * times, pictures checked by their bytes and their thumbnails — and the
 * view counter's exactness under threads.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <gd.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "news/news.h"
#include "news/news_image.h"
#include "news/news_service.h"
#include "util/arena.h"

static void workflow_steps_and_roles(void **state)
{
	(void)state;
	/* Writers submit and take back; only publishers approve and withdraw. */
	assert_int_equal(news_transition(NEWS_DRAFT, NEWS_REVIEW, true, false), NEWS_MOVE_OK);
	assert_int_equal(news_transition(NEWS_DRAFT, NEWS_REVIEW, false, false), NEWS_MOVE_FORBIDDEN);
	assert_int_equal(news_transition(NEWS_REVIEW, NEWS_PUBLISHED, true, false),
	                 NEWS_MOVE_FORBIDDEN);
	assert_int_equal(news_transition(NEWS_REVIEW, NEWS_PUBLISHED, false, true), NEWS_MOVE_OK);
	assert_int_equal(news_transition(NEWS_REVIEW, NEWS_DRAFT, true, false), NEWS_MOVE_OK);
	assert_int_equal(news_transition(NEWS_PUBLISHED, NEWS_WITHDRAWN, true, false),
	                 NEWS_MOVE_FORBIDDEN);
	assert_int_equal(news_transition(NEWS_PUBLISHED, NEWS_WITHDRAWN, false, true), NEWS_MOVE_OK);
	assert_int_equal(news_transition(NEWS_WITHDRAWN, NEWS_DRAFT, true, false), NEWS_MOVE_OK);
	/* No shortcuts, whoever asks. */
	assert_int_equal(news_transition(NEWS_DRAFT, NEWS_PUBLISHED, true, true),
	                 NEWS_MOVE_NOT_AN_EDGE);
	assert_int_equal(news_transition(NEWS_WITHDRAWN, NEWS_PUBLISHED, true, true),
	                 NEWS_MOVE_NOT_AN_EDGE);
	assert_int_equal(news_transition(NEWS_PUBLISHED, NEWS_DRAFT, true, true),
	                 NEWS_MOVE_NOT_AN_EDGE);
	assert_int_equal(news_transition(NEWS_DRAFT, NEWS_DRAFT, true, true), NEWS_MOVE_NOT_AN_EDGE);
	assert_true(news_editable(NEWS_DRAFT) && news_editable(NEWS_REVIEW));
	assert_false(news_editable(NEWS_PUBLISHED) || news_editable(NEWS_WITHDRAWN));
	for (int s = 0; s < NEWS_STATUS_COUNT; s++)
		assert_int_equal(news_status_parse(news_status_name((enum news_status)s)), s);
	assert_int_equal(news_status_parse("deleted"), -1);
	assert_int_equal(news_status_parse(NULL), -1);
}

static void visibility_and_schedule(void **state)
{
	(void)state;
	struct article a = { .status = NEWS_PUBLISHED, .published_at = 1000 };
	assert_true(news_visible(&a, 1000));
	assert_false(news_visible(&a, 999));   /* scheduled: not yet */
	a.status = NEWS_REVIEW;
	assert_false(news_visible(&a, 2000));
	a.status = NEWS_WITHDRAWN;
	assert_false(news_visible(&a, 2000));
}

static void slugs(void **state)
{
	(void)state;
	struct arena a = { 0 };
	assert_string_equal(news_slugify("Quận 9: Tập trung giải pháp", &a), "quan-9-tap-trung-giai-phap");
	assert_string_equal(news_slugify("Đường Đỗ Xuân Hợp — đoạn 2", &a), "duong-do-xuan-hop-doan-2");
	assert_string_equal(news_slugify("  !!  ", &a), "");
	const char *longer = news_slugify(
		"Quận 9: Tập trung giải pháp thực hiện tốt chủ đề năm 2019 “Năm đột phá cải cách "
		"hành chính và thực hiện Nghị quyết 54 của Quốc hội”", &a);
	assert_true(strlen(longer) <= NEWS_SLUG_WORDS);
	assert_true(longer[strlen(longer) - 1] != '-');
	assert_string_equal(longer, "quan-9-tap-trung-giai-phap-thuc-hien-tot-chu-de-nam-2019-nam");
	assert_true(news_slug_valid(longer));
	assert_false(news_slug_valid("Quan-9"));
	assert_false(news_slug_valid("a/b"));
	assert_false(news_slug_valid(""));
	arena_free(&a);
}

static void content_checks(void **state)
{
	(void)state;
	const char *field, *detail;
	struct article a = { .title = "Tin", .body = "Nội dung", .category = "thong-bao" };
	assert_true(news_check(&a, &field, &detail));
	a.title = "   ";
	assert_false(news_check(&a, &field, &detail));
	assert_string_equal(field, "title");
	a.title = "Tin";
	a.category = "tin-vui";
	assert_false(news_check(&a, &field, &detail));
	assert_string_equal(field, "category");
	a.category = "thong-bao";
	char *big = malloc(NEWS_BODY_MAX + 2);
	memset(big, 'x', NEWS_BODY_MAX + 1);
	big[NEWS_BODY_MAX + 1] = '\0';
	a.body = big;
	assert_false(news_check(&a, &field, &detail));
	assert_string_equal(field, "body");
	free(big);
}

static void markdown_without_raw_html(void **state)
{
	(void)state;
	char *h = news_markdown_html("## Mục\n\n**đậm** và [liên kết](https://example.org)\n\n"
	                             "<script>alert(1)</script>\n\n<b onclick=x>in</b>\n\n"
	                             "[xấu](javascript:alert(1)) ![a](data:text/html,x)");
	assert_non_null(h);
	assert_non_null(strstr(h, "<h2>Mục</h2>"));
	assert_non_null(strstr(h, "<strong>đậm</strong>"));
	assert_non_null(strstr(h, "<a href=\"https://example.org\">liên kết</a>"));
	assert_null(strstr(h, "<script"));
	assert_null(strstr(h, "onclick"));
	assert_null(strstr(h, "javascript:"));
	assert_null(strstr(h, "data:text/html"));
	free(h);
}

static void robots_are_not_readers(void **state)
{
	(void)state;
	assert_false(news_is_bot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0", NULL));
	assert_false(news_is_bot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1", NULL));
	assert_true(news_is_bot(NULL, NULL));
	assert_true(news_is_bot("", NULL));
	assert_true(news_is_bot("Mozilla/5.0 (compatible; Googlebot/2.1)", NULL));
	assert_true(news_is_bot("Mozilla/5.0 (compatible; bingbot/2.0)", NULL));
	assert_true(news_is_bot("coccocbot-web/1.0", NULL));
	assert_true(news_is_bot("facebookexternalhit/1.1", NULL));
	assert_true(news_is_bot("Zalo Link Preview", NULL));
	assert_true(news_is_bot("curl/7.88.1", NULL));
	assert_true(news_is_bot("Mozilla/5.0 HeadlessChrome/120.0", NULL));
	assert_true(news_is_bot("Mozilla/5.0 Chrome/120.0", "prefetch;prerender"));
}

static void search_ranking(void **state)
{
	(void)state;
	/* Every word must be somewhere; the title counts most, the phrase more. */
	assert_int_equal(news_search_score("quan 9", "tin khac", "khong", "khong"), 0);
	int title = news_search_score("quan 9", "quan 9 tap trung", "", "");
	int lead = news_search_score("quan 9", "tin khac", "ubnd quan 9", "");
	int body = news_search_score("quan 9", "tin khac", "", "ubnd quan 9 hop");
	assert_true(title > lead && lead > body && body > 0);
	/* Whole words: "quan" is not found inside "quanh". */
	assert_int_equal(news_search_score("quan", "xung quanh", "", ""), 0);
}

static void times(void **state)
{
	(void)state;
	int64_t t;
	assert_true(news_time_parse("2019-01-17T20:50", &t));
	assert_int_equal(t, 1547733000);   /* 13:50 UTC */
	assert_true(news_time_parse("2019-01-17T20:50:00+07:00", &t));
	assert_int_equal(t, 1547733000);
	assert_true(news_time_parse("2019-01-17T13:50:00Z", &t));
	assert_int_equal(t, 1547733000);
	assert_false(news_time_parse("17/01/2019", &t));
	assert_false(news_time_parse("2019-13-01T00:00", &t));
	assert_false(news_time_parse("2019-01-17T20:50 và", &t));
	char buf[40];
	news_time_rfc3339(1547733000, buf, sizeof buf);
	assert_string_equal(buf, "2019-01-17T20:50:00+07:00");
}

/* A PNG W×H drawn by libgd; gdFree the result. */
static void *png(int w, int h, int *size)
{
	gdImagePtr im = gdImageCreateTrueColor(w, h);
	gdImageFilledRectangle(im, 0, 0, w - 1, h - 1, gdImageColorAllocate(im, 200, 10, 10));
	void *p = gdImagePngPtr(im, size);
	gdImageDestroy(im);
	return p;
}

static void pictures_by_their_bytes(void **state)
{
	(void)state;
	int size;
	void *p = png(1000, 500, &size);
	struct news_image_info info;
	assert_true(news_image_inspect(p, (size_t)size, &info));
	assert_string_equal(info.mime, "image/png");
	assert_int_equal(info.width, 1000);
	size_t tlen;
	unsigned char *t = news_image_thumbnail(p, (size_t)size, &info, 480, &tlen);
	assert_non_null(t);
	struct news_image_info ti;
	assert_true(news_image_inspect(t, tlen, &ti));
	assert_int_equal(ti.width, 480);
	assert_int_equal(ti.height, 240);
	free(t);
	/* Truncated, or not a picture at all: refused, never a crash. */
	assert_false(news_image_inspect(p, (size_t)size / 2, &info));
	assert_false(news_image_inspect((const unsigned char *)"<svg onload=alert(1)>", 21, &info));
	assert_false(news_image_inspect((const unsigned char *)"\xFF\xD8\xFF", 3, &info));
	assert_false(news_image_inspect(NULL, 0, &info));
	gdFree(p);
}

/* A JPEG W×H from libgd with an EXIF segment carrying a position spliced in after SOI. */
static unsigned char *jpeg_with_exif(int w, int h, size_t *len)
{
	gdImagePtr im = gdImageCreateTrueColor(w, h);
	gdImageFilledRectangle(im, 0, 0, w - 1, h - 1, gdImageColorAllocate(im, 10, 120, 200));
	int size;
	unsigned char *p = gdImageJpegPtr(im, &size, 90);
	gdImageDestroy(im);
	static const char exif[] = "Exif\0\0GPSLatitude 10/1 50/1 28/1 N serial 4242";
	size_t seg = 2 + sizeof exif;
	unsigned char *out = malloc((size_t)size + 2 + seg);
	memcpy(out, p, 2);
	out[2] = 0xFF, out[3] = 0xE1, out[4] = (unsigned char)(seg >> 8), out[5] = (unsigned char)seg;
	memcpy(out + 6, exif, sizeof exif);
	memcpy(out + 6 + sizeof exif, p + 2, (size_t)size - 2);
	*len = (size_t)size + 2 + seg;
	gdFree(p);
	return out;
}

static bool holds(const unsigned char *b, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(b + i, needle, n) == 0)
			return true;
	return false;
}

static void pictures_are_encoded_afresh_and_bounded(void **state)
{
	(void)state;
	size_t len;
	unsigned char *j = jpeg_with_exif(3000, 1500, &len);
	assert_true(holds(j, len, "GPSLatitude"));
	struct news_image_info info;
	assert_true(news_image_inspect(j, len, &info));
	int w, h;
	size_t clen;
	unsigned char *c = news_image_reencode(j, len, &info, 2400, &w, &h, &clen);
	assert_non_null(c);
	/* The position and the serial number are gone; the longer side is cut to 2400. */
	assert_false(holds(c, clen, "GPSLatitude"));
	assert_false(holds(c, clen, "Exif"));
	assert_false(holds(c, clen, "4242"));
	assert_int_equal(w, 2400);
	assert_int_equal(h, 1200);
	struct news_image_info ci;
	assert_true(news_image_inspect(c, clen, &ci));
	assert_string_equal(ci.mime, "image/jpeg");
	assert_int_equal(ci.width, 2400);
	free(c);
	/* A header claiming 9000 × 9000 (81 megapixels) is refused before anything is decoded. */
	for (size_t i = 2; i + 9 < len; i++)
		if (j[i] == 0xFF && (j[i + 1] == 0xC0 || j[i + 1] == 0xC2)) {
			j[i + 5] = 9000 >> 8, j[i + 6] = 9000 & 0xFF;
			j[i + 7] = 9000 >> 8, j[i + 8] = 9000 & 0xFF;
			break;
		}
	assert_false(news_image_inspect(j, len, &info));
	free(j);
	/* A PNG keeps its format (and transparency) and is not enlarged. */
	int size;
	void *p = png(300, 200, &size);
	assert_true(news_image_inspect(p, (size_t)size, &info));
	c = news_image_reencode(p, (size_t)size, &info, 2400, &w, &h, &clen);
	assert_non_null(c);
	assert_int_equal(w, 300);
	assert_int_equal(h, 200);
	assert_true(news_image_inspect(c, clen, &ci));
	assert_string_equal(ci.mime, "image/png");
	free(c);
	gdFree(p);
}

/* A 40×20 JPEG, red in its top-left 10×10 corner, blue elsewhere, with EXIF orientation O. */
static unsigned char *jpeg_oriented(int o, size_t *len)
{
	gdImagePtr im = gdImageCreateTrueColor(40, 20);
	gdImageFilledRectangle(im, 0, 0, 39, 19, gdImageColorAllocate(im, 0, 0, 255));
	gdImageFilledRectangle(im, 0, 0, 9, 9, gdImageColorAllocate(im, 255, 0, 0));
	int size;
	unsigned char *p = gdImageJpegPtr(im, &size, 95);
	gdImageDestroy(im);
	/* "Exif\0\0", a little-endian TIFF header, one IFD with one entry: 0x0112 SHORT 1 = O. */
	const unsigned char exif[] = { 'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 0x2A, 0, 8, 0, 0, 0, 1, 0,
	                               0x12, 0x01, 3, 0, 1, 0, 0, 0, (unsigned char)o, 0, 0, 0,
	                               0, 0, 0, 0 };
	size_t seg = 2 + sizeof exif;
	unsigned char *out = malloc((size_t)size + 2 + seg);
	memcpy(out, p, 2);
	out[2] = 0xFF, out[3] = 0xE1, out[4] = 0, out[5] = (unsigned char)seg;
	memcpy(out + 6, exif, sizeof exif);
	memcpy(out + 6 + sizeof exif, p + 2, (size_t)size - 2);
	*len = (size_t)size + 2 + seg;
	gdFree(p);
	return out;
}

/* Is the pixel at X, Y of the JPEG J (LEN bytes) mostly red? */
static bool red_at(const unsigned char *j, size_t len, int x, int y)
{
	gdImagePtr im = gdImageCreateFromJpegPtr((int)len, (void *)(uintptr_t)j);
	int c = gdImageGetTrueColorPixel(im, x, y);
	gdImageDestroy(im);
	return gdTrueColorGetRed(c) > 180 && gdTrueColorGetBlue(c) < 80;
}

static void pictures_are_turned_upright(void **state)
{
	(void)state;
	/* Where the red corner must end up once the camera's orientation is applied. */
	static const struct { int o, w, h, x, y; } cases[] = {
		{ 1, 40, 20, 2, 2 }, { 3, 40, 20, 37, 17 }, { 6, 20, 40, 17, 2 }, { 8, 20, 40, 2, 37 },
		{ 2, 40, 20, 37, 2 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t len, clen;
		unsigned char *j = jpeg_oriented(cases[i].o, &len);
		struct news_image_info info;
		assert_true(news_image_inspect(j, len, &info));
		int w, h;
		unsigned char *c = news_image_reencode(j, len, &info, 2400, &w, &h, &clen);
		assert_non_null(c);
		assert_int_equal(w, cases[i].w);
		assert_int_equal(h, cases[i].h);
		assert_true(red_at(c, clen, cases[i].x, cases[i].y));
		assert_false(red_at(c, clen, cases[i].w - 1 - cases[i].x, cases[i].h - 1 - cases[i].y));
		free(c);
		free(j);
	}
}

static void pictures_placed_in_the_body(void **state)
{
	(void)state;
	assert_int_equal(news_image_ref("image:12"), 12);
	assert_int_equal(news_image_ref("/media/articles/7"), 7);
	assert_int_equal(news_image_ref("image:12x"), 0);
	assert_int_equal(news_image_ref("image:"), 0);
	assert_int_equal(news_image_ref("image:99999999999999999999"), 0);
	assert_int_equal(news_image_ref("https://example.org/media/articles/7"), 0);
	const struct news_image imgs[] = {
		{ .id = 12, .alt = "Hội nghị triển khai", .caption = "Toàn cảnh hội nghị" },
		{ .id = 13, .alt = "Lãnh đạo phát biểu", .caption = "" },
		{ .id = 14, .alt = "Không dùng", .caption = "" },
	};
	bool placed[3];
	char *h = news_body_html(
		"Mở đầu.\n\n![](image:12)\n\nGiữa ![Ông A \"phát biểu\"](/media/articles/13) câu.\n\n"
		"![theo dõi](https://tracker.example/p.gif) ![ảnh khác](image:99)\n\n"
		"<img src=x onerror=alert(1)><script>alert(2)</script>\n\n"
		"[bấm](javascript:alert(3)) ![x](javascript:alert(4))\n", imgs, 3, placed);
	assert_non_null(h);
	/* Its own pictures, with the alt text given or their own, the caption under a lone one. */
	assert_non_null(strstr(h, "<img src=\"/media/articles/12\" alt=\"Hội nghị triển khai\" />"
	                          "<br />\n<em>Toàn cảnh hội nghị</em>"));
	assert_non_null(strstr(h, "<img src=\"/media/articles/13\" alt=\"Ông A &quot;phát biểu&quot;\" />"));
	assert_true(placed[0]);
	assert_true(placed[1]);
	assert_false(placed[2]);
	/* Others are their alt text only: no tracker, no other article's picture. */
	assert_null(strstr(h, "tracker.example"));
	assert_null(strstr(h, "image:99"));
	assert_non_null(strstr(h, "theo dõi"));
	assert_non_null(strstr(h, "ảnh khác"));
	/* Safe mode still: no raw HTML, no javascript: address. */
	assert_null(strstr(h, "onerror"));
	assert_null(strstr(h, "<script"));
	assert_null(strstr(h, "javascript:"));
	int imgs_shown = 0;
	for (const char *q = h; (q = strstr(q, "<img")) != NULL; q += 4)
		imgs_shown++;
	assert_int_equal(imgs_shown, 2);
	free(h);
	/* Without the article's pictures (a feed without them): no <img> at all. */
	h = news_body_html("![a](image:12)", NULL, 0, NULL);
	assert_null(strstr(h, "<img"));
	assert_non_null(strstr(h, "<p>a</p>"));
	free(h);
}

enum { THREADS = 8, EACH = 20000 };

static void *count_views(void *arg)
{
	(void)arg;
	for (int i = 0; i < EACH; i++)
		news_views_count(NULL, 42 + (i % 3));
	return NULL;
}

static void counter_is_exact_under_threads(void **state)
{
	(void)state;
	pthread_t th[THREADS];
	for (int i = 0; i < THREADS; i++)
		pthread_create(&th[i], NULL, count_views, NULL);
	for (int i = 0; i < THREADS; i++)
		pthread_join(th[i], NULL);
	int64_t total = news_views_pending(42) + news_views_pending(43) + news_views_pending(44);
	assert_int_equal(total, (int64_t)THREADS * EACH);
	assert_int_equal(news_views_pending(41), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(workflow_steps_and_roles),
		cmocka_unit_test(visibility_and_schedule),
		cmocka_unit_test(slugs),
		cmocka_unit_test(content_checks),
		cmocka_unit_test(markdown_without_raw_html),
		cmocka_unit_test(robots_are_not_readers),
		cmocka_unit_test(search_ranking),
		cmocka_unit_test(times),
		cmocka_unit_test(pictures_by_their_bytes),
		cmocka_unit_test(pictures_are_encoded_afresh_and_bounded),
		cmocka_unit_test(pictures_are_turned_upright),
		cmocka_unit_test(pictures_placed_in_the_body),
		cmocka_unit_test(counter_is_exact_under_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
