#define _GNU_SOURCE
#include <string.h>

size_t strcspn(const char *s, const char *reject)
{
	unsigned long long set[4] = {0};
	const unsigned char *r = (const unsigned char *)reject;
	const unsigned char *p = (const unsigned char *)s;
	if (!r[0] || !r[1])
		return (size_t)(strchrnul(s, r[0]) - s);
	set[0] = 1; /* the terminator stops the scan */
	for (; *r; r++)
		set[*r / 64] |= 1ULL << (*r % 64);
	while (!(set[*p / 64] & (1ULL << (*p % 64))))
		p++;
	return (size_t)(p - (const unsigned char *)s);
}
