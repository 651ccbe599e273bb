#include <dirent.h>
#include "dirent_impl.h"

void seekdir(DIR *d, long loc)
{
	d->cookie = (__wasi_dircookie_t)loc;
	d->len = d->pos = 0;
	d->end = 0;
}
