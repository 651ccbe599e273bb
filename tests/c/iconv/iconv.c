/* iconv between the supported character sets: results, errno, how much
   input was used and the bytes written. Apart from the lines marked "not
   glibc" (where glibc transliterates by its locale tables instead), the
   table also passes against glibc on the host in C.UTF-8:
   gcc -Itests/c/include tests/c/iconv/iconv.c && ./a.out */
#include <errno.h>
#include <iconv.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

#define S(s) s, sizeof s - 1

static const struct {
	const char *to, *from, *in;
	size_t in_len, room;
	long result; /* -1 for an error, else the irreversible count */
	int error;
	size_t used;
	const char *out; /* hex */
} cases[] = {
	/* byte orders and marks */
	{ "UTF-16", "UTF-8", S("ab"), 64, 0, 0, 2, "fffe61006200" },
	{ "UTF-16LE", "UTF-8", S("ab"), 64, 0, 0, 2, "61006200" },
	{ "UTF-16BE", "UTF-8", S("ab"), 64, 0, 0, 2, "00610062" },
	{ "UTF-32", "UTF-8", S("ab"), 64, 0, 0, 2, "fffe00006100000062000000" },
	{ "UTF-32BE", "UTF-8", S("a"), 64, 0, 0, 1, "00000061" },
	{ "UCS-2", "UTF-8", S("ab"), 64, 0, 0, 2, "61006200" },
	{ "UCS-2BE", "UTF-8", S("ab"), 64, 0, 0, 2, "00610062" },
	{ "UCS-4", "UTF-8", S("ab"), 64, 0, 0, 2, "0000006100000062" },
	{ "UCS-4LE", "UTF-8", S("a"), 64, 0, 0, 1, "61000000" },
	{ "WCHAR_T", "UTF-8", S("ab"), 64, 0, 0, 2, "6100000062000000" },
	{ "UTF-8", "UTF-16", S("\xff\xfe" "a\0"), 64, 0, 0, 4, "61" },
	{ "UTF-8", "UTF-16", S("\xfe\xff" "\0a"), 64, 0, 0, 4, "61" },
	{ "UTF-8", "UTF-16", S("a\0b\0"), 64, 0, 0, 4, "6162" },
	{ "UTF-8", "UTF-16", S("\0a\0b"), 64, 0, 0, 4, "e68480e68880" },
	{ "UTF-8", "UTF-16LE", S("\xff\xfe" "a\0"), 64, 0, 0, 4, "efbbbf61" },
	{ "UTF-8", "UTF-16BE", S("\xd8\x3d\xde\x00"), 64, 0, 0, 4, "f09f9880" },
	{ "UTF-8", "UTF-32", S("\xff\xfe\0\0" "a\0\0\0"), 64, 0, 0, 8, "61" },
	{ "UTF-8", "UTF-32", S("\0\0\xfe\xff" "\0\0\0a"), 64, 0, 0, 8, "61" },
	{ "UTF-8", "UTF-32", S("\0\0\0a"), 64, -1, EILSEQ, 0, "" },
	{ "UTF-8", "UCS-2", S("a\0"), 64, 0, 0, 2, "61" },
	{ "UTF-8", "UCS-4", S("\0\0\x20\xac"), 64, 0, 0, 4, "e282ac" },
	{ "UTF-8", "WCHAR_T", S("\xac\x20\0\0"), 64, 0, 0, 4, "e282ac" },
	{ "UTF-16LE", "UTF-8", S("\xf0\x9f\x98\x80"), 64, 0, 0, 4, "3dd800de" },
	{ "UTF-8", "ISO-8859-1", S("\xe9\xff"), 64, 0, 0, 2, "c3a9c3bf" },
	{ "ISO-8859-1", "UTF-8", S("a\xc3\xa9"), 64, 0, 0, 3, "61e9" },
	{ "UTF-8", "UTF-8", S("a\xe2\x82\xac"), 64, 0, 0, 4, "61e282ac" },
	/* invalid input: EILSEQ at the start of the sequence */
	{ "UTF-8", "UTF-8", S("a\xffz"), 64, -1, EILSEQ, 1, "61" },
	{ "UTF-8", "UTF-8", S("a\xe2\x82z"), 64, -1, EILSEQ, 1, "61" },
	{ "UTF-8", "UTF-8", S("\xed\xa0\x80"), 64, -1, EILSEQ, 0, "" },
	{ "UTF-8", "UTF-8", S("\xc0\x80"), 64, -1, EILSEQ, 0, "" },
	{ "UTF-8", "UTF-8", S("\xf4\x90\x80\x80"), 64, -1, EILSEQ, 0, "" /* not glibc */ },
	{ "UTF-8", "ASCII", S("a\x80"), 64, -1, EILSEQ, 1, "61" },
	{ "UTF-8", "UTF-16LE", S("\x3d\xd8" "a\0"), 64, -1, EILSEQ, 0, "" },
	{ "UTF-8", "UTF-16LE", S("\x00\xde" "a\0"), 64, -1, EILSEQ, 0, "" },
	{ "UTF-8", "UTF-32LE", S("\0\xd8\0\0"), 64, -1, EILSEQ, 0, "" },
	{ "UTF-8", "UTF-32LE", S("\0\0\x11\0"), 64, -1, EILSEQ, 0, "" },
	{ "UTF-8", "UCS-2LE", S("a\0\0\xd8"), 64, -1, EILSEQ, 2, "61" },
	/* input ending inside a character: EINVAL */
	{ "UTF-8", "UTF-8", S("a\xe2\x82"), 64, -1, EINVAL, 1, "61" },
	{ "UTF-8", "UTF-16LE", S("\x3d\xd8"), 64, -1, EINVAL, 0, "" },
	{ "UTF-8", "UTF-16LE", S("a"), 64, -1, EINVAL, 0, "" },
	{ "UTF-8", "UTF-32BE", S("\0\0a"), 64, -1, EINVAL, 0, "" },
	/* no room: E2BIG before the character that does not fit */
	{ "UTF-8", "UTF-8", S("abc"), 2, -1, E2BIG, 2, "6162" },
	{ "UTF-8", "UTF-8", S("a\xe2\x82\xac"), 3, -1, E2BIG, 1, "61" },
	{ "UTF-16LE", "UTF-8", S("\xf0\x9f\x98\x80"), 3, -1, E2BIG, 0, "" },
	{ "UTF-16", "UTF-8", S("a"), 3, -1, E2BIG, 0, "" /* not glibc: BOM alone */ },
	/* characters the target lacks */
	{ "ASCII", "UTF-8", S("a\xc3\xa9z"), 64, -1, EILSEQ, 1, "61" },
	{ "ISO-8859-1", "UTF-8", S("\xc4\x80"), 64, -1, EILSEQ, 0, "" },
	{ "UCS-2LE", "UTF-8", S("\xf0\x9f\x98\x80"), 64, -1, EILSEQ, 0, "" },
	/* //TRANSLIT and //IGNORE */
	{ "ASCII//TRANSLIT", "UTF-8", S("a\xc3\xa9z\xe2\x82\xac\xe2\x80\x9cq\xe2\x80\x9d\xc3\x9f"), 64,
	  5, 0, 16, "61657a4555522271227373" },
	{ "ASCII//TRANSLIT", "UTF-8", S("\xe6\x97\xa5"), 64, 1, 0, 3, "3f" },
	{ "ASCII//TRANSLIT", "UTF-8", S("\xe2\x82\xac"), 2, -1, E2BIG, 0, "" },
	{ "ISO-8859-1//TRANSLIT", "UTF-8", S("a\xc3\xa9\xe2\x82\xac\xc5\x93"), 64, 2, 0, 8, "61e94555526f65" },
	{ "ASCII//IGNORE", "UTF-8", S("a\xc3\xa9z"), 64, -1, EILSEQ, 4, "617a" },
	{ "UTF-8//IGNORE", "UTF-8", S("a\xffz"), 64, -1, EILSEQ, 3, "617a" },
	{ "ASCII//IGNORE", "UTF-8", S("\xc3\xa9" "abcd"), 3, -1, E2BIG, 5, "616263" },
	{ "ASCII//TRANSLIT//IGNORE", "UTF-8", S("a\xc3\xa9z\xe6\x97\xa5"), 64, 2, 0, 7, "61657a3f" },
	{ "ASCII//IGNORE//TRANSLIT", "UTF-8", S("\xc3\xa9"), 64, 1, 0, 2, "65" },
	{ "ASCII//TRANSLIT", "UTF-8", S("\xef\xac\x81\xe2\x80\xa6\xc3\xb8\xc5\x82"), 64, 4, 0, 10, "66692e2e2e6f6c" },
	{ "ASCII//TRANSLIT", "UTF-8", S("\xc2\xbd"), 64, 1, 0, 2, "312f32" /* not glibc */ },
	{ "UTF-16//TRANSLIT", "UTF-8", S("a"), 64, 0, 0, 1, "fffe6100" },
	{ "ASCII//TRANSLIT", "UTF-16", S("\xff\xfe\xac\x20"), 64, 1, 0, 4, "455552" },
	/* names */
	{ "utf8", "latin1", S("\xe9"), 64, 0, 0, 1, "c3a9" },
	{ "UTF-8", "ANSI_X3.4-1968", S("x"), 64, 0, 0, 1, "78" },
	{ "US-ASCII", "iso-8859-1", S("x"), 64, 0, 0, 1, "78" },
	{ "UTF-8//", "UTF-8//IGNORE", S("x"), 64, 0, 0, 1, "78" },
	{ "ASCII//NONSENSE", "UTF-8", S("x"), 64, 0, 0, 1, "78" },
};

