#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "stat_impl.h"

int statvfs(const char *restrict path, struct statvfs *restrict out)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	__statvfs_fill(out, &st);
	return 0;
}
