#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "check.h"

static void c_locale(void)
{
	CHECK(MB_CUR_MAX == 1);
	wchar_t wc = 0;
	mbstate_t st = {0};
	/* every byte is a character, and survives the round trip */
	for (int b = 1; b < 256; b++) {
		char c = (char)b, out[MB_LEN_MAX];
		CHECK(mbrtowc(&wc, &c, 1, &st) == 1);
		CHECK(wcrtomb(out, wc, &st) == 1 && out[0] == c);
		CHECK(wctob(btowc(b)) == b);
	}
	CHECK(mbrtowc(&wc, "\xe2\x82\xac", 3, &st) == 1 && wc == 0xdfe2);
	errno = 0;
	char buf[8];
	CHECK(wcrtomb(buf, 0x20ac, &st) == (size_t)-1 && errno == EILSEQ);
	CHECK(btowc(EOF) == WEOF && wctob(0x20ac) == EOF);
}

static void utf8_locale(void)
{
	CHECK(MB_CUR_MAX == 4);
	wchar_t wc = 0;
	mbstate_t st = {0};
	char buf[8];
	static const struct { const char *s; size_t n; unsigned wc; } ok[] = {
		{ "A", 1, 0x41 }, { "\xc2\xa9", 2, 0xa9 }, { "\xe2\x82\xac", 3, 0x20ac },
		{ "\xf0\x9f\x98\x80", 4, 0x1f600 }, { "\xf4\x8f\xbf\xbf", 4, 0x10ffff },
		{ "\xed\x9f\xbf", 3, 0xd7ff }, { "\xee\x80\x80", 3, 0xe000 },
	};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		CHECK(mbrtowc(&wc, ok[i].s, strlen(ok[i].s), &st) == ok[i].n && (unsigned)wc == ok[i].wc);
		CHECK(wcrtomb(buf, (wchar_t)ok[i].wc, &st) == ok[i].n && !memcmp(buf, ok[i].s, ok[i].n));
		/* byte by byte: -2 until the last byte */
		for (size_t k = 0; k + 1 < ok[i].n; k++)
			CHECK(mbrtowc(&wc, ok[i].s + k, 1, &st) == (size_t)-2 && !mbsinit(&st));
		CHECK(mbrtowc(&wc, ok[i].s + ok[i].n - 1, 1, &st) == 1 && (unsigned)wc == ok[i].wc);
		CHECK(mbsinit(&st));
	}
	/* overlong, surrogate, too large, stray continuation, bad lead: refused
	   at the first wrong byte */
	static const char *const bad[] = {
		"\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80",
		"\xf0\x80\x80\x80", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\x80", "\xbf",
		"\xff", "\xe2\x28\xa1",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		mbstate_t s2 = {0};
		errno = 0;
		CHECK(mbrtowc(&wc, bad[i], 2, &s2) == (size_t)-1 && errno == EILSEQ);
		CHECK(mbsinit(&s2));
	}
	errno = 0;
	CHECK(wcrtomb(buf, 0xd800, 0) == (size_t)-1 && errno == EILSEQ);
	CHECK(wcrtomb(buf, 0x110000, 0) == (size_t)-1);
	CHECK(mbrtowc(&wc, "", 1, &st) == 0 && wc == 0);
	CHECK(mbrtowc(&wc, "x", 0, &st) == (size_t)-2);

	/* strings */
	const char *src = "h\xc3\xa9llo \xe2\x82\xac!";
	wchar_t w[16];
	CHECK(mbstowcs(0, src, 0) == 8);
	CHECK(mbstowcs(w, src, 16) == 8 && w[1] == 0xe9 && w[6] == 0x20ac && w[8] == 0);
	char back[32];
	CHECK(wcstombs(0, w, 0) == strlen(src));
	CHECK(wcstombs(back, w, sizeof back) == strlen(src) && !strcmp(back, src));
	/* no partial character at the end of a short buffer */
	memset(back, 'x', sizeof back);
	CHECK(wcstombs(back, w + 5, 3) == 1 && back[1] == 'x');
	const char *p = src;
	mbstate_t s3 = {0};
	CHECK(mbsrtowcs(w, &p, 3, &s3) == 3 && p == src + 4);
	CHECK(mbsrtowcs(w, &p, 16, &s3) == 5 && p == 0);
	p = "ab\xff";
	errno = 0;
	CHECK(mbsrtowcs(w, &p, 16, &s3) == (size_t)-1 && errno == EILSEQ);
	CHECK(mblen("\xe2\x82\xac", 3) == 3 && mblen("\xe2\x82", 2) == -1 && mblen(0, 0) == 0);
	CHECK(mbtowc(&wc, "\xc3\xa9", 2) == 2 && wc == 0xe9);
	CHECK(wctomb(back, 0x1f600) == 4 && wctomb(0, 0) == 0);
}

int main(void)
{
	CHECK(!strcmp(setlocale(LC_ALL, 0), "C"));
	c_locale();
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != 0);
	CHECK(!strcmp(setlocale(LC_CTYPE, 0), "C.UTF-8"));
	utf8_locale();
	/* composite names round-trip */
	char *all = strdup(setlocale(LC_ALL, 0));
	CHECK(!strcmp(all, "C.UTF-8;C;C;C;C;C"));
	CHECK(setlocale(LC_ALL, "C") != 0);
	c_locale();
	CHECK(setlocale(LC_ALL, all) != 0 && MB_CUR_MAX == 4);
	free(all);
	CHECK(setlocale(LC_ALL, "xx_YY.ISO-8859-1") == 0);
	CHECK(!strcmp(setlocale(LC_ALL, "en_US.UTF-8"), "C.UTF-8"));
	CHECK(setlocale(99, "C") == 0);
	/* "" with no LANG picks C.UTF-8 */
	CHECK(!strcmp(setlocale(LC_ALL, ""), "C.UTF-8"));
	struct lconv *lc = localeconv();
	CHECK(!strcmp(lc->decimal_point, ".") && lc->frac_digits == CHAR_MAX);
	/* per-thread locales */
	setlocale(LC_ALL, "C");
	locale_t u = newlocale(LC_CTYPE_MASK, "C.UTF-8", 0);
	CHECK(u != 0);
	CHECK(uselocale(u) == LC_GLOBAL_LOCALE && MB_CUR_MAX == 4);
	CHECK(uselocale(LC_GLOBAL_LOCALE) == u && MB_CUR_MAX == 1);
	locale_t d = duplocale(u);
	CHECK(d != 0 && d != u);
	freelocale(u);
	freelocale(d);
	errno = 0;
	CHECK(newlocale(LC_ALL_MASK, "nonsense", 0) == 0 && errno == ENOENT);
	return check_result();
}
