#include <fcntl.h>
#include <sys/stat.h>

int mkfifo(const char *path, mode_t mode)
{
	return mkfifoat(AT_FDCWD, path, mode);
}
