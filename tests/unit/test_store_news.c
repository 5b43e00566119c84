/*
 * test_store_news.c: the news store's conformance suite, the same tests on
 * SQLite and on PostgreSQL (store_harness.h): articles by id and slug, the
 * public list (published, its time come, by category, by folded text,
 * newest first), view counts added in a batch, the public set's stamp, and
 * pictures' bytes kept exactly.
 */
#include "store_harness.h"

#include "news/news_store.h"
#include "org/org.h"
#include "org/org_store.h"

static int64_t a_unit(struct store_fixture *f, const char *code)
{
	struct org_unit u = { .kind = "ward", .code = code, .name = code };
	struct org_error err;
	assert_true(org_unit_prepare(&u, f->a, &err));
	assert_int_equal(org_store.unit_insert(f->st, &u), STORE_OK);
	return u.id;
}

static struct article an_article(int64_t unit, const char *slug, enum news_status s, int64_t at,
                                 const char *category)
{
	return (struct article){
		.slug = slug, .title = "Quận 9 họp", .lead = "Tóm tắt", .body = "Nội dung **đậm**",
		.category = category, .author = "Tác giả", .unit_id = unit, .status = s,
		.published_at = at, .updated_at = at ? at : 5,
	};
}

static void article_round_trip(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct article a = an_article(w, "quan-9-hop", NEWS_REVIEW, 0, "hoat-dong");
	assert_int_equal(news_store.article_insert(f->st, &a, "quan 9 hop"), STORE_OK);
	assert_true(a.id > 0);
	struct article got;
	assert_int_equal(news_store.article_get(f->st, a.id, f->a, &got), STORE_OK);
	assert_string_equal(got.title, "Quận 9 họp");
	assert_string_equal(got.body, "Nội dung **đậm**");
	assert_int_equal(got.status, NEWS_REVIEW);
	assert_int_equal(got.unit_id, w);
	assert_int_equal(news_store.article_get_by_slug(f->st, "quan-9-hop", f->a, &got), STORE_OK);
	assert_int_equal(got.id, a.id);
	assert_int_equal(news_store.article_get_by_slug(f->st, "khac", f->a, &got), STORE_NOT_FOUND);
	bool taken;
	assert_int_equal(news_store.slug_taken(f->st, "quan-9-hop", &taken), STORE_OK);
	assert_true(taken);
	struct article dup = an_article(w, "quan-9-hop", NEWS_DRAFT, 0, "hoat-dong");
	assert_int_equal(news_store.article_insert(f->st, &dup, "x"), STORE_CONFLICT);
	got.status = NEWS_PUBLISHED;
	got.published_at = 1547733000;
	got.title = "Đổi tên";
	assert_int_equal(news_store.article_update(f->st, &got, "doi ten"), STORE_OK);
	assert_int_equal(news_store.article_get(f->st, a.id, f->a, &got), STORE_OK);
	assert_string_equal(got.title, "Đổi tên");
	assert_int_equal(got.published_at, 1547733000);
	got.id = 999999;
	assert_int_equal(news_store.article_update(f->st, &got, "x"), STORE_NOT_FOUND);
}

