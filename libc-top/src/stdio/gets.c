#include <string.h>
#include "stdio_impl.h"

/* Removed from C11 (it cannot know the buffer's size) and declared only
   for C++ before C++14, which still has it: a line of stdin without its
   newline. */
char *gets(char *s)
{
	FILE *f = stdin;
	char *p = s;
	int c;

	FLOCK(f);
	while ((c = getc_fast(f)) != EOF && c != '\n')
		*p++ = c;
	*p = 0;
	FUNLOCK(f);
	return (c == EOF && (p == s || (f->flags & F_ERR))) ? 0 : s;
}
