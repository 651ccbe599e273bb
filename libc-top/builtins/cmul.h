/* The body of __mulsc3, __muldc3 and __multc3: (a + bi)(c + di) in the
 * type T, named NAME, as C11 G.5.1 specifies.  The textbook formula gives
 * the result unless both parts come out NaN; then an infinite operand (or
 * an overflowed product) means the result is an infinity, recovered as in
 * the standard's G.5.1 EXAMPLE 1: infinities are boxed to +-1, NaNs beside
 * them become zeros, and the product is recomputed and scaled by infinity.
 *
 * The compiler computes the formula inline and calls this only when both
 * parts are NaN, so it must give the same bits as the inline code there:
 * plain T arithmetic, no wider type, no fused multiply-add.
 */
#pragma STDC FP_CONTRACT OFF

CT NAME(T a, T b, T c, T d)
{
	T ac = a * c, bd = b * d, ad = a * d, bc = b * c;
	T x = ac - bd, y = ad + bc;
	const T inf = (T)__builtin_inff();

	if (cx_isnan(x) && cx_isnan(y)) {
		int recalc = 0;
		if (cx_isinf(a) || cx_isinf(b)) {
			a = cx_copysign(cx_isinf(a) ? (T)1 : (T)0, a);
			b = cx_copysign(cx_isinf(b) ? (T)1 : (T)0, b);
			if (cx_isnan(c))
				c = cx_copysign((T)0, c);
			if (cx_isnan(d))
				d = cx_copysign((T)0, d);
			recalc = 1;
		}
		if (cx_isinf(c) || cx_isinf(d)) {
			c = cx_copysign(cx_isinf(c) ? (T)1 : (T)0, c);
			d = cx_copysign(cx_isinf(d) ? (T)1 : (T)0, d);
			if (cx_isnan(a))
				a = cx_copysign((T)0, a);
			if (cx_isnan(b))
				b = cx_copysign((T)0, b);
			recalc = 1;
		}
		if (!recalc && (cx_isinf(ac) || cx_isinf(bd) || cx_isinf(ad) || cx_isinf(bc))) {
			if (cx_isnan(a))
				a = cx_copysign((T)0, a);
			if (cx_isnan(b))
				b = cx_copysign((T)0, b);
			if (cx_isnan(c))
				c = cx_copysign((T)0, c);
			if (cx_isnan(d))
				d = cx_copysign((T)0, d);
			recalc = 1;
		}
		if (recalc) {
			x = inf * (a * c - b * d);
			y = inf * (a * d + b * c);
		}
	}
	return __builtin_complex(x, y);
}
