#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_link(const char *oldpath, const char *newpath, int flags)
{
	return linkat(AT_FDCWD, oldpath, AT_FDCWD, newpath, flags);
}
