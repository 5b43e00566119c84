/* layout.c: the chrome every page shares. */
#include "web/web.h"

#include "http/reply.h"

void layout_begin(struct html *h, const char *title)
{
	html_raw(h, "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
	            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	            "<title>");
	html_txt(h, title);
	html_raw(h, " · Điều hành</title>"
	            "<link rel=\"stylesheet\" href=\"/static/css/app.css\"></head><body>"
	            "<a class=\"skip\" href=\"#main\">Bỏ qua, đến nội dung chính</a>"
	            "<header class=\"site\"><a class=\"brand\" href=\"/\">Điều hành</a>"
	            "<nav aria-label=\"Chính\"><a href=\"/\">Tổ chức</a></nav></header>"
	            "<main id=\"main\"><h1>");
	html_txt(h, title);
	html_raw(h, "</h1>");
}

void layout_finish(struct http_request *req, struct html *h)
{
	html_raw(h, "</main><footer class=\"site\"><p>dieuhanh " DIEUHANH_VERSION
	            "</p></footer></body></html>\n");
	size_t len;
	char *body = html_take(h, &len);
	reply_html(req, 200, body, len);
}
