#define _GNU_SOURCE
#include <string.h>
#include "stdio_impl.h"

size_t fread(void *restrict p, size_t size, size_t nmemb, FILE *restrict f)
{
	unsigned char *d = p;
	size_t n = size * nmemb, k = 0, m;
	int c;

	if (!n)
		return 0;
	FLOCK(f);
	while (k < n) {
		if (f->rpos != f->rend) {
			m = f->rend - f->rpos;
			if (m > n - k)
				m = n - k;
			memcpy(d + k, f->rpos, m);
			f->rpos += m;
			k += m;
		} else if (n - k >= f->buf_size && !(f->flags & F_EOF) && !__toread(f)) {
			/* A buffer's worth or more goes straight to the caller. */
			m = f->read(f, d + k, n - k);
			if (!m)
				break;
			k += m;
		} else {
			c = __uflow(f);
			if (c == EOF)
				break;
			d[k++] = c;
		}
	}
	FUNLOCK(f);
	return k == n ? nmemb : k / size;
}

weak_alias(fread, fread_unlocked);
