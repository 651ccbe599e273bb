#include <sys/stat.h>
#include <unistd.h>
#include "misc_impl.h"

long pathconf(const char *path, int name)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	return __pathconf_value(name);
}
