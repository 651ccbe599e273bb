/* printf("%.17g") of doubles of every magnitude. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

int main(void)
{
	uint64_t s = 0x9e3779b97f4a7c15ULL, b;
	double x;
	int i;

	for (i = 0; i < 100000; i++) {
		s = s * 6364136223846793005ULL + 1442695040888963407ULL;
		/* half near 1, half across the exponent range */
		b = (s >> 12) | (i & 1 ? (uint64_t)(1023 + (int)(s >> 58) - 32) << 52 : (uint64_t)(1 + (s >> 53) % 2046) << 52);
		memcpy(&x, &b, sizeof x);
		printf("%.17g\n", x);
	}
	return 0;
}
