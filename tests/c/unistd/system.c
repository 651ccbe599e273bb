/* sysconf, pathconf, fpathconf, confstr, uname, gethostname, the user and
   group ids, getrlimit/setrlimit, getpagesize, sbrk, sync. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	CHECK(sysconf(_SC_PAGESIZE) == 65536 && getpagesize() == 65536);
	CHECK(sysconf(_SC_CLK_TCK) == 100);
	CHECK(sysconf(_SC_OPEN_MAX) == OPEN_MAX && getdtablesize() == OPEN_MAX);
	CHECK(sysconf(_SC_NPROCESSORS_ONLN) == 1 && sysconf(_SC_NPROCESSORS_CONF) == 1);
	CHECK(sysconf(_SC_PHYS_PAGES) == 65536);
	long av = sysconf(_SC_AVPHYS_PAGES);
	CHECK(av > 0 && av < 65536);
	CHECK(sysconf(_SC_HOST_NAME_MAX) == HOST_NAME_MAX && sysconf(_SC_IOV_MAX) == IOV_MAX);
	CHECK(sysconf(_SC_VERSION) == _POSIX_VERSION && sysconf(_SC_MONOTONIC_CLOCK) > 0);
	/* no limit, or an option WASI lacks: -1 with errno untouched */
	errno = 0;
	CHECK(sysconf(_SC_CHILD_MAX) == -1 && errno == 0);
	CHECK(sysconf(_SC_JOB_CONTROL) == -1 && errno == 0);
	errno = 0;
	CHECK(sysconf(-1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(sysconf(100000) == -1 && errno == EINVAL);
	/* pathconf */
	CHECK(pathconf("/tmp", _PC_NAME_MAX) == NAME_MAX && pathconf("/tmp", _PC_PATH_MAX) == PATH_MAX);
	CHECK(pathconf("/tmp", _PC_PIPE_BUF) == PIPE_BUF && pathconf("/tmp", _PC_NO_TRUNC) == 1);
	errno = 0;
	CHECK(pathconf("/tmp", _PC_LINK_MAX) == -1 && errno == 0);
	errno = 0;
	CHECK(pathconf("/tmp/none", _PC_NAME_MAX) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(pathconf("/tmp", 999) == -1 && errno == EINVAL);
	CHECK(fpathconf(1, _PC_NAME_MAX) == NAME_MAX);
	errno = 0;
	CHECK(fpathconf(99, _PC_NAME_MAX) == -1 && errno == EBADF);
	/* confstr */
	char buf[256];
	CHECK(confstr(_CS_PATH, buf, sizeof buf) == strlen(buf) + 1 && buf[0] == '/');
	CHECK(confstr(_CS_PATH, 0, 0) == strlen(buf) + 1);
	char small[4];
	CHECK(confstr(_CS_PATH, small, sizeof small) > sizeof small && small[3] == 0);
	errno = 0;
	CHECK(confstr(12345, buf, sizeof buf) == 0 && errno == EINVAL);
	/* uname, gethostname */
	struct utsname u;
	CHECK(uname(&u) == 0);
	CHECK_STR(u.sysname, "wasi");
	CHECK_STR(u.machine, "wasm32");
	CHECK(gethostname(buf, sizeof buf) == 0);
	CHECK_STR(u.nodename, buf);
	CHECK(gethostname(small, sizeof small) == 0 && !memcmp(small, buf, 4));
	/* the one user and group */
	CHECK(getuid() == 0 && geteuid() == 0 && getgid() == 0 && getegid() == 0);
	uid_t r, e, s;
	CHECK(getresuid(&r, &e, &s) == 0 && r == 0 && e == 0 && s == 0);
	gid_t gr, ge, gs;
	CHECK(getresgid(&gr, &ge, &gs) == 0 && gr == 0);
	gid_t groups[4];
	CHECK(getgroups(0, groups) == 1 && getgroups(4, groups) == 1 && groups[0] == 0);
	errno = 0;
	CHECK(getgroups(-1, groups) == -1 && errno == EINVAL);
	CHECK(setuid(0) == 0 && seteuid(0) == 0 && setgid(0) == 0 && setegid(0) == 0);
	CHECK(setresuid(-1, 0, -1) == 0 && setresgid(0, -1, 0) == 0);
	CHECK(setgroups(0, 0) == 0 && setgroups(1, groups) == 0);
	errno = 0;
	CHECK(setuid(1000) == -1 && errno == EPERM);
	errno = 0;
	CHECK(setegid(5) == -1 && errno == EPERM);
	errno = 0;
	CHECK(setresuid(1, 1, 1) == -1 && errno == EPERM);
	gid_t other = 7;
	errno = 0;
	CHECK(setgroups(1, &other) == -1 && errno == EPERM);
	/* resource limits */
	struct rlimit rl;
	CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur == OPEN_MAX && rl.rlim_max == OPEN_MAX);
	CHECK(getrlimit(RLIMIT_CORE, &rl) == 0 && rl.rlim_cur == 0);
	CHECK(getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur == RLIM_INFINITY);
	CHECK(getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_max == 4294967296ULL);
	CHECK(setrlimit(RLIMIT_AS, &rl) == 0);
	rl.rlim_cur = 1000;
	errno = 0;
	CHECK(setrlimit(RLIMIT_AS, &rl) == -1 && errno == EPERM);
	rl.rlim_cur = rl.rlim_max + 1;
	errno = 0;
	CHECK(setrlimit(RLIMIT_AS, &rl) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(getrlimit(99, &rl) == -1 && errno == EINVAL);
	/* sbrk grows memory; the break only moves up */
	char *b0 = sbrk(0);
	CHECK(b0 != (char *)-1 && (unsigned long)b0 % 65536 == 0);
	char *b1 = sbrk(100);
	CHECK(b1 == b0 && sbrk(0) == b0 + 100);
	b1[99] = 1;
	char *b2 = sbrk(100000);
	CHECK(b2 == b0 + 100);
	b2[99999] = 2;
	errno = 0;
	CHECK(sbrk(-1) == (void *)-1 && errno == EINVAL);
	sync();
	int fd = open("/tmp/s", O_RDWR | O_CREAT, 0644);
	CHECK(syncfs(fd) == 0);
	CHECK(posix_close(fd, 0) == 0);
	errno = 0;
	CHECK(posix_close(fd, 0) == -1 && errno == EBADF);
	errno = 0;
	CHECK(posix_close(1, 5) == -1 && errno == EINVAL);
	return check_result();
}
