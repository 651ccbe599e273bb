/* getcwd, chdir, fchdir, and relative paths through the current
   directory and the preopens. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[PATH_MAX];
	struct stat st;
	/* the initial directory is "/"; relative paths resolve under it */
	CHECK_STR(getcwd(buf, sizeof buf), "/");
	int fd = open("tmp/a", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	close(fd);
	CHECK(stat("/tmp/a", &st) == 0);
	/* chdir, then relative paths */
	CHECK(chdir("/tmp") == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/tmp");
	CHECK(mkdir("sub", 0755) == 0 && stat("/tmp/sub", &st) == 0);
	CHECK(chdir("sub") == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/tmp/sub");
	fd = open("../a", O_RDONLY);
	CHECK(fd >= 0);
	close(fd);
	fd = open("b", O_WRONLY | O_CREAT, 0644);
	close(fd);
	CHECK(stat("/tmp/sub/b", &st) == 0);
	CHECK(stat("./b", &st) == 0 && stat(".//b", &st) == 0 && stat("../sub/./b", &st) == 0);
	/* ".." across preopens, and above them */
	CHECK(stat("../../tests/c/include/check.h", &st) == 0);
	CHECK(chdir("../..") == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/");
	CHECK(chdir("..") == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/");
	CHECK(chdir("tests/c") == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/tests/c");
	CHECK(stat("include/check.h", &st) == 0);
	CHECK(chdir("/tmp/sub/") == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/tmp/sub");
	/* the *at functions take AT_FDCWD as the current directory */
	CHECK(fstatat(AT_FDCWD, "b", &st, 0) == 0);
	CHECK(faccessat(AT_FDCWD, "b", R_OK, 0) == 0);
	CHECK(mkdirat(AT_FDCWD, "c", 0755) == 0 && stat("/tmp/sub/c", &st) == 0);
	CHECK(renameat(AT_FDCWD, "c", AT_FDCWD, "d") == 0 && stat("/tmp/sub/d", &st) == 0);
	CHECK(unlinkat(AT_FDCWD, "d", AT_REMOVEDIR) == 0);
	CHECK(symlink("b", "l") == 0 && readlink("l", buf, sizeof buf) == 1);
	CHECK(link("b", "h") == 0 && stat("/tmp/sub/h", &st) == 0 && st.st_nlink == 2);
	/* errors */
	errno = 0;
	CHECK(chdir("b") == -1 && errno == ENOTDIR);
	errno = 0;
	CHECK(chdir("none") == -1 && errno == ENOENT);
	errno = 0;
	CHECK(chdir("") == -1 && errno == ENOENT);
	CHECK_STR(getcwd(buf, sizeof buf), "/tmp/sub");
	errno = 0;
	CHECK(getcwd(buf, 4) == 0 && errno == ERANGE);
	errno = 0;
	CHECK(getcwd(buf, 0) == 0 && errno == EINVAL);
	/* getcwd(0, 0) allocates; so does get_current_dir_name */
	char *p = getcwd(0, 0);
	CHECK_STR(p, "/tmp/sub");
	free(p);
	p = getcwd(0, 100);
	CHECK_STR(p, "/tmp/sub");
	free(p);
	p = get_current_dir_name();
	CHECK_STR(p, "/tmp/sub");
	free(p);
	/* fchdir: back to a directory by descriptor */
	int here = open(".", O_RDONLY | O_DIRECTORY);
	CHECK(here >= 0);
	CHECK(mkdir("/tmp/sub/deep", 0755) == 0 && mkdir("/tmp/sub/deep/er", 0755) == 0);
	int deep = open("/tmp/sub/deep/er", O_RDONLY | O_DIRECTORY);
	CHECK(chdir("/") == 0);
	CHECK(fchdir(here) == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/tmp/sub");
	CHECK(fchdir(deep) == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/tmp/sub/deep/er");
	int tmp = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(fchdir(tmp) == 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/tmp");
	fd = open("/tmp/a", O_RDONLY);
	errno = 0;
	CHECK(fchdir(fd) == -1 && errno == ENOTDIR);
	errno = 0;
	CHECK(fchdir(99) == -1 && errno == EBADF);
	CHECK_STR(getcwd(buf, sizeof buf), "/tmp");
	return check_result();
}
