#include <string.h>

/* A 256-bit set of the accepted bytes. */
size_t strspn(const char *s, const char *accept)
{
	unsigned long long set[4] = {0};
	const unsigned char *a = (const unsigned char *)accept;
	const unsigned char *p = (const unsigned char *)s;
	if (!a[0])
		return 0;
	if (!a[1]) {
		while (*p == a[0])
			p++;
		return (size_t)(p - (const unsigned char *)s);
	}
	for (; *a; a++)
		set[*a / 64] |= 1ULL << (*a % 64);
	while (set[*p / 64] & (1ULL << (*p % 64)))
		p++;
	return (size_t)(p - (const unsigned char *)s);
}
