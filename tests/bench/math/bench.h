/* The math benchmarks: each file names a function, the type of its
   arguments and how they are drawn; this header makes the inputs once and
   times the calls. Run against the sysroot and against another libc to
   compare. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 4096

static unsigned long long state = 0x9e3779b97f4a7c15ULL;

/* A uniform double in [lo, hi) from xorshift64. */
static inline double uniform(double lo, double hi)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return lo + (hi - lo) * (double)(state >> 11) * 0x1p-53;
}

/* 2^e times a uniform [1, 2), e a uniform integer-valued double in
   [lo, hi), made without calling the library. */
static inline double magnitude(double lo, double hi)
{
	int k = (int)uniform(lo, hi);
	double r = 1;
	for (; k > 0; k--)
		r *= 2;
	for (; k < 0; k++)
		r *= 0.5;
	return r * (1 + uniform(0, 1));
}

/* main(): x[i] = X and y[i] = Y (type T) for N inputs, then z[i] = CALL
   over all of them 100 times the work multiplier argv[1], and the sum of
   the z[i] printed. The results are stored, not summed in the loop: a
   running sum lives in memory across each call (the calling convention
   saves no float register), and that chain of store, load and add, about
   ten cycles a call, would hide any function faster than it (a function
   returning x * 0.5f timed as expf did). */
#define MATH_BENCH(T, X, Y, CALL)                                 \
	int main(int argc, char **argv)                           \
	{                                                         \
		int scale = argc > 1 ? atoi(argv[1]) : 1;         \
		static T x[N], y[N], z[N];                        \
		for (int i = 0; i < N; i++) {                     \
			x[i] = (T)(X);                            \
			y[i] = (T)(Y);                            \
		}                                                 \
		for (int k = 0; k < 100 * scale; k++)             \
			for (int i = 0; i < N; i++)               \
				z[i] = CALL;                      \
		T sum = 0;                                        \
		for (int i = 0; i < N; i++)                       \
			sum += z[i];                              \
		printf("%.9g\n", (double)sum);                    \
		return 0;                                         \
	}
