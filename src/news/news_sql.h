/*
 * news_sql.h: the news module's statements (articles, their images, the
 * revision counter), one list for both engines.  See org/org_sql.h for the
 * macros.  No include guard.
 */
#define NEWS_ARTICLE_COLUMNS \
	"id, slug, title, lead, body, category, author, unit_id, status, published_at," \
	" updated_at, views"
/* Published and its time has come: the public's articles, newest first. */
#define NEWS_PUBLIC_WHERE \
	" WHERE status = 'published' AND published_at <= " P_BIGINT(1)

SQL(NEWS_ARTICLE_GET, "SELECT " NEWS_ARTICLE_COLUMNS " FROM article WHERE id = " P_BIGINT(1))
SQL(NEWS_ARTICLE_GET_BY_SLUG,
	"SELECT " NEWS_ARTICLE_COLUMNS " FROM article WHERE slug = " P_TEXT(1))
SQL(NEWS_ARTICLE_PUBLIC,
	"SELECT " NEWS_ARTICLE_COLUMNS " FROM article" NEWS_PUBLIC_WHERE
	"   AND (" P_TEXT(2) " IS NULL OR category = " P(2) ")"
	"   AND (" P_TEXT(3) " IS NULL OR search_key LIKE '%' || " P(3) " || '%'" LIKE_ESCAPE ")"
	"   AND (" P_BIGINT(4) " = 0 OR id <> " P(4) ")"
	" ORDER BY published_at DESC, id DESC LIMIT " P_BIGINT(5) " OFFSET " P_BIGINT(6))
/* What an editor works on: every status, most recently changed first. */
SQL(NEWS_ARTICLE_ALL,
	"SELECT " NEWS_ARTICLE_COLUMNS " FROM article"
	" WHERE (" P_TEXT(1) " IS NULL OR status = " P(1) ")"
	" ORDER BY updated_at DESC, id DESC LIMIT " P_BIGINT(2))
SQL(NEWS_ARTICLE_SLUG_TAKEN, "SELECT count(*) FROM article WHERE slug = " P_TEXT(1))
SQL(NEWS_ARTICLE_INSERT,
	"INSERT INTO article(slug, title, lead, body, category, author, unit_id, status,"
	" published_at, updated_at, views, search_key)"
	" VALUES (" P(1) ", " P(2) ", " P(3) ", " P(4) ", " P(5) ", " P(6) ", " P_BIGINT(7) ", "
	P(8) ", " P_BIGINT(9) ", " P_BIGINT(10) ", " P_BIGINT(11) ", " P(12) ") RETURNING id")
SQL(NEWS_ARTICLE_UPDATE,
	"UPDATE article SET title = " P(2) ", lead = " P(3) ", body = " P(4) ", category = "
	P(5) ", author = " P(6) ", status = " P(7) ", published_at = " P_BIGINT(8) ","
	" updated_at = " P_BIGINT(9) ", search_key = " P(10)
	" WHERE id = " P_BIGINT(1))
SQL(NEWS_ARTICLE_ADD_VIEWS,
	"UPDATE article SET views = views + " P_BIGINT(2) " WHERE id = " P_BIGINT(1)
	" RETURNING views")
SQL(NEWS_ARTICLE_SET_VIEWS,
	"UPDATE article SET views = " P_BIGINT(2) " WHERE id = " P_BIGINT(1))
/* The public set's fingerprint for ETag/Last-Modified: how many, the newest, the revision. */
SQL(NEWS_PUBLIC_STAMP,
	"SELECT count(*), coalesce(max(published_at), 0),"
	" (SELECT rev FROM news_revision WHERE id = 1),"
	" (SELECT coalesce(max(updated_at), 0) FROM article),"
	" (SELECT coalesce(min(published_at), 0) FROM article"
	"   WHERE status = 'published' AND published_at > " P(1) ")"
	" FROM article" NEWS_PUBLIC_WHERE)
SQL(NEWS_REVISION_BUMP, "UPDATE news_revision SET rev = rev + 1 WHERE id = 1")

SQL(NEWS_IMAGE_INSERT,
	"INSERT INTO article_image(article_id, position, mime, alt, caption, width, height,"
	" data, thumb, created_at)"
	" VALUES (" P_BIGINT(1) ", " P_INTEGER(2) ", " P(3) ", " P(4) ", " P(5) ", "
	P_INTEGER(6) ", " P_INTEGER(7) ", " P_BYTEA(8) ", " P_BYTEA(9) ", " P_BIGINT(10) ")"
	" RETURNING id")
SQL(NEWS_IMAGE_LIST,
	"SELECT id, article_id, position, mime, alt, caption, width, height FROM article_image"
	" WHERE article_id = " P_BIGINT(1) " ORDER BY position, id")
SQL(NEWS_IMAGE_GET,
	"SELECT id, article_id, position, mime, alt, caption, width, height, " BYTES("data") ","
	" " BYTES("thumb") " FROM article_image WHERE id = " P_BIGINT(1))
SQL(NEWS_IMAGE_COUNT, "SELECT count(*) FROM article_image WHERE article_id = " P_BIGINT(1))
/* After a removal the count is no longer the last place: a new picture goes after the last. */
SQL(NEWS_IMAGE_LAST_POSITION,
	"SELECT coalesce(max(position), 0) FROM article_image WHERE article_id = " P_BIGINT(1))
SQL(NEWS_IMAGE_DELETE,
	"DELETE FROM article_image WHERE id = " P_BIGINT(1) " AND article_id = " P_BIGINT(2))
SQL(NEWS_IMAGE_SET_POSITION,
	"UPDATE article_image SET position = " P_INTEGER(2) " WHERE id = " P_BIGINT(1))
