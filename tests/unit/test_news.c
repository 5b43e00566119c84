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
		cmocka_unit_test(counter_is_exact_under_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
