/* The UTF-8 conversions that the wide streams and %lc/%ls rely on. */
#include <errno.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>
#include "check.h"

static size_t dec(const char *s, size_t n, wchar_t *wc)
{
	mbstate_t st = { 0 };
	return mbrtowc(wc, s, n, &st);
}

int main(void)
{
	char b[8];
	wchar_t wc;
	mbstate_t st = { 0 };
	size_t i;

	/* The C locale is single-byte, as POSIX and the established WASI libc
	   have it; UTF-8 comes with a UTF-8 locale. */
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != 0);
	CHECK(wcrtomb(b, L'A', 0) == 1 && b[0] == 'A');
	CHECK(wcrtomb(b, 0xe9, 0) == 2 && !memcmp(b, "\xc3\xa9", 2));
	CHECK(wcrtomb(b, 0x20ac, 0) == 3 && !memcmp(b, "\xe2\x82\xac", 3));
	CHECK(wcrtomb(b, 0x1f600, 0) == 4 && !memcmp(b, "\xf0\x9f\x98\x80", 4));
	errno = 0;
	CHECK(wcrtomb(b, 0xd800, 0) == (size_t)-1 && errno == EILSEQ);
	CHECK(wcrtomb(b, 0x110000, 0) == (size_t)-1);

	CHECK(dec("\xc3\xa9", 2, &wc) == 2 && wc == 0xe9);
	CHECK(dec("\xf4\x8f\xbf\xbf", 4, &wc) == 4 && wc == 0x10ffff);
	CHECK(dec("", 1, &wc) == 0 && wc == 0);
	CHECK(dec("\xc0\x80", 2, &wc) == (size_t)-1);      /* overlong */
	CHECK(dec("\xe0\x80\x80", 3, &wc) == (size_t)-1);  /* overlong */
	CHECK(dec("\xed\xa0\x80", 3, &wc) == (size_t)-1);  /* surrogate */
	CHECK(dec("\xf4\x90\x80\x80", 4, &wc) == (size_t)-1); /* too big */
	CHECK(dec("\x80", 1, &wc) == (size_t)-1);
	CHECK(dec("\xe2\x82", 2, &wc) == (size_t)-2);

	/* A character fed one byte at a time. */
	for (i = 0; i < 3; i++)
		CHECK(mbrtowc(&wc, "\xe2\x82\xac" + i, 1, &st) == (i < 2 ? (size_t)-2 : 1));
	CHECK(wc == 0x20ac && !st.__opaque2);
	return check_result();
}
