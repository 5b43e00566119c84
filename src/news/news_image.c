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

/*
 * The orientation (1–8) a camera wrote in the EXIF of a JPEG: tag 0x0112 of
 * the first IFD of the TIFF structure T (N bytes) the APP1 segment holds.
 * Bounded reads of that one tag; 1 (as stored) when absent or malformed.
 */
static int tiff_orientation(const unsigned char *t, size_t n)
{
	if (n < 8)
		return 1;
	bool le = t[0] == 'I' && t[1] == 'I';
	if (!le && !(t[0] == 'M' && t[1] == 'M'))
		return 1;
#define U16(p) (le ? (unsigned)((p)[0] | (p)[1] << 8) : (unsigned)((p)[0] << 8 | (p)[1]))
#define U32(p) (le ? ((uint32_t)(p)[0] | (uint32_t)(p)[1] << 8 | (uint32_t)(p)[2] << 16    \
                      | (uint32_t)(p)[3] << 24)                                         \
                   : ((uint32_t)(p)[0] << 24 | (uint32_t)(p)[1] << 16 | (uint32_t)(p)[2] << 8 \
                      | (uint32_t)(p)[3]))
	uint32_t ifd = U32(t + 4);
	if (ifd < 8 || ifd > n - 2)
		return 1;
	unsigned entries = U16(t + ifd);
	for (unsigned i = 0; i < entries; i++) {
		size_t e = ifd + 2 + (size_t)12 * i;
		if (e + 12 > n)
			break;
		if (U16(t + e) == 0x0112 && U16(t + e + 2) == 3 /* SHORT */) {
			unsigned v = U16(t + e + 8);
			return v >= 1 && v <= 8 ? (int)v : 1;
		}
	}
#undef U16
#undef U32
	return 1;
}

/* A JPEG's size and the orientation its EXIF gives (1 when none), read by libjpeg. */
static bool jpeg_header(const unsigned char *b, size_t len, int *w, int *h, int *orientation)
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
	jpeg_save_markers(&d, JPEG_APP0 + 1, 0xFFFF);
	jpeg_read_header(&d, TRUE);
	*w = (int)d.image_width;
	*h = (int)d.image_height;
	*orientation = 1;
	for (jpeg_saved_marker_ptr m = d.marker_list; m; m = m->next)
		if (m->marker == JPEG_APP0 + 1 && m->data_length >= 6
		    && memcmp(m->data, "Exif\0\0", 6) == 0) {
			*orientation = tiff_orientation(m->data + 6, m->data_length - 6);
			break;
		}
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

static bool header_size(const unsigned char *b, size_t len, const char *mime, int *w, int *h,
                        int *orientation)
{
	*w = *h = 0;
	*orientation = 1;
	if (strcmp(mime, "image/jpeg") == 0)
		return jpeg_header(b, len, w, h, orientation);
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

/*
 * Decodes only what the header says is within bounds; *ORIENTATION (may be
 * NULL) gets the EXIF orientation, which the pixels do not have applied.
 */
static gdImagePtr decode_oriented(const unsigned char *bytes, size_t len, const char *mime,
                                  int *orientation)
{
	pthread_once(&quiet_once, quiet);
	int w, h, o;
	if (len > (size_t)INT32_MAX || !header_size(bytes, len, mime, &w, &h, &o)
	    || !size_ok(w, h))
		return NULL;
	if (orientation)
		*orientation = o;
	void *p = (void *)(uintptr_t)bytes;  /* libgd takes a non-const pointer and only reads */
	if (strcmp(mime, "image/jpeg") == 0)
		return gdImageCreateFromJpegPtr((int)len, p);
	if (strcmp(mime, "image/png") == 0)
		return gdImageCreateFromPngPtr((int)len, p);
	return gdImageCreateFromWebpPtr((int)len, p);
}

static gdImagePtr decode(const unsigned char *bytes, size_t len, const char *mime)
{
	return decode_oriented(bytes, len, mime, NULL);
}

/* IM turned a quarter clockwise (a new image; IM destroyed), NULL when out of memory. */
static gdImagePtr quarter_clockwise(gdImagePtr im)
{
	int w = gdImageSX(im), h = gdImageSY(im);
	gdImagePtr out = gdImageCreateTrueColor(h, w);
	if (out) {
		gdImageAlphaBlending(out, 0);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				gdImageSetPixel(out, h - 1 - y, x, gdImageGetTrueColorPixel(im, x, y));
	}
	gdImageDestroy(im);
	return out;
}

/*
 * IM as the camera meant it to be seen (EXIF orientation O, 1–8): the tag
 * does not survive the new encoding, so it is applied to the pixels.
 */
static gdImagePtr upright(gdImagePtr im, int o)
{
	switch (o) {
	case 2: gdImageFlipHorizontal(im); return im;
	case 3: gdImageFlipBoth(im); return im;
	case 4: gdImageFlipVertical(im); return im;
	case 5: im = quarter_clockwise(im); if (im) gdImageFlipHorizontal(im); return im;
	case 6: return quarter_clockwise(im);
	case 7: im = quarter_clockwise(im); if (im) gdImageFlipVertical(im); return im;
	case 8: im = quarter_clockwise(im); if (im) gdImageFlipBoth(im); return im;
	default: return im;
	}
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
	int orientation = 1;
	gdImagePtr im = decode_oriented(bytes, len, info->mime, &orientation);
	if (im == NULL)
		return NULL;
	/* Sized as it is to be seen (5–8 turn it a quarter), scaled first, then turned upright. */
	bool turned = orientation >= 5;
	int sw = turned ? gdImageSY(im) : gdImageSX(im), sh = turned ? gdImageSX(im) : gdImageSY(im);
	int longer = sw > sh ? sw : sh;
	*w = sw;
	*h = sh;
	if (longer > max_side) {
		*w = (int)((int64_t)sw * max_side / longer);
		*h = (int)((int64_t)sh * max_side / longer);
		*w = *w < 1 ? 1 : *w;
		*h = *h < 1 ? 1 : *h;
	}
	im = scaled(im, turned ? *h : *w, turned ? *w : *h);
	if (im && orientation != 1)
		im = upright(im, orientation);
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
