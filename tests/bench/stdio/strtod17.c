/* strtod of 17-significant-digit decimals (the shortest that round-trip
   every double), with exponents across the range. The inputs are made
   without printf, so that only strtod is measured. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static char inputs[4096][32];

int main(void)
{
	uint64_t s = 12345, bits = 0;
	double x;
	int i, j, k, e;
	char *p;

	for (i = 0; i < 4096; i++) {
		p = inputs[i];
		if (i & 4)
			*p++ = '-';
		for (j = 0; j < 17; j++) {
			s = s * 6364136223846793005ULL + 1442695040888963407ULL;
			*p++ = (char)('0' + (j ? (s >> 33) % 10 : 1 + (s >> 33) % 9));
			if (!j)
				*p++ = '.';
		}
		*p++ = 'e';
		e = (int)((s >> 40) % 600) - 300;
		if (i % 3 == 0)
			e = (int)((s >> 40) % 20) - 10;
		if (e < 0) {
			*p++ = '-';
			e = -e;
		}
		k = e >= 100 ? 3 : e >= 10 ? 2 : 1;
		for (j = k - 1; j >= 0; j--, e /= 10)
			p[j] = (char)('0' + e % 10);
		p[k] = 0;
	}
	for (k = 0; k < 50; k++)
		for (i = 0; i < 4096; i++) {
			x = strtod(inputs[i], 0);
			bits += *(uint64_t *)&x >> (k & 7);
		}
	printf("%llu\n", (unsigned long long)bits);
	return 0;
}
