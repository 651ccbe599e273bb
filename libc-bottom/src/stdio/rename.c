#include <fcntl.h>
#include <stdio.h>

int rename(const char *old, const char *new)
{
	return renameat(AT_FDCWD, old, AT_FDCWD, new);
}
