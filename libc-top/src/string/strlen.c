#include <string.h>
#include <stdint.h>
#include "word.h"

size_t strlen(const char *s)
{
	const char *a = s;
	for (; (uintptr_t)s % WORD_SIZE; s++)
		if (!*s)
			return (size_t)(s - a);
	const word_t *w = (const word_t *)s;
	while (!HAS_ZERO(*w))
		w++;
	return (size_t)((const char *)w - a) + first_zero(*w);
}
