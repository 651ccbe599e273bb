/* catopen, catgets and catclose over message source files written to
   /tmp: sets, deletion, quotes, escapes, continuation lines, NLSPATH. */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <nl_types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	CHECK(f != 0);
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static const char source[] =
	"$ a comment\n"
	"1 first in the default set\n"
	"2 \n"
	"3 gone\n"
	"3\n"
	"$set 7 a set with a comment\n"
	"1 tab\\there, newline\\nthere, octal \\101\\102, backslash \\\\\n"
	"2 continued \\\n"
	"line\n"
	"$quote \"\n"
	"4 \"  quoted, with \\\"escapes\\\"  \" and trailing words\n"
	"5 unquoted\n"
	"$quote\n"
	"6 \"no quotes now\"\n"
	"1 redefined\n"
	"$set 9\n"
	"1 in nine\n"
	"$delset 9\n"
	"$set 10\n"
	"1 after delset\n"
	"junk line without a number\n"
	"12x not a message either\n"
	"4294967296 too big\n";

int main(void)
{
	write_file("/tmp/app.msg", source);
	nl_catd cat = catopen("/tmp/app.msg", 0);
	CHECK(cat != (nl_catd)-1);
	CHECK_STR(catgets(cat, NL_SETD, 1, "x"), "first in the default set");
	CHECK_STR(catgets(cat, 1, 2, "x"), "");
	errno = 0;
	CHECK_STR(catgets(cat, 1, 3, "fallback"), "fallback");
	CHECK(errno == ENOMSG);
	CHECK_STR(catgets(cat, 7, 1, "x"), "redefined");
	CHECK_STR(catgets(cat, 7, 2, "x"), "continued line");
	CHECK_STR(catgets(cat, 7, 4, "x"), "  quoted, with \"escapes\"  ");
	CHECK_STR(catgets(cat, 7, 5, "x"), "unquoted");
	CHECK_STR(catgets(cat, 7, 6, "x"), "\"no quotes now\"");
	CHECK_STR(catgets(cat, 9, 1, "deleted"), "deleted");
	CHECK_STR(catgets(cat, 10, 1, "x"), "after delset");
	CHECK_STR(catgets(cat, 10, 12, "none"), "none");
	CHECK_STR(catgets(cat, 2, 1, "none"), "none");
	CHECK(catclose(cat) == 0);

	write_file("/tmp/esc.msg", "1 tab\\there, newline\\nthere, octal \\101\\102, backslash \\\\\n");
	cat = catopen("/tmp/esc.msg", NL_CAT_LOCALE);
	CHECK_STR(catgets(cat, 1, 1, "x"), "tab\there, newline\nthere, octal AB, backslash \\");
	catclose(cat);

	/* by name, through NLSPATH */
	write_file("/tmp/greet.cat", "1 hello\n");
	setenv("NLSPATH", "/tmp/nowhere/%N:/tmp/%N.cat", 1);
	cat = catopen("greet", 0);
	CHECK(cat != (nl_catd)-1 && !strcmp(catgets(cat, 1, 1, "x"), "hello"));
	catclose(cat);
	setenv("NLSPATH", "/tmp/%l_%t.%c-%L-%%-%N", 1);
	setenv("LANG", "fr_CA.UTF-8", 1);
	write_file("/tmp/fr_CA.UTF-8-fr_CA.UTF-8-%-greet", "1 bonjour\n");
	cat = catopen("greet", 0);
	CHECK(cat != (nl_catd)-1 && !strcmp(catgets(cat, 1, 1, "x"), "bonjour"));
	catclose(cat);

	errno = 0;
	CHECK(catopen("/tmp/missing.msg", 0) == (nl_catd)-1 && errno == ENOENT);
	errno = 0;
	CHECK_STR(catgets((nl_catd)-1, 1, 1, "default"), "default");
	CHECK(errno == EBADF);
	CHECK(catclose((nl_catd)-1) == -1 && errno == EBADF);
	return check_result();
}
