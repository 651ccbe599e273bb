#include <string.h>
#include <stdint.h>
#include "word.h"

char *stpcpy(char *__restrict d, const char *__restrict s)
{
	for (; (uintptr_t)s % WORD_SIZE; s++, d++)
		if (!(*d = *s))
			return d;
	const word_t *ws = (const word_t *)s;
	uword_t *wd = (uword_t *)d;
	for (; !HAS_ZERO(*ws); ws++, wd++)
		*wd = *ws;
	d = (char *)wd;
	s = (const char *)ws;
	while ((*d = *s))
		d++, s++;
	return d;
}
