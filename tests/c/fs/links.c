/* mkdir, rmdir, unlink, link, symlink, readlink, rename, remove and their
   *at forms. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static int exists(const char *p)
{
	struct stat st;
	return lstat(p, &st) == 0;
}

static void touch(const char *p)
{
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0 && write(fd, p, strlen(p)) == (ssize_t)strlen(p));
	close(fd);
}

int main(void)
{
	struct stat st;
	char buf[64];
	/* mkdir / mkdirat / rmdir */
	CHECK(mkdir("/tmp/d", 0755) == 0);
	errno = 0;
	CHECK(mkdir("/tmp/d", 0755) == -1 && errno == EEXIST);
	errno = 0;
	CHECK(mkdir("/tmp/x/y", 0755) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(mkdir("/tmp", 0755) == -1 && errno == EEXIST);
	int dir = open("/tmp/d", O_RDONLY | O_DIRECTORY);
	CHECK(mkdirat(dir, "sub", 0700) == 0 && exists("/tmp/d/sub"));
	touch("/tmp/d/file");
	errno = 0;
	CHECK(rmdir("/tmp/d") == -1 && (errno == ENOTEMPTY || errno == EEXIST));
	errno = 0;
	CHECK(rmdir("/tmp/d/file") == -1 && errno == ENOTDIR);
	errno = 0;
	CHECK(rmdir("/tmp/d/sub/.") == -1 && errno == EINVAL);
	errno = 0;
	CHECK(rmdir("/tmp/d/sub/..") == -1 && (errno == ENOTEMPTY || errno == EEXIST));
	errno = 0;
	CHECK(rmdir("/tmp") == -1 && errno == EBUSY);
	errno = 0;
	CHECK(rmdir("/tmp/none") == -1 && errno == ENOENT);
	CHECK(unlinkat(dir, "sub", AT_REMOVEDIR) == 0 && !exists("/tmp/d/sub"));
	/* unlink / unlinkat */
	errno = 0;
	CHECK(unlink("/tmp/d") == -1 && (errno == EPERM || errno == EISDIR));
	errno = 0;
	CHECK(unlink("/tmp/none") == -1 && errno == ENOENT);
	errno = 0;
	CHECK(unlinkat(dir, "file", 0x100) == -1 && errno == EINVAL);
	CHECK(unlinkat(dir, "file", 0) == 0 && !exists("/tmp/d/file"));
	close(dir);
	CHECK(rmdir("/tmp/d/") == 0 && !exists("/tmp/d"));
	/* link / linkat */
	touch("/tmp/a");
	CHECK(link("/tmp/a", "/tmp/b") == 0);
	CHECK(stat("/tmp/a", &st) == 0 && st.st_nlink == 2);
	errno = 0;
	CHECK(link("/tmp/a", "/tmp/b") == -1 && errno == EEXIST);
	errno = 0;
	CHECK(link("/tmp/none", "/tmp/c") == -1 && errno == ENOENT);
	CHECK(linkat(AT_FDCWD, "/tmp/a", AT_FDCWD, "/tmp/c", 0) == 0);
	errno = 0;
	CHECK(linkat(AT_FDCWD, "/tmp/a", AT_FDCWD, "/tmp/e", 0x100) == -1 && errno == EINVAL);
	CHECK(unlink("/tmp/b") == 0 && unlink("/tmp/c") == 0);
	CHECK(stat("/tmp/a", &st) == 0 && st.st_nlink == 1);
	/* symlink / readlink */
	CHECK(symlink("a", "/tmp/sl") == 0);
	CHECK(readlink("/tmp/sl", buf, sizeof buf) == 1 && buf[0] == 'a');
	CHECK(symlink("some/longer/target", "/tmp/sl2") == 0);
	memset(buf, 0, sizeof buf);
	CHECK(readlink("/tmp/sl2", buf, 4) == 4 && !memcmp(buf, "some", 4) && buf[4] == 0);
	int tmp = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(readlinkat(tmp, "sl2", buf, sizeof buf) == 18 && !memcmp(buf, "some/longer/target", 18));
	CHECK(symlinkat("a", tmp, "sl3") == 0 && exists("/tmp/sl3"));
	close(tmp);
	errno = 0;
	CHECK(readlink("/tmp/a", buf, sizeof buf) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(readlink("/tmp/none", buf, sizeof buf) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(symlink("a", "/tmp/sl") == -1 && errno == EEXIST);
	errno = 0;
	CHECK(symlink("", "/tmp/empty") == -1 && errno == ENOENT);
	CHECK(unlink("/tmp/sl") == 0 && exists("/tmp/a"));
	/* rename / renameat */
	CHECK(rename("/tmp/a", "/tmp/a2") == 0 && !exists("/tmp/a") && exists("/tmp/a2"));
	touch("/tmp/b");
	CHECK(rename("/tmp/a2", "/tmp/b") == 0);
	int fd = open("/tmp/b", O_RDONLY);
	CHECK(read(fd, buf, sizeof buf) == 6 && !memcmp(buf, "/tmp/a", 6));
	close(fd);
	CHECK(rename("/tmp/b", "/tmp/b") == 0 && exists("/tmp/b"));
	CHECK(mkdir("/tmp/d1", 0755) == 0 && mkdir("/tmp/d2", 0755) == 0);
	errno = 0;
	CHECK(rename("/tmp/b", "/tmp/d1") == -1 && errno == EISDIR);
	errno = 0;
	CHECK(rename("/tmp/d1", "/tmp/b") == -1 && errno == ENOTDIR);
	CHECK(rename("/tmp/d1", "/tmp/d2") == 0 && !exists("/tmp/d1"));
	touch("/tmp/d2/f");
	CHECK(mkdir("/tmp/d3", 0755) == 0);
	errno = 0;
	CHECK(rename("/tmp/d3", "/tmp/d2") == -1 && (errno == ENOTEMPTY || errno == EEXIST));
	errno = 0;
	CHECK(rename("/tmp/none", "/tmp/x") == -1 && errno == ENOENT);
	CHECK(renameat(AT_FDCWD, "/tmp/b", AT_FDCWD, "/tmp/d2/b") == 0 && exists("/tmp/d2/b"));
	/* remove: files and empty directories */
	CHECK(remove("/tmp/d2/b") == 0 && !exists("/tmp/d2/b"));
	CHECK(remove("/tmp/d3") == 0 && !exists("/tmp/d3"));
	errno = 0;
	CHECK(remove("/tmp/d2") == -1 && (errno == ENOTEMPTY || errno == EEXIST));
	errno = 0;
	CHECK(remove("/tmp/none") == -1 && errno == ENOENT);
	return check_result();
}
