/*
 * test_i18n.c: the .po reader, and that the shipped Vietnamese catalog
 * translates every string the pages use.
 *
 * Run from the repository root (make test does): the second part reads
 * the C files of src/web/, each module's pages (src/MODULE/..._pages....c) and po/vi.po.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "web/i18n.h"

static const char SAMPLE[] =
	"# A translator's comment\n"
	"msgid \"\"\n"
	"msgstr \"\"\n"
	"\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	"\"Language: vi\\n\"\n"
	"\n"
	"#: src/web/layout.c:10\n"
	"msgid \"Home\"\n"
	"msgstr \"Trang chủ\"\n"
	"\n"
	"msgid \"\"\n"
	"\"A long sentence \"\n"
	"\"on two lines.\"\n"
	"msgstr \"\"\n"
	"\"Một câu dài \"\n"
	"\"trên hai dòng.\"\n"
	"\n"
	"#, c-format\n"
	"msgid \"Say \\\"%s\\\"\\\\n\"\n"
	"msgstr \"Nói \\\"%s\\\"\\\\\\n\\tmới\"\n"
	"\n"
	"#, fuzzy, c-format\n"
	"msgid \"Fuzzy one\"\n"
	"msgstr \"Chưa chắc\"\n"
	"\n"
	"msgid \"Untranslated\"\n"
	"msgstr \"\"\n"
	"\n"
	"msgctxt \"menu\"\n"
	"msgid \"Open\"\n"
	"msgstr \"Mở\"\n"
	"\n"
	"msgid \"%d file\"\n"
	"msgid_plural \"%d files\"\n"
	"msgstr[0] \"%d tệp\"\n"
	"\n"
	"#~ msgid \"Obsolete\"\n"
	"#~ msgstr \"Cũ\"\n"
	"\r\n"
	"msgid \"Windows line\"\r\n"
	"msgstr \"Dòng Windows\"\r\n"
	"# no blank line before the next entry\n"
	"msgid \"Next\"\n"
	"msgstr \"Tiếp\"";

static char *write_temp(const char *text)
{
	char *path = strdup("/tmp/dieuhanh-test-po.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	size_t len = strlen(text);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

static void test_parses_entries_from_a_file(void **state)
{
	(void)state;
	char *path = write_temp(SAMPLE);
	char err[256] = "";
	struct i18n_catalog *c = i18n_catalog_load(path, err, sizeof err);
	unlink(path);
	free(path);
	assert_non_null(c);
	assert_string_equal(i18n_catalog_get(c, "Home"), "Trang chủ");
	assert_string_equal(i18n_catalog_get(c, "A long sentence on two lines."),
	                    "Một câu dài trên hai dòng.");
	assert_string_equal(i18n_catalog_get(c, "Say \"%s\"\\n"), "Nói \"%s\"\\\n\tmới");
	assert_string_equal(i18n_catalog_get(c, "Windows line"), "Dòng Windows");
	assert_string_equal(i18n_catalog_get(c, "Next"), "Tiếp");
	/* Left out: the header, fuzzy, untranslated, context, plural, obsolete. */
	assert_null(i18n_catalog_get(c, ""));
	assert_null(i18n_catalog_get(c, "Fuzzy one"));
	assert_null(i18n_catalog_get(c, "Untranslated"));
	assert_null(i18n_catalog_get(c, "Open"));
	assert_null(i18n_catalog_get(c, "%d file"));
	assert_null(i18n_catalog_get(c, "Obsolete"));
	assert_null(i18n_catalog_get(c, "Missing"));
	assert_int_equal(i18n_catalog_size(c), 5);
	i18n_catalog_free(c);
}

