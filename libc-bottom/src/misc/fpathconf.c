#include <sys/stat.h>
#include <unistd.h>
#include "misc_impl.h"

long fpathconf(int fd, int name)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -1;
	return __pathconf_value(name);
}
