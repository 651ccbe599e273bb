/* fnmatch: POSIX patterns and flags, and the GNU/BSD FNM_CASEFOLD and
   FNM_LEADING_DIR. The table also passes against glibc on the host
   (gcc -Itests/c/include tests/c/fnmatch/fnmatch.c && ./a.out), but for
   the lines marked "not glibc". */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <locale.h>
#include <stdio.h>
#include "check.h"

#define P FNM_PATHNAME
#define E FNM_NOESCAPE
#define D FNM_PERIOD
#define L FNM_LEADING_DIR
#define C FNM_CASEFOLD

static const struct {
	const char *pattern, *string;
	int flags, match;
} cases[] = {
	{ "", "", 0, 1 }, { "", "a", 0, 0 }, { "a", "", 0, 0 },
	{ "abc", "abc", 0, 1 }, { "abc", "abd", 0, 0 }, { "abc", "ab", 0, 0 },
	{ "*", "", 0, 1 }, { "*", "anything", 0, 1 }, { "a*", "a", 0, 1 },
	{ "a*c", "abbbc", 0, 1 }, { "a*c", "abbbd", 0, 0 }, { "*c*", "xxcxx", 0, 1 },
	{ "a*b*c", "aXbYbZc", 0, 1 }, { "a*b*c", "aXbYbZ", 0, 0 },
	{ "**a", "bba", 0, 1 }, { "*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, 0 },
	{ "?", "a", 0, 1 }, { "?", "", 0, 0 }, { "??", "a", 0, 0 }, { "a?c", "abc", 0, 1 },
	/* bracket expressions */
	{ "[abc]", "b", 0, 1 }, { "[abc]", "d", 0, 0 }, { "[!abc]", "d", 0, 1 },
	{ "[^abc]", "a", 0, 0 }, { "[a-c]x", "bx", 0, 1 }, { "[a-c]", "d", 0, 0 },
	{ "[]]", "]", 0, 1 }, { "[]a]", "a", 0, 1 }, { "[!]]", "]", 0, 0 },
	{ "[!]]", "x", 0, 1 }, { "[a-]", "-", 0, 1 }, { "[-a]", "-", 0, 1 },
	{ "[a]]", "a]", 0, 1 }, { "[", "[", 0, 1 }, { "[a", "[a", 0, 1 },
	{ "[a", "a", 0, 0 }, { "a[", "a[", 0, 1 }, { "[]", "]", 0, 0 },
	{ "[[:alpha:]]", "q", 0, 1 }, { "[[:alpha:]]", "1", 0, 0 },
	{ "[[:digit:][:upper:]]", "7", 0, 1 }, { "[[:digit:][:upper:]]", "Q", 0, 1 },
	{ "[[:digit:][:upper:]]", "q", 0, 0 }, { "[![:space:]]", " ", 0, 0 },
	{ "[[:punct:]]", "!", 0, 1 }, { "[[:xdigit:]]", "f", 0, 1 }, { "[[:xdigit:]]", "g", 0, 0 },
	{ "[[:nosuch:]]", "a", 0, 0 }, { "[[:alpha:]", "a", 0, 0 },
	{ "[[=a=]]", "a", 0, 1 }, { "[[=a=]]", "b", 0, 0 }, { "[[.a.]]", "a", 0, 1 },
	{ "[[.a.]-c]", "b", 0, 1 }, { "[[.-.]]", "-", 0, 1 },
	/* escapes */
	{ "\\*", "*", 0, 1 }, { "\\*", "a", 0, 0 }, { "\\a", "a", 0, 1 },
	{ "\\*", "\\*", E, 1 }, { "\\", "\\", 0, 0 }, { "\\", "\\", E, 1 }, { "[\\]]", "]", 0, 1 },
	{ "[\\]]", "\\]", E, 1 }, { "[\\!a]", "!", 0, 1 }, { "\\[a]", "[a]", 0, 1 },
	/* FNM_PATHNAME */
	{ "*", "a/b", 0, 1 }, { "*", "a/b", P, 0 }, { "a?b", "a/b", P, 0 },
	{ "a[/]b", "a/b", 0, 1 }, { "a[/]b", "a/b", P, 0 }, { "*/*", "a/b", P, 1 },
	{ "a/*", "a/b/c", P, 0 }, { "a/*/c", "a/b/c", P, 1 }, { "a/*", "a/", P, 1 },
	{ "a\\/b", "a/b", P, 1 }, { "a/b", "a//b", P, 0 }, { "/", "/", P, 1 },
	/* FNM_PERIOD */
	{ "*", ".x", D, 0 }, { "?x", ".x", D, 0 }, { "[.]x", ".x", D, 0 },
	{ ".*", ".x", D, 1 }, { "\\.x", ".x", D, 1 }, { "*", ".x", 0, 1 },
	{ "a/*", "a/.x", P | D, 0 }, { "a/.*", "a/.x", P | D, 1 },
	{ "a*", "a/.x", D, 1 }, { "*x", "a.x", D, 1 },
	/* FNM_LEADING_DIR */
	{ "a", "a/b", L, 1 }, { "a", "a/b", 0, 0 }, { "a/b", "a/b/c/d", P | L, 1 },
	{ "a?", "a/b", L, 0 }, { "*", "a/b", P | L, 1 }, { "b", "a/b", L, 0 },
	/* FNM_CASEFOLD */
	{ "ABC", "abc", C, 1 }, { "abc", "ABC", C, 1 }, { "ABC", "abc", 0, 0 },
	{ "[a-c]", "B", C, 1 }, { "[A-C]", "b", C, 1 }, { "[B]", "b", C, 1 },
	{ "[[:upper:]]", "b", C, 1 /* not glibc */ },
};

int main(void)
{
	char line[160];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int r = fnmatch(cases[i].pattern, cases[i].string, cases[i].flags);
		if ((r == 0) != cases[i].match || (r != 0 && r != FNM_NOMATCH)) {
			snprintf(line, sizeof line, "fnmatch(\"%s\", \"%s\", %#x) = %d", cases[i].pattern,
			         cases[i].string, cases[i].flags, r);
			check_fail(__FILE__, __LINE__, line);
		}
	}
	CHECK(FNM_FILE_NAME == FNM_PATHNAME && FNM_NOSYS == -1);

	/* in C.UTF-8 a multibyte character is one character; in C, bytes */
	CHECK(fnmatch("?", "\xc3\xa9", 0) == FNM_NOMATCH);
	CHECK(fnmatch("??", "\xc3\xa9", 0) == 0);
	CHECK(setlocale(LC_CTYPE, "C.UTF-8"));
	CHECK(fnmatch("?", "\xc3\xa9", 0) == 0);
	CHECK(fnmatch("[\xc3\xa9]", "\xc3\xa9", 0) == 0);
	CHECK(fnmatch("[a-\xc3\xbf]", "\xc3\xa9", 0) == 0);
	CHECK(fnmatch("[[:alpha:]]", "\xc3\xa9", 0) == 0);
	CHECK(fnmatch("\xc3\x89", "\xc3\xa9", FNM_CASEFOLD) == 0);
	CHECK(fnmatch("*\xe2\x82\xac", "price \xe2\x82\xac", 0) == 0);
	CHECK(fnmatch("?", "\xff", 0) == 0); /* an invalid byte is a character */
	CHECK(fnmatch("??", "\xe2\x82", 0) == 0);
	return check_result();
}
