#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_utimens(const char *path, const struct timespec times[2], int flags)
{
	return utimensat(AT_FDCWD, path, times, flags);
}
