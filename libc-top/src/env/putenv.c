#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "env_impl.h"

/* Strings setenv allocated, so that replacing or removing one frees it. */
static char **owned_list;
static size_t owned_count;

hidden void __env_release(char *s)
{
	for (size_t i = 0; i < owned_count; i++)
		if (owned_list[i] == s) {
			free(s);
			owned_list[i] = owned_list[--owned_count];
			return;
		}
}

static int remember(char *s)
{
	char **l = realloc(owned_list, (owned_count + 1) * sizeof *l);
	if (!l)
		return -1;
	owned_list = l;
	owned_list[owned_count++] = s;
	return 0;
}

/* The environ array itself, once the libc has had to grow it. */
static char **own_environ;

hidden void __env_forget(void)
{
	for (size_t i = 0; i < owned_count; i++)
		free(owned_list[i]);
	owned_count = 0;
}

hidden int __putenv(char *s, size_t n, char *owned)
{
	__wasilibc_ensure_environ();
	size_t count = 0;
	for (char **e = __environ; e && *e; e++, count++)
		if (!strncmp(s, *e, n) && (*e)[n] == '=') {
			if (owned && remember(owned) < 0) {
				errno = ENOMEM;
				return -1;
			}
			char *old = *e;
			*e = s;
			__env_release(old);
			return 0;
		}
	int ours = __environ == own_environ;
	char **grown = realloc(own_environ, (count + 2) * sizeof *grown);
	if (!grown || (owned && remember(owned) < 0)) {
		if (grown)
			own_environ = grown;
		errno = ENOMEM;
		return -1;
	}
	if (!ours && count)
		memcpy(grown, __environ, count * sizeof *grown);
	grown[count] = s;
	grown[count + 1] = 0;
	__environ = own_environ = grown;
	return 0;
}

int putenv(char *s)
{
	size_t n = strchrnul(s, '=') - s;
	if (!s[n])
		return unsetenv(s);
	return __putenv(s, n, 0);
}
