#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* Makes room for need bytes in *s, at least doubling; 0 when out of
   memory. */
static int room(char **s, size_t *n, size_t need)
{
	size_t cap = *n < SIZE_MAX / 2 ? 2 * *n : SIZE_MAX;
	char *p;

	if (need <= *n)
		return 1;
	if (cap < need)
		cap = need;
	if (cap < 64)
		cap = 64;
	p = realloc(*s, cap);
	if (!p)
		return 0;
	*s = p;
	*n = cap;
	return 1;
}

ssize_t getdelim(char **restrict s, size_t *restrict n, int delim, FILE *restrict f)
{
	size_t len = 0, k;
	unsigned char *z;
	int c;

	if (!s || !n) {
		errno = EINVAL;
		return -1;
	}
	if (!*s)
		*n = 0;
	FLOCK(f);
	for (;;) {
		if (f->rpos != f->rend) {
			z = memchr(f->rpos, delim, f->rend - f->rpos);
			k = z ? (size_t)(z - f->rpos) + 1 : (size_t)(f->rend - f->rpos);
			if (!room(s, n, len + k + 1))
				goto nomem;
			memcpy(*s + len, f->rpos, k);
			f->rpos += k;
			len += k;
			if (z)
				break;
		} else {
			c = __uflow(f);
			if (c == EOF) {
				if (!len || (f->flags & F_ERR)) {
					FUNLOCK(f);
					return -1;
				}
				break;
			}
			if (!room(s, n, len + 2))
				goto nomem;
			(*s)[len++] = c;
			if (c == delim)
				break;
		}
	}
	(*s)[len] = 0;
	FUNLOCK(f);
	if (len > SSIZE_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return len;
nomem:
	f->flags |= F_ERR;
	FUNLOCK(f);
	errno = ENOMEM;
	return -1;
}
