#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "env_impl.h"

int unsetenv(const char *name)
{
	size_t n = strchrnul(name, '=') - name;
	if (!n || name[n]) {
		errno = EINVAL;
		return -1;
	}
	__wasilibc_ensure_environ();
	if (!__environ)
		return 0;
	char **out = __environ;
	for (char **e = __environ; *e; e++)
		if (strncmp(name, *e, n) || (*e)[n] != '=')
			*out++ = *e;
		else
			__env_release(*e);
	*out = 0;
	return 0;
}
