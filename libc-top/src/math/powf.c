#include "libm_exp.h"
#include "libm_log.h"

/* The cases the kernel below leaves out, through pow, whose special cases
   they share. A call of its own, so that the fast path keeps no value
   across a call: wasmtime then saves no registers on entry. */
__attribute__((__noinline__)) static float via_pow(float x, float y)
{
	return __math_narrow(pow(x, y));
}

/* x^y = 2^(y log2 x) in double for positive normal x, in units of ln2/128
   (those of exp2n_float): with the table of libm_log.h, 128 log2 x =
   128 e - 128 log2 c + (128/ln2) log1p(r), r = m c - 1 exact, |r| <= 2^-8,
   and the series of log1p to degree 5 (relative error below 2^-42 where
   the table value is 0, far less elsewhere), so that z = y 128 log2 x,
   kept below 15872 (|y log x| < 85.9), is known to 2^-28 or better: a
   relative 2^-35.5 in 2^(z/128). The series is split in halves that
   evaluate in parallel. */
__attribute__((__no_builtin__)) float powf(float x, float y)
{
	/* y needs no test of its own: an infinite or NaN y makes z infinite
	   or NaN, which the test of z sends to pow, and y = 0 makes z = 0,
	   whose exp2n_float is exactly 1. */
	uint32_t ix = asuint(x);
	if (ix - 0x00800000 >= 0x7f800000 - 0x00800000)
		return via_pow(x, y);
	int e;
	double r;
	const double *T = logf_lookup(ix, &e, &r);
	double r2 = r * r;
	double l = ((e * 128 + T[3]) + r * EXP_INVLN2N)
	         + r2 * (EXP_INVLN2N * -0.5 + EXP_INVLN2N / 3 * r)
	         + r2 * r2 * (EXP_INVLN2N * -0.25 + EXP_INVLN2N / 5 * r);
	double z = y * l;
	/* |z| >= 15872, tested on the top bits: fewer operations than a
	   float comparison in wasmtime's code. */
	if ((asuint64(z) >> 48 & 0x7fff) >= 0x40cf)
		return via_pow(x, y);
	return (float)exp2n_float(z);
}
