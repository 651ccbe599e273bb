#ifndef _TGMATH_H
#define _TGMATH_H

#include <math.h>
#include <complex.h>

/* C17 7.25 type-generic macros by _Generic (an extension clang accepts in
   every C mode). An argument of integer type counts as double. In C++ the
   overloads of <cmath> and <complex> serve instead. */
#ifndef __cplusplus

#define __tg_promote(x) _Generic((x), float: (x), long double: (x), \
	float _Complex: (x), double _Complex: (x), long double _Complex: (x), \
	default: (double)(x))

#define __tg_r1(fn, x) __extension__ _Generic(__tg_promote(x), \
	float: fn##f, long double: fn##l, default: fn)(x)
#define __tg_r1x(fn, x, y) __extension__ _Generic(__tg_promote(x), \
	float: fn##f, long double: fn##l, default: fn)(x, y)
#define __tg_r2(fn, x, y) __extension__ _Generic(__tg_promote(x) + __tg_promote(y), \
	float: fn##f, long double: fn##l, default: fn)(x, y)
#define __tg_r2q(fn, x, y, q) __extension__ _Generic(__tg_promote(x) + __tg_promote(y), \
	float: fn##f, long double: fn##l, default: fn)(x, y, q)
#define __tg_r3(fn, x, y, z) __extension__ _Generic( \
	__tg_promote(x) + __tg_promote(y) + __tg_promote(z), \
	float: fn##f, long double: fn##l, default: fn)(x, y, z)
#define __tg_rc1(fn, x) __extension__ _Generic(__tg_promote(x), \
	float: fn##f, long double: fn##l, float _Complex: c##fn##f, \
	double _Complex: c##fn, long double _Complex: c##fn##l, default: fn)(x)
#define __tg_rc2(fn, x, y) __extension__ _Generic(__tg_promote(x) + __tg_promote(y), \
	float: fn##f, long double: fn##l, float _Complex: c##fn##f, \
	double _Complex: c##fn, long double _Complex: c##fn##l, default: fn)(x, y)
#define __tg_fabs(x) __extension__ _Generic(__tg_promote(x), \
	float: fabsf, long double: fabsl, float _Complex: cabsf, \
	double _Complex: cabs, long double _Complex: cabsl, default: fabs)(x)
#define __tg_c1(fn, x) __extension__ _Generic(__tg_promote(x), \
	float: fn##f, long double: fn##l, float _Complex: fn##f, \
	long double _Complex: fn##l, default: fn)(x)

#define acos(x) __tg_rc1(acos, x)
#define asin(x) __tg_rc1(asin, x)
#define atan(x) __tg_rc1(atan, x)
#define acosh(x) __tg_rc1(acosh, x)
#define asinh(x) __tg_rc1(asinh, x)
#define atanh(x) __tg_rc1(atanh, x)
#define cos(x) __tg_rc1(cos, x)
#define sin(x) __tg_rc1(sin, x)
#define tan(x) __tg_rc1(tan, x)
#define cosh(x) __tg_rc1(cosh, x)
#define sinh(x) __tg_rc1(sinh, x)
#define tanh(x) __tg_rc1(tanh, x)
#define exp(x) __tg_rc1(exp, x)
#define log(x) __tg_rc1(log, x)
#define sqrt(x) __tg_rc1(sqrt, x)
#define fabs(x) __tg_fabs(x)
#define pow(x, y) __tg_rc2(pow, x, y)
#define cbrt(x) __tg_r1(cbrt, x)
#define ceil(x) __tg_r1(ceil, x)
#define erf(x) __tg_r1(erf, x)
#define erfc(x) __tg_r1(erfc, x)
#define exp2(x) __tg_r1(exp2, x)
#define expm1(x) __tg_r1(expm1, x)
#define floor(x) __tg_r1(floor, x)
#define ilogb(x) __tg_r1(ilogb, x)
#define lgamma(x) __tg_r1(lgamma, x)
#define llrint(x) __tg_r1(llrint, x)
#define llround(x) __tg_r1(llround, x)
#define log10(x) __tg_r1(log10, x)
#define log1p(x) __tg_r1(log1p, x)
#define log2(x) __tg_r1(log2, x)
#define logb(x) __tg_r1(logb, x)
#define lrint(x) __tg_r1(lrint, x)
#define lround(x) __tg_r1(lround, x)
#define nearbyint(x) __tg_r1(nearbyint, x)
#define rint(x) __tg_r1(rint, x)
#define round(x) __tg_r1(round, x)
#define tgamma(x) __tg_r1(tgamma, x)
#define trunc(x) __tg_r1(trunc, x)
#define atan2(x, y) __tg_r2(atan2, x, y)
#define copysign(x, y) __tg_r2(copysign, x, y)
#define fdim(x, y) __tg_r2(fdim, x, y)
#define fmax(x, y) __tg_r2(fmax, x, y)
#define fmin(x, y) __tg_r2(fmin, x, y)
#define fmod(x, y) __tg_r2(fmod, x, y)
#define hypot(x, y) __tg_r2(hypot, x, y)
#define nextafter(x, y) __tg_r2(nextafter, x, y)
#define remainder(x, y) __tg_r2(remainder, x, y)
#define fma(x, y, z) __tg_r3(fma, x, y, z)
#define frexp(x, y) __tg_r1x(frexp, x, y)
#define ldexp(x, y) __tg_r1x(ldexp, x, y)
#define scalbn(x, y) __tg_r1x(scalbn, x, y)
#define scalbln(x, y) __tg_r1x(scalbln, x, y)
#define nexttoward(x, y) __tg_r1x(nexttoward, x, y)
#define remquo(x, y, q) __tg_r2q(remquo, x, y, q)
#define carg(x) __tg_c1(carg, x)
#define cimag(x) __tg_c1(cimag, x)
#define conj(x) __tg_c1(conj, x)
#define cproj(x) __tg_c1(cproj, x)
#define creal(x) __tg_c1(creal, x)

#endif

#endif
