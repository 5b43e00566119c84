/*
 * news_migrations.c: the news module's schema steps (store/db_migrate.h).
 * Times are Unix seconds (bigint): the view counter and the feeds compare
 * and sort them, and both engines agree on integers.
 */
#include "news/news_store.h"

#include "store/db_migrate.h"

static const struct module_migration steps[] = {
	{ 1, "articles, their images, the news revision",
	  "CREATE TABLE article ("
	  "  id INTEGER PRIMARY KEY,"
	  "  slug TEXT NOT NULL UNIQUE,"
	  "  title TEXT NOT NULL,"
	  "  lead TEXT NOT NULL,"
	  "  body TEXT NOT NULL,"
	  "  category TEXT NOT NULL,"
	  "  author TEXT NOT NULL,"
	  "  unit_id INTEGER NOT NULL REFERENCES org_unit(id),"
	  "  status TEXT NOT NULL,"
	  "  published_at INTEGER NOT NULL,"
	  "  updated_at INTEGER NOT NULL,"
	  "  views INTEGER NOT NULL,"
	  "  search_key TEXT NOT NULL"
	  ");"
	  "CREATE INDEX article_by_publication ON article(status, published_at);"
	  "CREATE INDEX article_by_unit ON article(unit_id);"
	  "CREATE TABLE article_image ("
	  "  id INTEGER PRIMARY KEY,"
	  "  article_id INTEGER NOT NULL REFERENCES article(id),"
	  "  position INTEGER NOT NULL,"
	  "  mime TEXT NOT NULL,"
	  "  alt TEXT NOT NULL,"
	  "  caption TEXT NOT NULL,"
	  "  width INTEGER NOT NULL,"
	  "  height INTEGER NOT NULL,"
	  "  data BLOB NOT NULL,"
	  "  thumb BLOB NOT NULL,"
	  "  created_at INTEGER NOT NULL"
	  ");"
	  "CREATE INDEX article_image_by_article ON article_image(article_id, position);"
	  "CREATE TABLE news_revision (id INTEGER PRIMARY KEY CHECK (id = 1),"
	  "  rev INTEGER NOT NULL);"
	  "INSERT INTO news_revision(id, rev) VALUES (1, 1);",
	  "CREATE TABLE article ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  slug text NOT NULL UNIQUE,"
	  "  title text NOT NULL,"
	  "  lead text NOT NULL,"
	  "  body text NOT NULL,"
	  "  category text NOT NULL,"
	  "  author text NOT NULL,"
	  "  unit_id bigint NOT NULL REFERENCES org_unit(id),"
	  "  status text NOT NULL,"
	  "  published_at bigint NOT NULL,"
	  "  updated_at bigint NOT NULL,"
	  "  views bigint NOT NULL,"
	  "  search_key text NOT NULL"
	  ");"
	  "CREATE INDEX article_by_publication ON article(status, published_at);"
	  "CREATE INDEX article_by_unit ON article(unit_id);"
	  "CREATE TABLE article_image ("
	  "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	  "  article_id bigint NOT NULL REFERENCES article(id),"
	  "  position integer NOT NULL,"
	  "  mime text NOT NULL,"
	  "  alt text NOT NULL,"
	  "  caption text NOT NULL,"
	  "  width integer NOT NULL,"
	  "  height integer NOT NULL,"
	  "  data bytea NOT NULL,"
	  "  thumb bytea NOT NULL,"
	  "  created_at bigint NOT NULL"
	  ");"
	  "CREATE INDEX article_image_by_article ON article_image(article_id, position);"
	  "CREATE TABLE news_revision (id integer PRIMARY KEY CHECK (id = 1),"
	  "  rev bigint NOT NULL);"
	  "INSERT INTO news_revision(id, rev) VALUES (1, 1);" },
};

const struct module_migrations news_migrations = {
	"news", sizeof steps / sizeof steps[0], steps,
};
