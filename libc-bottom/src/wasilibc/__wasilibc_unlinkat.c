#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_unlinkat(int dirfd, const char *path)
{
	return unlinkat(dirfd, path, 0);
}
