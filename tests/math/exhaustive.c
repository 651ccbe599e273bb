/* Every float input of a one-argument float function of functions.h,
   against its double twin (the same name without the f) rounded to the
   float's ulp: the double functions are within 0.75 ulp of double, so the
   error this measures is the float function's own to within 2^-28 ulp.
   Usage: exhaustive NAME FIRST LAST, the range of bit patterns in hex
   (inclusive); prints the largest error in ulps, the input where it
   happens, and how many results are not the double's rounded to float. */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fns.h"

static const struct fn *find(const char *name, enum kind kind)
{
	for (size_t i = 0; i < sizeof fns / sizeof *fns; i++)
		if (fns[i].kind == kind && !strcmp(fns[i].name, name))
			return &fns[i];
	return 0;
}

/* |got - want| in ulps of float at want; 0 when both are the same
   non-finite value or the float overflow of want. */
static double error(float got, double want)
{
	if (isnan(want))
		return isnan(got) ? 0 : INFINITY;
	float wf = (float)want;
	if (isinf(wf) || isinf(got))
		return got == wf ? 0 : INFINITY;
	int e;
	frexp(want, &e);
	double ulp = ldexp(1, (e - 1 > -126 ? e - 1 : -126) - 23);
	return fabs((double)got - want) / ulp;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: exhaustive NAME FIRST LAST\n");
		return 2;
	}
	const struct fn *ff = find(argv[1], F_F);
	size_t n = strlen(argv[1]);
	char twin[32];
	if (!ff || n < 2 || n >= sizeof twin || argv[1][n - 1] != 'f') {
		fprintf(stderr, "exhaustive: %s is not a float(float) function of functions.h\n", argv[1]);
		return 2;
	}
	memcpy(twin, argv[1], n - 1);
	twin[n - 1] = 0;
	const struct fn *fd = find(twin, D_D);
	if (!fd) {
		fprintf(stderr, "exhaustive: %s has no double twin %s in functions.h\n", argv[1], twin);
		return 2;
	}
	float (*f)(float) = (float (*)(float))ff->f;
	double (*d)(double) = (double (*)(double))fd->f;
	uint32_t first = strtoul(argv[2], 0, 16), last = strtoul(argv[3], 0, 16);
	double worst = 0;
	uint32_t worst_at = first;
	unsigned long long inexact = 0;
	for (uint32_t u = first;; u++) {
		float x;
		memcpy(&x, &u, 4);
		float got = f(x);
		double want = d(x);
		double err = error(got, want);
		if (got != (float)want && !(isnan(got) && isnan(want)))
			inexact++;
		if (err > worst) {
			worst = err;
			worst_at = u;
		}
		if (u == last)
			break;
	}
	printf("%s %.4f %08x %llu\n", argv[1], worst, (unsigned)worst_at, inexact);
	return 0;
}
