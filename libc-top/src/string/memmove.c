#include <string.h>
#include <stdint.h>
#include "word.h"

/* Copies word by word, forwards when dest is below src and backwards when
   above, so each word is read before any store can reach it. (memcpy may
   not be used for the overlapping case: its restrict-qualified arguments
   let the compiler reorder its loads and stores.) */
void *memmove(void *dest, const void *src, size_t n)
{
	unsigned char *d = dest;
	const unsigned char *s = src;
	if ((uintptr_t)d - (uintptr_t)s >= n && (uintptr_t)s - (uintptr_t)d >= n)
		return memcpy(dest, src, n);
	if (d < s) {
		for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE, s += WORD_SIZE)
			*(uword_t *)d = *(const uword_t *)s;
		for (; n; n--)
			*d++ = *s++;
		return dest;
	}
	d += n;
	s += n;
	for (; n >= WORD_SIZE; n -= WORD_SIZE) {
		d -= WORD_SIZE;
		s -= WORD_SIZE;
		*(uword_t *)d = *(const uword_t *)s;
	}
	while (n--)
		*--d = *--s;
	return dest;
}
