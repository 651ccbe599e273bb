#define _GNU_SOURCE
#include <unistd.h>

/* WASI syncs one file at a time: the file fd names is what can be
   synced. */
int syncfs(int fd)
{
	return fsync(fd);
}
