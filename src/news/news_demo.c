/*
 * news_demo.c: the demo's news.  The first published article is the seed
 * article of the brief (the District 9 portal's page of 17/01/2019, 20:50,
 * 811 views), its text copied here; the others are invented 2019 District 9
 * items for the demo, one a ward's own.  Everything goes through the
 * service (validated, audited) inside the demo loader's transaction.
 * The pictures are drawn here (libgd): the seed's photographs are not part
 * of the data, and their alt text says so.
 */
#include "news/news_demo.h"

#include <gd.h>
#include <stdio.h>
#include <string.h>

#include "news/news_service.h"
#include "org/org_service.h"
#include "store/store.h"
#include "util/arena.h"

static const char seed_body[] =
	"Chiều 14/1, UBND Quận 9 tổ chức Hội nghị triển khai nhiệm vụ phát triển kinh tế kinh "
	"tế, xã hội năm 2019. Tham dự và chủ trì hội nghị có các đồng chí: Đặng Thị Hồng Liên, "
	"Bí thư Quận ủy Quận 9, Chủ tịch HĐND quận; Trần Văn Bảy, Phó Bí thư Quận ủy, Chủ tịch "
	"UBND Quận 9 .\n\n"
	"Năm 2019 là năm quyết định để tập trung hoàn thành các mục tiêu, nhiệm vụ mà Nghị quyết "
	"Đại hội Đảng bộ quận lần V đề ra; cùng với việc Thành phố tăng cường thực hiện nhiều "
	"nội dung, giải pháp mới cho công tác phát triển kinh tế - xã hội, công tác xây dựng, "
	"chỉnh đốn Đảng, xây dựng chính quyền, công tác vận động nhân dân; đặc biệt là việc "
	"tiếp tục tổ chức thực hiện Nghị quyết 54 của Quốc hội về thí điểm cơ chế, chính sách "
	"đặc thù phát triển Thành phố Hồ Chí Minh, UBND quận tiếp tục chỉ đạo, điều hành thực "
	"hiện có hiệu quả các mục tiêu, nhiệm vụ, chương trình trọng điểm của kế hoạch kinh tế - "
	"xã hội năm 2019  theo Nghị quyết Đảng bộ quận lần thứ V và Nghị quyết HĐND quận năm "
	"2019. Trong đó, tập trung đẩy mạnh phát triển ngành dịch vụ, công nghiệp – tiểu thủ "
	"công nghiệp, nông nghiệp đô thị và chuyển đổi hộ kinh doanh cá thể thành doanh nghiệp. "
	"Gắn phát triển kinh tế với bảo đảm an sinh xã hội và bảo vệ môi trường. Đổi mới, sắp "
	"xếp tổ chức bộ máy hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả gắn với "
	"đẩy mạnh cải cách hành chính; phòng, chống tham nhũng, lãng phí; giữ vững an ninh chính "
	"trị và trật tự an toàn xã hội trong mọi tình huống.\n\n"
	"Chỉ tiêu đặt ra là tốc độ tăng trưởng bình quân về giá trị sản xuất của khu vực dịch vụ "
	"là 10%/năm. Tốc độ tăng trưởng bình quân về giá trị sản xuất của ngành công nghiệp, tiểu "
	"thủ công nghiệp là 11%/năm; dự toán thu ngân sách nhà nước phấn đấu vượt chỉ tiêu từ 6% "
	"đến 8%; tổng mức đầu tư xây dựng cơ bản vốn ngân sách tập trung thành phố và quận  quản "
	"lý đạt 250 tỷ đồng; giảm tỷ lệ hộ nghèo, hộ cận nghèo bình quân 0,8% trên tổng số dân "
	"(giảm 600 hộ nghèo, 1.000 hộ cận nghèo theo chuẩn mới của thành phố); phấn đấu kéo giảm "
	"tỷ lệ phạm pháp hình sự từ 3 - 5%; nâng tỷ lệ điều tra, phá án hình sự trên 70%; xây "
	"dựng 80% tổ dân phố đạt tự quản về an ninh trật tự....\n\n"
	"Phát biểu tại Hội nghị, Bí thư Quận ủy Quận 9, Chủ tịch HĐND quận Đặng Thị Hồng Liên đã "
	"chỉ rõ những tồn tại và gợi mở những hướng đi trong thực hiện kế hoạch phát triển kinh "
	"tế - xã hội của quận trong năm 2019. Bí thư Quận ủy cho rằng, năm qua, công tác chỉ đạo "
	"điều hành của một vài phòng ban, đơn vị chưa thực sự quyết liệt, vẫn còn lúng túng trong "
	"triển khai các chương trình kế hoạch. Đồng chí đề nghị năm 2019 các phòng ban, đơn vị, "
	"UBND 13 phường cần rà soát tất cả các chương trình, kế hoạch để đưa ra những giải pháp, "
	"biện pháp thực hiện hiệu quả ngay từ đầu năm, cần quan tâm hơn nữa trong việc đẩy mạnh "
	"cải cách hành chính; cấp ủy, chính quyền, đặc biệt là người đứng đầu cần phải thay đổi "
	"tư duy trong chỉ đạo, điều hành cũng như trong tổ chức thực hiện các nhiệm vụ, kế hoạch. "
	"Thời gian tới, Ban Thường vụ Quận ủy sẽ có chương trình giám sát, cương quyết xử lý đối "
	"với những cấp ủy, người đứng đầu không làm tròn nhiệm vụ.\n\n"
	"Cũng tại hội nghị, Chủ tịch UBND quận Trần Văn Bảy đề nghị; lãnh đạo các phòng ban, đơn "
	"vị, UBND 13 phường căn cứ mục tiêu và các chỉ tiêu phát triển kinh tế - xã hội của quận "
	"để cụ thể hóa thành kế hoạch, chương trình hoạt động theo chức năng, nhiệm vụ, phạm vi "
	"và lĩnh vực công tác được giao; trong kế hoạch phải nêu rõ thời gian hoàn thành, phân "
	"công cụ thể cá nhân, đơn vị thực hiện và lãnh đạo nào chịu trách nhiệm chỉ đạo chính. "
	"Tập trung giải pháp thực hiện tốt chủ đề năm 2019 “Năm đột phá cải cách hành chính và "
	"thực hiện Nghị quyết 54 của Quốc hội”, tiếp tục ứng dụng công nghệ thông tin và hệ "
	"thống quản lý chất lượng theo tiêu chuẩn ISO vào hoạt động quản lý hành chính trong "
	"toàn quận; tăng cường công tác đối thoại giữa người đứng đầu cấp ủy, chính quyền với "
	"nhân dân đẻ giải quyết kịp thời, dứt điểm, giải tỏa bức xúc cho người dân.\n";

