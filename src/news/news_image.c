/* news_image.c: see news_image.h. */
#include "news/news_image.h"

#include <gd.h>
#include <jpeglib.h>
#include <png.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <webp/decode.h>

/* A picture that does not decode is the sender's mistake, answered 422: not a log line. */
static void gd_quiet(int priority, const char *format, va_list args)
{
	(void)priority, (void)format, (void)args;
}

static pthread_once_t quiet_once = PTHREAD_ONCE_INIT;

static void quiet(void)
{
	gdSetErrorMethod(gd_quiet);
}

static const char *sniff(const unsigned char *b, size_t len)
{
	if (len >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
		return "image/jpeg";
	if (len >= 8 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0)
		return "image/png";
	if (len >= 12 && memcmp(b, "RIFF", 4) == 0 && memcmp(b + 8, "WEBP", 4) == 0)
		return "image/webp";
	return NULL;
}

/* ---- the size, from the header: each format's own library reads it ---- */

struct jpeg_fail {
	struct jpeg_error_mgr mgr;
	jmp_buf jump;
};

static void jpeg_fail_exit(j_common_ptr c)
{
	longjmp(((struct jpeg_fail *)c->err)->jump, 1);
}

static void jpeg_quiet(j_common_ptr c, int level)
{
	(void)c, (void)level;
}

static bool jpeg_size(const unsigned char *b, size_t len, int *w, int *h)
{
	struct jpeg_decompress_struct d;
	struct jpeg_fail err;
	memset(&d, 0, sizeof d);
	d.err = jpeg_std_error(&err.mgr);
	err.mgr.error_exit = jpeg_fail_exit;
	err.mgr.emit_message = jpeg_quiet;
	if (setjmp(err.jump)) {
		jpeg_destroy_decompress(&d);
		return false;
	}
	jpeg_create_decompress(&d);
	jpeg_mem_src(&d, b, (unsigned long)len);
	jpeg_read_header(&d, TRUE);
	*w = (int)d.image_width;
	*h = (int)d.image_height;
	jpeg_destroy_decompress(&d);
	return true;
}

static bool png_size(const unsigned char *b, size_t len, int *w, int *h)
{
	png_image img;
	memset(&img, 0, sizeof img);
	img.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&img, b, len))
		return false;
	bool ok = img.width <= INT32_MAX && img.height <= INT32_MAX;
	*w = (int)img.width;
	*h = (int)img.height;
	png_image_free(&img);
	return ok;
}

static bool header_size(const unsigned char *b, size_t len, const char *mime, int *w, int *h)
{
	*w = *h = 0;
	if (strcmp(mime, "image/jpeg") == 0)
		return jpeg_size(b, len, w, h);
	if (strcmp(mime, "image/png") == 0)
		return png_size(b, len, w, h);
	return WebPGetInfo(b, len, w, h) != 0;
}

static bool size_ok(int w, int h)
{
	return w > 0 && h > 0 && w <= NEWS_IMAGE_MAX_SIDE_IN && h <= NEWS_IMAGE_MAX_SIDE_IN
	    && (int64_t)w * h <= NEWS_IMAGE_MAX_PIXELS;
}

/* ---- decoding and encoding (libgd) ------------------------------------- */

/* Decodes only what the header says is within bounds. */
static gdImagePtr decode(const unsigned char *bytes, size_t len, const char *mime)
{
	pthread_once(&quiet_once, quiet);
	int w, h;
	if (len > (size_t)INT32_MAX || !header_size(bytes, len, mime, &w, &h) || !size_ok(w, h))
		return NULL;
	void *p = (void *)(uintptr_t)bytes;  /* libgd takes a non-const pointer and only reads */
	if (strcmp(mime, "image/jpeg") == 0)
		return gdImageCreateFromJpegPtr((int)len, p);
	if (strcmp(mime, "image/png") == 0)
		return gdImageCreateFromPngPtr((int)len, p);
	return gdImageCreateFromWebpPtr((int)len, p);
}

/* IM scaled to W x H (IM itself when it has that size already). */
static gdImagePtr scaled(gdImagePtr im, int w, int h)
{
	if (gdImageSX(im) == w && gdImageSY(im) == h)
		return im;
	gdImageSetInterpolationMethod(im, GD_BILINEAR_FIXED);
	gdImagePtr small = gdImageScale(im, (unsigned)w, (unsigned)h);
	gdImageDestroy(im);
	return small;
}

/* IM encoded as MIME, malloc'd (libgd's buffer copied out); NULL on failure. */
static unsigned char *encode(gdImagePtr im, const char *mime, size_t *out_len)
{
	int size = 0;
	void *out;
	if (strcmp(mime, "image/png") == 0) {
		gdImageSaveAlpha(im, 1);
		out = gdImagePngPtr(im, &size);
	} else if (strcmp(mime, "image/webp") == 0) {
		out = gdImageWebpPtrEx(im, &size, 85);
	} else {
		out = gdImageJpegPtr(im, &size, 85);
	}
	if (out == NULL || size <= 0) {
		if (out)
			gdFree(out);
		return NULL;
	}
	unsigned char *copy = malloc((size_t)size);
	if (copy)
		memcpy(copy, out, (size_t)size);
	gdFree(out);
	*out_len = copy ? (size_t)size : 0;
	return copy;
}

bool news_image_inspect(const unsigned char *bytes, size_t len, struct news_image_info *info)
{
	const char *mime = bytes ? sniff(bytes, len) : NULL;
	if (mime == NULL)
		return false;
	gdImagePtr im = decode(bytes, len, mime);
	if (im == NULL)
		return false;
	info->mime = mime;
	info->width = gdImageSX(im);
	info->height = gdImageSY(im);
	gdImageDestroy(im);
	return size_ok(info->width, info->height);
}

unsigned char *news_image_reencode(const unsigned char *bytes, size_t len,
                                   const struct news_image_info *info, int max_side, int *w,
                                   int *h, size_t *out_len)
{
	gdImagePtr im = decode(bytes, len, info->mime);
	if (im == NULL)
		return NULL;
	int sw = gdImageSX(im), sh = gdImageSY(im);
	int longer = sw > sh ? sw : sh;
	*w = sw;
	*h = sh;
	if (longer > max_side) {
		*w = (int)((int64_t)sw * max_side / longer);
		*h = (int)((int64_t)sh * max_side / longer);
		*w = *w < 1 ? 1 : *w;
		*h = *h < 1 ? 1 : *h;
	}
	im = scaled(im, *w, *h);
	if (im == NULL)
		return NULL;
	unsigned char *out = encode(im, info->mime, out_len);
	gdImageDestroy(im);
	return out;
}

unsigned char *news_image_thumbnail(const unsigned char *bytes, size_t len,
                                    const struct news_image_info *info, int width,
                                    size_t *out_len)
{
	gdImagePtr im = decode(bytes, len, info->mime);
	if (im == NULL)
		return NULL;
	int w = info->width < width ? info->width : width;
	int h = (int)((long long)info->height * w / info->width);
	if (h < 1)
		h = 1;
	im = scaled(im, w, h);
	if (im == NULL)
		return NULL;
	unsigned char *out = encode(im, strcmp(info->mime, "image/png") == 0 ? "image/png"
	                                                                    : "image/jpeg", out_len);
	gdImageDestroy(im);
	return out;
}
