/* news_module.c: the news module's routes, navigation, audited entities and permissions. */
#include "module.h"
#include "news/news_store.h"

#include "news/news_handlers.h"
#include "news/news_service.h"
#include "web/i18n.h"

static const struct route news_routes[] = {
	{ HTTP_GET, "/news", page_news, 0 },
	{ HTTP_GET, "/news/editor", page_news_editor, 0 },
	{ HTTP_POST, "/news/editor", page_news_editor_save, 0 },
	{ HTTP_GET, "/news/editor/{id}", page_news_editor_article, 0 },
	{ HTTP_POST, "/news/editor/{id}", page_news_editor_article_save, 0 },
	{ HTTP_POST, "/news/editor/{id}/status", page_news_editor_move, 0 },
	{ HTTP_POST, "/news/editor/{id}/images", page_news_editor_image, 6 * 1024 * 1024 },
	{ HTTP_POST, "/news/editor/{id}/images/{image}/move", page_news_editor_image_move, 0 },
	{ HTTP_POST, "/news/editor/{id}/images/{image}/remove", page_news_editor_image_remove, 0 },
	{ HTTP_GET, "/news/{slug}", page_news_article, 0 },
	{ HTTP_GET, "/media/articles/{id}", news_media, 0 },
	{ HTTP_GET, "/media/articles/{id}/thumb", news_media_thumb, 0 },
	{ HTTP_GET, "/api/v1/articles", api_articles_list, 0 },
	{ HTTP_POST, "/api/v1/articles", api_articles_create, 0 },
	{ HTTP_GET, "/api/v1/articles/{id}", api_articles_get, 0 },
	{ HTTP_PATCH, "/api/v1/articles/{id}", api_articles_update, 0 },
	{ HTTP_POST, "/api/v1/articles/{id}/status", api_articles_status, 0 },
	/* A photograph from a camera runs to a few MiB (NEWS_IMAGE_MAX, and some slack). */
	{ HTTP_POST, "/api/v1/articles/{id}/images", api_articles_image, 6 * 1024 * 1024 },
	{ HTTP_DELETE, "/api/v1/articles/{id}/images/{image}", api_articles_image_delete, 0 },
	{ HTTP_POST, "/api/v1/articles/{id}/images/{image}/move", api_articles_image_move, 0 },
	{ 0, NULL, NULL, 0 },
};

static const struct module_nav news_nav[] = {
	{ .href = "/news", .label = N_("News"), .show = NAV_SHOW_ALWAYS },
	{ .href = "/news/editor", .label = N_("Newsroom"), .show = NAV_SHOW_PERMITTED,
	  .perm = &news_perm_write },
	{ .href = NULL },
};

static const struct audit_resolver news_audit[] = {
	{ "article", news_audit_article_may_read, N_("Article") },
	{ .entity = NULL },
};

/* Officers draft their unit's news; heads, leaders and administrators also publish it. */
const struct permission news_perm_write = {
	"news_write", ROLE_BIT(ROLE_OFFICER) | ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER)
	              | ROLE_BIT(ROLE_ADMIN),
};
const struct permission news_perm_publish = {
	"news_publish", ROLE_BIT(ROLE_UNIT_HEAD) | ROLE_BIT(ROLE_LEADER) | ROLE_BIT(ROLE_ADMIN),
};

static const struct permission *const news_permissions[] = { &news_perm_write,
                                                             &news_perm_publish, NULL };

/* The workflow's statuses, shown translated (news_status_name). */
static const char *const status_labels[] __attribute__((unused)) = {
	N_("draft"), N_("review"), N_("published"), N_("withdrawn"),
};

const struct module news_module = {
	.name = "news",
	.routes = news_routes,
	.nav = news_nav,
	.audit = news_audit,
	.permissions = news_permissions,
	.storage = &news_storage,
};
