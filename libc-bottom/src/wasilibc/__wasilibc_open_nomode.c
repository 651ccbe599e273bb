#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_open_nomode(const char *path, int oflag)
{
	return open(path, oflag);
}
