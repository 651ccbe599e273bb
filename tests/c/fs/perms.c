/* What WASI cannot record: permission bits, owners, special files. The
   choices are those of docs/posix.md. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct stat st;
	int fd = open("/tmp/f", O_RDWR | O_CREAT, 0600);
	CHECK(fd >= 0);
	/* every file is its owner's, read-write; directories searchable */
	CHECK(fstat(fd, &st) == 0 && (st.st_mode & 07777) == 0644);
	CHECK(st.st_uid == getuid() && st.st_gid == getgid());
	/* chmod and kin succeed once the file is found, and change nothing */
	CHECK(chmod("/tmp/f", 0400) == 0);
	CHECK(stat("/tmp/f", &st) == 0 && (st.st_mode & 07777) == 0644);
	CHECK(write(fd, "still writable", 14) == 14);
	CHECK(fchmod(fd, 0755) == 0);
	CHECK(fchmodat(AT_FDCWD, "/tmp/f", 0600, 0) == 0);
	errno = 0;
	CHECK(chmod("/tmp/none", 0644) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(fchmod(99, 0644) == -1 && errno == EBADF);
	errno = 0;
	CHECK(fchmodat(AT_FDCWD, "/tmp/f", 0644, 0x100) == -1 && errno == EINVAL);
	/* chown to the owner there is (or -1) succeeds, any other is EPERM */
	CHECK(chown("/tmp/f", 0, 0) == 0);
	CHECK(chown("/tmp/f", (uid_t)-1, (gid_t)-1) == 0);
	CHECK(fchown(fd, getuid(), (gid_t)-1) == 0);
	CHECK(lchown("/tmp/f", (uid_t)-1, 0) == 0);
	CHECK(fchownat(AT_FDCWD, "/tmp/f", 0, 0, AT_SYMLINK_NOFOLLOW) == 0);
	errno = 0;
	CHECK(chown("/tmp/f", 1000, 1000) == -1 && errno == EPERM);
	errno = 0;
	CHECK(fchown(fd, 0, 1000) == -1 && errno == EPERM);
	errno = 0;
	CHECK(chown("/tmp/none", 0, 0) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(fchown(99, 0, 0) == -1 && errno == EBADF);
	/* umask is kept and returned */
	CHECK(umask(077) == 022);
	CHECK(umask(0777 | 01000) == 077);
	CHECK(umask(022) == 0777);
	/* no FIFOs or devices; regular files through mknod */
	errno = 0;
	CHECK(mkfifo("/tmp/fifo", 0644) == -1 && errno == ENOTSUP);
	errno = 0;
	CHECK(mkfifo("/tmp/f", 0644) == -1 && errno == EEXIST);
	errno = 0;
	CHECK(mkfifoat(AT_FDCWD, "/tmp/fifo", 0644) == -1 && errno == ENOTSUP);
	errno = 0;
	CHECK(mknod("/tmp/dev", S_IFCHR | 0644, 0) == -1 && errno == EPERM);
	errno = 0;
	CHECK(mknod("/tmp/dev", S_IFBLK | 0644, 0) == -1 && errno == EPERM);
	errno = 0;
	CHECK(mknod("/tmp/dev", S_IFDIR | 0755, 0) == -1 && errno == EINVAL);
	CHECK(mknod("/tmp/reg", S_IFREG | 0644, 0) == 0 && stat("/tmp/reg", &st) == 0 && S_ISREG(st.st_mode));
	errno = 0;
	CHECK(mknodat(AT_FDCWD, "/tmp/reg", S_IFREG, 0) == -1 && errno == EEXIST);
	/* statvfs: identity and limits, no sizes */
	struct statvfs vfs;
	CHECK(statvfs("/tmp/f", &vfs) == 0 && vfs.f_namemax == 255 && vfs.f_bsize > 0);
	CHECK(fstat(fd, &st) == 0 && vfs.f_fsid == (unsigned long)st.st_dev);
	CHECK(vfs.f_flag & ST_NOSUID);
	CHECK(fstatvfs(fd, &vfs) == 0 && vfs.f_fsid == (unsigned long)st.st_dev);
	errno = 0;
	CHECK(statvfs("/tmp/none", &vfs) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(fstatvfs(99, &vfs) == -1 && errno == EBADF);
	close(fd);
	return check_result();
}
