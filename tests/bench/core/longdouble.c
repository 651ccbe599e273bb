/* long double (binary128) arithmetic and 128-bit integer division: the
   compiler builtins that printf %Lf and the long double math sit on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long state = 88172645463325252ULL;

static unsigned long long next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1;
	static long double v[256];
	static unsigned __int128 w[256];
	for (int i = 0; i < 256; i++) {
		v[i] = 0.5L + (long double)(next() >> 11) * 0x1p-53L + (long double)(next() >> 11) * 0x1p-106L;
		w[i] = ((unsigned __int128)next() << 64 | next()) >> (next() % 120);
	}
	long double acc = 1, prod = 1, quot = 1;
	unsigned __int128 q = 12345;
	unsigned n = 0;
	for (int k = 0; k < 200 * scale; k++)
		for (int i = 0; i < 256; i++) {
			acc = acc + v[i] - v[(i + 1) & 255];
			prod = prod * v[i] / v[(i + 7) & 255];
			quot = v[i] / (quot + 1);
			n += acc < v[i];
			q = q / (w[i] | 1) + w[i];
		}
	printf("%.17g %.17g %.17g %u %llu\n", (double)acc, (double)prod, (double)quot, n,
	       (unsigned long long)q);
	return 0;
}
