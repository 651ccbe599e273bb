#define _GNU_SOURCE
#include <string.h>
#include <stdint.h>
#include "word.h"

char *strchrnul(const char *s, int c)
{
	unsigned char ch = (unsigned char)c;
	if (!ch)
		return (char *)s + strlen(s);
	for (; (uintptr_t)s % WORD_SIZE; s++)
		if (!*s || *(const unsigned char *)s == ch)
			return (char *)s;
	word_t k = ONES * ch;
	const word_t *w = (const word_t *)s;
	for (; !HAS_ZERO(*w) && !HAS_ZERO(*w ^ k); w++)
		;
	for (s = (const char *)w; *s && *(const unsigned char *)s != ch; s++)
		;
	return (char *)s;
}
