#include <dirent.h>
#include <stdlib.h>
#include "dirent_impl.h"

/* Frees the stream and returns its descriptor, still open. */
int fdclosedir(DIR *d)
{
	int fd = d->fd;
	free(d->buf);
	free(d);
	return fd;
}
