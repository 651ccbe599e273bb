//! exit: 3
/* warn, warnx, vwarn, vwarnx and errx write "program: message[: error]"
   to stderr; err and errx exit with the status given. stderr goes to a
   file here so that the test can read it back. */
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static void call_vwarn(int x, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (x)
		vwarnx(fmt, ap);
	else
		vwarn(fmt, ap);
	va_end(ap);
}

static void check_log(void)
{
	static const char want[] =
		"prog: hello 42: No such file or directory\n"
		"prog: just this\n"
		"prog: Permission denied\n"
		"prog: \n"
		"prog: v 7: Invalid argument\n"
		"prog: vx 8\n"
		"prog: bye: Invalid argument\n";
	char got[512];
	int fd = open("/tmp/stderr.txt", O_RDONLY);
	ssize_t n = read(fd, got, sizeof got - 1);
	CHECK(n >= 0);
	got[n < 0 ? 0 : n] = 0;
	CHECK_STR(got, want);
	if (check_failures)
		_Exit(1);
}

int main(void)
{
	int fd = open("/tmp/stderr.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0 && dup2(fd, 2) == 2);
	program_invocation_short_name = "prog";
	errno = ENOENT;
	warn("hello %d", 42);
	warnx("just %s", "this");
	errno = EACCES;
	warn(0);
	warnx(0);
	errno = EINVAL;
	call_vwarn(0, "v %d", 7);
	call_vwarn(1, "vx %d", 8);
	CHECK(errno == EINVAL);
	atexit(check_log);
	if (check_failures)
		return 1;
	/* check_log runs at exit, and on a failure changes the status */
	err(3, "bye");
}
