#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_openat_nomode(int dirfd, const char *path, int oflag)
{
	return openat(dirfd, path, oflag);
}
