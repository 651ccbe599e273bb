#include <stdlib.h>
#include <sys/stat.h>
#include "temp_impl.h"

static int make(const char *path, int mode)
{
	return mkdir(path, (mode_t)mode);
}

char *mkdtemp(char *tmpl)
{
	return __mktemp(tmpl, 0, make, 0700) < 0 ? 0 : tmpl;
}
