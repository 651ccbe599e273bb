/* realpath: absolute, no ".", "..", or symbolic links left. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[PATH_MAX];
	CHECK(mkdir("/tmp/a", 0755) == 0 && mkdir("/tmp/a/b", 0755) == 0);
	close(open("/tmp/a/b/f", O_WRONLY | O_CREAT, 0644));
	CHECK_STR(realpath("/tmp/a/b/f", buf), "/tmp/a/b/f");
	CHECK_STR(realpath("/tmp//a/./b/../b/f", buf), "/tmp/a/b/f");
	CHECK_STR(realpath("/tmp/a/", buf), "/tmp/a");
	CHECK_STR(realpath("/", buf), "/");
	/* symbolic links, chained (hosts refuse absolute targets: EPERM) */
	CHECK(symlink("b", "/tmp/a/lb") == 0);
	CHECK(symlink("a/lb/f", "/tmp/rel") == 0);
	CHECK(symlink("rel", "/tmp/chain") == 0);
	errno = 0;
	CHECK(symlink("/tmp/a/lb/f", "/tmp/abs") == -1 && errno == EPERM);
	CHECK_STR(realpath("/tmp/a/lb/f", buf), "/tmp/a/b/f");
	CHECK_STR(realpath("/tmp/chain", buf), "/tmp/a/b/f");
	/* ".." after a link goes up from the link's target */
	CHECK(symlink("a/b", "/tmp/deep") == 0);
	CHECK_STR(realpath("/tmp/deep/..", buf), "/tmp/a");
	/* relative to the current directory; allocated when buf is null */
	CHECK(chdir("/tmp/a") == 0);
	CHECK_STR(realpath("b/f", buf), "/tmp/a/b/f");
	CHECK_STR(realpath(".", buf), "/tmp/a");
	char *p = realpath("../chain", 0);
	CHECK_STR(p, "/tmp/a/b/f");
	free(p);
	/* errors */
	errno = 0;
	CHECK(realpath("/tmp/none", buf) == 0 && errno == ENOENT);
	errno = 0;
	CHECK(realpath("/tmp/a/b/f/x", buf) == 0 && errno == ENOTDIR);
	errno = 0;
	CHECK(realpath("", buf) == 0 && errno == ENOENT);
	CHECK(symlink("loop2", "/tmp/loop1") == 0 && symlink("loop1", "/tmp/loop2") == 0);
	errno = 0;
	CHECK(realpath("/tmp/loop1", buf) == 0 && errno == ELOOP);
	CHECK(symlink("none", "/tmp/dangling") == 0);
	errno = 0;
	CHECK(realpath("/tmp/dangling", buf) == 0 && errno == ENOENT);
	return check_result();
}
