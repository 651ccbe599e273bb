#include <sys/stat.h>
#include <sys/statvfs.h>
#include "stat_impl.h"

int fstatvfs(int fd, struct statvfs *out)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -1;
	__statvfs_fill(out, &st);
	return 0;
}
