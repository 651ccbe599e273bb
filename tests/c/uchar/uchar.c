/* mbrtoc16, c16rtomb, mbrtoc32, c32rtomb in C.UTF-8 and in C. */
#include <errno.h>
#include <locale.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>
#include "check.h"

static void utf16(void)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	char16_t c = 0;
	const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
	CHECK(mbrtoc16(&c, s, 20, &st) == 1 && c == 'a');
	CHECK(mbrtoc16(&c, s + 1, 20, &st) == 2 && c == 0xe9);
	CHECK(mbrtoc16(&c, s + 3, 20, &st) == 3 && c == 0x20ac);
	CHECK(mbrtoc16(&c, s + 6, 20, &st) == 4 && c == 0xd83d);
	CHECK(!mbsinit(&st));
	CHECK(mbrtoc16(&c, s + 10, 20, &st) == (size_t)-3 && c == 0xde00);
	CHECK(mbsinit(&st));
	CHECK(mbrtoc16(&c, "", 1, &st) == 0 && c == 0);
	/* byte by byte */
	CHECK(mbrtoc16(&c, s + 6, 1, &st) == (size_t)-2);
	CHECK(mbrtoc16(&c, s + 7, 2, &st) == (size_t)-2);
	CHECK(mbrtoc16(&c, s + 9, 1, &st) == 1 && c == 0xd83d);
	CHECK(mbrtoc16(0, s + 10, 1, &st) == (size_t)-3 && mbsinit(&st));
	errno = 0;
	CHECK(mbrtoc16(&c, "\xed\xa0\x80", 3, &st) == (size_t)-1 && errno == EILSEQ);
	memset(&st, 0, sizeof st);

	char out[8];
	CHECK(c16rtomb(out, 'x', &st) == 1 && out[0] == 'x');
	CHECK(c16rtomb(out, 0x20ac, &st) == 3 && !memcmp(out, "\xe2\x82\xac", 3));
	CHECK(c16rtomb(out, 0xd83d, &st) == 0 && !mbsinit(&st));
	CHECK(c16rtomb(out, 0xde00, &st) == 4 && !memcmp(out, "\xf0\x9f\x98\x80", 4));
	CHECK(mbsinit(&st));
	errno = 0;
	CHECK(c16rtomb(out, 0xde00, &st) == (size_t)-1 && errno == EILSEQ);
	memset(&st, 0, sizeof st);
	CHECK(c16rtomb(out, 0xd83d, &st) == 0);
	errno = 0;
	CHECK(c16rtomb(out, 'a', &st) == (size_t)-1 && errno == EILSEQ);
	memset(&st, 0, sizeof st);
	CHECK(c16rtomb(0, 0x20ac, &st) == 1); /* as c16rtomb(buf, 0, ps) */
	CHECK(c16rtomb(out, 0, &st) == 1 && out[0] == 0);
	/* the internal states, when ps is null */
	CHECK(mbrtoc16(&c, s + 6, 4, 0) == 4 && c == 0xd83d);
	CHECK(mbrtoc16(&c, "z", 1, 0) == (size_t)-3 && c == 0xde00);
	CHECK(c16rtomb(out, 0xd83d, 0) == 0 && c16rtomb(out, 0xde00, 0) == 4);
}

static void utf32(void)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	char32_t c = 0;
	char out[8];
	CHECK(mbrtoc32(&c, "\xf0\x9f\x98\x80", 4, &st) == 4 && c == 0x1f600);
	CHECK(mbrtoc32(&c, "\xe2", 1, &st) == (size_t)-2 && mbrtoc32(&c, "\x82\xac", 2, &st) == 2);
	CHECK(c == 0x20ac);
	CHECK(mbrtoc32(&c, "", 1, &st) == 0 && c == 0);
	CHECK(mbrtoc32(0, 0, 0, &st) == 0);
	CHECK(c32rtomb(out, 0x10ffff, &st) == 4 && !memcmp(out, "\xf4\x8f\xbf\xbf", 4));
	errno = 0;
	CHECK(c32rtomb(out, 0x110000, &st) == (size_t)-1 && errno == EILSEQ);
	errno = 0;
	CHECK(c32rtomb(out, 0xd800, &st) == (size_t)-1 && errno == EILSEQ);
	CHECK(sizeof(char16_t) == 2 && sizeof(char32_t) == 4 && (char16_t)-1 > 0 && (char32_t)-1 > 0);
}

static void c_locale(void)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	char16_t c = 0;
	char32_t c32 = 0;
	char out[8];
	/* each byte is a character; 0x80-0xff stand for 0xdf80-0xdfff and
	   come back out as themselves */
	CHECK(mbrtoc16(&c, "\xe9", 1, &st) == 1 && c == 0xdfe9);
	CHECK(c16rtomb(out, c, &st) == 1 && out[0] == '\xe9');
	CHECK(mbrtoc32(&c32, "\xff", 1, &st) == 1 && c32 == 0xdfff);
	CHECK(c32rtomb(out, c32, &st) == 1 && out[0] == '\xff');
	errno = 0;
	CHECK(c32rtomb(out, 0xe9, &st) == (size_t)-1 && errno == EILSEQ);
}

int main(void)
{
	c_locale();
	CHECK(setlocale(LC_CTYPE, "C.UTF-8"));
	utf16();
	utf32();
	return check_result();
}