static void test_malformed_text_is_refused_with_its_line(void **state)
{
	(void)state;
	static const struct { const char *text, *line; } bad[] = {
		{ "msgid \"a\"\nmsgstr \"b\n", "line 2" },          /* unclosed quote */
		{ "msgid \"a\"\nmsgstr \"\\q\"\n", "line 2" },       /* unknown escape */
		{ "\"orphan\"\n", "line 1" },                       /* continues nothing */
		{ "msgid \"a\"\nmsgid \"b\"\n", "line 2" },          /* no msgstr */
		{ "msgid \"a\"\nmsgstr \"b\" x\n", "line 2" },       /* trailing text */
		{ "msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", "line 3" },
		{ "nonsense\n", "line 1" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char err[128] = "";
		struct i18n_catalog *c = i18n_catalog_parse(bad[i].text, strlen(bad[i].text), err,
		                                            sizeof err);
		assert_null(c);
		assert_non_null(strstr(err, bad[i].line));
	}
	/* Invalid UTF-8 in a translation. */
	const char latin1[] = "msgid \"a\"\nmsgstr \"\xE9\"\n";
	char err[128];
	assert_null(i18n_catalog_parse(latin1, strlen(latin1), err, sizeof err));
	/* Empty text is an empty catalog, and a missing file an error. */
	struct i18n_catalog *c = i18n_catalog_parse("", 0, err, sizeof err);
	assert_non_null(c);
	assert_int_equal(i18n_catalog_size(c), 0);
	i18n_catalog_free(c);
	assert_null(i18n_catalog_load("/nonexistent/vi.po", err, sizeof err));
	assert_non_null(strstr(err, "/nonexistent/vi.po"));
}

/* ---- every string of the pages is translated ---------------------------- */

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		fail_msg("cannot open %s (run the tests from the repository root)", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *s = malloc((size_t)n + 1);
	assert_non_null(s);
	assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	fclose(f);
	return s;
}

static const char *skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/*
 * Reads adjacent C string literals at P ("a" "b" → ab) into OUT; returns
 * the end, or NULL when P is not at a literal.
 */
static const char *c_literal(const char *p, char *out, size_t cap)
{
	size_t n = 0;
	if (*p != '"')
		return NULL;
	while (*p == '"') {
		for (p++; *p && *p != '"'; p++) {
			char c = *p;
			if (c == '\\') {
				p++;
				switch (*p) {
				case 'n': c = '\n'; break;
				case 't': c = '\t'; break;
				case 'x': {
					char *end;
					c = (char)strtol(p + 1, &end, 16);
					p = end - 1;
					break;
				}
				default: c = *p; break;
				}
			}
			assert_true(n + 1 < cap);
			out[n++] = c;
		}
		assert_true(*p == '"');
		p = skip_space(p + 1);
	}
	out[n] = '\0';
	return p;
}

static bool ident_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
	       || c == '_';
}

/* Checks every T(x, "...") and N_("...") of SOURCE against C; counts them. */
static size_t check_source(const char *name, const char *source,
                           const struct i18n_catalog *c, size_t *missing)
{
	size_t found = 0;
	char msgid[4096];
	for (const char *p = source; *p; p++) {
		if (p > source && ident_char(p[-1]))
			continue;
		const char *q;
		if (strncmp(p, "T(", 2) == 0) {
			q = strchr(p, ',');
			if (q == NULL || memchr(p, ')', (size_t)(q - p)))
				continue;
			q = skip_space(q + 1);
		} else if (strncmp(p, "N_(", 3) == 0) {
			q = skip_space(p + 3);
		} else {
			continue;
		}
		if (c_literal(q, msgid, sizeof msgid) == NULL)
			continue;
		found++;
		if (i18n_catalog_get(c, msgid) == NULL) {
			print_error("%s: no Vietnamese for \"%s\"\n", name, msgid);
			(*missing)++;
		}
	}
	return found;
}

static void test_every_page_string_has_a_vietnamese_translation(void **state)
{
	(void)state;
	char err[512] = "";
	struct i18n_catalog *c = i18n_catalog_load("po/vi.po", err, sizeof err);
	if (c == NULL)
		fail_msg("po/vi.po: %s", err);
	const char *first;
	if (i18n_catalog_dropped(c, &first) != 0)
		fail_msg("po/vi.po: the translation of \"%s\" reads other printf arguments", first);
	/* The shared chrome in src/web/, each module's pages and nav labels (..._pages, ..._module). */
	DIR *top = opendir("src");
	assert_non_null(top);
	struct dirent *m;
	size_t found = 0, missing = 0, files = 0;
	while ((m = readdir(top)) != NULL) {
		if (m->d_name[0] == '.')
			continue;
		bool shared = strcmp(m->d_name, "web") == 0;
		char dir[512];
		snprintf(dir, sizeof dir, "src/%s", m->d_name);
		DIR *d = opendir(dir);
		if (d == NULL)
			continue;
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			size_t n = strlen(e->d_name);
			if (n < 3 || strcmp(e->d_name + n - 2, ".c") != 0
			    || (!shared && strstr(e->d_name, "_pages") == NULL
			        && strstr(e->d_name, "_module") == NULL))
				continue;
			char path[1100];
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			char *src = read_all(path);
			found += check_source(path, src, c, &missing);
			free(src);
			files++;
		}
		closedir(d);
	}
	closedir(top);
	i18n_catalog_free(c);
	assert_true(files > 5);
	assert_true(found > 100);   /* the scanner does find the strings */
	assert_int_equal(missing, 0);
}

