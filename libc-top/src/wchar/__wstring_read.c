#include <wchar.h>
#include "stdio_impl.h"

/* A byte for each wide character, so that counts of bytes read are
   counts of characters: ASCII as itself, anything else as a byte that no
   number, sign or space can contain. */
static size_t wstring_read(FILE *f, unsigned char *p, size_t n)
{
	const wchar_t *s = f->cookie;
	size_t i;

	for (i = 0; i < n && s[i]; i++)
		p[i] = (unsigned)s[i] < 0x80 ? s[i] : '@';
	f->cookie = (void *)(s + i);
	if (!i)
		f->flags |= F_EOF;
	return i;
}

void __wstring_read_stream(FILE *f, const wchar_t *s, unsigned char *buf, size_t size)
{
	f->flags = F_NOWR;
	f->buf = buf + UNGET;
	f->buf_size = size - UNGET;
	f->rpos = f->rend = f->buf;
	f->read = wstring_read;
	f->cookie = (void *)s;
	__shlim(f, 0);
}
