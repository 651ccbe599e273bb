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

#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L) \
 || defined(_GNU_SOURCE)
/* C23 7.27 additions. The narrowing macros take the long double function
   for a long double argument; dadd and the other d macros always do, since
   a double or float argument converts to long double exactly. */
#define __tg_r1xx(fn, x, y, z) __extension__ _Generic(__tg_promote(x), \
	float: fn##f, long double: fn##l, default: fn)(x, y, z)
#define __tg_n2(fn, x, y) __extension__ _Generic(__tg_promote(x) + __tg_promote(y), \
	long double: fn##l, default: fn)(x, y)
#define __tg_n3(fn, x, y, z) __extension__ _Generic( \
	__tg_promote(x) + __tg_promote(y) + __tg_promote(z), \
	long double: fn##l, default: fn)(x, y, z)
#define __tg_n1(fn, x) __extension__ _Generic(__tg_promote(x), \
	long double: fn##l, default: fn)(x)

#define exp10(x) __tg_r1(exp10, x)
#define roundeven(x) __tg_r1(roundeven, x)
#define nextup(x) __tg_r1(nextup, x)
#define nextdown(x) __tg_r1(nextdown, x)
#define llogb(x) __tg_r1(llogb, x)
#define fmaximum(x, y) __tg_r2(fmaximum, x, y)
#define fminimum(x, y) __tg_r2(fminimum, x, y)
#define fmaximum_num(x, y) __tg_r2(fmaximum_num, x, y)
#define fminimum_num(x, y) __tg_r2(fminimum_num, x, y)
#define fmaximum_mag(x, y) __tg_r2(fmaximum_mag, x, y)
#define fminimum_mag(x, y) __tg_r2(fminimum_mag, x, y)
#define fmaximum_mag_num(x, y) __tg_r2(fmaximum_mag_num, x, y)
#define fminimum_mag_num(x, y) __tg_r2(fminimum_mag_num, x, y)
#define acospi(x) __tg_r1(acospi, x)
#define asinpi(x) __tg_r1(asinpi, x)
#define atanpi(x) __tg_r1(atanpi, x)
#define cospi(x) __tg_r1(cospi, x)
#define sinpi(x) __tg_r1(sinpi, x)
#define tanpi(x) __tg_r1(tanpi, x)
#define exp2m1(x) __tg_r1(exp2m1, x)
#define exp10m1(x) __tg_r1(exp10m1, x)
#define log2p1(x) __tg_r1(log2p1, x)
#define log10p1(x) __tg_r1(log10p1, x)
#define logp1(x) __tg_r1(logp1, x)
#define rsqrt(x) __tg_r1(rsqrt, x)
#define atan2pi(y, x) __tg_r2(atan2pi, y, x)
#define powr(x, y) __tg_r2(powr, x, y)
#define compoundn(x, n) __tg_r1x(compoundn, x, n)
#define pown(x, n) __tg_r1x(pown, x, n)
#define rootn(x, n) __tg_r1x(rootn, x, n)
#define fromfp(x, r, w) __tg_r1xx(fromfp, x, r, w)
#define ufromfp(x, r, w) __tg_r1xx(ufromfp, x, r, w)
#define fromfpx(x, r, w) __tg_r1xx(fromfpx, x, r, w)
#define ufromfpx(x, r, w) __tg_r1xx(ufromfpx, x, r, w)
#define fadd(x, y) __tg_n2(fadd, x, y)
#define fsub(x, y) __tg_n2(fsub, x, y)
#define fmul(x, y) __tg_n2(fmul, x, y)
#define fdiv(x, y) __tg_n2(fdiv, x, y)
#define ffma(x, y, z) __tg_n3(ffma, x, y, z)
#define fsqrt(x) __tg_n1(fsqrt, x)
#define dadd(x, y) daddl(x, y)
#define dsub(x, y) dsubl(x, y)
#define dmul(x, y) dmull(x, y)
#define ddiv(x, y) ddivl(x, y)
#define dfma(x, y, z) dfmal(x, y, z)
#define dsqrt(x) dsqrtl(x)
#endif

#endif

#endif
