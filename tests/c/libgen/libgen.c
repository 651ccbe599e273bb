/* basename and dirname, POSIX semantics (XSH basename, dirname). */
#include <libgen.h>
#include <string.h>
#include "check.h"

static const struct {
	const char *path, *dir, *base;
} cases[] = {
	{ "/usr/lib", "/usr", "lib" }, { "/usr/", "/", "usr" }, { "usr", ".", "usr" },
	{ "/", "/", "/" }, { "//", "/", "/" }, { "///", "/", "/" }, { ".", ".", "." },
	{ "..", ".", ".." }, { "", ".", "." }, { "a/b/", "a", "b" }, { "a//b//", "a", "b" },
	{ "//a", "/", "a" }, { "/a//b", "/a", "b" }, { "a/", ".", "a" }, { "../x", "..", "x" },
	{ "/usr/lib/", "/usr", "lib" }, { "x/./y", "x/.", "y" },
};

int main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char a[32], b[32];
		strcpy(a, cases[i].path);
		strcpy(b, cases[i].path);
		CHECK_STR(dirname(a), cases[i].dir);
		CHECK_STR(basename(b), cases[i].base);
	}
	CHECK_STR(dirname(0), ".");
	CHECK_STR(basename(0), ".");
	extern char *__xpg_basename(char *);
	char c[] = "/x/y/";
	CHECK_STR(__xpg_basename(c), "y");
	return check_result();
}
