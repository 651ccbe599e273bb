#include <unistd.h>

/* Copies n bytes (an odd last byte is left out), swapping each pair. */
void swab(const void *restrict from, void *restrict to, ssize_t n)
{
	const unsigned char *f = from;
	unsigned char *t = to;
	for (; n > 1; n -= 2, f += 2, t += 2) {
		t[0] = f[1];
		t[1] = f[0];
	}
}
