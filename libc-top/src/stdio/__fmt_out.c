#include "fmt.h"

/* Line-buffered streams take __fwritex, which flushes at newlines; the
   others copy straight into the buffer while there is room, the few
   bytes of most pieces in a loop that stays one (no memcpy call). Here
   and in __fmt_pad, not inlining into the helpers below keeps them
   small. */
__attribute__((__noinline__, __no_builtin__("memcpy")))
void __fmt_out(FILE *f, const char *s, size_t n)
{
	size_t i;

	if (f->lbf != '\n' && (size_t)(f->wend - f->wpos) >= n) {
		if (n > 16)
			__builtin_memcpy(f->wpos, s, n);
		else
#pragma clang loop unroll(disable) vectorize(disable)
			for (i = 0; i < n; i++)
				f->wpos[i] = s[i];
		f->wpos += n;
	} else {
		__fwritex((const unsigned char *)s, n, f);
	}
}

__attribute__((__noinline__))
void __fmt_pad(FILE *f, int c, size_t n)
{
	static const char fill[2][16] = {
		{ ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ' },
		{ '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0' },
	};
	const char *s = fill[c == '0'];

	for (; n > sizeof fill[0]; n -= sizeof fill[0])
		__fmt_out(f, s, sizeof fill[0]);
	if (n)
		__fmt_out(f, s, n);
}

void __fmt_start(FILE *f, const char *prefix, size_t plen, size_t len, int width, unsigned fl)
{
	size_t pad = (size_t)width > len ? width - len : 0;

	if (!(fl & (FL_MINUS | FL_ZERO)))
		__fmt_pad(f, ' ', pad);
	if (plen)
		__fmt_out(f, prefix, plen);
	if ((fl & (FL_MINUS | FL_ZERO)) == FL_ZERO)
		__fmt_pad(f, '0', pad);
}

int __fmt_end(FILE *f, size_t len, int width, unsigned fl)
{
	if ((size_t)width <= len)
		return len;
	if (fl & FL_MINUS)
		__fmt_pad(f, ' ', width - len);
	return width;
}
