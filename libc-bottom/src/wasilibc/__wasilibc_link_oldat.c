#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_link_oldat(int olddirfd, const char *oldpath, const char *newpath, int flags)
{
	return linkat(olddirfd, oldpath, AT_FDCWD, newpath, flags);
}
