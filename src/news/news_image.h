/*
 * news_image.h: uploaded pictures, checked by their bytes (the name and the
 * declared type are the sender's word) and decoded by libgd, which makes the
 * thumbnail.  Pure: no store, no HTTP.
 */
#ifndef DIEUHANH_NEWS_IMAGE_H
#define DIEUHANH_NEWS_IMAGE_H

#include <stdbool.h>
#include <stddef.h>

struct news_image_info {
	const char *mime;     /* "image/jpeg", "image/png", "image/webp" */
	int width, height;
};

/*
 * True when BYTES are a JPEG, PNG or WebP image libgd decodes, of at most
 * 12,000 pixels a side; fills INFO.
 */
bool news_image_inspect(const unsigned char *bytes, size_t len, struct news_image_info *info);

/*
 * A JPEG (PNG for a PNG source, keeping transparency) at most WIDTH pixels
 * wide, malloc'd, *OUT_LEN its size; NULL on failure.  A source narrower
 * than WIDTH is re-encoded at its size (which also drops its metadata).
 */
unsigned char *news_image_thumbnail(const unsigned char *bytes, size_t len,
                                    const struct news_image_info *info, int width,
                                    size_t *out_len);

#endif
