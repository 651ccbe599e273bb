/* glob over a tree made in /tmp: sorting, hidden files, GLOB_MARK,
   trailing slashes, escapes, GLOB_NOCHECK, GLOB_DOOFFS, GLOB_APPEND,
   GLOB_NOSORT, GLOB_PERIOD and relative patterns. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static void touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	close(fd);
}

/* The matches joined with spaces. */
static const char *show(const glob_t *g, size_t from)
{
	static char buf[1024];
	size_t k = 0;
	buf[0] = 0;
	for (size_t i = from; i < from + g->gl_pathc && k < sizeof buf; i++)
		k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", i > from ? " " : "", g->gl_pathv[i]);
	return buf;
}

static void expect(const char *pattern, int flags, int result, const char *want)
{
	glob_t g;
	int r = glob(pattern, flags, 0, &g);
	if (r != result) {
		char line[200];
		snprintf(line, sizeof line, "glob(\"%s\", %#x) = %d, want %d", pattern, flags, r, result);
		check_fail(__FILE__, __LINE__, line);
	}
	if (!r) {
		CHECK_STR(show(&g, 0), want);
		CHECK(g.gl_pathv[g.gl_pathc] == 0);
	}
	globfree(&g);
}

static int errors;

static int count_error(const char *path, int err)
{
	errors++;
	return 0;
}

int main(void)
{
	CHECK(mkdir("/tmp/g", 0755) == 0);
	CHECK(mkdir("/tmp/g/dir1", 0755) == 0 && mkdir("/tmp/g/dir2", 0755) == 0);
	touch("/tmp/g/b.c");
	touch("/tmp/g/a.c");
	touch("/tmp/g/c.h");
	touch("/tmp/g/.hidden");
	touch("/tmp/g/dir1/x.c");
	touch("/tmp/g/dir1/y.txt");
	touch("/tmp/g/br[ack]et");
	touch("/tmp/g/st*r");

	expect("/tmp/g/*.c", 0, 0, "/tmp/g/a.c /tmp/g/b.c");
	expect("/tmp/g/?.[ch]", 0, 0, "/tmp/g/a.c /tmp/g/b.c /tmp/g/c.h");
	expect("/tmp/g/*", 0, 0, "/tmp/g/a.c /tmp/g/b.c /tmp/g/br[ack]et /tmp/g/c.h /tmp/g/dir1 /tmp/g/dir2 /tmp/g/st*r");
	expect("/tmp/g/*", GLOB_MARK, 0,
	       "/tmp/g/a.c /tmp/g/b.c /tmp/g/br[ack]et /tmp/g/c.h /tmp/g/dir1/ /tmp/g/dir2/ /tmp/g/st*r");
	expect("/tmp/g/*/", 0, 0, "/tmp/g/dir1/ /tmp/g/dir2/");
	expect("/tmp/g/dir*/*.c", 0, 0, "/tmp/g/dir1/x.c");
	expect("/tmp/g/*/y.txt", 0, 0, "/tmp/g/dir1/y.txt");
	expect("/tmp/g/*/nothing", 0, GLOB_NOMATCH, "");
	expect("/tmp/g/*.x", 0, GLOB_NOMATCH, "");
	expect("/tmp/g/a.c", 0, 0, "/tmp/g/a.c");
	expect("/tmp/g/nope.c", 0, GLOB_NOMATCH, "");
	expect("/tmp/g//dir1//x.c", 0, 0, "/tmp/g//dir1//x.c");
	expect("/tmp/g/dir1", GLOB_MARK, 0, "/tmp/g/dir1/");
	expect("/tmp/g/dir1/", 0, 0, "/tmp/g/dir1/");
	expect("/tmp/g/a.c/", 0, GLOB_NOMATCH, "");
	expect("/", 0, 0, "/");

	/* hidden files: only a pattern starting with '.' or GLOB_PERIOD */
	expect("/tmp/g/*hidden", 0, GLOB_NOMATCH, "");
	expect("/tmp/g/.hid*", 0, 0, "/tmp/g/.hidden");
	expect("/tmp/g/*hidden", GLOB_PERIOD, 0, "/tmp/g/.hidden");

	/* escapes */
	expect("/tmp/g/br\\[ack\\]et", 0, 0, "/tmp/g/br[ack]et");
	expect("/tmp/g/br[[]ack]et", 0, 0, "/tmp/g/br[ack]et");
	expect("/tmp/g/st\\*r", 0, 0, "/tmp/g/st*r");
	expect("/tmp/g/st\\*r", GLOB_NOESCAPE, GLOB_NOMATCH, "");
	expect("/tmp/g/\\a.c", 0, 0, "/tmp/g/a.c");

	/* GLOB_NOCHECK gives back the pattern */
	expect("/tmp/g/*.zz", GLOB_NOCHECK, 0, "/tmp/g/*.zz");

	/* GLOB_DOOFFS and GLOB_APPEND */
	glob_t g;
	g.gl_offs = 2;
	CHECK(glob("/tmp/g/*.h", GLOB_DOOFFS, 0, &g) == 0);
	CHECK(g.gl_pathc == 1 && !g.gl_pathv[0] && !g.gl_pathv[1] && !strcmp(g.gl_pathv[2], "/tmp/g/c.h"));
	CHECK(glob("/tmp/g/*.c", GLOB_DOOFFS | GLOB_APPEND, 0, &g) == 0);
	CHECK(g.gl_pathc == 3 && !g.gl_pathv[0] && !strcmp(show(&g, 2), "/tmp/g/c.h /tmp/g/a.c /tmp/g/b.c"));
	CHECK(glob("/tmp/g/*.zz", GLOB_DOOFFS | GLOB_APPEND, 0, &g) == GLOB_NOMATCH && g.gl_pathc == 3);
	CHECK(g.gl_pathv[5] == 0);
	globfree(&g);

	/* GLOB_NOSORT: the same matches, in some order */
	CHECK(glob("/tmp/g/*.[ch]", GLOB_NOSORT, 0, &g) == 0 && g.gl_pathc == 3);
	int seen = 0;
	for (size_t i = 0; i < g.gl_pathc; i++)
		seen |= !strcmp(g.gl_pathv[i], "/tmp/g/a.c") | !strcmp(g.gl_pathv[i], "/tmp/g/b.c") << 1 |
		        !strcmp(g.gl_pathv[i], "/tmp/g/c.h") << 2;
	CHECK(seen == 7);
	globfree(&g);

	/* relative patterns, from the current directory */
	CHECK(chdir("/tmp/g") == 0);
	expect("*.c", 0, 0, "a.c b.c");
	expect("dir1/*", 0, 0, "dir1/x.c dir1/y.txt");
	expect("*/x.?", GLOB_MARK, 0, "dir1/x.c");

	/* a missing directory is no error to report */
	errors = 0;
	CHECK(glob("/tmp/nowhere/*", 0, count_error, &g) == GLOB_NOMATCH && errors == 0);
	globfree(&g);
	CHECK(GLOB_ERR == 1 && GLOB_MARK == 2 && GLOB_NOSORT == 4 && GLOB_DOOFFS == 8);
	CHECK(GLOB_NOCHECK == 16 && GLOB_APPEND == 32 && GLOB_NOESCAPE == 64 && GLOB_NOMATCH == 3);
	return check_result();
}
