#include <fcntl.h>

int open(const char *path, int oflag, ...)
{
	return openat(AT_FDCWD, path, oflag);
}
