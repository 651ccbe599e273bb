#include <dirent.h>
#include <unistd.h>

int closedir(DIR *d)
{
	return close(fdclosedir(d));
}
