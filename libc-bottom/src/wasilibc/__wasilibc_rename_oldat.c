#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_rename_oldat(int olddirfd, const char *oldpath, const char *newpath)
{
	return renameat(olddirfd, oldpath, AT_FDCWD, newpath);
}
