#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_rmdirat(int dirfd, const char *path)
{
	return unlinkat(dirfd, path, AT_REMOVEDIR);
}
