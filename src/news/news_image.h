/*
 * news_image.h: uploaded pictures, checked by their bytes (the name and the
 * declared type are the sender's word), their size read from the header
 * before anything is decoded (a small file can decode to gigabytes), then
 * decoded by libgd and encoded afresh: what is stored and served is pixels
 * and nothing else — a camera's EXIF (GPS position, serial number, time), a
 * PNG's text chunks or a WebP's metadata do not survive.  Pure: no store,
 * no HTTP.
 */
#ifndef DIEUHANH_NEWS_IMAGE_H
#define DIEUHANH_NEWS_IMAGE_H

#include <stdbool.h>
#include <stddef.h>

struct news_image_info {
	const char *mime;     /* "image/jpeg", "image/png", "image/webp" */
	int width, height;
};

enum {
	NEWS_IMAGE_MAX_SIDE_IN = 12000,            /* what an upload may measure */
	NEWS_IMAGE_MAX_PIXELS = 40 * 1000 * 1000,  /* and hold, before decoding */
	NEWS_IMAGE_SIDE = 2400,                    /* what is kept: the longer side */
};

/*
 * True when BYTES are a JPEG, PNG or WebP image libgd decodes, of at most
 * NEWS_IMAGE_MAX_SIDE_IN pixels a side and NEWS_IMAGE_MAX_PIXELS in all
 * (checked from the header, before decoding); fills INFO.
 */
bool news_image_inspect(const unsigned char *bytes, size_t len, struct news_image_info *info);

/*
 * The picture encoded afresh in its own format (JPEG, PNG with its
 * transparency, WebP), its longer side at most MAX_SIDE pixels, malloc'd,
 * *OUT_LEN its size and *W, *H its dimensions; NULL on failure.  Only the
 * pixels are written: no metadata of the source survives — so a JPEG's
 * EXIF orientation (a phone held upright) is applied to the pixels first.
 */
unsigned char *news_image_reencode(const unsigned char *bytes, size_t len,
                                   const struct news_image_info *info, int max_side, int *w,
                                   int *h, size_t *out_len);

/*
 * A JPEG (PNG for a PNG source, keeping transparency) at most WIDTH pixels
 * wide, malloc'd, *OUT_LEN its size; NULL on failure.  A source narrower
 * than WIDTH is re-encoded at its size (which also drops its metadata).
 */
unsigned char *news_image_thumbnail(const unsigned char *bytes, size_t len,
                                    const struct news_image_info *info, int width,
                                    size_t *out_len);

#endif
