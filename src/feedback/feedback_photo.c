/*
 * feedback_photo.c: see feedback_photo.h.
 */
#include "feedback/feedback_photo.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>

/* ---- JPEG ------------------------------------------------------------ */

struct jpeg_fail {
	struct jpeg_error_mgr mgr;
	jmp_buf jump;
};

static void jpeg_fail_exit(j_common_ptr c)
{
	struct jpeg_fail *f = (struct jpeg_fail *)c->err;
	longjmp(f->jump, 1);
}

/* libjpeg would print warnings on stderr: a damaged upload is not the operator's news. */
static void jpeg_quiet(j_common_ptr c, int level)
{
	(void)c, (void)level;
}

struct jpeg_job {
	unsigned char *row, *buf;
	unsigned long buf_len;
	bool c_made;
};

static bool clean_jpeg(const unsigned char *in, size_t len, unsigned char **out,
                       size_t *out_len, const char **problem)
{
	struct jpeg_decompress_struct d;
	struct jpeg_compress_struct c;
	struct jpeg_fail derr, cerr;
	/* In memory (their address is taken), so a longjmp back finds their last values. */
	struct jpeg_job w = { 0 };
	struct jpeg_job *volatile job = &w;
	memset(&d, 0, sizeof d);
	memset(&c, 0, sizeof c);
	d.err = jpeg_std_error(&derr.mgr);
	derr.mgr.error_exit = jpeg_fail_exit;
	derr.mgr.emit_message = jpeg_quiet;
	c.err = jpeg_std_error(&cerr.mgr);
	cerr.mgr.error_exit = jpeg_fail_exit;
	cerr.mgr.emit_message = jpeg_quiet;
	if (setjmp(derr.jump) || setjmp(cerr.jump)) {
		jpeg_destroy_decompress(&d);
		if (job->c_made)
			jpeg_destroy_compress(&c);
		free(job->row);
		free(job->buf);
		*problem = "The photo is damaged or not a JPEG image.";
		return false;
	}
	jpeg_create_decompress(&d);
	jpeg_mem_src(&d, in, (unsigned long)len);
	jpeg_read_header(&d, TRUE);
	if (d.image_width == 0 || d.image_height == 0 || d.image_width > FB_PHOTO_MAX_SIDE
	    || d.image_height > FB_PHOTO_MAX_SIDE
	    || (uint64_t)d.image_width * d.image_height > FB_PHOTO_MAX_PIXELS) {
		jpeg_destroy_decompress(&d);
		*problem = "The photo is larger than 8000 pixels a side or 40 megapixels.";
		return false;
	}
	d.out_color_space = JCS_RGB;
	jpeg_start_decompress(&d);
	jpeg_create_compress(&c);
	job->c_made = true;
	jpeg_mem_dest(&c, &job->buf, &job->buf_len);
	c.image_width = d.output_width;
	c.image_height = d.output_height;
	c.input_components = 3;
	c.in_color_space = JCS_RGB;
	jpeg_set_defaults(&c);
	jpeg_set_quality(&c, 85, TRUE);
	/* No markers are copied: write_JFIF_header alone, no EXIF, no comments. */
	jpeg_start_compress(&c, TRUE);
	job->row = malloc((size_t)d.output_width * 3);
	if (job->row == NULL)
		longjmp(derr.jump, 1);
	while (d.output_scanline < d.output_height) {
		JSAMPROW r = job->row;
		jpeg_read_scanlines(&d, &r, 1);
		jpeg_write_scanlines(&c, &r, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_finish_decompress(&d);
	jpeg_destroy_compress(&c);
	jpeg_destroy_decompress(&d);
	free(job->row);
	*out = job->buf;
	*out_len = job->buf_len;
	return true;
}

/* ---- PNG ------------------------------------------------------------- */

static bool clean_png(const unsigned char *in, size_t len, unsigned char **out,
                      size_t *out_len, const char **problem)
{
	png_image img;
	memset(&img, 0, sizeof img);
	img.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&img, in, len)) {
		*problem = "The photo is damaged or not a PNG image.";
		return false;
	}
	if (img.width == 0 || img.height == 0 || img.width > FB_PHOTO_MAX_SIDE
	    || img.height > FB_PHOTO_MAX_SIDE
	    || (uint64_t)img.width * img.height > FB_PHOTO_MAX_PIXELS) {
		png_image_free(&img);
		*problem = "The photo is larger than 8000 pixels a side or 40 megapixels.";
		return false;
	}
	img.format = PNG_FORMAT_RGBA;
	size_t size = PNG_IMAGE_SIZE(img);
	unsigned char *pixels = malloc(size);
	if (pixels == NULL || !png_image_finish_read(&img, NULL, pixels, 0, NULL)) {
		free(pixels);
		png_image_free(&img);
		*problem = "The photo is damaged or not a PNG image.";
		return false;
	}
	png_image w;
	memset(&w, 0, sizeof w);
	w.version = PNG_IMAGE_VERSION;
	w.width = img.width;
	w.height = img.height;
	w.format = PNG_FORMAT_RGBA;
	png_alloc_size_t need = 0;
	bool ok = png_image_write_to_memory(&w, NULL, &need, 0, pixels, 0, NULL) && need > 0;
	unsigned char *buf = ok ? malloc(need) : NULL;
	ok = buf && png_image_write_to_memory(&w, buf, &need, 0, pixels, 0, NULL);
	free(pixels);
	png_image_free(&w);
	if (!ok) {
		free(buf);
		*problem = "The photo could not be re-encoded.";
		return false;
	}
	*out = buf;
	*out_len = need;
	return true;
}

bool fb_photo_clean(const unsigned char *in, size_t len, unsigned char **out, size_t *out_len,
                    const char **mime, const char **problem)
{
	*out = NULL;
	*out_len = 0;
	if (len >= 3 && in[0] == 0xFF && in[1] == 0xD8 && in[2] == 0xFF) {
		*mime = "image/jpeg";
		return clean_jpeg(in, len, out, out_len, problem);
	}
	static const unsigned char png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	if (len >= 8 && memcmp(in, png_sig, 8) == 0) {
		*mime = "image/png";
		return clean_png(in, len, out, out_len, problem);
	}
	*problem = "A photo must be a JPEG or PNG image.";
	return false;
}
