#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_stat(const char *restrict path, struct stat *restrict st, int flags)
{
	return fstatat(AT_FDCWD, path, st, flags);
}
