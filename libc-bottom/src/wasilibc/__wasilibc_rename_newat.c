#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_rename_newat(const char *oldpath, int newdirfd, const char *newpath)
{
	return renameat(AT_FDCWD, oldpath, newdirfd, newpath);
}
