#include <errno.h>
#include <string.h>
#include "stdio_impl.h"

void perror(const char *s)
{
	const char *msg = strerror(errno);
	FILE *f = stderr;

	FLOCK(f);
	if (s && *s) {
		__fwritex((const unsigned char *)s, strlen(s), f);
		__fwritex((const unsigned char *)": ", 2, f);
	}
	__fwritex((const unsigned char *)msg, strlen(msg), f);
	__fwritex((const unsigned char *)"\n", 1, f);
	FUNLOCK(f);
}
