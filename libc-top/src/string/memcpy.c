#include <string.h>
#include "word.h"

void *memcpy(void *__restrict dest, const void *__restrict src, size_t n)
{
	unsigned char *d = dest;
	const unsigned char *s = src;
	for (; n >= 4 * WORD_SIZE; n -= 4 * WORD_SIZE, d += 4 * WORD_SIZE, s += 4 * WORD_SIZE) {
		uword_t a = ((const uword_t *)s)[0], b = ((const uword_t *)s)[1];
		uword_t c = ((const uword_t *)s)[2], e = ((const uword_t *)s)[3];
		((uword_t *)d)[0] = a;
		((uword_t *)d)[1] = b;
		((uword_t *)d)[2] = c;
		((uword_t *)d)[3] = e;
	}
	for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE, s += WORD_SIZE)
		*(uword_t *)d = *(const uword_t *)s;
	for (; n; n--)
		*d++ = *s++;
	return dest;
}
