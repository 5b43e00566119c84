/* news_image.c: see news_image.h. */
#include "news/news_image.h"

#include <gd.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { SIDE_MAX = 12000 };

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

static gdImagePtr decode(const unsigned char *bytes, size_t len, const char *mime)
{
	pthread_once(&quiet_once, quiet);
	if (len > (size_t)INT32_MAX)
		return NULL;
	void *p = (void *)(uintptr_t)bytes;  /* libgd takes a non-const pointer and only reads */
	if (strcmp(mime, "image/jpeg") == 0)
		return gdImageCreateFromJpegPtr((int)len, p);
	if (strcmp(mime, "image/png") == 0)
		return gdImageCreateFromPngPtr((int)len, p);
	return gdImageCreateFromWebpPtr((int)len, p);
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
	return info->width > 0 && info->height > 0 && info->width <= SIDE_MAX
	    && info->height <= SIDE_MAX;
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
	gdImageSetInterpolationMethod(im, GD_BILINEAR_FIXED);
	gdImagePtr small = gdImageScale(im, (unsigned)w, (unsigned)h);
	gdImageDestroy(im);
	if (small == NULL)
		return NULL;
	int size = 0;
	void *out;
	if (strcmp(info->mime, "image/png") == 0) {
		gdImageSaveAlpha(small, 1);
		out = gdImagePngPtr(small, &size);
	} else {
		out = gdImageJpegPtr(small, &size, 82);
	}
	gdImageDestroy(small);
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
