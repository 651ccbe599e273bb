#include <dirent.h>
#include "dirent_impl.h"

/* The WASI cookie of the next entry: hosts number entries from 0, so it
   fits a long. */
long telldir(DIR *d)
{
	return (long)d->cookie;
}
