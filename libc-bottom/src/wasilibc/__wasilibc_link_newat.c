#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_link_newat(const char *oldpath, int newdirfd, const char *newpath, int flags)
{
	return linkat(AT_FDCWD, oldpath, newdirfd, newpath, flags);
}
