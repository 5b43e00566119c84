/* page_org.c: the organisation pages — the top-level units, and one unit. */
#include "web/web.h"

#include <string.h>

#include "http/reply.h"
#include "store/store.h"

static const char *kind_label(const char *kind)
{
	static const struct { const char *kind, *label; } labels[] = {
		{ "province", "Tỉnh" }, { "city", "Thành phố" }, { "district", "Quận/Huyện" },
		{ "ward", "Phường" }, { "commune", "Xã" }, { "department", "Phòng ban" },
		{ "neighbourhood_group", "Tổ dân phố" }, { "party_committee", "Cấp ủy" },
		{ "one_stop_desk", "Bộ phận một cửa" },
	};
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].kind, kind) == 0)
			return labels[i].label;
	return kind;
}

static void unit_list(struct html *h, const struct org_unit *units, size_t n)
{
	html_raw(h, "<ul class=\"units\">");
	for (size_t i = 0; i < n; i++) {
		html_rawf(h, "<li><a href=\"/units/%lld\">", (long long)units[i].id);
		html_txt(h, units[i].name);
		html_raw(h, "</a> <span class=\"kind\">");
		html_txt(h, kind_label(units[i].kind));
		html_raw(h, "</span></li>");
	}
	html_raw(h, "</ul>");
}

/* "/": the units at the top of the tree, with their direct sub-units. */
void page_home(struct http_request *req)
{
	struct store *st = req->store;
	struct unit_filter f = { 0 };
	struct org_unit *all;
	size_t n;
	enum store_status s = st->ops->unit_list(st, &f, &req->arena, &all, &n);
	if (s != STORE_OK) {
		reply_internal_error(req, store_status_name(s));
		return;
	}
	struct html h = { 0 };
	layout_begin(&h, "Cơ cấu tổ chức");
	size_t roots = 0;
	for (size_t i = 0; i < n; i++) {
		if (all[i].parent_id != 0)
			continue;
		roots++;
		html_raw(&h, "<section><h2>");
		html_rawf(&h, "<a href=\"/units/%lld\">", (long long)all[i].id);
		html_txt(&h, all[i].name);
		html_raw(&h, "</a></h2>");
		struct unit_filter cf = { .parent_id = all[i].id };
		struct org_unit *children;
		size_t nc;
		if (st->ops->unit_list(st, &cf, &req->arena, &children, &nc) == STORE_OK && nc)
			unit_list(&h, children, nc);
		html_raw(&h, "</section>");
	}
	if (roots == 0)
		html_raw(&h, "<p>Chưa có đơn vị nào. Chạy <code>dieuhanh demo</code> "
		             "để nạp dữ liệu mẫu.</p>");
	layout_finish(req, &h);
}

/* "/units/{id}": one unit, its sub-units and its people. */
void page_unit(struct http_request *req)
{
	struct store *st = req->store;
	int64_t id = http_param_id(req, "id");
	struct org_unit u;
	enum store_status s = id ? st->ops->unit_get(st, id, &req->arena, &u) : STORE_NOT_FOUND;
	if (s == STORE_NOT_FOUND) {
		reply_not_found(req);
		return;
	}
	if (s != STORE_OK) {
		reply_internal_error(req, store_status_name(s));
		return;
	}
	struct html h = { 0 };
	layout_begin(&h, u.name);
	html_raw(&h, "<dl class=\"facts\"><dt>Loại</dt><dd>");
	html_txt(&h, kind_label(u.kind));
	html_raw(&h, "</dd><dt>Mã</dt><dd>");
	html_txt(&h, u.code);
	html_raw(&h, "</dd>");
	struct org_unit parent;
	if (u.parent_id && st->ops->unit_get(st, u.parent_id, &req->arena, &parent) == STORE_OK) {
		html_rawf(&h, "<dt>Trực thuộc</dt><dd><a href=\"/units/%lld\">",
		          (long long)parent.id);
		html_txt(&h, parent.name);
		html_raw(&h, "</a></dd>");
	}
	html_raw(&h, "</dl>");

	struct unit_filter cf = { .parent_id = u.id };
	struct org_unit *children;
	size_t nc = 0;
	if (st->ops->unit_list(st, &cf, &req->arena, &children, &nc) == STORE_OK && nc) {
		html_raw(&h, "<h2>Đơn vị trực thuộc</h2>");
		unit_list(&h, children, nc);
	}
	struct person_filter pf = { .unit_id = u.id };
	struct org_person *people;
	size_t np = 0;
	if (st->ops->person_list(st, &pf, &req->arena, &people, &np) == STORE_OK && np) {
		html_raw(&h, "<h2>Cán bộ</h2><table><thead><tr><th scope=\"col\">Họ và tên</th>"
		             "<th scope=\"col\">Chức vụ</th></tr></thead><tbody>");
		for (size_t i = 0; i < np; i++) {
			html_raw(&h, "<tr><td>");
			html_txt(&h, people[i].full_name);
			html_raw(&h, "</td><td>");
			html_txt(&h, people[i].title);
			html_raw(&h, "</td></tr>");
		}
		html_raw(&h, "</tbody></table>");
	}
	layout_finish(req, &h);
}
