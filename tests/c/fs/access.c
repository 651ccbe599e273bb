/* access, faccessat, euidaccess, eaccess: what WASI can tell. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fd = open("/tmp/f", O_WRONLY | O_CREAT, 0644);
	close(fd);
	CHECK(access("/tmp/f", F_OK) == 0);
	CHECK(access("/tmp/f", R_OK) == 0);
	CHECK(access("/tmp/f", W_OK) == 0);
	CHECK(access("/tmp/f", R_OK | W_OK) == 0);
	/* nothing in WASI can execute a file; directories can be searched */
	errno = 0;
	CHECK(access("/tmp/f", X_OK) == -1 && errno == EACCES);
	CHECK(access("/tmp", X_OK) == 0);
	CHECK(access("/tmp", R_OK | W_OK | X_OK) == 0);
	CHECK(access("/tests", R_OK | X_OK) == 0);
	errno = 0;
	CHECK(access("/tmp/none", F_OK) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(access("/tmp/f/x", F_OK) == -1 && errno == ENOTDIR);
	errno = 0;
	CHECK(access("/tmp/f", 0x40) == -1 && errno == EINVAL);
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(faccessat(dir, "f", R_OK, 0) == 0);
	CHECK(faccessat(dir, "f", R_OK, AT_EACCESS) == 0);
	errno = 0;
	CHECK(faccessat(dir, "f", R_OK, 0x100) == -1 && errno == EINVAL);
	CHECK(symlink("none", "/tmp/dangling") == 0);
	errno = 0;
	CHECK(faccessat(dir, "dangling", F_OK, 0) == -1 && errno == ENOENT);
	CHECK(faccessat(dir, "dangling", F_OK, AT_SYMLINK_NOFOLLOW) == 0);
	close(dir);
	CHECK(euidaccess("/tmp/f", R_OK | W_OK) == 0);
	CHECK(eaccess("/tmp/f", F_OK) == 0);
	errno = 0;
	CHECK(eaccess("/tmp/none", F_OK) == -1 && errno == ENOENT);
	return check_result();
}