/*
 * A translation that would make printf read other arguments than the
 * original is left out (the English shows), and counted; flags, widths and
 * reordered words around the same conversions are fine.
 */
static void test_translations_with_other_printf_conversions_are_left_out(void **state)
{
	(void)state;
	static const char po[] =
		"msgid \"%d of %d\"\nmsgstr \"%d trên %d\"\n\n"
		"msgid \"%s by ward\"\nmsgstr \"%s theo phường\"\n\n"
		"msgid \"%5.1f%% done\"\nmsgstr \"đạt %.2f%%\"\n\n"
		"msgid \"Width %*d\"\nmsgstr \"Rộng %-*d\"\n\n"
		"msgid \"Count %d\"\nmsgstr \"Số %s\"\n\n"            /* %s for %d */
		"msgid \"Two %s %s\"\nmsgstr \"Hai %s\"\n\n"           /* one argument short */
		"msgid \"None\"\nmsgstr \"Một %s\"\n\n"                /* reads a missing one */
		"msgid \"Big %ld\"\nmsgstr \"Lớn %d\"\n\n"             /* other length */
		"msgid \"Star %*d\"\nmsgstr \"Sao %d\"\n\n"            /* width argument lost */
		"msgid \"Tail %d\"\nmsgstr \"Đuôi %d %\"\n";            /* a lone % */
	char err[128] = "";
	struct i18n_catalog *c = i18n_catalog_parse(po, strlen(po), err, sizeof err);
	assert_non_null(c);
	assert_string_equal(i18n_catalog_get(c, "%d of %d"), "%d trên %d");
	assert_string_equal(i18n_catalog_get(c, "%s by ward"), "%s theo phường");
	assert_string_equal(i18n_catalog_get(c, "%5.1f%% done"), "đạt %.2f%%");
	assert_string_equal(i18n_catalog_get(c, "Width %*d"), "Rộng %-*d");
	assert_null(i18n_catalog_get(c, "Count %d"));
	assert_null(i18n_catalog_get(c, "Two %s %s"));
	assert_null(i18n_catalog_get(c, "None"));
	assert_null(i18n_catalog_get(c, "Big %ld"));
	assert_null(i18n_catalog_get(c, "Star %*d"));
	assert_null(i18n_catalog_get(c, "Tail %d"));
	const char *first = NULL;
	assert_int_equal(i18n_catalog_dropped(c, &first), 6);
	assert_string_equal(first, "Count %d");
	assert_int_equal(i18n_catalog_size(c), 4);
	i18n_catalog_free(c);
}

/* The header of vi.po says what a translator's tools need. */
static void test_the_catalog_header_declares_utf8_and_vietnamese(void **state)
{
	(void)state;
	char *po = read_all("po/vi.po");
	assert_non_null(strstr(po, "\"Content-Type: text/plain; charset=UTF-8\\n\""));
	assert_non_null(strstr(po, "\"Language: vi\\n\""));
	free(po);
	char *pot = read_all("po/dieuhanh.pot");
	assert_non_null(strstr(pot, "msgid \"Sign in\""));
	free(pot);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parses_entries_from_a_file),
		cmocka_unit_test(test_malformed_text_is_refused_with_its_line),
		cmocka_unit_test(test_every_page_string_has_a_vietnamese_translation),
		cmocka_unit_test(test_translations_with_other_printf_conversions_are_left_out),
		cmocka_unit_test(test_the_catalog_header_declares_utf8_and_vietnamese),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
