#define _GNU_SOURCE
#include <string.h>
#include "stdio_impl.h"

char *fgets(char *restrict s, int size, FILE *restrict f)
{
	char *p = s;
	size_t room, m;
	unsigned char *nl;
	unsigned err = f->flags & F_ERR;
	int c;

	if (size <= 0)
		return 0;
	FLOCK(f);
	f->flags &= ~F_ERR;
	for (room = size - 1; room; ) {
		if (f->rpos != f->rend) {
			m = f->rend - f->rpos;
			if (m > room)
				m = room;
			nl = memchr(f->rpos, '\n', m);
			if (nl)
				m = nl - f->rpos + 1;
			memcpy(p, f->rpos, m);
			f->rpos += m;
			p += m;
			room -= m;
			if (nl)
				break;
		} else {
			c = __uflow(f);
			if (c == EOF)
				break;
			*p++ = c;
			room--;
			if (c == '\n')
				break;
		}
	}
	/* C11 7.21.7.2p3: a null pointer if end-of-file came before any
	   character, or if a read error occurred. */
	if ((p == s && size > 1) || (f->flags & F_ERR))
		s = 0;
	else
		*p = 0;
	f->flags |= err;
	FUNLOCK(f);
	return s;
}

weak_alias(fgets, fgets_unlocked);
