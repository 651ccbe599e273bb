#include <string.h>
#include "word.h"

void *memset(void *dest, int c, size_t n)
{
	unsigned char *d = dest;
	word_t w = ONES * (unsigned char)c;
	for (; n >= 4 * WORD_SIZE; n -= 4 * WORD_SIZE, d += 4 * WORD_SIZE) {
		((uword_t *)d)[0] = w;
		((uword_t *)d)[1] = w;
		((uword_t *)d)[2] = w;
		((uword_t *)d)[3] = w;
	}
	for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE)
		*(uword_t *)d = w;
	for (; n; n--)
		*d++ = (unsigned char)c;
	return dest;
}
