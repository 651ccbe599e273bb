/* The preopen table through the extension API, and what the descriptor
   layer and fchdir cannot do without it. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>
#include <wasi/libc.h>
#include <wasi/libc-find-relpath.h>
#include "check.h"

int main(void)
{
	const char *prefix, *rel;
	char buf[PATH_MAX], *bp = buf;
	__wasilibc_populate_preopens();
	int tmp = __wasilibc_find_abspath("/tmp/a/b", &prefix, &rel);
	CHECK(tmp >= 3 && !strcmp(prefix, "/tmp") && !strcmp(rel, "a/b"));
	CHECK(__wasilibc_find_abspath("/tmp", &prefix, &rel) == tmp && !strcmp(rel, "."));
	CHECK(__wasilibc_find_abspath("tmp/x", &prefix, &rel) == tmp && !strcmp(rel, "x"));
	errno = 0;
	CHECK(__wasilibc_find_abspath("/nowhere/x", &prefix, &rel) == -1 && errno == ENOENT);
	/* find_relpath applies the current directory and copies */
	CHECK(mkdir("/tmp/d", 0755) == 0 && chdir("/tmp/d") == 0);
	CHECK(__wasilibc_find_relpath("x/../y", &prefix, &bp, sizeof buf) == tmp);
	CHECK_STR(buf, "d/y");
	errno = 0;
	CHECK(__wasilibc_find_relpath("y", &prefix, &bp, 2) == -1 && errno == ERANGE);
	char *grow = malloc(1);
	size_t len = 1;
	CHECK(__wasilibc_find_relpath_alloc("deeper/name", &prefix, &grow, &len, 1) == tmp);
	CHECK_STR(grow, "d/deeper/name");
	CHECK(len >= strlen(grow) + 1);
	free(grow);
	CHECK(chdir("/") == 0);
	/* a directory registered under a new name */
	int d = open("/tmp/d", O_RDONLY | O_DIRECTORY);
	CHECK(__wasilibc_register_preopened_fd(d, "/data") == 0);
	int fd = open("/data/file", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	close(fd);
	struct stat st;
	CHECK(stat("/tmp/d/file", &st) == 0 && stat("data/file", &st) == 0);
	CHECK(__wasilibc_find_abspath("/data/file", &prefix, &rel) == d && !strcmp(prefix, "/data"));
	/* the longest name wins: one inside another */
	int sub = open("/tmp/d", O_RDONLY | O_DIRECTORY);
	CHECK(__wasilibc_register_preopened_fd(sub, "tmp/d") == 0);
	CHECK(__wasilibc_find_abspath("/tmp/d/file", &prefix, &rel) == sub && !strcmp(rel, "file"));
	CHECK(__wasilibc_find_abspath("/tmp/other", &prefix, &rel) == tmp);
	/* fchdir to a preopen, and to a directory the libc did not open by
	   path: its path cannot be known */
	CHECK(fchdir(d) == 0 && getcwd(buf, sizeof buf) && !strcmp(buf, "/tmp/d"));
	__wasi_fd_t raw;
	__wasi_fdstat_t fs;
	CHECK(__wasi_fd_fdstat_get(tmp, &fs) == 0);
	__wasi_rights_t r = fs.fs_rights_inheriting & (__WASI_RIGHTS_PATH_OPEN | __WASI_RIGHTS_FD_READDIR
	                    | __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_PATH_FILESTAT_GET);
	CHECK(__wasi_path_open(tmp, 0, "d", __WASI_OFLAGS_DIRECTORY, r, r, 0, &raw) == 0);
	errno = 0;
	CHECK(fchdir((int)raw) == -1 && errno == EACCES);
	/* with no preopen at all: no path resolves, and no descriptor can be
	   made for dup or pipe */
	__wasilibc_reset_preopens();
	errno = 0;
	CHECK(open("/tmp/d/file", O_RDONLY) == -1 && errno == ENOENT);
	int p[2];
	errno = 0;
	CHECK(pipe(p) == -1 && errno == EMFILE);
	errno = 0;
	CHECK(dup(1) == -1 && errno == EMFILE);
	/* and back */
	CHECK(__wasilibc_register_preopened_fd(tmp, "/tmp") == 0);
	CHECK(stat("/tmp/d/file", &st) == 0 && pipe(p) == 0);
	return check_result();
}