static void public_list(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct article rows[] = {
		an_article(w, "a-old", NEWS_PUBLISHED, 100, "hoat-dong"),
		an_article(w, "b-new", NEWS_PUBLISHED, 300, "thong-bao"),
		an_article(w, "c-later", NEWS_PUBLISHED, 900, "thong-bao"),   /* scheduled */
		an_article(w, "d-draft", NEWS_DRAFT, 0, "thong-bao"),
		an_article(w, "e-gone", NEWS_WITHDRAWN, 200, "thong-bao"),
	};
	const char *keys[] = { "quan 9 hop", "phuong long binh", "quan 9", "quan 9", "quan 9" };
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(news_store.article_insert(f->st, &rows[i], keys[i]), STORE_OK);
	struct article *out;
	size_t n;
	struct news_filter pf = { .now = 500, .limit = 10 };
	assert_int_equal(news_store.article_public(f->st, &pf, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(out[0].slug, "b-new");
	assert_string_equal(out[1].slug, "a-old");
	pf.now = 1000;
	assert_int_equal(news_store.article_public(f->st, &pf, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 3);
	assert_string_equal(out[0].slug, "c-later");
	pf.category = "hoat-dong";
	assert_int_equal(news_store.article_public(f->st, &pf, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	pf.category = NULL;
	pf.q_like = "long binh";
	assert_int_equal(news_store.article_public(f->st, &pf, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_string_equal(out[0].slug, "b-new");
	pf.q_like = NULL;
	pf.exclude_id = rows[2].id;
	pf.limit = 1;
	pf.offset = 1;
	assert_int_equal(news_store.article_public(f->st, &pf, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_string_equal(out[0].slug, "a-old");
	assert_int_equal(news_store.article_all(f->st, "draft", 10, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(news_store.article_all(f->st, NULL, 10, f->a, &out, &n), STORE_OK);
	assert_int_equal(n, 5);
	struct news_stamp s1, s2;
	assert_int_equal(news_store.public_stamp(f->st, 500, &s1), STORE_OK);
	assert_int_equal(s1.count, 2);
	assert_int_equal(s1.newest, 300);
	assert_int_equal(s1.changed, 900);
	assert_int_equal(s1.next_due, 900);   /* the scheduled one */
	assert_int_equal(news_store.revision_bump(f->st), STORE_OK);
	assert_int_equal(news_store.public_stamp(f->st, 500, &s2), STORE_OK);
	assert_int_equal(s2.revision, s1.revision + 1);
}

static void views_in_batches(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct article a = an_article(w, "xem", NEWS_PUBLISHED, 100, "hoat-dong");
	assert_int_equal(news_store.article_insert(f->st, &a, "xem"), STORE_OK);
	assert_int_equal(news_store.set_views(f->st, a.id, 811), STORE_OK);
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	int64_t total;
	assert_int_equal(news_store.add_views(f->st, a.id, 40, &total), STORE_OK);
	assert_int_equal(total, 851);
	assert_int_equal(news_store.add_views(f->st, a.id, 2, &total), STORE_OK);
	assert_int_equal(total, 853);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	struct article got;
	assert_int_equal(news_store.article_get(f->st, a.id, f->a, &got), STORE_OK);
	assert_int_equal(got.views, 853);
	assert_int_equal(news_store.add_views(f->st, 987654, 1, &total), STORE_NOT_FOUND);
}

static void pictures_kept_exactly(void **state)
{
	struct store_fixture *f = *state;
	int64_t w = a_unit(f, "W");
	struct article a = an_article(w, "anh", NEWS_DRAFT, 0, "hoat-dong");
	assert_int_equal(news_store.article_insert(f->st, &a, "anh"), STORE_OK);
	unsigned char data[300], thumb[7] = { 0, 1, 2, 0xFF, 0, 0x80, 9 };
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)(i * 7);
	struct news_image img = {
		.article_id = a.id, .position = 1, .mime = "image/png", .alt = "Ảnh hội nghị",
		.caption = "Chú thích", .width = 10, .height = 20, .data = data,
		.data_len = sizeof data, .thumb = thumb, .thumb_len = sizeof thumb,
	};
	assert_int_equal(news_store.image_insert(f->st, &img, 1000), STORE_OK);
	assert_true(img.id > 0);
	struct news_image got;
	assert_int_equal(news_store.image_get(f->st, img.id, f->a, &got), STORE_OK);
	assert_int_equal(got.data_len, sizeof data);
	assert_memory_equal(got.data, data, sizeof data);
	assert_int_equal(got.thumb_len, sizeof thumb);
	assert_memory_equal(got.thumb, thumb, sizeof thumb);
	assert_string_equal(got.alt, "Ảnh hội nghị");
	struct news_image *list;
	size_t n;
	assert_int_equal(news_store.image_list(f->st, a.id, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(list[0].height, 20);
	int64_t count;
	assert_int_equal(news_store.image_count(f->st, a.id, &count), STORE_OK);
	assert_int_equal(count, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(article_round_trip),
		STORE_TEST(public_list),
		STORE_TEST(views_in_batches),
		STORE_TEST(pictures_kept_exactly),
	};
	return store_harness_run("news store", tests, sizeof tests / sizeof tests[0]);
}
