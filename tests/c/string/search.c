#define _GNU_SOURCE
#include <string.h>
#include "check.h"

/* memmem and strstr against a naive search, on random texts over small
   alphabets (where periodic needles and partial matches abound). */
static const unsigned char *naive(const unsigned char *h, size_t hn, const unsigned char *n, size_t m)
{
	if (!m)
		return h;
	for (size_t j = 0; j + m <= hn; j++)
		if (!memcmp(h + j, n, m))
			return h + j;
	return 0;
}

int main(void)
{
	unsigned x = 7;
	for (int t = 0; t < 40000; t++) {
		unsigned char h[81], n[13];
		x = x * 1103515245u + 12345u;
		int alpha = 2 + (x >> 28) % 3;
		size_t hn = (x >> 8) % 80, m = (x >> 16) % 12;
		for (size_t i = 0; i < hn; i++) {
			x = x * 1103515245u + 12345u;
			h[i] = (unsigned char)('a' + (x >> 16) % alpha);
		}
		for (size_t i = 0; i < m; i++) {
			x = x * 1103515245u + 12345u;
			n[i] = (unsigned char)('a' + (x >> 16) % alpha);
		}
		const unsigned char *want = naive(h, hn, n, m);
		CHECK(memmem(h, hn, n, m) == want);
		h[hn] = 0;
		n[m] = 0;
		CHECK((const unsigned char *)strstr((char *)h, (char *)n) == want);
	}
	/* long periodic needle in a long haystack */
	static char big[20000], needle[1001];
	memset(big, 'a', sizeof big - 1);
	memset(needle, 'a', sizeof needle - 1);
	needle[999] = 'b';
	CHECK(strstr(big, needle) == 0);
	big[15000] = 'b';
	CHECK(strstr(big, needle) == big + 14001);
	return check_result();
}
