/* Helpers of the complex multiplication and division builtins, for float,
 * double and binary128 alike: cmul.h and cdiv.h are written once in terms
 * of a type T and these, and each public function includes them with its
 * T.  No libm: the builtins library stands alone.
 */
#ifndef BUILTINS_COMPLEX_H
#define BUILTINS_COMPLEX_H

#include "binary128.h"
#include "fp.h"

static inline int isnan_f(float x)
{
	return (f32_bits(x) & 0x7fffffff) > 0x7f800000;
}

static inline int isnan_d(double x)
{
	return (f64_bits(x) & ~((u64)1 << 63)) > (u64)0x7ff << 52;
}

static inline int isnan_t(f128 x)
{
	return f128_isnan(f128_bits(x));
}

static inline int isinf_f(float x)
{
	return (f32_bits(x) & 0x7fffffff) == 0x7f800000;
}

static inline int isinf_d(double x)
{
	return (f64_bits(x) & ~((u64)1 << 63)) == (u64)0x7ff << 52;
}

static inline int isinf_t(f128 x)
{
	return (f128_bits(x) & ~F128_SIGN) == F128_INF;
}

static inline int isfinite_f(float x)
{
	return (f32_bits(x) & 0x7fffffff) < 0x7f800000;
}

static inline int isfinite_d(double x)
{
	return (f64_bits(x) & ~((u64)1 << 63)) < (u64)0x7ff << 52;
}

static inline int isfinite_t(f128 x)
{
	return (f128_bits(x) & ~F128_SIGN) < F128_INF;
}

static inline int iszero_f(float x)
{
	return (f32_bits(x) & 0x7fffffff) == 0;
}

static inline int iszero_d(double x)
{
	return (f64_bits(x) & ~((u64)1 << 63)) == 0;
}

static inline int iszero_t(f128 x)
{
	return (f128_bits(x) & ~F128_SIGN) == 0;
}

/* The magnitude of x with the sign of y. */
static inline float copysign_f(float x, float y)
{
	return f32_from_bits((f32_bits(x) & 0x7fffffff) | (f32_bits(y) & 0x80000000));
}

static inline double copysign_d(double x, double y)
{
	u64 s = (u64)1 << 63;
	return f64_from_bits((f64_bits(x) & ~s) | (f64_bits(y) & s));
}

static inline f128 copysign_t(f128 x, f128 y)
{
	return f128_from_bits((f128_bits(x) & ~F128_SIGN) | (f128_bits(y) & F128_SIGN));
}

/* floor(log2(max(|x|, |y|))) for finite x and y, not both zero. */
static inline int ilogb2_f(float x, float y)
{
	u32 m = f32_bits(x) & 0x7fffffff, n = f32_bits(y) & 0x7fffffff;
	i32 e;
	fp_unpack(m > n ? m : n, &e, 23);
	return e - 127;
}

static inline int ilogb2_d(double x, double y)
{
	u64 m = f64_bits(x) & ~((u64)1 << 63), n = f64_bits(y) & ~((u64)1 << 63);
	i32 e;
	fp_unpack(m > n ? m : n, &e, 52);
	return e - 1023;
}

static inline int ilogb2_t(f128 x, f128 y)
{
	u128 m = f128_bits(x) & ~F128_SIGN, n = f128_bits(y) & ~F128_SIGN;
	i32 e;
	f128_unpack(m > n ? m : n, &e);
	return e - F128_BIAS;
}

/* x * 2^n, rounded once for any x that is not far below 1 in magnitude:
 * the steps toward a tiny result keep 53 (or 113) bits of headroom above
 * the subnormal range, so only the last one rounds. */
static inline float scale_f(float x, int n)
{
	while (n > 127) {
		x *= 0x1p127f;
		n -= 127;
	}
	while (n < -126) {
		x *= 0x1p-102f;
		n += 102;
	}
	return x * f32_from_bits((u32)(n + 127) << 23);
}

static inline double scale_d(double x, int n)
{
	while (n > 1023) {
		x *= 0x1p1023;
		n -= 1023;
	}
	while (n < -1022) {
		x *= 0x1p-969;
		n += 969;
	}
	return x * f64_from_bits((u64)(n + 1023) << 52);
}

static inline f128 scale_t(f128 x, int n)
{
	while (n > 16383) {
		x *= f128_from_bits((u128)0x7ffe << 112);
		n -= 16383;
	}
	while (n < -16382) {
		x *= f128_from_bits((u128)(1 + 113) << 112);
		n += 16382 - 113;
	}
	return x * f128_from_bits((u128)(n + F128_BIAS) << 112);
}

#define CX_DISPATCH(name, x) _Generic((x), float: name##_f, double: name##_d, f128: name##_t)

#define cx_isnan(x) CX_DISPATCH(isnan, x)(x)
#define cx_isinf(x) CX_DISPATCH(isinf, x)(x)
#define cx_iszero(x) CX_DISPATCH(iszero, x)(x)
#define cx_isfinite(x) CX_DISPATCH(isfinite, x)(x)
#define cx_copysign(x, y) CX_DISPATCH(copysign, x)(x, y)
#define cx_ilogb2(x, y) CX_DISPATCH(ilogb2, x)(x, y)
#define cx_scale(x, n) CX_DISPATCH(scale, x)(x, n)

#endif
