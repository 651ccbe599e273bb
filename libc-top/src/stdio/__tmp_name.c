#define _GNU_SOURCE
#include <unistd.h>
#include "stdio_impl.h"

int __tmp_name(char *buf, const char *dir, const char *pfx)
{
	static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	unsigned char r[6];
	char *p = buf;
	int i;

	if (getentropy(r, sizeof r))
		return 0;
	while (*dir)
		*p++ = *dir++;
	if (p > buf && p[-1] != '/')
		*p++ = '/';
	while (*pfx)
		*p++ = *pfx++;
	for (i = 0; i < 6; i++)
		*p++ = letters[r[i] % 62];
	*p = 0;
	return 1;
}
