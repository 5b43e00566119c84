/*
 * test_store_reminder.c: the reminders' store on SQLite and PostgreSQL
 * (store_harness.h): a day's run claimed once, even inside a transaction
 * that goes on (PostgreSQL ends a transaction on a failed statement); the
 * inbox; the outbox keeping a failed message until it is sent; feeds found
 * by their secret's hash and revoked.
 */
#include "store_harness.h"

#include "auth/auth_store.h"
#include "reminder/reminder_store.h"

static int64_t an_account(struct store_fixture *f, const char *login)
{
	struct account a = { .login = login, .display_name = login, .password_hash = "x" };
	assert_int_equal(auth_store.account_insert(f->st, &a), STORE_OK);
	return a.id;
}

static void run_claimed_once(void **state)
{
	struct store_fixture *f = *state;
	assert_int_equal(f->st->ops->begin(f->st), STORE_OK);
	assert_int_equal(reminder_store.run_claim(f->st, "2026-12-07", 1), STORE_OK);
	assert_int_equal(reminder_store.run_claim(f->st, "2026-12-07", 2), STORE_CONFLICT);
	/* The transaction is still good for what follows. */
	assert_int_equal(reminder_store.run_finish(f->st, "2026-12-07", 3, 1), STORE_OK);
	assert_int_equal(f->st->ops->commit(f->st), STORE_OK);
	assert_int_equal(reminder_store.run_claim(f->st, "2026-12-07", 3), STORE_CONFLICT);
	assert_int_equal(reminder_store.run_claim(f->st, "2026-12-08", 3), STORE_OK);
}

static void inbox_and_outbox(void **state)
{
	struct store_fixture *f = *state;
	int64_t u = an_account(f, "nhac");
	struct reminder_digest d = { .user_id = u, .day = "2026-12-07", .created_at = 10,
	                             .subject = "Nhắc việc", .body = "Kính gửi", .items = "[]",
	                             .n_items = 2, .n_overdue = 1 };
	assert_int_equal(reminder_store.digest_insert(f->st, &d), STORE_OK);
	assert_true(d.id > 0);
	struct reminder_digest d2 = d;
	memcpy(d2.day, "2026-12-08", 11);
	assert_int_equal(reminder_store.digest_insert(f->st, &d2), STORE_OK);
	struct reminder_digest *list;
	size_t n;
	assert_int_equal(reminder_store.digest_list(f->st, u, 10, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 2);
	assert_string_equal(list[0].day, "2026-12-08");
	assert_string_equal(list[1].subject, "Nhắc việc");
	assert_int_equal(list[1].n_overdue, 1);
	assert_int_equal(reminder_store.digest_list(f->st, u, 1, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 1);

	struct reminder_mail m = { .digest_id = d.id, .to_addr = "a@b.vn", .subject = "S",
	                           .body = "B", .created_at = 100 };
	assert_int_equal(reminder_store.mail_insert(f->st, &m), STORE_OK);
	struct reminder_mail *p;
	assert_int_equal(reminder_store.mail_pending(f->st, 100, 10, f->a, &p, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(p[0].attempts, 0);
	assert_int_equal(p[0].sent_at, 0);
	/* A failure keeps it, for later. */
	assert_int_equal(reminder_store.mail_failed(f->st, m.id, 400, "connection refused"), STORE_OK);
	assert_int_equal(reminder_store.mail_pending(f->st, 200, 10, f->a, &p, &n), STORE_OK);
	assert_int_equal(n, 0);
	assert_int_equal(reminder_store.mail_pending(f->st, 0, 10, f->a, &p, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(p[0].attempts, 1);
	assert_string_equal(p[0].last_error, "connection refused");
	int64_t unsent = 0;
	assert_int_equal(reminder_store.mail_unsent_count(f->st, &unsent), STORE_OK);
	assert_int_equal(unsent, 1);
	assert_int_equal(reminder_store.mail_sent(f->st, m.id, 500), STORE_OK);
	assert_int_equal(reminder_store.mail_sent(f->st, m.id, 600), STORE_NOT_FOUND);
	assert_int_equal(reminder_store.mail_pending(f->st, 0, 10, f->a, &p, &n), STORE_OK);
	assert_int_equal(n, 0);
	assert_int_equal(reminder_store.mail_unsent_count(f->st, &unsent), STORE_OK);
	assert_int_equal(unsent, 0);
}

static void feeds(void **state)
{
	struct store_fixture *f = *state;
	int64_t u = an_account(f, "lich");
	struct reminder_feed feed = { .kind = "person", .user_id = u, .name = "Nhắc việc",
	                              .created_at = 5 };
	memset(feed.token_hash, 'a', 64);
	assert_int_equal(reminder_store.feed_insert(f->st, &feed), STORE_OK);
	struct reminder_feed dup = feed;
	assert_int_equal(reminder_store.feed_insert(f->st, &dup), STORE_CONFLICT);
	struct reminder_feed got;
	assert_int_equal(reminder_store.feed_by_hash(f->st, feed.token_hash, f->a, &got), STORE_OK);
	assert_int_equal(got.id, feed.id);
	assert_string_equal(got.kind, "person");
	assert_int_equal(got.revoked_at, 0);
	char other[65];
	memset(other, 'b', 64);
	other[64] = '\0';
	assert_int_equal(reminder_store.feed_by_hash(f->st, other, f->a, &got), STORE_NOT_FOUND);
	struct reminder_feed *list;
	size_t n;
	assert_int_equal(reminder_store.feed_list(f->st, u, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 1);
	assert_int_equal(reminder_store.feed_revoke(f->st, feed.id, 9), STORE_OK);
	assert_int_equal(reminder_store.feed_revoke(f->st, feed.id, 10), STORE_NOT_FOUND);
	assert_int_equal(reminder_store.feed_get(f->st, feed.id, f->a, &got), STORE_OK);
	assert_int_equal(got.revoked_at, 9);
	assert_int_equal(reminder_store.feed_list(f->st, u, f->a, &list, &n), STORE_OK);
	assert_int_equal(n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		STORE_TEST(run_claimed_once),
		STORE_TEST(inbox_and_outbox),
		STORE_TEST(feeds),
	};
	return store_harness_run("reminder store", tests, sizeof tests / sizeof tests[0]);
}
