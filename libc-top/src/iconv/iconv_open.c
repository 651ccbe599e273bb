#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "iconv_impl.h"
#include "locale_impl.h"

/* Names compare without case and without anything but letters and
   digits, so "utf-8", "UTF8" and "Utf_8" are one. */
static const struct {
	const char *name;
	unsigned char charset;
} names[] = {
	{ "UTF8", CS_UTF8 },
	{ "UTF16", CS_UTF16 }, { "UTF16LE", CS_UTF16LE }, { "UTF16BE", CS_UTF16BE },
	{ "UTF32", CS_UTF32 }, { "UTF32LE", CS_UTF32LE }, { "UTF32BE", CS_UTF32BE },
	{ "UCS2", CS_UCS2 }, { "UCS2LE", CS_UCS2LE }, { "UCS2BE", CS_UCS2BE },
	{ "ISO10646UCS2", CS_UCS2 }, { "UNICODELITTLE", CS_UCS2LE }, { "UNICODEBIG", CS_UCS2BE },
	{ "UCS4", CS_UCS4 }, { "UCS4BE", CS_UCS4 }, { "UCS4LE", CS_UCS4LE },
	{ "ISO10646UCS4", CS_UCS4 }, { "WCHART", CS_WCHAR },
	{ "ASCII", CS_ASCII }, { "USASCII", CS_ASCII }, { "ANSIX341968", CS_ASCII },
	{ "ANSIX341986", CS_ASCII }, { "ISO646US", CS_ASCII }, { "646", CS_ASCII },
	{ "US", CS_ASCII }, { "CSASCII", CS_ASCII }, { "IBM367", CS_ASCII }, { "CP367", CS_ASCII },
	{ "ISO88591", CS_LATIN1 }, { "ISO885911987", CS_LATIN1 }, { "LATIN1", CS_LATIN1 },
	{ "L1", CS_LATIN1 }, { "ISOIR100", CS_LATIN1 }, { "IBM819", CS_LATIN1 },
	{ "CP819", CS_LATIN1 }, { "CSISOLATIN1", CS_LATIN1 },
};

/* Reads the name at s up to "//" or the end into canon (letters upper-
   cased, other punctuation dropped); returns where it stopped, or 0 if
   the name is too long to be one of ours. */
static const char *canonical(const char *s, char *canon, size_t size)
{
	size_t n = 0;
	for (; *s && !(s[0] == '/' && s[1] == '/'); s++) {
		unsigned c = (unsigned char)*s;
		if (c - 'a' < 26)
			c -= 'a' - 'A';
		else if (c - 'A' >= 26 && c - '0' >= 10)
			continue;
		if (n + 1 == size)
			return 0;
		canon[n++] = (char)c;
	}
	canon[n] = 0;
	return s;
}

/* The character set a name stands for, or -1; "" is the locale's. */
static int lookup(const char *s, const char **rest)
{
	char canon[24];
	if (!(s = canonical(s, canon, sizeof canon)))
		return -1;
	*rest = s;
	if (!canon[0])
		return CURRENT_UTF8 ? CS_UTF8 : CS_ASCII;
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcmp(canon, names[i].name))
			return names[i].charset;
	return -1;
}

/* The suffixes glibc reads after the target's name: "//TRANSLIT" and
   "//IGNORE", in either order, either as further "//" parts or
   comma-separated; any other suffix is ignored. */
static void suffixes(const char *s, struct iconv_cd *cd)
{
	while (*s) {
		while (*s == '/' || *s == ',')
			s++;
		size_t n = strcspn(s, "/,");
		if (n == 8 && !strncasecmp(s, "TRANSLIT", 8))
			cd->translit = 1;
		else if (n == 6 && !strncasecmp(s, "IGNORE", 6))
			cd->ignore = 1;
		s += n;
	}
}

iconv_t iconv_open(const char *to, const char *from)
{
	const char *to_rest, *from_rest;
	int t = lookup(to, &to_rest), f = lookup(from, &from_rest);
	if (t < 0 || f < 0) {
		errno = EINVAL;
		return (iconv_t)-1;
	}
	struct iconv_cd *cd = calloc(1, sizeof *cd);
	if (!cd)
		return (iconv_t)-1;
	cd->from = (unsigned char)f;
	cd->to = (unsigned char)t;
	suffixes(to_rest, cd);
	return cd;
}
