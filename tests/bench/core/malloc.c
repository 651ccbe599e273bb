/* malloc/free churn with mixed sizes and lifetimes. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1;
	static void *slot[4096];
	unsigned x = 1, sum = 0;
	for (int i = 0; i < 400000 * scale; i++) {
		x = x * 1103515245u + 12345u;
		unsigned k = (x >> 8) % 4096;
		free(slot[k]);
		size_t n = (x >> 20) % 16 ? (x >> 12) % 128 + 1 : (x >> 12) % 8192 + 1;
		slot[k] = malloc(n);
		((unsigned char *)slot[k])[0] = (unsigned char)i;
		sum += ((unsigned char *)slot[k])[0];
	}
	for (int k = 0; k < 4096; k++)
		free(slot[k]);
	printf("%u\n", sum);
	return 0;
}
