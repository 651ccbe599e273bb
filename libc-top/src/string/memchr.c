#include <string.h>
#include <stdint.h>
#include "word.h"

void *memchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;
	unsigned char ch = (unsigned char)c;
	for (; ((uintptr_t)s % WORD_SIZE) && n; s++, n--)
		if (*s == ch)
			return (void *)s;
	if (n && *s != ch) {
		word_t k = ONES * ch;
		for (; n >= WORD_SIZE; s += WORD_SIZE, n -= WORD_SIZE) {
			word_t x = *(const word_t *)s ^ k;
			if (HAS_ZERO(x))
				return (void *)(s + first_zero(x));
		}
	}
	for (; n; s++, n--)
		if (*s == ch)
			return (void *)s;
	return 0;
}