static void hex(char *to, const char *from, size_t n)
{
	for (size_t i = 0; i < n; i++)
		snprintf(to + 2 * i, 3, "%02x", (unsigned char)from[i]);
	to[2 * n] = 0;
}

static void table(void)
{
	char line[400], out[64], shown[140];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		iconv_t cd = iconv_open(cases[i].to, cases[i].from);
		if (cd == (iconv_t)-1) {
			snprintf(line, sizeof line, "iconv_open(\"%s\", \"%s\") failed", cases[i].to, cases[i].from);
			check_fail(__FILE__, __LINE__, line);
			continue;
		}
		char *in = (char *)cases[i].in, *o = out;
		size_t in_left = cases[i].in_len, out_left = cases[i].room;
		errno = 0;
		size_t r = iconv(cd, &in, &in_left, &o, &out_left);
		int error = errno;
		hex(shown, out, (size_t)(o - out));
		long result = r == (size_t)-1 ? -1 : (long)r;
		if (result != cases[i].result || (result < 0 && error != cases[i].error) ||
		    cases[i].in_len - in_left != cases[i].used || strcmp(shown, cases[i].out) ||
		    in != cases[i].in + (cases[i].in_len - in_left) || out_left != cases[i].room - (size_t)(o - out)) {
			snprintf(line, sizeof line, "case %zu %s <- %s: result %ld errno %d used %zu out %s", i,
			         cases[i].to, cases[i].from, result, error, cases[i].in_len - in_left, shown);
			check_fail(__FILE__, __LINE__, line);
		}
		iconv_close(cd);
	}
}

