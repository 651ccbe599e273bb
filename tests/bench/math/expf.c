/* expf over the range that neither overflows nor underflows: the time of the calls, the inputs
   made once. Run against the sysroot and against another libc to compare. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 4096

static unsigned long long state = 0x9e3779b97f4a7c15ULL;

/* A uniform double in [lo, hi) from xorshift64. */
static double uniform(double lo, double hi)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return lo + (hi - lo) * (double)(state >> 11) * 0x1p-53;
}

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1;
	static float x[N];
	for (int i = 0; i < N; i++) {
		x[i] = (float)uniform(-87.0, 88.0);
	}
	float sum = 0;
	for (int k = 0; k < 100 * scale; k++)
		for (int i = 0; i < N; i++)
			sum += expf(x[i]);
	printf("%.9g\n", (double)sum);
	return 0;
}
