/*
 * feedback_photo.h: photos sent with a report, made safe to publish.
 *
 * A phone's JPEG carries EXIF (GPS position, camera serial, time); a PNG
 * may carry text chunks.  Rather than edit those structures, the photo is
 * decoded and encoded afresh (libjpeg, libpng), which writes the pixels
 * and nothing else.  What cannot be decoded is refused, and so is anything
 * larger than the caps (a small file can decode to gigabytes).
 */
#ifndef DIEUHANH_FEEDBACK_PHOTO_H
#define DIEUHANH_FEEDBACK_PHOTO_H

#include <stdbool.h>
#include <stddef.h>

enum { FB_PHOTO_MAX_SIDE = 8000, FB_PHOTO_MAX_PIXELS = 40 * 1000 * 1000 };

/*
 * Re-encodes the photo IN (LEN bytes; JPEG or PNG, told by its first
 * bytes, never by its name) into *OUT (malloc'd, *OUT_LEN bytes) with
 * *MIME its type.  False with *PROBLEM (English) when it is not a photo of
 * those types, is damaged, or is too large.
 */
bool fb_photo_clean(const unsigned char *in, size_t len, unsigned char **out, size_t *out_len,
                    const char **mime, const char **problem);

#endif