static size_t convert(iconv_t cd, const char *s, size_t n, char *out, size_t room)
{
	char *in = (char *)s, *o = out;
	return iconv(cd, &in, &n, &o, &room) == (size_t)-1 ? (size_t)-1 : (size_t)(o - out);
}

static void state(void)
{
	char out[16];
	/* a BOM once per run of conversions, and again after a reset */
	iconv_t cd = iconv_open("UTF-16", "UTF-8");
	CHECK(convert(cd, "a", 1, out, 16) == 4 && !memcmp(out, "\xff\xfe" "a\0", 4));
	CHECK(convert(cd, "b", 1, out, 16) == 2 && !memcmp(out, "b\0", 2));
	CHECK(iconv(cd, 0, 0, 0, 0) == 0);
	char *o = out;
	size_t room = 16;
	CHECK(iconv(cd, 0, 0, &o, &room) == 0 && room == 16);
	CHECK(convert(cd, "c", 1, out, 16) == 4 && !memcmp(out, "\xff\xfe" "c\0", 4));
	iconv_close(cd);

	/* an incomplete character completes when the caller supplies the rest */
	cd = iconv_open("UTF-16BE", "UTF-8");
	char *in = "\xe2\x82\xac";
	size_t n = 2;
	o = out;
	room = 16;
	errno = 0;
	CHECK(iconv(cd, &in, &n, &o, &room) == (size_t)-1 && errno == EINVAL && n == 2);
	n = 3;
	CHECK(iconv(cd, &in, &n, &o, &room) == 0 && n == 0 && room == 14 && !memcmp(out, "\x20\xac", 2));
	iconv_close(cd);

	/* the byte order a BOM set stays for the next calls */
	cd = iconv_open("UTF-8", "UTF-16");
	CHECK(convert(cd, "\xfe\xff\0a", 4, out, 16) == 1 && out[0] == 'a');
	CHECK(convert(cd, "\0b", 2, out, 16) == 1 && out[0] == 'b');
	iconv_close(cd);

	errno = 0;
	CHECK(iconv_open("NO-SUCH-CODESET", "UTF-8") == (iconv_t)-1 && errno == EINVAL);
	errno = 0;
	CHECK(iconv_open("UTF-8", "NO-SUCH-CODESET-2") == (iconv_t)-1 && errno == EINVAL);
}

static void locale_codeset(void)
{
	char out[8];
	iconv_t cd = iconv_open("", "UTF-8"); /* the locale's: ASCII in C */
	CHECK(cd != (iconv_t)-1 && convert(cd, "\xc3\xa9", 2, out, 8) == (size_t)-1);
	iconv_close(cd);
	setlocale(LC_CTYPE, "C.UTF-8");
	cd = iconv_open("", "ISO-8859-1");
	CHECK(cd != (iconv_t)-1 && convert(cd, "\xe9", 1, out, 8) == 2 && !memcmp(out, "\xc3\xa9", 2));
	iconv_close(cd);
}

int main(void)
{
	locale_codeset();
	table();
	state();
	return check_result();
}
