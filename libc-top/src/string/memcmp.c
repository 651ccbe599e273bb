#include <string.h>
#include "word.h"

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *l = a, *r = b;
	for (; n >= WORD_SIZE; n -= WORD_SIZE, l += WORD_SIZE, r += WORD_SIZE)
		if (*(const uword_t *)l != *(const uword_t *)r)
			break;
	for (; n; n--, l++, r++)
		if (*l != *r)
			return *l - *r;
	return 0;
}
