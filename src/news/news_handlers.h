/* news_handlers.h: the news module's HTTP handlers; its routes are in news_module.c. */
#ifndef DIEUHANH_NEWS_HANDLERS_H
#define DIEUHANH_NEWS_HANDLERS_H

#include "http/request.h"

void api_articles_list(struct http_request *req);
void api_articles_get(struct http_request *req);
void api_articles_create(struct http_request *req);
void api_articles_update(struct http_request *req);
void api_articles_status(struct http_request *req);
void api_articles_image(struct http_request *req);
void news_media(struct http_request *req);
void news_media_thumb(struct http_request *req);

void page_news(struct http_request *req);
void page_news_article(struct http_request *req);
void page_news_editor(struct http_request *req);
void page_news_editor_save(struct http_request *req);
void page_news_editor_article(struct http_request *req);
void page_news_editor_article_save(struct http_request *req);
void page_news_editor_move(struct http_request *req);
void page_news_editor_image(struct http_request *req);
void page_news_editor_image_move(struct http_request *req);
void page_news_editor_image_remove(struct http_request *req);
void api_articles_image_delete(struct http_request *req);
void api_articles_image_move(struct http_request *req);

#endif
