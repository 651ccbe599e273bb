/* The two halves of complex division (a + bi) / (c + di) in the type T
 * (complex type CT), shared by __divsc3, __divdc3 and __divtc3.
 */
#pragma STDC FP_CONTRACT OFF

/* Any operand infinite or NaN, or a zero divisor: C11 G.5.1 says a
 * nonzero over zero and an infinity over a finite number are infinities
 * and a finite number over an infinity is zero.  This is the standard's
 * G.5.1 EXAMPLE 2: the divisor scaled by a power of two near the larger of
 * its finite parts, the textbook formula and, when both parts come out
 * NaN, the recovery that boxes the infinities to +-1 and scales by
 * infinity or zero.  The example multiplies by zero where this takes the
 * sign with copysign: the same result, except that a sum that overflowed
 * to infinity gives a zero rather than a NaN. */
static inline CT cdiv_special(T a, T b, T c, T d)
{
	const T inf = (T)__builtin_inff();
	int k = 0;
	T denom, x, y;

	if (cx_isfinite(c) && !cx_iszero(c) && !cx_isinf(d))
		k = cx_ilogb2(c, cx_isnan(d) ? (T)0 : d);
	else if (cx_isfinite(d) && !cx_iszero(d) && !cx_isinf(c))
		k = cx_ilogb2(cx_isnan(c) ? (T)0 : c, d);
	c = cx_scale(c, -k);
	d = cx_scale(d, -k);
	denom = c * c + d * d;
	x = cx_scale((a * c + b * d) / denom, -k);
	y = cx_scale((b * c - a * d) / denom, -k);

	if (cx_isnan(x) && cx_isnan(y)) {
		if (cx_iszero(denom) && (!cx_isnan(a) || !cx_isnan(b))) {
			x = cx_copysign(inf, c) * a;
			y = cx_copysign(inf, c) * b;
		} else if ((cx_isinf(a) || cx_isinf(b)) && cx_isfinite(c) && cx_isfinite(d)) {
			a = cx_copysign(cx_isinf(a) ? (T)1 : (T)0, a);
			b = cx_copysign(cx_isinf(b) ? (T)1 : (T)0, b);
			x = inf * (a * c + b * d);
			y = inf * (b * c - a * d);
		} else if ((cx_isinf(c) || cx_isinf(d)) && cx_isfinite(a) && cx_isfinite(b)) {
			c = cx_copysign(cx_isinf(c) ? (T)1 : (T)0, c);
			d = cx_copysign(cx_isinf(d) ? (T)1 : (T)0, d);
			x = cx_copysign((T)0, a * c + b * d);
			y = cx_copysign((T)0, b * c - a * d);
		}
	}
	return __builtin_complex(x, y);
}

/* All operands finite, divisor nonzero.  Both the dividend and the divisor
 * are scaled by powers of two so that their larger parts lie in [1, 2)
 * before the textbook formula, and the quotient is scaled back once: no
 * intermediate overflows whatever the operands' exponents, and only parts
 * negligible beside the larger ones underflow (the G.5.1 example scales
 * only the divisor, and overflows for large dividends).  The error stays
 * within a few units in the last place of the larger part of the result
 * (tests/builtins bounds it); the smaller part can be less accurate
 * relative to itself. */
static inline CT cdiv_scaled(T a, T b, T c, T d)
{
	int k = cx_ilogb2(c, d);
	int j = cx_iszero(a) && cx_iszero(b) ? 0 : cx_ilogb2(a, b);
	T denom, x, y;

	a = cx_scale(a, -j);
	b = cx_scale(b, -j);
	c = cx_scale(c, -k);
	d = cx_scale(d, -k);
	denom = c * c + d * d;
	x = (a * c + b * d) / denom;
	y = (b * c - a * d) / denom;
	return __builtin_complex(cx_scale(x, j - k), cx_scale(y, j - k));
}
