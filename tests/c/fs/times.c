/* utime, utimes, futimes, futimesat, lutimes, utimensat, futimens. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include "check.h"

/* Node keeps whole seconds only: the fractions are checked exactly by
   times_ns.c on the other hosts. */
static int near(struct timespec t, time_t sec, long nsec)
{
	return t.tv_sec == sec && (t.tv_nsec == nsec || t.tv_nsec == 0);
}

static struct stat st(const char *p)
{
	struct stat s = { 0 };
	CHECK(lstat(p, &s) == 0);
	return s;
}

int main(void)
{
	int fd = open("/tmp/t", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);
	/* exact times, to the nanosecond */
	struct timespec ts[2] = { { 1000000000, 123456789 }, { 1100000000, 987654321 } };
	CHECK(utimensat(AT_FDCWD, "/tmp/t", ts, 0) == 0);
	struct stat s = st("/tmp/t");
	CHECK(near(s.st_atim, 1000000000, 123456789));
	CHECK(near(s.st_mtim, 1100000000, 987654321));
	/* UTIME_OMIT leaves one alone, UTIME_NOW sets it to now */
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	struct timespec t2[2] = { { 0, UTIME_OMIT }, { 0, UTIME_NOW } };
	CHECK(futimens(fd, t2) == 0);
	s = st("/tmp/t");
	CHECK(near(s.st_atim, 1000000000, 123456789) && s.st_mtim.tv_sec >= now.tv_sec - 1);
	struct timespec t3[2] = { { 5, 0 }, { 0, UTIME_OMIT } };
	CHECK(futimens(fd, t3) == 0);
	s = st("/tmp/t");
	CHECK(s.st_atim.tv_sec == 5 && s.st_mtim.tv_sec >= now.tv_sec - 1);
	/* null: both now */
	CHECK(utimensat(AT_FDCWD, "/tmp/t", 0, 0) == 0);
	s = st("/tmp/t");
	CHECK(s.st_atim.tv_sec >= now.tv_sec - 1);
	/* bad nanoseconds */
	struct timespec bad[2] = { { 0, 1000000000 }, { 0, 0 } };
	errno = 0;
	CHECK(utimensat(AT_FDCWD, "/tmp/t", bad, 0) == -1 && errno == EINVAL);
	bad[0].tv_nsec = -5;
	errno = 0;
	CHECK(futimens(fd, bad) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(utimensat(AT_FDCWD, "/tmp/t", ts, 0x100) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(utimensat(AT_FDCWD, "/tmp/none", ts, 0) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(futimens(99, ts) == -1 && errno == EBADF);
	/* utime */
	struct utimbuf ub = { 200000000, 300000000 };
	CHECK(utime("/tmp/t", &ub) == 0);
	s = st("/tmp/t");
	CHECK(s.st_atime == 200000000 && s.st_mtime == 300000000 && s.st_mtim.tv_nsec == 0);
	CHECK(utime("/tmp/t", 0) == 0 && st("/tmp/t").st_mtime >= now.tv_sec - 1);
	/* utimes, futimes, futimesat: microseconds */
	struct timeval tv[2] = { { 400000000, 5 }, { 500000000, 999999 } };
	CHECK(utimes("/tmp/t", tv) == 0);
	s = st("/tmp/t");
	CHECK(near(s.st_atim, 400000000, 5000));
	CHECK(near(s.st_mtim, 500000000, 999999000));
	tv[0].tv_sec = 600000000;
	CHECK(futimes(fd, tv) == 0 && st("/tmp/t").st_atime == 600000000);
	tv[0].tv_sec = 700000000;
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(futimesat(dir, "t", tv) == 0 && st("/tmp/t").st_atime == 700000000);
	close(dir);
	tv[1].tv_usec = 1000000;
	errno = 0;
	CHECK(utimes("/tmp/t", tv) == -1 && errno == EINVAL);
	CHECK(utimes("/tmp/t", 0) == 0);
	/* lutimes and AT_SYMLINK_NOFOLLOW change the link, not its target */
	CHECK(symlink("t", "/tmp/l") == 0);
	struct timeval lt[2] = { { 800000000, 0 }, { 800000000, 0 } };
	CHECK(lutimes("/tmp/l", lt) == 0);
	CHECK(st("/tmp/l").st_mtime == 800000000 && st("/tmp/t").st_mtime != 800000000);
	CHECK(utimensat(AT_FDCWD, "/tmp/l", ts, 0) == 0 && st("/tmp/t").st_mtime == 1100000000);
	close(fd);
	return check_result();
}