struct demo_article {
	const char *unit_code;
	const char *category;
	const char *title;
	const char *lead;
	const char *body;
	const char *author;
	const char *published;   /* Vietnam time; NULL: left in review */
	int64_t views;
	const char *captions[2]; /* pictures, drawn */
};

static const struct demo_article items[] = {
	{ "Q9", "hoat-dong",
	  "Quận 9: Tập trung giải pháp thực hiện tốt chủ đề năm 2019 “Năm đột phá cải cách "
	  "hành chính và thực hiện Nghị quyết 54 của Quốc hội”",
	  "UBND Quận 9 tổ chức Hội nghị triển khai nhiệm vụ phát triển kinh tế, xã hội năm 2019.",
	  seed_body, "Văn phòng HĐND và UBND quận", "2019-01-17T20:50", 811,
	  { "Bí thư Quận ủy Quận 9, Chủ tịch HĐND quận Đặng Thị Hồng Liên phát biểu chỉ đạo tại "
	    "Hội nghị.",
	    "Đồng chí Trần Văn Bảy, Chủ tịch UBND Quận 9 phát biểu tại Hội nghị." } },
	{ "Q9.LONGBINH", "hoat-dong", "Phường Long Bình ra quân Tháng Thanh niên năm 2019",
	  "Đoàn viên, thanh niên phường Long Bình dọn vệ sinh kênh rạch và trồng cây xanh trên "
	  "các tuyến đường của phường.",
	  "Sáng 3/3, Đoàn phường Long Bình tổ chức lễ ra quân Tháng Thanh niên năm 2019.\n\n"
	  "Trong tháng, các chi đoàn khu phố thực hiện **12 công trình thanh niên**: dọn vệ sinh "
	  "kênh rạch, trồng cây xanh, sửa chữa nhà cho hộ nghèo và tư vấn hướng nghiệp cho học "
	  "sinh lớp 12.\n",
	  "Phường Long Bình", "2019-03-04T09:15", 245, { NULL, NULL } },
	{ "Q9", "cai-cach-hanh-chinh",
	  "Quận 9 tiếp nhận hồ sơ trực tuyến mức độ 3, 4 tại Bộ phận một cửa",
	  "Từ tháng 4/2019, người dân và doanh nghiệp nộp hồ sơ trực tuyến cho 126 thủ tục hành "
	  "chính của quận.",
	  "Thực hiện chủ đề năm 2019, UBND Quận 9 mở rộng dịch vụ công trực tuyến mức độ 3 và 4.\n\n"
	  "## Những điểm mới\n\n"
	  "- Nộp hồ sơ và theo dõi tiến độ giải quyết qua mạng;\n"
	  "- Nhận kết quả qua dịch vụ bưu chính công ích;\n"
	  "- Tra cứu hồ sơ bằng mã số trên giấy biên nhận.\n",
	  "Phòng Nội vụ", "2019-04-02T15:30", 392, { NULL, NULL } },
	{ "Q9", "thong-bao", "Lịch tiếp công dân của Chủ tịch UBND Quận 9 tháng 6/2019",
	  "Chủ tịch UBND quận tiếp công dân định kỳ vào thứ năm tuần thứ hai và thứ tư của tháng.",
	  "Chủ tịch UBND Quận 9 tiếp công dân tại Trụ sở Tiếp công dân quận vào các ngày "
	  "**13/6/2019** và **27/6/2019**, từ 7 giờ 30.\n\n"
	  "Công dân mang theo giấy tờ tùy thân và tài liệu liên quan đến nội dung trình bày.\n",
	  "Ban Tiếp công dân quận", "2019-05-28T09:15", 158, { NULL, NULL } },
	{ "Q9", "kinh-te-xa-hoi", "Sơ kết 6 tháng đầu năm 2019: thu ngân sách đạt 58,4% dự toán",
	  "UBND Quận 9 sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm và triển khai nhiệm vụ "
	  "6 tháng cuối năm 2019.",
	  "Sáu tháng đầu năm, tổng thu ngân sách nhà nước trên địa bàn đạt 58,4% dự toán; giá "
	  "trị sản xuất khu vực dịch vụ tăng 10,2% so với cùng kỳ.\n\n"
	  "Quận giảm 312 hộ nghèo và 540 hộ cận nghèo theo chuẩn của thành phố.\n",
	  "Phòng Tài chính - Kế hoạch", "2019-07-12T16:40", 276, { NULL, NULL } },
	{ "Q9.HIEPPHU", "do-thi", "Phường Hiệp Phú ra mắt tuyến đường văn minh, sạch đẹp",
	  "Tuyến đường Lê Văn Việt đoạn qua phường Hiệp Phú được công nhận tuyến đường văn minh "
	  "đô thị.",
	  "Các hộ kinh doanh trên tuyến cam kết không lấn chiếm vỉa hè, giữ vệ sinh chung.\n",
	  "Phường Hiệp Phú", "2019-08-20T10:00", 203, { NULL, NULL } },
	{ "Q9", "thong-bao", "Dự thảo: Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc 2019",
	  "Bản dự thảo đang chờ duyệt.",
	  "Nội dung dự thảo kế hoạch.\n", "Phòng Văn hóa và Thông tin", NULL, 0, { NULL, NULL } },
};

