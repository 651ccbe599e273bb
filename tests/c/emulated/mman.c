//! cflags: -D_WASI_EMULATED_MMAN -lwasi-emulated-mman
/* mmap, munmap, mprotect, msync and the advice calls of the emulation:
   anonymous and private file mappings, and shared ones written back. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	/* anonymous: zeroed, page-aligned, writable */
	char *a = mmap(0, 100000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(a != MAP_FAILED && (unsigned long)a % page == 0);
	int zero = 1;
	for (int i = 0; i < 100000; i++)
		zero &= a[i] == 0;
	CHECK(zero);
	a[0] = 1;
	a[99999] = 2;
	char *b = mmap(0, 10, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANON, -1, 0);
	CHECK(b != MAP_FAILED && b != a && b[0] == 0);
	/* protection and advice: recorded, not enforced */
	CHECK(mprotect(a, page, PROT_READ) == 0 && mprotect(a, page, PROT_NONE) == 0);
	CHECK(madvise(a, page, MADV_WILLNEED) == 0);
	CHECK(posix_madvise(a, page, POSIX_MADV_SEQUENTIAL) == 0);
	CHECK(posix_madvise(a, page, 99) == EINVAL);
	CHECK(mlock(a, 10) == 0 && munlock(a, 10) == 0 && mlockall(MCL_CURRENT) == 0 && munlockall() == 0);
	CHECK(msync(a, page, MS_SYNC) == 0);
	/* partial unmapping: the rest stays */
	CHECK(munmap(a, page) == 0);
	CHECK(a[99999] == 2);
	errno = 0;
	CHECK(mprotect(a, page, PROT_READ) == -1 && errno == ENOMEM);
	errno = 0;
	CHECK(msync(a, page, MS_SYNC) == -1 && errno == ENOMEM);
	CHECK(munmap(a + page, 100000 - page) == 0 && munmap(b, 10) == 0);
	/* unmapping what is not mapped is fine; a misaligned address is not */
	CHECK(munmap(a, page) == 0);
	errno = 0;
	CHECK(munmap(a + 1, 10) == -1 && errno == EINVAL);
	/* a private file mapping: the file's bytes, zeros after its end,
	   changes kept in memory */
	int fd = open("/tmp/f", O_RDWR | O_CREAT, 0644);
	CHECK(write(fd, "file contents", 13) == 13);
	char *f = mmap(0, 20, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	CHECK(f != MAP_FAILED && !memcmp(f, "file contents", 13) && f[13] == 0 && f[19] == 0);
	f[0] = 'F';
	char buf[16];
	CHECK(pread(fd, buf, 1, 0) == 1 && buf[0] == 'f');
	CHECK(munmap(f, 20) == 0);
	/* a shared read-only mapping of a file whose descriptor is closed */
	f = mmap(0, 13, PROT_READ, MAP_SHARED, fd, 0);
	CHECK(f != MAP_FAILED && !memcmp(f, "file contents", 13));
	/* a shared writable mapping: written back by msync and munmap, and
	   the mapping outlives its descriptor */
	char *s = mmap(0, 13, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(s != MAP_FAILED);
	CHECK(close(fd) == 0);
	memcpy(s, "FILE", 4);
	CHECK(msync(s, 13, MS_SYNC) == 0);
	fd = open("/tmp/f", O_RDONLY);
	CHECK(pread(fd, buf, 13, 0) == 13 && !memcmp(buf, "FILE contents", 13));
	memcpy(s + 5, "CONTENTS", 8);
	CHECK(munmap(s, 13) == 0);
	CHECK(pread(fd, buf, 13, 0) == 13 && !memcmp(buf, "FILE CONTENTS", 13));
	struct stat;
	CHECK(munmap(f, 13) == 0);
	/* errors */
	errno = 0;
	CHECK(mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANON, -1, 0) == MAP_FAILED && errno == EINVAL);
	errno = 0;
	CHECK(mmap(0, 10, PROT_READ, MAP_ANON, -1, 0) == MAP_FAILED && errno == EINVAL);
	errno = 0;
	CHECK(mmap(a, 10, PROT_READ, MAP_PRIVATE | MAP_ANON | MAP_FIXED, -1, 0) == MAP_FAILED
	      && errno == ENOTSUP);
	errno = 0;
	CHECK(mmap(0, 10, PROT_READ, MAP_PRIVATE, 99, 0) == MAP_FAILED && errno == EBADF);
	errno = 0;
	CHECK(mmap(0, 10, PROT_READ, MAP_PRIVATE, fd, 1) == MAP_FAILED && errno == EINVAL);
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY);
	errno = 0;
	CHECK(mmap(0, 10, PROT_READ, MAP_PRIVATE, dir, 0) == MAP_FAILED && errno == ENODEV);
	errno = 0;
	CHECK(msync(s, 13, MS_SYNC | MS_ASYNC) == -1 && errno == EINVAL);
	close(dir);
	close(fd);
	return check_result();
}
