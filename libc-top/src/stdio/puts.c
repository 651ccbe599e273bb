#include <string.h>
#include "stdio_impl.h"

int puts(const char *s)
{
	FILE *f = stdout;
	size_t n = strlen(s);
	int r;

	FLOCK(f);
	r = (__fwritex((const unsigned char *)s, n, f) == n && putc_fast('\n', f) != EOF) ? 0 : EOF;
	FUNLOCK(f);
	return r;
}
