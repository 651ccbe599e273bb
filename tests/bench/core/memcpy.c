/* memcpy and memset over sizes from 1 byte to 64 KiB, misaligned too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char src[65536 + 64], dst[65536 + 64];

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1;
	unsigned sum = 0;
	memset(src, 7, sizeof src);
	for (int rep = 0; rep < 40 * scale; rep++)
		for (size_t n = 1; n <= 65536; n *= 2) {
			for (int k = 0; k < (int)(65536 / n) && k < 2000; k++) {
				memcpy(dst + (k & 7), src + (k & 3), n);
				sum += dst[n / 2];
			}
			memset(dst, rep, n);
		}
	printf("%u\n", sum);
	return 0;
}