/* A placeholder picture (the seed's photographs are not in the data): a stage and a hall. */
static unsigned char *drawn_picture(int variant, size_t *len)
{
	gdImagePtr im = gdImageCreateTrueColor(960, 540);
	if (im == NULL)
		return NULL;
	int wall = gdImageColorAllocate(im, 0xE8, 0xE2, 0xD0);
	int stage = gdImageColorAllocate(im, 0xA3, 0x1F, 0x1F);
	int desk = gdImageColorAllocate(im, 0x5A, 0x3A, 0x22);
	int seat = gdImageColorAllocate(im, 0x2F, 0x4F, 0x7F);
	gdImageFilledRectangle(im, 0, 0, 959, 539, wall);
	gdImageFilledRectangle(im, 80, 40, 880, 200, stage);
	gdImageFilledRectangle(im, 200 + variant * 240, 230, 520 + variant * 240, 300, desk);
	for (int row = 0; row < 4; row++)
		for (int col = 0; col < 12; col++)
			gdImageFilledEllipse(im, 60 + col * 76, 360 + row * 46, 40, 30, seat);
	int size = 0;
	void *png = gdImagePngPtr(im, &size);
	gdImageDestroy(im);
	if (png == NULL || size <= 0)
		return NULL;
	*len = (size_t)size;
	return png;   /* gdFree */
}

bool news_demo_load(struct store *st, struct arena *a)
{
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		const struct demo_article *d = &items[i];
		struct org_unit u;
		if (org_unit_get_by_code(st, d->unit_code, a, &u) != STORE_OK) {
			fprintf(stderr, "demo: news: no unit %s\n", d->unit_code);
			return false;
		}
		struct news_edit e = { .title = d->title, .lead = d->lead, .body = d->body,
		                       .category = d->category, .author = d->author,
		                       .unit_id = u.id };
		struct article art;
		struct org_error err = { 0 };
		enum org_result r = news_save_in(st, a, &principal_system, 0, &e, &art, &err);
		for (int k = 0; r == ORG_OK && k < 2 && d->captions[k]; k++) {
			size_t len = 0;
			unsigned char *png = drawn_picture(k, &len);
			struct news_image img;
			r = png ? news_image_add_in(st, a, &principal_system, art.id, png, len,
			                            "Ảnh minh họa hội trường hội nghị (ảnh gốc của bài "
			                            "không có trong dữ liệu mẫu)", d->captions[k], &img,
			                            &err)
			        : ORG_FAILED;
			if (png)
				gdFree(png);
		}
		if (r == ORG_OK)
			r = news_move_in(st, a, &principal_system, art.id, NEWS_REVIEW, 0, &art, &err);
		int64_t at = 0;
		if (r == ORG_OK && d->published && news_time_parse(d->published, &at))
			r = news_move_in(st, a, &principal_system, art.id, NEWS_PUBLISHED, at, &art, &err);
		if (r == ORG_OK && d->views)
			r = news_set_views_in(st, art.id, d->views);
		if (r != ORG_OK) {
			fprintf(stderr, "demo: news: \"%s\": %s %s\n", d->title,
			        err.field ? err.field : "", err.detail ? err.detail : "");
			return false;
		}
	}
	return true;
}
